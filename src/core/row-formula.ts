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
import { stringEnd } from "./regenerate/formulas";

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

/** The templates of one tab, one per text (`EvaluasiInput.sharedTexts`). */
export class Templates implements SharedTexts {
  private readonly byText = new Map<string, FormulaTemplate>();
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
