import { columnNumber } from "./a1";
import type { CellValue } from "./cells";
import { type BidangRows, evaluasiColumn } from "./evaluasi";

/**
 * What the Ringkasan's "Indikator dengan capaian … terendah" block shows, computed from the
 * evaluation tab's values the way its formulas compute it, so that Verifikasi can say what a
 * doctored name, capaian, kriteria or No should be. Per row k (1…5): capaian = SMALL(capaian s.d.
 * TW, k) (numbers only, blank past the last); No = the smallest No with that capaian, after the row
 * above's No when the capaian repeats (MINIFS, 0 when none); name and kriteria = the row with that
 * No (INDEX/MATCH). Rows as [Indikator, Capaian, Kriteria, No]; undefined where the formula would
 * give an error.
 */
export const LOWEST_ROWS = 5;

export function lowestValues(
  bidang: readonly BidangRows[],
  evaluasi: readonly (readonly CellValue[])[],
): (CellValue | undefined)[][] {
  if (!bidang.length) return [];
  const top = bidang[0].first;
  const bottom = bidang[bidang.length - 1].last;
  const index = (id: string) => columnNumber(evaluasiColumn(id)) - 1;
  const [capaian, no, indikator, kriteria] = ["capaianSd", "no", "indikator", "kriteria"].map(index);
  const rows = Array.from({ length: bottom - top + 1 }, (_, k) => evaluasi[top + k - 1] ?? []);
  const isNumber = (v: CellValue | undefined): v is number => typeof v === "number" && Number.isFinite(v);
  const sorted = rows
    .map((r) => r[capaian])
    .filter(isNumber)
    .sort((a, b) => a - b);
  const out: (CellValue | undefined)[][] = [];
  let previous: { value: CellValue; no: CellValue | undefined } | undefined;
  for (let k = 0; k < LOWEST_ROWS; k++) {
    const value: CellValue = k < sorted.length ? sorted[k] : "";
    let position: CellValue | undefined = "";
    if (value !== "") {
      const after = previous && previous.value === value ? previous.no : undefined;
      if (after !== undefined && !isNumber(after)) position = undefined;
      else {
        const nos = rows
          .filter((r) => r[capaian] === value)
          .map((r) => r[no])
          .filter(isNumber)
          .filter((n) => after === undefined || n > after);
        position = nos.length ? Math.min(...nos) : 0;
      }
    }
    const find = (col: number): CellValue | undefined => {
      if (position === "") return "";
      if (position === undefined) return undefined;
      const hit = rows.find((r) => r[no] === position);
      return hit ? (hit[col] ?? "") : undefined;
    };
    out.push([find(indikator), value, find(kriteria), position]);
    previous = { value, no: position };
  }
  return out;
}
