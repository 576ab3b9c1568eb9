/**
 * TW families of a tab's reading, for the panel to correct in one action: four side by side columns
 * read as one (Target TW I … IV), or whose own headers are "TW I … TW IV" under one group (its text
 * in the first cell, or repeated), whatever they are read as. Only the panel shows them, so the panel
 * finds them, from the header cells the server sends with each column.
 */
import type { ColumnFamily, ColumnReading } from "../src/api";

const TW_FIELD =
  /^(targetTw|rakTw|realisasiTw|realisasiAnggaranTw|realisasiSdTw|realisasiAnggaranSdTw|capaianTw)([1-4])$/;

/** A leaf header that is only a triwulan word: "TW I", "TR II", "III", "TW-4", "Triwulan IV". */
const TW_LEAF = /^(?:(?:tw|tr|trw|triwulan|q)\s*[-.]?\s*)?(i{1,3}|iv|[1-4])$/i;
const ROMAN = ["i", "ii", "iii", "iv"];
/** Months as offices abbreviate them, January first. */
const MONTHS = [
  /^jan/,
  /^feb/,
  /^mar/,
  /^apr/,
  /^mei/,
  /^jun/,
  /^jul/,
  /^ag/,
  /^sep/,
  /^okt/,
  /^nov/,
  /^des/,
];
const monthOf = (word: string) => MONTHS.findIndex((m) => m.test(word));

/**
 * The triwulan a leaf header names: a TW word, or the quarter's months as offices write them
 * ("Jan–Mar", "Januari - Maret", "s.d. Juni", "Desember"), so such four columns are one family in
 * the panel even when the reading did not take them.
 */
function twOfLeaf(text: string): number {
  const t = text.trim().toLowerCase();
  const m = TW_LEAF.exec(t);
  if (m) return Number(m[1]) || ROMAN.indexOf(m[1]) + 1;
  const months = /^(?:([a-z]+)\.?\s*[-–—/]\s*|s\s*[./]?\s*d\.?\s*)?([a-z]+)\.?$/.exec(t);
  if (!months) return 0;
  const end = monthOf(months[2]);
  if (end < 0 || end % 3 !== 2) return 0;
  if (months[1] !== undefined && monthOf(months[1]) !== end - 2) return 0;
  return (end + 1) / 3;
}

/** "realisasiTw" when the four fields are one TW family in order (TW I, II, III, IV), else null. */
function familyBase(fields: (string | null)[]): string | null {
  const base = TW_FIELD.exec(fields[0] ?? "")?.[1];
  return base && fields.every((f, i) => f === `${base}${i + 1}`) ? base : null;
}

export function familiesOf(columns: ColumnReading[]): ColumnFamily[] {
  const out: ColumnFamily[] = [];
  for (let c = 0; c + 3 < columns.length; c++) {
    const four = columns.slice(c, c + 4);
    const base = familyBase(four.map((x) => x.field));
    const leaves = four.map((x) => x.path[x.path.length - 1] ?? "");
    const groups = four.map((x) => x.path.slice(0, -1).join(" / "));
    const byHeader =
      leaves.every((l, i) => twOfLeaf(l) === i + 1) &&
      groups.slice(1).every((g) => g === "" || g === groups[0]);
    if (!base && !byHeader) continue;
    out.push({
      cols: four.map((x) => x.col),
      letters: `${four[0].letter}–${four[3].letter}`,
      group: byHeader ? groups[0] : "",
      leaves: byHeader ? leaves : four.map((x) => x.header),
      base,
    });
    c += 3;
  }
  return out;
}
