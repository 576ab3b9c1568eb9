import { type PlanField, ROMAN } from "../../plan";
import { finding, loc, TWS } from "../shared";
import type { Finding, Rule } from "../types";

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
      // The first TW a lacking column belongs to: a column only a later TW needs is a note for then.
      let first = 5;
      for (const { prefix, label } of FAMILIES) {
        if (prefix === "realisasiAnggaranTw" && !has("pagu")) continue;
        const lacking = TWS.filter((t) => !has(`${prefix}${t}`));
        if (lacking.length) first = Math.min(first, lacking[0]);
        if (lacking.length === 4) names.push(`${label} I–IV`);
        else if (lacking.length) names.push(`${label} ${lacking.map((t) => ROMAN[t - 1]).join(", ")}`);
      }
      if (names.length === 0) continue;
      const perQuarter = Object.keys(c).some((f) => /Tw[1-4]$/.test(f));
      const list =
        names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} dan ${names[names.length - 1]}`;
      const later = perQuarter && ctx.currentTw !== undefined && first > ctx.currentTw;
      const at = loc(plan.name, plan.table.headerTop, 0);
      out.push(
        later
          ? finding(
              kolomTerbaca,
              at,
              `Kolom ${list} di tab '${plan.name}' belum ada; TW ${ROMAN[(ctx.currentTw as number) - 1]} tidak memerlukannya, tetapi evaluasi TW ${ROMAN[first - 1]} nanti memerlukannya.`,
              `Sebelum mengevaluasi TW ${ROMAN[first - 1]}, tambahkan kolom tersebut; bila sudah ada, t${SHOW_COLUMNS}.`,
              [],
              "info",
            )
          : finding(
              kolomTerbaca,
              at,
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
