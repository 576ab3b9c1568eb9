/**
 * The cell and tab shapes the core computes on, as the workbook port (src/app/port.ts) reads and
 * writes them. They live here so that core/ depends on nothing above it.
 */

/** A cell value as `Range.getValues()` returns it: "" for an empty cell. */
export type CellValue = string | number | boolean | Date;

/**
 * What a write puts in a cell. A plain string is ALWAYS stored as text (a leading =, +, -, @ never
 * turns it into a formula or a number); only `{ formula }` writes a formula, in Apps Script syntax
 * (English function names, `,` between arguments, A1 references).
 */
export type WriteCell = CellValue | { formula: string };

/** 1-based rectangle, as `Sheet.getRange(row, column, numRows, numColumns)`. */
export interface RangeRef {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** A RangeRef in `getRange`'s argument order; one cell when rows and cols are left out. */
export const rect = (row: number, col: number, rows = 1, cols = 1): RangeRef => ({ row, col, rows, cols });

export interface TabSnapshot {
  name: string;
  /** `getDataRange().getValues()`: computed values, "" for empty; row 0 is sheet row 1. */
  values: CellValue[][];
  /** `getDataRange().getFormulas()`: "" where a cell holds no formula; same shape as values. */
  formulas: string[][];
  /**
   * The tab's notes ("" where a cell has none), row 0 is sheet row 1: at least the shape of values,
   * longer or wider when a note sits on an empty cell beyond the data range. Read when asked for.
   */
  notes?: string[][];
  /** The cells' own formats over the values' rectangle, when asked for (conditional colours excluded). */
  formats?: CellFormats;
  /** The number formats over the values' rectangle ("0.00%"), when asked for alone (one call). */
  numberFormats?: string[][];
}

/** Formats a person may give cells, as Sheets reports them (defaults included: "#ffffff", 10…). */
export interface CellFormats {
  background: string[][];
  numberFormat: string[][];
  fontColor: string[][];
  fontSize: number[][];
}

export interface ConditionalColour {
  range: RangeRef;
  /** Cell text equal to this (case-sensitive, as Sheets' "Text is exactly")... */
  textEquals: string;
  /** ...gets this background (#rrggbb) and font colour. */
  background: string;
  fontColor: string;
}

export interface Validation {
  range: RangeRef;
  /** A dropdown of these values, or... */
  list?: string[];
  /** ...a number check (>= min when given). */
  number?: { min?: number };
  /** Indonesian help text shown on a rejected input. */
  help: string;
  /** false: reject bad input; true: only show a warning triangle. */
  allowInvalid: boolean;
}

export interface Protection {
  range: RangeRef | "sheet";
  description: string;
  warningOnly: boolean;
  /** Besides the owner and whoever runs the script, these e-mails may edit (strict protections). */
  editors?: string[];
}

/** Formatting applied in batch; every field is optional. */
export interface TabFormat {
  frozenRows?: number;
  frozenColumns?: number;
  columnWidths?: { col: number; width: number }[];
  /** Columns hidden from view (internal ones such as a row key); 1-based. */
  hiddenColumns?: number[];
  /** Same-format rectangles: number format, bold, background, wrap. */
  styles?: {
    range: RangeRef;
    numberFormat?: string;
    bold?: boolean;
    background?: string;
    fontColor?: string;
    /** Points. */
    fontSize?: number;
    wrap?: boolean;
    horizontalAlignment?: "left" | "center" | "right";
  }[];
  /** Merged ranges a rewrite may leave behind, broken apart before `merges` and `mergeRows` (Range.breakApart). */
  unmerge?: RangeRef;
  merges?: RangeRef[];
  /** Each row of each rectangle merged across its columns: one Range.mergeAcross per rectangle. */
  mergeRows?: RangeRef[];
  /**
   * Row heights in pixels, one Sheet.setRowHeights per run (rows still grow to fit their content,
   * as that method documents; a merged cell's text does not make a row grow, so it is given here).
   */
  rowHeights?: { row: number; rows: number; height: number }[];
  validations?: Validation[];
  /** Replaces the conditional format rules of the tab that this add-on made (same ranges). */
  conditionalColours?: ConditionalColour[];
  protections?: Protection[];
}

/**
 * An embedded chart the add-on keeps on a tab (EmbeddedChartBuilder in Sheets): a stacked or plain
 * column chart of a block whose first column names the categories and whose first row names the
 * series. Identified by its title: writing it again updates that chart where it stands.
 */
export interface ChartSpec {
  title: string;
  range: RangeRef;
  stacked: boolean;
  /** One colour per series (#rrggbb). */
  colors: string[];
  /** Top-left cell the chart is anchored to when it is first inserted. */
  row: number;
  col: number;
  width: number;
  height: number;
  /**
   * The value axis, as a reader expects it: from 0 to `max` with a tick every `step`, labels with a
   * " %" after them when `percent` (EmbeddedChartBuilder.setOption: vAxis.viewWindow, .gridlines,
   * .format).
   */
  axis?: { max: number; step: number; percent: boolean };
  /** The last series (a target) drawn as a line over the bars: a combo chart. */
  line?: boolean;
}
