/**
 * "61,68%" typed in Sheets is stored as 0,6168 in a percent-formatted cell, while the target beside
 * it is 63,57 (points, as DOMAIN.md's CAPAIAN returns them). Where the plan's cell is percent-formatted
 * (its number format shows "%": the value is multiplied by 100 on display, see the Sheets API's
 * number format patterns, e.g. "0.00%"), the add-on reads the number a person sees: the value × 100.
 */

import { deriveOwn } from "./layout/todate";
import { NUMERIC_FIELDS, type PlanField, type PlanTable } from "./plan";

/** Quantities of an indicator (never rupiah): a percent-formatted one is read in points. */
const QUANTITIES = NUMERIC_FIELDS.filter((f) => /^(targetT|realisasiTw)/.test(f));

/** True where a number format multiplies by 100: a "%" outside quoted text and escapes ("0.00%"). */
export function isPercentFormat(pattern: string | undefined): boolean {
  return !!pattern && /%/.test(pattern.replace(/"[^"]*"|\\./g, ""));
}

/**
 * Reads the table's percent-formatted quantities in points: each such number × 100 in its row, the
 * stored value kept in `row.persen` (the evaluation tab's formula multiplies that cell while it still
 * holds it). A TW written down one column (long form) has no cell of its own per TW: left as stored.
 */
export function readPercentCells(table: PlanTable, numberFormats: string[][] | undefined): void {
  if (!numberFormats) return;
  const periods = table.periodColumns;
  for (const row of table.rows) {
    // 0,6357 × 100 is 63,570000000000007 in floating point: the points as a person reads them.
    const points = (v: number) => Number((v * 100).toPrecision(12));
    // Earlier years' figures too, as a person sees them (trial 8 #18: last year's 0,70 shown 70 % was
    // printed "0,70 %" beside this year's 72 %).
    for (const y of row.tahunLain ?? []) {
      const c = periods?.years.find((p) => p.tahun === y.tahun);
      for (const k of ["target", "realisasi", "persentase"] as const) {
        const v = y[k];
        if (typeof v === "number" && isPercentFormat(numberFormats[row.row]?.[c?.[k] ?? -1]))
          y[k] = points(v);
      }
    }
    for (const field of QUANTITIES) {
      const col = row.columns[field];
      if (col === undefined || !isPercentFormat(numberFormats[row.row]?.[col])) continue;
      const tw = /^(target|realisasi)Tw(\d)$/.exec(field);
      if (tw && row.columns[`${tw[1]}Tw${tw[2] === "1" ? 2 : 1}` as PlanField] === col) continue;
      // Realisasi to date: the s.d. cell as typed, the TW's own figure made again from it below.
      const quad =
        tw && ((tw[1] === "realisasi" && row.sdTw?.realisasiTw) || row[`${tw[1]}Tw` as "targetTw"]);
      const stored = quad ? quad[Number(tw[2]) - 1] : row.targetTahunan;
      if (typeof stored !== "number") continue;
      if (quad) quad[Number(tw[2]) - 1] = points(stored);
      else row.targetTahunan = points(stored);
      row.persen = { ...row.persen, [field]: stored };
    }
    deriveOwn(row);
  }
}

/**
 * Fractions typed among a percent quantity's points (BOR 0,78 beside a target of 75): the indexes
 * in `ns` of the first fraction and of a point, else null. Mixed only where a fraction × 100 lies
 * among the points (half the least to twice the most): a target of 2 % beside a realisasi of 0,8 %
 * is one scale.
 */
export function mixedScale(ns: number[]): [number, number] | null {
  const points = ns.filter((n) => n > 1.5);
  const low = Math.min(...points) / 2;
  const high = Math.max(...points) * 2;
  const fraction = (n: number) => n > 0 && n < 1;
  return ns.some((n) => fraction(n) && n * 100 >= low && n * 100 <= high)
    ? [ns.findIndex(fraction), ns.findIndex((n) => n > 1.5)]
    : null;
}
