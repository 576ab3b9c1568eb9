/**
 * The formulas of the evaluation tab ("Evaluasi TW II 2024") as text: live references into the
 * bidang tabs, sums by sifat, and the one-formula-per-column CAPAIAN / KRITERIA / EFISIENSI.
 * Every engine the tab meets reads them: Sheets, HyperFormula (the emulator), Excel, LibreOffice.
 */
import { parsePolaritas, polaritasWords } from "./capaian";
import { NO_TARGET_WORDS, SCALE_BLOCK, SCALE_TEXT, scalePower, ZERO_WORD } from "./numbers";
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
 * nothing are empty too): what is left after taking out the dashes and spaces is "", or the words
 * of ../numbers.ts NO_TARGET_WORDS ("=" ignores case). A number is never nothing ("-3" keeps its 3).
 */
function isBlank(x: string): string {
  return `OR(TRIM(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${x},"-",""),"–",""),"—",""))="",TRIM(${x})="tidak ditargetkan",TRIM(${x})="tidak ada target")`;
}

/**
 * Each number the evaluation tab reads from a plan cell is read once, in two hidden cells of its row:
 * the cell's first word (`firstWord`, "1" of "1 UPT") and its number (`readNumber`), which the
 * visible columns refer to, so each visible formula stays short enough to read.
 */
export function firstWord(x: string): string {
  // A "%" right after the number ("61,68%") is dropped: the number stays in points, as CAPAIAN reads it.
  const spaced = `SUBSTITUTE(${x}&" ","% "," ",1)`;
  return `LEFT(${spaced},FIND(" ",${spaced})-1)`;
}

/**
 * `firstWord` of a plan cell that held text or nothing when the tab was built (trial 6 #2: text
 * money): a currency word or a mark before the number is skipped ("Rp 1.450.000.000,00", "Rp.
 * 5.000", ". 6.535.000" give their numbers' words; ".5" stays 0,5), and spaces are trimmed, as CAPAIAN and Periksa
 * read them. "Rp" is compared case-insensitively, as "=" compares text. The first word is the text
 * before the first space (the space widened to 99 and cut: the text is referred to once). A cell
 * holding a number keeps the shorter `firstWord`, so ordinary rows' formulas do not grow.
 */
export function moneyWord(x: string): string {
  const mark = `IF(LEFT(${x},2)="Rp",2+(MID(${x},3,1)="."),2*(LEFT(${x},2)=". "))`;
  const text = `TRIM(REPLACE(${x},1,${mark},""))`;
  return `TRIM(LEFT(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${text}&" ","% "," ",1),",- "," ",1)," ",REPT(" ",99),1),99))`;
}

/** What `moneyWord` takes from a text: its first word after a leading "Rp", "Rp." or ". " (".5" is 0,5). */
function moneyWordOf(v: string): string {
  const skip = v.slice(0, 2).toLowerCase() === "rp" ? (v[2] === "." ? 3 : 2) : v.startsWith(". ") ? 2 : 0;
  // Sheets' TRIM: no spaces at either end, one between words.
  const text = v.slice(skip).replace(/ +/g, " ").replace(/^ | $/g, "");
  return `${text} `.replace("% ", " ").replace(",- ", " ").split(" ")[0].slice(0, 99);
}

/**
 * The number of a cell `x` as people type it (DOMAIN.md), its first word in cell `w`, in functions
 * Sheets, Excel, LibreOffice and HyperFormula all have, whatever the spreadsheet's locale: "" where it
 * holds nothing; a number as it is; text read as its first word, a unit after a space ("1 UPT",
 * "63,57 %", "61,68%", "1.234,5 ha"): dots group thousands (three digits after each), one comma is
 * the decimal mark, more commas group thousands ("89,335,000"), one dot alone not followed by three
 * digits is a decimal point ("4.05"), as CAPAIAN and Periksa read them. The digits alone are turned
 * into a number (no locale reads them differently; "e0" after them so "3-4" is never a date) and
 * divided by 10^decimals. Text that is no such number ("Rp 5.000", "1.23.456") stays as typed: a
 * sum says so and Periksa names the cell. `sheetValue` is the same in TypeScript.
 */
export function readNumber(x: string, w: string, percent?: number, money = false): string {
  const dot = `FIND(".",${w}&".")`;
  // One dot and no comma, not three characters after it ("4.05", "4.40", ".5") or after a lone 0
  // ("0.950"): a decimal point, as CAPAIAN reads it ("6.535" groups thousands). Else the decimals
  // after one comma, and after the first dot three characters, then the end, a dot or a comma:
  // "1.23.456" is no number (FIND fails: the text stays as typed). (".000|" after the word: a word
  // without a dot has one; one ending three after its dot is followed by a dot.)
  const decimals = `IF(AND(ISERROR(FIND(",",${w})),LEN(${w})-LEN(SUBSTITUTE(${w},".",""))=1,OR(LEN(${w})-${dot}<>3,${dot}-(LEFT(${w})="0")<2)),LEN(${w})-${dot},IF(LEN(${w})-LEN(SUBSTITUTE(${w},",",""))=1,LEN(${w})-FIND(",",${w}),0)+0*FIND(MID(${w}&".000|",${dot}+4,1),"|.,"))`;
  // A percent-formatted cell (../persen.ts) is read in points while it holds the fraction it was read
  // from ("61,68%" is 0,6168): a number typed over it since (61,68 without %) is taken as it is.
  // Text that is nothing (`isBlank`) has no number: its word is "", "-" or a dash.
  // "nihil" / "nol" alone is 0 ("=" compares text case-insensitively in every engine), as ZERO_WORD.
  return `IF(ISNUMBER(${x}),${percent === undefined ? x : `IF(${x}=${percent},100*${x},${x})`},IFERROR(--(SUBSTITUTE(SUBSTITUTE(${w},".",""),",","")&"e0")/10^${decimals}${money ? `*${scaleOf(x, w)}` : ""},IF(${isBlank(x)},"",IF(OR(TRIM(${x})="nihil",TRIM(${x})="nol"),0,${x}))))`;
}

/**
 * The figure fields in rupiah (pagu, RAK per TW or month, realisasi anggaran per TW): a scale word
 * after them counts.
 */
export const MONEY_FIELD = /^(?:pagu|rak|realisasiAnggaranTw)/;

/**
 * The multiplier of a rupiah figure typed as text (trial 7 #3: "18,2 jt" is 18.200.000, not 18,2):
 * the words after the cell's first word `w` name a power of a thousand (../numbers.ts `SCALE_TEXT`,
 * a word of two letters or more in any case, as Periksa reads it); any other
 * word is FIND's error, so `readNumber` leaves the text as typed and every sum says so, never a
 * figure that looks computed. Only on money cells that held text or nothing when the tab was built.
 */
function scaleOf(x: string, w: string): string {
  // The words run from the end of `w` to the end, or to a remark in brackets after a space ("Rp
  // 250.000.000 (DAK)", ../numbers.ts REMARK), which is left out: then the cell's one pair, last,
  // with no digit in the cell but the word's; else the division by FALSE leaves the cell unread.
  const from = `(FIND(${w},${x})+LEN(${w}))`;
  const words = `TRIM(MID(${x},${from},FIND(" (",${x}&" (",${from})-${from}))`;
  const digits = (t: string) =>
    `LEN(${t})-LEN(${[..."0123456789"].reduce((u, d) => `SUBSTITUTE(${u},${d},"")`, t)})`;
  const brackets = `LEN(${x})-LEN(SUBSTITUTE(SUBSTITUTE(${x},"(",""),")",""))`;
  return `10^(3*INT(FIND("|"&IF(LEN(${words})>1,LOWER(${words}),${words})&"|","${SCALE_TEXT}")/${SCALE_BLOCK}))/AND(${brackets}=2*(RIGHT(TRIM(${x}))=")"),${digits(x)}=${digits(w)})`;
}

/** `scaleOf` in TypeScript: the multiplier of the words after `word` in `v`, null for other words. */
function scaleAfter(v: string, word: string): number | null {
  const at = v.indexOf(word) + word.length;
  const cut = v.indexOf(" (", at);
  const words = v
    .slice(at, cut < 0 ? undefined : cut)
    .replace(/ +/g, " ")
    .replace(/^ | $/g, "");
  const count = (t: string, of: RegExp) => t.length - t.replace(of, "").length;
  const power =
    count(v, /[()]/g) === 2 * +/\) *$/.test(v) && count(v, /\d/g) === count(word, /\d/g)
      ? scalePower(words)
      : -1;
  return power < 0 ? null : 1000 ** power;
}

/** Dashes and spaces only: typed for nothing (as `isBlank`). */
const NOTHING = /^[\s\-–—]*$/;

/** A cell that holds nothing, as `readNumber` decides it. */
export function blankValue(v: unknown): boolean {
  return (
    v === "" ||
    v === null ||
    v === undefined ||
    (typeof v === "string" && (NOTHING.test(v) || NO_TARGET_WORDS.test(v)))
  );
}

/**
 * The number `readNumber` reads from a cell: the number; "" for nothing; null for text it cannot
 * read (the formula's error). `money`: a rupiah field (`MONEY_FIELD`), whose text's words after the
 * number scale it ("18,2 jt") or make it unreadable.
 */
export function sheetNumber(v: unknown, money = false): number | "" | null {
  if (blankValue(v)) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  if (ZERO_WORD.test(v)) return 0;
  // Text is read as the tab reads a cell that held text when it was built (`moneyWord`).
  const n = moneyWordOf(v);
  const dot = n.indexOf(".");
  const commas = n.split(",").length - 1;
  const decimalDot =
    commas === 0 &&
    n.split(".").length === 2 &&
    (n.length - 1 - dot !== 3 || dot - (n[0] === "0" ? 1 : 0) < 1);
  // Else three characters after the first dot, then the end ("|"), a dot or a comma.
  if (!decimalDot && dot >= 0 && !["|", ".", ","].includes(`${n}|`[dot + 4])) return null;
  const digits = n.replace(/[.,]/g, "");
  if (!/^[+-]?\d+$/.test(digits)) return null;
  const mark = commas === 1 ? n.indexOf(",") : decimalDot ? dot : -1;
  const decimals = mark < 0 ? 0 : n.length - 1 - mark;
  const scale = money ? scaleAfter(v, n) : 1;
  return scale === null ? null : (Number(digits) / 10 ** decimals) * scale + 0;
}

/** `readNumber` of a cell in TypeScript: its number, "" for nothing, else what it holds. */
export function sheetValue<T>(v: T, money = false): T | number | "" {
  const n = sheetNumber(v, money);
  return n === null ? v : n;
}

export const TEXT_IN_SUM = "Ada angka tersimpan sebagai teks";

/**
 * Sum of a row's cells `first`…`last` holding numbers as `readNumber` reads them, blank when none
 * holds anything. Text that is no number would silently drop out of a SUM, so the cell says so
 * instead (Periksa konsistensi names the cell): T() is the text of a cell holding text, else "".
 */
export function sum(cells: string[]): string {
  const range = `${cells[0]}:${cells[cells.length - 1]}`;
  return `IF(${cells.map((c) => `T(${c})`).join("&")}<>"","${TEXT_IN_SUM}",IF(COUNT(${range}),SUM(${range}),""))`;
}

/** `sum` over literal values: "" for nothing, TEXT_IN_SUM over text that is no number. */
export function sheetSum(values: readonly unknown[], money = false): number | "" | typeof TEXT_IN_SUM {
  const read = values.map((v) => sheetNumber(v, money));
  if (read.every((v) => v === "")) return "";
  if (read.some((v) => v === null)) return TEXT_IN_SUM;
  return (read as (number | "")[]).reduce<number>((a, v) => a + (v === "" ? 0 : v), 0);
}

/**
 * A row's cells (as `readNumber` reads them, TW I first) aggregated by sifat: kumulatif their sum,
 * akhir the last filled one, tetap the last.
 */
export function aggregate(sifat: Sifat, cells: string[]): string {
  if (sifat === "kumulatif") return sum(cells);
  const last = cells[cells.length - 1];
  // The latest TW is tested first: IF(TW2<>"",TW2,IF(TW1<>"",TW1,"")).
  return sifat === "akhir"
    ? cells.reduce<string>((earlier, c) => `IF(${c}<>"",${c},${earlier})`, '""')
    : last;
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

/** Polaritas words an evaluation tab's "–" test treats as negative (a target 0 is then a target). */
const NO_TARGET_NEGATIVE = ["negatif", "turun", "-"];

/**
 * The hidden "Arah polaritas" cell of a row (its Polaritas cell `p` read once, as CAPAIAN reads the
 * words): 1 positif, 0 negatif-rasio, −1 negatif as the "–" test knows it (negatif, turun, -: a
 * target 0 is a target), −2 the other negatif words (minimal, −…: computed negatif, but a target 0
 * is "–" as for a positif one, as the Sheets formula's test has it). Any other word is positif.
 */
export function arahPolaritas(p: string): string {
  // Spaces as CAPAIAN reads them: "semakin  kecil semakin baik " is its words.
  const any = (words: string[]) => `OR(${words.map((w) => `TRIM(${p})="${w}"`).join(",")})`;
  const otherNegative = [
    ...polaritasWords("negatif").filter((w) => !NO_TARGET_NEGATIVE.includes(w)),
    ...["−", "–", "—"],
  ];
  return `IF(${any(NO_TARGET_NEGATIVE)},-1,IF(${any(polaritasWords("negatif-rasio"))},0,IF(${any(otherNegative)},-2,1)))`;
}

/** True where the TW has no target (as `noTarget`), the row's polaritas read in its "Arah polaritas" cell `arah`. */
export function noTargetArah(target: string, arah: string): string {
  return `OR(${target}="",AND(${target}=0,${arah}<>-1))`;
}

/**
 * True where the TW has no target: blank, or 0 for a positive indicator (a negative one may aim at
 * 0 disputes). `how` "OR" gives a one-cell test; "+" an array test for ARRAYFORMULA.
 */
export function noTarget(target: string, polaritas: string, how: "OR" | "+"): string {
  const negative = NO_TARGET_NEGATIVE;
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
  cell: { realisasiTw: string; targetTw: string; arah: string },
): string {
  return `IF(AND(${cell.realisasiTw}="",NOT(${noTargetArah(cell.targetTw, cell.arah)})),"",${aggregated})`;
}

/** A TW's own figure from figures to date `sd` (TW I … this TW, side by side): this one less the largest before it. */
export function ownToDate(sd: string[]): string {
  const s = sd[sd.length - 1];
  return `IF(ISNUMBER(${s}),${s}-MAX(${sd[0]}:${sd[sd.length - 2]}),${s})`;
}

/**
 * A kumulatif sum to date needs every TW up to this one reported (empty is not 0): nonzero where
 * the TW of `realisasi` has a target (target TW > 0) and no realisasi.
 */
export function unreportedIn(realisasi: string, target: string): string {
  return `N(${target})*(${realisasi}="")`;
}

/** The realisasi s.d. TW of a kumulatif row: blank while any TW up to this one with a target is not reported. */
export function sumUnlessUnreported(summed: string, realisasi: string[], targets: string[]): string {
  return `IF(OR(${realisasi.map((r, i) => unreportedIn(r, targets[i])).join(",")}),"",${summed})`;
}

/**
 * The realisasi anggaran s.d. TW of a row (`summed`: the sum of `spent`, its cells TW I … this TW as
 * `readNumber` reads them): "belum diisi" while this TW's spending is not reported though cash was
 * planned for it (RAK of the TW not blank or 0; without RAK columns, spending reported in an
 * earlier TW), so a sum that stops at TW II is never shown as "s.d. TW III".
 */
export function spentSdUnlessUnreported(summed: string, spent: string[], rak: string[] | null): string {
  const last = spent.length - 1;
  const plan = rak?.[last];
  const planned = plan ? `${plan}<>"",${plan}<>0` : `${spent.join("&")}<>""`;
  return `IF(AND(${spent[last]}="",${planned}),"${BELUM_DIISI}",${summed})`;
}

/** `spentSdUnlessUnreported` over literal values (`rak` null without RAK columns). */
export function unspent(spent: readonly unknown[], rak: readonly unknown[] | null): boolean {
  const last = spent.length - 1;
  if (!blankValue(spent[last])) return false;
  if (!rak) return spent.some((v) => !blankValue(v));
  const plan = rak[last];
  return !(blankValue(plan) || plan === 0);
}

/** A TW with a target (as `noTarget` of its number) whose realisasi is blank: not reported. */
export function unreported(realisasiTw: unknown, targetTw: unknown, polaritas: unknown): boolean {
  const blank = blankValue(realisasiTw);
  const negative = NO_TARGET_NEGATIVE.includes(String(polaritas));
  const t = sheetValue(targetTw);
  return blank && !(t === "" || (t === 0 && !negative));
}

/**
 * The TW (1-based) whose realisasi is not reported though it has a target, 0 when none, as the
 * tab's realisasi s.d. TW and Keterangan decide it: `tw` itself, and for a kumulatif sum (any of TW
 * I … `tw` with a target TW > 0, sumUnlessUnreported) the first earlier one when `tw` is reported;
 * akhir takes the last value reported, tetap the TW's own: an earlier blank does not change them.
 */
export function unreportedTw(
  sifat: Sifat,
  realisasiTw: readonly unknown[],
  targetTw: readonly unknown[],
  polaritas: unknown,
  tw: number,
): number {
  if (sifat !== "kumulatif") return unreported(realisasiTw[tw - 1], targetTw[tw - 1], polaritas) ? tw : 0;
  const missing = (t: number) =>
    blankValue(realisasiTw[t]) && ![0, "", null].includes(sheetNumber(targetTw[t]));
  if (missing(tw - 1)) return tw;
  for (let t = 0; t < tw; t++) if (missing(t)) return t + 1;
  return 0;
}

/**
 * Shown as the capaian against the annual target of a negative kumulatif indicator before TW IV
 * (trial 6 #12): its cases so far are part of a year, and a part of a year's sum under the year's
 * ceiling (24 of 50) is no achievement — the negative formula made it 152 %. It is rated at TW IV.
 */
export const PART_YEAR = "dinilai di akhir tahun";

/** Lower is better: a polaritas negatif or negatif-rasio (an "Arah polaritas" below 1). */
export const lowerIsBetter = (p: unknown): boolean =>
  ["negatif", "negatif-rasio"].includes(parsePolaritas(p as never) ?? "");

/**
 * `capaian` (a capaian against the annual target, no "=") unless the row is kumulatif (its "Sifat
 * target" cell `sifat` starts so, "(tebakan)" or not) and lower is better (its "Arah polaritas" `arah`
 * below 1: negatif or negatif-rasio): then `PART_YEAR`, or `BELUM_DIISI` while its "Realisasi s.d.
 * TW" `realisasiSd` is empty (not reported). Written only for TW I–III.
 */
export function partYear(capaian: string, sifat: string, arah: string, realisasiSd: string): string {
  return `IF((LEFT(${sifat},9)="kumulatif")*(${arah}<1),IF(${realisasiSd}="","${BELUM_DIISI}","${PART_YEAR}"),${capaian})`;
}

/** A capaian thd target tahunan as written before it said `BELUM_DIISI` (tabs made until then are the add-on's too). */
export const beforeBelumDiisi = (f: string): string =>
  f.replace(/IF\([^,()]+="","belum diisi",(".+?")\)/, "$1");

/**
 * The spilling formulas of the first indicator row; `r(id)` is the column's range of indicator rows.
 * `beforeTwIv`: the capaian against the annual target says `PART_YEAR` on a negative kumulatif row.
 */
export function spillFormulas(
  r: (id: string) => string,
  skalaArg: string,
  beforeTwIv = false,
): Record<string, string> {
  // A quarter without a target reads "–", not an error (the annual capaian is still computed).
  const perTw = (target: string, realisasi: string) =>
    `=ARRAYFORMULA(IF((${r("indikator")}<>"")*(${noTarget(r(target), r("polaritas"), "+")}),"${NO_TARGET}",CAPAIAN(${r(target)},${r(realisasi)},${r("polaritas")})))`;
  const kriteria = `KRITERIA(${r("capaianSd")},${skalaArg})`;
  return {
    capaianTw: perTw("targetTw", "realisasiTw"),
    capaianSd: perTw("targetSd", "realisasiSd"),
    capaianTahunan: beforeTwIv
      ? `=ARRAYFORMULA(${partYear(`CAPAIAN(${r("targetTahunan")},${r("realisasiSd")},${r("polaritas")})`, r("sifat"), r("arah"), r("realisasiSd"))})`
      : `=CAPAIAN(${r("targetTahunan")},${r("realisasiSd")},${r("polaritas")})`,
    kriteria: `=ARRAYFORMULA(IF(${r("capaianSd")}="${NO_TARGET}","${NO_TARGET}",IF((${r("indikator")}<>"")*(${r("realisasiSd")}=""),"${BELUM_DIISI}",${kriteria})))`,
    // Quarterly efficiency: output against target s.d. TW, spending against the cash plan (RAK) s.d. TW.
    // Spending not reported for the TW ("belum diisi") is not rated as efficient; a row with spending
    // and a capaian of 100 or more but no RAK (the bidang tab has no RAK columns, or they are blank)
    // says so, not EFISIENSI's "Pagu kosong" (the RAK stands in its pagu argument).
    efisiensi: efisiensiSpill(
      r,
      `IF(IFERROR((${r("rakSd")}="")*ISNUMBER(${r("realisasiAnggaranSd")})*ISNUMBER(${r("capaianSd")})*(${r("capaianSd")}>=100),0),"${NO_RAK}",`,
    ),
  };
}

/** Said in the efisiensi column of a row with spending but no RAK s.d. TW. */
export const NO_RAK = "RAK kosong di tab bidang: efisiensi tidak dihitung.";

/**
 * The efisiensi spill; `noRak` "" gives the form before the RAK test (tabs made until then, which the
 * review record still knows as the add-on's efisiensi).
 */
export function efisiensiSpill(r: (id: string) => string, noRak = ""): string {
  return `=ARRAYFORMULA(IF(${r("realisasiAnggaranSd")}="${BELUM_DIISI}","${BELUM_DIISI}",${noRak}EFISIENSI(${r("capaianSd")},${r("rakSd")},${r("realisasiAnggaranSd")})${noRak && ")"}))`;
}
