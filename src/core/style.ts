import type { Protection, RangeRef, TabFormat, Validation } from "./cells";
import { rect } from "./cells";

export type Style = NonNullable<TabFormat["styles"]>[number];

/** The bold, shaded, wrapped header row of every tab this add-on writes. */
export function headerStyle(row: number, cols: number): Style {
  return { range: { row, col: 1, rows: 1, cols }, bold: true, background: "#d9e2f3", wrap: true };
}

/** A dropdown that refuses anything not in its list. */
export function choiceRule(range: RangeRef, list: string[], help: string): Validation {
  return { range, list, help, allowInvalid: false };
}

/** Widths of the first columns, left to right, in pixels. */
export function widths(pixels: readonly number[]): { col: number; width: number }[] {
  return pixels.map((width, i) => ({ col: i + 1, width }));
}

/** The title and header rows of a tab the add-on writes, protected (strictly, or with a warning). */
export function headerProtection(
  rows: number,
  cols: number,
  description: string,
  warningOnly = false,
): Protection {
  return { range: { row: 1, col: 1, rows, cols }, description, warningOnly };
}

/** The bold title in A1 above it. */
export const TITLE_STYLE: Style = { range: rect(1, 1), bold: true };
