/**
 * Finds a Rencana Aksi / evaluation table in a tab matrix (values as `getValues()` returns them).
 * Pure: no I/O. The steps: find the header band (1–3 rows, merged cells appear as a value in the first
 * cell and "" in the rest), give each column a field from its header path (group headers above apply
 * to the sub-headers under them until the next group to the right), split the columns into level
 * blocks (a name column such as "Program" / "Kegiatan" / "Sub Kegiatan", or a group with that name,
 * starts a block), then read the data rows.
 *
 * Choices worth knowing:
 * - Side by side levels (the LAKIP "EVALUASI KINERJA" sheets: Program | Kegiatan | Sub Kegiatan, each
 *   with its own Indikator/Satuan/Target): every indicator of every level becomes its own PlanRow with
 *   `level` set from its block. `PlanTable.columns` then holds the columns of the most detailed block
 *   (plus the shared ones: kode, pagu, RAK, penanggung jawab…) and the name column of every level.
 * - Per-TW rows (the same sheets write "Triwulan I … Triwulan IV" down a column under "Target", with the
 *   value in the merged cell's second column): the four rows fill targetTw/realisasiTw of the indicator
 *   above; `columns.targetTw1…4` (and realisasiTw1…4) then all point to that one column.
 * - "JUMLAH" / "TOTAL …" rows are skipped: they are not indicators and do not change the inherited
 *   names. Reading stops at a signature block ("Malili, Maret 2024", "Mengetahui", "NIP. …").
 * - A row holding only text in text columns (names, indikator, penanggung jawab) right below another
 *   row continues that row's wrapped text and is joined to it.
 */
import type { CellValue, RangeRef } from "./cells";
import { FIELD_SYNONYMS, familyHeader, fieldHeader, type HeaderWord } from "./columns";
import {
  type Level,
  NAME_FIELDS,
  type NameField,
  type PlanField,
  type PlanRow,
  type PlanTable,
  type Quad,
  TWS,
  type Tw,
  twFields,
} from "./plan";
import { isBlank, normalise } from "./text";

export type PlanDetection =
  | { ok: true; table: PlanTable; missing: PlanField[] }
  | {
      ok: false;
      /** One Indonesian sentence saying what is wrong. */
      reason: string;
    };

/** A person's correction of how a tab is read (kept in Pengaturan, see core/koreksi.ts). */
export interface LayoutCorrection {
  /** 0-based first and last header rows. */
  header?: { top: number; bottom: number };
  /** 0-based column and the field it holds; null: the column is not used. */
  columns: { col: number; field: PlanField | null }[];
}

export interface ReadOptions {
  /** Merged ranges of the header area, 1-based, as `Range.getMergedRanges()` reports them. */
  merges?: readonly RangeRef[];
  correction?: LayoutCorrection;
}

/** Columns a triwulan evaluation needs. Target Tahunan may be absent when all four TW targets exist. */
export const REQUIRED_FIELDS: readonly PlanField[] = [
  "indikator",
  "satuan",
  "targetTahunan",
  ...twFields("targetTw"),
  ...twFields("realisasiTw"),
  "pagu",
  ...twFields("realisasiAnggaranTw"),
];

const HEADER_SCAN_ROWS = 30;
const MAX_BAND_ROWS = 4;
/** Rows a header band can reach: where the port looks for merged ranges. */
export const HEADER_AREA_ROWS = HEADER_SCAN_ROWS + MAX_BAND_ROWS - 1;

// ---------------------------------------------------------------- text helpers

/** Lower case, punctuation and line breaks to single spaces; "%" is kept (it is a header: capaian). */
export function normaliseHeader(v: CellValue): string {
  if (typeof v !== "string" && typeof v !== "number") return "";
  return normalise(String(v));
}

const ROMAN: Record<string, Tw> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const TW_RE = /\b(?:tw|tr|trw|triwulan|q)\s?(iv|iii|ii|i|[1-4])\b/;
const BARE_ROMAN_RE = /^(iv|iii|ii|i)$/;
const BARE_ARABIC_RE = /^[1-4]$/;
/** Words that carry no meaning in a header: years, "tahun", "(Rp)", "s.d.". */
const NOISE_RE = /\b(?:(?:19|20)\d\d|tahun|ta|rp|s d|sd|sampai dengan)\b/g;

/** Splits the TW number off a normalised header ("realisasi tw ii" → 2, "realisasi"). */
function splitTw(text: string, bareArabic: boolean): { tw: Tw | null; rest: string } {
  const m = TW_RE.exec(text);
  if (m) return { tw: ROMAN[m[1]], rest: clean(text.replace(m[0], " ")) };
  const rest = clean(text);
  if (BARE_ROMAN_RE.test(rest) || (bareArabic && BARE_ARABIC_RE.test(rest)))
    return { tw: ROMAN[rest], rest: "" };
  return { tw: null, rest };
}

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

function matchWord(rest: string): HeaderWord | null {
  if (!rest) return null;
  const exact = EXACT.get(rest);
  if (exact) return exact;
  if (rest.split(" ").length > 12) return null;
  for (const [syn, word] of PREFIXES) if (rest.startsWith(`${syn} `)) return word;
  return null;
}

type CellClass = "empty" | "word" | "tw" | "year" | "other";

/** How a cell reads as a header, on its own (without the group headers above it). */
function classifyHeaderCell(v: CellValue): CellClass {
  if (isBlank(v)) return "empty";
  if (typeof v === "number") return v >= 1900 && v <= 2100 && Number.isInteger(v) ? "year" : "other";
  const text = normaliseHeader(v);
  if (/^(19|20)\d\d$/.test(text)) return "year";
  const { tw, rest } = splitTw(text, false);
  if (rest && matchWord(rest)) return "word";
  if (tw && !rest) return "tw";
  return "other";
}

function text(v: CellValue | undefined): string {
  if (v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

/** A cell a person reads as a number or as "nothing": 12, "1.852.283.616", "63,57", "95%", "Rp 5.000", "-". */
function isNumberLike(v: CellValue): boolean {
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
  return m ? ROMAN[m[1]] : null;
}

// ---------------------------------------------------------------- header band

function rowClasses(row: CellValue[]): CellClass[] {
  return row.map(classifyHeaderCell);
}

/** A row that can start a header band: at least two field words, mostly header words, no data numbers. */
function isHeaderStart(row: CellValue[]): boolean {
  // The cheap test first: a data row holds numbers (a year is a header word).
  if (row.some((v) => typeof v === "number" && classifyHeaderCell(v) !== "year")) return false;
  const cls = rowClasses(row);
  const words = cls.filter((c) => c === "word").length;
  const matched = words + cls.filter((c) => c === "tw" || c === "year").length;
  const nonEmpty = cls.filter((c) => c !== "empty").length;
  return words >= 2 && matched * 2 >= nonEmpty;
}

/**
 * A row that continues a band (sub-headers "TR I … TR IV") or caps it (group headers over the start
 * row). A cap needs two cells: a lone cell above the header is a title ("Realisasi Kinerja Triwulan I").
 */
function isBandRow(row: CellValue[], cap: boolean): boolean {
  const cls = rowClasses(row);
  if (cls.some((c) => c === "other")) return false;
  const headers = cls.filter((c) => c === "word" || c === "tw").length;
  return cap ? cls.includes("word") && headers >= 2 : headers >= 1;
}

/** "1 2 3 … n" or "(1) (2) …" under the header (numbers may skip, as in the LAKIP: (1) (2) (4) (5)). */
function isColumnNumberRow(row: CellValue[]): boolean {
  const nums: number[] = [];
  for (const v of row) {
    if (isBlank(v)) continue;
    const m = /^\(?(\d{1,2})\)?$/.exec(text(v));
    if (!m || (typeof v === "number" && !Number.isInteger(v))) return false;
    nums.push(Number(m[1]));
  }
  return nums.length >= 3 && nums[0] <= 2 && nums.every((n, i) => i === 0 || n > nums[i - 1]);
}

/** The widest row (a loop: spreading 100.000 rows into Math.max overflows the call stack). */
function widthOf(rows: CellValue[][]): number {
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  return width;
}

/**
 * A row of column headers, sub-headers ("TR I … TR IV", "JUMLAH I II III IV") or column numbers:
 * the header band repeated at the top of a page, which holds no data.
 */
export function isHeaderRow(row: CellValue[]): boolean {
  return isHeaderStart(row) || isColumnNumberRow(row) || isBandRow(row, false);
}

function isEmptyRow(row: CellValue[]): boolean {
  return row.every((v) => isBlank(v));
}

const PLACE_DATE_RE = /^[A-Za-z .'-]+,\s*(\d{1,2}\s+)?[A-Za-z]*\s*\d{4}$/;
/** The signature block under a plan: "Malili, Maret 2024", "Mengetahui", "NIP. 1974…", "Pangkat : …". */
function isSignatureRow(row: CellValue[]): boolean {
  const cells = row.filter((v) => !isBlank(v)).map(text);
  if (cells.length === 0 || cells.length > 3) return false;
  return cells.some(
    (t) =>
      PLACE_DATE_RE.test(t) || /^mengetahui\b/i.test(t) || /^nip[.\s:]/i.test(t) || /^pangkat\s*:/i.test(t),
  );
}

const TOTAL_RE =
  /^(?:sub ?)?(?:jumlah|total|grand total)(?: (?:anggaran|belanja|keseluruhan|seluruhnya|total|pagu))?$/;

// ---------------------------------------------------------------- columns

const isNameField = (f: string | null | undefined): f is NameField =>
  (NAME_FIELDS as readonly (string | null | undefined)[]).includes(f);
const HIERARCHY = NAME_FIELDS.slice(0, 4);
const LEVEL_RANK: Record<Level, number> = { sasaran: 0, program: 1, kegiatan: 2, subkegiatan: 3 };
/** Fields each level of a side-by-side table has its own column for. */
const PER_LEVEL = new Set<PlanField>([
  "indikator",
  "satuan",
  "polaritas",
  "sifat",
  "targetTahunan",
  ...twFields("targetTw"),
  ...twFields("realisasiTw"),
  "realisasiTahunan",
  "capaian",
  "kriteria",
]);
const SIMPLE_LEAF = new Set<HeaderWord>([
  "no",
  "kode",
  ...NAME_FIELDS,
  "indikator",
  "satuan",
  "polaritas",
  "sifat",
  "penanggungJawab",
  "keterangan",
  "kriteria",
]);

/** Headers of other periods (Renstra, last year): not this year's plan, so not read. */
const OTHER_PERIOD_RE = /\b(?:renstra|tahun lalu|akhir periode|tahun sebelumnya|rpjmd)\b/;

interface Resolved {
  field: PlanField | null;
  /** A level named by a group header above ("Program" over "Uraian | Indikator | …"). */
  levelGroup: Level | null;
  /** "Realisasi" without a TW: per-TW rows, or the triwulan named in the title block. */
  bareRealisasi: boolean;
}

/** Gives a column its field from its header path: group headers (top first), then its own header. */
function resolveColumn(groups: string[], leaf: string): Resolved {
  let tw: Tw | null = null;
  let levelGroup: Level | null = null;
  const words = new Set<HeaderWord>();
  let leafWord: HeaderWord | null = null;
  let leafRest = "";
  const parts = [...groups, leaf];
  // The leaf's own TW wins over a group's, so read the leaf first.
  for (let i = parts.length - 1; i >= 0; i--) {
    const isLeaf = i === parts.length - 1;
    const { tw: t, rest } = splitTw(parts[i], groups.length > 0 || !isLeaf);
    if (t && tw === null) tw = t;
    const w = matchWord(rest);
    if (isLeaf) {
      leafWord = w;
      leafRest = rest;
    }
    if (!isLeaf && (w === "sasaran" || w === "program" || w === "kegiatan" || w === "subkegiatan")) {
      levelGroup ??= w;
    } else if (w) words.add(w);
  }
  const out = (field: PlanField | null, bareRealisasi = false): Resolved => ({
    field,
    levelGroup,
    bareRealisasi,
  });
  if (parts.some((p) => OTHER_PERIOD_RE.test(p))) return out(null);
  if (leafWord && SIMPLE_LEAF.has(leafWord)) {
    if (leafWord === "uraian" && levelGroup) return out(levelGroup);
    // "URAIAN | SATUAN | TARGET" under "INDIKATOR KINERJA": the uraian is the indicator's.
    if (leafWord === "uraian" && words.has("indikator")) return out("indikator");
    return out(leafWord as PlanField);
  }
  if (leafWord === "capaian") return out("capaian");
  if (
    words.has("realisasiAnggaran") ||
    (words.has("realisasi") && (words.has("anggaran") || words.has("pagu") || words.has("keuangan")))
  ) {
    return out(tw ? `realisasiAnggaranTw${tw}` : null);
  }
  if (words.has("realisasi")) return tw ? out(`realisasiTw${tw}`) : out(null, true);
  // "Keuangan" / "Rp" beside a target is the budget plan: RAK per TW, else the pagu.
  if (words.has("keuangan")) return out(tw ? `rakTw${tw}` : "pagu");
  if (words.has("pagu")) return out(tw ? `rakTw${tw}` : "pagu");
  if (words.has("anggaran")) {
    if (tw) return out(`rakTw${tw}`);
    // A lone "JUMLAH" means nothing; under "ANGGARAN" it is the pagu.
    return out(leafRest === "jumlah" && groups.length === 0 ? null : "pagu");
  }
  if (words.has("target")) return out(tw ? `targetTw${tw}` : "targetTahunan");
  if (words.has("capaian")) return out("capaian");
  // "I … IV" under a group nobody named as budget or realisasi (e.g. a year): quarterly targets.
  if (tw && !leafRest && leaf) return out(`targetTw${tw}`);
  return out(null);
}

interface LongForm {
  /** Column holding "Triwulan I … IV", the target value next to it, and the realisasi. */
  labelCol: number;
  valueCol: number | null;
  realCol: number | null;
}

interface Block {
  level: Level | null;
  nameField: NameField | null;
  cols: Partial<Record<PlanField, number>>;
  bareRealisasi: number | null;
  long: LongForm | null;
}

interface Header {
  top: number;
  bottom: number;
  /** Field of each column (null when unknown); spanOf: the column a horizontally merged header started at. */
  fields: (PlanField | null)[];
  spanOf: (number | null)[];
  blocks: Block[];
  shared: Partial<Record<PlanField, number>>;
}

/** A unit under a header ("Rp.", "(%)", "(Rp)"): says nothing about the column's meaning. */
const UNIT_RE = /^(?:rp|rupiah|rp juta|juta rupiah|ribu rupiah|%|persen|k)$/;

/**
 * The band as normalised header texts, every cell of a spanned header holding that header: a merged
 * range (as Sheets reports it) fills its cells with its top-left text; in a row without merges a blank
 * cell with sub-headers under it belongs to the nearest header to its left that has sub-headers too
 * (text left only in the first cell, as pasted from Word); text repeated along a row needs nothing.
 */
function fillBand(
  values: CellValue[][],
  top: number,
  bottom: number,
  width: number,
  merges: readonly RangeRef[],
): string[][] {
  const grid: string[][] = [];
  for (let r = top; r <= bottom; r++)
    grid.push(Array.from({ length: width }, (_, c) => normaliseHeader(values[r]?.[c] ?? "")));
  const merged = grid.map(() => false);
  for (const m of merges) {
    const r0 = m.row - 1;
    const c0 = m.col - 1;
    if (r0 + m.rows - 1 < top || r0 > bottom) continue;
    const master = normaliseHeader(values[r0]?.[c0] ?? "");
    for (let r = Math.max(r0, top); r <= Math.min(r0 + m.rows - 1, bottom); r++) {
      merged[r - top] = true;
      for (let c = c0; c < Math.min(c0 + m.cols, width); c++) grid[r - top][c] = master;
    }
  }
  const typed = grid.map((row) => [...row]);
  const hasSub = (k: number, c: number) => typed.slice(k + 1).some((row) => row[c] !== "");
  for (let k = 0; k < grid.length - 1; k++) {
    if (merged[k]) continue;
    for (let c = 1; c < width; c++) {
      if (typed[k][c] !== "" || !hasSub(k, c)) continue;
      let c0 = c - 1;
      while (c0 >= 0 && typed[k][c0] === "") c0--;
      // Only under the same header above: "IV" over K | Rp does not reach the next header's column.
      const sameParent = grid.slice(0, k).every((row) => row[c] === row[c0]);
      if (c0 >= 0 && hasSub(k, c0) && sameParent) grid[k][c] = typed[k][c0];
    }
  }
  return grid;
}

/** A row of units ("Rp. | I | II | III | IV", "K | Rp | K | Rp"), unit cells beside TW numbers at most. */
function isUnitRow(row: string[]): boolean {
  let units = 0;
  for (const t of row) {
    if (!t) continue;
    if (UNIT_RE.test(t)) units++;
    else if (!splitTw(t, true).tw || splitTw(t, true).rest) return false;
  }
  return units > 0;
}

/**
 * A column's header path, top first: spanned texts once, units of a unit row dropped ("Rp" turns
 * the header above it to its budget side: "K | Rp" of the Permendagri 86/2017 forms).
 */
function columnPath(grid: string[][], unitRows: boolean[], c: number): string[] {
  const path: string[] = [];
  let money = false;
  grid.forEach((row, k) => {
    const t = row[c];
    if (unitRows[k] && UNIT_RE.test(t)) money ||= /\brp\b|rupiah/.test(t);
    else if (t && t !== path[path.length - 1]) path.push(t);
  });
  if (money && path.length > 0) path.splice(path.length - 1, 0, "keuangan");
  return path;
}

const samePath = (a: string[], b: string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

function readHeader(
  values: CellValue[][],
  top: number,
  bottom: number,
  width: number,
  merges: readonly RangeRef[] = [],
): Header {
  const grid = fillBand(values, top, bottom, width, merges);
  const fields: (PlanField | null)[] = [];
  const spanOf: (number | null)[] = [];
  const blocks: Block[] = [];
  const shared: Partial<Record<PlanField, number>> = {};
  const newBlock = (level: Level | null, nameField: NameField | null): Block => {
    const b: Block = { level, nameField, cols: {}, bareRealisasi: null, long: null };
    blocks.push(b);
    return b;
  };
  let block: Block | null = null;
  let previous: string[] = [];
  // Units as typed: merged headers above fill the unit row's other cells in the grid, and text
  // repeated down from the row above (a vertical merge pasted from Word) is not the row's own.
  const typed = values.slice(top, bottom + 1).map((row) => row.map(normaliseHeader));
  const unitRows = typed.map((row, k) =>
    isUnitRow(row.map((t, c) => (k > 0 && typed[k - 1][c] === t && !UNIT_RE.test(t) ? "" : t))),
  );

  for (let c = 0; c < width; c++) {
    const path = columnPath(grid, unitRows, c);
    // No header of its own, or only the groups over its left neighbour: a merged or blank second column.
    const continues =
      path.length === 0 ||
      (c > 0 && (samePath(path, previous) || samePath(path, previous.slice(0, path.length))));
    previous = path;
    if (continues) {
      const root = c > 0 ? (spanOf[c - 1] ?? c - 1) : null;
      spanOf.push(root !== null && fields[root] !== null ? root : null);
      fields.push(null);
      continue;
    }
    spanOf.push(null);
    const r = resolveColumn(path.slice(0, -1), path[path.length - 1]);
    fields.push(r.field);
    const f = r.field;
    if (r.levelGroup && (!block || block.level !== r.levelGroup)) {
      block = newBlock(r.levelGroup, r.levelGroup);
    }
    if (isNameField(f)) {
      const nf = f;
      if (!(block && r.levelGroup && block.nameField === nf && block.cols[nf] === undefined)) {
        block = newBlock(nf === "uraian" ? null : (nf as Level), nf);
      }
      block.cols[nf] ??= c;
      continue;
    }
    if (r.bareRealisasi) {
      block ??= newBlock(null, null);
      block.bareRealisasi ??= c;
      continue;
    }
    if (!f) continue;
    if (PER_LEVEL.has(f)) {
      block ??= newBlock(null, null);
      block.cols[f] ??= c;
    } else shared[f] ??= c;
  }
  return { top, bottom, fields, spanOf, blocks, shared };
}

// ---------------------------------------------------------------- detection

/** A row that may sit in a header band: text and years only, no data numbers, not a title. */
function isBandCandidate(row: CellValue[]): boolean {
  if (isEmptyRow(row) || isColumnNumberRow(row) || isSignatureRow(row) || isTitleRow(row)) return false;
  for (const v of row) {
    if (isBlank(v)) continue;
    if (typeof v !== "string") {
      if (classifyHeaderCell(v) !== "year") return false;
    } else if ((isNumberLike(v) && !/^(19|20)\d\d$/.test(v.trim())) || v.length > 160) return false;
  }
  return true;
}

/** One text across the row (alone, merged or repeated): a title such as "RENCANA AKSI TAHUN 2024". */
function isTitleRow(row: CellValue[]): boolean {
  const texts = new Set<string>();
  let cells = 0;
  for (const v of row) {
    if (isBlank(v)) continue;
    cells++;
    texts.add(normaliseHeader(v));
  }
  // "TW I | TW I | TW I" under Target | Realisasi | Capaian is a row of sub-headers, not a title.
  const [only] = texts;
  if (texts.size !== 1 || UNIT_RE.test(only)) return false;
  return cells === 1 || classifyHeaderCell(only) === "other";
}

/** How many columns a band gives a meaning (an Indikator column weighs most). */
function bandScore(h: Header): number {
  const found = new Set(h.fields.filter((f): f is PlanField => f !== null));
  const bare = h.blocks.some((b) => b.bareRealisasi !== null) ? 1 : 0;
  return found.size + bare + (h.blocks.some((b) => b.cols.indikator !== undefined) ? 100 : 0);
}

/**
 * The header band: around each row that names at least two fields, every band of 1–4 rows of header
 * text (group rows with any words above it, sub-header and unit rows under it) is scored by the
 * columns it gives a meaning; the best one wins, the taller on a tie (a unit row or a group row of
 * unknown words changes nothing but belongs to the band). The first band with an Indikator column is
 * the table; `headerOnly` when bands exist but none has one.
 */
function findBand(
  values: CellValue[][],
  width: number,
  merges: readonly RangeRef[],
  fix?: LayoutCorrection,
): { top: number; bottom: number } | "headerOnly" | null {
  let sawHeader = false;
  const limit = Math.min(values.length, HEADER_SCAN_ROWS);
  const candidate = new Map<number, boolean>();
  const ok = (r: number) => {
    let v = candidate.get(r);
    if (v === undefined) {
      v = r >= 0 && r < values.length && isBandCandidate(values[r]);
      candidate.set(r, v);
    }
    return v;
  };
  for (let s = 0; s < limit; s++) {
    if (!isHeaderStart(values[s])) continue;
    let best: { top: number; bottom: number; score: number; h: Header } | null = null;
    for (let top = s; top >= Math.max(0, s - MAX_BAND_ROWS + 1); top--) {
      if (top < s && !ok(top)) break;
      for (let bottom = s; bottom - top < MAX_BAND_ROWS && bottom < values.length; bottom++) {
        if (bottom > s && !ok(bottom)) break;
        const h = readHeader(values, top, bottom, width, merges);
        const score = bandScore(h);
        const taller = best && bottom - top > best.bottom - best.top;
        if (!best || score > best.score || (score === best.score && taller)) best = { top, bottom, score, h };
      }
    }
    // A person's correction may give the band its Indikator column.
    if (best && fix) applyCorrection(best.h, fix.columns);
    if (best?.h.blocks.some((b) => b.cols.indikator !== undefined)) return best;
    sawHeader = true;
    if (best) s = Math.max(s, best.bottom);
  }
  return sawHeader ? "headerOnly" : null;
}

/** The triwulan a title block names ("TRIWULAN I TAHUN 2024"), for a lone "Realisasi" column. */
function titleTw(values: CellValue[][], top: number): Tw | null {
  for (let r = 0; r < top; r++) {
    for (const v of values[r]) {
      const m = TW_RE.exec(normaliseHeader(v));
      if (m) return ROMAN[m[1]];
    }
  }
  return null;
}

function kodeLevel(kode: string): Level | null {
  const t = kode.trim();
  if (!/^\d+(\.\d+)+$/.test(t)) return null;
  const n = t.split(".").length;
  return n === 3 ? "program" : n === 5 ? "kegiatan" : n === 6 ? "subkegiatan" : null;
}

function wordsLevel(name: string): Level | null {
  const t = normaliseHeader(name);
  if (/^sub ?kegiatan\b/.test(t)) return "subkegiatan";
  if (/^kegiatan\b/.test(t)) return "kegiatan";
  if (/^program\b/.test(t)) return "program";
  if (/^sasaran\b/.test(t)) return "sasaran";
  return null;
}

function joinWrapped(a: string, b: string): string {
  if (!a) return b;
  return /[-/]$/.test(a) ? `${a}${b}` : `${a} ${b}`;
}

const emptyQuad = (): Quad<CellValue> => ["", "", "", ""];

/** Finds the plan table of a tab and reads its indicator rows. */
export function detectPlan(tab: string, values: CellValue[][], options: ReadOptions = {}): PlanDetection {
  if (values.every(isEmptyRow))
    return { ok: false, reason: `Tab '${tab}' kosong; tidak ada Rencana Aksi yang bisa dibaca.` };
  const width = widthOf(values);
  const merges = options.merges ?? [];
  const fix = options.correction;
  const band = fix?.header ? correctedBand(fix.header, values.length) : findBand(values, width, merges, fix);
  if (band === "headerOnly") {
    return {
      ok: false,
      reason: `Tab '${tab}' memiliki baris judul kolom, tetapi tidak ada kolom Indikator, jadi tidak bisa dibaca sebagai Rencana Aksi.`,
    };
  }
  if (!band) {
    return {
      ok: false,
      reason: `Tab '${tab}' tidak memuat baris judul kolom Rencana Aksi (Indikator, Target, …) pada ${HEADER_SCAN_ROWS} baris pertama.`,
    };
  }
  const h = readHeader(values, band.top, band.bottom, width, merges);
  if (fix) applyCorrection(h, fix.columns);

  let dataStart = band.bottom + 1;
  while (dataStart < values.length && isEmptyRow(values[dataStart])) dataStart++;
  if (dataStart < values.length && isColumnNumberRow(values[dataStart])) dataStart++;
  else dataStart = band.bottom + 1;

  const indicatorBlocks = h.blocks.filter((b) => b.cols.indikator !== undefined);
  const sideBySide = indicatorBlocks.length > 1;
  const deepest = indicatorBlocks.reduce((best, b) =>
    (b.level ? LEVEL_RANK[b.level] : -1) >= (best.level ? LEVEL_RANK[best.level] : -1) ? b : best,
  );
  // Shared columns (kode, pagu, RAK, realisasi anggaran, penanggung jawab) belong to the most detailed level.
  Object.assign(deepest.cols, { ...h.shared, ...deepest.cols });

  const twOfTitle = titleTw(values, band.top);
  for (const b of indicatorBlocks) setupLongForm(b, h, values, dataStart, twOfTitle);

  // Name columns of every level, in hierarchy order (for inheritance).
  const nameCols: { field: NameField; col: number }[] = [];
  for (const b of h.blocks) {
    for (const nf of NAME_FIELDS) {
      const c = b.cols[nf];
      if (c !== undefined && !nameCols.some((n) => n.field === nf)) nameCols.push({ field: nf, col: c });
    }
  }
  nameCols.sort((a, b) => NAME_FIELDS.indexOf(a.field) - NAME_FIELDS.indexOf(b.field));
  const uraianCol = nameCols.find((n) => n.field === "uraian")?.col;

  const columns: Partial<Record<PlanField, number>> = { ...deepest.cols };
  for (const n of nameCols) columns[n.field] ??= n.col;

  // Which column means what, for joining wrapped text.
  const fieldAt = new Map<number, { field: PlanField; block: Block | null }>();
  for (const b of h.blocks)
    for (const [f, c] of Object.entries(b.cols))
      fieldAt.set(c as number, { field: f as PlanField, block: b });
  for (const [f, c] of Object.entries(h.shared))
    if (!fieldAt.has(c as number)) fieldAt.set(c as number, { field: f as PlanField, block: deepest });
  const TEXT_FIELDS = new Set<PlanField>([...NAME_FIELDS, "indikator", "penanggungJawab", "keterangan"]);

  const names: Record<NameField, string> = {
    sasaran: "",
    program: "",
    kegiatan: "",
    subkegiatan: "",
    uraian: "",
  };
  const rows: PlanRow[] = [];
  const blockOf = new Map<PlanRow, Block>();
  const current = new Map<Block, PlanRow | null>();
  let prevRows: PlanRow[] = [];
  let lastDataRow = -1;

  const setName = (f: NameField, value: string) => {
    names[f] = value;
    if (f === "uraian") return;
    for (const deeper of HIERARCHY.slice(HIERARCHY.indexOf(f) + 1)) names[deeper] = "";
    if (f === "sasaran") names.uraian = "";
  };

  const isContinuation = (row: CellValue[], r: number): boolean => {
    if (lastDataRow !== r - 1 || lastDataRow < 0) return false;
    let any = false;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (isBlank(v)) continue;
      const at = fieldAt.get(c);
      if (typeof v !== "string" || isNumberLike(v) || twLabel(v) || !at || !TEXT_FIELDS.has(at.field))
        return false;
      if (isNameField(at.field) && wordsLevel(v)) return false;
      any = true;
    }
    return any;
  };

  const joinContinuation = (row: CellValue[]) => {
    for (let c = 0; c < row.length; c++) {
      if (isBlank(row[c])) continue;
      const at = fieldAt.get(c);
      if (!at) continue;
      const add = text(row[c]);
      if (isNameField(at.field)) {
        const old = names[at.field];
        const joined = joinWrapped(old, add);
        // The same text may sit under several names ("Kegiatan …" in the uraian column is also the kegiatan).
        for (const nf of NAME_FIELDS) if (names[nf] === old) names[nf] = joined;
        for (const pr of prevRows) {
          for (const k of ["uraian", "program", "kegiatan", "sasaran"] as const)
            if (pr[k] === old) pr[k] = joined;
        }
      } else if (at.field === "indikator" || at.field === "penanggungJawab") {
        const f = at.field;
        for (const pr of prevRows) if (blockOf.get(pr) === at.block) pr[f] = joinWrapped(pr[f], add);
      }
    }
  };

  // The header band repeated at the top of a page, wherever it falls in the data.
  const bandRows = new Set<string>();
  const bandFirsts = new Set<CellValue>();
  for (let r = band.top; r < dataStart; r++) {
    bandRows.add(rowSignature(values[r]));
    bandFirsts.add(values[r].find((v) => !isBlank(v)) ?? "");
  }
  // Cheap test first: a repeated header starts with the same cell as a band row.
  const repeatsHeader = (row: CellValue[]) =>
    bandFirsts.has(row.find((v) => !isBlank(v)) ?? "") && bandRows.has(rowSignature(row));
  for (let r = dataStart; r < values.length; r++) {
    const row = values[r];
    if (isEmptyRow(row)) continue;
    if (isSignatureRow(row)) break;
    if (isHeaderStart(row) || isColumnNumberRow(row) || repeatsHeader(row)) continue;
    const labels = [
      uraianCol,
      ...nameCols.map((n) => n.col),
      deepest.cols.no,
      deepest.cols.kode,
      ...indicatorBlocks.map((b) => b.cols.indikator),
    ];
    if (labels.some((c) => c !== undefined && TOTAL_RE.test(normaliseHeader(row[c] ?? "")))) {
      for (const b of indicatorBlocks) current.set(b, null);
      prevRows = [];
      continue;
    }
    if (isContinuation(row, r)) {
      joinContinuation(row);
      lastDataRow = r;
      continue;
    }
    lastDataRow = r;

    // Names: set from this row, deeper levels reset, blanks inherited from above (merged cells).
    const ownLevelNames: Level[] = [];
    for (const n of nameCols) {
      const v = text(row[n.col]);
      if (!v || n.field === "uraian") continue;
      setName(n.field, v);
      ownLevelNames.push(n.field as Level);
    }
    const kode = deepest.cols.kode !== undefined ? text(row[deepest.cols.kode]) : "";
    let uraianLevel: Level | null = null;
    if (uraianCol !== undefined) {
      const v = text(row[uraianCol]);
      if (v) {
        names.uraian = v;
        uraianLevel = kodeLevel(kode) ?? wordsLevel(v);
        // A program / kegiatan named in the single uraian column encloses the rows below it.
        if (uraianLevel === "program" || uraianLevel === "kegiatan" || uraianLevel === "subkegiatan")
          setName(uraianLevel, v);
      }
    }

    const created: PlanRow[] = [];
    for (const b of indicatorBlocks) {
      const indikator = text(row[b.cols.indikator as number]);
      const cur = current.get(b) ?? null;
      if (!indikator) {
        if (b.long && cur) applyLong(cur, b.long, row);
        continue;
      }
      const get = (f: PlanField): CellValue => {
        const c = b.cols[f];
        return c === undefined ? "" : (row[c] ?? "");
      };
      const quad = (p: "targetTw" | "rakTw" | "realisasiTw" | "realisasiAnggaranTw"): Quad<CellValue> =>
        b.long && (p === "targetTw" || p === "realisasiTw")
          ? emptyQuad()
          : (TWS.map((i) => get(`${p}${i}`)) as Quad<CellValue>);

      let level: Level | null;
      let uraian: string;
      const ownKode = b === deepest ? kode : "";
      if (sideBySide) {
        level = b.level;
        uraian = b.nameField ? names[b.nameField] : "";
      } else {
        const before = nameCols.filter((n) => n.field !== "uraian" && n.col < (b.cols.indikator as number));
        if (uraianCol !== undefined) {
          const own = text(row[uraianCol]);
          if (own) level = uraianLevel;
          // A sasaran's own indicator: the sasaran cell is filled, the program/kegiatan cell is not.
          else if (ownLevelNames.includes("sasaran")) level = "sasaran";
          else
            level =
              kodeLevel(ownKode) ??
              (cur && cur.uraian === names.uraian ? cur.level : null) ??
              wordsLevel(names.uraian);
          uraian = level === "sasaran" && !own ? names.sasaran : names.uraian;
        } else {
          const deepestOwn = before
            .map((n) => n.field as Level)
            .filter((l) => ownLevelNames.includes(l))
            .pop();
          level = kodeLevel(ownKode) ?? deepestOwn ?? cur?.level ?? b.level;
          const named = level ? names[level] : "";
          uraian =
            named ||
            [...before]
              .reverse()
              .map((n) => names[n.field])
              .find((v) => v) ||
            "";
        }
      }
      const pr: PlanRow = {
        row: r,
        level,
        kode: !sideBySide || kodeLevel(ownKode) === b.level ? ownKode : "",
        uraian,
        program: level === "sasaran" ? "" : names.program,
        kegiatan: level === "sasaran" || level === "program" ? "" : names.kegiatan,
        sasaran: names.sasaran,
        indikator,
        satuan: text(get("satuan")),
        polaritas: get("polaritas"),
        sifat: get("sifat"),
        targetTahunan: b.long ? "" : get("targetTahunan"),
        targetTw: quad("targetTw"),
        pagu: get("pagu"),
        rakTw: quad("rakTw"),
        realisasiTw: quad("realisasiTw"),
        realisasiAnggaranTw: quad("realisasiAnggaranTw"),
        realisasiTahunan: get("realisasiTahunan"),
        capaian: get("capaian"),
        kriteria: get("kriteria"),
        penanggungJawab: text(get("penanggungJawab")),
        columns: sideBySide ? b.cols : columns,
      };
      if (b.long) applyLong(pr, b.long, row);
      rows.push(pr);
      blockOf.set(pr, b);
      current.set(b, pr);
      created.push(pr);
    }
    prevRows = created;
  }

  const table: PlanTable = { tab, headerTop: band.top, headerBottom: band.bottom, dataStart, columns, rows };
  return { ok: true, table, missing: missingFields(columns) };
}

/** Per-TW rows: "Triwulan I … IV" in a column under Target (sheets copied from the LAKIP evaluation). */
function setupLongForm(
  b: Block,
  h: Header,
  values: CellValue[][],
  dataStart: number,
  twOfTitle: Tw | null,
): void {
  const candidates = Object.values(b.cols).filter((c): c is number => c !== undefined);
  let labelCol: number | null = null;
  for (const c of candidates) {
    let hits = 0;
    for (let r = dataStart; r < values.length && hits < 2; r++) if (twLabel(values[r][c])) hits++;
    if (hits >= 2) {
      labelCol = c;
      break;
    }
  }
  if (labelCol === null) {
    if (b.bareRealisasi === null) return;
    // A lone "Realisasi" in a sheet titled "… TRIWULAN I …" is that triwulan's realisasi; in a table
    // without TW columns it is the realisasi of the year (PK measurement, LKjIP Bab III).
    if (twOfTitle) b.cols[`realisasiTw${twOfTitle}`] ??= b.bareRealisasi;
    else if (
      !TWS.some((i) => b.cols[`targetTw${i}`] !== undefined || b.cols[`realisasiTw${i}`] !== undefined)
    )
      b.cols.realisasiTahunan ??= b.bareRealisasi;
    return;
  }
  const next = labelCol + 1;
  const valueCol = h.spanOf[next] === labelCol ? next : null;
  const realCol = b.bareRealisasi ?? b.cols.realisasiTw1 ?? null;
  b.long = { labelCol, valueCol, realCol };
  for (const i of TWS) {
    if (valueCol !== null) b.cols[`targetTw${i}`] = valueCol;
    if (realCol !== null) b.cols[`realisasiTw${i}`] = realCol;
  }
  // The rows read no annual target in this layout (the "Target" column holds the labels).
  delete b.cols.targetTahunan;
}

function applyLong(pr: PlanRow, long: LongForm, row: CellValue[]): void {
  const k = twLabel(row[long.labelCol]);
  if (!k) return;
  if (long.valueCol !== null) pr.targetTw[k - 1] = row[long.valueCol] ?? "";
  if (long.realCol !== null) pr.realisasiTw[k - 1] = row[long.realCol] ?? "";
}

/** A row's texts, normalised, for recognising a header row repeated on a later page. */
function rowSignature(row: CellValue[]): string {
  return row
    .map((v) => normaliseHeader(v))
    .join("|")
    .replace(/\|+$/, "");
}

function correctedBand(
  header: { top: number; bottom: number },
  rows: number,
): { top: number; bottom: number } {
  const top = Math.max(0, Math.min(header.top, rows - 1));
  return { top, bottom: Math.max(top, Math.min(header.bottom, rows - 1)) };
}

/**
 * A person's correction wins over the guess: each corrected column loses what it was read as, and
 * the field it is given moves there (from wherever it was read before).
 */
function applyCorrection(h: Header, columns: LayoutCorrection["columns"]): void {
  const maps = [h.shared, ...h.blocks.map((b) => b.cols)];
  for (const { col, field } of columns) {
    for (const m of maps) {
      for (const [f, c] of Object.entries(m)) if (c === col || f === field) delete m[f as PlanField];
    }
    for (const b of h.blocks) if (b.bareRealisasi === col) b.bareRealisasi = null;
    h.fields[col] = field;
    h.spanOf[col] = null;
    if (!field) continue;
    const perLevel = PER_LEVEL.has(field) || isNameField(field);
    if (!perLevel) {
      h.shared[field] = col;
      continue;
    }
    // The block the column sits in: the last one starting at or left of it.
    const start = (b: Block) => Math.min(...Object.values(b.cols).filter((c) => c !== undefined));
    const home = [...h.blocks].reverse().find((b) => start(b) <= col) ?? h.blocks[0];
    if (home) home.cols[field] = col;
    else
      h.blocks.push({
        level: null,
        nameField: null,
        cols: { [field]: col },
        bareRealisasi: null,
        long: null,
      });
  }
}

function missingFields(columns: Partial<Record<PlanField, number>>): PlanField[] {
  const has = (f: PlanField) => columns[f] !== undefined;
  const allTw = TWS.every((i) => has(`targetTw${i}`));
  return REQUIRED_FIELDS.filter((f) => !has(f) && !(f === "targetTahunan" && allTw));
}

/** One Indonesian sentence naming the missing columns by their template header. */
export function missingMessage(missing: PlanField[]): string {
  if (missing.length === 0) return "Semua kolom yang diperlukan untuk evaluasi triwulan sudah ada.";
  const names: string[] = [];
  const done = new Set<PlanField>();
  for (const f of missing) {
    if (done.has(f)) continue;
    const m = /^(targetTw|rakTw|realisasiTw|realisasiAnggaranTw)([1-4])$/.exec(f);
    if (m) {
      const family = TWS.map((i) => `${m[1]}${i}` as PlanField);
      if (family.every((x) => missing.includes(x))) {
        for (const x of family) done.add(x);
        names.push(`${familyHeader(family[0])} TW I–IV`);
        continue;
      }
    }
    done.add(f);
    names.push(fieldHeader(f));
  }
  const list =
    names.length === 1
      ? names[0]
      : `${names.slice(0, -1).join(", ")}${names.length > 2 ? "," : ""} dan ${names[names.length - 1]}`;
  return `Kolom ${list} belum ada; tambahkan kolom tersebut agar evaluasi triwulan dapat dihitung.`;
}
