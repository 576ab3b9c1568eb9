/**
 * A SpreadsheetApp-shaped facade over a MemoryWorkbook, plus the other Apps Script globals the
 * add-on uses, so that the built bundle runs unchanged in Node. Every method call on a facade object
 * is counted (`gas.calls`). Behaviour follows Google's reference: values as getValues returns them,
 * id_ID parsing of written strings, Sheets' error messages, protections enforced for non-editors.
 */
import type { CellValue } from "../app/port";
import { intersects, parseA1, type Rect, rectA1, splitSheet } from "./a1";
import { type CallCounter, FacadeContext, type Realm } from "./counting";
import { formatDisplay, isDate, parseInput } from "./format";
import {
  type HtmlOutput,
  HtmlService,
  LockService,
  type LockState,
  Logger,
  PropertiesService,
  ScriptApp,
  Session,
  User,
  Utilities,
} from "./services";
import type {
  CellInput,
  CellStyle,
  ConditionalRule,
  MemoryWorkbook,
  ProtectionRecord,
  Tab,
  ValidationRule,
} from "./workbook";

export const PROTECTED_MESSAGE =
  "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

export interface GasOptions {
  /** The active (and effective) user's email. Default "pengguna@example.go.id". */
  user?: string;
  /** The spreadsheet owner, who can always edit. Default: the user. */
  owner?: string;
  /** Spreadsheet id; default "emulated-spreadsheet". */
  id?: string;
  /** HTML files of the project by name (without ".html"), for HtmlService. */
  files?: Record<string, string>;
  /** Title of the menu `Ui.createAddonMenu()` makes. Default "SAKIP". */
  addonName?: string;
}

export type MenuEntry =
  | { caption: string; functionName: string }
  | { separator: true }
  | { submenu: MenuRecord };

export interface MenuRecord {
  title: string;
  addon: boolean;
  items: MenuEntry[];
}

/** What the Ui showed, for tests to assert. */
export interface UiLog {
  menus: MenuRecord[];
  sidebar: HtmlOutput | null;
  dialogs: { html: HtmlOutput; title: string }[];
  alerts: { title: string; prompt: string; buttons: string }[];
  toasts: { message: string; title: string }[];
}

// State that belongs to the document, shared by every facade over the same workbook.
interface DocumentState {
  locks: { document: LockState; script: LockState };
  userLocks: Map<string, LockState>;
  properties: { document: Map<string, string>; script: Map<string, string> };
  userProperties: Map<string, Map<string, string>>;
}
const documents = new WeakMap<MemoryWorkbook, DocumentState>();

function documentState(workbook: MemoryWorkbook): DocumentState {
  let state = documents.get(workbook);
  if (!state) {
    state = {
      locks: { document: { holder: null }, script: { holder: null } },
      userLocks: new Map(),
      properties: { document: new Map(), script: new Map() },
      userProperties: new Map(),
    };
    documents.set(workbook, state);
  }
  return state;
}

/** Everything the facade objects share. */
class Env {
  activeTab: Tab | null = null;
  activeRect: Rect | null = null;
  readonly warnings: string[] = [];
  readonly ui: UiLog = { menus: [], sidebar: null, dialogs: [], alerts: [], toasts: [] };

  constructor(
    readonly ctx: FacadeContext,
    readonly workbook: MemoryWorkbook,
    readonly user: string,
    readonly owner: string,
    readonly id: string,
    readonly addonName: string,
  ) {}

  error(message: string): Error {
    return this.ctx.error(message);
  }

  canEdit(p: ProtectionRecord): boolean {
    return this.user === this.owner || p.editors === null || p.editors.includes(this.user);
  }

  /**
   * Throws Sheets' message when the user may not edit `rect` (or, with null, the sheet as a whole).
   * Warning-only protections do not stop a script; the warning is recorded.
   */
  assertEditable(tab: Tab, rect: Rect | null): void {
    for (const p of tab.protections) {
      if (p.type === "RANGE" && (!rect || !p.range || !intersects(p.range, rect))) continue;
      if (p.warningOnly) {
        this.warnings.push(`${tab.name}!${rect ? rectA1(rect) : "*"}: ${p.description || "dilindungi"}`);
      } else if (!this.canEdit(p)) {
        throw this.error(PROTECTED_MESSAGE);
      }
    }
  }

  sheet(tab: Tab): Sheet {
    return this.ctx.wrap("Sheet", new Sheet(this, tab));
  }

  range(tab: Tab, rect: Rect): Range {
    return this.ctx.wrap("Range", new Range(this, tab, rect));
  }

  active(): Tab {
    const tabs = this.workbook.tabs();
    if (!this.activeTab || !tabs.includes(this.activeTab)) this.activeTab = tabs[0];
    if (!this.activeTab) throw this.error("Spreadsheet tidak punya tab.");
    return this.activeTab;
  }
}

function checkMatrix(env: Env, data: unknown, rect: Rect, method: string): unknown[][] {
  if (!Array.isArray(data) || !data.every(Array.isArray)) {
    throw env.error(
      `The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  if (data.length !== rect.rows) {
    throw env.error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rect.rows}.`,
    );
  }
  for (const row of data as unknown[][]) {
    if (row.length !== rect.cols) {
      throw env.error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${rect.cols}.`,
      );
    }
  }
  return data as unknown[][];
}

function normalizeColor(color: string | null): string | undefined {
  return color ? color.toLowerCase() : undefined;
}

// ---------------------------------------------------------------- Range

export class Range {
  constructor(
    private readonly env: Env,
    readonly tab: Tab,
    readonly rect: Rect,
  ) {}

  private get wb() {
    return this.env.workbook;
  }

  private cells<T>(fn: (row: number, col: number) => T): T[][] {
    const { row, col, rows, cols } = this.rect;
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => fn(row + r, col + c)),
    );
  }

  private forEachCell(matrix: unknown[][], fn: (row: number, col: number, v: unknown) => void): void {
    matrix.forEach((line, r) => {
      line.forEach((v, c) => {
        fn(this.rect.row + r, this.rect.col + c, v);
      });
    });
  }

  private out(v: CellValue): CellValue {
    return isDate(v) ? this.env.ctx.date(v) : v;
  }

  private edit(): void {
    this.env.assertEditable(this.tab, this.rect);
  }

  getRow(): number {
    return this.rect.row;
  }
  getColumn(): number {
    return this.rect.col;
  }
  getNumRows(): number {
    return this.rect.rows;
  }
  getNumColumns(): number {
    return this.rect.cols;
  }
  getLastRow(): number {
    return this.rect.row + this.rect.rows - 1;
  }
  getLastColumn(): number {
    return this.rect.col + this.rect.cols - 1;
  }
  getA1Notation(): string {
    return rectA1(this.rect);
  }
  getSheet(): Sheet {
    return this.env.sheet(this.tab);
  }
  getGridId(): number {
    return this.tab.id;
  }

  // ------------------------------------------------------------ values and formulas

  getValues(): CellValue[][] {
    return this.wb.values(this.tab, this.rect).map((row) => row.map((v) => this.out(v)));
  }
  getValue(): CellValue {
    return this.out(this.wb.value(this.tab, this.rect.row, this.rect.col));
  }
  getDisplayValues(): string[][] {
    const tz = this.wb.timeZone;
    return this.cells((r, c) =>
      formatDisplay(this.wb.value(this.tab, r, c), this.tab.style(r, c).numberFormat, tz),
    );
  }
  getDisplayValue(): string {
    const { row, col } = this.rect;
    return formatDisplay(
      this.wb.value(this.tab, row, col),
      this.tab.style(row, col).numberFormat,
      this.wb.timeZone,
    );
  }
  getFormulas(): string[][] {
    return this.wb.formulas(this.tab, this.rect);
  }
  getFormula(): string {
    return this.wb.formula(this.tab, this.rect.row, this.rect.col);
  }

  /** Strings are parsed as typed in an id_ID sheet, unless the cell is formatted as plain text ("@"). */
  private writeValues(matrix: unknown[][]): void {
    const formats: [number, number, string][] = [];
    const tz = this.wb.timeZone;
    const input: CellInput[][] = matrix.map((line, r) =>
      line.map((v, c): CellInput => {
        const row = this.rect.row + r;
        const col = this.rect.col + c;
        if (v === null || v === undefined) return null;
        if (typeof v === "number" || typeof v === "boolean") return v;
        if (isDate(v)) return new Date(v.getTime());
        const text = String(v);
        if (this.tab.style(row, col).numberFormat === "@") return text;
        const parsed = parseInput(text, tz);
        if (parsed.numberFormat) formats.push([row, col, parsed.numberFormat]);
        return parsed.formula !== undefined ? { formula: parsed.formula } : parsed.value;
      }),
    );
    this.wb.write(this.tab, this.rect.row, this.rect.col, input);
    for (const [row, col, numberFormat] of formats)
      this.tab.patchStyle({ row, col, rows: 1, cols: 1 }, { numberFormat });
  }

  setValues(values: unknown[][]): Range {
    const matrix = checkMatrix(this.env, values, this.rect, "setValues");
    this.edit();
    this.writeValues(matrix);
    return this;
  }
  /** Sets every cell of the range, as Apps Script does. */
  setValue(value: unknown): Range {
    this.edit();
    this.writeValues(this.cells(() => value));
    return this;
  }
  setFormulas(formulas: string[][]): Range {
    const matrix = checkMatrix(this.env, formulas, this.rect, "setFormulas");
    this.edit();
    this.writeFormulas(matrix);
    return this;
  }
  setFormula(formula: string): Range {
    this.edit();
    this.writeFormulas(this.cells(() => formula));
    return this;
  }
  private writeFormulas(matrix: unknown[][]): void {
    const input = matrix.map((line) =>
      line.map((f): CellInput => {
        const text = f === null || f === undefined ? "" : String(f);
        if (text === "") return null;
        return text.startsWith("=") ? { formula: text } : (parseInput(text, this.wb.timeZone).value ?? null);
      }),
    );
    this.wb.write(this.tab, this.rect.row, this.rect.col, input);
  }

  clearContent(): Range {
    this.edit();
    this.wb.clear(this.tab, this.rect);
    return this;
  }
  clearFormat(): Range {
    this.edit();
    this.tab.clearFormats(this.rect);
    return this;
  }
  clear(): Range {
    this.edit();
    this.wb.clear(this.tab, this.rect);
    this.tab.clearFormats(this.rect);
    return this;
  }

  // ------------------------------------------------------------ formats

  private setStyle(patch: CellStyle): Range {
    this.edit();
    this.tab.patchStyle(this.rect, patch);
    return this;
  }
  private setStyles<K extends keyof CellStyle>(
    field: K,
    matrix: unknown[][],
    method: string,
    map: (v: unknown) => CellStyle[K],
  ): Range {
    checkMatrix(this.env, matrix, this.rect, method);
    this.edit();
    this.forEachCell(matrix, (row, col, v) => {
      this.tab.patchStyle({ row, col, rows: 1, cols: 1 }, { [field]: map(v) } as CellStyle);
    });
    return this;
  }
  private getStyles<T>(fn: (s: CellStyle) => T): T[][] {
    return this.cells((r, c) => fn(this.tab.style(r, c)));
  }

  setNumberFormat(numberFormat: string): Range {
    return this.setStyle({ numberFormat });
  }
  setNumberFormats(numberFormats: string[][]): Range {
    return this.setStyles("numberFormat", numberFormats, "setNumberFormats", (v) =>
      v ? String(v) : undefined,
    );
  }
  getNumberFormats(): string[][] {
    return this.getStyles((s) => s.numberFormat ?? "General");
  }
  getNumberFormat(): string {
    return this.getNumberFormats()[0][0];
  }

  setFontWeight(fontWeight: "bold" | "normal" | null): Range {
    return this.setStyle({ fontWeight: fontWeight === "bold" ? "bold" : undefined });
  }
  setFontWeights(fontWeights: (string | null)[][]): Range {
    return this.setStyles("fontWeight", fontWeights, "setFontWeights", (v) =>
      v === "bold" ? "bold" : undefined,
    );
  }
  getFontWeights(): string[][] {
    return this.getStyles((s) => s.fontWeight ?? "normal");
  }
  getFontWeight(): string {
    return this.getFontWeights()[0][0];
  }

  setBackground(color: string | null): Range {
    return this.setStyle({ background: normalizeColor(color) });
  }
  setBackgrounds(colors: (string | null)[][]): Range {
    return this.setStyles("background", colors, "setBackgrounds", (v) => normalizeColor(v as string | null));
  }
  getBackgrounds(): string[][] {
    return this.getStyles((s) => s.background ?? "#ffffff");
  }
  getBackground(): string {
    return this.getBackgrounds()[0][0];
  }

  setFontColor(color: string | null): Range {
    return this.setStyle({ fontColor: normalizeColor(color) });
  }
  setFontColors(colors: (string | null)[][]): Range {
    return this.setStyles("fontColor", colors, "setFontColors", (v) => normalizeColor(v as string | null));
  }
  getFontColors(): string[][] {
    return this.getStyles((s) => s.fontColor ?? "#000000");
  }
  getFontColor(): string {
    return this.getFontColors()[0][0];
  }

  setWrap(isWrapEnabled: boolean): Range {
    return this.setStyle({ wrap: isWrapEnabled || undefined });
  }
  getWraps(): boolean[][] {
    return this.getStyles((s) => s.wrap === true);
  }
  getWrap(): boolean {
    return this.getWraps()[0][0];
  }

  setHorizontalAlignment(alignment: string | null): Range {
    return this.setStyle({
      horizontalAlignment: alignment && alignment !== "normal" ? alignment : undefined,
    });
  }
  setHorizontalAlignments(alignments: (string | null)[][]): Range {
    return this.setStyles("horizontalAlignment", alignments, "setHorizontalAlignments", (v) =>
      v && v !== "normal" ? String(v) : undefined,
    );
  }
  getHorizontalAlignments(): string[][] {
    return this.getStyles((s) => s.horizontalAlignment ?? "general");
  }
  getHorizontalAlignment(): string {
    return this.getHorizontalAlignments()[0][0];
  }

  // ------------------------------------------------------------ merges

  /** Keeps the top-left value and clears the others, as Sheets does. */
  merge(): Range {
    this.edit();
    this.tab.merges = this.tab.merges.filter((m) => !intersects(m, this.rect));
    this.tab.merges.push({ ...this.rect });
    const { row, col, rows, cols } = this.rect;
    if (cols > 1) this.wb.clear(this.tab, { row, col: col + 1, rows, cols: cols - 1 });
    if (rows > 1) this.wb.clear(this.tab, { row: row + 1, col, rows: rows - 1, cols: 1 });
    return this;
  }
  breakApart(): Range {
    this.edit();
    this.tab.merges = this.tab.merges.filter((m) => !intersects(m, this.rect));
    return this;
  }
  getMergedRanges(): Range[] {
    return this.tab.merges
      .filter((m) => intersects(m, this.rect))
      .map((m) => this.env.range(this.tab, { ...m }));
  }
  isPartOfMerge(): boolean {
    return this.tab.merges.some((m) => intersects(m, this.rect));
  }

  // ------------------------------------------------------------ validation, notes, protection

  setDataValidation(rule: DataValidation | null): Range {
    this.edit();
    this.tab.setValidation(this.rect, rule ? { ...rule.data } : null);
    return this;
  }
  setDataValidations(rules: (DataValidation | null)[][]): Range {
    checkMatrix(this.env, rules, this.rect, "setDataValidations");
    this.edit();
    this.forEachCell(rules, (row, col, rule) => {
      this.tab.setValidation(
        { row, col, rows: 1, cols: 1 },
        rule ? { ...(rule as DataValidation).data } : null,
      );
    });
    return this;
  }
  clearDataValidations(): Range {
    return this.setDataValidation(null);
  }
  getDataValidations(): (DataValidation | null)[][] {
    return this.cells((r, c) => {
      const rule = this.tab.validation(r, c);
      return rule ? this.env.ctx.wrap("DataValidation", new DataValidation(this.env, rule)) : null;
    });
  }
  getDataValidation(): DataValidation | null {
    return this.getDataValidations()[0][0];
  }

  setNote(note: string | null): Range {
    this.edit();
    this.cells((r, c) => this.tab.setNote(r, c, note ?? ""));
    return this;
  }
  setNotes(notes: (string | null)[][]): Range {
    checkMatrix(this.env, notes, this.rect, "setNotes");
    this.edit();
    this.forEachCell(notes, (row, col, note) => {
      this.tab.setNote(row, col, note === null || note === undefined ? "" : String(note));
    });
    return this;
  }
  clearNote(): Range {
    return this.setNote(null);
  }
  getNotes(): string[][] {
    return this.cells((r, c) => this.tab.note(r, c));
  }
  getNote(): string {
    return this.tab.note(this.rect.row, this.rect.col);
  }

  protect(): Protection {
    const record: ProtectionRecord = {
      type: "RANGE",
      range: { ...this.rect },
      description: "",
      warningOnly: false,
      editors: null,
    };
    this.tab.protections.push(record);
    return this.env.ctx.wrap("Protection", new Protection(this.env, this.tab, record));
  }

  // ------------------------------------------------------------ navigation

  activate(): Range {
    this.env.activeTab = this.tab;
    this.env.activeRect = { ...this.rect };
    return this;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return new Sheet(this.env, this.tab).getRange(
      this.rect.row + rowOffset,
      this.rect.col + columnOffset,
      numRows ?? this.rect.rows,
      numColumns ?? this.rect.cols,
    );
  }
  getCell(row: number, column: number): Range {
    if (row < 1 || row > this.rect.rows || column < 1 || column > this.rect.cols) {
      throw this.env.error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return this.env.range(this.tab, {
      row: this.rect.row + row - 1,
      col: this.rect.col + column - 1,
      rows: 1,
      cols: 1,
    });
  }
}

// ---------------------------------------------------------------- Sheet

export class Sheet {
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

  getRange(a1OrRow: string | number, column?: number, numRows = 1, numColumns = 1): Range {
    if (typeof a1OrRow === "string") {
      const rect = parseA1(splitSheet(a1OrRow).range, this.tab.maxRows, this.tab.maxCols);
      if (!rect) throw this.env.error("Range not found");
      return this.checked(rect);
    }
    return this.checked({ row: a1OrRow, col: column ?? Number.NaN, rows: numRows, cols: numColumns });
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
  getColumnWidth(columnPosition: number): number {
    return this.tab.columnWidths.get(columnPosition) ?? 100;
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

  /** Returns the sheet's protection, creating it when there is none (as Sheets does). */
  protect(): Protection {
    let record = this.tab.protections.find((p) => p.type === "SHEET");
    if (!record) {
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

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.assertInsertable("row", afterPosition);
    this.env.workbook.insertRowsAfter(this.tab, afterPosition, howMany);
    return this;
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

// ---------------------------------------------------------------- Protection

export class Protection {
  constructor(
    private readonly env: Env,
    private readonly tab: Tab,
    private readonly record: ProtectionRecord,
  ) {}

  private change(): void {
    if (!this.env.canEdit(this.record)) throw this.env.error(PROTECTED_MESSAGE);
  }

  /** Until changed, the editors mirror the spreadsheet's: the owner and the current user. */
  private editorList(): string[] {
    return this.record.editors ?? [...new Set([this.env.owner, this.env.user])];
  }

  getDescription(): string {
    return this.record.description;
  }
  setDescription(description: string): Protection {
    this.change();
    this.record.description = description;
    return this;
  }
  isWarningOnly(): boolean {
    return this.record.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): Protection {
    this.change();
    this.record.warningOnly = warningOnly;
    return this;
  }
  getProtectionType(): string {
    return this.record.type;
  }
  getRange(): Range {
    return this.env.range(
      this.tab,
      this.record.range
        ? { ...this.record.range }
        : { row: 1, col: 1, rows: this.tab.maxRows, cols: this.tab.maxCols },
    );
  }
  remove(): void {
    this.change();
    this.tab.protections = this.tab.protections.filter((p) => p !== this.record);
  }
  canEdit(): boolean {
    return this.env.canEdit(this.record);
  }
  canDomainEdit(): boolean {
    return false;
  }
  setDomainEdit(_editable: boolean): Protection {
    this.change();
    return this;
  }
  getEditors(): User[] {
    return this.editorList().map((email) => this.env.ctx.wrap("User", new User(email)));
  }
  addEditor(emailOrUser: string | User): Protection {
    return this.addEditors([emailOrUser]);
  }
  addEditors(emails: (string | User)[]): Protection {
    this.change();
    const list = this.editorList();
    for (const e of emails) {
      const email = typeof e === "string" ? e : e.getEmail();
      if (!list.includes(email)) list.push(email);
    }
    this.record.editors = list;
    return this;
  }
  removeEditor(emailOrUser: string | User): Protection {
    return this.removeEditors([emailOrUser]);
  }
  /** The owner and the user running the script cannot be removed (Sheets keeps them). */
  removeEditors(emails: (string | User)[]): Protection {
    this.change();
    const drop = new Set(emails.map((e) => (typeof e === "string" ? e : e.getEmail())));
    drop.delete(this.env.owner);
    drop.delete(this.env.user);
    this.record.editors = this.editorList().filter((e) => !drop.has(e));
    return this;
  }
}

// ---------------------------------------------------------------- data validation

export class DataValidation {
  constructor(
    private readonly env: Env,
    readonly data: ValidationRule,
  ) {}
  getCriteriaType(): string {
    return this.data.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.data.values.map((v) => (Array.isArray(v) ? [...v] : v));
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  getHelpText(): string | null {
    return this.data.helpText || null;
  }
  copy(): DataValidationBuilder {
    return this.env.ctx.wrap("DataValidationBuilder", new DataValidationBuilder(this.env, { ...this.data }));
  }
}

export class DataValidationBuilder {
  constructor(
    private readonly env: Env,
    private data: ValidationRule = { criteria: "", values: [], allowInvalid: true, helpText: "" },
  ) {}
  requireValueInList(values: string[], showDropdown = true): DataValidationBuilder {
    this.data = { ...this.data, criteria: "VALUE_IN_LIST", values: [[...values], showDropdown] };
    return this;
  }
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilder {
    this.data = { ...this.data, criteria: "NUMBER_GREATER_THAN_OR_EQUAL_TO", values: [number] };
    return this;
  }
  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    this.data = { ...this.data, criteria: "NUMBER_BETWEEN", values: [start, end] };
    return this;
  }
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this.data = { ...this.data, allowInvalid: allowInvalidData };
    return this;
  }
  setHelpText(helpText: string): DataValidationBuilder {
    this.data = { ...this.data, helpText };
    return this;
  }
  build(): DataValidation {
    if (!this.data.criteria) throw this.env.error("Data validation criteria must be set.");
    return this.env.ctx.wrap("DataValidation", new DataValidation(this.env, { ...this.data }));
  }
}

// ---------------------------------------------------------------- conditional formatting

interface RuleData {
  ranges: { tab: Tab; rect: Rect }[];
  criteria: string;
  values: CellValue[];
  background: string | null;
  fontColor: string | null;
}

export class BooleanCondition {
  constructor(private readonly rule: ConditionalRule) {}
  getCriteriaType(): string {
    return this.rule.criteria;
  }
  getCriteriaValues(): CellValue[] {
    return [...this.rule.values];
  }
  getBackground(): string | null {
    return this.rule.background;
  }
  getFontColor(): string | null {
    return this.rule.fontColor;
  }
}

export class ConditionalFormatRule {
  constructor(
    private readonly env: Env,
    readonly data: ConditionalRule,
    private readonly tab: Tab | null = null,
  ) {}
  getRanges(): Range[] {
    const tab = this.tab ?? this.findTab();
    return this.data.ranges.map((r) => this.env.range(tab, { ...r }));
  }
  getBooleanCondition(): BooleanCondition {
    return this.env.ctx.wrap("BooleanCondition", new BooleanCondition(this.data));
  }
  getGradientCondition(): null {
    return null;
  }
  copy(): ConditionalFormatRuleBuilder {
    const tab = this.tab ?? this.findTab();
    return this.env.ctx.wrap(
      "ConditionalFormatRuleBuilder",
      new ConditionalFormatRuleBuilder(this.env, {
        ...this.data,
        ranges: this.data.ranges.map((rect) => ({ tab, rect: { ...rect } })),
      }),
    );
  }
  private findTab(): Tab {
    const tab = this.env.workbook.tabs().find((t) => t.conditionalRules.includes(this.data));
    return tab ?? this.env.active();
  }
}

export class ConditionalFormatRuleBuilder {
  constructor(
    private readonly env: Env,
    private data: RuleData = { ranges: [], criteria: "", values: [], background: null, fontColor: null },
  ) {}
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilder {
    this.data = { ...this.data, criteria: "TEXT_EQUAL_TO", values: [text] };
    return this;
  }
  whenNumberGreaterThanOrEqualTo(number: number): ConditionalFormatRuleBuilder {
    this.data = { ...this.data, criteria: "NUMBER_GREATER_THAN_OR_EQUAL_TO", values: [number] };
    return this;
  }
  whenNumberLessThan(number: number): ConditionalFormatRuleBuilder {
    this.data = { ...this.data, criteria: "NUMBER_LESS_THAN", values: [number] };
    return this;
  }
  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    this.data = { ...this.data, background: normalizeColor(color) ?? null };
    return this;
  }
  setFontColor(color: string | null): ConditionalFormatRuleBuilder {
    this.data = { ...this.data, fontColor: normalizeColor(color) ?? null };
    return this;
  }
  setRanges(ranges: Range[]): ConditionalFormatRuleBuilder {
    this.data = { ...this.data, ranges: ranges.map((r) => ({ tab: r.tab, rect: { ...r.rect } })) };
    return this;
  }
  build(): ConditionalFormatRule {
    if (!this.data.criteria) throw this.env.error("Conditional format rule must have a condition.");
    if (!this.data.ranges.length)
      throw this.env.error("Conditional format rule must have at least one range.");
    const { ranges, ...rest } = this.data;
    const rule: ConditionalRule = {
      ...rest,
      values: [...rest.values],
      ranges: ranges.map((r) => ({ ...r.rect })),
    };
    return this.env.ctx.wrap(
      "ConditionalFormatRule",
      new ConditionalFormatRule(this.env, rule, ranges[0].tab),
    );
  }
}

// ---------------------------------------------------------------- Ui

export class Menu {
  private readonly record: MenuRecord;
  constructor(
    private readonly env: Env,
    title: string,
    addon: boolean,
  ) {
    this.record = { title, addon, items: [] };
  }
  addItem(caption: string, functionName: string): Menu {
    this.record.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): Menu {
    this.record.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: Menu): Menu {
    this.record.items.push({ submenu: menu.record });
    return this;
  }
  addToUi(): void {
    const menus = this.env.ui.menus;
    const i = menus.findIndex((m) => m.title === this.record.title);
    if (i >= 0) menus.splice(i, 1, this.record);
    else menus.push(this.record);
  }
}

const BUTTON = { OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO", CLOSE: "CLOSE" } as const;
const BUTTON_SET = {
  OK: "OK",
  OK_CANCEL: "OK_CANCEL",
  YES_NO: "YES_NO",
  YES_NO_CANCEL: "YES_NO_CANCEL",
} as const;

export class Ui {
  readonly Button = BUTTON;
  readonly ButtonSet = BUTTON_SET;
  constructor(private readonly env: Env) {}
  createMenu(caption: string): Menu {
    return this.env.ctx.wrap("Menu", new Menu(this.env, caption, false));
  }
  createAddonMenu(): Menu {
    return this.env.ctx.wrap("Menu", new Menu(this.env, this.env.addonName, true));
  }
  showSidebar(userInterface: HtmlOutput): void {
    this.env.ui.sidebar = userInterface;
  }
  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.env.ui.dialogs.push({ html: userInterface, title });
  }
  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). Answers YES or OK. */
  alert(a: string, b?: string, c?: string): string {
    const [title, prompt, buttons] =
      c !== undefined ? [a, b ?? "", c] : b !== undefined && b in BUTTON_SET ? ["", a, b] : ["", a, "OK"];
    this.env.ui.alerts.push({ title, prompt, buttons });
    return buttons.startsWith("YES") ? BUTTON.YES : BUTTON.OK;
  }
}

// ---------------------------------------------------------------- Spreadsheet, SpreadsheetApp

export class Spreadsheet {
  constructor(private readonly env: Env) {}

  getId(): string {
    return this.env.id;
  }
  getName(): string {
    return this.env.workbook.name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.env.id}/edit`;
  }
  getSpreadsheetLocale(): string {
    return this.env.workbook.locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.env.workbook.timeZone;
  }
  getSheets(): Sheet[] {
    return this.env.workbook.tabs().map((t) => this.env.sheet(t));
  }
  getNumSheets(): number {
    return this.env.workbook.tabs().length;
  }
  getSheetByName(name: string): Sheet | null {
    const tab = this.env.workbook.tab(name);
    return tab ? this.env.sheet(tab) : null;
  }
  /** The new sheet becomes the active one. */
  insertSheet(sheetName?: string, sheetIndex?: number): Sheet {
    const wb = this.env.workbook;
    let name = sheetName;
    for (let n = wb.tabs().length + 1; name === undefined; n++) {
      if (!wb.tabs().some((t) => t.name.toLowerCase() === `sheet${n}`)) name = `Sheet${n}`;
    }
    const tab = wb.addTab(name, sheetIndex);
    this.env.activeTab = tab;
    this.env.activeRect = null;
    return this.env.sheet(tab);
  }
  deleteSheet(sheet: Sheet): void {
    if (this.env.workbook.tabs().length === 1)
      throw this.env.error("You can't remove all the sheets in a document.");
    this.env.assertEditable(sheet.tab, null);
    this.env.workbook.removeTab(sheet.tab.name);
  }
  getActiveSheet(): Sheet {
    return this.env.sheet(this.env.active());
  }
  setActiveSheet(sheet: Sheet): Sheet {
    this.env.activeTab = sheet.tab;
    this.env.activeRect = null;
    return this.env.sheet(sheet.tab);
  }
  getActiveRange(): Range {
    const tab = this.env.active();
    return this.env.range(
      tab,
      this.env.activeRect ? { ...this.env.activeRect } : { row: 1, col: 1, rows: 1, cols: 1 },
    );
  }
  setActiveRange(range: Range): Range {
    this.env.activeTab = range.tab;
    this.env.activeRect = { ...range.rect };
    return this.env.range(range.tab, { ...range.rect });
  }
  /** `'Tab Name'!A1:B5`, or A1 notation on the active sheet. */
  getRange(a1Notation: string): Range {
    const { sheet, range } = splitSheet(a1Notation);
    const tab = sheet === undefined ? this.env.active() : this.env.workbook.tab(sheet);
    if (!tab) throw this.env.error("Range not found");
    return new Sheet(this.env, tab).getRange(range);
  }
  getProtections(type: string): Protection[] {
    return this.env.workbook.tabs().flatMap((t) => new Sheet(this.env, t).getProtections(type));
  }
  toast(msg: string, title = "", _timeoutSeconds?: number): void {
    this.env.ui.toasts.push({ message: msg, title });
  }
}

export class SpreadsheetApp {
  readonly ProtectionType = { RANGE: "RANGE", SHEET: "SHEET" } as const;
  readonly DataValidationCriteria = {
    VALUE_IN_LIST: "VALUE_IN_LIST",
    NUMBER_GREATER_THAN_OR_EQUAL_TO: "NUMBER_GREATER_THAN_OR_EQUAL_TO",
    NUMBER_BETWEEN: "NUMBER_BETWEEN",
  } as const;
  readonly BooleanCriteria = {
    TEXT_EQUAL_TO: "TEXT_EQUAL_TO",
    NUMBER_GREATER_THAN_OR_EQUAL_TO: "NUMBER_GREATER_THAN_OR_EQUAL_TO",
    NUMBER_LESS_THAN: "NUMBER_LESS_THAN",
  } as const;

  constructor(private readonly env: Env) {}

  getActiveSpreadsheet(): Spreadsheet {
    return this.env.ctx.wrap("Spreadsheet", new Spreadsheet(this.env));
  }
  getActive(): Spreadsheet {
    return this.getActiveSpreadsheet();
  }
  getActiveSheet(): Sheet {
    return this.env.sheet(this.env.active());
  }
  getActiveRange(): Range {
    return new Spreadsheet(this.env).getActiveRange();
  }
  getUi(): Ui {
    return this.env.ctx.wrap("Ui", new Ui(this.env));
  }
  flush(): void {}
  newDataValidation(): DataValidationBuilder {
    return this.env.ctx.wrap("DataValidationBuilder", new DataValidationBuilder(this.env));
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return this.env.ctx.wrap("ConditionalFormatRuleBuilder", new ConditionalFormatRuleBuilder(this.env));
  }
}

// ---------------------------------------------------------------- createGas

/** The names a bundle sees as globals. */
export const GAS_GLOBALS = [
  "SpreadsheetApp",
  "LockService",
  "Utilities",
  "Session",
  "HtmlService",
  "PropertiesService",
  "ScriptApp",
  "Logger",
] as const;

export interface Gas {
  SpreadsheetApp: SpreadsheetApp;
  LockService: LockService;
  Utilities: Utilities;
  Session: Session;
  HtmlService: HtmlService;
  PropertiesService: PropertiesService;
  ScriptApp: ScriptApp;
  Logger: Logger;
  /** Method calls made on facade objects: the performance metric. */
  calls: CallCounter;
  workbook: MemoryWorkbook;
  /** Menus, sidebar, dialogs, alerts and toasts shown so far. */
  ui: UiLog;
  /** Edits a warning-only protection let through. */
  warnings: string[];
  /** Lines written with Logger.log. */
  logs: string[];
  /** Simulates another process holding the document lock; returns its release. */
  holdLock(): () => void;
  /** Makes the facade create Errors and Dates of the bundle's realm (see gasRuntime). */
  setRealm(realm: Realm): void;
  /** The Apps Script globals by name, for a vm context. */
  globals(): Record<(typeof GAS_GLOBALS)[number], unknown>;
}

export function createGas(workbook: MemoryWorkbook, options: GasOptions = {}): Gas {
  const ctx = new FacadeContext();
  const user = options.user ?? "pengguna@example.go.id";
  const env = new Env(
    ctx,
    workbook,
    user,
    options.owner ?? user,
    options.id ?? "emulated-spreadsheet",
    options.addonName ?? "SAKIP",
  );
  const doc = documentState(workbook);
  if (!doc.userLocks.has(user)) doc.userLocks.set(user, { holder: null });
  if (!doc.userProperties.has(user)) doc.userProperties.set(user, new Map());
  const logs: string[] = [];
  const services = {
    SpreadsheetApp: ctx.wrap("SpreadsheetApp", new SpreadsheetApp(env)),
    LockService: ctx.wrap(
      "LockService",
      new LockService(ctx, { ...doc.locks, user: doc.userLocks.get(user) as LockState }),
    ),
    Utilities: ctx.wrap("Utilities", new Utilities(ctx)),
    Session: ctx.wrap("Session", new Session(ctx, user, workbook.timeZone)),
    HtmlService: ctx.wrap("HtmlService", new HtmlService(ctx, options.files ?? {})),
    PropertiesService: ctx.wrap(
      "PropertiesService",
      new PropertiesService(ctx, {
        ...doc.properties,
        user: doc.userProperties.get(user) as Map<string, string>,
      }),
    ),
    ScriptApp: ctx.wrap("ScriptApp", new ScriptApp()),
    Logger: ctx.wrap("Logger", new Logger(logs)),
  };
  return {
    ...services,
    calls: ctx.calls,
    workbook,
    ui: env.ui,
    warnings: env.warnings,
    logs,
    holdLock() {
      const token = {};
      if (doc.locks.document.holder) throw new Error("Kunci dokumen sedang dipegang.");
      doc.locks.document.holder = token;
      return () => {
        if (doc.locks.document.holder === token) doc.locks.document.holder = null;
      };
    },
    setRealm(realm: Realm) {
      ctx.realm = realm;
    },
    globals() {
      return { ...services };
    },
  };
}
