import type { CellValue } from "./cells";
import { formatNumber, MAX_NUMBER_TEXT, parseNumber, plainNumber, toNumber } from "./numbers";
import type { Polaritas } from "./plan";
import { blank, type Computed, named, problem, quote, value } from "./result";
import { lowerWords, normalise, wordTable } from "./text";

/**
 * The words CAPAIAN reads as each polaritas, "|" between them (lower case, single spaces; "–", "—"
 * and "−" read as "-"). A blank is positif, and so is the evaluation tab's Polaritas where the plan
 * writes none (POLARITAS_TEBAKAN of ./polaritas); "(-)", "menurun", "↓"… as offices also write them
 * (trial 8 #26).
 */
const POLARITAS_WORDS = new Map(
  Object.entries({
    positif:
      "|positif|positive|+|naik|maksimal|max|semakin tinggi semakin baik|(+)|meningkat|semakin besar semakin baik|↑|maximize|positif (tebakan)",
    negatif:
      "negatif|negative|-|turun|minimal|min|semakin rendah semakin baik|(-)|menurun|semakin kecil semakin baik|↓|minimize",
    "negatif-rasio": "negatif-rasio|negatif rasio|rasio",
  }).flatMap(([p, words]) => words.split("|").map((w): [string, Polaritas] => [w, p as Polaritas])),
);

/** The words CAPAIAN reads as polaritas `p` (lower case; "–", "—" and "−" read as "-"). */
export function polaritasWords(p: Polaritas): string[] {
  return [...POLARITAS_WORDS].flatMap(([w, q]) => (q === p ? [w] : []));
}

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
export const QUALITATIVE: { name: string; scores: Map<string, number> }[] = [
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
  return containedWord(v);
}

/**
 * A value with more words than its scale ("Zona Hijau Terbaik 2", "Opini WTP 2023") reads as the
 * one scale word it contains; none, or words of two scores ("Hijau menuju Kuning"), is not
 * comparable. One-letter predicates (A, B …) are only read when they are the whole value.
 */
function containedWord(v: string): { table: number; score: number } | null {
  const text = ` ${normalise(v)} `;
  let found: { table: number; score: number } | null = null;
  for (let table = 0; table < QUALITATIVE.length; table++) {
    for (const [word, score] of QUALITATIVE[table].scores) {
      if (word.length < 2 || !text.includes(` ${word} `)) continue;
      if (found && (found.table !== table || found.score !== score)) return null;
      found = { table, score };
    }
  }
  return found;
}

const RANGE = /^(.+?)\s*(?:-|–|—|s\.?\s*d\.?|s\/d|sampai|hingga)\s*(.+)$/i;

/**
 * A one-sided target as the PK writes it (trial 7 #26): at least "≥ 80%", ">= 80", "min. 80",
 * "minimal 80", "minimum 80", "paling sedikit 80", "paling rendah 80"; at most "≤ 9", "<= 9", "maks. 9",
 * "maksimal 9", "max 9", "paling banyak 9", "paling tinggi 9". A range open at one end: met → 100.
 */
const AT_LEAST = /^(?:≥|>=?|min(?:imal|imum)?\.?|paling\s+(?:sedikit|rendah))\s*(\S.*)$/i;
const AT_MOST = /^(?:≤|<=?|maks(?:imal|imum)?\.?|max(?:imal|imum)?\.?|paling\s+(?:banyak|tinggi))\s*(\S.*)$/i;

/** A target stated as a range ("80–90", "80 s.d. 90") or a bound ("≥ 80%", "maks. 9"), which CAPAIAN compares bound by bound. */
export const isRange = (v: CellValue): boolean => typeof v === "string" && readTarget(v).kind === "range";

/** A target CAPAIAN cannot read: no number, range, bound or qualitative value (Periksa names the cell). */
export const unreadableTarget = (v: CellValue): boolean =>
  !isQualitative(v) && readTarget(v).kind === "problem";

/** The number of a bound target ("≥ 80%" → 80, "maks. 9" → 9), null for anything else. */
export function boundValue(v: CellValue): number | null {
  const t = typeof v === "string" && isBound(v) ? readTarget(v) : null;
  return t?.kind === "range" ? (Number.isFinite(t.low) ? t.low : t.high) : null;
}

/** A target stated as a bound ("≥ 80%", "min. 80", "maks. 9"): a range open at one end. */
export const isBound = (v: CellValue): boolean => boundSide(v) !== null;

/** The side of a bound target: "min" at least ("≥ 80%", "minimal 80"), "maks" at most ("≤ 9"), else null. */
export function boundSide(v: CellValue): "min" | "maks" | null {
  const t = typeof v === "string" ? readTarget(v) : null;
  return t?.kind !== "range" ? null : t.high === Infinity ? "min" : t.low === -Infinity ? "maks" : null;
}

type Target =
  | { kind: "number"; value: number; percent: boolean; unit: string }
  | { kind: "range"; low: number; high: number };

function readTarget(input: CellValue): Target | { kind: "problem"; message: string } | { kind: "blank" } {
  // A number never reads as a range ("80-90" is not a number), so the cheap reading goes first; a
  // range is two numbers and a word, so a longer text is not looked at.
  const parsed = parseNumber(input);
  if (parsed.kind === "number")
    return { kind: "number", value: parsed.value, percent: parsed.percent, unit: parsed.unit };
  if (parsed.kind === "empty") return { kind: "blank" };
  const text = typeof input === "string" && input.length <= 2 * MAX_NUMBER_TEXT + 10 ? input.trim() : null;
  const least = text === null ? null : AT_LEAST.exec(text);
  const most = text === null || least ? null : AT_MOST.exec(text);
  if (least || most) {
    const b = parseNumber((least ?? most)?.[1] ?? "");
    if (b.kind === "number")
      return least
        ? { kind: "range", low: b.value, high: Infinity }
        : { kind: "range", low: -Infinity, high: b.value };
  }
  const range = text === null ? null : RANGE.exec(text);
  if (range) {
    const a = parseNumber(range[1]);
    const b = parseNumber(range[2]);
    if (a.kind === "number" && b.kind === "number") {
      return { kind: "range", low: Math.min(a.value, b.value), high: Math.max(a.value, b.value) };
    }
  }
  return problem(
    `${named("Target", input)} bukan angka: isi angka, rentang seperti 80-90, atau batas seperti ≥ 80.`,
  );
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
  // A fractional target far below its realisasi may be a percent-formatted cell: capaianRow decides.
  if (t === undefined || t === 0 || (t > 0 && t < FRACTION_LIMIT && r > 10 * t)) return undefined;
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

/**
 * capaian() with its options as cells: what CAPAIAN computes for each row of a range.
 * `targetInPoints`: the row's target column holds a value of 1,5 or more, so a small target in it is a
 * genuine small target, not a percent-formatted cell (decided once per column, see targetColumnInPoints).
 */
export function capaianRow(
  target: CellValue,
  realisasi: CellValue,
  polaritasCell: CellValue,
  batasAtas: CellValue,
  targetInPoints = false,
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
  const result = uncapped(target, realisasi, polaritas, targetInPoints);
  if (result.kind === "value" && cap !== null && result.value > cap) return value(cap);
  return result;
}

/** Below this a bare target may be a fraction from a percent-formatted cell (150 % → 1,5). */
export const FRACTION_LIMIT = 1.5;

/**
 * True when a target column holds a value of 1,5 or more (a number or number text): its small values
 * are genuine small targets ("1 dokumen"), not fractions from a percent-formatted cell. Stops at
 * the first such value, so a column of ordinary targets costs one or two cells.
 */
export function targetColumnInPoints(column: readonly CellValue[]): boolean {
  for (let i = 0; i < column.length; i++) {
    const v = plainNumber(column[i]) ?? toNumber(column[i]);
    if (v !== null && v !== undefined && Math.abs(v) >= FRACTION_LIMIT) return true;
  }
  return false;
}

function uncapped(
  target: CellValue,
  realisasi: CellValue,
  polaritas: Polaritas,
  targetInPoints: boolean,
): Computed {
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
        : `${named("Realisasi", realisasi)} bukan angka.`,
    );
  }
  const r = real.value;
  if (t.kind === "number" && impossibleFraction(t, r, targetInPoints)) {
    const pct = formatNumber(t.value * 100);
    return problem(
      `Target ${show(target)} tampak sebagai pecahan dari sel berformat persen (${pct}%) sedangkan realisasi ${show(realisasi)} dalam poin persen, sehingga capaian menjadi ${formatNumber((r / t.value) * 100)}%: tulis target ${pct} atau format realisasi juga sebagai persen.`,
    );
  }
  if (t.kind === "range") {
    if (r >= t.low && r <= t.high) return value(100);
    return single(r > t.high ? t.high : t.low, r, polaritas);
  }
  return single(t.value, r, polaritas);
}

/**
 * The one combination that cannot be meant (issue 18): a target that may be a fraction from a
 * percent-formatted cell (a bare number 0 < t < 1,5: no unit, no % sign) with a realisasi more than
 * ten times larger, a capaian over 1.000 %. In a target column of points a small target is genuine,
 * unless the realisasi is that same percentage in points (0,95 beside 94: a hundredfold within a
 * factor 3). A small realisasi is always a genuine small realisasi.
 */
function impossibleFraction(
  t: { value: number; percent: boolean; unit: string },
  r: number,
  targetInPoints: boolean,
): boolean {
  if (t.percent || t.unit || !(t.value > 0 && t.value < FRACTION_LIMIT) || !(r > 10 * t.value)) return false;
  if (!targetInPoints) return true;
  const ratio = r / (t.value * 100);
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
