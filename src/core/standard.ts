/**
 * The evaluation tab's capaian, kriteria and efisiensi in formulas every spreadsheet has (IF, AND,
 * OR, COUNT, IFERROR), row by row, for a file opened in Excel or LibreOffice (`sakip triwulan`, the
 * default --rumus excel, and "Simpan .xlsx" of the local run). In Google Sheets the add-on writes one
 * CAPAIAN / KRITERIA / EFISIENSI per column; the review record knows these formulas as the add-on's
 * own (computed-cells.ts), in their current form and the one before (./standard-earlier.ts).
 */
import { BELUM_DIISI, evaluasiColumn, NO_TARGET } from "./evaluasi";
import { noTargetArah, partYear } from "./evaluasi-formulas";
import type { Scale } from "./kriteria";

/** What a standard capaian says where target or realisasi is no number (a qualitative row: standard-kualitatif.ts). */
export const NOT_A_NUMBER = `"Bukan angka: pakai add-on"`;

/**
 * CAPAIAN of one row in functions every spreadsheet has (IF, AND, COUNT, IFERROR), for a file opened
 * in Excel or LibreOffice, its polaritas read once in the row's "Arah polaritas" cell `a`
 * (`arahPolaritas`: 1 positif, < 0 negatif, 0 negatif-rasio): realisasi / target, (2 × target −
 * realisasi) / target, target / realisasi, × 100. Numbers only: a range or qualitative target says to
 * use the add-on; a division by 0 says so, except a negatif indicator's 0 of 0 (100).
 */
function capaianStandard(t: string, r: string, a: string): string {
  return `IF(${r}="","",IF(COUNT(${t},${r})<2,${NOT_A_NUMBER},IFERROR(IF(${a},IF(${a}>0,${r},2*${t}-${r})/${t},${t}/${r})*100,IF(AND(${a}<0,${r}=0),100,"Dibagi 0"))))`;
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

/** How the form before the "Arah polaritas" cell writes a capaian and its "–" test (./standard-earlier.ts). */
export interface EarlierForm {
  capaian(t: string, r: string, p: string): string;
  none(target: string, p: string): string;
}

/**
 * The spill formulas' logic for one row, in standard functions (`earlier`: as written before the
 * "Arah polaritas" cell, to save a tab made then).
 */
export function formulasOf(
  row: number,
  scale: Scale,
  earlier?: EarlierForm,
  beforeTwIv = false,
): Record<string, string> {
  const at = (id: string) => `${evaluasiColumn(id)}${row}`;
  const [p, a] = [at("polaritas"), at("arah")];
  const none = (target: string) => (earlier ? earlier.none(target, p) : noTargetArah(target, a));
  const capaian = (t: string, r: string) => (earlier ? earlier.capaian(t, r, p) : capaianStandard(t, r, a));
  const perTw = (target: string, realisasi: string) =>
    `=IF(${at("indikator")}="","",IF(${none(at(target))},"${NO_TARGET}",${capaian(at(target), at(realisasi))}))`;
  const c = at("capaianSd");
  const s = at("serapanRak");
  return {
    capaianTw: perTw("targetTw", "realisasiTw"),
    capaianSd: perTw("targetSd", "realisasiSd"),
    // Before TW IV a negative kumulatif row's sum of part of the year is not rated against the year's ceiling.
    capaianTahunan: `=IF(${at("indikator")}="","",${
      beforeTwIv
        ? partYear(capaian(at("targetTahunan"), at("realisasiSd")), at("sifat"), a, at("realisasiSd"))
        : capaian(at("targetTahunan"), at("realisasiSd"))
    })`,
    kriteria: `=${kriteriaStandard(c, scale, at("indikator"), at("realisasiSd"))}`,
    // LKjIP: only when capaian ≥ 100, min(capaian, 100) − serapan (here thd RAK s.d. TW, as printed).
    // Spending not reported for the TW: "belum diisi", as its serapan.
    efisiensi: `=IF(${s}="${BELUM_DIISI}","${BELUM_DIISI}",IF(NOT(ISNUMBER(${c})),"",IF(${c}<100,"",IF(ISNUMBER(${s}),MIN(${c},100)-${s},""))))`,
  };
}

/** The spill formulas' logic for one row in the current form (`formulasOf`). */
export const standardFormulas = (
  row: number,
  scale: Scale,
  _qualitative?: unknown,
  beforeTwIv = false,
): Record<string, string> => formulasOf(row, scale, undefined, beforeTwIv);
