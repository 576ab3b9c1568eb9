/**
 * Helpers every check shares: name normalisation, cell addresses, number reading, kode parsing and
 * the budget entities of a tab (one per program / kegiatan / sub kegiatan, however many indicator
 * rows it has).
 */

import { columnLetter } from "../a1";
import { paguShares } from "../budget";
import type { CellValue } from "../cells";
import { formatNumber, formatRupiah, toNumber } from "../numbers";
import { type Level, type PlanField, type PlanRow, type PlanTable, ROMAN, rowOf } from "../plan";
import { quote as quoteCell } from "../result";
import { normalise } from "../text";

export { isBlank } from "../text";

import type { Finding, PlanTab, Severity } from "./types";

export { TWS, type Tw } from "../plan";

/** Budget sums may differ by the rounding of an even split over four TWs (a few rupiah). */
export const RUPIAH_TOLERANCE = 4;

/** A finding has room for an indicator's whole name (the panel wraps it); a cell's message has not. */
export const quote = (v: unknown): string => quoteCell(v, 120);

export { formatNumber as fmt, formatRupiah as rp };

export const num = (v: CellValue | undefined): number | null => (v === undefined ? null : toNumber(v));

/** An entity's pagu in rupiah. */
export const paguRp = (_plan: PlanTab, e: Entity): number => e.pagu ?? 0;

/**
 * The kode whose tabs each list a share of its pagu (`paguShares`, over every plan tab), each with
 * whether one tab holds the whole: "1.03.02.2.01" → true.
 */
export function sharedKode(plans: readonly PlanTab[]): Map<string, boolean> {
  const shares = paguShares(plans.flatMap((p) => p.table.rows.map((r) => ({ ...r, tab: p.name }))));
  return new Map([...shares].map(([k, whole]) => [k.slice(k.lastIndexOf("|") + 1), whole >= 0]));
}

export function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

export { nearlyEqual as same } from "../numbers";

/** Adds a value to the list a map keeps under a key. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A plan row and the tab it is on. */
export interface Member {
  plan: PlanTab;
  pr: PlanRow;
}

/** Every row with an indicator, by its name as `norm` reads it. */
export function byIndicator(plans: readonly PlanTab[]): Map<string, Member[]> {
  const out = new Map<string, Member[]>();
  for (const plan of plans) {
    for (const pr of plan.table.rows) {
      const key = norm(pr.indikator);
      if (key) push(out, key, { plan, pr });
    }
  }
  return out;
}

// ------------------------------------------------------------------ names

/** Lower case, punctuation and line breaks to single spaces: "Jumlah  Dokumen-RKA." → "jumlah dokumen rka". */
export function norm(v: unknown): string {
  const text = String(v ?? "");
  let out = NORM.get(text);
  if (out === undefined) {
    out = normalise(text);
    // Names repeat across tabs; the cap keeps a long session from growing without end.
    if (NORM.size > 100_000) NORM.clear();
    NORM.set(text, out);
  }
  return out;
}

const NORM = new Map<string, string>();

/** A program / kegiatan name without its numbering or level word ("1. Kegiatan Pencadangan …" → "pencadangan …"). */
export function normName(v: unknown): string {
  return norm(v)
    .replace(/^(?:[ivx]+|\d+|[a-z])\s+(?=\p{L})/u, "")
    .replace(/^(?:program|sub ?kegiatan|kegiatan)\s+/, "");
}

const SATUAN_SYNONYMS: Record<string, string> = {
  persen: "%",
  persentase: "%",
  pesen: "%",
  prosen: "%",
  dok: "dokumen",
  org: "orang",
  keg: "kegiatan",
  lap: "laporan",
};

/** Satuan compared the way a person would: "Persen" = "%", "Dok" = "Dokumen", case ignored. */
export function normSatuan(v: unknown): string {
  const t = norm(v);
  return SATUAN_SYNONYMS[t] ?? t;
}

// ------------------------------------------------------------------ TWs and messages

/** [1,2,3,4] → "TW I–IV"; [1,3] → "TW I dan III"; [2] → "TW II". */
export function twList(tws: readonly number[]): string {
  const names = tws.map((t) => ROMAN[t - 1]);
  const run = tws.length > 2 && tws.every((t, i) => i === 0 || t === tws[i - 1] + 1);
  if (run) return `TW ${names[0]}–${names[names.length - 1]}`;
  if (names.length <= 2) return `TW ${names.join(" dan ")}`;
  return `TW ${names.slice(0, -1).join(", ")} dan ${names[names.length - 1]}`;
}

/** A cell value as a person reads it in a message: numbers id-ID, text quoted. */
export function show(v: CellValue): string {
  const n = num(v);
  if (n !== null) return formatNumber(n);
  return quote(v);
}

// ------------------------------------------------------------------ cells

export interface Loc {
  sheet: string;
  cell: string;
  /** 1-based. */
  row: number;
  /** 1-based. */
  col: number;
}

/** 0-based row/column to a location. */
export function loc(sheet: string, row0: number, col0: number): Loc {
  return { sheet, cell: `${columnLetter(col0 + 1)}${row0 + 1}`, row: row0 + 1, col: col0 + 1 };
}

/** Tables that write "Triwulan I … IV" down a column: every TW field points to one column. */
export function isLongForm(table: PlanTable): boolean {
  const c = table.columns;
  return c.targetTw1 !== undefined && c.targetTw1 === c.targetTw2;
}

/**
 * Where a field of a plan row sits: in the row's own column (side by side levels each have theirs),
 * or, for per-TW rows ("Triwulan II" under the indicator), on the row carrying that TW's label.
 */
export function cellOf(plan: PlanTab, pr: PlanRow, field: PlanField): Loc {
  const col = pr.columns[field] ?? pr.columns.indikator ?? 0;
  return loc(plan.name, rowOf(pr, field) ?? pr.row, col);
}

export function ref(l: Loc): { sheet: string; cell: string } {
  return { sheet: l.sheet, cell: l.cell };
}

/** "F12" on the same tab, "'Bidang A'!F12" elsewhere: how a message points at another cell. */
export function where(l: Loc, from?: string): string {
  return l.sheet === from ? l.cell : `'${l.sheet}'!${l.cell}`;
}

export function finding(
  rule: { id: string; severity: Severity },
  at: Loc,
  message: string,
  suggestion: string,
  related: Loc[] = [],
  severity: Severity = rule.severity,
): Finding {
  return {
    rule: rule.id,
    severity,
    sheet: at.sheet,
    cell: at.cell,
    row: at.row,
    message,
    suggestion,
    related: related.map(ref),
  };
}

// ------------------------------------------------------------------ kode

export interface Kode {
  text: string;
  /** Dotted form read leniently ("2.0701.2.05.0004" → "2.07.01.2.05.0004", "2,07" → "2.07"); null when unreadable. */
  canonical: string | null;
  /** Exactly the nomenclature shape: 2.07 / 2.07.01 / 2.07.01.2.01 / 2.07.01.2.01.0001. */
  wellFormed: boolean;
  level: Level | "urusan" | null;
  /** The canonical kode of the enclosing level (kegiatan → program, sub kegiatan → kegiatan). */
  parent: string | null;
}

const WELL_FORMED = /^(?:\d|X)\.(?:\d{2}|XX)(?:\.\d{2}(?:\.\d\.\d{2}(?:\.\d{4})?)?)?$/;
const WIDTHS = [1, 2, 2, 1, 2, 4];
const LEVEL_BY_SEGMENTS: Record<number, Kode["level"]> = {
  2: "urusan",
  3: "program",
  5: "kegiatan",
  6: "subkegiatan",
};
const PARENT_SEGMENTS: Record<number, number> = { 3: 2, 5: 3, 6: 5 };

export function readKode(v: CellValue): Kode | null {
  const text = String(v ?? "").trim();
  if (!text) return null;
  let kode = KODES.get(text);
  if (!kode) {
    kode = parseKode(text);
    if (KODES.size > 100_000) KODES.clear();
    KODES.set(text, kode);
  }
  return kode;
}

/** The same kode appears on every tab: parse each once. */
const KODES = new Map<string, Kode>();

function parseKode(text: string): Kode {
  let canonical: string | null = null;
  if (WELL_FORMED.test(text)) canonical = text;
  else {
    const segments = text.split(/[.,\s]+/).filter(Boolean);
    if (segments.every((s) => /^\d+$/.test(s))) {
      const digits = segments.join("");
      const widths = [3, 5, 8, 12].indexOf(digits.length);
      if (widths >= 0) {
        // Missing or extra dots: cut the digits by the nomenclature widths.
        const parts: string[] = [];
        let at = 0;
        for (const w of WIDTHS.slice(0, [2, 3, 5, 6][widths])) {
          parts.push(digits.slice(at, at + w));
          at += w;
        }
        canonical = parts.join(".");
      } else if (segments.length in LEVEL_BY_SEGMENTS) canonical = segments.join(".");
    }
  }
  const segs = canonical ? canonical.split(".") : [];
  const level = LEVEL_BY_SEGMENTS[segs.length] ?? null;
  const parentLen = PARENT_SEGMENTS[segs.length];
  return {
    text,
    canonical,
    wellFormed: WELL_FORMED.test(text),
    level,
    parent: parentLen ? segs.slice(0, parentLen).join(".") : null,
  };
}

// ------------------------------------------------------------------ budget entities

const RANK: Record<Level, number> = { sasaran: 0, program: 1, kegiatan: 2, subkegiatan: 3 };
export const levelRank = (l: Level): number => RANK[l];

export const LEVEL_NAME: Record<Level, string> = {
  sasaran: "sasaran",
  program: "program",
  kegiatan: "kegiatan",
  subkegiatan: "sub kegiatan",
};

/** A program / kegiatan / sub kegiatan of one tab with its indicator rows and the row holding its pagu. */
export interface Entity {
  key: string;
  level: Level | null;
  kode: Kode | null;
  name: string;
  rows: PlanRow[];
  /** The first row with a pagu, else the first row. */
  main: PlanRow;
  pagu: number | null;
}

/**
 * Groups a tab's rows into entities: by kode when there is one, else by level and normalised name.
 * A row without a level that follows a kegiatan is read as its sub kegiatan, and one that follows a
 * sub kegiatan as its sibling (the LAKIP tables write sub kegiatan names without a prefix or kode);
 * one that follows a program is not guessed to be a kegiatan (three numbered rows are peers).
 */
export function entities(table: PlanTable): Entity[] {
  let out = ENTITIES.get(table);
  if (!out) {
    out = readEntities(table);
    ENTITIES.set(table, out);
  }
  return out;
}

/** Several rules walk the same entities: read each table once. */
const ENTITIES = new WeakMap<PlanTable, Entity[]>();

function readEntities(table: PlanTable): Entity[] {
  const byKey = new Map<string, Entity>();
  const out: Entity[] = [];
  let previous: Level | null = null;
  for (const pr of table.rows) {
    const kode = readKode(pr.kode);
    // The kode read leniently wins: "2.0701.2.05.0004" has five parts but is a sub kegiatan.
    const byKode = kode?.level && kode.level !== "urusan" ? kode.level : null;
    let level: Level | null = kode?.canonical ? byKode : pr.level;
    // Only below a kegiatan (the LAKIP's unprefixed sub kegiatan): numbered rows under a program
    // without kode or level word are no nesting anybody wrote (they are peers, as the Ringkasan sums).
    if (!level && !kode && pr.uraian && (previous === "kegiatan" || previous === "subkegiatan")) {
      level = "subkegiatan";
    }
    previous = level;
    const name = normName(pr.uraian);
    let key = kode?.canonical ? `k:${kode.canonical}` : name ? `n:${level ?? "?"}:${name}` : `r:${pr.row}`;
    // A second item given the same kode (a copied kode: the kode rule names it) is an item of its own.
    const same = byKey.get(key);
    if (same && kode?.canonical && name && normName(same.name) !== name) key += `|${name}`;
    let e = byKey.get(key);
    if (!e) {
      e = { key, level, kode, name: pr.uraian, rows: [], main: pr, pagu: null };
      byKey.set(key, e);
      out.push(e);
    }
    e.rows.push(pr);
    const pagu = num(pr.pagu);
    if (pagu !== null && e.pagu === null) {
      e.pagu = pagu;
      e.main = pr;
    }
  }
  return out;
}

/** "program "Administrasi Umum…"" for messages. */
export function entityLabel(e: Entity): string {
  const name = e.name || e.main.indikator;
  return e.level ? `${LEVEL_NAME[e.level]} ${quote(name)}` : quote(name);
}

// ------------------------------------------------------------------ targets

/**
 * The annual target a row states: the Target Tahunan cell, or, when a tab has only TW targets (the
 * Luwu Timur Renaksi), what they add up to by sifat (every reading when the sifat is not written).
 */
export function annualReadings(pr: PlanRow, sifat: "kumulatif" | "akhir" | "tetap" | null): number[] {
  const annual = num(pr.targetTahunan);
  if (annual !== null) return [annual];
  const filled = pr.targetTw.map((v) => num(v)).filter((v): v is number => v !== null);
  if (filled.length === 0) return [];
  const total = sum(filled);
  const last = filled[filled.length - 1];
  if (sifat === "kumulatif") return [total];
  if (sifat) return [last];
  return total === last ? [total] : [total, last];
}

/** Similarity of two normalised names (Dice coefficient of letter pairs, 0–1): catches typos only. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const p = a.slice(i, i + 2);
    pairs.set(p, (pairs.get(p) ?? 0) + 1);
  }
  let common = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const p = b.slice(i, i + 2);
    const n = pairs.get(p) ?? 0;
    if (n > 0) {
      common++;
      pairs.set(p, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length - 2);
}

// ------------------------------------------------------------------ indicator wording

/**
 * Words that carry no meaning of their own in an indicator's name. Array literals: the server script,
 * which never reads these sets, then leaves them out (a top-level `.split` call would stay in it).
 */
const STOP_WORDS = new Set([
  "yang",
  "dan",
  "di",
  "ke",
  "dari",
  "untuk",
  "dengan",
  "pada",
  "dalam",
  "oleh",
  "atau",
  "per",
  "serta",
  "sesuai",
  "telah",
  "akan",
  "secara",
  "bagi",
  "terhadap",
  "tersebut",
]);
/** Measure words every second indicator starts with: they say how, not what. */
const MEASURE_WORDS = new Set([
  "jumlah",
  "persentase",
  "presentase",
  "prosentase",
  "tingkat",
  "nilai",
  "indeks",
  "angka",
  "rasio",
  "capaian",
  "cakupan",
  "banyaknya",
]);
/** Words offices use for one another in indicator names. */
const SAME_WORD: Record<string, string> = { pegawai: "asn", aparatur: "asn", pns: "asn", karyawan: "asn" };

/**
 * A crude Indonesian stem: the affixes that change a word's form but not its meaning
 * ("terbayarkan" → "bayar", "tunjangannya" → "tunjang", "menerima" → "terima").
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 6 && w.endsWith("nya")) w = w.slice(0, -3);
  for (const suffix of ["kan", "an", "i"]) {
    if (w.length > suffix.length + 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  const prefix = /^(?:meng|meny|mem|men|me|peng|peny|pem|pen|pe|ber|ter|di|ke)(?=[a-z]{4})/.exec(w);
  if (prefix) {
    const rest = w.slice(prefix[0].length);
    // "menerima" → "nerima" → the dropped t: "terima"; "penyusunan" → "susun".
    if (prefix[0] === "men" || prefix[0] === "pen") w = /^[aiueo]/.test(rest) ? `t${rest}` : rest;
    else if (prefix[0] === "meny" || prefix[0] === "peny") w = `s${rest}`;
    else if (prefix[0] === "mem" || prefix[0] === "pem") w = /^[aiueo]/.test(rest) ? `p${rest}` : rest;
    else w = rest;
  }
  return SAME_WORD[w] ?? w;
}

/** The content words of an indicator's name, stemmed, without stop and measure words. */
export function indicatorWords(name: string): Set<string> {
  const out = new Set<string>();
  for (const w of norm(name).split(" ")) {
    if (!w || STOP_WORDS.has(w) || MEASURE_WORDS.has(w) || /^\d+$/.test(w)) continue;
    out.add(stem(SAME_WORD[w] ?? w));
  }
  return out;
}

/**
 * Words naming the group an indicator counts (school levels, sexes, negeri / swasta). Array literals,
 * as the word sets above, so that the server script leaves them out.
 */
const GROUPS = [
  ["paud", "tk", "ra", "sd", "mi", "smp", "mts", "sma", "ma", "smk", "slb"],
  ["laki", "perempuan", "pria", "wanita"],
  ["negeri", "swasta"],
];
/** Words before a place's name ("Kec. Wotu", "Desa Lampenai", "Puskesmas Malili"). */
const PLACES = ["kec", "kecamatan", "kel", "kelurahan", "desa", "puskesmas", "upt", "uptd"];

/**
 * Whether two names count different groups ("APM SD" and "APM SMP", "… Kec. Wotu" and "… Kec.
 * Malili"): then they are two indicators however alike the rest (trial 8 #9). A name without such a
 * word ("Angka Partisipasi Murni Sekolah Dasar") is no evidence either way.
 */
export function otherGroup(a: string, b: string): boolean {
  const [wa, wb] = [norm(a).split(" "), norm(b).split(" ")];
  const differ = (x: string[], y: string[]) =>
    x.length > 0 && y.length > 0 && `${[...new Set(x)].sort()}` !== `${[...new Set(y)].sort()}`;
  // The first word after a place word that is no stop word ("desa yang mandiri": "mandiri").
  const places = (ws: string[]) =>
    ws.flatMap((w, i) =>
      PLACES.includes(w)
        ? (ws.slice(i + 1).filter((n) => !STOP_WORDS.has(n) && !PLACES.includes(n))[0] ?? [])
        : [],
    );
  return (
    GROUPS.some((g) =>
      differ(
        wa.filter((w) => g.includes(w)),
        wb.filter((w) => g.includes(w)),
      ),
    ) || differ(places(wa), places(wb))
  );
}

/** How sure two names are one indicator: shared content words (Dice, 0–1) and how many they share. */
export function wordOverlap(a: Set<string>, b: Set<string>): { score: number; shared: number } {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return { score: a.size + b.size === 0 ? 0 : (2 * shared) / (a.size + b.size), shared };
}
