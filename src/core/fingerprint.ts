import { columnLetter, columnNumber } from "./a1";
import type { CellValue, TabSnapshot } from "./cells";
import { firstOf, named } from "./derived";
import { fnv1a } from "./text";

/**
 * The fingerprint of submitted data: SHA-256 over a canonical serialisation of what people typed:
 * a cell's formula where it has one (not its result, which a custom function still computing
 * shows as "Loading..."), else its value. So the same data gives the same fingerprint in Sheets,
 * after an .xlsx export and reload, and after recalculation; a formula replaced by its own value
 * changes it, a number format does not (formats are not read). A snapshot given with its notes has
 * them hashed too (a note can change what a number says). Only non-empty cells count (a tab's
 * used size may differ between engines). The serialisation is injective: every row is a JSON
 * array (strings escaped, numbers exact), one per line. The hash itself comes from the shell
 * (Utilities.computeDigest in Apps Script, node:crypto in the CLI): the core only decides what is
 * hashed.
 */
export type Digest = (text: string) => string;

type Canonical = [number, string, string | number | boolean];

function canonicalCell(v: CellValue, formula: string | undefined, col: number): Canonical {
  if (formula) return [col, "f", formula.normalize("NFC")];
  if (v instanceof Date) return [col, "d", Number.isNaN(v.getTime()) ? "invalid" : v.toISOString()];
  if (typeof v === "boolean") return [col, "b", v];
  return typeof v === "number" && Number.isFinite(v) ? [col, "n", v] : [col, "s", String(v).normalize("NFC")];
}

/** A cell that counts: a formula, or a value that is not empty. */
const held = (v: CellValue | undefined, f: string | undefined) =>
  !!f || (v !== "" && v !== null && v !== undefined);

/**
 * The non-empty cells of a row as JSON: [[col, kind, content], …], then its notes as
 * [col, "c", text] (a note says what a number means: "angka sementara"); "" for an empty row.
 */
function canonicalRow(row: CellValue[], formulas: string[] | undefined, notes: string[] | undefined): string {
  const cells: Canonical[] = [];
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    const f = formulas?.[c];
    if (held(v, f)) cells.push(canonicalCell(v, f, c + 1));
  }
  for (let c = 0; c < (notes?.length ?? 0); c++) {
    const note = notes?.[c];
    if (note) cells.push([c + 1, "c", note.normalize("NFC")]);
  }
  return cells.length ? JSON.stringify(cells) : "";
}

/**
 * A short non-cryptographic hash (FNV-1a, 32 bits) that only LOCATES changed rows; whether
 * anything changed is decided by the SHA-256. Pure JS, so it costs no Apps Script call per row.
 */
const rowHash = (text: string): string => fnv1a(text).toString(16).padStart(8, "0");

export interface TabPrint {
  tab: string;
  hash: string;
  /** Short hash of each non-empty row by sheet row (1-based), to say WHERE something changed. */
  rows: Record<number, string>;
  /** Each non-empty row's cells as `rowCodes` gives them (a record from version 6 keeps them). */
  cells?: Record<number, string>;
}

/**
 * A row's cells as a record from version 6 keeps them, to say WHICH cell changed and from what:
 * "S#61.68;=k361.68;"61%2C68;!0a;X'x9": each cell's column letters, left out when it is the next
 * column (a note's when it is its cell's), then what it held. A typed number is kept as itself (`#`:
 * the value before), so is a text of up to 16 characters (`"`, URI-encoded: "61,68" typed as text);
 * a formula (`=`) as a two-character hash with the number it showed when that is short (a capaian,
 * a count; not a sum in rupiah, which the bidang tab keeps); another value (`'`) and a note (`!`) as
 * a hash only (a text may be long: its earlier wording is not kept). A hash only locates: whether
 * anything changed is the SHA-256's to say.
 */
function rowCodes(row: CellValue[], formulas: string[] | undefined, notes: string[] | undefined): string {
  const out: string[] = [];
  const hash = (text: string) => (fnv1a(text) % 1296).toString(36).padStart(2, "0");
  let last = 0;
  const at = (col: number, code: string) => {
    out.push(`${col === last + (code[0] === "!" ? 0 : 1) ? "" : columnLetter(col)}${code}`);
    last = col;
  };
  for (let c = 0; c < Math.max(row.length, notes?.length ?? 0); c++) {
    const [v, f, note] = [row[c], formulas?.[c], notes?.[c]];
    if (held(v, f)) {
      const [, kind, content] = canonicalCell(v, f, c + 1);
      const shown = typeof v === "number" ? `${Math.round(v * 100) / 100}` : "";
      at(
        c + 1,
        kind === "n"
          ? `#${content}`
          : kind === "f"
            ? `=${hash(`${content}`)}${shown.length < 7 ? shown : ""}`
            : kind === "s" && `${content}`.length <= 16
              ? `"${encodeURIComponent(content)}`
              : `'${hash(`${kind}${content}`)}`,
      );
    }
    if (note) at(c + 1, `!${hash(note.normalize("NFC"))}`);
  }
  return out.join(";");
}

/** A cell (or its note) that differs from the record, with what the record kept of it (`was`, a code of `rowCodes`). */
export interface CellChange {
  row: number;
  col: number;
  note: boolean;
  /** Absent when the cell was empty when sent. */
  was?: string;
}

/** The cells whose codes differ between two codes of one row (a formula by its hash, not the number it showed). */
function cellChanges(row: number, was: string, now: string): CellChange[] {
  const parse = (codes: string) => {
    const cells = new Map<string, string>();
    let col = 0;
    for (const code of codes.split(";").filter(Boolean)) {
      const [, letters, kept] = /^([A-Z]*)(.*)$/s.exec(code) ?? [];
      col = letters ? columnNumber(letters) : col + (kept[0] === "!" ? 0 : 1);
      cells.set(`${col}${kept[0] === "!" ? "!" : ""}`, kept);
    }
    return cells;
  };
  const [before, after] = [parse(was), parse(now)];
  const id = (code?: string) => (code?.[0] === "=" ? code.slice(0, 3) : code);
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((key) => id(before.get(key)) !== id(after.get(key)))
    .map((key) => ({ row, col: Number.parseInt(key, 10), note: key.endsWith("!"), was: before.get(key) }))
    .sort((a, b) => a.col - b.col);
}

/** What the record kept of a cell (`CellChange.was`) as a message names it: `61,68`, `"61,68"`, `61,68 (rumus)`, `kosong`; null when it kept a hash only. */
export function keptValue(code: string | undefined): string | null {
  const [, kind, rest] = /^(.)(.*)$/s.exec(code ?? "") ?? [];
  if (!code) return "kosong";
  if (kind === "#") return named(Number(rest));
  if (kind === '"') return named(decodeURIComponent(rest));
  if (kind !== "=") return null;
  return rest.length > 2 ? `${named(Number(rest.slice(2)))} (rumus)` : "rumus";
}

export interface Fingerprint {
  /** SHA-256 (hex) over every covered tab, in the given order. */
  hash: string;
  tabs: TabPrint[];
}

/** A tab's non-empty rows as hashed, by sheet row (1-based). */
function tabLines(t: TabSnapshot): Map<number, string> {
  const lines = new Map<number, string>();
  // Notes may lie beyond the data (a note on an empty cell): every row of either counts.
  const height = Math.max(t.values.length, t.notes?.length ?? 0);
  for (let r = 0; r < height; r++) {
    const line = canonicalRow(t.values[r] ?? [], t.formulas[r], t.notes?.[r]);
    if (line) lines.set(r + 1, line);
  }
  return lines;
}

const tabHash = (lines: Map<number, string>, digest: Digest) =>
  digest(
    [...lines]
      .sort((a, b) => a[0] - b[0])
      .map(([r, line]) => `${r}:${line}`)
      .join("\n"),
  );

export function fingerprint(tabs: TabSnapshot[], digest: Digest): Fingerprint {
  const prints = tabs.map((t): TabPrint => {
    const lines = tabLines(t);
    const rows: Record<number, string> = {};
    const cells: Record<number, string> = {};
    for (const [r, line] of lines) {
      rows[r] = rowHash(line);
      cells[r] = rowCodes(t.values[r - 1] ?? [], t.formulas[r - 1], t.notes?.[r - 1]);
    }
    return { tab: t.name, hash: tabHash(lines, digest), rows, cells };
  });
  return { hash: wholeHash(prints, digest), tabs: prints };
}

/** The kode data over tab prints: what a record's rows (`unpackRows`) must give again, or they were rewritten. */
export const wholeHash = (prints: TabPrint[], digest: Digest) =>
  digest(prints.map((p) => JSON.stringify([p.tab.normalize("NFC"), p.hash])).join("\n"));

export interface Change {
  tab: string;
  /** Sheet rows whose content differs (added, removed or edited); empty when the whole tab is new or gone. */
  rows: number[];
  kind: "berubah" | "hilang" | "baru";
  /** The cells of those rows that differ, when the record kept its cells (version 6). */
  cells?: CellChange[];
}

/** Where two fingerprints differ, tab by tab and row by row. */
export function compare(before: Fingerprint, after: Fingerprint): Change[] {
  const changes: Change[] = [];
  const now = new Map(after.tabs.map((t) => [t.tab, t]));
  for (const old of before.tabs) {
    const cur = now.get(old.tab);
    if (!cur) {
      changes.push({ tab: old.tab, rows: [], kind: "hilang" });
      continue;
    }
    if (cur.hash === old.hash) continue;
    const keys = new Set([...Object.keys(old.rows), ...Object.keys(cur.rows)].map(Number));
    const rows = [...keys].filter((r) => old.rows[r] !== cur.rows[r]).sort((a, b) => a - b);
    const { cells: was } = old;
    const cells = was && rows.flatMap((r) => cellChanges(r, was[r] ?? "", cur.cells?.[r] ?? ""));
    changes.push({ tab: old.tab, rows, kind: "berubah", ...(cells ? { cells } : {}) });
  }
  const known = new Set(before.tabs.map((t) => t.tab));
  for (const t of after.tabs) if (!known.has(t.tab)) changes.push({ tab: t.tab, rows: [], kind: "baru" });
  return changes;
}

/** A cell (1-based row and column); `note` when it is the cell's note that was added. */
export interface FilledCell {
  row: number;
  col: number;
  note?: boolean;
}

/** Rows tried at most, over all the changed rows of a tab: beyond, the answer is "cannot tell". */
const MAX_TRIES = 50_000;

/**
 * Which cells of a tab were filled in after a record that holds its rows whole (versions 1 and 2
 * hold every row of a bidang tab, so the next TW's realisasi typed beside the sent quarter changes
 * its row): each changed row is rebuilt with some of its `free` cells (those the quarter does not
 * read) emptied, fewest first, until it gives its recorded row hash, and the rebuilt tab must give
 * the recorded SHA-256. So the answer is proof that the tab was sent exactly so, those cells empty,
 * and nothing else changed. Null when that cannot be shown: a cell the quarter reads changed, a
 * cell was edited or emptied rather than filled in, or there are too many to try.
 */
export function filledSince(
  tab: TabSnapshot,
  recorded: TabPrint,
  free: (row: number, col: number) => boolean,
  digest: Digest,
): FilledCell[] | null {
  const lines = tabLines(tab);
  const rows = new Set([...Object.keys(recorded.rows).map(Number), ...lines.keys()]);
  const filled: FilledCell[] = [];
  let tries = 0;
  for (const r of [...rows].sort((a, b) => a - b)) {
    const line = lines.get(r);
    const want = recorded.rows[r];
    if (line !== undefined && want === rowHash(line)) continue;
    if (line === undefined) return null; // emptied since: what it held is not known
    const values = tab.values[r - 1] ?? [];
    const formulas = tab.formulas[r - 1] ?? [];
    const notes = tab.notes?.[r - 1] ?? [];
    const units: FilledCell[] = [];
    const width = Math.max(values.length, formulas.length, notes.length);
    for (let c = 0; c < width; c++) {
      if (!free(r, c + 1)) continue;
      const v = values[c];
      if (held(v, formulas[c])) units.push({ row: r, col: c + 1 });
      if (notes[c]) units.push({ row: r, col: c + 1, note: true });
    }
    const rebuilt = (chosen: FilledCell[]) => {
      const vs = [...values];
      const fs = [...formulas];
      const ns = [...notes];
      for (const u of chosen) {
        if (u.note) ns[u.col - 1] = "";
        else [vs[u.col - 1], fs[u.col - 1]] = ["", ""];
      }
      return canonicalRow(vs, fs, ns);
    };
    let found: FilledCell[] | null = null;
    // A row that was empty when sent: all of it must be free, and all of it was filled in since.
    const sizes = want === undefined ? [units.length] : units.map((_, i) => i + 1);
    for (const size of sizes) {
      for (const chosen of combinations(units, size)) {
        if (++tries > MAX_TRIES) return null;
        const again = rebuilt(chosen);
        if (want === undefined ? again === "" : again !== "" && rowHash(again) === want) {
          found = chosen;
          lines.set(r, again);
          if (!again) lines.delete(r);
          break;
        }
      }
      if (found) break;
    }
    if (!found) return null;
    filled.push(...found);
  }
  return tabHash(lines, digest) === recorded.hash ? filled : null;
}

/**
 * Whether a tab differs from its record (from version 6, which keeps each row's cells) only in
 * `free` cells: the changed cells (`change.cells`) are given back what the record kept of them
 * (empty, a number, a short text; a note only when there was none) and the tab must then give the
 * recorded SHA-256, so the answer is proof. Those cells, or null when another cell differs or a free
 * one's value was not kept.
 */
export function onlyFree(
  tab: TabSnapshot,
  recorded: TabPrint,
  change: Change,
  free: (row: number, col: number) => boolean,
  digest: Digest,
): CellChange[] | null {
  const cells = change.cells ?? [];
  const [values, formulas, notes] = [tab.values, tab.formulas, tab.notes ?? []].map((grid) =>
    grid.map((row) => [...row]),
  ) as [CellValue[][], string[][], string[][]];
  const put = <T>(grid: T[][], row: number, col: number, v: T) => {
    const cells = grid[row - 1] ?? [];
    cells[col - 1] = v;
    grid[row - 1] = cells;
  };
  for (const { row, col, note, was = "" } of cells) {
    if (!free(row, col) || !/^[#"]?$/.test(was[0] ?? "")) return null;
    if (note) put(notes, row, col, "");
    else {
      put(values, row, col, was[0] === "#" ? Number(was.slice(1)) : decodeURIComponent(was.slice(1)));
      put(formulas, row, col, "");
    }
  }
  return cells.length && tabHash(tabLines({ ...tab, values, formulas, notes }), digest) === recorded.hash
    ? cells
    : null;
}

/** Every choice of `size` of the items, in order. */
function* combinations<T>(items: T[], size: number, from = 0): Generator<T[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= items.length - size; i++)
    for (const rest of combinations(items, size - 1, i + 1)) yield [items[i], ...rest];
}

/**
 * "tab 'Bidang A' baris 12, 15; tab 'Evaluasi TW II 2024' hilang (dihapus atau diganti namanya)":
 * where the data changed; given `cell` (which names a changed cell), each cell the record can tell
 * (at most `max`, then "dan N sel lain"), and the rows of which it cannot.
 */
export function changedWhere(
  changes: Change[],
  cell?: (tab: string, c: CellChange) => string,
  max = 1e9,
  /** A named cell's place in the list (lower first; ties in tab and cell order): the figures before the texts. */
  rank: (tab: string, c: CellChange) => number = () => 0,
): string {
  const items = changes.flatMap((c) => {
    if (c.kind === "hilang") return [[0, `tab '${c.tab}' hilang (dihapus atau diganti namanya)`] as const];
    if (c.kind !== "berubah") return [[0, `tab '${c.tab}' ${c.kind}`] as const];
    const named = cell ? (c.cells ?? []) : [];
    const rows = c.rows.filter((r) => !named.some((n) => n.row === r));
    return [
      ...named.map((n) => [rank(c.tab, n), cell?.(c.tab, n) ?? ""] as const),
      ...(rows.length
        ? [[0, `tab '${c.tab}' baris ${firstOf(rows.map(String), 12, ", ", "baris")}`] as const]
        : []),
    ];
  });
  return firstOf(
    items.sort((a, b) => a[0] - b[0]).map((i) => i[1]),
    max,
  );
}

/**
 * What a record covers, by version: 1 (until 2026-12) the plan, evaluation, PK tabs and OPD / year;
 * 2 also the Ringkasan tab, notes, the kriteria scale (a custom one included) and the reading
 * corrections of Pengaturan; 3 of the bidang tabs only the cells the evaluation tab's formulas read
 * (so typing the next quarter's realisasi leaves a quarter already sent as it was), notes on the
 * Ringkasan, and what is typed below the table in a result column; 4 the add-on's computed columns
 * as which computation they hold (either formula dialect); 5 also the quarter's report tab ("Laporan
 * TW I 2024", Buat laporan) when it exists at sending; 6 covers what 5 does and keeps each row's
 * cells too (`rowCodes`), so Verifikasi names the cell and what it held; 7 also the Dikirim row's
 * own Oleh, Galat, Peringatan, Info and Keterangan (an .xlsx has no store of the add-on's own, so the
 * kode data is what proves them); 8 every tab it locks whole, the bidang tabs too (what was locked as
 * sent and not read by the evaluation tab was not recorded), a change only in the later quarters'
 * realisasi being told apart by `onlyFree`. The version is the first line of the packed rows ("#versi 8").
 */
export const FINGERPRINT_VERSION = 8;

/** The cells a tab's formulas read in other tabs: per tab, "row,col" keys, or "semua" when not listable. */
export type References = Map<string, Set<string> | "semua">;

/** A reference outside string literals: 'Tab name'!A1, Tab!A1:B2, Tab!A:A, Tab!2:3. */
const REFERENCE =
  /(?:'((?:[^']|'')+)'|([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\$?[A-Z]{1,3}:\$?[A-Z]{1,3}|\$?\d+:\$?\d+)/g;
/** A range larger than this is taken as the whole tab (a person's formula over whole columns). */
const MAX_LISTED = 100_000;

/**
 * What the formulas read in other tabs. A reference built from text (INDIRECT) or moved from its
 * anchor (OFFSET) cannot be listed: then every tab counts whole (key "*").
 */
export function formulaReferences(formulas: readonly (readonly string[])[]): References {
  const out: References = new Map();
  for (const row of formulas)
    for (const f of row) {
      if (!f) continue;
      for (const [i, part] of f.split(/("(?:[^"]|"")*")/).entries()) {
        if (i % 2) continue;
        if (/\b(INDIRECT|OFFSET)\s*\(/i.test(part)) out.set("*", "semua");
        for (const m of part.matchAll(REFERENCE)) {
          const tab = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
          const have = out.get(tab);
          if (have === "semua") continue;
          const cells = have ?? new Set<string>();
          out.set(tab, cells);
          const rect = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(m[3]);
          if (!rect) {
            out.set(tab, "semua");
            continue;
          }
          const [r1, r2] = [Number(rect[2]), Number(rect[4] ?? rect[2])].sort((a, b) => a - b);
          const [c1, c2] = [columnNumber(rect[1]), columnNumber(rect[3] ?? rect[1])].sort((a, b) => a - b);
          if ((r2 - r1 + 1) * (c2 - c1 + 1) > MAX_LISTED) {
            out.set(tab, "semua");
            continue;
          }
          for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) cells.add(`${r},${c}`);
        }
      }
    }
  return out;
}

/** A tab with only the listed cells (1-based "row,col"), their notes too: what a record covers of it. */
export function onlyCells(tab: TabSnapshot, cells: Set<string>): TabSnapshot {
  const keep = <T>(grid: T[][] | undefined, blank: T) =>
    grid?.map((row, r) => row.map((v, c) => (cells.has(`${r + 1},${c + 1}`) ? v : blank)));
  return {
    ...tab,
    values: keep(tab.values, "" as CellValue) ?? [],
    formulas: keep(tab.formulas, "") ?? [],
    notes: keep(tab.notes, ""),
  };
}
const VERSION_LINE = "#versi ";
/**
 * What Periksa counts on the same cells, as Kirim counted the Dikirim row's galat, peringatan and
 * info: raised whenever a rule or a column's reading changes those counts (2: the Capaian TW I–IV
 * family read and checked, bb8f82c; 3: the Bappeda IKK/Trg/Rls tab read, ff0e620, a lower-is-better
 * row no longer asked 'salah ketik?', d506e12, a Capaian TW typed against the annual target accepted,
 * 1ccf008; 4: a bound target's peringatan against the polaritas, 7a20f10, names of two school levels
 * or places never one indicator, target years falling over two years no sign, trial 8 #9; 5: a PK
 * target typed as a percent read in points, trial 8 #8), kept as the record's second line ("#periksa 5"). A record of an earlier version was
 * counted by other rules: a recount differing from it is a reading, no change.
 * test/core/checks/periksa-versi.test.ts fails when the counts on its corpus change under one version.
 */
export const CHECK_VERSION = 5;
const CHECK_LINE = "#periksa ";

/** The `CHECK_VERSION` a record was counted by (1 when it does not say). */
export const packedCheckVersion = (packed: string): number =>
  Number(/^#versi \d+\n#periksa (\d+)/.exec(packed)?.[1]) || 1;

export function packedVersion(packed: string): number {
  return Number(/^#versi (\d+)/.exec(packed)?.[1]) || 1;
}

/**
 * Compact storage of a fingerprint's rows for the history tab: "tab\thash\trow:hash,row:hash", and
 * from version 6 "\trow:codes,row:codes" (a record of an earlier add-on kept them only for the tabs
 * that fitted in one cell: the others are named by row). `recordCells` spreads it over cells.
 */
export function packRows(print: Fingerprint, version = FINGERPRINT_VERSION, check?: number): string {
  const pairs = (m: Record<number, string> = {}) =>
    Object.entries(m)
      .map(([r, h]) => `${r}:${h}`)
      .join(",");
  const lines = print.tabs.map(
    (t) => `${t.tab}\t${t.hash}\t${pairs(t.rows)}${version >= 6 ? `\t${pairs(t.cells)}` : ""}`,
  );
  return (
    (version > 1 ? `${VERSION_LINE}${version}\n` : "") +
    (check ? `${CHECK_LINE}${check}\n` : "") +
    lines.join("\n")
  );
}

/**
 * Characters per cell of a record: within Sheets' 50.000 and Excel's 32.767, so a history saved as
 * .xlsx keeps it whole.
 */
export const RECORD_CELL = 30_000;

/** What begins each cell of a record after its first (a cell typed beside the record does not). */
const GOES_ON = "»";

/**
 * A text as cells of at most `size` characters, read back by `joinCells`: one cell when it fits,
 * else each further cell begins with "»". A cell never ends in a space or a line break, or between
 * the two halves of a character (a surrogate pair).
 */
export function recordCells(text: string, size = RECORD_CELL): string[] {
  const cells: string[] = [];
  for (let at = 0; at < text.length || !at; ) {
    let end = Math.min(at + size - (at && 1), text.length);
    while (end < text.length && end > at + 1 && /[\s\uD800-\uDBFF]/.test(text[end - 1])) end--;
    cells.push((at ? GOES_ON : "") + text.slice(at, end));
    at = end || 1;
  }
  return cells;
}

/** The text `recordCells` spread over a row's cells from its first. */
export function joinCells(cells: readonly unknown[]): string {
  let text = String(cells[0] ?? "");
  for (const c of cells.slice(1).map(String)) {
    if (c[0] !== GOES_ON) break;
    text += c.slice(1);
  }
  return text;
}

export function unpackRows(hash: string, packed: string): Fingerprint {
  const tabs = packed
    .split("\n")
    .filter((line) => line && !line.startsWith(VERSION_LINE) && !line.startsWith(CHECK_LINE))
    .map((line): TabPrint => {
      const [tab, tabHash, rows = "", cells] = line.split("\t");
      const map = (field: string) => {
        const out: Record<number, string> = {};
        for (const pair of field.split(",").filter(Boolean)) {
          const at = pair.indexOf(":");
          out[Number(pair.slice(0, at))] = pair.slice(at + 1);
        }
        return out;
      };
      return { tab, hash: tabHash, rows: map(rows), ...(cells === undefined ? {} : { cells: map(cells) }) };
    });
  return { hash, tabs };
}

/** Apps Script's computeDigest gives signed bytes (-128…127): to lowercase hex. */
export function bytesToHex(bytes: number[]): string {
  return bytes.map((b) => (b & 0xff).toString(16).padStart(2, "0")).join("");
}
