/**
 * One formula text for many rows. The evaluation tab's rows of one shape have the same formulas
 * but for their row numbers: the text is kept once per shape (a `FormulaTemplate`, with the row
 * numbers left out), and each cell holds a `RowFormula` (its template and its two row numbers),
 * whose `formula` is the A1 text, made when asked. A 50.000-row tab then carries a few hundred
 * texts instead of two million (`EvaluasiInput.sharedTexts`, the CLI's).
 */
import type { WriteCell } from "./cells";
import { OWN_ROW, type RowFormulas, type SharedTexts } from "./evaluasi";
import type { Scale } from "./kriteria";
import type { PlanRow, PlanTable } from "./plan";
import { stringEnd } from "./regenerate/formulas";
import { readSifat } from "./sifat";

/**
 * A template's text marks its rows as ../evaluasi.ts writes them with `sharedTexts`: "\u0001" the
 * cell's own row, "\u0002k\u0003" the plan row the line reads plus k.
 */

export class FormulaTemplate {
  /** The text between the row numbers. */
  private readonly parts: string[] = [];
  /** Each row number: -1 the cell's own row, else the plan row plus this. */
  private readonly slots: number[] = [];
  /** Whether a row number stands inside a string literal (the shape then differs row by row). */
  private readonly inLiteral: boolean;
  /** Whether every row number is the cell's own. */
  private readonly ownOnly: boolean;
  private hash: string | undefined;

  constructor(text: string) {
    let last = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 1 && c !== 2) continue;
      this.parts.push(text.slice(last, i));
      if (c === 1) {
        this.slots.push(-1);
        last = i + 1;
      } else {
        const close = text.indexOf("\u0003", i);
        this.slots.push(Number(text.slice(i + 1, close)));
        last = close + 1;
        i = close;
      }
    }
    this.parts.push(text.slice(last));
    this.inLiteral = this.slots.length > 0 && rowInLiteral(text);
    this.ownOnly = this.slots.every((k) => k < 0);
  }

  /** The A1 text at sheet row `own`, reading plan row `plan`. */
  at(own: number, plan: number): string {
    const { parts, slots } = this;
    if (!slots.length) return parts[0];
    // Most texts name only their own row: one native join.
    if (this.ownOnly) return parts.join(String(own));
    const out = new Array<string>(parts.length + slots.length);
    const o = String(own);
    out[0] = parts[0];
    for (let i = 0; i < slots.length; i++) {
      out[2 * i + 1] = slots[i] < 0 ? o : String(plan + slots[i]);
      out[2 * i + 2] = parts[i + 1];
    }
    return out.join("");
  }

  /**
   * `shapeHash` of the text at any rows: the shape leaves out every reference's row, so one hash
   * serves all rows, unless a row number stands in a literal (then each row's text is hashed).
   */
  shapeHash(
    hash: (formula: string, column?: string) => string,
    cell: { formula: string },
    column?: string,
  ): string {
    if (this.inLiteral) return hash(cell.formula, column);
    if (this.hash === undefined) this.hash = hash(cell.formula, column);
    return this.hash;
  }
}

/** Whether a row mark stands inside a string literal of the text. */
function rowInLiteral(text: string): boolean {
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i)) {
    const end = stringEnd(text, i);
    if (end < 0) return true;
    for (let j = i; j < end; j++) {
      const c = text.charCodeAt(j);
      if (c === 1 || c === 2) return true;
    }
    i = end;
  }
  return false;
}

/** A formula cell `{ formula }` whose text is its template's at its rows. */
export class RowFormula {
  constructor(
    readonly template: FormulaTemplate,
    readonly row: number,
    readonly plan: number,
  ) {}

  get formula(): string {
    return this.template.at(this.row, this.plan);
  }
}

/** The figures of a plan row whose values the evaluation line reads, TW fields TW I first. */
const FIGURES = ["targetTahunan", "pagu"] as const;
const QUADS = ["targetTw", "rakTw", "realisasiTw", "realisasiAnggaranTw"] as const;

/**
 * What the evaluation tab's line of `row` (../evaluasi.ts `indicatorLine`) is made of besides its
 * rows: the plan's columns and per-TW rows, the sifat read, the percent-formatted cells, the kode
 * where no column holds it, and each figure's value unless it is a number (a text's words, a range,
 * an error and a blank each change the formulas; which number a cell holds never does).
 * `columns` gives each row's columns object its number.
 */
export function lineShape(row: PlanRow, columns: Map<object, number>): string {
  let id = columns.get(row.columns);
  if (id === undefined) {
    id = columns.size;
    columns.set(row.columns, id);
  }
  const figure = (v: unknown) =>
    typeof v === "number" ? 0 : typeof v === "string" ? v : v instanceof Date ? [v.getTime()] : [String(v)];
  const { sifat, source } = readSifat(row);
  return JSON.stringify([
    id,
    row.twRows?.map((r) => (r === undefined ? null : r - row.row)),
    sifat,
    source,
    row.persen,
    row.columns.kode === undefined ? row.kode : 0,
    FIGURES.map((f) => figure(row[f])),
    QUADS.map((f) => row[f].map(figure)),
    row.sdTw && Object.entries(row.sdTw).map(([f, q]) => [f, q?.map(figure)]),
  ]);
}

/** The templates of one tab, one per text (`EvaluasiInput.sharedTexts`). */
export class Templates implements SharedTexts {
  private readonly byText = new Map<string, FormulaTemplate>();
  /** Per plan, the first line of each shape (`lineShape`), its formulas as `RowFormula`s. */
  private readonly lines = new Map<PlanTable, Map<string, { cells: WriteCell[]; input: Set<number> }>>();
  private readonly columns = new Map<object, number>();
  /** Per column, the last text and its template: the next row's is mostly the same. */
  private readonly last: { text: string; template: FormulaTemplate }[] = [];

  /**
   * The cell at sheet row `own` reading plan row `plan` whose formula is `text` with its rows
   * marked; `column` (0-based) lets a text equal to the column's last be found without hashing it.
   */
  cell(text: string, own: number, plan: number, column = -1): RowFormula {
    const last = column >= 0 ? this.last[column] : undefined;
    if (last && last.text === text) return new RowFormula(last.template, own, plan);
    let t = this.byText.get(text);
    if (!t) {
      t = new FormulaTemplate(text);
      this.byText.set(text, t);
    }
    if (column >= 0) this.last[column] = { text, template: t };
    return new RowFormula(t, own, plan);
  }

  line<T extends { cells: WriteCell[]; input: Set<number> }>(
    table: PlanTable,
    row: PlanRow,
    own: number,
    plan: number,
    build: () => T,
  ): T {
    let shapes = this.lines.get(table);
    if (!shapes) {
      shapes = new Map();
      this.lines.set(table, shapes);
    }
    const shape = lineShape(row, this.columns);
    const first = shapes.get(shape) as T | undefined;
    if (!first) {
      const line = build();
      this.share(line.cells, own, plan);
      // Kept apart from the line returned, which its caller goes on filling.
      shapes.set(shape, { ...line, cells: [...line.cells], input: new Set(line.input) });
      return line;
    }
    const cells = first.cells.map((c) =>
      c instanceof RowFormula ? new RowFormula(c.template, own, plan) : c,
    );
    return { ...first, cells, input: new Set(first.input) };
  }

  /** The line's formula cells, written with their rows marked (../evaluasi.ts), as `RowFormula`s. */
  share(cells: WriteCell[], own: number, plan: number): void {
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (c && typeof c === "object" && !(c instanceof Date)) cells[i] = this.cell(c.formula, own, plan, i);
    }
  }

  /** `standard`'s formulas written once at `MARK_ROW`, then each row's cells share their texts. */
  standardRow(
    standard: RowFormulas,
    scale: Scale,
    beforeTwIv: boolean,
  ): (own: number) => [string, WriteCell][] {
    const marked = Object.entries(standard(MARK_ROW, scale, undefined, beforeTwIv)).map(
      ([id, f]) => [id, f.split(String(MARK_ROW)).join(OWN_ROW)] as const,
    );
    return (own) => marked.map(([id, text]) => [id, this.cell(text, own, 0)]);
  }
}

/** A row number no sheet reaches: `standard` at it gives the formulas with their row marked. */
const MARK_ROW = 987654321;
