import type { CellValue, WriteCell } from "../cells";
import type { RowInfo } from "./existing";
import { formulaOf } from "./formulas";
import { type FreshLine, type Memo, REMOVED_LABEL, type ShapeHash } from "./types";

export function lineMemo(line: FreshLine, ids: string[], shapeHash: ShapeHash): Memo {
  if (line.group !== undefined) return { v: 1, grp: line.group };
  const g: Record<string, CellValue> = {};
  line.cells.forEach((cell, i) => {
    const id = ids[i];
    if (!id || id === "kunci" || cell === "") return;
    const f = formulaOf(cell);
    g[id] = f ? `=${shapeHash(f, id)}` : (cell as CellValue);
  });
  return { v: 1, id: line.identity, g, last: line.last };
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
 * The bidang tabs of a generated tab's group rows, in order, from their memos (the key column's
 * notes below the header row): which plans the tab was made from.
 */
export function groupTabs(notes: string[][] | undefined, keyCol: number, headerRow: number): string[] {
  const tabs: string[] = [];
  for (const row of (notes ?? []).slice(headerRow)) {
    const grp = parseMemo(row[keyCol] ?? "")?.grp;
    if (grp) tabs.push(grp);
  }
  return tabs;
}
