import { TEXT_IN_SUM } from "./evaluasi-formulas";
import { idNumber } from "./numbers";

/** What a SAKIP computation gives for one row: a value, a blank, or a problem a person must fix. */
export type Computed<T = number> =
  | { kind: "value"; value: T }
  | { kind: "blank" }
  | { kind: "problem"; message: string };

export const blank = { kind: "blank" } as const;

export function value<T>(v: T): Computed<T> {
  if (typeof v === "number") {
    // Extreme inputs (a target of 1e-320) could overflow; a cell must never show Infinity or NaN.
    if (!Number.isFinite(v)) return problem("Hasil tidak terhingga: periksa angka yang dimasukkan.");
    // 0 / -5 is -0, which a sheet shows as "-0": a person reads 0.
    if (v === 0) return { kind: "value", value: 0 as T };
  }
  return { kind: "value", value: v };
}

export function problem(message: string): { kind: "problem"; message: string } {
  return { kind: "problem", message };
}

/**
 * What a "… bukan angka." message calls its input: `what` with the cell quoted, or `what` alone when
 * the cell holds an add-on message ("Ada angka tersimpan sebagai teks", another "… bukan angka."),
 * which a second message would only quote cut short.
 */
export function named(what: string, v: unknown): string {
  const message = typeof v === "string" && (v === TEXT_IN_SUM || / bukan angka[.:]/.test(v));
  return message ? what : `${what} ${quote(v)}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

/**
 * A cell as a message names it: its text in quotes, cut to a short excerpt (only the start of a
 * long cell is looked at; `max` characters, 30 for a cell's message), a date as "tanggal 2 Jan 2024", a checkbox as "kotak centang".
 */
export function quote(v: unknown, max = 30): string {
  if (typeof v === "boolean") return "kotak centang";
  const s = cellText(v).slice(0, 200).replace(/\s+/g, " ").trim();
  return isDate(v) ? `tanggal ${s}`.trim() : `"${s.length > max ? `${s.slice(0, max - 1)}…` : s}"`;
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";

/**
 * A cell as the grid shows it, for a message: a number in id-ID (107,954545454545), a date as
 * "2 Jan 2024", text as typed.
 */
export function cellText(v: unknown): string {
  if (typeof v === "number") return idNumber(v, 12);
  if (!isDate(v)) return String(v);
  // A date cell arrives as midnight in the spreadsheet's time zone (UTC−12 … UTC+12): its
  // calendar day is the UTC day twelve hours later.
  const d = new Date(v.getTime() + 12 * 3_600_000);
  return Number.isNaN(d.getTime())
    ? ""
    : `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * What kind of failure a person met, beside its sentence: the closed list every endpoint and CLI
 * command reports (the panel reacts by it, the CLI turns it into its exit status).
 * - masukan: what was typed or chosen is not valid (the `field` names the argument when known);
 * - tidak-ditemukan: a tab or file named does not exist (any more);
 * - terkunci: another process holds the document or the file: try again shortly;
 * - dilindungi: a protection the user does not edit blocks the change;
 * - tab-bukan-milik-add-on: a tab of the name the add-on writes was made by a person;
 * - belum-siap: an earlier step is missing (no evaluation tab yet, TW not sent, data changed);
 * - internal: anything unexpected (a bug, or Sheets failing).
 */
export const FAILURE_CODES = [
  "masukan",
  "tidak-ditemukan",
  "terkunci",
  "dilindungi",
  "tab-bukan-milik-add-on",
  "belum-siap",
  "internal",
] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

/** An error whose message is one Indonesian sentence for the user, shown as it is. */
export class UserError extends Error {
  override name = "UserError";
  constructor(
    message: string,
    /** Never "internal": that is what an error that is no UserError reports. */
    readonly code: Exclude<FailureCode, "internal"> = "masukan",
    /** The argument the sentence is about (a field of the panel), for "masukan". */
    readonly field?: string,
  ) {
    super(message);
  }
}

/** A tab the action names is not in the spreadsheet (renamed or deleted meanwhile). */
export const tabNotFound = (tab: string): UserError =>
  new UserError(`Tab "${tab}" tidak ditemukan.`, "tidak-ditemukan");

/** A tab of the name the add-on writes that a person made: never overwritten. */
export const notOurTab = (tab: string): UserError =>
  new UserError(
    `Tab '${tab}' sudah ada tetapi bukan buatan add-on SAKIP: ganti nama tab itu dulu agar isinya tidak tertimpa.`,
    "tab-bukan-milik-add-on",
  );
