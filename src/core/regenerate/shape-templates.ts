import { shapeHash, stringEnd } from "./formulas";
import type { ShapeHash } from "./types";

/**
 * The shape hash of the rows' memos (`shapeHash`) for the 2,000,000 formulas of a 50,000-row
 * evaluation tab, without walking each one: the formulas of a column differ from row to row only
 * in the row numbers of their references, which `shape` replaces. A formula is cut into its fixed
 * parts around each run of digits that follows a capital letter (or a capital and "$") outside
 * string literals; such a run always lies inside a reference or a tab name, which the shape
 * replaces whole whatever its digits. A later formula made of the same parts with other digits in
 * those runs has the same shape, so the same hash; telling so is a few native comparisons of the
 * parts (`fits`). Exact for any text: a formula that fits no part list is hashed as `shapeHash`
 * does, and its parts kept (test/core/regenerate/shape-templates.test.ts). The CLI passes
 * `shapeHasher()` as `TriwulanRequest.shapeHash`; the server script does not carry it.
 */
export function shapeHasher(): ShapeHash {
  /** Per column, the part lists of its last few formula shapes, the one that fitted last first. */
  const byColumn = new Map<string, { parts: string[]; hash: string }[]>();
  return (formula, column = "") => {
    let list = byColumn.get(column);
    if (!list) {
      list = [];
      byColumn.set(column, list);
    }
    for (let k = 0; k < list.length; k++) {
      const t = list[k];
      if (!fits(t.parts, formula)) continue;
      if (k > 0) {
        list[k] = list[0];
        list[0] = t;
      }
      return t.hash;
    }
    const hash = shapeHash(formula);
    if (list.length >= SHAPES_PER_COLUMN) list.pop();
    list.unshift({ parts: partsOf(formula), hash });
    return hash;
  };
}

/** Shapes a column's formulas take: by sifat, a per-TW row, a qualitative or range target. */
const SHAPES_PER_COLUMN = 8;

const isUpper = (c: number) => c >= 65 && c <= 90;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The formula's text around the runs of digits its shape does not depend on: each run of digits
 * outside string literals right after a capital letter, or after a capital and "$".
 */
export function partsOf(formula: string): string[] {
  const parts: string[] = [];
  const n = formula.length;
  let last = 0;
  for (let i = 0; i < n; ) {
    const ch = formula.charCodeAt(i);
    if (ch === 34) {
      // A string literal as `shape` reads it (kept whole in the shape).
      const end = stringEnd(formula, i);
      i = end > 0 ? end : i + 1;
      continue;
    }
    if (isDigit(ch) && i > 0) {
      const before = formula.charCodeAt(i - 1);
      if (isUpper(before) || (before === 36 && i > 1 && isUpper(formula.charCodeAt(i - 2)))) {
        parts.push(formula.slice(last, i));
        while (i < n && isDigit(formula.charCodeAt(i))) i++;
        last = i;
        continue;
      }
    }
    i++;
  }
  parts.push(formula.slice(last));
  return parts;
}

/** Whether the formula is the parts with a run of one or more digits between each two. */
export function fits(parts: string[], formula: string): boolean {
  const n = formula.length;
  let at = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    // A slice compared whole: V8 compares two flat strings at memory speed; startsWith went character
    // by character on these two-byte strings (410.000 formulas of 10.000 rows: 540 -> 330 ms).
    if (formula.slice(at, at + part.length) !== part) return false;
    at += part.length;
    if (k === parts.length - 1) break;
    if (!isDigit(formula.charCodeAt(at))) return false;
    while (at < n && isDigit(formula.charCodeAt(at))) at++;
  }
  return at === n;
}
