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

const isWordChar = (ch: number) =>
  (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch === 95 || ch === 36;
const isDigit = (ch: number) => ch >= 48 && ch <= 57;
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
 * True when `formula` is `master` filled down `rows` rows: every relative row number of its cell
 * references `rows` more, everything else the same, and read so by ExcelJS, Excel and LibreOffice
 * alike (see above). False also whenever that cannot be said for sure.
 */
export function filledDown(master: string, formula: string, rows: number): boolean {
  let i = 0;
  let j = 0;
  let inString = false;
  let inQuotedName = false;
  const m = master.length;
  const n = formula.length;
  while (i < m) {
    const ch = master.charCodeAt(i);
    if (!isWordChar(ch)) {
      if (j >= n || formula.charCodeAt(j) !== ch) return false;
      if (ch === QUOTE && !inQuotedName) inString = !inString;
      else if (ch === APOSTROPHE && !inString) inQuotedName = !inQuotedName;
      i++;
      j++;
      continue;
    }
    // A word: its whole run in both texts.
    let end = i + 1;
    while (end < m && isWordChar(master.charCodeAt(end))) end++;
    let fend = j;
    while (fend < n && isWordChar(formula.charCodeAt(fend))) fend++;
    const next = master.charCodeAt(end);
    let digitsOnly = true;
    for (let k = i; k < end && digitsOnly; k++) {
      const c = master.charCodeAt(k);
      digitsOnly = isDigit(c) || c === DOLLAR;
    }
    // A row range (7:7): Excel slides it, ExcelJS's reader does not.
    if (digitsOnly && !inString && !inQuotedName && (next === COLON || master.charCodeAt(i - 1) === COLON))
      return false;
    const row = end - i >= 2 && next !== PAREN ? rowStart(master, i, end) : -1;
    if (row === -2) return false;
    if (row >= 0) {
      // Inside text or a quoted tab name, ExcelJS would slide it and Excel would not.
      if (inString || inQuotedName) return false;
      // ExcelJS reads `A1-Data!B2` from A1 on as a tab name `A1-Data`, Excel as A1 minus Data!B2.
      let k = end;
      while (k < m && (isWordChar(master.charCodeAt(k)) || master.charCodeAt(k) === 45)) {
        if (master.charCodeAt(k) === DOLLAR) break;
        k++;
      }
      if (master.charCodeAt(k) === BANG) return false;
    }
    if (row < 0 || master.charCodeAt(row - 1) === DOLLAR) {
      // Not a reference, or an absolute row: the same word.
      if (fend - j !== end - i) return false;
      for (let k = 0; k < end - i; k++)
        if (master.charCodeAt(i + k) !== formula.charCodeAt(j + k)) return false;
    } else {
      // The column part the same, the row `rows` more (written as ExcelJS writes a number).
      const at = j + row - i;
      if (at >= fend) return false;
      for (let k = i; k < row; k++) if (master.charCodeAt(k) !== formula.charCodeAt(j + k - i)) return false;
      let was = 0;
      for (let k = row; k < end; k++) was = was * 10 + master.charCodeAt(k) - 48;
      if (formula.charCodeAt(at) === 48) return false;
      let now = 0;
      for (let k = at; k < fend; k++) {
        const c = formula.charCodeAt(k);
        if (!isDigit(c)) return false;
        now = now * 10 + c - 48;
      }
      if (now !== was + rows) return false;
    }
    i = end;
    j = fend;
  }
  return j === n;
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
