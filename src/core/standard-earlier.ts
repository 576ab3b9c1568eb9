/**
 * The standard capaian formulas as the add-on wrote them before the "Arah polaritas" cell (its
 * polaritas words in every formula, ~500 characters): "Simpan .xlsx" writes them into a tab made
 * then. The review record knows them by their hash (computed-cells.ts, EARLIER_CAPAIAN), so the Apps
 * Script bundle does not carry their text.
 */
import { noTarget } from "./evaluasi-formulas";
import type { Scale } from "./kriteria";
import { type EarlierForm, formulasOf } from "./standard";

/** Polaritas words as the sheet holds them (Sheets and LibreOffice compare text case-insensitively). */
const isNegative = (p: string) => `OR(${p}="negatif",${p}="turun",${p}="-",${p}="−")`;
const isRatio = (p: string) => `OR(${p}="negatif-rasio",${p}="rasio")`;

/**
 * CAPAIAN of one row as the add-on wrote it before the "Arah polaritas" cell (its polaritas words in
 * every formula, ~500 characters): kept to recognise the formulas of a file saved then.
 */
function earlierCapaian(t: string, r: string, p: string): string {
  const zero = `IF(${t}=0,"Target 0: capaian tidak dapat dihitung.",`;
  const positive = `${zero}${r}/${t}*100)`;
  const negative = `IF(AND(${t}=0,${r}=0),100,${zero}(2*${t}-${r})/${t}*100))`;
  const ratio = `IF(${r}=0,"Realisasi 0: capaian negatif-rasio tidak dapat dihitung.",${t}/${r}*100)`;
  return (
    `IF(${r}="","",IF(NOT(ISNUMBER(${t})),"Target bukan angka: hitung dengan add-on SAKIP di Google Sheets.",` +
    `IF(NOT(ISNUMBER(${r})),"Realisasi bukan angka.",IF(${isNegative(p)},${negative},IF(${isRatio(p)},${ratio},${positive})))))`
  );
}

const EARLIER: EarlierForm = { capaian: earlierCapaian, none: (target, p) => noTarget(target, p, "OR") };

/** `standardFormulas` of a row in the form before the "Arah polaritas" cell. */
export const earlierFormulas = (row: number, scale: Scale): Record<string, string> =>
  formulasOf(row, scale, EARLIER);
