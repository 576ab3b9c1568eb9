import { columnLetter, columnNumber } from "./a1";
import type { CellValue, TabSnapshot, WriteCell } from "./cells";
import { similarity } from "./checks/shared";
import { normalise } from "./text";

/**
 * Regenerating a generated tab (the evaluation tab of a triwulan) without losing anything a
 * person did in it. The add-on lays the tab out afresh; this module puts back, cell by cell, what
 * a person typed in the tab as it is now: values, formulas and notes in any cell (title rows,
 * header cells of columns they added, indicator rows, BIDANG rows, rows under the table), in place
 * when its row still exists, else in the "no longer in the plan" section with its indicator named.
 *
 * What the add-on wrote last time is remembered in a note on the key cell of each row it owns (a
 * small JSON "memo"): the indicator's identity in its plan (tab, kode, level, position, name), a
 * fingerprint of each cell it wrote, and the plan's values of the row. Then "typed" is exact (a cell
 * differing from what the add-on wrote), a renamed bidang tab or a corrected indicator name finds
 * its row again, and a row deleted from the plan keeps its last values as plain text (its formulas
 * would show #REF!).
 */

export type ColumnKind = "ours" | "formula" | "spill" | "manual";

export interface RegenColumn {
  id: string;
  kind: ColumnKind;
  header: string;
  /** Headers the column had in earlier versions. */
  aliases?: string[];
}

/** Where an indicator comes from: its plan row's identity, not its text. */
export interface Identity {
  tab: string;
  kode: string;
  level: string;
  /** Ordinal among the plan's rows with the same kode and level. */
  pos: number;
  indikator: string;
}

export interface FreshLine {
  cells: WriteCell[];
  /** The key column's value; "" on a group row. */
  key: string;
  /** A group row's bidang tab. */
  group?: string;
  identity?: Identity;
  /** The row's plan values by column id, kept as plain text if it leaves the plan. */
  last?: Record<string, CellValue>;
}

export interface Fresh {
  /** Rows above the header row. */
  title: WriteCell[][];
  header: string[];
  lines: FreshLine[];
  columns: readonly RegenColumn[];
}

export interface Question {
  /** The key of the existing row. */
  key: string;
  indikator: string;
  tab: string;
  /** Plan rows it may be, by key. */
  candidates: { key: string; indikator: string; tab: string }[];
}

export interface Counts {
  /** Indicators new in this tab. */
  added: number;
  /** Indicator rows in the "no longer in the plan" section. */
  removed: number;
  /** Typed items (values, formulas, notes) kept where they were. */
  kept: number;
  /** Typed items moved into the "no longer in the plan" section in this run. */
  moved: number;
  /** Cells computed by the add-on whose content changed. */
  rewritten: number;
  /** Corrections typed in "Sifat target" (kept; the computation follows the bidang tab). */
  sifatTyped: number;
  /** What could not be kept, one Indonesian phrase each. */
  lost: string[];
}

export interface Regenerated extends Counts {
  cells: WriteCell[][];
  notes: string[][];
  /** Ambiguous matches: nothing is written until a person answers them. */
  questions: Question[];
}

export const REMOVED_HEADER = "INDIKATOR YANG TIDAK ADA LAGI DI RENCANA (isian lama dipertahankan)";
export const REMOVED_LABEL = "Tidak ada lagi di rencana sejak";

interface Memo {
  v: 1;
  /** Header row: the title cells as written. */
  title?: CellValue[][];
  /** Group row: its bidang tab ("" for the removed section's header). */
  grp?: string;
  id?: Identity;
  /** Per column id: the literal written, or "=" + hash of a formula's shape. */
  g?: Record<string, CellValue>;
  last?: Record<string, CellValue>;
  /** The date the row left the plan. */
  gone?: string;
}

/** How sure a match must be to be taken without asking (Dice similarity of the names). */
const SURE = 0.8;
const UNSURE = 0.5;

export interface RegenerateOptions {
  headerRow: number;
  /** dd/mm/yyyy, for rows leaving the plan now. */
  today: string;
  /** Answers to earlier questions: existing key → plan row key, or "" for "not the same". */
  answers?: Record<string, string>;
}

export function regenerate(
  fresh: Fresh,
  existing: TabSnapshot | null,
  options: RegenerateOptions,
): Regenerated {
  const ids = fresh.columns.map((c) => c.id);
  const keyCol = ids.indexOf("kunci");
  const width0 = fresh.columns.length;
  const H = options.headerRow - 1;
  const counts: Counts = { added: 0, removed: 0, kept: 0, moved: 0, rewritten: 0, sifatTyped: 0, lost: [] };
  const titleMemo: CellValue[][] = fresh.title.map((r) => r.map(literal));
  /** The tab as the add-on lays it out: title rows, the header row, one row per line. */
  const laidOut = (width: number) => {
    const out = new Output(width);
    for (const r of fresh.title) out.push(r);
    out.push(fresh.header, { v: 1, title: titleMemo }, keyCol);
    for (const l of fresh.lines) out.push(l.cells, lineMemo(l, ids), keyCol);
    return out;
  };
  /** Indicator lines no existing row was matched to. */
  const added = (matched: Set<number>) => fresh.lines.filter((l, i) => l.identity && !matched.has(i)).length;

  if (!existing) return { ...counts, added: added(new Set()), ...laidOut(width0).result(), questions: [] };

  const ex = new Existing(existing, fresh.columns, H);
  const exKey = ex.colOf.get("kunci");
  if (exKey === undefined) throw new Error("regenerate: the existing tab has no key column");
  const rows = ex.classify(exKey);
  const tableEnd = rows.length ? rows[rows.length - 1].row : H;

  // ---- match existing indicator rows to plan rows
  const match = matchRows(
    rows.filter((r) => r.kind === "indicator"),
    fresh.lines,
    options.answers ?? {},
  );
  if (match.questions.length) return { ...counts, cells: [], notes: [], questions: match.questions };

  // ---- columns: ours by header; a person's columns after ours (in place when already beyond)
  const colMap = new Map<number, number>();
  for (const [id, c] of ex.colOf) colMap.set(c, ids.indexOf(id));
  const personCols = [...Array(ex.width).keys()].filter(
    (c) => !colMap.has(c) && ex.columnUsed(c, H, tableEnd),
  );
  const taken = new Set(personCols.filter((c) => c >= width0));
  let free = width0;
  for (const c of personCols) {
    if (taken.has(c)) colMap.set(c, c);
    else {
      while (taken.has(free)) free++;
      taken.add(free);
      colMap.set(c, free);
    }
  }
  const width = Math.max(width0, ex.width, ...[...colMap.values()].map((c) => c + 1));

  // ---- rows: title, header, lines, removed section, rows a person inserted, rows under the table
  const rowMap = new Map<number, number>();
  for (let r = 0; r <= H; r++) rowMap.set(r, r);
  const lineRow = (i: number) => H + 1 + i;
  const lineOf = new Map<number, number>(match.pairs);
  const groupLine = new Map<string, number>();
  fresh.lines.forEach((l, i) => {
    if (l.group !== undefined) groupLine.set(l.group, i);
  });
  for (const r of rows) {
    if (r.kind === "group" && r.memo.grp) {
      const i = groupLine.get(match.tabMap.get(r.memo.grp) ?? r.memo.grp);
      if (i !== undefined && ![...lineOf.values()].includes(i)) lineOf.set(r.row, i);
    }
  }
  for (const [r, i] of lineOf) rowMap.set(r, lineRow(i));
  const isGone = (r: RowInfo) =>
    (r.kind === "indicator" || (r.kind === "group" && !!r.memo.grp)) && !lineOf.has(r.row);
  const gone = rows.filter(isGone);
  const oldSection = rows.find((r) => r.kind === "group" && r.memo.grp === "");
  let at = H + 1 + fresh.lines.length;
  const sectionAt = gone.length || (oldSection && ex.rowTyped(oldSection.row, exKey)) ? at++ : -1;
  if (oldSection && sectionAt >= 0) rowMap.set(oldSection.row, sectionAt);
  for (const r of gone) rowMap.set(r.row, at++);
  for (const r of rows) if (r.kind === "plain") rowMap.set(r.row, at++);
  at += Math.max(0, ex.firstFilled(tableEnd + 1) - tableEnd - 1);
  for (let r = ex.firstFilled(tableEnd + 1); r < ex.height; r++) rowMap.set(r, at++);

  const out = laidOut(width);
  /** A row of our columns holding the given cells by column id. */
  const ourRow = (byId: Record<string, CellValue>) => {
    const cells = new Array<WriteCell>(width0).fill("");
    for (const [id, v] of Object.entries(byId)) if (ids.includes(id)) cells[ids.indexOf(id)] = v;
    return cells;
  };
  if (sectionAt >= 0) out.push(ourRow({ uraian: REMOVED_HEADER }), { v: 1, grp: "" }, keyCol);
  const goneAt: [number, Memo][] = [];
  for (const r of gone) {
    const memo = goneMemo(r, options.today);
    goneAt.push([out.rows.length, memo]);
    const cells = ourRow(memo.g ?? {});
    if (r.kind === "indicator") cells[keyCol] = r.key;
    out.push(cells, memo, keyCol);
  }
  counts.removed = gone.filter((r) => r.kind === "indicator").length;
  while (out.rows.length < Math.max(at, ex.height)) out.push([]);
  // Computed cells that change, before typed items are laid over them.
  const changed = new Set<string>();
  fresh.lines.forEach((_, i) => {
    const row = lineRow(i);
    fresh.columns.forEach((column, c) => {
      if (column.kind === "manual" || (column.kind === "spill" && row !== H + 1)) return;
      if (unquoted(contentOf(out.rows[row][c])) !== unquoted(ex.cell(row, c).content))
        changed.add(`${row}:${c}`);
    });
  });

  // ---- put back what a person typed
  /** Puts an existing cell's value, note or both where its row and column are now. */
  const place = (r: number, c: number, cell: ExCell, what: "value" | "note" | "both", moved: boolean) => {
    const row = rowMap.get(r);
    // Columns move as the table's do (a column a person inserted goes right of ours); a column
    // only the title or the rows under the table use stays where it is.
    const col = colMap.get(c) ?? (r < H || r > tableEnd ? c : undefined);
    if (row === undefined || col === undefined || col < 0) {
      counts.lost.push(`isian di ${cellName(r, c)}`);
      return;
    }
    let n = 0;
    if (what !== "note") {
      const f = formulaOf(cell.write);
      out.set(row, col, f ? { formula: moveRefs(f, rowMap, colMap) } : cell.write);
      changed.delete(`${row}:${col}`);
      n++;
    }
    if (what !== "value") {
      out.setNote(row, col, cell.note);
      n++;
    }
    if (moved) counts.moved += n;
    else counts.kept += n;
  };
  // Title rows and the header row.
  for (let r = 0; r <= H; r++) {
    for (let c = 0; c < ex.width; c++) {
      if (r === H && c === exKey) continue;
      const cell = ex.cell(r, c);
      if (cell.note) place(r, c, cell, "note", false);
      if (!cell.content) continue;
      if (r < H) {
        const generated = literalText(literal(fresh.title[r]?.[c] ?? ""));
        const written = rows.headerMemo?.title ? literalText(rows.headerMemo.title[r]?.[c] ?? "") : generated;
        if (cell.content !== written && cell.content !== generated) place(r, c, cell, "value", false);
      } else if (!ex.ours.has(c)) place(r, c, cell, "value", false);
    }
  }
  const sectionStart = oldSection?.row ?? tableEnd + 1;
  for (const r of rows) {
    const line = lineOf.has(r.row) ? fresh.lines[lineOf.get(r.row) as number] : undefined;
    const moved = isGone(r) && !r.memo.gone;
    for (let c = 0; c < ex.width; c++) {
      const cell = ex.cell(r.row, c);
      if (c === exKey) {
        if (cell.note && !parseMemo(cell.note))
          counts.lost.push(`catatan pada kolom Kunci ${cellName(r.row, c)}`);
        continue;
      }
      if (cell.note) place(r.row, c, cell, "note", moved);
      if (!cell.content) continue;
      const id = ex.idAt.get(c);
      if (id && r.kind !== "plain" && ours(ex, r, c, id, line, cell, sectionStart)) continue;
      if (id === "sifat" && r.kind === "indicator") counts.sifatTyped++;
      place(r.row, c, cell, "value", moved);
    }
  }
  for (let r = tableEnd + 1; r < ex.height; r++) {
    for (let c = 0; c < ex.width; c++) {
      const cell = ex.cell(r, c);
      if (cell.content || cell.note)
        place(r, c, cell, cell.content ? (cell.note ? "both" : "value") : "note", false);
    }
  }
  // The date a row left the plan stays in view: beside a uraian the person typed over it.
  const [uraian, no] = [ids.indexOf("uraian"), ids.indexOf("no")];
  for (const [row, memo] of goneAt) {
    const label = memo.g?.uraian;
    if (!label || out.rows[row][uraian] === label || !memo.id || out.rows[row][no] !== "") continue;
    out.rows[row][no] = label;
    memo.g = { ...memo.g, no: label };
    out.notes[row][keyCol] = JSON.stringify(memo);
  }
  counts.rewritten = changed.size;
  counts.added = added(new Set(match.pairs.values()));
  return { ...counts, ...out.result(), questions: [] };
}

// ------------------------------------------------------------------ the existing tab

interface ExCell {
  /** A formula, else the value as text; "" when empty. */
  content: string;
  write: WriteCell;
  note: string;
}

type RowInfo =
  | { kind: "indicator"; row: number; key: string; memo: Memo & { id: Identity } }
  | { kind: "group"; row: number; memo: Memo }
  | { kind: "plain"; row: number; memo: Memo };

class Existing {
  readonly colOf = new Map<string, number>();
  readonly idAt = new Map<number, string>();
  readonly ours = new Set<number>();
  readonly width: number;
  readonly height: number;

  constructor(
    readonly snap: TabSnapshot,
    readonly columns: readonly RegenColumn[],
    readonly H: number,
  ) {
    const header = snap.values[H] ?? [];
    header.forEach((h, i) => {
      const text = normalise(String(h));
      const col = columns.find((c) => [c.header, ...(c.aliases ?? [])].some((x) => normalise(x) === text));
      if (col && !this.colOf.has(col.id)) {
        this.colOf.set(col.id, i);
        this.idAt.set(i, col.id);
        this.ours.add(i);
      }
    });
    const notes = snap.notes ?? [];
    this.height = Math.max(snap.values.length, notes.length);
    this.width = Math.max(0, ...snap.values.map((r) => r.length), ...notes.map((r) => r.length));
  }

  cell(r: number, c: number): ExCell {
    const formula = this.snap.formulas[r]?.[c] ?? "";
    const value = this.snap.values[r]?.[c] ?? "";
    const note = this.snap.notes?.[r]?.[c] ?? "";
    if (formula) return { content: formula, write: { formula }, note };
    return { content: value === "" ? "" : literalText(value), write: value, note };
  }

  /** Whether column c holds anything from the header row to the table's end. */
  columnUsed(c: number, from: number, to: number): boolean {
    for (let r = from; r <= to; r++) {
      const cell = this.cell(r, c);
      if (cell.content || cell.note) return true;
    }
    return false;
  }

  /**
   * Whether the spill starting in column c on the first row is blocked by typed cells: #REF! there,
   * not inherited from the first cell of a range it reads (KRITERIA over a blocked capaian column).
   */
  blocked(c: number): boolean {
    const first = this.H + 1;
    if (this.snap.values[first]?.[c] !== "#REF!") return false;
    const formula = this.snap.formulas[first]?.[c] ?? "";
    for (const m of formula.matchAll(/\$?([A-Z]{1,3})\$?(\d+):\$?[A-Z]{1,3}\$?\d+/g)) {
      if (Number(m[2]) - 1 === first && this.snap.values[first]?.[columnNumber(m[1]) - 1] === "#REF!")
        return false;
    }
    return true;
  }

  /** Whether a row has anything besides the add-on's uraian text and key. */
  rowTyped(r: number, keyCol: number): boolean {
    const uraian = this.colOf.get("uraian");
    for (let c = 0; c < this.width; c++) {
      const cell = this.cell(r, c);
      if (c === keyCol || (c === uraian && !cell.note)) continue;
      if (cell.content || cell.note) return true;
    }
    return false;
  }

  firstFilled(from: number): number {
    for (let r = from; r < this.height; r++) {
      for (let c = 0; c < this.width; c++) {
        const cell = this.cell(r, c);
        if (cell.content || cell.note) return r;
      }
    }
    return this.height;
  }

  classify(keyCol: number): RowInfo[] & { headerMemo?: Memo } {
    const out: RowInfo[] & { headerMemo?: Memo } = [];
    out.headerMemo = parseMemo(this.cell(this.H, keyCol).note) ?? undefined;
    const uraian = this.colOf.get("uraian");
    for (let r = this.H + 1; r < this.height; r++) {
      const key = String(this.snap.values[r]?.[keyCol] ?? "");
      const memo = parseMemo(this.cell(r, keyCol).note);
      const text = uraian === undefined ? "" : String(this.snap.values[r]?.[uraian] ?? "");
      if (key) {
        out.push({
          kind: "indicator",
          row: r,
          key,
          memo: { ...(memo ?? { v: 1 }), id: memo?.id ?? legacyIdentity(key) },
        });
      } else if (memo?.grp !== undefined) out.push({ kind: "group", row: r, memo });
      else if (!memo && text.startsWith("BIDANG: "))
        out.push({ kind: "group", row: r, memo: { v: 1, grp: text.slice(8) } });
      else if (!memo && text === REMOVED_HEADER) out.push({ kind: "group", row: r, memo: { v: 1, grp: "" } });
      else out.push({ kind: "plain", row: r, memo: { v: 1 } });
    }
    // Plain rows after the last row of ours are "below the table", not inserted ones.
    while (out.length && out[out.length - 1].kind === "plain") out.pop();
    return out;
  }
}

/** Whether an existing cell of one of our columns is what the add-on wrote (not typed). */
function ours(
  ex: Existing,
  r: RowInfo,
  c: number,
  id: string,
  line: FreshLine | undefined,
  cell: ExCell,
  sectionStart: number,
): boolean {
  const index = ex.columns.findIndex((x) => x.id === id);
  const column = ex.columns[index];
  if (column.kind === "manual") return false;
  const formula = formulaOf(cell.write);
  // The spill formulas start on the first row (a group row): one of our functions over a range.
  if (column.kind === "spill" && formula && r.row === ex.H + 1)
    return /\b(CAPAIAN|KRITERIA|EFISIENSI)\(\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+/.test(formula);
  if (r.kind === "group") {
    if (id !== "uraian") return false;
    return [`BIDANG: ${r.memo.grp}`, REMOVED_HEADER, r.memo.g?.uraian].includes(cell.content);
  }
  const written = r.memo.g ? literalText(r.memo.g[id] ?? "") : undefined;
  const freshFormula = formulaOf(line?.cells[index]);
  if (formula) {
    if (formula.includes("#REF!") || written === `=${shapeHash(formula)}`) return true;
    if (freshFormula && shapeHash(freshFormula) === shapeHash(formula)) return true;
    // One of ours whose references Sheets rewrote (a sifat or a row of the plan changed).
    return freshFormula.includes("!") && /!\$?[A-Z]{1,3}\$?\d/.test(formula);
  }
  if (written === cell.content) return true;
  // A spilled value reads like a typed one (no formula): it is ours unless typed cells block the
  // spill (Sheets shows #REF! at its first row then).
  if (column.kind === "spill")
    return ex.cell(ex.H + 1, c).content.startsWith("=") && !ex.blocked(c) && r.row < sectionStart;
  // A tab written before memos: our text columns are compared with what is written now.
  return (
    written === undefined &&
    column.kind === "ours" &&
    cell.content === literalText(literal(line?.cells[index] ?? ""))
  );
}

// ------------------------------------------------------------------ matching

interface Match {
  /** existing row → line index */
  pairs: Map<number, number>;
  tabMap: Map<string, string>;
  questions: Question[];
}

function matchRows(
  old: Extract<RowInfo, { kind: "indicator" }>[],
  lines: FreshLine[],
  answers: Record<string, string>,
): Match {
  const pairs = new Map<number, number>();
  const used = new Set<number>();
  const questions: Question[] = [];
  const candidates = lines.map((l, i) => ({ l, i })).filter((x) => x.l.identity);
  const id = (x: { l: FreshLine }) => x.l.identity as Identity;
  // The level of a row without kode comes from the rows above it: a tie-breaker, not a key.
  const same = (a: Identity, b: Identity) =>
    a.kode === b.kode && normalise(a.indikator) === normalise(b.indikator);
  const rank = (a: Identity, x: { l: FreshLine }) =>
    (id(x).level === a.level ? 2 : 0) + (id(x).pos === a.pos ? 1 : 0);
  const take = (row: number, i: number) => {
    pairs.set(row, i);
    used.add(i);
  };
  const free = () => candidates.filter((x) => !used.has(x.i));
  const pending = () => old.filter((o) => !pairs.has(o.row) && answers[o.key] !== "");
  // Answers first: a person said which plan row it is (or that it is none).
  for (const o of old) {
    const want = answers[o.key];
    const hit = want ? free().find((x) => x.l.key === want) : undefined;
    if (hit) take(o.row, hit.i);
  }
  // 1. Same tab, kode and name (level, then position break ties); 2. the same in another tab.
  for (const sameTab of [true, false]) {
    for (const o of pending()) {
      const hits = free()
        .filter((x) => same(o.memo.id, id(x)) && (!sameTab || id(x).tab === o.memo.id.tab))
        .sort((x, y) => rank(o.memo.id, y) - rank(o.memo.id, x));
      const clear =
        hits.length === 1 || (hits.length > 1 && rank(o.memo.id, hits[0]) > rank(o.memo.id, hits[1]));
      if (hits.length && (sameTab || clear)) take(o.row, hits[0].i);
    }
  }
  const tabMap = new Map<string, string>();
  for (const o of old) {
    const i = pairs.get(o.row);
    if (i !== undefined && id(candidates.find((x) => x.i === i) as { l: FreshLine }).tab !== o.memo.id.tab)
      tabMap.set(o.memo.id.tab, (lines[i].identity as Identity).tab);
  }
  // 3. A corrected name: the same place (tab, kode, level), a similar name.
  for (const o of pending()) {
    const tab = tabMap.get(o.memo.id.tab) ?? o.memo.id.tab;
    const name = normalise(o.memo.id.indikator);
    const scored = free()
      .filter((x) => id(x).tab === tab && id(x).kode === o.memo.id.kode)
      .map((x) => ({
        x,
        score: similarity(name, normalise(id(x).indikator)) + rank(o.memo.id, x) * 0.02,
      }))
      .filter((s) => s.score >= UNSURE)
      .sort((a, b) => b.score - a.score);
    if (!scored.length) continue;
    const [best, second] = scored;
    if (best.score >= SURE && (!second || best.score - second.score >= 0.1)) take(o.row, best.x.i);
    else
      questions.push({
        key: o.key,
        indikator: o.memo.id.indikator,
        tab: o.memo.id.tab,
        candidates: scored
          .slice(0, 3)
          .map((s) => ({ key: s.x.l.key, indikator: id(s.x).indikator, tab: id(s.x).tab })),
      });
  }
  return { pairs, tabMap, questions };
}

/** A key written before memos: "tab|kode|normalised indikator". */
function legacyIdentity(key: string): Identity {
  const [tab = "", kode = "", ...rest] = key.split("|");
  return { tab, kode, level: "", pos: 0, indikator: rest.join("|").replace(/#\d+$/, "") };
}

// ------------------------------------------------------------------ memos and output

function lineMemo(line: FreshLine, ids: string[]): Memo {
  if (line.group !== undefined) return { v: 1, grp: line.group };
  const g: Record<string, CellValue> = {};
  line.cells.forEach((cell, i) => {
    const id = ids[i];
    if (!id || id === "kunci" || cell === "") return;
    const f = formulaOf(cell);
    g[id] = f ? `=${shapeHash(f)}` : (cell as CellValue);
  });
  return { v: 1, id: line.identity, g, last: line.last };
}

function goneMemo(r: RowInfo, today: string): Memo {
  if (r.kind !== "indicator")
    return {
      v: 1,
      grp: r.memo.grp,
      g: { uraian: `BIDANG: ${r.memo.grp} — ${REMOVED_LABEL.toLowerCase()} ${r.memo.gone ?? today}` },
      gone: r.memo.gone ?? today,
    };
  const date = r.memo.gone ?? today;
  const last = r.memo.last ?? { kode: r.memo.id.kode, indikator: r.memo.id.indikator };
  const g: Record<string, CellValue> = { ...last, uraian: `${REMOVED_LABEL} ${date} (tab ${r.memo.id.tab})` };
  return { v: 1, id: r.memo.id, g, last, gone: date };
}

class Output {
  readonly rows: WriteCell[][] = [];
  readonly notes: string[][] = [];
  constructor(readonly width: number) {}

  push(cells: WriteCell[], memo?: Memo, keyCol = -1): void {
    const row = [...cells];
    while (row.length < this.width) row.push("");
    this.rows.push(row);
    const notes = new Array<string>(this.width).fill("");
    if (memo && keyCol >= 0) notes[keyCol] = JSON.stringify(memo);
    this.notes.push(notes);
  }

  set(row: number, col: number, v: WriteCell): void {
    while (this.rows.length <= row) this.push([]);
    this.rows[row][col] = v;
  }

  setNote(row: number, col: number, note: string): void {
    while (this.rows.length <= row) this.push([]);
    this.notes[row][col] = note;
  }

  result(): { cells: WriteCell[][]; notes: string[][] } {
    return { cells: this.rows, notes: this.notes };
  }
}

function parseMemo(note: string): Memo | null {
  if (!note.startsWith('{"v":1')) return null;
  try {
    return JSON.parse(note) as Memo;
  } catch {
    return null;
  }
}

// ------------------------------------------------------------------ cells and formulas

function formulaOf(cell: WriteCell | undefined): string {
  return cell && typeof cell === "object" && !(cell instanceof Date) ? cell.formula : "";
}

function contentOf(cell: WriteCell | undefined): string {
  return literalText(literal(cell ?? ""));
}

/** A formula with its sheet names unquoted: Sheets may drop quotes a name does not need. */
function unquoted(content: string): string {
  return content.startsWith("=")
    ? splitStrings(content, (code) =>
        code.replace(/'((?:[^']|'')*)'!/g, (_m, name: string) => `${name.replace(/''/g, "'")}!`),
      )
    : content;
}

function literal(cell: WriteCell): CellValue {
  const f = formulaOf(cell);
  return f ? f : (cell as CellValue);
}

function literalText(v: CellValue): string {
  return v instanceof Date ? v.toISOString() : String(v);
}

const STRING = /"(?:[^"]|"")*"/g;
const REF = /(?<![A-Za-z0-9_!'.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_!])/g;

/** The formula's shape: sheet names and cell references replaced, so moved rows compare equal. */
function shape(formula: string): string {
  return splitStrings(formula, (code) =>
    code.replace(/'(?:[^']|'')*'!|[A-Za-z_][A-Za-z0-9_.]*!/g, "S!").replace(/\$?[A-Z]{1,3}\$?\d+/g, "R"),
  );
}

function shapeHash(formula: string): string {
  let h = 2166136261;
  for (const ch of shape(formula)) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0).toString(36);
}

function splitStrings(formula: string, fn: (code: string) => string): string {
  let out = "";
  let last = 0;
  for (const m of formula.matchAll(STRING)) {
    out += fn(formula.slice(last, m.index)) + m[0];
    last = (m.index ?? 0) + m[0].length;
  }
  return out + fn(formula.slice(last));
}

/**
 * A typed formula moved with its cell: its references to cells of this tab follow the rows and
 * columns they pointed at, as when Sheets moves rows (references to other tabs stay).
 */
export function moveRefs(formula: string, rows: Map<number, number>, cols: Map<number, number>): string {
  return splitStrings(formula, (code) =>
    code.replace(REF, (_all, d1: string, letters: string, d2: string, digits: string) => {
      const r = rows.get(Number(digits) - 1);
      const c = cols.get(columnNumber(letters) - 1);
      return `${d1}${c === undefined ? letters : columnLetter(c + 1)}${d2}${r === undefined ? digits : r + 1}`;
    }),
  );
}

function cellName(row: number, col: number): string {
  return `${columnLetter(col + 1)}${row + 1}`;
}
