/** A1 notation helpers. Rectangles are 1-based, as `Sheet.getRange(row, column, numRows, numColumns)`. */
import type { RangeRef } from "../app/port";
import { columnNumber as coreColumnNumber } from "../core/a1";

export type Rect = RangeRef;

/** "A" → 1, "ab" → 28: Apps Script takes column letters in either case. */
export const columnNumber = (letters: string): number => coreColumnNumber(letters.toUpperCase());

export { a1 as rectA1 } from "../core/a1";

/** Splits `'Tab Name'!A1:B5` into the sheet name (if any) and the range part. */
export function splitSheet(a1: string): { sheet?: string; range: string } {
  const bang = a1.lastIndexOf("!");
  if (bang < 0) return { range: a1 };
  let sheet = a1.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replaceAll("''", "'");
  return { sheet, range: a1.slice(bang + 1) };
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

/**
 * Parses `A1`, `A1:B5`, `A:A`, `1:3`, `A2:C` (open ends reach the sheet's maximum).
 * Returns null when the text is not a range.
 */
export function parseA1(range: string, maxRows: number, maxCols: number): Rect | null {
  const parts = range.trim().split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const ends = parts.map((p) => PART.exec(p));
  if (ends.some((m) => !m || (!m[1] && !m[2]))) return null;
  const [a, b = a] = ends as RegExpExecArray[];
  if (parts.length === 1 && (!a[1] || !a[2])) return null;
  const c1 = a[1] ? columnNumber(a[1]) : 1;
  const r1 = a[2] ? Number(a[2]) : 1;
  const c2 = b[1] ? columnNumber(b[1]) : maxCols;
  const r2 = b[2] ? Number(b[2]) : maxRows;
  if (r1 < 1 || c1 < 1) return null;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function contains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.row && row < outer.row + outer.rows && col >= outer.col && col < outer.col + outer.cols;
}
