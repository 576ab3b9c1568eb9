/**
 * The workbook port: the only way use cases touch a spreadsheet. It is batch-shaped on purpose:
 * a tab is read as one matrix and written as rectangular blocks, so the number of Sheets calls
 * cannot grow with the number of rows (there is no per-cell getter or setter to call in a loop).
 * Implemented over SpreadsheetApp (src/gas/sheetsPort.ts) and over the emulator (src/emulator).
 */

import type { ChartSpec, RangeRef, TabFormat, TabSnapshot, WriteCell } from "../core/cells";
import type { RowStep } from "../core/regenerate/rows";

export type {
  CellFormats,
  CellValue,
  ChartSpec,
  ConditionalColour,
  Protection,
  RangeRef,
  TabFormat,
  TabSnapshot,
  Validation,
  WriteCell,
} from "../core/cells";

export interface TabInfo {
  name: string;
  /** `Sheet.getSheetId()`: the gid used in links ("#gid=…&range=N12"). */
  id: number;
  /** Last row / column with content (`getLastRow`, `getLastColumn`). */
  rows: number;
  cols: number;
}

export interface Block {
  /** 1-based top-left corner. */
  row: number;
  col: number;
  /** Rectangular: every row has the same length. */
  cells: WriteCell[][];
  /** The notes of the same rectangle ("" removes a note); left as they are when absent. */
  notes?: string[][];
}

export interface SnapshotOptions {
  /**
   * false: values only, `formulas` is [] (a use case that never looks at formulas saves a Sheets
   * call per tab).
   */
  formulas?: boolean;
  /** true: the notes too, of the whole grid (a note may sit on an empty cell beyond the data). */
  notes?: boolean;
  /** true: the cells' formats too (fill, number format, font colour and size): four calls. */
  formats?: boolean;
  /** true: the number formats alone (`numberFormats`), in one call besides the values. */
  numberFormats?: boolean;
}

export interface WorkbookPort {
  /** Every tab with its used size, in workbook order. */
  tabs(): TabInfo[];
  /** One tab as a whole matrix (values, formulas, notes). Throws when the tab does not exist. */
  read(tab: string, options?: SnapshotOptions): TabSnapshot;
  /**
   * The merged ranges of a tab's header area (rows 1…`rows`, columns 1…`cols`), 1-based, so spanned
   * group headers are read as Sheets shows them (asked only where the values alone give no table).
   */
  headerMerges(tab: string, rows: number, cols: number): RangeRef[];
  /** Adds an empty tab at the end. Throws when the name is taken. */
  create(tab: string): void;
  /**
   * Writes rectangular blocks (the tab grows as needed), then applies `format` if given: on a tab
   * just created, its number formats can then go with the values' plain-text formats in one call.
   */
  write(tab: string, blocks: Block[], format?: TabFormat): void;
  format(tab: string, format: TabFormat): void;
  /**
   * Inserts rows after `row` (count > 0; blank, at Sheets' default height and format) or deletes
   * rows from `row` (count < 0), step by step: rows then carry their heights where they go.
   */
  rows(tab: string, steps: RowStep[]): void;
  /** Inserts the chart, or updates the tab's chart with the same title where it stands. */
  chart(tab: string, chart: ChartSpec): void;
  /**
   * Removes the protections of the tab (sheet or range) that carry this description; false, and
   * nothing removed, when the user may not edit one of them.
   */
  unprotect(tab: string, description: string): boolean;
  /** Runs `fn` holding the document lock; throws an Indonesian message when it cannot be had. */
  withLock<T>(fn: () => T): T;
}
