import type { CellValue } from "../../core/cells";
import type { SheetsSheet } from "../../gas/surface";
import { parseA1, type Rect, splitSheet } from "../a1";
import type { Tab } from "../workbook";
import {
  chartOf,
  type EmbeddedChart,
  type EmbeddedChartBuilder,
  insertChart,
  newChart,
  updateChart,
} from "./chart";
import { ConditionalFormatRule } from "./conditional";
import type { Env } from "./env";
import { Protection } from "./protection";
import { Range, RangeList } from "./range";
import { Spreadsheet } from "./spreadsheet";

// ---------------------------------------------------------------- Sheet

/** The height of a row no one sized, in pixels. */
const DEFAULT_ROW_HEIGHT = 21;

export class Sheet implements SheetsSheet {
  constructor(
    private readonly env: Env,
    readonly tab: Tab,
  ) {}

  getName(): string {
    return this.tab.name;
  }
  setName(name: string): Sheet {
    this.env.assertEditable(this.tab, null);
    this.env.workbook.renameTab(this.tab.name, name);
    return this;
  }
  getSheetId(): number {
    return this.tab.id;
  }
  getIndex(): number {
    return this.env.workbook.tabs().indexOf(this.tab) + 1;
  }
  getParent(): Spreadsheet {
    return this.env.ctx.wrap("Spreadsheet", new Spreadsheet(this.env));
  }
  getLastRow(): number {
    return this.env.workbook.usedSize(this.tab).rows;
  }
  getLastColumn(): number {
    return this.env.workbook.usedSize(this.tab).cols;
  }
  getMaxRows(): number {
    return this.tab.maxRows;
  }
  getMaxColumns(): number {
    return this.tab.maxCols;
  }
  getDataRange(): Range {
    const used = this.env.workbook.usedSize(this.tab);
    return this.env.range(this.tab, {
      row: 1,
      col: 1,
      rows: Math.max(1, used.rows),
      cols: Math.max(1, used.cols),
    });
  }

  /** Values from (startRow, startColumn); -1 as a size means up to the last row or column with data. */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): CellValue[][] {
    const used = this.env.workbook.usedSize(this.tab);
    const rows = numRows === -1 ? Math.max(1, used.rows - startRow + 1) : numRows;
    const cols = numColumns === -1 ? Math.max(1, used.cols - startColumn + 1) : numColumns;
    const rect = { row: startRow, col: startColumn, rows, cols };
    this.checked(rect);
    return new Range(this.env, this.tab, rect).getValues();
  }

  getRange(a1OrRow: string | number, column?: number, numRows = 1, numColumns = 1): Range {
    if (typeof a1OrRow === "string") {
      const rect = parseA1(splitSheet(a1OrRow).range, this.tab.maxRows, this.tab.maxCols);
      if (!rect) throw this.env.error("Range not found");
      return this.checked(rect);
    }
    return this.checked({ row: a1OrRow, col: column ?? Number.NaN, rows: numRows, cols: numColumns });
  }

  /** The ranges of a non-empty list of A1 notations of this sheet (Apps Script reference, Sheet.getRangeList). */
  getRangeList(a1Notations: string[]): RangeList {
    if (!a1Notations.length) throw this.env.error("The list of ranges must not be empty.");
    return this.env.ctx.wrap("RangeList", new RangeList(a1Notations.map((a1) => this.getRange(a1))));
  }

  private checked(rect: Rect): Range {
    const { row, col, rows, cols } = rect;
    if (![row, col, rows, cols].every(Number.isInteger)) {
      throw this.env.error(
        "The parameters don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    }
    if (row < 1) throw this.env.error("The starting row of the range is too small.");
    if (col < 1) throw this.env.error("The starting column of the range is too small.");
    if (rows < 1) throw this.env.error("The number of rows in the range must be at least 1.");
    if (cols < 1) throw this.env.error("The number of columns in the range must be at least 1.");
    if (row + rows - 1 > this.tab.maxRows || col + cols - 1 > this.tab.maxCols) {
      throw this.env.error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return this.env.range(this.tab, rect);
  }

  setFrozenRows(rows: number): Sheet {
    this.env.assertEditable(this.tab, null);
    this.tab.frozenRows = rows;
    return this;
  }
  setFrozenColumns(columns: number): Sheet {
    this.env.assertEditable(this.tab, null);
    this.tab.frozenCols = columns;
    return this;
  }
  getFrozenRows(): number {
    return this.tab.frozenRows;
  }
  getFrozenColumns(): number {
    return this.tab.frozenCols;
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    this.env.assertEditable(this.tab, null);
    for (let c = startColumn; c < startColumn + numColumns; c++) this.tab.columnWidths.set(c, width);
    return this;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    this.env.assertEditable(this.tab, null);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.tab.hiddenCols.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this.env.assertEditable(this.tab, null);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.tab.hiddenCols.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.tab.hiddenCols.has(columnPosition);
  }
  getColumnWidth(columnPosition: number): number {
    return this.tab.columnWidths.get(columnPosition) ?? 100;
  }
  /**
   * "Sets the height of the given rows in pixels. By default, rows grow to fit cell contents"
   * (Apps Script reference, Sheet.setRowHeights): the height kept here is the least the grid draws.
   */
  setRowHeights(startRow: number, numRows: number, height: number): Sheet {
    this.env.assertEditable(this.tab, null);
    for (let r = startRow; r < startRow + numRows; r++)
      if (height === DEFAULT_ROW_HEIGHT) this.tab.rowHeights.delete(r);
      else this.tab.rowHeights.set(r, height);
    return this;
  }
  setRowHeight(rowPosition: number, height: number): Sheet {
    return this.setRowHeights(rowPosition, 1, height);
  }
  /** The row's height in pixels (Sheet.getRowHeight): one row per call, there is no batch getter. */
  getRowHeight(rowPosition: number): number {
    return this.tab.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }

  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this.tab.conditionalRules.map((rule) =>
      this.env.ctx.wrap("ConditionalFormatRule", new ConditionalFormatRule(this.env, rule)),
    );
  }
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.env.assertEditable(this.tab, null);
    this.tab.conditionalRules = rules.map((r) => ({
      ...r.data,
      ranges: r.data.ranges.map((x) => ({ ...x })),
    }));
  }

  /**
   * "If the sheet is already protected, this method returns an object representing the existing
   * protection settings" (Apps Script reference, Sheet.protect()): a caller that changes what it
   * gets back changes a protection somebody else may have made.
   */
  protect(): Protection {
    let record = this.tab.protections.find((p) => p.type === "SHEET");
    if (!record) {
      this.env.assertProtectable(this.tab, null);
      record = { type: "SHEET", range: null, description: "", warningOnly: false, editors: null };
      this.tab.protections.push(record);
    }
    return this.env.ctx.wrap("Protection", new Protection(this.env, this.tab, record));
  }
  getProtections(type: string): Protection[] {
    return this.tab.protections
      .filter((p) => p.type === String(type))
      .map((p) => this.env.ctx.wrap("Protection", new Protection(this.env, this.tab, p)));
  }

  newChart(): EmbeddedChartBuilder {
    return newChart(this.env);
  }
  insertChart(chart: EmbeddedChart): void {
    insertChart(this.env, this.tab, chart);
  }
  updateChart(chart: EmbeddedChart): void {
    updateChart(this.env, this.tab, chart);
  }
  getCharts(): EmbeddedChart[] {
    return this.tab.charts.map((c) => chartOf(this.env, c));
  }
  removeChart(chart: EmbeddedChart): void {
    this.env.assertEditable(this.tab, null);
    this.tab.charts = this.tab.charts.filter((c) => c.id !== chart.data.id);
  }

  activate(): Sheet {
    this.env.activeTab = this.tab;
    this.env.activeRect = null;
    return this;
  }

  /** Clears contents and formats of the whole sheet. */
  clear(): Sheet {
    this.env.assertEditable(this.tab, { row: 1, col: 1, rows: this.tab.maxRows, cols: this.tab.maxCols });
    const used = this.env.workbook.usedSize(this.tab);
    if (used.rows && used.cols) this.env.workbook.clear(this.tab, { row: 1, col: 1, ...used });
    this.tab.styles.clear();
    return this;
  }

  /**
   * Apps Script's reference says only "Inserts a number of rows after the given row position"; the
   * rows take the formatting of the row before them, as the Sheets API's InsertDimensionRequest with
   * `inheritFromBefore: true` (and the row menu's "Insert 1 row below") gives them. Rows inserted
   * before a row (insertRowBefore, insertRowsBefore, insertRows) take that row's formatting, as
   * `inheritFromBefore: false` ("Insert 1 row above").
   */
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    return this.insertRowsAt(afterPosition, howMany, "before");
  }
  private insertRowsAt(afterPosition: number, howMany: number, inheritFrom: "before" | "after"): Sheet {
    this.assertInsertable("row", afterPosition);
    this.env.workbook.insertRowsAfter(this.tab, afterPosition, howMany, inheritFrom);
    return this;
  }
  /**
   * The other ways a script inserts or deletes rows (Apps Script reference, Class Sheet:
   * insertRowAfter, insertRowBefore, insertRows, insertRowsBefore, deleteRow, deleteRows), as a
   * person does from the row menu. Inside an array formula's result they are allowed and the result
   * spills again over the rows (see MemoryWorkbook.insertRowsAfter).
   */
  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    return this.insertRowsAt(beforePosition - 1, howMany, "after");
  }
  /** "Inserts one or more consecutive blank rows in a sheet starting at the specified location." */
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  deleteRow(rowPosition: number): Sheet {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    const rect = { row: rowPosition, col: 1, rows: howMany, cols: this.tab.maxCols };
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.tab.maxRows)
      throw this.env.error("Those rows are out of bounds.");
    if (rowPosition <= this.tab.frozenRows + 1 && rowPosition + howMany - 1 >= this.tab.maxRows)
      throw this.env.error("Sorry, it is not possible to delete all non-frozen rows.");
    this.env.assertEditable(this.tab, rect);
    this.env.workbook.deleteRows(this.tab, rowPosition, howMany);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this.assertInsertable("col", afterPosition);
    this.env.workbook.insertColumnsAfter(this.tab, afterPosition, howMany);
    return this;
  }

  /** Inserting inside a protected range (between two of its rows) changes it. */
  private assertInsertable(axis: "row" | "col", after: number): void {
    this.env.assertEditable(this.tab, null);
    for (const p of this.tab.protections) {
      if (!p.range) continue;
      const start = axis === "row" ? p.range.row : p.range.col;
      const size = axis === "row" ? p.range.rows : p.range.cols;
      if (start <= after && after < start + size - 1) this.env.assertEditable(this.tab, p.range);
    }
  }
}
