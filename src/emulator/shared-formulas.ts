/**
 * Whether a formula is another one filled down: what lets the .xlsx save a column of the same
 * formulas as one shared formula (`<f t="shared">`, as Excel saves a formula filled down), which
 * Excel, LibreOffice and ExcelJS's reader turn back into each cell's formula by sliding the first
 * one's relative row numbers. The evaluation tab's 50,000 rows of one formula per column are then
 * written, compressed and read once per column and shape instead of once per cell.
 *
 * ExcelJS's reader slides a shared formula with `slideFormula` (exceljs/lib/utils/shared-formula),
 * which takes every run of letters, digits, "_" and "$" shaped like a cell (`A7`, `$B7`, `TW2`, up
 * to column XFD, not followed by "(" or "!") for a reference, inside text and quoted tab names too,
 * and never a row range (`7:7`). Excel and LibreOffice slide only real references. So a formula
 * is taken as filled down only where both read it alike: a cell-shaped word inside a string or a
 * quoted tab name, a row range, or a reference in small letters makes it stand alone. This
 * compares the two texts in one pass, without building the slid text (a `slideFormula` per cell
 * cost more than the saving: 7 s for 10,000 rows); test/emulator/shared-formulas.test.ts checks it
 * against `slideFormula` itself.
 */

/** [A-Za-z0-9_$] */
export const isWordChar = (ch: number) =>
  (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch === 95 || ch === 36;
export const isDigit = (ch: number) => ch >= 48 && ch <= 57;
const isUpper = (ch: number) => ch >= 65 && ch <= 90;
const isLetter = (ch: number) => isUpper(ch) || (ch >= 97 && ch <= 122);
const QUOTE = 34;
const APOSTROPHE = 39;
const DOLLAR = 36;
const COLON = 58;
const BANG = 33;
const PAREN = 40;

/**
 * Where the row number of a cell-shaped word [start, end) begins, as ExcelJS's `slideFormula` reads
 * it (`$?letters$?[1-9]digits`, at most column XFD), or -1 when the word is no cell for it; -2 for
 * a cell written in small letters (ExcelJS would give it back in capitals).
 */
function rowStart(text: string, start: number, end: number): number {
  let k = start;
  if (text.charCodeAt(k) === DOLLAR) k++;
  const letters = k;
  let lower = false;
  while (k < end && isLetter(text.charCodeAt(k))) {
    if (!isUpper(text.charCodeAt(k))) lower = true;
    k++;
  }
  const count = k - letters;
  if (count === 0) return -1;
  if (text.charCodeAt(k) === DOLLAR) k++;
  const first = text.charCodeAt(k);
  if (k >= end || first < 49 || first > 57) return -1;
  for (let d = k + 1; d < end; d++) if (!isDigit(text.charCodeAt(d))) return -1;
  if (count > 3 || (count === 3 && text.slice(letters, letters + 3).toUpperCase() > "XFD")) return -1;
  return lower ? -2 : k;
}

/**
 * A master formula read once: the text between its relative row numbers (compared whole, with the
 * engine's own string comparison, instead of character by character) and each row number. Null
 * when no formula can be taken as it filled down (see above: a cell-like word inside a string or a
 * quoted tab name, a row range, a reference in small letters or before a tab name's dash).
 */
export interface FillPattern {
  /** Literal text before each relative row number, and after the last one. */
  readonly pieces: string[];
  /** The row numbers the master's relative references carry (one fewer than `pieces`). */
  readonly rows: number[];
}

/** Reads `master` into its fill pattern, or null when nothing may be taken as filled from it. */
export function fillPattern(master: string): FillPattern | null {
  const pieces: string[] = [];
  const rows: number[] = [];
  let inString = false;
  let inQuotedName = false;
  let from = 0;
  const m = master.length;
  let i = 0;
  while (i < m) {
    const ch = master.charCodeAt(i);
    if (!isWordChar(ch)) {
      if (ch === QUOTE && !inQuotedName) inString = !inString;
      else if (ch === APOSTROPHE && !inString) inQuotedName = !inQuotedName;
      i++;
      continue;
    }
    let end = i + 1;
    while (end < m && isWordChar(master.charCodeAt(end))) end++;
    const next = master.charCodeAt(end);
    let digitsOnly = true;
    for (let k = i; k < end && digitsOnly; k++) {
      const c = master.charCodeAt(k);
      digitsOnly = isDigit(c) || c === DOLLAR;
    }
    // A row range (7:7): Excel slides it, ExcelJS's reader does not.
    if (digitsOnly && !inString && !inQuotedName && (next === COLON || master.charCodeAt(i - 1) === COLON))
      return null;
    const row = end - i >= 2 && next !== PAREN ? rowStart(master, i, end) : -1;
    if (row === -2) return null;
    if (row >= 0) {
      // Inside text or a quoted tab name, ExcelJS would slide it and Excel would not.
      if (inString || inQuotedName) return null;
      // ExcelJS reads `A1-Data!B2` from A1 on as a tab name `A1-Data`, Excel as A1 minus Data!B2.
      let k = end;
      while (k < m && (isWordChar(master.charCodeAt(k)) || master.charCodeAt(k) === 45)) {
        if (master.charCodeAt(k) === DOLLAR) break;
        k++;
      }
      if (master.charCodeAt(k) === BANG) return null;
      if (master.charCodeAt(row - 1) !== DOLLAR) {
        // A relative row: the text up to its number is literal, the number itself slides.
        pieces.push(master.slice(from, row));
        let was = 0;
        for (let d = row; d < end; d++) was = was * 10 + master.charCodeAt(d) - 48;
        rows.push(was);
        from = end;
      }
    }
    i = end;
  }
  pieces.push(master.slice(from));
  return { pieces, rows };
}

/**
 * True when `formula` is the master of `pattern` filled down `rows` rows: the same text between
 * the relative row numbers, each number `rows` more (written as ExcelJS writes a number: digits,
 * no leading zero, ending the word).
 */
export function fillsDown(pattern: FillPattern, formula: string, rows: number): boolean {
  const { pieces, rows: numbers } = pattern;
  const n = formula.length;
  let j = 0;
  for (let p = 0; p < numbers.length; p++) {
    const piece = pieces[p];
    // A slice compared whole: V8 compares two flat strings at memory speed (startsWith and
    // charCodeAt loops went character by character, several times slower).
    if (formula.slice(j, j + piece.length) !== piece) return false;
    j += piece.length;
    if (j >= n || formula.charCodeAt(j) === 48) return false;
    let now = 0;
    const at = j;
    while (j < n && isWordChar(formula.charCodeAt(j))) {
      const c = formula.charCodeAt(j);
      if (!isDigit(c)) return false;
      now = now * 10 + c - 48;
      j++;
    }
    if (j === at || now !== numbers[p] + rows) return false;
  }
  const last = pieces[numbers.length];
  return n - j === last.length && formula.slice(j) === last;
}

/**
 * True when `formula` is `master` filled down `rows` rows: every relative row number of its cell
 * references `rows` more, everything else the same, and read so by ExcelJS, Excel and LibreOffice
 * alike (see above). False also whenever that cannot be said for sure.
 */
export function filledDown(master: string, formula: string, rows: number): boolean {
  const pattern = fillPattern(master);
  return pattern !== null && fillsDown(pattern, formula, rows);
}

/**
 * Whether a tab's name holds a word ExcelJS would slide (`TW2 Data`, `a1`): formulas naming the
 * tab by its engine name (`_3!`) compare as their shown text does only when no tab's name does.
 */
export function nameSlides(name: string): boolean {
  for (let i = 0; i < name.length; ) {
    if (!isWordChar(name.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < name.length && isWordChar(name.charCodeAt(end))) end++;
    if (end - i >= 2 && rowStart(name, i, end) !== -1) return true;
    i = end;
  }
  return false;
}
