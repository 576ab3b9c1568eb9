/**
 * The Apps Script surface the add-on calls: every SpreadsheetApp, LockService and Session method
 * the Sheets port (`sheetsPort.ts`) uses, and nothing else. Apps Script's own services satisfy it
 * (`endpoints.ts` passes the globals), and the emulator's facade classes `implements` it, so the
 * compiler proves the emulator covers what the add-on calls; a method the port starts to call must
 * first be written here, and then the emulator cannot compile without it.
 *
 * Types only: this module emits nothing into the bundle.
 */
import type { CellValue } from "../core/cells";

/** What the port hands back to Sheets unread: a built rule or chart, a protection kind. */
type Opaque = unknown;

export interface SheetsApp {
  readonly ProtectionType: { readonly SHEET: Opaque; readonly RANGE: Opaque };
  getActiveSpreadsheet(): SheetsSpreadsheet;
  flush(): void;
  newDataValidation(): SheetsDataValidationBuilder;
  newConditionalFormatRule(): SheetsConditionalFormatRuleBuilder;
}

export interface SheetsSpreadsheet {
  getSheets(): SheetsSheet[];
  getSheetByName(name: string): SheetsSheet | null;
  insertSheet(sheetName: string, sheetIndex: number): SheetsSheet;
}

export interface SheetsSheet {
  getName(): string;
  getSheetId(): number;
  getLastRow(): number;
  getLastColumn(): number;
  getMaxRows(): number;
  getMaxColumns(): number;
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): CellValue[][];
  getDataRange(): SheetsRange;
  getRange(row: number, column: number, numRows: number, numColumns: number): SheetsRange;
  getRangeList(a1Notations: string[]): SheetsRangeList;
  insertRowsAfter(afterPosition: number, howMany: number): SheetsSheet;
  deleteRows(rowPosition: number, howMany: number): void;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetsSheet;
  setFrozenRows(rows: number): void;
  setFrozenColumns(columns: number): void;
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetsSheet;
  hideColumns(columnIndex: number, numColumns: number): void;
  setRowHeights(startRow: number, numRows: number, height: number): SheetsSheet;
  protect(): SheetsProtection;
  getProtections(type: Opaque): SheetsProtection[];
  getConditionalFormatRules(): SheetsConditionalFormatRule[];
  setConditionalFormatRules(rules: SheetsConditionalFormatRule[]): void;
  getCharts(): SheetsChart[];
  newChart(): SheetsChartBuilder;
  insertChart(chart: Opaque): void;
  updateChart(chart: Opaque): void;
}

export interface SheetsRange {
  clearFormat(): SheetsRange;
  getRow(): number;
  getColumn(): number;
  getLastRow(): number;
  getLastColumn(): number;
  getA1Notation(): string;
  getValues(): CellValue[][];
  setValues(values: unknown[][]): SheetsRange;
  getFormulas(): string[][];
  getNotes(): string[][];
  setNotes(notes: (string | null)[][]): SheetsRange;
  getNumberFormats(): string[][];
  setNumberFormats(numberFormats: string[][]): SheetsRange;
  getFontWeights(): string[][];
  setFontWeights(fontWeights: ("bold" | "normal" | null)[][]): SheetsRange;
  getBackgrounds(): string[][];
  setBackgrounds(colors: (string | null)[][]): SheetsRange;
  getFontColors(): string[][];
  setFontColors(colors: (string | null)[][]): SheetsRange;
  getFontSizes(): number[][];
  setFontSizes(sizes: number[][]): SheetsRange;
  getWraps(): boolean[][];
  setWraps(isWrapEnabled: boolean[][]): SheetsRange;
  getHorizontalAlignments(): string[][];
  setHorizontalAlignments(alignments: ("left" | "center" | "right" | null)[][]): SheetsRange;
  merge(): SheetsRange;
  mergeAcross(): SheetsRange;
  breakApart(): SheetsRange;
  getMergedRanges(): SheetsRange[];
  setDataValidation(rule: Opaque): SheetsRange;
  protect(): SheetsProtection;
}

export interface SheetsRangeList {
  getRanges(): SheetsRange[];
}

export interface SheetsUser {
  getEmail(): string;
}

export interface SheetsProtection {
  getDescription(): string;
  setDescription(description: string): SheetsProtection;
  isWarningOnly(): boolean;
  setWarningOnly(warningOnly: boolean): SheetsProtection;
  getRange(): SheetsRange;
  canEdit(): boolean;
  canDomainEdit(): boolean;
  setDomainEdit(editable: boolean): SheetsProtection;
  getEditors(): SheetsUser[];
  addEditor(user: SheetsUser): SheetsProtection;
  addEditors(emailAddresses: string[]): SheetsProtection;
  removeEditors(users: SheetsUser[]): SheetsProtection;
  remove(): void;
}

export interface SheetsDataValidationBuilder {
  setAllowInvalid(allowInvalidData: boolean): SheetsDataValidationBuilder;
  setHelpText(helpText: string): SheetsDataValidationBuilder;
  requireValueInList(values: string[], showDropdown: boolean): SheetsDataValidationBuilder;
  requireNumberGreaterThanOrEqualTo(number: number): SheetsDataValidationBuilder;
  build(): Opaque;
}

export interface SheetsConditionalFormatRule {
  getRanges(): SheetsRange[];
}

export interface SheetsConditionalFormatRuleBuilder {
  whenTextEqualTo(text: string): SheetsConditionalFormatRuleBuilder;
  setBackground(color: string | null): SheetsConditionalFormatRuleBuilder;
  setFontColor(color: string | null): SheetsConditionalFormatRuleBuilder;
  setRanges(ranges: SheetsRange[]): SheetsConditionalFormatRuleBuilder;
  build(): SheetsConditionalFormatRule;
}

export interface SheetsChart {
  getOptions(): { get(option: string): unknown };
  modify(): SheetsChartBuilder;
}

/** Sheet.newChart() and EmbeddedChart.modify(), up to asColumnChart(). */
export interface SheetsChartBuilder {
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): SheetsChartBuilder;
  clearRanges(): SheetsChartBuilder;
  addRange(range: SheetsRange): SheetsChartBuilder;
  setNumHeaders(headers: number): SheetsChartBuilder;
  setOption(option: string, value: unknown): SheetsChartBuilder;
  asColumnChart(): SheetsColumnChartBuilder;
  asComboChart(): SheetsColumnChartBuilder;
}

export interface SheetsColumnChartBuilder {
  setTitle(chartTitle: string): SheetsColumnChartBuilder;
  setColors(cssValues: string[]): SheetsColumnChartBuilder;
  setStacked(): SheetsColumnChartBuilder;
  build(): Opaque;
}

export interface SheetsLock {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}

export interface SheetsLockService {
  getDocumentLock(): SheetsLock;
}

export interface SheetsSession {
  getEffectiveUser(): SheetsUser;
}
