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
export type PrefixFn = (match: string, quoted?: string, plain?: string) => string;

/** [A-Za-z\u00C0-\u02AF0-9_] */
const isNameCode = (c: number) =>
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  (c >= 48 && c <= 57) ||
  c === 95 ||
  (c >= 0xc0 && c <= 0x2af);

export function replaceSheetPrefixes(formula: string, prefix: PrefixFn): string {
  const n = formula.length;
  let out = "";
  let last = 0;
  let i = 0;
  while (i < n) {
    const ch = formula.charCodeAt(i);
    if (ch === 34) {
      // A string literal: to its closing quote (`""` inside is a quote); without one, to the first
      // quote of its last `""`, as the regular expression backs off; with neither, no literal.
      let end = -1;
      let lastPair = -1;
      for (let j = i + 1; j < n; j++) {
        if (formula.charCodeAt(j) !== 34) continue;
        if (formula.charCodeAt(j + 1) !== 34) {
          end = j + 1;
          break;
        }
        lastPair = j;
        j++;
      }
      if (end < 0 && lastPair >= 0) end = lastPair + 1;
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
        out += formula.slice(last, i) + prefix(formula.slice(i, j + 2), formula.slice(i + 1, j));
        last = i = j + 2;
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
      const match = formula.slice(i, j + 1);
      out += formula.slice(last, i) + prefix(match, undefined, formula.slice(i, j));
      last = j + 1;
      i = j + 1;
    } else i = j;
  }
  return last === 0 ? formula : out + formula.slice(last);
}
