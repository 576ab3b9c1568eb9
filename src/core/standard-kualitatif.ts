/**
 * A row with a qualitative target ("Zona Hijau", "WTP") in the standard formulas of a file for Excel
 * or LibreOffice (`sakip triwulan`, issue 18): the scale value of each target and realisasi its
 * capaian compares, in the row's hidden "Skala …" cells, and the capaian as CAPAIAN computes it, the
 * realisasi's score over the target's on one scale. Only the CLI writes these formulas (a Sheets tab
 * computes with CAPAIAN): this module stays out of the Apps Script bundle.
 */
import { QUALITATIVE } from "./capaian";
import { evaluasiColumn, type RowFormulas } from "./evaluasi";
import { NOT_A_NUMBER, standardFormulas } from "./standard";

/**
 * The qualitative scale value of a cell `x` ("Zona Hijau", "WTP", "Zona Hijau Terbaik 2") as CAPAIAN
 * reads it, in functions every engine has: its code, 10 × (table + 1) + score (zona Hijau 23), or ""
 * where it names none, or words of two values ("Hijau menuju Kuning"). The words are CAPAIAN's own
 * tables: a word of two letters or more found among the cell's words (a comma or a dot read as a
 * space), or the whole cell one letter of the predikat (A … D). Text of more than 40 characters, or
 * starting with a digit, is no scale value, as for CAPAIAN. One SEARCH per word (HyperFormula does
 * not search for an array of words); each value's found words add up to its bit, one bit is one value.
 */
export function scaleCode(x: string): string {
  const codes = new Map<number, string[]>();
  QUALITATIVE.forEach((t, i) => {
    for (const [word, score] of t.scores)
      codes.set(10 * (i + 1) + score, [...(codes.get(10 * (i + 1) + score) ?? []), word]);
  });
  const entries = [...codes];
  const text = `" "&TRIM(SUBSTITUTE(SUBSTITUTE(${x},","," "),"."," "))&" "`;
  const terms = entries.map(([, words], i) => {
    const found = words.map((w) => (w[1] ? `ISNUMBER(SEARCH(" ${w} ",${text}))` : `(TRIM(${x})="${w}")`));
    // A sum of TRUEs is a number; a lone TRUE is not compared with 0 (a logical is above any number).
    return found.length > 1 ? `${2 ** i}*(${found.join("+")}>0)` : `${2 ** i}*${found[0]}`;
  });
  const bits = `{${entries.map((_, i) => 2 ** i).join(",")}}`;
  return `IF(OR(ISNUMBER(${x}),LEN(${x})>40,ISNUMBER(-LEFT(${x}))),"",IFERROR(INDEX({${entries.map(([c]) => c).join(",")}},1,MATCH(${terms.join("+")},${bits},0)),""))`;
}

/** The values a capaian compares, by its column. */
const COMPARED: Record<string, [string, string]> = {
  capaianTw: ["targetTw", "realisasiTw"],
  capaianSd: ["targetSd", "realisasiSd"],
  capaianTahunan: ["targetTahunan", "realisasiSd"],
};

/** `standardFormulas` of a row, and on a row with a qualitative target its "Skala …" cells and capaian. */
export const standardRowFormulas: RowFormulas = (row, scale, qualitative) => {
  const formulas = standardFormulas(row, scale);
  if (!qualitative) return formulas;
  const at = (id: string) => `${evaluasiColumn(id)}${row}`;
  for (const [id, [t, r]] of Object.entries(COMPARED)) {
    for (const v of [t, r]) formulas[`Skala:${v}`] = `=${scaleCode(at(v))}`;
    const [kt, kr] = [at(`Skala:${t}`), at(`Skala:${r}`)];
    formulas[id] = formulas[id].replace(
      NOT_A_NUMBER,
      `IFERROR(MOD(${kr},10)/MOD(${kt},10)*100/(INT(${kt}/10)=INT(${kr}/10)),${NOT_A_NUMBER})`,
    );
  }
  return formulas;
};
