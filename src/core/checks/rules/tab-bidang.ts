import { readSettings, SETTINGS_TAB } from "../../settings";
import { finding, loc } from "../shared";
import type { Finding, Rule } from "../types";

/**
 * The plan tabs a report is built from are there and read: a bidang tab listed in Pengaturan that
 * the spreadsheet does not have, and a plan tab whose header is found but under which no indicator
 * is read while other tabs have theirs (merged header cells over the data rows, a table pasted
 * below), leave indicators out of the report without a word: galat.
 */
export const tabBidang: Rule = {
  id: "tab-bidang",
  severity: "error",
  title: "Tab bidang hilang atau tidak terbaca",
  run(ctx) {
    const out: Finding[] = [];
    const settingsTab = ctx.tabs.find((t) => t.name === SETTINGS_TAB);
    if (settingsTab) {
      const listed = readSettings(settingsTab.values).bidang;
      const names = new Set(ctx.tabs.map((t) => t.name.trim().toLowerCase()));
      const row = settingsTab.values.findIndex((r) => /^\s*tab bidang\s*$/i.test(String(r[0] ?? "")));
      for (const name of listed) {
        if (names.has(name.trim().toLowerCase())) continue;
        out.push(
          finding(
            tabBidang,
            loc(SETTINGS_TAB, Math.max(row, 0), 1),
            `Tab bidang "${name}" tercantum di Pengaturan tetapi tidak ada di spreadsheet ini, jadi indikatornya tidak ikut diperiksa maupun dilaporkan.`,
            "Kembalikan atau buat tab itu, atau perbaiki namanya di baris Tab bidang pada tab Pengaturan.",
          ),
        );
      }
    }
    const counted = ctx.plans.map((p) => ({ plan: p, n: p.table.rows.filter((r) => r.indikator).length }));
    if (counted.some((c) => c.n > 0)) {
      for (const { plan, n } of counted) {
        if (n > 0) continue;
        const { headerTop, headerBottom } = plan.table;
        const rows =
          headerTop === headerBottom
            ? `baris ${headerTop + 1}`
            : `baris ${headerTop + 1}–${headerBottom + 1}`;
        out.push(
          finding(
            tabBidang,
            loc(plan.name, headerTop, 0),
            `Judul kolom tab '${plan.name}' dikenali di ${rows}, tetapi tidak ada satu pun indikator yang terbaca di bawahnya.`,
            "Periksa sel gabungan di baris judul yang menutupi baris data (isi sel yang tertutup gabungan hilang), lalu isi indikatornya; panel Cara dibaca menunjukkan baris judul yang dipakai.",
          ),
        );
      }
    }
    return out;
  },
};
