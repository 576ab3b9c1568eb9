/**
 * The formulas of the evaluation tab ("Evaluasi TW II 2024") as text: live references into the
 * bidang tabs, sums by sifat, and the one-formula-per-column CAPAIAN / KRITERIA / EFISIENSI.
 * Every engine the tab meets reads them: Sheets, HyperFormula (the emulator), Excel, LibreOffice.
 */
import type { Sifat } from "./plan";

/** Shown in a capaian / kriteria cell when the TW has no target (DOMAIN.md, CAPAIAN). */
export const NO_TARGET = "–";
export const NO_TARGET_NOTE = "tidak ditargetkan TW ini";
/**
 * Shown as the kriteria of a row whose realisasi of this TW is not reported yet (empty is not 0):
 * never a capaian, and counted as its own column in the Ringkasan.
 */
export const BELUM_DIISI = "belum diisi";

/** `=IF(x="","",x)`: a reference that stays blank when its source is blank (empty is not 0). */
export function ref(x: string): string {
  return `IF(${x}="","",${x})`;
}

/**
 * True where a cell holds nothing (DOMAIN.md: empty is not zero, and `-`, `--`, `–`, `—` typed for
 * nothing are empty too): what is left after taking out the dashes and spaces is "". A number is
 * never nothing ("-3" keeps its 3).
 */
export function isBlank(x: string): string {
  return `TRIM(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${x},"-",""),"–",""),"—",""))=""`;
}

/**
 * The number of a cell as people type it (DOMAIN.md), in functions Sheets, Excel, LibreOffice and
 * HyperFormula all have, whatever the spreadsheet's locale: a number as it is; text read as its
 * first word, a unit after a space ("1 UPT", "63,57 %", "1.234,5 ha"): dots group thousands (three
 * digits after each), one comma is the decimal mark, more commas group thousands ("89,335,000").
 * The digits alone are turned into a number (no locale reads them differently; "e0" after them so
 * "3-4" is never a date) and divided by 10^decimals. An error where the text is no such number
 * ("4.40", "Rp 5.000", "95%"): the tab says so and Periksa names the cell. `sheetNumber` is the
 * same in TypeScript.
 */
function textNumber(x: string): string {
  const n = `LEFT(${x}&" ",FIND(" ",${x}&" ")-1)`;
  const digits = `SUBSTITUTE(SUBSTITUTE(${n},".",""),",","")`;
  const decimals = `IF(LEN(${n})-LEN(SUBSTITUTE(${n},",",""))=1,LEN(${n})-FIND(",",${n}),0)`;
  // After the first dot three digits, then the end, a dot or a comma: "4.40" is not read as 440.
  const dot = `FIND(".",${n})`;
  const groups = `IFERROR(AND(MID(${n}&"||",${dot}+3,1)<>"|",ISNUMBER(FIND(MID(${n}&"||",${dot}+4,1),"|.,"))),TRUE)`;
  return `IF(${groups},--(${digits}&"e0")/10^${decimals},NA())`;
}

/** A cell's number (`textNumber`), or an error where it holds text that is no number. */
function numberOrError(x: string): string {
  return `IF(ISNUMBER(${x}),${x},${textNumber(x)})`;
}

/** A cell's number as `textNumber` reads it, "" where it holds nothing, else the text as typed. */
export function value(x: string): string {
  return `IF(${isBlank(x)},"",IF(ISNUMBER(${x}),${x},IFERROR(${textNumber(x)},${x})))`;
}

/** Dashes and spaces only: typed for nothing (as `isBlank`). */
const NOTHING = /^[\s\-–—]*$/;

/** A cell that holds nothing, as `isBlank` decides it. */
export function blankValue(v: unknown): boolean {
  return v === "" || v === null || v === undefined || (typeof v === "string" && NOTHING.test(v));
}

/**
 * The number `textNumber` reads from a cell: the number; "" for nothing; null for text it cannot
 * read (the formula's error).
 */
export function sheetNumber(v: unknown): number | "" | null {
  if (blankValue(v)) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  const n = v.split(" ")[0];
  const dot = n.indexOf(".");
  if (dot >= 0) {
    const s = `${n}||`;
    const [third, fourth] = [s[dot + 3] ?? "", s[dot + 4] ?? ""];
    if (third === "|" || !(fourth === "" || "|.,".includes(fourth))) return null;
  }
  const digits = n.replace(/[.,]/g, "");
  if (!/^[+-]?\d+$/.test(digits)) return null;
  const commas = n.split(",").length - 1;
  const decimals = commas === 1 ? n.length - 1 - n.indexOf(",") : 0;
  return Number(digits) / 10 ** decimals + 0;
}

/** `value` of a cell in TypeScript: its number, "" for nothing, else what it holds. */
export function sheetValue<T>(v: T): T | number | "" {
  const n = sheetNumber(v);
  return n === null ? v : n;
}

export const TEXT_IN_SUM = "Ada angka tersimpan sebagai teks";

/**
 * Sum of the cells, blank when none holds anything. Number text ("1 UPT", "89,335,000") is added as
 * its number (`textNumber`); text that is no number would silently drop out of a SUM, so the cell
 * says so instead (Periksa konsistensi names the cell).
 */
export function sum(refs: string[]): string {
  const terms = refs.map((r) => `IF(${isBlank(r)},0,${numberOrError(r)})`).join("+");
  // Nothing in any of them: their texts joined hold nothing but dashes and spaces.
  return `IF(${isBlank(refs.join("&"))},"",IFERROR(${terms},"${TEXT_IN_SUM}"))`;
}

/** The sum of `sum` over literal values: "" for nothing, TEXT_IN_SUM over text that is no number. */
export function sheetSum(values: readonly unknown[]): number | "" | typeof TEXT_IN_SUM {
  const read = values.map(sheetNumber);
  if (read.every((v) => v === "")) return "";
  if (read.some((v) => v === null)) return TEXT_IN_SUM;
  return (read as (number | "")[]).reduce<number>((a, v) => a + (v === "" ? 0 : v), 0);
}

/** The last filled of the cells (akhir): nested IFs, which every formula engine reads. */
function lastFilled(refs: string[]): string {
  // The latest TW is tested first: IF(TW2 filled,TW2,IF(TW1 filled,TW1,"")).
  return refs.reduce<string>((earlier, r) => `IF(NOT(${isBlank(r)}),${value(r)},${earlier})`, '""');
}

export function aggregate(sifat: Sifat, refs: string[]): string {
  if (sifat === "kumulatif") return sum(refs);
  if (sifat === "akhir") return lastFilled(refs);
  return value(refs[refs.length - 1]);
}

/**
 * `aggregate` over literal values as a report prints them: the sum of `sheetSum` (kumulatif), else
 * the cell as typed ("20,50" keeps its decimals, "1 UPT" its unit; CAPAIAN reads both as the tab's
 * formula does), "" for nothing.
 */
export function aggregateTyped<T>(sifat: Sifat, values: readonly T[]): T | number | "" | typeof TEXT_IN_SUM {
  if (sifat === "kumulatif") return sheetSum(values);
  for (let i = values.length - 1; i >= 0; i--) {
    if (!blankValue(values[i])) return values[i];
    if (sifat === "tetap") break;
  }
  return "";
}

/** `aggregate` over literal values, as the formula computes them: `aggregateTyped`, read as numbers. */
export function aggregateSheet<T>(sifat: Sifat, values: readonly T[]): T | number | "" | typeof TEXT_IN_SUM {
  return sheetValue(aggregateTyped(sifat, values));
}

/**
 * True where the TW has no target: blank, or 0 for a positive indicator (a negative one may aim at
 * 0 disputes). `how` "OR" gives a one-cell test; "+" an array test for ARRAYFORMULA.
 */
export function noTarget(target: string, polaritas: string, how: "OR" | "+"): string {
  const negative = ["negatif", "turun", "-"];
  if (how === "OR")
    return `OR(${target}="",AND(${target}=0,${negative.map((w) => `${polaritas}<>"${w}"`).join(",")}))`;
  return `(${target}="")+(${target}=0)${negative.map((w) => `*(${polaritas}<>"${w}")`).join("")}`;
}

/**
 * The realisasi s.d. TW of a row (its cells in this tab): blank while the TW's own realisasi is not
 * reported though the TW has a target, so TW I and II alone are never rated as "s.d. TW III".
 */
export function realisasiSdUnlessUnreported(
  aggregated: string,
  cell: { realisasiTw: string; targetTw: string; polaritas: string },
): string {
  return `IF(AND(${cell.realisasiTw}="",NOT(${noTarget(cell.targetTw, cell.polaritas, "OR")})),"",${aggregated})`;
}

/**
 * The realisasi anggaran s.d. TW of a row (`summed`: the sum of `spent`, its cells TW I … this TW):
 * "belum diisi" while this TW's spending is not reported though cash was planned for it (RAK of
 * the TW not blank or 0; without RAK columns, spending reported in an earlier TW), so a sum that
 * stops at TW II is never shown as "s.d. TW III".
 */
export function spentSdUnlessUnreported(summed: string, spent: string[], rak: (string | null)[]): string {
  const last = spent.length - 1;
  const plan = rak[last];
  const planned = plan ? `NOT(OR(${isBlank(plan)},${plan}=0))` : `NOT(AND(${spent.map(isBlank).join(",")}))`;
  return `IF(AND(${isBlank(spent[last])},${planned}),"${BELUM_DIISI}",${summed})`;
}

/** `spentSdUnlessUnreported` over literal values (`rak` null without RAK columns). */
export function unspent(spent: readonly unknown[], rak: readonly unknown[] | null): boolean {
  const last = spent.length - 1;
  if (!blankValue(spent[last])) return false;
  if (!rak) return spent.some((v) => !blankValue(v));
  const plan = rak[last];
  return !(blankValue(plan) || plan === 0);
}

/** The s.d. TW value of literal values as realisasiSdUnlessUnreported computes it. */
export function unreported(realisasiTw: unknown, targetTw: unknown, polaritas: unknown): boolean {
  const blank = blankValue(realisasiTw);
  const negative = ["negatif", "turun", "-"].includes(String(polaritas));
  const untargeted =
    targetTw === "" || targetTw === null || targetTw === undefined || (targetTw === 0 && !negative);
  return blank && !untargeted;
}

/** The spilling formulas of the first indicator row; `r(id)` is the column's range of indicator rows. */
export function spillFormulas(r: (id: string) => string, skalaArg: string): Record<string, string> {
  // A quarter without a target reads "–", not an error (the annual capaian is still computed).
  const perTw = (target: string, realisasi: string) =>
    `=ARRAYFORMULA(IF((${r("indikator")}<>"")*(${noTarget(r(target), r("polaritas"), "+")}),"${NO_TARGET}",CAPAIAN(${r(target)},${r(realisasi)},${r("polaritas")})))`;
  const kriteria = `KRITERIA(${r("capaianSd")},${skalaArg})`;
  return {
    capaianTw: perTw("targetTw", "realisasiTw"),
    capaianSd: perTw("targetSd", "realisasiSd"),
    capaianTahunan: `=CAPAIAN(${r("targetTahunan")},${r("realisasiSd")},${r("polaritas")})`,
    kriteria: `=ARRAYFORMULA(IF(${r("capaianSd")}="${NO_TARGET}","${NO_TARGET}",IF((${r("indikator")}<>"")*(${r("realisasiSd")}=""),"${BELUM_DIISI}",${kriteria})))`,
    // Quarterly efficiency: output against target s.d. TW, spending against the cash plan (RAK) s.d. TW.
    // Spending not reported for the TW ("belum diisi") is not rated as efficient.
    efisiensi: `=ARRAYFORMULA(IF(${r("realisasiAnggaranSd")}="${BELUM_DIISI}","${BELUM_DIISI}",EFISIENSI(${r("capaianSd")},${r("rakSd")},${r("realisasiAnggaranSd")})))`,
  };
}
