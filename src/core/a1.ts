import type { RangeRef } from "./cells";

/** 1-based row/column to A1 ("N12", "A1:C3"). */
export function a1(r: RangeRef): string {
  const cell = (row: number, col: number) => `${columnLetter(col)}${row}`;
  const start = cell(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? start : `${start}:${cell(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** "A1:C3" / "N12" → 1-based rectangle; null for anything else. */
export function parseA1(text: string): RangeRef | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(text.replace(/\$/g, "").replace(/^.*!/, ""));
  if (!m) return null;
  const r1 = Number(m[2]);
  const c1 = columnNumber(m[1]);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

/** "A" → 1, "AB" → 28 (upper-case letters). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet reference for formulas: 'Bidang A'!N12 (quotes doubled inside the name). */
export function sheetRef(tab: string, row: number, col: number): string {
  return `${tabPrefix(tab)}${columnLetter(col)}${row}`;
}

/** The tab part of a reference: 'Bidang A'! */
export function tabPrefix(tab: string): string {
  return `'${tab.replace(/'/g, "''")}'!`;
}
