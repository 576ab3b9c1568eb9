import type { CellValue } from "../cells";
import { RENSTRA_LABEL } from "../layout/types";
import { idNumber, parseNumber } from "../numbers";
import { ROMAN, type Tw } from "../plan";

/**
 * Figures as the reports print them (id-ID): thousands dots, decimal comma, percentages with two
 * decimals ("97,03"), rupiah without decimals ("285.785.522"), "-" where a budget cell is nil.
 */

/** 97.0265 → "97,03" (always two decimals). */
export const pct = (n: number): string => idNumber(n + 0, 2, 2);

/**
 * 63.57 → "63,57"; 1370 → "1.370"; 100 → "100" (decimals only where the value has them, at most
 * two). `decimals`: a value with decimals shows at least that many (4.4 beside 4.05 → "4,40", as
 * staff typed it); a whole number stays whole.
 */
export function num(n: number, decimals = 0): string {
  const rounded = Math.round(n * 100) / 100;
  const min = decimals > 0 && !Number.isInteger(rounded) ? Math.min(decimals, 2) : 0;
  return idNumber(n + 0, 2, min);
}

/** How many decimals (0–2) a figure shows: 4.05 → 2, 4.4 → 1, 100 → 0. */
export function decimalsOf(n: number): number {
  const text = String(Math.round(Math.abs(n) * 100) / 100);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : Math.min(2, text.length - dot - 1);
}

/** 285785522 → "285.785.522"; 0 → "-" (the reports' nil). */
export function rupiah(n: number): string {
  return n === 0 ? "-" : idNumber(Math.round(n), 0);
}

/**
 * What a table cell and a draft sentence say of an earlier year's figure that is missing, in one
 * wording, naming where the add-on looks for it: "realisasi tahun 2025 belum diisi (di tab PK atau kolom
 * "Realisasi tahun lalu" tab bidang)" (a sentence starts it with a capital).
 */
export function lastYearMissing(what: "target" | "realisasi", year: number): string {
  const column = what === "target" ? RENSTRA_LABEL.laluTarget : RENSTRA_LABEL.laluRealisasi;
  return `${what} tahun ${year} belum diisi (di tab PK atau kolom "${column}" tab bidang)`;
}

/** What a table cell and a draft sentence say of a missing Renstra end target (a sentence capitalises it). */
export const RENSTRA_MISSING = "target akhir Renstra belum diisi (di tab PK atau tabel Renstra)";

/** The text with its first letter capitalised: a table's wording starting a sentence. */
export const sentenceCase = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A TOTAL in a sentence: "Rp 285.785.522", "-" where there is none. */
export const rp = (n: number | undefined): string => (n === undefined ? "-" : `Rp ${rupiah(n)}`);

/** A plan value as printed: a number in id-ID (see `num` for `decimals`), text as typed, "" stays "". */
export function valueText(v: CellValue, decimals = 0): string {
  if (typeof v === "number") return num(v, decimals);
  if (v instanceof Date) return tanggal(v);
  return String(v).trim();
}

/**
 * A figure as the report prints it: a percent typed as text ("73,2%", as staff paste it) is printed
 * without its own sign, as typed otherwise ("17,00" keeps its decimals); the satuan says "%" once. It
 * was printed raw, and a percent satuan gave "73,2% %". A value in words or with a unit stays as typed.
 */
export function figureText(v: CellValue, decimals = 0): string {
  const p = typeof v === "string" ? parseNumber(v) : null;
  if (p?.kind === "number" && p.percent && !p.unit) return String(v).replace("%", "").trim();
  return valueText(v, decimals);
}

/** The months as Indonesian writes them in full (also Sheets' id-ID "MMMM"). */
export const BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

/** A date as the reports write it: "31 Maret 2024". */
export function tanggal(d: Date): string {
  // A date cell arrives as midnight in the spreadsheet's time zone: its day is the UTC day 12 h later.
  const day = new Date(d.getTime() + 12 * 3_600_000);
  return `${day.getUTCDate()} ${BULAN[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
}

/** The quarter's last day: TW I 2024 → "31 Maret 2024". */
export function lastDayOfTw(tw: Tw, tahun: string): string {
  return `${(tw - 1) % 3 ? 30 : 31} ${BULAN[tw * 3 - 1]}${tahun ? ` ${tahun}` : ""}`;
}

/** "Triwulan II" */
export function triwulan(tw: Tw): string {
  return `Triwulan ${ROMAN[tw - 1]}`;
}

/** A value with its satuan as the reports' sentences write it: "61,68 %", "60 Ha". */
export function withSatuan(v: CellValue, satuan: string, decimals = 0): string {
  const text = figureText(v, decimals);
  const s = satuan.trim();
  // A value in words ("Zona Hijau", "WTP", "1 UPT") takes no satuan: "Zona Hijau predikat" reads wrong.
  if (!s || (typeof v === "string" && !/^[\s\d.,%+-]+$/.test(v))) return text;
  if (/^(%|persen)$/i.test(s)) return `${text} %`;
  return `${text} ${s}`;
}
