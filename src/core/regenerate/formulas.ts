import { columnLetter, columnNumber } from "../a1";
import type { CellValue, WriteCell } from "../cells";

/** Cells and formulas as regeneration compares and moves them. */

export function formulaOf(cell: WriteCell | undefined): string {
  return cell && typeof cell === "object" && !(cell instanceof Date) ? cell.formula : "";
}

export function contentOf(cell: WriteCell | undefined): string {
  return literalText(literal(cell ?? ""));
}

/** A formula with its sheet names unquoted: Sheets may drop quotes a name does not need. */
export function unquoted(content: string): string {
  return content.startsWith("=")
    ? splitStrings(content, (code) =>
        code.replace(/'((?:[^']|'')*)'!/g, (_m, name: string) => `${name.replace(/''/g, "'")}!`),
      )
    : content;
}

export function literal(cell: WriteCell): CellValue {
  const f = formulaOf(cell);
  return f ? f : (cell as CellValue);
}

export function literalText(v: CellValue): string {
  return v instanceof Date ? v.toISOString() : String(v);
}

const STRING = /"(?:[^"]|"")*"/g;
const REF = /(?<![A-Za-z0-9_!'.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_!])/g;

/**
 * A formula's parts a shape replaces, in one pass: string literals (kept), tab names ("S!") and
 * cell references ("R"). A "$" starts a reference only where no tab name follows it, as when the
 * names were replaced before the references (test/core/regenerate/shape-hash.test.ts).
 */
const SHAPE_PARTS =
  /"(?:[^"]|"")*"|'(?:[^'"]|'')*'!|[A-Za-z_][A-Za-z0-9_.]*!|\$(?![A-Za-z_][A-Za-z0-9_.]*!)[A-Z]{1,3}\$?\d+|[A-Z]{1,3}\$?\d+/g;
const shapePart = (part: string) =>
  part.charCodeAt(0) === 34 ? part : part.charCodeAt(part.length - 1) === 33 ? "S!" : "R";

/** The formula's shape: sheet names and cell references replaced, so moved rows compare equal. */
export function shape(formula: string): string {
  return formula.replace(SHAPE_PARTS, shapePart);
}

export function shapeHash(formula: string): string {
  const text = shape(formula);
  let h = 2166136261;
  // Per character as written (a pair of surrogates counts once, by its first half), without
  // making a string of each: 200,000 formulas of the evaluation tab are hashed per run.
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    h = Math.imul(h ^ unit, 16777619);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return (h >>> 0).toString(36);
}

export function splitStrings(formula: string, fn: (code: string) => string): string {
  let out = "";
  let last = 0;
  for (const m of formula.matchAll(STRING)) {
    out += fn(formula.slice(last, m.index)) + m[0];
    last = (m.index ?? 0) + m[0].length;
  }
  return out + fn(formula.slice(last));
}

/**
 * A typed formula moved with its cell: its references to cells of this tab follow the rows and
 * columns they pointed at, as when Sheets moves rows (references to other tabs stay).
 */
export function moveRefs(formula: string, rows: Map<number, number>, cols: Map<number, number>): string {
  const move = (code: string) =>
    code.replace(REF, (_all, d1: string, letters: string, d2: string, digits: string) => {
      const r = rows.get(Number(digits) - 1);
      const c = cols.get(columnNumber(letters) - 1);
      return `${d1}${c === undefined ? letters : columnLetter(c + 1)}${d2}${r === undefined ? digits : r + 1}`;
    });
  // A reference into another tab stays whole, the second cell of a range too (Pengaturan!$D$2:$E$12).
  return splitStrings(formula, (code) => {
    let out = "";
    let last = 0;
    for (const m of code.matchAll(OTHER_TAB_REF)) {
      out += move(code.slice(last, m.index)) + m[0];
      last = (m.index ?? 0) + m[0].length;
    }
    return out + move(code.slice(last));
  });
}

const OTHER_TAB_REF =
  /(?:'(?:[^']|'')*'|[A-Za-z_][A-Za-z0-9_.]*)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/g;

export function cellName(row: number, col: number): string {
  return `${columnLetter(col + 1)}${row + 1}`;
}
