import type {
  Block,
  ChartSpec,
  Protection,
  RangeRef,
  TabFormat,
  TabInfo,
  TabSnapshot,
  WorkbookPort,
  WriteCell,
} from "../app/port";
import { a1, parseA1 } from "../core/a1";
import { UserError } from "../core/result";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type SheetsProtection = GoogleAppsScript.Spreadsheet.Protection;

/**
 * Text Sheets may turn into a formula, a number, a date or a boolean: setValues parses strings as
 * if typed (Range.setValues), so "3-5", "2024-01-31", "Jan 2024", "1e5", "(5)" and "Rp1.000"
 * become dates and numbers. Any digit can start one of those: such text goes behind an apostrophe.
 */
const PARSED_BY_SHEETS = /^[=+\-@'(]|\d|^(?:true|false)$/i;
const PLAIN_TEXT = "@";

/**
 * Columns of a block holding only text (and empty cells): their text cells get the plain-text
 * number format, so the text stays text there also when a person types it again.
 */
function textColumns(cells: WriteCell[][]): boolean[] {
  return (cells[0] ?? []).map((_, j) => {
    let text = false;
    for (const row of cells) {
      const c = row[j];
      if (c === "") continue;
      if (typeof c !== "string") return false;
      text = true;
    }
    return text;
  });
}

/** A write cell as `setValues` takes it: formulas as "=…", every other string kept as text. */
export function encodeCell(cell: WriteCell): string | number | boolean | Date {
  if (typeof cell === "string") return cell !== "" && PARSED_BY_SHEETS.test(cell) ? `'${cell}` : cell;
  if (typeof cell === "object" && !(cell instanceof Date)) return cell.formula;
  return cell;
}

export const LOCK_BUSY = "Spreadsheet sedang diubah oleh proses lain; tunggu sebentar lalu coba lagi.";

/**
 * The workbook port over SpreadsheetApp. Every method makes a fixed number of calls, whatever the
 * number of rows: a read is getDataRange + getValues + getFormulas, a block write one setValues.
 */
export class SheetsPort implements WorkbookPort {
  private readonly ss: Spreadsheet;

  /** The services come in as arguments so the same port runs over the emulator's facade. */
  constructor(
    private readonly app: GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    private readonly lockService: GoogleAppsScript.Lock.LockService,
    private readonly session?: GoogleAppsScript.Base.Session,
  ) {
    this.ss = app.getActiveSpreadsheet();
  }

  tabs(): TabInfo[] {
    return this.ss.getSheets().map((s) => ({
      name: s.getName(),
      id: s.getSheetId(),
      rows: s.getLastRow(),
      cols: s.getLastColumn(),
    }));
  }

  read(tab: string): TabSnapshot {
    const range = this.sheet(tab).getDataRange();
    return { name: tab, values: range.getValues(), formulas: range.getFormulas() };
  }

  headerMerges(tab: string, rows: number, cols: number): RangeRef[] {
    if (rows < 1 || cols < 1) return [];
    const merged = this.sheet(tab).getRange(1, 1, rows, cols).getMergedRanges();
    return merged.map((r) => parseA1(r.getA1Notation())).filter((r): r is RangeRef => r !== null);
  }

  create(tab: string): void {
    if (this.ss.getSheetByName(tab)) throw new UserError(`Tab "${tab}" sudah ada: pilih nama lain.`);
    this.ss.insertSheet(tab, this.ss.getSheets().length);
  }

  write(tab: string, blocks: Block[]): void {
    const sheet = this.sheet(tab);
    // A new tab is 1000 × 26 and getRange beyond it throws: grow it first, once.
    const rows = Math.max(...blocks.map((b) => b.row + b.cells.length - 1));
    const cols = Math.max(...blocks.map((b) => b.col + (b.cells[0]?.length ?? 0) - 1));
    const maxRows = sheet.getMaxRows();
    const maxCols = sheet.getMaxColumns();
    if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
    if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
    for (const b of blocks) {
      if (b.cells.length === 0) continue;
      const rect = { row: b.row, col: b.col, rows: b.cells.length, cols: b.cells[0].length };
      this.guard(sheet, rect, () => {
        const range = sheet.getRange(b.row, b.col, rect.rows, rect.cols);
        const text = textColumns(b.cells);
        const plain = (c: WriteCell, j: number): c is string => text[j] && typeof c === "string" && c !== "";
        if (b.cells.some((r) => r.some((c, j) => plain(c, j) && PARSED_BY_SHEETS.test(c)))) {
          // Range.setNumberFormat: "@" is plain text; set before the values so they are not parsed.
          const formats = range.getNumberFormats();
          b.cells.forEach((r, i) => {
            r.forEach((c, j) => {
              if (plain(c, j)) formats[i][j] = PLAIN_TEXT;
            });
          });
          range.setNumberFormats(formats);
          range.setValues(b.cells.map((r) => r.map((c, j) => (plain(c, j) ? c : encodeCell(c)))));
        } else range.setValues(b.cells.map((r) => r.map(encodeCell)));
      });
    }
  }

  /**
   * Runs a Sheets call and turns a refusal by a protection into one Indonesian sentence. Sheets
   * raises its exceptions in the user's language, so the protection is recognised by asking the
   * protections themselves, never by the message text.
   */
  private guard<T>(sheet: Sheet, rect: RangeRef | null, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      if (e instanceof UserError) throw e;
      const blocking = this.blocking(sheet, rect);
      if (!blocking) throw e;
      const what = blocking.getDescription() ? ` ("${blocking.getDescription()}")` : "";
      throw new UserError(
        `Tab '${sheet.getName()}' dilindungi${what} dan Anda bukan editor perlindungan itu: minta pemilik spreadsheet atau pembuat perlindungan membukanya, lalu coba lagi.`,
      );
    }
  }

  /** A strict protection over `rect` (or anywhere on the sheet) that the user cannot edit. */
  private blocking(sheet: Sheet, rect: RangeRef | null): SheetsProtection | undefined {
    const { SHEET, RANGE } = this.app.ProtectionType;
    const overlaps = (p: SheetsProtection) => {
      if (!rect) return true;
      const r = p.getRange();
      return (
        r.getRow() <= rect.row + rect.rows - 1 &&
        rect.row <= r.getLastRow() &&
        r.getColumn() <= rect.col + rect.cols - 1 &&
        rect.col <= r.getLastColumn()
      );
    };
    return [...sheet.getProtections(SHEET), ...sheet.getProtections(RANGE).filter(overlaps)].find(
      (p) => !p.isWarningOnly() && !p.canEdit(),
    );
  }

  format(tab: string, f: TabFormat): void {
    const sheet = this.sheet(tab);
    const range = (r: RangeRef) => sheet.getRange(r.row, r.col, r.rows, r.cols);
    if (f.frozenRows !== undefined) sheet.setFrozenRows(f.frozenRows);
    if (f.frozenColumns !== undefined) sheet.setFrozenColumns(f.frozenColumns);
    for (const w of f.columnWidths ?? []) sheet.setColumnWidth(w.col, w.width);
    for (const c of f.hiddenColumns ?? []) sheet.hideColumns(c);
    for (const m of f.merges ?? []) range(m).merge();
    this.numberFormats(sheet, f.styles ?? []);
    for (const s of f.styles ?? []) {
      if (Object.keys(s).every((k) => k === "range" || k === "numberFormat")) continue;
      const r = range(s.range);
      if (s.bold !== undefined) r.setFontWeight(s.bold ? "bold" : "normal");
      if (s.background !== undefined) r.setBackground(s.background);
      if (s.fontColor !== undefined) r.setFontColor(s.fontColor);
      if (s.wrap !== undefined) r.setWrap(s.wrap);
      if (s.horizontalAlignment !== undefined) r.setHorizontalAlignment(s.horizontalAlignment);
    }
    for (const v of f.validations ?? []) {
      const builder = this.app.newDataValidation().setAllowInvalid(v.allowInvalid).setHelpText(v.help);
      if (v.list) builder.requireValueInList(v.list, true);
      else if (v.number?.min !== undefined) builder.requireNumberGreaterThanOrEqualTo(v.number.min);
      range(v.range).setDataValidation(builder.build());
    }
    if (f.conditionalColours) this.colour(sheet, f.conditionalColours);
    for (const p of f.protections ?? []) this.guard(sheet, null, () => this.protect(sheet, p));
  }

  /**
   * Every number format of the styles in one setNumberFormats call over the rectangle they span
   * (the formats already there are kept where no style says otherwise), so per-row formats cost
   * the same number of calls as one column's.
   */
  private numberFormats(sheet: Sheet, styles: NonNullable<TabFormat["styles"]>): void {
    const withFormat = styles.filter((s) => s.numberFormat !== undefined);
    if (!withFormat.length) return;
    const top = Math.min(...withFormat.map((s) => s.range.row));
    const left = Math.min(...withFormat.map((s) => s.range.col));
    const bottom = Math.max(...withFormat.map((s) => s.range.row + s.range.rows));
    const right = Math.max(...withFormat.map((s) => s.range.col + s.range.cols));
    const box = sheet.getRange(top, left, bottom - top, right - left);
    if (withFormat.length === 1) {
      box.setNumberFormat(withFormat[0].numberFormat as string);
      return;
    }
    const formats = box.getNumberFormats();
    for (const s of withFormat) {
      for (let r = s.range.row; r < s.range.row + s.range.rows; r++)
        for (let c = s.range.col; c < s.range.col + s.range.cols; c++)
          formats[r - top][c - left] = s.numberFormat as string;
    }
    box.setNumberFormats(formats);
  }

  /**
   * Makes the protection `p` describes, replacing the one this add-on made before with the same
   * description, and never touching any other: a protection the owner made, or the add-on's own
   * for another TW, keeps its description, editors and kind.
   */
  private protect(sheet: Sheet, p: Protection): void {
    const { SHEET } = this.app.ProtectionType;
    const mine = this.ours(sheet, p.description);
    if (mine.some((old) => !old.canEdit())) {
      throw new UserError(
        `Perlindungan "${p.description}" di tab '${sheet.getName()}' dibuat oleh orang lain dan Anda bukan editornya: minta pemilik spreadsheet menghapusnya, lalu coba lagi.`,
      );
    }
    for (const old of mine) old.remove();
    // "If the sheet is already protected, this method returns an object representing the existing
    // protection settings" (Apps Script reference, Sheet.protect()): on a protected sheet, cover
    // the whole grid with a range protection of our own instead.
    const target =
      p.range !== "sheet"
        ? sheet.getRange(p.range.row, p.range.col, p.range.rows, p.range.cols)
        : sheet.getProtections(SHEET).length > 0
          ? sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns())
          : null;
    const protection = target ? target.protect() : sheet.protect();
    protection.setDescription(p.description).setWarningOnly(p.warningOnly);
    if (p.warningOnly) return;
    // A new protection mirrors the spreadsheet's editors, i.e. protects nothing, until its editor
    // list is changed. Add the effective user first: removing a group the user edits through
    // throws otherwise (Apps Script reference, Class Protection, the example at the top).
    const me = this.session?.getEffectiveUser();
    if (me?.getEmail()) protection.addEditor(me);
    protection.removeEditors(protection.getEditors());
    if (protection.canDomainEdit()) protection.setDomainEdit(false);
    if (p.editors?.length) protection.addEditors(p.editors);
  }

  /** The protections of the tab (sheet or range) that carry this description. */
  private ours(sheet: Sheet, description: string): SheetsProtection[] {
    const { SHEET, RANGE } = this.app.ProtectionType;
    return [...sheet.getProtections(SHEET), ...sheet.getProtections(RANGE)].filter(
      (p) => p.getDescription() === description,
    );
  }

  chart(tab: string, c: ChartSpec): void {
    const sheet = this.sheet(tab);
    const old = sheet.getCharts().find((x) => x.getOptions().get("title") === c.title);
    // An existing chart keeps the place a person gave it; a new one goes to its anchor.
    const builder = (old ? old.modify() : sheet.newChart().setPosition(c.row, c.col, 0, 0))
      .clearRanges()
      .addRange(sheet.getRange(c.range.row, c.range.col, c.range.rows, c.range.cols))
      .setNumHeaders(1)
      .setOption("width", c.width)
      .setOption("height", c.height)
      .asColumnChart()
      .setTitle(c.title)
      .setColors(c.colors);
    const chart = (c.stacked ? builder.setStacked() : builder).build();
    if (old) sheet.updateChart(chart);
    else sheet.insertChart(chart);
  }

  unprotect(tab: string, description: string): boolean {
    const mine = this.ours(this.sheet(tab), description);
    if (mine.some((p) => !p.canEdit())) return false;
    for (const p of mine) p.remove();
    return true;
  }

  /** Replaces the rules on the same ranges and keeps every other rule a person made. */
  private colour(sheet: Sheet, colours: NonNullable<TabFormat["conditionalColours"]>): void {
    const ours = new Set(colours.map((c) => a1(c.range)));
    const kept = sheet
      .getConditionalFormatRules()
      .filter((rule) => !rule.getRanges().every((r) => ours.has(r.getA1Notation())));
    const added = colours.map((c) =>
      this.app
        .newConditionalFormatRule()
        .whenTextEqualTo(c.textEquals)
        .setBackground(c.background)
        .setFontColor(c.fontColor)
        .setRanges([sheet.getRange(c.range.row, c.range.col, c.range.rows, c.range.cols)])
        .build(),
    );
    sheet.setConditionalFormatRules([...kept, ...added]);
  }

  withLock<T>(fn: () => T): T {
    const lock = this.lockService.getDocumentLock();
    if (!lock.tryLock(10_000)) throw new UserError(LOCK_BUSY);
    try {
      return fn();
    } finally {
      // Pending writes reach the document before the next holder of the lock reads it; without
      // this, two submissions close together can both append to the same history row.
      try {
        this.app.flush();
      } finally {
        lock.releaseLock();
      }
    }
  }

  private sheet(tab: string): Sheet {
    const sheet = this.ss.getSheetByName(tab);
    if (!sheet) throw new UserError(`Tab "${tab}" tidak ditemukan.`);
    return sheet;
  }
}
