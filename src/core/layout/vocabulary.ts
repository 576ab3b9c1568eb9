/** Header words: normalising a header cell, its TW number, the field word it names, how a cell reads. */
import type { CellValue } from "../cells";
import { FIELD_SYNONYMS, type HeaderWord } from "../columns";
import type { Tw } from "../plan";
import { BULAN } from "../report/format";
import { isBlank, normalise } from "../text";

/** Lower case, punctuation and line breaks to single spaces; "%" is kept (it is a header: capaian). */
export function normaliseHeader(v: CellValue): string {
  if (typeof v !== "string" && typeof v !== "number") return "";
  return normalise(String(v));
}

export const TW_NUMBER: Record<string, Tw> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
/**
 * "TW II", "TW2", "Trw. I", "Triwulan IV", "TR III", "Q3": a TW word. "TR" and "Q" glued to a Roman
 * numeral are words ("Tri…", "Qiv…"), so they need a space before it (a digit may be glued: "Q1").
 */
export const TW_RE = /\b(?:(?:tw|trw|triwulan)\s?|(?:tr|q)\s|(?:tr|q)(?=[1-4]))(iv|iii|ii|i|[1-4])\b/;
const BARE_ROMAN_RE = /^(iv|iii|ii|i)$/;
const BARE_ARABIC_RE = /^[1-4]$/;
/** Words that carry no meaning in a header: years, "tahun", "(Rp)", "s.d.". */
const NOISE_RE = /\b(?:(?:19|20)\d\d|tahun|ta|rp|s d|sd|sampai dengan)\b/g;

/** Splits the TW number off a normalised header ("realisasi tw ii" → 2, "realisasi"). */
export function splitTw(text: string, bareArabic: boolean): { tw: Tw | null; rest: string } {
  const m = TW_RE.exec(text);
  if (m) return { tw: TW_NUMBER[m[1]], rest: clean(text.replace(m[0], " ")) };
  const rest = clean(text);
  if (BARE_ROMAN_RE.test(rest) || (bareArabic && BARE_ARABIC_RE.test(rest)))
    return { tw: TW_NUMBER[rest], rest: "" };
  // "Trg I", "Rls Keu II": a Roman numeral after a per-TW word is its TW (a lone "Rls I" is no Realisasi Tahunan).
  const trailing = / (iv|iii|ii|i)$/.exec(rest);
  const head = trailing ? rest.slice(0, trailing.index) : "";
  if (trailing && PER_TW_WORDS.has(matchWord(head) ?? "")) return { tw: TW_NUMBER[trailing[1]], rest: head };
  return { tw: null, rest };
}
const PER_TW_WORDS = new Set<string>(["target", "realisasi", "realisasiAnggaran", "capaian", "anggaran"]);

function clean(text: string): string {
  return text.replace(NOISE_RE, " ").replace(/\s+/g, " ").trim();
}

const EXACT = new Map<string, HeaderWord>();
/** Words data cells start with ("Jumlah ASN…", "Persentase Tenaga Kerja…"): headers only when alone. */
const NOT_PREFIX = new Set(["jumlah", "dana", "persentase", "keuangan", "predikat", "kategori"]);
const PREFIXES: [string, HeaderWord][] = [];
// Words that may start a longer header ("Indikator Kinerja Sasaran", "Target 2024 (%)"); names such as
// "program" or "jumlah" may not: data cells start with them ("Program Penunjang…", "Jumlah ASN…").
const PREFIXABLE = new Set<HeaderWord>([
  "kode",
  "sasaran",
  "indikator",
  "satuan",
  "polaritas",
  "sifat",
  "penanggungJawab",
  "keterangan",
  "capaian",
  "kriteria",
  "pagu",
  "target",
  "realisasi",
  "realisasiAnggaran",
  "anggaran",
]);
for (const [word, list] of Object.entries(FIELD_SYNONYMS) as [HeaderWord, readonly string[]][]) {
  for (const syn of list) {
    EXACT.set(syn, word);
    if (PREFIXABLE.has(word) && syn.length >= 4 && !NOT_PREFIX.has(syn)) PREFIXES.push([syn, word]);
  }
}
PREFIXES.sort((a, b) => b[0].length - a[0].length);

/** Short forms offices write ("Tgt Thn", "Rlsi Ang.", "Real. Kinerja"): read as the words they stand for. */
export const ABBREVIATIONS: Record<string, string> = {
  tgt: "target",
  trgt: "target",
  trg: "target",
  thn: "tahunan",
  rlsi: "realisasi",
  rls: "realisasi",
  real: "realisasi",
  ang: "anggaran",
  angg: "anggaran",
  keu: "keuangan",
  vol: "volume",
};

export function matchWord(text: string): HeaderWord | null {
  if (!text) return null;
  const rest = text.replace(/[a-z]+/g, (w) => ABBREVIATIONS[w] ?? w);
  const exact = EXACT.get(rest);
  if (exact) return exact;
  if (rest.split(" ").length > 12) return null;
  for (const [syn, word] of PREFIXES) if (rest.startsWith(`${syn} `)) return word;
  return null;
}

export type CellClass = "empty" | "word" | "tw" | "year" | "other";

/** How a cell reads as a header, on its own (without the group headers above it). */
export function classifyHeaderCell(v: CellValue): CellClass {
  if (isBlank(v)) return "empty";
  if (typeof v === "number") return v >= 1900 && v <= 2100 && Number.isInteger(v) ? "year" : "other";
  const text = normaliseHeader(v);
  if (/^(19|20)\d\d$/.test(text)) return "year";
  const { tw, rest } = splitTw(text, false);
  // "Kondisi Kinerja pada Akhir Periode Renstra": a column of another period, however long.
  if (rest && (matchWord(rest) || OTHER_PERIOD_RE.test(rest))) return "word";
  if (tw && !rest) return "tw";
  return "other";
}

export function text(v: CellValue | undefined): string {
  if (v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

/** A cell a person reads as a number or as "nothing": 12, "1.852.283.616", "63,57", "95%", "Rp 5.000", "-". */
export function isNumberLike(v: CellValue): boolean {
  if (typeof v === "number") return true;
  if (typeof v !== "string") return false;
  const t = v.trim();
  return /^-{1,2}$/.test(t) || /^(rp\.?\s*)?[-+.]?\s*\d[\d.,\s]*%?,?-?$/i.test(t);
}

/** "Triwulan II", "TW 2", "TR II" alone in a cell (per-TW rows of the LAKIP evaluation sheets), or null. */
export function twLabel(v: CellValue | undefined): Tw | null {
  if (v === undefined || typeof v !== "string") return null;
  const t = normaliseHeader(v);
  // "TriwulanI III": a stray "I" before the space, as in the Luwu Timur Renaksi.
  const m = /^(?:tw|tr|trw|triwulan)(?:i?\s|\s?)(iv|iii|ii|i|[1-4])$/.exec(t);
  return m ? TW_NUMBER[m[1]] : null;
}

/** A unit under a header ("Rp.", "(%)", "(Rp)"): says nothing about the column's meaning. */
export const UNIT_RE = /^(?:rp|rupiah|rp juta|juta rupiah|ribu rupiah|%|persen|k)$/;

/** Headers of other periods (Renstra, last year): not this year's plan, so not read. */
export const OTHER_PERIOD_RE = /\b(?:renstra|tahun lalu|akhir periode|tahun sebelumnya|rpjmd)\b/;

/** Words of figures to date ("Realisasi Kumulatif", "s.d. TW II"). */
export const TO_DATE = /\b(?:s d|sd|sampai dengan|kumulatif)\b/;

/**
 * The month a header word names (0: January), or -1: its full name or letters of it in order from the
 * first ("Agst", "Agt", "Sept", "Mrt"), the old spellings with p too ("Nop", "Pebruari").
 */
export function monthOf(word: string): number {
  const w = word.replace(/^nop/, "nov").replace(/^peb/, "feb");
  return /^[a-z]{3,}$/.test(w)
    ? BULAN.findIndex((b) => new RegExp(`^${[...w].join(".*")}`, "i").test(b))
    : -1;
}
