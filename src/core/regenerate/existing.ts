import { columnNumber } from "../a1";
import type { TabSnapshot, WriteCell } from "../cells";
import { normalise } from "../text";
import { formulaOf, literal, literalText } from "./formulas";
import { legacyIdentity } from "./match";
import { parseMemo, readMemo } from "./memo";
import {
  type FreshLine,
  type Identity,
  type Memo,
  REMOVED_HEADER,
  type RegenColumn,
  type ShapeHash,
} from "./types";

export interface ExCell {
  /** A formula, else the value as text; "" when empty. */
  content: string;
  write: WriteCell;
  note: string;
}

export type RowInfo =
  | { kind: "indicator"; row: number; key: string; memo: Memo & { id: Identity } }
  /** `legacy`: known by its "BIDANG: …" text alone (no memo: a tab made before memos, or a file that lost it). */
  | { kind: "group"; row: number; memo: Memo; legacy?: boolean }
  | { kind: "plain"; row: number; memo: Memo };

export class Existing {
  readonly colOf = new Map<string, number>();
  readonly idAt = new Map<number, string>();
  readonly ours = new Set<number>();
  readonly width: number;
  readonly height: number;
  /** The table's first row (0-based), where the spilling formulas start: its first row of ours. */
  origin: number;

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
    this.origin = H + 1;
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
    const first = this.origin;
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
      const note = parseMemo(this.cell(r, keyCol).note);
      const memo = note && readMemo(note, out.headerMemo);
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
        out.push({ kind: "group", row: r, memo: { v: 1, grp: text.slice(8) }, legacy: true });
      else if (!memo && text === REMOVED_HEADER) out.push({ kind: "group", row: r, memo: { v: 1, grp: "" } });
      else out.push({ kind: "plain", row: r, memo: { v: 1 } });
    }
    // Plain rows after the last row of ours are "below the table", not inserted ones.
    while (out.length && out[out.length - 1].kind === "plain") out.pop();
    // A row a person inserted above the first BIDANG row moves the spilling formulas down with it.
    this.origin = out.find((r) => r.kind !== "plain")?.row ?? this.H + 1;
    return out;
  }
}

/** Whether an existing cell of one of our columns is what the add-on wrote (not typed). */
export function ours(
  ex: Existing,
  r: RowInfo,
  c: number,
  id: string,
  line: FreshLine | undefined,
  cell: ExCell,
  sectionStart: number,
  shapeHash: ShapeHash,
): boolean {
  const index = ex.columns.findIndex((x) => x.id === id);
  const column = ex.columns[index];
  if (column.kind === "manual") return false;
  const formula = formulaOf(cell.write);
  // The spill formulas start on the table's first row (a group row): one of our functions over a range.
  if (column.kind === "spill" && formula && r.row === ex.origin)
    return /\b(CAPAIAN|KRITERIA|EFISIENSI)\(\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+/.test(formula);
  if (r.kind === "group") {
    if (id !== "uraian") return false;
    // The heading as the add-on writes it now (the bidang's full name), or wrote it before.
    const generated = literalText(literal(line?.cells[index] ?? ""));
    const before = r.legacy ? [] : [`BIDANG: ${r.memo.grp}`];
    return [...before, generated, REMOVED_HEADER, r.memo.g?.uraian].includes(cell.content);
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
    return ex.cell(ex.origin, c).content.startsWith("=") && !ex.blocked(c) && r.row < sectionStart;
  // A tab written before memos: our text columns are compared with what is written now.
  return (
    written === undefined &&
    column.kind === "ours" &&
    cell.content === literalText(literal(line?.cells[index] ?? ""))
  );
}
