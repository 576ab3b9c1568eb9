import type { CellValue } from "./cells";
import { formatNumber, MAX_NUMBER_TEXT, parseNumber, plainNumber } from "./numbers";
import type { Polaritas } from "./plan";
import { blank, type Computed, problem, quote, value } from "./result";
import { lowerWords, wordTable } from "./text";

const POLARITAS_WORDS = wordTable<Polaritas>({
  "": "positif",
  positif: "positif",
  positive: "positif",
  "+": "positif",
  naik: "positif",
  maksimal: "positif",
  max: "positif",
  "semakin tinggi semakin baik": "positif",
  negatif: "negatif",
  negative: "negatif",
  "-": "negatif",
  turun: "negatif",
  minimal: "negatif",
  min: "negatif",
  "semakin rendah semakin baik": "negatif",
  "negatif-rasio": "negatif-rasio",
  "negatif rasio": "negatif-rasio",
  rasio: "negatif-rasio",
});

// A column's polaritas is mostly one word repeated: the last answer is kept.
let lastPolaritas: { input: CellValue; result: Polaritas | null } = { input: "", result: "positif" };

/** Reads the polarity words people use; null when the text is not one of them. */
export function parsePolaritas(input: CellValue): Polaritas | null {
  if (input === lastPolaritas.input) return lastPolaritas.result;
  const result = polaritasOf(input);
  lastPolaritas = { input, result };
  return result;
}

function polaritasOf(input: CellValue): Polaritas | null {
  if (typeof input === "string" && input.length > 40) return null;
  const key = String(input)
    .toLowerCase()
    .replace(/[\u2212\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
  return POLARITAS_WORDS.get(key) ?? null;
}

/** Qualitative targets map through explicit tables (DOMAIN.md): never guessed. */
const QUALITATIVE: { name: string; scores: Map<string, number> }[] = [
  {
    name: "opini BPK (WTP, WDP, TW, TMP)",
    scores: wordTable({
      wtp: 4,
      "wajar tanpa pengecualian": 4,
      wdp: 3,
      "wajar dengan pengecualian": 3,
      tw: 2,
      "tidak wajar": 2,
      tmp: 1,
      "tidak menyatakan pendapat": 1,
      disclaimer: 1,
    }),
  },
  {
    name: "zona (Hijau, Kuning, Merah)",
    scores: wordTable({ hijau: 3, "zona hijau": 3, kuning: 2, "zona kuning": 2, merah: 1, "zona merah": 1 }),
  },
  { name: "predikat SAKIP (AA … D)", scores: wordTable({ aa: 7, a: 6, bb: 5, b: 4, cc: 3, c: 2, d: 1 }) },
];

/** A qualitative value of one of the tables (WTP, Zona Hijau, AA …), which CAPAIAN compares. */
export const isQualitative = (v: CellValue): boolean => qualitative(v) !== null;

function qualitative(v: CellValue): { table: number; score: number } | null {
  // Every word of the tables is short and starts with a letter: "63,57" is never looked up.
  if (typeof v !== "string" || v.length > 40) return null;
  const first = v.charCodeAt(0);
  if (first >= 48 && first <= 57) return null;
  const key = lowerWords(v);
  for (let table = 0; table < QUALITATIVE.length; table++) {
    const score = QUALITATIVE[table].scores.get(key);
    if (score !== undefined) return { table, score };
  }
  return null;
}

const RANGE = /^(.+?)\s*(?:-|–|—|s\.?\s*d\.?|s\/d|sampai|hingga)\s*(.+)$/i;

type Target =
  | { kind: "number"; value: number; percent: boolean }
  | { kind: "range"; low: number; high: number };

function readTarget(input: CellValue): Target | { kind: "problem"; message: string } | { kind: "blank" } {
  // A number never reads as a range ("80-90" is not a number), so the cheap reading goes first; a
  // range is two numbers and a word, so a longer text is not looked at.
  const parsed = parseNumber(input);
  if (parsed.kind === "number") return { kind: "number", value: parsed.value, percent: parsed.percent };
  if (parsed.kind === "empty") return { kind: "blank" };
  const range =
    typeof input === "string" && input.length <= 2 * MAX_NUMBER_TEXT + 10 ? RANGE.exec(input.trim()) : null;
  if (range) {
    const a = parseNumber(range[1]);
    const b = parseNumber(range[2]);
    if (a.kind === "number" && b.kind === "number") {
      return { kind: "range", low: Math.min(a.value, b.value), high: Math.max(a.value, b.value) };
    }
  }
  return problem(`Target ${quote(input)} bukan angka: isi angka atau rentang seperti 80-90.`);
}

export interface CapaianOptions {
  polaritas?: CellValue;
  /** Caps the result (offices cap at 100 or 120). Blank: no cap. */
  batasAtas?: CellValue;
}

/**
 * Capaian in percent points (97.03, not 0.9703), unrounded (DOMAIN.md, "CAPAIAN").
 * Empty realisasi → blank (empty is not 0).
 */
export function capaian(target: CellValue, realisasi: CellValue, options: CapaianOptions = {}): Computed {
  return capaianRow(target, realisasi, options.polaritas ?? "", options.batasAtas ?? "");
}

/**
 * The bulk of a CAPAIAN column without allocating: two plain numbers, or a realisasi not yet filled
 * in (blank), with a known polaritas and no cap. undefined when the row needs capaianRow (text,
 * marks, a problem to report).
 */
export function capaianPlain(
  target: CellValue,
  realisasi: CellValue,
  polaritasCell: CellValue,
  batasAtas: CellValue,
): number | "" | undefined {
  if (batasAtas !== "") return undefined;
  if (realisasi === "") return parsePolaritas(polaritasCell) ? "" : undefined;
  const r = plainNumber(realisasi);
  if (r === undefined) return undefined;
  const t = plainNumber(target);
  if (t === undefined || t === 0 || fractionBeside(t, r) || fractionBeside(r, t)) return undefined;
  const polaritas = parsePolaritas(polaritasCell);
  const v =
    polaritas === "positif"
      ? (r / t) * 100
      : polaritas === "negatif"
        ? ((2 * t - r) / t) * 100
        : polaritas === "negatif-rasio" && r !== 0
          ? (t / r) * 100
          : Number.NaN;
  // -0 reads as 0; NaN and Infinity go the long way, which says what is wrong.
  return Number.isFinite(v) ? v + 0 : undefined;
}

/** capaian() with its options as cells: what CAPAIAN computes for each row of a range. */
export function capaianRow(
  target: CellValue,
  realisasi: CellValue,
  polaritasCell: CellValue,
  batasAtas: CellValue,
): Computed {
  const polaritas = parsePolaritas(polaritasCell);
  if (!polaritas) {
    return problem(
      `Polaritas ${quote(polaritasCell)} tidak dikenal: isi positif, negatif, atau negatif-rasio.`,
    );
  }
  let cap: number | null = null;
  if (batasAtas !== "") {
    const parsedCap = parseNumber(batasAtas);
    if (parsedCap.kind === "invalid") return problem(`Batas atas ${quote(batasAtas)} bukan angka.`);
    if (parsedCap.kind === "number") cap = parsedCap.value;
  }
  const result = uncapped(target, realisasi, polaritas);
  if (result.kind === "value" && cap !== null && result.value > cap) return value(cap);
  return result;
}

function uncapped(target: CellValue, realisasi: CellValue, polaritas: Polaritas): Computed {
  const qt = qualitative(target);
  const real = parseNumber(realisasi);
  if (real.kind === "empty") return blank;
  if (qt) {
    const qr = qualitative(realisasi);
    if (!qr || qr.table !== qt.table) {
      return problem(
        `Target ${quote(target)} kualitatif: isi realisasi dengan skala yang sama, ${QUALITATIVE[qt.table].name}.`,
      );
    }
    return value((qr.score / qt.score) * 100);
  }
  const t = readTarget(target);
  if (t.kind === "blank") return problem("Target kosong: isi target agar capaian dapat dihitung.");
  if (t.kind === "problem") return t;
  if (real.kind === "invalid") {
    return problem(
      qualitative(realisasi)
        ? `Realisasi ${quote(realisasi)} kualitatif, tetapi targetnya angka: samakan skalanya.`
        : `Realisasi ${quote(realisasi)} bukan angka.`,
    );
  }
  const r = real.value;
  if (t.kind === "number" && mixedPercent(t.value, t.percent, r, real.percent)) {
    return problem(
      `Skala persen bercampur: target ${show(target)}, realisasi ${show(realisasi)}; samakan skalanya (95 dan 94, atau 95% dan 94%).`,
    );
  }
  if (t.kind === "number" && (fractionBeside(t.value, r) || fractionBeside(r, t.value))) {
    const [fraction, points] = fractionBeside(t.value, r) ? ["target", "realisasi"] : ["realisasi", "target"];
    return problem(
      `Skala persen bercampur: ${fraction} ${show(fraction === "target" ? target : realisasi)} berupa pecahan (sel berformat persen) sedangkan ${points} ${show(points === "target" ? target : realisasi)} dalam poin persen; samakan skalanya (95 dan 94, atau format keduanya sebagai persen).`,
    );
  }
  if (t.kind === "range") {
    if (r >= t.low && r <= t.high) return value(100);
    return single(r > t.high ? t.high : t.low, r, polaritas);
  }
  return single(t.value, r, polaritas);
}

/**
 * "95%" typed as text against 0,94 from a cell formatted as percent (or the other way round): the
 * same quantity on two scales, which DOMAIN.md says never to mix silently.
 */
function mixedPercent(t: number, tPercent: boolean, r: number, rPercent: boolean): boolean {
  const fraction = (v: number) => v !== 0 && Math.abs(v) <= 1;
  return (
    (tPercent && !rPercent && Math.abs(t) > 1 && fraction(r)) ||
    (rPercent && !tPercent && Math.abs(r) > 1 && fraction(t))
  );
}

/**
 * A cell formatted as percent reaches a custom function as a fraction (95 % → 0,95). Beside a
 * value in percent points of the same size (94), it is the same quantity on two scales: a
 * fraction up to 1,5 whose hundredfold is within a factor 3 of the other value.
 */
function fractionBeside(fraction: number, points: number): boolean {
  if (!(fraction > 0 && fraction <= 1.5 && points > 1.5)) return false;
  const ratio = points / (fraction * 100);
  return ratio >= 1 / 3 && ratio <= 3;
}

const show = (v: CellValue) => (typeof v === "number" ? formatNumber(v) : quote(v));

function single(t: number, r: number, polaritas: Polaritas): Computed {
  if (polaritas === "negatif" && t === 0 && r === 0) return value(100);
  if (t === 0) return problem("Target 0: capaian tidak dapat dihitung.");
  switch (polaritas) {
    case "positif":
      return value((r / t) * 100);
    case "negatif":
      return value(((2 * t - r) / t) * 100);
    case "negatif-rasio":
      if (r === 0)
        return problem("Realisasi 0: capaian negatif-rasio (target/realisasi) tidak dapat dihitung.");
      return value((t / r) * 100);
  }
}
