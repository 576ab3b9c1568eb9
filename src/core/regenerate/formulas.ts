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

const FNV_PRIME = 16777619;

/**
 * The hash kept in an evaluation row's memo for a formula: FNV-1a of `shape(formula)`, per
 * character as written (a pair of surrogates counts once, by its first half). The server script
 * uses it as is; the CLI, which hashes 200,000 formulas in a 10,000-row run, passes `shapeHash`
 * (below: the same hash in one scan, without making the shape) in as `TriwulanRequest.shapeHash`,
 * so the script every custom-function call loads does not carry it.
 */
export function plainShapeHash(formula: string): string {
  const text = shape(formula);
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    h = Math.imul(h ^ unit, FNV_PRIME);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return (h >>> 0).toString(36);
}
const isUpper = (c: number) => c >= 65 && c <= 90;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** [A-Za-z_] */
const isNameStart = (c: number) => isUpper(c) || (c >= 97 && c <= 122) || c === 95;
/** [A-Za-z0-9_.] */
const isNamePart = (c: number) => isNameStart(c) || isDigit(c) || c === 46;

/** After `"` at i: the end of the string literal `"(?:[^"]|"")*"` as the regex matches it, or -1. */
export function stringEnd(text: string, i: number): number {
  let lastPair = -1;
  for (let j = i + 1; j < text.length; j++) {
    if (text.charCodeAt(j) !== 34) continue;
    if (text.charCodeAt(j + 1) !== 34) return j + 1;
    // `""` inside; without a closing quote later, the regex closes at this pair's first quote.
    lastPair = j;
    j++;
  }
  return lastPair >= 0 ? lastPair + 1 : -1;
}

/** After `'` at i: the end of a quoted tab name with its "!" (`'(?:[^'"]|'')*'!`), or -1. */
function quotedNameEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 34) return -1;
    if (c !== 39) continue;
    const next = text.charCodeAt(j + 1);
    if (next === 39) j++;
    else return next === 33 ? j + 2 : -1;
  }
  return -1;
}

/** The end of the run of name characters starting at p (`[A-Za-z_][A-Za-z0-9_.]*`), or p. */
function nameRunEnd(text: string, p: number): number {
  if (!isNameStart(text.charCodeAt(p))) return p;
  let j = p + 1;
  while (j < text.length && isNamePart(text.charCodeAt(j))) j++;
  return j;
}

/** At p: the end of `[A-Z]{1,3}\$?\d+` as the regex matches it (fewest letters last), or -1. */
function cellEnd(text: string, p: number): number {
  let letters = 0;
  while (letters < 3 && isUpper(text.charCodeAt(p + letters))) letters++;
  for (let k = letters; k >= 1; k--) {
    let q = p + k;
    if (text.charCodeAt(q) === 36 && isDigit(text.charCodeAt(q + 1))) q++;
    if (!isDigit(text.charCodeAt(q))) continue;
    while (isDigit(text.charCodeAt(q))) q++;
    return q;
  }
  return -1;
}

/**
 * The FNV-1a hash of `shape(formula)`, computed in one scan of the formula without making the
 * shape (200,000 formulas of the evaluation tab are hashed per run): at each character the parts
 * SHAPE_PARTS matches, in its order (a string literal, a quoted tab name, a tab name, a `$`
 * reference, a reference), as the regex matches them. Per character as written: a pair of
 * surrogates counts once, by its first half (test/core/regenerate/shape-hash.test.ts checks it
 * against the hash of `shape`).
 */
export function shapeHash(formula: string): string {
  let h = 2166136261;
  const n = formula.length;
  /** Positions before this lie in a run of name characters not followed by "!". */
  let noName = 0;
  /**
   * Positions before this lie in such a run holding no digit and not followed by "$": no reference
   * starts there (its letters would need a digit, or "$" and a digit, right after them).
   */
  let noCell = 0;
  let i = 0;
  while (i < n) {
    const ch = formula.charCodeAt(i);
    let end = -1;
    let name = false;
    if (ch === 34) {
      end = stringEnd(formula, i);
      if (end > 0) {
        // The literal as it is.
        for (; i < end; i++) {
          const unit = formula.charCodeAt(i);
          h = Math.imul(h ^ unit, FNV_PRIME);
          if (unit >= 0xd800 && unit <= 0xdbff) {
            const next = formula.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff && i + 1 < end) i++;
          }
        }
        continue;
      }
    } else if (ch === 39) {
      end = quotedNameEnd(formula, i);
      name = end > 0;
    } else if (ch === 36) {
      const run = nameRunEnd(formula, i + 1);
      if (run === i + 1 || formula.charCodeAt(run) !== 33) end = cellEnd(formula, i + 1);
    } else if (isNameStart(ch)) {
      if (i >= noName) {
        const run = nameRunEnd(formula, i);
        if (formula.charCodeAt(run) === 33) {
          end = run + 1;
          name = true;
        } else {
          noName = run;
          let digit = formula.charCodeAt(run) === 36;
          for (let j = i + 1; !digit && j < run; j++) digit = isDigit(formula.charCodeAt(j));
          if (!digit) noCell = run;
        }
      }
      if (!name && i >= noCell && isUpper(ch)) end = cellEnd(formula, i);
    }
    if (end > 0) {
      if (name) h = Math.imul(Math.imul(h ^ 83, FNV_PRIME) ^ 33, FNV_PRIME);
      else h = Math.imul(h ^ 82, FNV_PRIME);
      i = end;
      continue;
    }
    h = Math.imul(h ^ ch, FNV_PRIME);
    if (ch >= 0xd800 && ch <= 0xdbff) {
      const next = formula.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    i++;
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
