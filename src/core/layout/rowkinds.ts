/** What a sheet row is: a header start, a band row, column numbers, a title, a signature, empty. */
import type { CellValue } from "../cells";
import { isBlank } from "../text";
import {
  type CellClass,
  classifyHeaderCell,
  isNumberLike,
  normaliseHeader,
  text,
  UNIT_RE,
} from "./vocabulary";

function rowClasses(row: CellValue[]): CellClass[] {
  return row.map(classifyHeaderCell);
}

/**
 * A row that can start a header band: at least two field words, mostly header words, and numbers only
 * as a stray value a person typed beside the header (a CAPAIAN tried out in an empty column), never as
 * many as a data row holds.
 */
export function isHeaderStart(row: CellValue[]): boolean {
  // The cheap test first: a data row holds several numbers (a year is a header word).
  let numbers = 0;
  for (const v of row)
    if (typeof v === "number" && classifyHeaderCell(v) !== "year" && ++numbers > 2) return false;
  const cls = rowClasses(row);
  const words = cls.filter((c) => c === "word").length;
  if (numbers > 0 && words < 4 * numbers) return false;
  const matched = words + cls.filter((c) => c === "tw" || c === "year").length;
  const nonEmpty = cls.filter((c) => c !== "empty").length;
  if (words < 2) return false;
  if (matched * 2 >= nonEmpty) return true;
  // Many columns the reader does not know ("Catatan 1 … 28") never hide the known ones: three
  // different field words and short texts elsewhere (a data row's texts are long) make a header.
  const distinct = new Set<string>();
  for (let c = 0; c < row.length; c++) {
    if (cls[c] === "word") distinct.add(normaliseHeader(row[c]));
    else if (cls[c] === "other" && String(row[c]).trim().length > 40) return false;
  }
  return distinct.size >= 3;
}

/**
 * A row that continues a band (sub-headers "TR I … TR IV") or caps it (group headers over the start
 * row). A cap needs two cells: a lone cell above the header is a title ("Realisasi Kinerja Triwulan I").
 */
export function isBandRow(row: CellValue[], cap: boolean): boolean {
  const cls = rowClasses(row);
  if (cls.some((c) => c === "other")) return false;
  const headers = cls.filter((c) => c === "word" || c === "tw").length;
  return cap ? cls.includes("word") && headers >= 2 : headers >= 1;
}

/** "1 2 3 … n" or "(1) (2) …" under the header (numbers may skip, as in the LAKIP: (1) (2) (4) (5)). */
export function isColumnNumberRow(row: CellValue[]): boolean {
  const nums: number[] = [];
  for (const v of row) {
    if (isBlank(v)) continue;
    const m = /^\(?(\d{1,2})\)?$/.exec(text(v));
    if (!m || (typeof v === "number" && !Number.isInteger(v))) return false;
    nums.push(Number(m[1]));
  }
  return nums.length >= 3 && nums[0] <= 2 && nums.every((n, i) => i === 0 || n > nums[i - 1]);
}

/** The widest row (a loop: spreading 100.000 rows into Math.max overflows the call stack). */
export function widthOf(rows: CellValue[][]): number {
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  return width;
}

/**
 * A row of column headers, sub-headers ("TR I … TR IV", "JUMLAH I II III IV") or column numbers:
 * the header band repeated at the top of a page, which holds no data.
 */
export function isHeaderRow(row: CellValue[]): boolean {
  return isHeaderStart(row) || isColumnNumberRow(row) || isBandRow(row, false);
}

export function isEmptyRow(row: CellValue[]): boolean {
  return row.every((v) => isBlank(v));
}

const PLACE_DATE_RE = /^[A-Za-z .'-]+,\s*(\d{1,2}\s+)?[A-Za-z]*\s*\d{4}$/;
/** The signature block under a plan: "Malili, Maret 2024", "Mengetahui", "NIP. 1974…", "Pangkat : …". */
export function isSignatureRow(row: CellValue[]): boolean {
  const cells = row.filter((v) => !isBlank(v)).map(text);
  if (cells.length === 0 || cells.length > 3) return false;
  return cells.some(
    (t) =>
      PLACE_DATE_RE.test(t) || /^mengetahui\b/i.test(t) || /^nip[.\s:]/i.test(t) || /^pangkat\s*:/i.test(t),
  );
}

export const TOTAL_RE =
  /^(?:sub ?)?(?:jumlah|total|grand total)(?: (?:anggaran|belanja|keseluruhan|seluruhnya|total|pagu))?$/;
/** Text starting with total words ("TOTAL ESELON IV", "Jumlah ASN…"): a total row only when its pagu sums rows above. */
export const TOTAL_START_RE = /^(?:sub ?)?(?:jumlah|total|grand total)\b/;

/** A row that may sit in a header band: text and years only, no data numbers, not a title. */
export function isBandCandidate(row: CellValue[]): boolean {
  if (isEmptyRow(row) || isColumnNumberRow(row) || isSignatureRow(row) || isTitleRow(row)) return false;
  for (const v of row) {
    if (isBlank(v)) continue;
    if (typeof v !== "string") {
      if (classifyHeaderCell(v) !== "year") return false;
    } else if ((isNumberLike(v) && !/^(19|20)\d\d$/.test(v.trim())) || v.length > 160) return false;
  }
  return true;
}

/** One text across the row (alone, merged or repeated): a title such as "RENCANA AKSI TAHUN 2024". */
export function isTitleRow(row: CellValue[]): boolean {
  const texts = new Set<string>();
  let cells = 0;
  for (const v of row) {
    if (isBlank(v)) continue;
    cells++;
    texts.add(normaliseHeader(v));
  }
  // "TW I | TW I | TW I" under Target | Realisasi | Capaian is a row of sub-headers, not a title.
  const [only] = texts;
  if (texts.size !== 1 || UNIT_RE.test(only)) return false;
  return cells === 1 || classifyHeaderCell(only) === "other";
}

/** A row's texts, normalised, for recognising a header row repeated on a later page. */
export function rowSignature(row: CellValue[]): string {
  return row
    .map((v) => normaliseHeader(v))
    .join("|")
    .replace(/\|+$/, "");
}
