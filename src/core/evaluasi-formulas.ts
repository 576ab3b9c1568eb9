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

export const TEXT_IN_SUM = "Ada angka tersimpan sebagai teks";

/**
 * Sum of the cells, blank when none is filled. SUM skips text, so a "5.500.000" typed as text
 * would silently drop out of the total: the cell says so instead (Periksa konsistensi names it).
 */
export function sum(refs: string[]): string {
  const r = refs.join(",");
  return `IF(COUNTA(${r})=0,"",IF(COUNT(${r})<COUNTA(${r}),"${TEXT_IN_SUM}",SUM(${r})))`;
}

/** The last filled of the cells (akhir): nested IFs, which every formula engine reads. */
function lastFilled(refs: string[]): string {
  // The latest TW is tested first: IF(TW2<>"",TW2,IF(TW1<>"",TW1,"")).
  return refs.reduce<string>((earlier, r) => `IF(${r}<>"",${r},${earlier})`, '""');
}

export function aggregate(sifat: Sifat, refs: string[]): string {
  if (sifat === "kumulatif") return sum(refs);
  if (sifat === "akhir") return lastFilled(refs);
  return ref(refs[refs.length - 1]);
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

/** The s.d. TW value of literal values as realisasiSdUnlessUnreported computes it. */
export function unreported(realisasiTw: unknown, targetTw: unknown, polaritas: unknown): boolean {
  const blank = realisasiTw === "" || realisasiTw === null || realisasiTw === undefined;
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
    efisiensi: `=EFISIENSI(${r("capaianSd")},${r("rakSd")},${r("realisasiAnggaranSd")})`,
  };
}
