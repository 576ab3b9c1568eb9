import type { CellValue, WriteCell } from "../cells";
import type { RowInfo } from "./existing";
import { formulaOf } from "./formulas";
import { type FreshLine, type Identity, type Memo, REMOVED_LABEL, type ShapeHash } from "./types";

/**
 * The shapes of the formulas the add-on writes in a tab, numbered per column in the order met: a
 * row's memo names its formulas' shapes by one character each (`f`), the header row's memo lists
 * the shapes (`shapes`). With a hash per cell a 50,000-row tab's memos were 2,8 KB of JSON each.
 */
export class Shapes {
  /** Per column, in the order first met (a row's `f` only ever grows at its end), its shapes. */
  private readonly byColumn = new Map<string, string[]>();

  /** The character naming the shape in its column's list ("0"–"9", "a"–"z"), or "" past 36. */
  letter(id: string, hash: string): string {
    let list = this.byColumn.get(id);
    if (!list) {
      list = [];
      this.byColumn.set(id, list);
    }
    let k = list.indexOf(hash);
    if (k < 0 && list.length < 36) k = list.push(hash) - 1;
    return k < 0 ? "" : k.toString(36);
  }

  /** The columns in the order of `f`. */
  columns(): IterableIterator<string> {
    return this.byColumn.keys();
  }

  /** The lists for the header row's memo: each column's id, then its shapes. */
  list(): string[][] {
    return [...this.byColumn].map(([id, list]) => [id, ...list]);
  }
}

/** What `lineMemo` asks of a `RowFormula`'s template (core/row-formula.ts). */
interface SharedShape {
  shapeHash(hash: ShapeHash, cell: WriteCell, column: string): string;
}

export function lineMemo(line: FreshLine, ids: string[], shapeHash: ShapeHash, shapes: Shapes): Memo {
  if (line.group !== undefined) return { v: 1, grp: line.group };
  const g: Record<string, CellValue> = {};
  const letters = new Map<string, string>();
  line.cells.forEach((cell, i) => {
    const id = ids[i];
    if (!id || id === "kunci" || cell === "") return;
    // A formula shared by rows of one shape (core/row-formula.ts) is hashed once for all of them.
    const shared = (cell as { template?: SharedShape } | null)?.template;
    const f = shared ? "" : formulaOf(cell);
    const hash = shared ? shared.shapeHash(shapeHash, cell, id) : f && shapeHash(f, id);
    const letter = hash && shapes.letter(id, hash);
    if (letter) letters.set(id, letter);
    else g[id] = hash ? `=${hash}` : (cell as CellValue);
  });
  let f = "";
  for (const id of shapes.columns()) f += letters.get(id) ?? "-";
  // What the identity says, and blanks, are not repeated in `last`.
  const last: Record<string, CellValue> = {};
  for (const [k, v] of Object.entries(line.last ?? {}))
    if (v !== "" && !(k in SAID_BY_ID && line.identity?.[k as keyof Identity] === v)) last[k] = v;
  return { v: 1, id: line.identity, g, f: f.replace(/-+$/, ""), last };
}

const SAID_BY_ID = { kode: 1, indikator: 1 };

/**
 * A row's memo as regeneration reads it: `g` with "=" + hash for each formula its `f` names by the
 * header row's `shapes` (a memo of an earlier version has them in `g` already), `last` with what
 * its identity says.
 */
export function readMemo(memo: Memo, header: Memo | undefined): Memo {
  if (memo.f === undefined) return memo;
  const g = { ...memo.g };
  const shapes = header?.shapes ?? [];
  for (let k = 0; k < memo.f.length && k < shapes.length; k++) {
    const hash = memo.f[k] === "-" ? undefined : shapes[k][1 + Number.parseInt(memo.f[k], 36)];
    if (hash) g[shapes[k][0]] = `=${hash}`;
  }
  const last = memo.id ? { kode: memo.id.kode, indikator: memo.id.indikator, ...memo.last } : memo.last;
  return { ...memo, g, last };
}

export function goneMemo(r: RowInfo, today: string): Memo {
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

export class Output {
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

/** A note the add-on keeps on a row's key cell (its memo), not one a person wrote. */
export function isMemo(note: string): boolean {
  return parseMemo(note) !== null;
}

export function parseMemo(note: string): Memo | null {
  if (!note.startsWith('{"v":1')) return null;
  try {
    return JSON.parse(note) as Memo;
  } catch {
    return null;
  }
}

/**
 * The bidang tabs of a generated tab's group rows, in order, each with its 0-based row, from their
 * memos (the key column's notes below the header row): which plans the tab was made from.
 */
export function groupTabs(
  notes: string[][] | undefined,
  keyCol: number,
  headerRow: number,
): [string, number][] {
  const tabs: [string, number][] = [];
  (notes ?? []).forEach((row, r) => {
    const grp = r >= headerRow && parseMemo(row[keyCol] ?? "")?.grp;
    if (grp) tabs.push([grp, r]);
  });
  return tabs;
}
