/**
 * The baseline the benchmark compares with: the same WorkbookPort, written the naive way, one
 * Sheets call (or two) per cell. Not used by the add-on; it only makes the per-cell cost visible.
 */
import type {
  Block,
  ChartSpec,
  RangeRef,
  TabFormat,
  TabInfo,
  TabSnapshot,
  WorkbookPort,
} from "../src/app/port";
import type { RowStep } from "../src/core/regenerate/rows";
import type { Sheet } from "../src/emulator/facade/sheet";
import type { SpreadsheetApp } from "../src/emulator/facade/spreadsheet";
import type { LockService } from "../src/emulator/services";
import { encodeCell, SheetsPort } from "../src/gas/sheetsPort";

export class NaivePort implements WorkbookPort {
  private readonly batch: SheetsPort;

  constructor(
    private readonly app: SpreadsheetApp,
    lock: LockService,
  ) {
    this.batch = new SheetsPort(app, lock);
  }

  private sheet(tab: string): Sheet {
    return this.app.getActiveSpreadsheet().getSheetByName(tab) as Sheet;
  }

  tabs(): TabInfo[] {
    return this.batch.tabs();
  }

  headerMerges(tab: string, rows: number, cols: number): RangeRef[] {
    return this.batch.headerMerges(tab, rows, cols);
  }

  read(tab: string): TabSnapshot {
    const sheet = this.sheet(tab);
    const rows = sheet.getLastRow();
    const cols = sheet.getLastColumn();
    const values: TabSnapshot["values"] = [];
    const formulas: string[][] = [];
    const notes: string[][] = [];
    for (let r = 1; r <= rows; r++) {
      values.push([]);
      formulas.push([]);
      notes.push([]);
      for (let c = 1; c <= cols; c++) {
        const cell = sheet.getRange(r, c);
        values[r - 1].push(cell.getValue());
        formulas[r - 1].push(cell.getFormula());
        notes[r - 1].push(cell.getNote());
      }
    }
    return { name: tab, values, formulas, notes };
  }

  create(tab: string): void {
    this.batch.create(tab);
  }

  write(tab: string, blocks: Block[], format?: TabFormat): void {
    const sheet = this.sheet(tab);
    // getRange beyond the grid throws (a new tab is 1000 × 26): grow it first, as the batch port does.
    const rows = Math.max(...blocks.map((b) => b.row + b.cells.length - 1));
    const cols = Math.max(...blocks.map((b) => b.col + (b.cells[0]?.length ?? 0) - 1));
    if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
    if (cols > sheet.getMaxColumns())
      sheet.insertColumnsAfter(sheet.getMaxColumns(), cols - sheet.getMaxColumns());
    for (const b of blocks) {
      // A new tab is 1000 × 26: grow it as the batch port does, then write cell by cell.
      const [rows, cols] = [b.row + b.cells.length - 1, b.col + (b.cells[0]?.length ?? 0) - 1];
      const [maxRows, maxCols] = [sheet.getMaxRows(), sheet.getMaxColumns()];
      if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
      if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
      b.cells.forEach((row, i) => {
        row.forEach((cell, j) => {
          sheet.getRange(b.row + i, b.col + j).setValue(encodeCell(cell));
        });
      });
      b.notes?.forEach((row, i) => {
        row.forEach((note, j) => {
          sheet.getRange(b.row + i, b.col + j).setNote(note);
        });
      });
    }
    if (format) this.format(tab, format);
  }

  chart(tab: string, chart: ChartSpec): void {
    this.batch.chart(tab, chart);
  }

  format(tab: string, format: TabFormat): void {
    this.batch.format(tab, format);
  }

  rows(tab: string, steps: RowStep[]): void {
    this.batch.rows(tab, steps);
  }

  unprotect(tab: string, description: string): boolean {
    return this.batch.unprotect(tab, description);
  }

  withLock<T>(fn: () => T): T {
    return this.batch.withLock(fn);
  }
}
