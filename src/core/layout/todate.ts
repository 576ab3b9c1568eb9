/**
 * Realisasi typed to date ("Realisasi s.d. TW I … IV", "Realisasi Kumulatif"; trial 6 #22): the plan
 * row keeps the figures as typed in `sdTw`, its realisasiTw / realisasiAnggaranTw become each TW's
 * own, and their columns point at the s.d. cells (what a person fills). Then every figure made from
 * the TW values (reports, Periksa, the Ringkasan) is the same as from per-TW columns, and the
 * evaluation tab reads the s.d. cells themselves (core/evaluasi.ts).
 */
import type { CellValue } from "../cells";
import { sheetNumber } from "../evaluasi-formulas";
import type { PlanField, PlanRow, PlanTable, Quad } from "../plan";
import { TWS } from "../plan";
import { readSifat } from "../sifat";
import { toDateField } from "./values";

/**
 * A TW's own figure from figures to date: of a flow (kumulatif, spending) s.d.(n) − the largest
 * s.d. before it, as the tab's `IF(ISNUMBER(s),s-MAX(…),s)`; of a level (akhir, tetap) s.d.(n)
 * itself. A blank TW before a later figure is inside it (0); text no number is left as typed.
 */
export function ownFigures(sd: readonly CellValue[], flow: boolean, money = false): Quad<CellValue> {
  if (!flow) return [...sd] as Quad<CellValue>;
  const read = sd.map((v) => sheetNumber(v, money));
  let before = 0;
  return read.map((n, i) => {
    if (n === "") return read.slice(i + 1).some((v) => v !== "") ? 0 : "";
    if (n === null) return sd[i];
    const own = Number((n - before).toPrecision(12));
    before = Math.max(before, n);
    return own;
  }) as Quad<CellValue>;
}

/** The TW's own figures of a row read to date (after its sifat and percent cells are final). */
export function deriveOwn(pr: PlanRow): void {
  if (!pr.sdTw) return;
  if (pr.sdTw.realisasiTw)
    pr.realisasiTw = ownFigures(pr.sdTw.realisasiTw, readSifat(pr).sifat === "kumulatif");
  if (pr.sdTw.realisasiAnggaranTw)
    pr.realisasiAnggaranTw = ownFigures(pr.sdTw.realisasiAnggaranTw, true, true);
}

/**
 * The per-TW fields of a family read to date point at its s.d. cells, so what needs a realisasi
 * column (Periksa, Tambahkan kolom, the review record) finds them; the reading shows the s.d. meaning.
 */
export function pointAtToDate(table: PlanTable): void {
  const objects = new Set([table.columns, ...table.rows.map((r) => r.columns)]);
  for (const cols of objects)
    for (const p of ["realisasiTw", "realisasiAnggaranTw"] as const) {
      if (TWS.some((t) => cols[`${p}${t}`] !== undefined)) continue;
      for (const t of TWS) {
        const c = cols[toDateField(`${p}${t}` as PlanField)];
        if (c !== undefined) cols[`${p}${t}`] = c;
      }
    }
  for (const pr of table.rows) deriveOwn(pr);
}
