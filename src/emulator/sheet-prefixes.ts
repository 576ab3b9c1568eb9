import { stringEnd } from "../core/regenerate/formulas";

/**
 * The tab prefixes of a formula (`'Bidang A'!`, `Data!`), each replaced by what `prefix` gives for
 * it, in one scan: the same result as `formula.replace(SHEET_PREFIX, prefix)` with
 *
 *   /"(?:[^"]|"")*"|'((?:[^']|'')+)'!|(?<![A-Za-z\u00C0-\u02AF0-9_.'])([A-Za-z\u00C0-\u02AF0-9_]+)!/g
 *
 * (string literals skipped, a quoted name with its inner text, a plain name not preceded by a name
 * character, a dot or a quote), without a match or a call per string literal. Every formula
 * `sakip triwulan` writes is turned to the engine's tab names so (2,000,000 of them for 50,000
 * indicators); test/emulator/sheet-prefixes.test.ts holds it to the regular expression.
 */
export type PrefixFn<T = string> = (match: string, quoted?: string, plain?: string) => T;

/** [A-Za-z\u00C0-\u02AF0-9_] */
const isNameCode = (c: number) =>
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  (c >= 48 && c <= 57) ||
  c === 95 ||
  (c >= 0xc0 && c <= 0x2af);

export function replaceSheetPrefixes(formula: string, prefix: PrefixFn): string {
  let out = "";
  let last = 0;
  scanSheetPrefixes(formula, (i, j, quoted) => {
    const match = formula.slice(i, j);
    out +=
      formula.slice(last, i) +
      (quoted
        ? prefix(match, formula.slice(i + 1, j - 2))
        : prefix(match, undefined, formula.slice(i, j - 1)));
    last = j;
    return true;
  });
  return last === 0 ? formula : out + formula.slice(last);
}

/**
 * Whether `test` holds for every tab prefix of the formula (the parts `replaceSheetPrefixes`
 * replaces, given as it gives them), asked in order until one fails; no string is built.
 */
export function everySheetPrefix(formula: string, test: PrefixFn<boolean>): boolean {
  return scanSheetPrefixes(formula, (i, j, quoted) => {
    const match = formula.slice(i, j);
    return quoted
      ? test(match, formula.slice(i + 1, j - 2))
      : test(match, undefined, formula.slice(i, j - 1));
  });
}

/**
 * Calls `visit` with each tab prefix's start and end (`'Bidang A'!` whole, quoted or not) in
 * order, while it returns true; false when one returned false.
 */
function scanSheetPrefixes(
  formula: string,
  visit: (start: number, end: number, quoted: boolean) => boolean,
): boolean {
  const n = formula.length;
  let i = 0;
  while (i < n) {
    const ch = formula.charCodeAt(i);
    if (ch === 34) {
      // A string literal, as the regular expression reads it (core's stringEnd); none: a quote.
      const end = stringEnd(formula, i);
      i = end < 0 ? i + 1 : end;
      continue;
    }
    if (ch === 39) {
      // A quoted name: one or more characters (`''` inside is a quote), then `'!`.
      let j = i + 1;
      while (j < n) {
        if (formula.charCodeAt(j) !== 39) j++;
        else if (formula.charCodeAt(j + 1) === 39) j += 2;
        else break;
      }
      if (j > i + 1 && j < n && formula.charCodeAt(j + 1) === 33) {
        if (!visit(i, j + 2, true)) return false;
        i = j + 2;
      } else i++;
      continue;
    }
    if (!isNameCode(ch)) {
      i++;
      continue;
    }
    // A run of name characters: a name when followed by "!" and not preceded by a name character,
    // a dot or a quote (every later start inside the run is preceded by one).
    let j = i + 1;
    while (j < n && isNameCode(formula.charCodeAt(j))) j++;
    const before = i > 0 ? formula.charCodeAt(i - 1) : -1;
    if (formula.charCodeAt(j) === 33 && !isNameCode(before) && before !== 46 && before !== 39) {
      if (!visit(i, j + 1, false)) return false;
      i = j + 1;
    } else i = j;
  }
  return true;
}
