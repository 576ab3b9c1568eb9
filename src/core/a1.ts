import type { RangeRef } from "./cells";

/** 1-based row/column to A1 ("N12", "A1:C3"). */
export function a1(r: RangeRef): string {
  const cell = (row: number, col: number) => `${columnLetter(col)}${row}`;
  const start = cell(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? start : `${start}:${cell(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

export function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet reference for formulas: 'Bidang A'!N12 (quotes doubled inside the name). */
export function sheetRef(tab: string, row: number, col: number): string {
  return `'${tab.replace(/'/g, "''")}'!${columnLetter(col)}${row}`;
}
