/**
 * The workbook port: the only way use cases touch a spreadsheet. It is batch-shaped on purpose:
 * a tab is read as one matrix and written as rectangular blocks, so the number of Sheets calls
 * cannot grow with the number of rows (there is no per-cell getter or setter to call in a loop).
 * Implemented over SpreadsheetApp (src/gas/sheetsPort.ts) and over the emulator (src/emulator).
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

export interface TabInfo {
  name: string;
  /** `Sheet.getSheetId()`: the gid used in links ("#gid=…&range=N12"). */
  id: number;
  /** Last row / column with content (`getLastRow`, `getLastColumn`). */
  rows: number;
  cols: number;
}

export interface TabSnapshot {
  name: string;
  /** `getDataRange().getValues()`: computed values, "" for empty; row 0 is sheet row 1. */
  values: CellValue[][];
  /** `getDataRange().getFormulas()`: "" where a cell holds no formula; same shape as values. */
  formulas: string[][];
}

export interface Block {
  /** 1-based top-left corner. */
  row: number;
  col: number;
  /** Rectangular: every row has the same length. */
  cells: WriteCell[][];
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
  /** Same-format rectangles: number format, bold, background, wrap. */
  styles?: {
    range: RangeRef;
    numberFormat?: string;
    bold?: boolean;
    background?: string;
    fontColor?: string;
    wrap?: boolean;
    horizontalAlignment?: "left" | "center" | "right";
  }[];
  merges?: RangeRef[];
  validations?: Validation[];
  /** Replaces the conditional format rules of the tab that this add-on made (same ranges). */
  conditionalColours?: ConditionalColour[];
  protections?: Protection[];
}

export interface WorkbookPort {
  /** Every tab with its used size, in workbook order. */
  tabs(): TabInfo[];
  /** One tab as a whole matrix. Throws when the tab does not exist. */
  read(tab: string): TabSnapshot;
  /** Adds an empty tab at the end. Throws when the name is taken. */
  create(tab: string): void;
  /** Writes rectangular blocks; the tab grows as needed. */
  write(tab: string, blocks: Block[]): void;
  format(tab: string, format: TabFormat): void;
  /** Removes the protections of the tab (sheet or range) that carry this description. */
  unprotect(tab: string, description: string): void;
  /** Runs `fn` holding the document lock; throws an Indonesian message when it cannot be had. */
  withLock<T>(fn: () => T): T;
}
