import { columnLetter } from "../../a1";
import { normaliseHeader, TO_DATE } from "../../layout/vocabulary";
import { type PlanField, ROMAN } from "../../plan";
import { finding, loc, num, TWS } from "../shared";
import type { Finding, PlanTab, Rule } from "../types";

/** Where a column not read is shown ("T…" / "t…": the start of a sentence or not), said by Periksa and Buat tab Triwulan. */
export const SHOW_COLUMNS =
  "unjukkan kolomnya di panel (Cara dibaca), atau isi tabel Koreksi pembacaan di tab Pengaturan kolom G:I";

const FAMILIES = [
  { prefix: "targetTw", label: "Target TW" },
  { prefix: "realisasiTw", label: "Realisasi TW" },
  { prefix: "realisasiAnggaranTw", label: "Realisasi Anggaran TW" },
] as const;

/**
 * A plan tab whose evaluation columns were not read (Target TW, Realisasi TW, and Realisasi Anggaran
 * TW where the tab has a pagu): its quarters stay empty in the triwulan evaluation, with nothing else
 * to show it. One finding per tab, naming the columns and where to show them; a peringatan when the
 * tab reads some TW column (a per-quarter plan), an info for an annual table.
 */
export const kolomTerbaca: Rule = {
  id: "kolom-terbaca",
  severity: "warning",
  title: "Kolom triwulan belum terbaca",
  run(ctx) {
    const out: Finding[] = [];
    for (const plan of ctx.plans) {
      const c = plan.table.columns;
      const has = (f: string) => c[f as PlanField] !== undefined;
      const names: string[] = [];
      for (const { prefix, label } of FAMILIES) {
        if (prefix === "realisasiAnggaranTw" && !has("pagu")) continue;
        const lacking = TWS.filter((t) => !has(`${prefix}${t}`));
        if (lacking.length === 4) names.push(`${label} I–IV`);
        else if (lacking.length) names.push(`${label} ${lacking.map((t) => ROMAN[t - 1]).join(", ")}`);
      }
      toDate(plan, out);
      if (names.length === 0) continue;
      const perQuarter = Object.keys(c).some((f) => /Tw[1-4]$/.test(f));
      const list =
        names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} dan ${names[names.length - 1]}`;
      out.push(
        finding(
          kolomTerbaca,
          loc(plan.name, plan.table.headerTop, 0),
          `Kolom ${list} di tab '${plan.name}' belum terbaca, jadi evaluasi triwulannya kosong untuk kolom itu.`,
          `T${SHOW_COLUMNS}; bila kolomnya memang tidak ada, tambahkan kolom tersebut.`,
          [],
          perQuarter ? "warning" : "info",
        ),
      );
    }
    return out;
  },
};

/**
 * Realisasi columns headed as figures to date ("Realisasi Kumulatif / s.d. TW I") whose values never
 * fall, read per TW: the evaluation sums them again (trial 6 #22). A galat until they hold TW figures.
 */
function toDate(plan: PlanTab, out: Finding[]): void {
  for (const [kind, label] of [
    ["realisasiTw", "Realisasi"],
    ["realisasiAnggaranTw", "Realisasi Anggaran"],
  ] as const) {
    const cols = TWS.map((t) => plan.table.columns[`${kind}${t}`]);
    const first = plan.table.reading?.find((n) => n.col === cols[0]);
    if (
      !first ||
      !cols.some((c) =>
        TO_DATE.test(normaliseHeader(plan.table.reading?.find((n) => n.col === c)?.header ?? "")),
      )
    )
      continue;
    const series = plan.table.rows.map((pr) => pr[kind].map(num).filter((v): v is number => v !== null));
    if (!series.some((v) => v.length > 1) || series.some((v) => v.some((x, i) => i > 0 && x < v[i - 1])))
      continue;
    const letters = [...new Set(cols)].map((c) => (c === undefined ? "?" : columnLetter(c + 1)));
    out.push(
      finding(
        kolomTerbaca,
        loc(plan.name, plan.table.dataStart, first.col),
        `Kolom ${letters.length === 4 ? `${letters[0]}–${letters[3]}` : letters.join(", ")} tab '${plan.name}' berjudul realisasi s.d. triwulan (kumulatif), tetapi dibaca sebagai ${label} TW I–IV per triwulan, jadi evaluasinya menjumlahkannya lagi.`,
        "Isi realisasi per triwulan (TW II = s.d. TW II − s.d. TW I) di kolom itu, atau di kolom baru lalu tunjukkan kolomnya di Cara dibaca.",
        [],
        "error",
      ),
    );
  }
}
