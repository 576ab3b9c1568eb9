/** Range: values, formulas, notes, formats, merges, protections of a rectangle. */

import type { CellValue } from "../../app/port";
import type { SheetsRange, SheetsRangeList } from "../../gas/surface";
import { intersects, type Rect, rectA1 } from "../a1";
import { formatDisplay, isDate, parseInput } from "../format";
import type { CellInput, CellStyle, ProtectionRecord, Tab } from "../workbook";
import { checkCellText, checkMatrix, type Env, normalizeColor } from "./env";
import { Protection } from "./protection";
import { Sheet } from "./sheet";
import { DataValidation } from "./validation";

// ---------------------------------------------------------------- Range

/**
 * A number format as the cell keeps it: "General" and "0.###############" (what getNumberFormat may
 * report for an unformatted cell, see GasOptions.unformattedNumberFormat) reset it to automatic, so
 * a format read and written back leaves an unformatted cell unformatted.
 */
function numberFormatOf(v: unknown): string | undefined {
  return v && !/^(general|0\.#{15})$/i.test(String(v)) ? String(v) : undefined;
}

export class Range implements SheetsRange {
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
    checkCellText(this.env, matrix);
    const formats: [number, number, string][] = [];
    const tz = this.wb.timeZone;
    const input: CellInput[][] = matrix.map((line, r) =>
      line.map((v, c): CellInput => {
        const row = this.rect.row + r;
        const col = this.rect.col + c;
        if (v === null || v === undefined) return null;
        if (typeof v === "number" || typeof v === "boolean") return v;
        if (isDate(v)) return new Date(v.getTime());
        // The CLI's formula cells whose text rows share (core/row-formula.ts): the workbook keeps
        // them as they are and makes the text when read. Only the CLI writes them (never the server).
        if (isSharedFormula(v)) return this.tab.style(row, col).numberFormat === "@" ? v.formula : v;
        const text = String(v);
        if (this.tab.style(row, col).numberFormat === "@") return text;
        const parsed = parseInput(text, tz);
        if (parsed.numberFormat) formats.push([row, col, parsed.numberFormat]);
        return parsed.formula !== undefined ? { formula: parsed.formula } : parsed.value;
      }),
    );
    this.env.writeCells(this.tab, this.rect, input, () =>
      this.wb.write(this.tab, this.rect.row, this.rect.col, input),
    );
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
    checkCellText(this.env, matrix);
    const input = matrix.map((line) =>
      line.map((f): CellInput => {
        const text = f === null || f === undefined ? "" : String(f);
        if (text === "") return null;
        return text.startsWith("=") ? { formula: text } : (parseInput(text, this.wb.timeZone).value ?? null);
      }),
    );
    this.env.writeCells(this.tab, this.rect, input, () =>
      this.wb.write(this.tab, this.rect.row, this.rect.col, input),
    );
  }

  clearContent(): Range {
    this.edit();
    this.env.writeCells(this.tab, this.rect, null, () => this.wb.clear(this.tab, this.rect));
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
      this.tab.setStyle(row, col, field, map(v));
    });
    return this;
  }
  private getStyles<T>(fn: (s: CellStyle) => T): T[][] {
    return this.cells((r, c) => fn(this.tab.style(r, c)));
  }

  /** "General" (what getNumberFormat reports for an unformatted cell) resets to automatic. */
  setNumberFormat(numberFormat: string): Range {
    return this.setStyle({ numberFormat: numberFormatOf(numberFormat) });
  }
  setNumberFormats(numberFormats: string[][]): Range {
    return this.setStyles("numberFormat", numberFormats, "setNumberFormats", numberFormatOf);
  }
  getNumberFormats(): string[][] {
    return this.getStyles((s) => s.numberFormat ?? this.env.unformattedNumberFormat);
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

  setFontSize(size: number): Range {
    return this.setStyle({ fontSize: size === 10 ? undefined : size });
  }
  setFontSizes(sizes: (number | null)[][]): Range {
    return this.setStyles("fontSize", sizes, "setFontSizes", (v) =>
      v === null || v === 10 ? undefined : Number(v),
    );
  }
  getFontSizes(): number[][] {
    return this.getStyles((s) => s.fontSize ?? 10);
  }
  getFontSize(): number {
    return this.getFontSizes()[0][0];
  }

  setWrap(isWrapEnabled: boolean): Range {
    return this.setStyle({ wrap: isWrapEnabled || undefined });
  }
  setWraps(isWrapEnabled: boolean[][]): Range {
    return this.setStyles("wrap", isWrapEnabled, "setWraps", (v) => v === true || undefined);
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
  /** "Merge the cells in the range across the columns of the range": each row its own merge. */
  mergeAcross(): Range {
    const { row, col, rows, cols } = this.rect;
    for (let r = row; r < row + rows; r++)
      new Range(this.env, this.tab, { row: r, col, rows: 1, cols }).merge();
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
    this.env.assertProtectable(this.tab, this.rect);
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

/** RangeList: one or more ranges of the same sheet. */
export class RangeList implements SheetsRangeList {
  constructor(private readonly ranges: Range[]) {}

  getRanges(): Range[] {
    return [...this.ranges];
  }
}

/**
 * A formula cell of core/row-formula.ts (`RowFormula`): its template and its text made when read
 * (so `formula` is not read here: that would make the text of every cell).
 */
function isSharedFormula(v: unknown): v is { formula: string; template: object } {
  return typeof v === "object" && v !== null && "template" in v && "formula" in v;
}
