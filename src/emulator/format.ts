/**
 * Locale-dependent parts of the emulated spreadsheet: how typed text becomes a value (id_ID input
 * rules of Sheets), how a value is displayed under a number format, and date serials in the
 * spreadsheet's time zone. Kept deliberately small: the patterns used by SAKIP sheets, not all of
 * Sheets' format language.
 */
import type { CellValue } from "../app/port";
import { BULAN } from "../core/report/format";

/** Cross-realm check: Dates made inside a `node:vm` context fail `instanceof Date`. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

// ---------------------------------------------------------------- time zone and serials

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Offset of `timeZone` from UTC at the instant `ms`, in milliseconds (Asia/Jakarta: +7 h). */
export function zoneOffsetMs(timeZone: string, ms: number): number {
  let fmt = offsetFormatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    offsetFormatters.set(timeZone, fmt);
  }
  const p: Record<string, number> = {};
  for (const part of fmt.formatToParts(new Date(ms))) p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

const DAY_MS = 86_400_000;
/** Serial 0 is 1899-12-30, as in Sheets and Excel; 25569 is 1970-01-01. */
const EPOCH_SERIAL = 25569;

/** The wall-clock time of `date` in `timeZone` as a spreadsheet serial number. */
export function dateToSerial(date: Date, timeZone: string): number {
  const ms = date.getTime();
  return (ms + zoneOffsetMs(timeZone, ms)) / DAY_MS + EPOCH_SERIAL;
}

/** The instant whose wall-clock time in `timeZone` is the serial number. */
export function serialToDate(serial: number, timeZone: string): Date {
  const wall = Math.round((serial - EPOCH_SERIAL) * DAY_MS);
  const guess = wall - zoneOffsetMs(timeZone, wall);
  return new Date(wall - zoneOffsetMs(timeZone, guess));
}

/**
 * Serials Sheets shows as dates: from year 0 to 31 December 99999 (`-694324` to `35830290`, as
 * borgar/numfmt's Sheets mode measures them). A number beyond them in a date-formatted cell is
 * shown as the number itself, and read as that number: a JavaScript Date cannot even hold a serial
 * above about 100 million ("Invalid time value").
 */
const SHEETS_DATES = { first: -694324, last: 35830290 } as const;

/** The cell's value under a date format: the instant, or the number when Sheets shows no date for it. */
export function serialValue(serial: number, timeZone: string): Date | number {
  return serial >= SHEETS_DATES.first && serial < SHEETS_DATES.last + 1
    ? serialToDate(serial, timeZone)
    : serial;
}

/**
 * A Date whose local-time fields (getFullYear, getHours...) are the wall-clock time of `date` in
 * `timeZone`: HyperFormula reads a Date that way when it stores it as a typed date.
 */
export function localWallDate(date: Date, timeZone: string): Date {
  const w = wallClock(date, timeZone);
  return new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
}

/** Wall-clock fields of `date` in `timeZone` (month 1-12, weekday 0 = Sunday). */
export function wallClock(date: Date, timeZone: string) {
  const d = new Date(date.getTime() + zoneOffsetMs(timeZone, date.getTime()));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

// ---------------------------------------------------------------- input parsing (id_ID)

export interface ParsedInput {
  /** null clears the cell. */
  value: CellValue | null;
  formula?: string;
  /** Format Sheets applies by itself when it recognises a percentage or a date. */
  numberFormat?: string;
}

// Digits with "." thousands groups or none, optional "," decimals, optional exponent; a
// currency "Rp" before, a "%" after, or accounting brackets around.
const ID_NUMBER = /^([+-]?)(Rp\s?)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:[eE]([+-]?\d+))?(%?)$/;
// d/m/yyyy, d-m-yyyy, d/m and d-m (the current year), yyyy-mm-dd.
const ID_DATE = /^(\d{1,2})([/-])(\d{1,2})(?:\2(\d{4}))?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const MONTH_YEAR = /^([a-z]+)\.?\s+(\d{4})$/i;
const MONTH_NAMES = [
  ["jan", "januari", "january"],
  ["feb", "februari", "february", "pebruari"],
  ["mar", "maret", "march"],
  ["apr", "april"],
  ["mei", "may"],
  ["jun", "juni", "june"],
  ["jul", "juli", "july"],
  ["agu", "agt", "agustus", "aug", "august"],
  ["sep", "sept", "september"],
  ["okt", "oktober", "oct", "october"],
  ["nov", "november", "nop", "nopember"],
  ["des", "desember", "dec", "december"],
];

function dateInput(year: number, month: number, day: number, timeZone: string, format: string) {
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day)
    return null;
  const serial = utc.getTime() / DAY_MS + EPOCH_SERIAL;
  return { value: serialToDate(serial, timeZone), numberFormat: format };
}

function readNumber(text: string): ParsedInput | null {
  const bracketed = /^\((.+)\)$/.exec(text);
  const n = ID_NUMBER.exec(bracketed ? bracketed[1] : text);
  if (!n || (bracketed && n[1])) return null;
  const [, sign, rp, int, dec, exp, pct] = n;
  if (rp && (exp || pct)) return null;
  let num = Number(`${int.replaceAll(".", "")}.${dec ?? "0"}e${exp ?? "0"}`);
  if (sign === "-" || bracketed) num = -num;
  if (pct) return { value: num / 100, numberFormat: dec ? "0.00%" : "0%" };
  if (rp) return { value: num, numberFormat: dec ? '"Rp"#,##0.00' : '"Rp"#,##0' };
  if (exp) return { value: num, numberFormat: "0.00E+00" };
  return { value: num };
}

/**
 * What Sheets stores when a string is entered (`setValue`, `setValues`) in an id_ID spreadsheet,
 * as a person typing it would get (Range.setValues: strings are parsed as if typed): `=…` is a
 * formula (`=` alone too: #ERROR!), `'…` text without the apostrophe; `63,57`, `1.234.567`, `95%`, `-5`, `(5)`, `1e5`,
 * `Rp1.000` numbers; `TRUE`/`FALSE` booleans; `31/12/2024`, `3-5`, `2024-01-31`, `Jan 2024`
 * dates; anything else stays text. Cells formatted as plain text ("@") take strings as they are.
 */
export function parseInput(text: string, timeZone: string, now = new Date()): ParsedInput {
  if (text === "") return { value: null };
  // `=` alone too: Sheets takes it as a formula and shows #ERROR! (a parse error), never as text.
  if (text.startsWith("=")) return { value: null, formula: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  const trimmed = text.trim();
  const number = readNumber(trimmed);
  if (number) return number;
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE") return { value: true };
  if (upper === "FALSE") return { value: false };
  const d = ID_DATE.exec(trimmed);
  if (d) {
    const year = d[4] ? Number(d[4]) : wallClock(now, timeZone).year;
    const parsed = dateInput(year, Number(d[3]), Number(d[1]), timeZone, "dd/MM/yyyy");
    if (parsed) return parsed;
  }
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const parsed = dateInput(Number(iso[1]), Number(iso[2]), Number(iso[3]), timeZone, "yyyy-MM-dd");
    if (parsed) return parsed;
  }
  const my = MONTH_YEAR.exec(trimmed);
  if (my) {
    const month = MONTH_NAMES.findIndex((names) => names.includes(my[1].toLowerCase()));
    if (month >= 0) return dateInput(Number(my[2]), month + 1, 1, timeZone, "MMM yyyy") ?? { value: text };
  }
  return { value: text };
}

// ---------------------------------------------------------------- display

/** True when the pattern shows a date or time (then `getValues` returns a Date). */
export function isDateFormat(pattern: string | undefined): boolean {
  if (!pattern) return false;
  const bare = pattern
    .split(";")[0]
    .replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "")
    .replace(/s+\.0+/gi, "s");
  return /[dyhms]/i.test(bare) && !/[#0?]/.test(bare) && !/^general$/i.test(bare);
}

const DECIMAL = ",";
const GROUP = ".";

function group(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP);
}

/** Sheets' automatic format: up to 15 significant digits, no grouping, decimal comma. */
function automatic(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) {
    return value.toExponential().replace(".", DECIMAL).toUpperCase();
  }
  const text = String(Number(value.toPrecision(15)));
  return text.replace(".", DECIMAL);
}

function formatNumber(value: number, pattern: string): string {
  const sections = pattern.split(";");
  let section = sections[0];
  let num = value;
  let signPrefix = "";
  if (value < 0) {
    if (sections[1] !== undefined) {
      section = sections[1];
      num = -value;
    } else {
      num = -value;
      signPrefix = "-";
    }
  } else if (value === 0 && sections[2] !== undefined) {
    section = sections[2];
  }
  // Literal text in quotes or escaped characters stays as written.
  const literals: string[] = [];
  const masked = section.replace(/"([^"]*)"|\\(.)|\[[^\]]*\]/g, (_m, quoted, escaped) => {
    literals.push(quoted ?? escaped ?? "");
    // A placeholder without digits, so the number pattern below cannot match inside it.
    return `\uE000${String.fromCharCode(0xe100 + literals.length - 1)}`;
  });
  const scientific = /([#0?][#0?,]*(?:\.[#0?]*)?)E([+-])(0+)/i.exec(masked);
  if (scientific) return signPrefix + unmask(exponential(num, scientific, masked), literals);
  const match = /[#0?][#0?,]*(?:\.[#0?]*)?/.exec(masked);
  if (!match) return signPrefix + unmask(masked, literals);
  const spec = match[0];
  const percent = masked.includes("%") ? 100 : 1;
  const [intSpec, decSpec = ""] = spec.split(".");
  const minDec = (decSpec.match(/0/g) ?? []).length;
  const maxDec = decSpec.length;
  const grouping = intSpec.includes(",");
  const minInt = (intSpec.replace(/,/g, "").match(/0/g) ?? []).length;
  const scaled = num * percent;
  let fixed = scaled.toFixed(maxDec);
  let [intPart, decPart = ""] = fixed.split(".");
  while (decPart.length > minDec && decPart.endsWith("0")) decPart = decPart.slice(0, -1);
  if (intPart === "0" && minInt === 0) intPart = "";
  intPart = intPart.padStart(minInt, "0");
  if (grouping) intPart = group(intPart);
  fixed = decPart ? `${intPart}${DECIMAL}${decPart}` : intPart;
  if (Number(scaled.toFixed(maxDec)) === 0) signPrefix = "";
  const out = masked.slice(0, match.index) + fixed + masked.slice(match.index + spec.length);
  return signPrefix + unmask(out, literals);
}

/**
 * A scientific format ("0.00E+00", as Sheets sets for a typed "2e3"): one digit before the decimal
 * mark, the pattern's decimals (its 0s always, its #s when not zero), "E", the exponent's sign ("+"
 * shows it always, "-" only when negative) and at least as many digits as the pattern's 0s: 2000 is
 * "2,00E+03" in id-ID.
 */
function exponential(num: number, spec: RegExpExecArray, masked: string): string {
  const decSpec = spec[1].split(".")[1] ?? "";
  const minDec = (decSpec.match(/0/g) ?? []).length;
  const [mantissa, power] = num.toExponential(decSpec.length).split("e");
  const [whole, fraction = ""] = mantissa.split(".");
  let decimals = fraction;
  while (decimals.length > minDec && decimals.endsWith("0")) decimals = decimals.slice(0, -1);
  const exponent = Number(power);
  const sign = exponent < 0 ? "-" : spec[2] === "+" ? "+" : "";
  const text = `${decimals ? `${whole}${DECIMAL}${decimals}` : whole}E${sign}${String(Math.abs(exponent)).padStart(spec[3].length, "0")}`;
  return masked.slice(0, spec.index) + text + masked.slice(spec.index + spec[0].length);
}

function unmask(text: string, literals: string[]): string {
  return text.replace(/\uE000([\uE100-\uEFFF])/g, (_m, ch: string) => literals[ch.charCodeAt(0) - 0xe100]);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
const DAYS_LONG = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

/** Sheets date pattern (case-insensitive; `m` after `h` or before `s` is minutes). */
function formatDatePattern(date: Date, pattern: string, timeZone: string): string {
  const w = wallClock(date, timeZone);
  const tokens = pattern.match(/"[^"]*"|\\.|y+|m+|d+|h+|s+|am\/pm|./gi) ?? [];
  const out: string[] = [];
  tokens.forEach((token, i) => {
    const t = token.toLowerCase();
    const prev = tokens
      .slice(0, i)
      .reverse()
      .find((x) => /^[a-z]/i.test(x) && !/^[\s/.:-]/.test(x));
    const next = tokens.slice(i + 1).find((x) => /^[a-z]/i.test(x));
    if (token.startsWith('"')) out.push(token.slice(1, -1));
    else if (token.startsWith("\\")) out.push(token.slice(1));
    else if (t[0] === "y") out.push(t.length <= 2 ? String(w.year % 100).padStart(2, "0") : String(w.year));
    else if (t[0] === "d") {
      if (t.length >= 4) out.push(DAYS_LONG[w.weekday]);
      else if (t.length === 3) out.push(DAYS_LONG[w.weekday].slice(0, 3));
      else out.push(String(w.day).padStart(t.length, "0"));
    } else if (t[0] === "h") out.push(String(w.hour).padStart(t.length, "0"));
    else if (t[0] === "s") out.push(String(w.second).padStart(t.length, "0"));
    else if (t[0] === "m") {
      const minutes = prev?.toLowerCase().startsWith("h") || next?.toLowerCase().startsWith("s");
      if (minutes && t.length <= 2) out.push(String(w.minute).padStart(t.length, "0"));
      else if (t.length >= 4) out.push(BULAN[w.month - 1]);
      else if (t.length === 3) out.push(MONTHS[w.month - 1]);
      else out.push(String(w.month).padStart(t.length, "0"));
    } else out.push(token);
  });
  return out.join("");
}

/** `getDisplayValues` text of one cell in an id_ID spreadsheet. */
export function formatDisplay(value: CellValue, pattern: string | undefined, timeZone: string): string {
  if (value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (isDate(value)) {
    const p = pattern && isDateFormat(pattern) ? pattern : "dd/MM/yyyy";
    return formatDatePattern(value, p, timeZone);
  }
  // A number a date format cannot show (beyond year 99999) is shown as the number (see SHEETS_DATES).
  if (!pattern || /^general$/i.test(pattern) || pattern === "@" || isDateFormat(pattern))
    return automatic(value);
  return formatNumber(value, pattern);
}

// ---------------------------------------------------------------- formulas as an id_ID user types them

/**
 * Applies `fn` to the parts of a formula outside string literals ("…") and quoted sheet names ('…'),
 * where an id_ID spreadsheet's separators live.
 */
function outsideQuotes(formula: string, fn: (code: string) => string): string {
  return formula.replace(/("(?:[^"]|"")*"|'(?:[^']|'')*')|[^"']+/g, (part, quoted) =>
    quoted ? part : fn(part),
  );
}

// A number literal: digits not part of a cell reference or a name (A1, $B$2, LOG10).
const DECIMAL_COMMA = /(?<![A-Za-z0-9_$.])(\d+),(\d+)/g;
// Not a number written with thousands dots (1.852.283.616): a formula does not take one, and the
// formula bar shows it as typed.
const DECIMAL_POINT = /(?<![A-Za-z0-9_$.])(\d+)\.(\d+)(?![.\d])/g;

/**
 * Rewrites each separator of a formula's code (outside "…" and '…') by `sep`, told whether it sits
 * directly in an array literal `{…}` rather than in a function's brackets; `numbers` rewrites each
 * code part first (`before`) or last.
 */
function separators(
  formula: string,
  sep: (ch: string, inArray: boolean) => string,
  numbers: (code: string) => string,
  before: boolean,
): string {
  const open: string[] = [];
  return outsideQuotes(formula, (part) => {
    let out = "";
    for (const ch of before ? numbers(part) : part) {
      if (ch === "(" || ch === "{") open.push(ch);
      else if (ch === ")" || ch === "}") open.pop();
      out += ch === ";" || ch === "," || ch === "\\" ? sep(ch, open.at(-1) === "{") : ch;
    }
    return before ? out : numbers(out);
  });
}

/**
 * A formula typed in an id_ID spreadsheet (`=CAPAIAN(63,57; 61,68)`: `;` between arguments,
 * decimal comma) in Apps Script's syntax (`=CAPAIAN(63.57, 61.68)`), which getFormulas returns and
 * setFormula takes. A `,` that is not a decimal comma is kept as a separator, so en-US habits work too.
 * In an array literal, as Google's "Using arrays in Google Sheets" says for a locale whose decimal
 * separator is the comma (https://support.google.com/docs/answer/6208276): `;` separates rows and
 * `\` columns, so `={1;2}` is a column and `={1\2}` a row (Apps Script: `{1;2}` and `{1,2}`).
 */
export function formulaFromLocale(formula: string): string {
  return separators(
    formula,
    (ch, inArray) => (inArray ? (ch === "\\" ? "," : ch) : ch === ";" ? "," : ch),
    (code) => code.replace(DECIMAL_COMMA, "$1.$2"),
    true,
  );
}

/** A formula in Apps Script's syntax as the id_ID formula bar shows it (`{1,2;3,4}` → `{1\2;3\4}`). */
export function formulaToLocale(formula: string): string {
  return separators(
    formula,
    (ch, inArray) => (ch === "," ? (inArray ? "\\" : ";") : ch),
    (code) => code.replace(DECIMAL_POINT, "$1,$2"),
    false,
  );
}
