/**
 * The evaluation tab's capaian, kriteria and efisiensi in formulas every spreadsheet has (IF, AND,
 * OR, ISNUMBER), row by row, for a file opened in Excel or LibreOffice (`sakip triwulan`, the
 * default --rumus excel). Only the CLI imports this module: in Google Sheets the add-on writes one
 * CAPAIAN / KRITERIA / EFISIENSI per column, so the Apps Script bundle does not carry it.
 */
import { BELUM_DIISI, evaluasiColumn, NO_TARGET, noTarget, type RowFormulas } from "./evaluasi";
import type { Scale } from "./kriteria";

/** Polaritas words as the sheet holds them (Sheets and LibreOffice compare text case-insensitively). */
const isNegative = (p: string) => `OR(${p}="negatif",${p}="turun",${p}="-",${p}="−")`;
const isRatio = (p: string) => `OR(${p}="negatif-rasio",${p}="rasio")`;

/**
 * CAPAIAN of one row in functions every spreadsheet has (IF, AND, OR, ISNUMBER), for a file opened
 * in Excel or LibreOffice: numbers only; a range or qualitative target says to use the add-on.
 */
function capaianStandard(t: string, r: string, p: string): string {
  const positive = `IF(${t}=0,"Target 0: capaian tidak dapat dihitung.",${r}/${t}*100)`;
  const negative = `IF(AND(${t}=0,${r}=0),100,IF(${t}=0,"Target 0: capaian tidak dapat dihitung.",(2*${t}-${r})/${t}*100))`;
  const ratio = `IF(${r}=0,"Realisasi 0: capaian negatif-rasio tidak dapat dihitung.",${t}/${r}*100)`;
  return (
    `IF(${r}="","",IF(NOT(ISNUMBER(${t})),"Target bukan angka: hitung dengan add-on SAKIP di Google Sheets.",` +
    `IF(NOT(ISNUMBER(${r})),"Realisasi bukan angka.",IF(${isNegative(p)},${negative},IF(${isRatio(p)},${ratio},${positive})))))`
  );
}

/**
 * KRITERIA of one capaian as nested IFs over the scale's bands (highest first); a row whose
 * realisasi s.d. TW is blank (`rs`: not reported yet) reads "belum diisi", as in Sheets.
 */
function kriteriaStandard(c: string, scale: Scale, indikator: string, rs: string): string {
  const bands = scale.bands;
  const inner = bands
    .slice(0, -1)
    .reduceRight<string>(
      (rest, b) => `IF(${c}${b.strict ? ">" : ">="}${b.min},"${b.label}",${rest})`,
      `"${bands[bands.length - 1].label}"`,
    );
  return `IF(${c}="${NO_TARGET}","${NO_TARGET}",IF(AND(${indikator}<>"",${rs}=""),"${BELUM_DIISI}",IF(NOT(ISNUMBER(${c})),"",${inner})))`;
}

/** The spill formulas' logic for one row, in standard functions. */
export const standardFormulas: RowFormulas = (row, scale) => {
  const at = (id: string) => `${evaluasiColumn(id)}${row}`;
  const p = at("polaritas");
  const perTw = (target: string, realisasi: string) =>
    `=IF(${at("indikator")}="","",IF(${noTarget(at(target), p, "OR")},"${NO_TARGET}",${capaianStandard(at(target), at(realisasi), p)}))`;
  const c = at("capaianSd");
  const s = at("serapanRak");
  return {
    capaianTw: perTw("targetTw", "realisasiTw"),
    capaianSd: perTw("targetSd", "realisasiSd"),
    capaianTahunan: `=IF(${at("indikator")}="","",${capaianStandard(at("targetTahunan"), at("realisasiSd"), p)})`,
    kriteria: `=${kriteriaStandard(c, scale, at("indikator"), at("realisasiSd"))}`,
    // LKjIP: only when capaian ≥ 100, min(capaian, 100) − serapan (here thd RAK s.d. TW, as printed).
    // Spending not reported for the TW: "belum diisi", as its serapan.
    efisiensi: `=IF(${s}="${BELUM_DIISI}","${BELUM_DIISI}",IF(NOT(ISNUMBER(${c})),"",IF(${c}<100,"",IF(ISNUMBER(${s}),MIN(${c},100)-${s},""))))`,
  };
};
