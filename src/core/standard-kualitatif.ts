/**
 * A row with a qualitative target ("Zona Hijau", "WTP") in the standard formulas of a file for Excel
 * or LibreOffice (`sakip triwulan`, issue 18): the scale value of each target and realisasi its
 * capaian compares, in the row's hidden "Skala …" cells, and the capaian as CAPAIAN computes it, the
 * realisasi's score over the target's on one scale. Only the CLI writes these formulas (a Sheets tab
 * computes with CAPAIAN): this module stays out of the Apps Script bundle.
 */
import { QUALITATIVE } from "./capaian";
import { BOUND_ROW, evaluasiColumn, RANGE_ROW, type RowFormulas } from "./evaluasi";
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

/** The words between the bounds of a range target, as CAPAIAN reads them (longest first), spaces removed. */
const RANGE_WORDS = ["–", "—", "s.d.", "s.d", "sd.", "sd", "s/d", "sampai", "hingga"];

/**
 * A bound of a range as typed ("80", "80,5", "1.000", "80%", "80.5"), in functions every engine has,
 * as CAPAIAN reads it (core/numbers.ts): its digits over 10^(digits after the decimal mark). A comma
 * is the decimal mark and dots group thousands (three digits after each); a dot not followed by
 * such a group ("80.5", "80.25"), first (".500") or after a lone 0 ("0.750") is the decimal mark an office typed
 * the English way, and then the only mark. Anything else is no bound (an error: the capaian says
 * to use the add-on), never a misread number.
 */
function bound(b: string): string {
  const groups = `ISNUMBER(FIND("/"&MID(${b}&".000|",FIND(".",${b}&".000|")+4,1)&"/","/|/./,/"))`;
  const marks = `(LEN(${b})-LEN(SUBSTITUTE(SUBSTITUTE(${b},".",""),",",""))=1)`;
  const decimals = `IF(OR(NOT(${groups}),LEFT(${b},2)="0.",LEFT(${b})="."),(LEN(${b})-FIND(".",${b}))/${marks},IFERROR(LEN(${b})-FIND(",",${b}),0))`;
  return `--(SUBSTITUTE(SUBSTITUTE(${b},".",""),",","")&"e0")/10^${decimals}`;
}

/**
 * The target a realisasi `r` is compared with under a range target `t` ("80–90", "80-90", "80 s.d.
 * 90"), as CAPAIAN compares it (DOMAIN.md): inside the range the realisasi itself (capaian 100),
 * above it the upper bound, below it the lower one — the median of the two bounds and `r`; "" where
 * `t` is no range or `r` no number. The bounds are split at the first of CAPAIAN's range words (a
 * "-" after the first character), spaces and "%" dropped; the text is referred to once per bound.
 */
export function rangeTarget(t: string, r: string): string {
  const marked = RANGE_WORDS.reduce(
    (x, w) => `SUBSTITUTE(${x},"${w}","|")`,
    `SUBSTITUTE(SUBSTITUTE(LOWER(SUBSTITUTE(${t},"-","|",1+(LEFT(${t})="-")))," ",""),"%","")`,
  );
  const split = `SUBSTITUTE(${marked},"|",REPT(" ",99),1)`;
  const [low, high] = [`TRIM(LEFT(${split},99))`, `TRIM(MID(${split},100,199))`];
  return `IF(ISNUMBER(${r}),IFERROR(MEDIAN(${bound(low)},${r},${bound(high)}),""),"")`;
}

/**
 * The target a realisasi `r` is compared with under a bound target `t` (trial 7 #26: "≥ 80%", "min. 80",
 * "paling sedikit 80"; "≤ 9", "maks. 9", "paling banyak 9"), as CAPAIAN compares it: the realisasi
 * itself while the bound is met (capaian 100), else the bound — the median of the bound, `r` and a far
 * end (±10^15, written out: HyperFormula reads no E notation); "" where `t` is no bound or `r` no
 * number. The bound is the text's first word once "%", the comparison signs, a dot after
 * "min"/"maks"/"max" and the bound's words are taken out (trial 8: "minimal 80 orang" read its last
 * word, "orang"). Only rows whose targets are bounds get it (~7.300 characters; a range target's
 * formula leaves no room within Excel's 8.192 characters).
 */
export function boundTarget(t: string, r: string): string {
  const starts = (words: string[]) =>
    `OR(${words.map((w) => `LEFT(TRIM(${t}),${[...w].length})="${w}"`).join(",")})`;
  const [least, most] = [starts(AT_LEAST_WORDS), starts(AT_MOST_WORDS)];
  const spaced = [...BOUND_MARKS, ...BOUND_WORDS.map((w): [string, string] => [w, ""])].reduce(
    (x, [w, by]) => `SUBSTITUTE(${x},"${w}","${by}")`,
    `LOWER(${t})`,
  );
  // The number is the first word left; a unit after it ("80 orang") is words only, as CAPAIAN reads
  // it: a digit after the number ("5 per 1.000") makes it no bound.
  const words = `SUBSTITUTE(TRIM(${spaced})," ",REPT(" ",99))`;
  const first = `TRIM(LEFT(${words},99))`;
  const unit = `MID(${words},100,999)`;
  const digitless = `LEN(${unit})=LEN(${DIGITS.reduce((x, d) => `SUBSTITUTE(${x},${d},"")`, unit)})`;
  return `IF(AND(ISNUMBER(${r}),OR(${least},${most}),${digitless}),IFERROR(MEDIAN(${bound(first)},${r},IF(${least},${FAR},-${FAR})),""),"")`;
}

/** The far end of a bound target's range: beyond any realisasi. */
const FAR = "999999999999999";

/** How a bound target starts, as CAPAIAN reads it (core/capaian.ts AT_LEAST / AT_MOST; "=" ignores case). */
const AT_LEAST_WORDS = ["≥", ">", "min", "paling sedikit", "paling rendah"];
const AT_MOST_WORDS = ["≤", "<", "maks", "max", "paling banyak", "paling tinggi"];
/**
 * The words of AT_LEAST / AT_MOST taken out of a bound target once its marks are (whatever follows
 * the number is its unit): "minimal 80 orang" → " 80 orang", "paling sedikit 12" → "  12".
 */
const BOUND_WORDS = ["paling", "sedikit", "rendah", "banyak", "tinggi", "maks", "max", "min", "imal", "imum"];
const DIGITS = [..."0123456789"];
/** Taken out of a bound target so its number is its first word: "min.80" → "min 80", "≥80%" → " 80". */
const BOUND_MARKS: [string, string][] = [
  ["%", ""],
  ["≥", " "],
  ["≤", " "],
  [">", " "],
  ["<", " "],
  ["=", " "],
  ["n.", "n "],
  ["s.", "s "],
  ["x.", "x "],
];

/**
 * The capaian of a range row where its target is no number: against the bound in the row's "Skala"
 * cell `k` (`rangeTarget`), 100 inside the range, else by the row's "Arah polaritas" `a` as for a
 * number (standard.ts); not a number where the cell holds none.
 */
const rangeCapaian = (k: string, r: string, a: string) =>
  `IFERROR(IF(${k}=${r},100,IF(${a},IF(${a}>0,${r},2*${k}-${r})/${k},${k}/${r})*100),${NOT_A_NUMBER})`;

/** The values a capaian compares, by its column. */
const COMPARED: Record<string, [string, string]> = {
  capaianTw: ["targetTw", "realisasiTw"],
  capaianSd: ["targetSd", "realisasiSd"],
  capaianTahunan: ["targetTahunan", "realisasiSd"],
};

/** `standardFormulas` of a row, and on a row with a qualitative target its "Skala …" cells and capaian. */
export const standardRowFormulas: RowFormulas = (row, scale, qualitative, beforeTwIv) => {
  const formulas = standardFormulas(row, scale, qualitative, beforeTwIv);
  if (!qualitative) return formulas;
  const at = (id: string) => `${evaluasiColumn(id)}${row}`;
  if (qualitative === RANGE_ROW || qualitative === BOUND_ROW) {
    // A range row: each target's "Skala" cell holds the bound its realisasi is compared with.
    const compared = qualitative === RANGE_ROW ? rangeTarget : boundTarget;
    for (const [id, [t, r]] of Object.entries(COMPARED)) {
      formulas[`Skala:${t}`] = `=${compared(at(t), at(r))}`;
      formulas[id] = formulas[id].replace(NOT_A_NUMBER, rangeCapaian(at(`Skala:${t}`), at(r), at("arah")));
    }
    return formulas;
  }
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
