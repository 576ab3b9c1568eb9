import type { CellValue } from "./cells";

/**
 * Reading numbers the way a person in an Indonesian office types them (DOMAIN.md, "Numbers as
 * people type them"): real numbers, or text such as `63,57`, `1.852.283.616`, `89,335,000`,
 * `Rp 1.234.567,00`, `95%`, `7,3T`, `1 UPT`, `-`, `. 6.535.000`, `74.200.000,`.
 */
export type ParsedNumber =
  | { kind: "empty" }
  | {
      kind: "number";
      value: number;
      /** The cell held text, not a number. */
      fromText: boolean;
      /** Written with a % sign (value stays in percent points: "95%" → 95). */
      percent: boolean;
      /** One separator followed by exactly three digits ("6.535", "89,335"): read by the id-ID rule. */
      ambiguous: boolean;
      /** Which thousands separator the text used, if any (to catch mixed styles in one column). */
      thousands: "." | "," | null;
      /** A unit or word after the number ("1 UPT" → "UPT"). */
      unit: string;
    }
  | { kind: "invalid"; text: string };

const EMPTY_MARKS = new Set(["", "-", "--", "---", "—", "–", "n/a", "na", "#n/a"]);

/**
 * Words typed for zero ("nihil": none happened, as Indonesian offices write a realisasi of no cases;
 * "nol"), any case, alone in the cell: 0, as a person reads them (trial 6 #21). A dash stays nothing.
 */
export const ZERO_WORD = /^ *(?:nihil|nol) *$/i;

/**
 * Words typed in a target for no target this quarter ("tidak ditargetkan", "tidak ada target"), any
 * case, alone in the cell: nothing, as "-" (DOMAIN.md: such a TW has no capaian, "–").
 */
export const NO_TARGET_WORDS = /^ *tidak +(?:ditargetkan|ada +target) *$/i;

/**
 * The words that scale a figure typed before them ("18,2 jt", "7,3T", "1,45 miliar"), one
 * vocabulary for Periksa (`parseNumber`) and the evaluation tab's formulas (evaluasi-formulas.ts
 * `scaleOf`), so both read a rupiah cell alike: each "|word|" in the 20-character block of its power
 * of a thousand ("rupiah" and the ",-" after rupiah 1, "rb" 1.000 …; block 0 also holds the empty
 * word). Every block ends in a space, so no word starts at a block's last character.
 */
export const SCALE_BLOCK = 20;
export const SCALE_TEXT = ["|,-|rupiah", "rb|ribu", "jt|juta", "M|miliar|milyar", "T|triliun"]
  .map((b) => `|${b}|`.padEnd(SCALE_BLOCK))
  .join("")
  .trimEnd();

/**
 * The power of a thousand a scale word names, -1 for any other word: a word of two letters or more
 * in any case, a single letter only in capitals ("7,3T"; a lowercase "m" is a metre).
 */
export function scalePower(word: string): number {
  const at = SCALE_TEXT.indexOf(`|${word[1] ? word.toLowerCase() : word}|`);
  return at < 0 ? -1 : Math.floor((at + 1) / SCALE_BLOCK);
}

/**
 * A remark in brackets after a figure ("Rp 250.000.000 (DAK)", "5.000.000 (TW I)"), last and after a
 * space: left out, as the evaluation tab's formulas do (evaluasi-formulas.ts `scaleOf`). One holding
 * a digit ("(DAK 2)", "(000)") may hide part of the amount: it stays, so the cell is unreadable.
 */
export const REMARK = /\s\([^()\d]*\)$/;

// sign, digits with separators, optional scale word or unit after it.
const NUMBER_TEXT = /^([+-]?)((?:\d[\d.,]*)|(?:[.,]\d+))\s*(%?)\s*(.*)$/;

const EMPTY: ParsedNumber = { kind: "empty" };

/**
 * Text longer than this is not a number a person typed: it is refused without being parsed, so a
 * 50.000-character cell costs one trim, not seconds of regular expressions.
 */
export const MAX_NUMBER_TEXT = 64;

const number = (value: number, fromText: boolean): ParsedNumber => ({
  kind: "number",
  value,
  fromText,
  percent: false,
  ambiguous: false,
  thousands: null,
  unit: "",
});

/**
 * The common text cell without a regular expression: digits, thousands dots and one decimal comma
 * ("63,57", "1234", "1.852.283.616", "1.234.567,00"). undefined sends everything else (and the
 * ambiguous "6,535" and "6.535") to the full reader.
 */
function plainDigits(s: string): number | undefined {
  const n = s.length;
  if (n === 0 || n > 20) return undefined;
  let comma = -1;
  let dots = 0;
  // Digits since the last dot: groups after a dot are exactly three ("1.852.283.616").
  let group = 0;
  let count = 0;
  // At most 15 digits: the integer stays exact, and one division by a power of ten rounds it
  // exactly as Number("63.57") does.
  let digits = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits = digits * 10 + (c - 48);
      group++;
      count++;
    } else if (c === 44 && comma < 0 && i > 0 && i < n - 1) {
      if (dots && group !== 3) return undefined;
      comma = i;
    } else if (c === 46 && comma < 0 && i > 0 && (dots ? group === 3 : group <= 3)) {
      dots++;
      group = 0;
    } else return undefined;
  }
  if (count > 15) return undefined;
  if (comma < 0) {
    // One dot ("6.535") is ambiguous: the full reader says so.
    return dots === 0 ? digits : dots > 1 && group === 3 ? digits : undefined;
  }
  const decimals = n - comma - 1;
  // "6,535" alone is ambiguous; after thousands dots ("1.234,567") the comma is the decimal mark.
  return decimals === 3 && !dots ? undefined : digits / 10 ** decimals;
}

/**
 * The hot path of the custom functions, allocating nothing: the value of a finite number or of a
 * plain digit text ("63,57"), which parseNumber reads the same way with no percent, unit or
 * ambiguity; undefined when the cell needs parseNumber.
 */
export function plainNumber(input: CellValue): number | undefined {
  if (typeof input === "number") return Number.isFinite(input) ? input : undefined;
  return typeof input === "string" ? plainDigits(input) : undefined;
}

export function parseNumber(input: CellValue | null | undefined): ParsedNumber {
  if (input === null || input === undefined || input === "") return EMPTY;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { kind: "invalid", text: String(input) };
    return number(input, false);
  }
  if (typeof input === "boolean" || input instanceof Date) return { kind: "invalid", text: String(input) };
  const original = String(input);
  // With thousands dots the full reader also tells which separator was used (for the checks).
  const quick = original.includes(".") ? undefined : plainDigits(original);
  if (quick !== undefined) return number(quick, true);
  if (original.length > MAX_NUMBER_TEXT && original.trim().length > MAX_NUMBER_TEXT)
    return { kind: "invalid", text: original };
  let text = original
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/[\u2212\u2012\u2013]/g, "-")
    .trim();
  if (EMPTY_MARKS.has(text.toLowerCase()) || NO_TARGET_WORDS.test(original)) return EMPTY;
  if (ZERO_WORD.test(text)) return number(0, true);
  // Accounting negatives "(1.234)".
  let negative = false;
  const paren = /^\((.*)\)$/.exec(text);
  if (paren) {
    negative = true;
    text = paren[1].trim();
  }
  // Currency and leading stray punctuation (". 6.535.000", "Rp. 8.672.399.000,-").
  text = text
    .replace(/^rp\.?\s*/i, "")
    .replace(/^[.,:;]\s+/, "")
    .replace(/,-$/, "")
    .replace(/[.,]+$/, (tail) => (tail.length === 1 ? "" : tail))
    .trim();
  // "Rp -", "Rp. –": an amount of nothing, like "-".
  if (EMPTY_MARKS.has(text.toLowerCase())) return EMPTY;
  // "1 234 567": spaces grouping thousands.
  const m = NUMBER_TEXT.exec(
    text
      .replace(REMARK, "")
      .replace(/,-$/, "")
      .replace(/(\d)\s(?=\d{3}(?!\d))/g, "$1"),
  );
  if (!m) return { kind: "invalid", text: original };
  const [, sign, digits, pct, rest] = m;
  const read = readDigits(digits);
  if (!read) return { kind: "invalid", text: original };
  let value = read.value;
  let unit = rest.trim();
  const word = unit.replace(/\.$/, "");
  const power = scalePower(word);
  if (power >= 0) {
    value *= 1000 ** power;
    unit = "";
  } else if (unit && !/^\p{L}\P{N}*$/u.test(unit)) {
    // A unit is words only ("1 UPT"); "80-90" or "80 s.d. 90" is not one number.
    return { kind: "invalid", text: original };
  }
  if (sign === "-") negative = !negative;
  if (negative) value = -value;
  // -0 reads as 0 to a person.
  if (Object.is(value, -0)) value = 0;
  return {
    kind: "number",
    value,
    fromText: true,
    percent: pct === "%",
    ambiguous: read.ambiguous,
    thousands: read.thousands,
    unit,
  };
}

function readDigits(s: string): { value: number; ambiguous: boolean; thousands: "." | "," | null } | null {
  const dots = s.split(".").length - 1;
  const commas = s.split(",").length - 1;
  let integer = s;
  let fraction = "";
  let thousands: "." | "," | null = null;
  let ambiguous = false;
  if (dots > 0 && commas > 0) {
    // Both present: the last one is the decimal mark ("1.234.567,00", "89,335,000.50").
    const decimal = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
    thousands = decimal === "," ? "." : ",";
    const at = s.lastIndexOf(decimal);
    integer = s.slice(0, at);
    fraction = s.slice(at + 1);
    if (integer.includes(decimal) || !validGroups(integer, thousands)) return null;
  } else if (dots + commas > 1) {
    // One kind repeated: thousands ("1.852.283.616", "89,335,000").
    thousands = dots > 0 ? "." : ",";
    if (!validGroups(s, thousands)) return null;
  } else if (dots + commas === 1) {
    const mark = dots ? "." : ",";
    const at = s.indexOf(mark);
    integer = s.slice(0, at);
    fraction = s.slice(at + 1);
    if (fraction.length === 3 && integer.length > 0 && integer !== "0") {
      // "6.535" or "89,335": in id-ID a dot groups thousands and a comma marks decimals.
      ambiguous = true;
      if (mark === ".") {
        thousands = ".";
        integer = s.replace(".", "");
        fraction = "";
      }
    }
  }
  const digits = integer.replace(/[.,]/g, "");
  if (!/^\d*$/.test(digits) || !/^\d*$/.test(fraction) || digits.length + fraction.length === 0) return null;
  const value = Number(`${digits || "0"}.${fraction || "0"}`);
  return Number.isFinite(value) ? { value, ambiguous, thousands } : null;
}

/** "1.234.567": groups after the first must be exactly three digits. */
function validGroups(s: string, sep: "." | ","): boolean {
  const groups = s.split(sep);
  return groups[0].length >= 1 && groups[0].length <= 3 && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/** Equal up to float noise (relative 1e-9): 0.1 + 0.2 and 0.3 are the same target. */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The number in a cell, or null when it is empty or not a number. */
export function toNumber(input: CellValue | null | undefined): number | null {
  const parsed = parseNumber(input);
  return parsed.kind === "number" ? parsed.value : null;
}

// Made on first use, one per kind of figure: a custom-function call that shows no message never
// builds one.
const idFormats = new Map<number, Intl.NumberFormat>();

/** `n` as id-ID writes it (thousands dots, decimal comma) with `min` to `max` decimals. */
export function idNumber(n: number, max: number, min = 0): string {
  const key = max * 10 + min;
  let format = idFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat("id-ID", { minimumFractionDigits: min, maximumFractionDigits: max });
    idFormats.set(key, format);
  }
  return format.format(n);
}

/** 63.57 → "63,57"; 1852283616 → "1.852.283.616" (for messages a person reads). */
export const formatNumber = (n: number): string => idNumber(n, 2);

/** 2869444960 → "Rp 2.869.444.960". */
export const formatRupiah = (n: number): string => `Rp ${idNumber(Math.round(n), 0)}`;
