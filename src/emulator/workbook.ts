/**
 * The emulated spreadsheet: ordered tabs of cells (literals or formulas in Apps Script syntax) with
 * the per-tab formatting the add-on uses. Formulas are evaluated by HyperFormula; CAPAIAN, KRITERIA
 * and EFISIENSI are registered in it as custom functions that call a per-workbook provider with the
 * arguments shaped as Apps Script passes them (a range is a 2-D array with "" for empty cells).
 */
import {
  ArraySize,
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type RawCellContent,
  type SimpleCellAddress,
  SimpleRangeValue,
} from "hyperformula";
import type { CellValue } from "../app/port";
import { columnLetter } from "../core/a1";
import { stringEnd } from "../core/regenerate/formulas";
import { type Rect, rectA1 } from "./a1";
import { CellMap } from "./cellmap";
import { indonesianMessage } from "./errors";
import { dateToSerial, isDate, isDateFormat, localWallDate, serialValue } from "./format";
import { type IndirectHost, registerIndirect } from "./indirect";
import { isDigit, isWordChar } from "./shared-formulas";
import { everySheetPrefix, replaceSheetPrefixes } from "./sheet-prefixes";

/** A skipped argument (`=CAPAIAN(312; 327; ; 100)`) is null, as Sheets passes it. */
export type SheetArg = CellValue | CellValue[][] | null;
export type SheetFn = (...args: SheetArg[]) => CellValue | CellValue[][];
export type CustomFunctions = Record<string, SheetFn>;

export const CUSTOM_FUNCTION_NAMES = ["CAPAIAN", "KRITERIA", "EFISIENSI"] as const;

/** What a cell can be given: a literal (stored as is, strings always as text), a formula, or null to clear. */
export type CellInput = CellValue | null | { formula: string };

export interface CellStyle {
  numberFormat?: string;
  fontWeight?: "bold" | "normal";
  background?: string;
  fontColor?: string;
  /** Points; absent is Sheets' default 10. */
  fontSize?: number;
  wrap?: boolean;
  horizontalAlignment?: string;
}

export interface ValidationRule {
  /** A `SpreadsheetApp.DataValidationCriteria` name, e.g. "VALUE_IN_LIST". */
  criteria: string;
  /** As `DataValidation.getCriteriaValues()`: VALUE_IN_LIST → [values, showDropdown]. */
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface ConditionalRule {
  ranges: Rect[];
  /** A `SpreadsheetApp.BooleanCriteria` name, e.g. "TEXT_EQUAL_TO". */
  criteria: string;
  values: CellValue[];
  background: string | null;
  fontColor: string | null;
}

export interface ProtectionRecord {
  type: "RANGE" | "SHEET";
  /** null for a sheet protection. */
  range: Rect | null;
  description: string;
  warningOnly: boolean;
  /** null while the editors mirror the spreadsheet's (Sheets' default until a script changes them). */
  editors: string[] | null;
}

/** An embedded chart of a tab (Sheet.insertChart). */
export interface ChartRecord {
  /** null until inserted. */
  id: number | null;
  /** "COLUMN" | "BAR". */
  type: string;
  ranges: Rect[];
  /** -1: Sheets decides. */
  numHeaders: number;
  /** Options set with setOption / setTitle / setColors / setStacked. */
  options: Record<string, unknown>;
  anchor: { row: number; col: number; offsetX: number; offsetY: number };
}

/** An array formula of a tab (see MemoryWorkbook.arrays): corner and size 1-based. */
export interface SpillInfo extends Rect {
  /** Data in the way: the formula shows #REF! and its result is not spilled. */
  blocked: boolean;
}

/** What the emulator reads of HyperFormula's internal record of an array formula. */
interface EngineArray {
  leftCorner: SimpleCellAddress;
  width: number;
  height: number;
  array?: { error?: { type?: string } };
}

export interface CellErrorInfo {
  /** As shown in the cell and returned by getValues: "#ERROR!", "#DIV/0!", "#REF!"... */
  code: string;
  message: string;
}

/** The style of a cell no one formatted. */
const NO_STYLE: CellStyle = Object.freeze({});
/** Every style a cell holds is one of these, by content: equal styles are one object, never changed. */
const interned = new Map<string, CellStyle>([["[]", NO_STYLE]]);
/** style → field → value → the style with that field set (undefined: removed). */
const transitions = new WeakMap<CellStyle, Map<string, Map<unknown, CellStyle>>>();

function internStyle(style: CellStyle): CellStyle {
  const fields = (Object.keys(style) as (keyof CellStyle)[]).filter((k) => style[k] !== undefined).sort();
  const id = JSON.stringify(fields.map((k) => [k, style[k]]));
  let known = interned.get(id);
  if (!known) {
    known = Object.freeze(Object.fromEntries(fields.map((k) => [k, style[k]]))) as CellStyle;
    interned.set(id, known);
  }
  return known;
}

/** `style` with one field set or (undefined, null) removed: a shared object, made once per change. */
function withField(style: CellStyle, field: keyof CellStyle, value: unknown): CellStyle {
  const v = value === null ? undefined : value;
  let byField = transitions.get(style);
  if (!byField) {
    byField = new Map();
    transitions.set(style, byField);
  }
  let byValue = byField.get(field);
  if (!byValue) {
    byValue = new Map();
    byField.set(field, byValue);
  }
  let next = byValue.get(v);
  if (!next) {
    next = internStyle({ ...style, [field]: v });
    byValue.set(v, next);
  }
  return next;
}

/** One tab: identity, size, and the formatting kept beside the cells (row/col are 1-based). */
export class Tab {
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  frozenCols = 0;
  readonly columnWidths = new Map<number, number>();
  /** Row heights in pixels set with setRowHeights (1-based); a row not here is 21 px, Sheets' default. */
  readonly rowHeights = new Map<number, number>();
  /** Columns hidden with hideColumns (1-based). */
  readonly hiddenCols = new Set<number>();
  /** Shared, frozen style objects (see withField): read them, never change one. */
  readonly styles = new CellMap<CellStyle>();
  readonly notes = new CellMap<string>();
  readonly validations = new CellMap<ValidationRule>();
  merges: Rect[] = [];
  conditionalRules: ConditionalRule[] = [];
  protections: ProtectionRecord[] = [];
  charts: ChartRecord[] = [];
  /**
   * How many times the workbook wrote, cleared or moved the tab's cells: the .xlsx save carries a
   * tab whose cells and formats are as they were loaded from its original file (xlsx-carry.ts).
   */
  edits = 0;

  constructor(
    readonly id: number,
    public name: string,
    /** HyperFormula's sheet id. */
    public hfId: number,
  ) {}

  /** The cell's style: a shared object, not to be changed (patchStyle and setStyle change a cell's). */
  style(row: number, col: number): CellStyle {
    return this.styles.get(row, col) ?? NO_STYLE;
  }

  /** Sets the given style fields on every cell of the rectangle; an undefined field resets it. */
  patchStyle(rect: Rect, patch: CellStyle): void {
    const fields = Object.entries(patch) as [keyof CellStyle, unknown][];
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        let next = this.style(r, c);
        for (const [field, v] of fields) next = withField(next, field, v);
        this.putStyle(r, c, next);
      }
    }
  }

  /** Sets (or, with undefined, resets) one style field of one cell. */
  setStyle(row: number, col: number, field: keyof CellStyle, value: unknown): void {
    this.putStyle(row, col, withField(this.style(row, col), field, value));
  }

  private putStyle(row: number, col: number, style: CellStyle): void {
    if (style === NO_STYLE) this.styles.delete(row, col);
    else this.styles.set(row, col, style);
  }

  note(row: number, col: number): string {
    return this.notes.get(row, col) ?? "";
  }

  /** Sets or (with "") removes a note; the grid grows to hold it, as writing a value does. */
  setNote(row: number, col: number, note: string): void {
    this.maxRows = Math.max(this.maxRows, row);
    this.maxCols = Math.max(this.maxCols, col);
    if (note) this.notes.set(row, col, note);
    else this.notes.delete(row, col);
  }

  validation(row: number, col: number): ValidationRule | null {
    return this.validations.get(row, col) ?? null;
  }

  setValidation(rect: Rect, rule: ValidationRule | null): void {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        if (rule) this.validations.set(r, c, rule);
        else this.validations.delete(r, c);
      }
    }
  }

  clearFormats(rect: Rect): void {
    this.styles.deleteIn(rect);
  }

  /**
   * Gives rows first..first+count-1, just inserted, the formatting of row `from` (its cells' formats
   * and its height), as the Sheets API's InsertDimensionRequest does with `inheritFromBefore`:
   * "Whether dimension properties should be extended from the dimensions before or after the newly
   * inserted dimensions … if row index 0 has red background and row index 1 has a green background,
   * then inserting 2 rows at index 1 … If inheritFromBefore is true, the two new rows will be red"
   * (developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#insertdimensionrequest).
   */
  inheritRow(from: number, first: number, count: number): void {
    if (from < 1 || from > this.maxRows) return;
    const styles = this.styles.row(from);
    const height = this.rowHeights.get(from);
    for (let r = first; r < first + count; r++) {
      for (const [c, style] of styles) this.styles.set(r, c, style);
      if (height !== undefined) this.rowHeights.set(r, height);
    }
  }

  /**
   * Moves everything at or after `at` (row or column, 1-based) by `count`, as an insertion does;
   * a negative count deletes rows at..at-count-1 (their notes, styles and validations go with them).
   */
  shift(axis: "row" | "col", at: number, count: number): void {
    this.styles.shift(axis, at, count);
    this.notes.shift(axis, at, count);
    this.validations.shift(axis, at, count);
    const [start, size] = axis === "row" ? (["row", "rows"] as const) : (["col", "cols"] as const);
    /** Moves a rectangle as its cells move; false when every row (column) of it was deleted. */
    const moveRect = (rect: Rect): boolean => {
      if (count >= 0) {
        if (rect[start] >= at) rect[start] += count;
        else if (rect[start] + rect[size] > at) rect[size] += count;
        return true;
      }
      // Rows at..at+n-1 deleted: what lies in them goes, what follows moves up by n.
      const n = -count;
      const kept = (i: number) => (i < at ? i : i >= at + n ? i - n : null);
      const first = kept(rect[start]) ?? at;
      const last = kept(rect[start] + rect[size] - 1) ?? at - 1;
      rect[start] = first;
      rect[size] = last - first + 1;
      return rect[size] > 0;
    };
    // A merge left with one cell is no merge.
    this.merges = this.merges.filter((m) => moveRect(m) && m.rows * m.cols > 1);
    for (const rule of this.conditionalRules) rule.ranges = rule.ranges.filter(moveRect);
    this.conditionalRules = this.conditionalRules.filter((rule) => rule.ranges.length > 0);
    this.protections = this.protections.filter((p) => !p.range || moveRect(p.range));
    if (axis === "row") {
      // A row's height goes with it; a deleted row's with it.
      const heights = [...this.rowHeights.entries()];
      this.rowHeights.clear();
      for (const [r, h] of heights)
        if (r < at) this.rowHeights.set(r, h);
        else if (count >= 0 || r >= at - count) this.rowHeights.set(r + count, h);
    }
    if (axis === "col") {
      const widths = [...this.columnWidths.entries()];
      this.columnWidths.clear();
      for (const [c, w] of widths) this.columnWidths.set(c >= at ? c + count : c, w);
      const hidden = [...this.hiddenCols];
      this.hiddenCols.clear();
      for (const c of hidden) this.hiddenCols.add(c >= at ? c + count : c);
    }
  }
}

// ---------------------------------------------------------------- custom functions in HyperFormula

/** HyperFormula's config object of each engine → the workbook owning it (plugins are global). */
const owners = new WeakMap<object, MemoryWorkbook>();
registerIndirect((config) => owners.get(config));

interface FnAst {
  procedureName: string;
  args: ArgAst[];
}
interface ArgAst {
  type: string;
  reference?: { toSimpleCellAddress(base: SimpleCellAddress): SimpleCellAddress };
}
interface FnState {
  formulaAddress: SimpleCellAddress;
}

function errorCode(type: string): string {
  switch (type) {
    case ErrorType.DIV_BY_ZERO:
      return "#DIV/0!";
    case ErrorType.NA:
      return "#N/A";
    case ErrorType.NAME:
      return "#NAME?";
    case ErrorType.NUM:
      return "#NUM!";
    case ErrorType.VALUE:
      return "#VALUE!";
    case ErrorType.ERROR:
      return "#ERROR!";
    default:
      // REF, and HyperFormula's CYCLE / SPILL, which Sheets shows as #REF!.
      return "#REF!";
  }
}

class SheetsCustomFunctions extends FunctionPlugin {
  static override implementedFunctions = Object.fromEntries(
    CUSTOM_FUNCTION_NAMES.map((name) => [
      name,
      {
        method: "call",
        sizeOfResultArrayMethod: "spillSize",
        parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
        repeatLastArgs: 1,
      },
    ]),
  );

  call(ast: FnAst, state: FnState): unknown {
    const workbook = owners.get(this.config);
    const fn = workbook?.customFunction(ast.procedureName);
    if (!workbook || !fn)
      return new CellError(ErrorType.NAME, `Fungsi tidak dikenal: '${ast.procedureName}'.`);
    const args: SheetArg[] = [];
    for (const argAst of ast.args) {
      if (argAst.type === "EMPTY") {
        args.push(null);
        continue;
      }
      const value = this.evaluateAst(argAst as never, state as never) as unknown;
      if (value instanceof SimpleRangeValue) {
        const start = value.range?.start;
        args.push(
          value.data.map((row, r) =>
            row.map((v, c) =>
              workbook.fromEngine(v, start && { ...start, row: start.row + r, col: start.col + c }, false),
            ),
          ),
        );
      } else if (value instanceof CellError) {
        return value;
      } else {
        const at =
          argAst.type === "CELL_REFERENCE"
            ? argAst.reference?.toSimpleCellAddress(state.formulaAddress)
            : undefined;
        args.push(workbook.fromEngine(value, at, false));
      }
    }
    let result: CellValue | CellValue[][];
    try {
      result = fn(...args);
    } catch (e) {
      // The bundle's Errors come from another realm: read the message, not instanceof.
      const message = typeof e === "object" && e !== null && "message" in e ? String(e.message) : String(e);
      return new CellError(ErrorType.ERROR, message);
    }
    const size = this.spillSize(ast, state);
    if (size.width === 1 && size.height === 1) {
      return workbook.toEngine(Array.isArray(result) ? (result[0]?.[0] ?? "") : result);
    }
    // Sized from the range arguments: a shorter result is padded with empty cells, a longer one cut.
    const matrix: unknown[][] = [];
    for (let r = 0; r < size.height; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < size.width; c++) {
        const v = Array.isArray(result) ? result[r]?.[c] : r === 0 && c === 0 ? result : "";
        row.push(workbook.toEngine(v));
      }
      matrix.push(row);
    }
    return SimpleRangeValue.onlyValues(matrix as never);
  }

  /**
   * Sheets sizes a spill from the array the function returns, which the engine must know before
   * calling it. CAPAIAN, KRITERIA and EFISIENSI return the shape of their first range argument
   * (KRITERIA's 2-column scale is not broadcast), so that is the size; one cell when none is a range.
   */
  spillSize(ast: FnAst, state: FnState): ArraySize {
    for (const arg of ast.args) {
      const s = this.arraySizeForAst(arg as never, state as never);
      if (s.width * s.height > 1) return new ArraySize(s.width, s.height);
    }
    return ArraySize.scalar();
  }
}

const translations = Object.fromEntries(CUSTOM_FUNCTION_NAMES.map((n) => [n, n]));
HyperFormula.registerFunctionPlugin(SheetsCustomFunctions, { enGB: translations, enUS: translations });

// ---------------------------------------------------------------- the workbook

export interface WorkbookOptions {
  name?: string;
  /** Default "id_ID". */
  locale?: string;
  /** Default "Asia/Jakarta". */
  timeZone?: string;
  customFunctions?: CustomFunctions;
}

/**
 * A character no text HyperFormula's default parser reads as a date or time holds (it accepts only
 * digits, "/", ".", "-", ":", spaces and an am/pm mark).
 */
const NOT_DATE_TIME = /[^0-9/.\-:\sapmAPM]/;

interface AstNode {
  type: string;
  left?: AstNode;
  right?: AstNode;
  value?: AstNode;
  expression?: AstNode;
  args?: (AstNode | AstNode[])[];
}
const RANGE_NODES = new Set(["CELL_RANGE", "COLUMN_RANGE", "ROW_RANGE"]);

function hasRange(ast: AstNode): boolean {
  if (RANGE_NODES.has(ast.type)) return true;
  for (const child of [ast.left, ast.right, ast.value, ast.expression])
    if (child && typeof child === "object" && hasRange(child)) return true;
  for (const arg of ast.args ?? []) if (Array.isArray(arg) ? arg.some(hasRange) : hasRange(arg)) return true;
  return false;
}

/**
 * HyperFormula parses a formula once per shape (its tree, with references relative to the cell, is
 * cached) but then copies the whole tree for every cell to put the ends of ranges in order
 * (`convertReversedRangesToRegularRanges`): 200,000 evaluation formulas of hundreds of nodes each
 * held that many copies (gigabytes at 50,000 indicators). A tree without a range has nothing to put
 * in order: the cached tree itself is used, as the copy equals it (the engine never changes a tree
 * in place: row and column changes make new ones).
 */
function shareParsedFormulas(hf: HyperFormula): void {
  const parser = (hf as unknown as { _parser?: { convertReversedRangesToRegularRanges?: unknown } })._parser;
  const order = parser?.convertReversedRangesToRegularRanges;
  if (!parser || typeof order !== "function") return;
  parser.convertReversedRangesToRegularRanges = (ast: AstNode) =>
    hasRange(ast) ? order.call(parser, ast) : ast;
}

/**
 * A range that is exactly the result of an array formula whose result is an error (a circular
 * `=ARRAYFORMULA(A1:A3*2)` typed in A1, which Sheets shows as #REF!) is read as that error.
 * HyperFormula 3.5 stops with "Unknown array" when another formula reads such a range (its
 * interpreter knows computed arrays and plain errors, not an array that became an error), and the
 * grid lost every later edit. Sheets passes the error on: `=B1` of an error cell shows that error.
 */
function readErroredArraysAsErrors(hf: HyperFormula): void {
  const graph = (hf as unknown as { _dependencyGraph?: { getArray?: (range: unknown) => unknown } })
    ._dependencyGraph;
  const find = graph?.getArray;
  if (!graph || typeof find !== "function") return;
  graph.getArray = (range: unknown) => {
    const vertex = find.call(graph, range) as { array?: { error?: unknown } } | undefined;
    const error = vertex?.array?.error;
    return error instanceof CellError ? { array: error } : vertex;
  };
}

/**
 * Whether HyperFormula writes the formula (engine form) back exactly as given: it writes function
 * names and references in capitals, numbers in their shortest form (1.50 → 1.5, 1e5 → 100000) and
 * tab names unquoted. Outside its text literals (`"(?:[^"]|"")*"`): no small letter, no quote,
 * every number (`\.?\d+(?:\.\d*)?` not after a letter, digit, "_" or "$": not a row number)
 * already in its shortest form and not followed by a letter or point (an exponent). The add-on's
 * own formulas all are; a person's `=sum(a1)` is read back from the engine. One scan, without
 * cutting the literals out or a match object per number: every formula written is asked
 * (2,000,000 of them for a 50,000-indicator evaluation tab); test/emulator/keeps-text.test.ts
 * holds it to the regular expressions it was written with.
 */
export function keepsItsText(formula: string): boolean {
  const n = formula.length;
  /** The character before `i` as the text without its literals has it (a literal reads `""`). */
  let before = -1;
  for (let i = 0; i < n; ) {
    const ch = formula.charCodeAt(i);
    if (ch === 34) {
      // A literal, as the regular expression reads it (core's stringEnd); none: a quote.
      const end = stringEnd(formula, i);
      before = 34;
      i = end < 0 ? i + 1 : end;
      continue;
    }
    if ((ch >= 97 && ch <= 122) || ch === 39) return false;
    const digit = ch >= 48 && ch <= 57;
    const point = ch === 46 && isDigit(formula.charCodeAt(i + 1));
    if ((digit || point) && !isWordChar(before)) {
      let j = point ? i + 1 : i;
      while (isDigit(formula.charCodeAt(j))) j++;
      if (formula.charCodeAt(j) === 46) {
        j++;
        while (isDigit(formula.charCodeAt(j))) j++;
      }
      const next = formula.charCodeAt(j);
      if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 46) return false;
      const number = formula.slice(i, j);
      if (String(Number(number)) !== number) return false;
      before = formula.charCodeAt(j - 1);
      i = j;
      continue;
    }
    before = ch;
    i++;
  }
  return true;
}

/** A sheet name HyperFormula (and Sheets) writes without quotes. */
const PLAIN_SHEET_NAME = /^[A-Za-z\u00C0-\u02AF0-9_]+$/;

/** A tab's name in the engine: short and never quoted (see `toEngineFormula`). */
const engineName = (tab: Tab) => `_${tab.id}`;

const CUSTOM_CALL = new RegExp(`\\b(${CUSTOM_FUNCTION_NAMES.join("|")})\\s*\\(`, "i");

const isFormula = (v: unknown): v is string => typeof v === "string" && v.startsWith("=");
/**
 * A formula cell whose text is shared by rows of one shape (core/row-formula.ts `RowFormula`, the
 * CLI's evaluation tab): `formula` makes its A1 text; `template` is the same object for all its rows.
 */
export interface SharedFormula {
  readonly formula: string;
  readonly template: object;
  /** The sheet row the cell stands on and the plan row it reads (a `RowFormula`'s). */
  readonly row?: number;
  readonly plan?: number;
}

/** A formula waiting for the engine: as written, or shared (`SharedFormula`). */
type Waiting = string | SharedFormula;

const waitingText = (w: Waiting): string => (typeof w === "string" ? w : w.formula);

/** Functions whose result can be an array: a formula calling one may spill, so it is never deferred. */
const ARRAY_FUNCTIONS =
  "ARRAYFORMULA|FILTER|SORT|SORTN|UNIQUE|SEQUENCE|TRANSPOSE|MMULT|MINVERSE|MUNIT|ARRAY_CONSTRAIN|SPLIT|FLATTEN|QUERY";
/** A custom function's or an array function's call: one pass over a formula finds both kinds. */
const SPECIAL_CALL = new RegExp(`\\b(?:${CUSTOM_FUNCTION_NAMES.join("|")}|${ARRAY_FUNCTIONS})\\s*\\(`, "i");

/** A line of cells to write from (row, col), 1-based. */
interface Run {
  row: number;
  col: number;
  cells: RawCellContent[];
}
const RUNS_PER_BATCH = 64;

/**
 * What the formulas of a block call: a custom function (Excel and LibreOffice cannot compute it
 * from a saved file), or a function that may spill (the save marks a spill's range from the
 * engine). Either keeps the block out of `deferred`.
 */
function calls(content: RawCellContent[][]): { custom: boolean; special: boolean } {
  let custom = false;
  let special = false;
  for (const line of content)
    for (const v of line)
      if (isFormula(v) && SPECIAL_CALL.test(v)) {
        special = true;
        if (CUSTOM_CALL.test(v)) custom = true;
      }
  return { custom, special };
}

/** Whether (row, col) lies in the rectangle. */
const contains = (rect: Rect, row: number, col: number) =>
  row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols;

/** The engine's size limits (its `maxRows` as configured below, its default `maxColumns`). */
const MAX_ROWS = 200_000;
const MAX_COLUMNS = 18_278;

/**
 * A cell as `store` keeps it while there is no formula engine: a typed value (text as it is, a
 * date as the instant), or a formula (engine form) loaded from a file.
 */
type StoreCell = CellValue | null | { formula: string };

const DAY_MS = 86_400_000;
/** 1899-12-30, the engine's day 0 (its default `nullDate`). */
const NULL_DATE_MS = Date.UTC(1899, 11, 30);

/**
 * The number the engine keeps for a date it is given (a Date whose local fields are the wall-clock
 * time, see localWallDate): whole days since 1899-12-30 plus the time of day, computed as
 * HyperFormula computes them (its dateToNumber and timeToNumber), so a typed date read before the
 * engine exists is the one read after (test/emulator/store.test.ts).
 */
function engineSerial(wall: Date): number {
  const day = Date.UTC(wall.getFullYear(), wall.getMonth(), wall.getDate());
  const seconds = wall.getSeconds() + wall.getMilliseconds() / 1000;
  return (day - NULL_DATE_MS) / DAY_MS + ((seconds / 60 + wall.getMinutes()) / 60 + wall.getHours()) / 24;
}

/** A date the engine keeps as a number (one before 1899-12-30 is its #NUM! error). */
function storableDate(wall: Date): boolean {
  const year = wall.getFullYear();
  return year >= 1899 && year <= 9999 && engineSerial(wall) >= 0;
}

export class MemoryWorkbook implements IndirectHost {
  name: string;
  readonly locale: string;
  readonly timeZone: string;
  /** The formula engine, once something needs it (see `hf`); null until then. */
  private built: HyperFormula | null = null;
  /**
   * Each tab's cells while no formula engine exists (0-based rows of `StoreCell`): a plan of typed
   * values is loaded, read and saved without one, and the formulas written beside it wait in
   * `deferred` (`sakip triwulan`). The engine is built from these, all tabs at once, the first time
   * a formula must be computed or the engine asked (see `hf`); then this map is emptied for good.
   */
  private readonly store = new Map<Tab, StoreCell[][]>();
  private readonly tabList: Tab[] = [];
  private nextTabId = 0;
  private chartIds = 0;
  private functions: CustomFunctions = {};
  /**
   * Each tab's formulas as written (engine form), where the engine writes them back the same way
   * (see keepsItsText): reading them (getFormulas, the .xlsx save) then needs no unparsing of the
   * engine's trees, seconds for 200,000 formulas. Dropped for every tab when rows or columns are
   * inserted or deleted or a tab removed, which change the references of formulas anywhere.
   */
  private readonly texts = new Map<Tab, CellMap<string>>();
  /**
   * Formulas written while `deferFormulas` is on (in a workbook without array formulas) and not
   * given to the engine yet: each tab's cells by row and column, as written while there is no
   * engine (see `unresolvedWaiting`), in the engine's form (as `texts`) once it is built. Nothing but a read of computed values, an error,
   * a spill or a change of rows, columns or tabs needs them in the engine (see `settle`), so a run
   * that writes a tab of formulas and saves it (`sakip triwulan`) never parses or computes them:
   * the save leaves their results to the spreadsheet that opens the file (see `resultsDeferred`).
   */
  private readonly deferred = new Map<Tab, CellMap<Waiting>>();
  /**
   * Per template of shared formula cells (`SharedFormula`) written while nothing changed the tabs:
   * whether its text names only tabs that exist (asked once for all its rows), null when it is not
   * a formula text ("=…") and its cells are kept as text.
   */
  private sharedChecked = new WeakMap<object, boolean | null>();
  /** Per template of shared formula cells: 0 calls nothing that may spill, 1 may spill, 2 calls a custom function. */
  private readonly sharedCalls = new WeakMap<object, number>();
  private deferredCount = 0;
  /**
   * While there is no engine, `deferred` holds each formula as written (`'Bidang A'!B4`), not in
   * the engine's form: the 2,000,000 formulas of a 50,000-indicator evaluation tab are then kept
   * once, as the add-on made them, and turned (`toEngineFormula`) only where one is read or when
   * the engine is built. Turned later, a formula gives the text it gave when written as long as
   * every tab it names exists (a tab added since names none of them) and no tab was renamed or
   * removed in between: a formula naming a tab that does not exist sets this flag, and adding a
   * tab then, or renaming or removing one with formulas waiting, builds the engine first (see
   * `settle`), as when the formulas were turned at the write.
   */
  private unresolvedWaiting = false;
  /** Whether a tab prefix names a tab (see `enginePrefix`). */
  private readonly resolves = (match: string, quoted?: string, plain?: string): boolean =>
    this.enginePrefix(match, quoted, plain) !== match;
  /** Whether a formula that calls CAPAIAN, KRITERIA or EFISIENSI was ever written or loaded. */
  private customCalls = false;
  /** Whether a formula that may spill (ARRAYFORMULA…, see `calls`) was ever written or loaded. */
  private arrayCalls = false;
  /** Tabs holding formulas in the engine: only their values can depend on deferred formulas. */
  private readonly formulaTabs = new Set<Tab>();
  /**
   * When on, formula cells written with `write` wait outside the formula engine until something
   * needs their values (off by default: the CLI's `triwulan` turns it on). Reading the workbook
   * gives the same values and formulas either way.
   */
  deferFormulas = false;

  constructor(options: WorkbookOptions = {}) {
    this.name = options.name ?? "Spreadsheet";
    this.locale = options.locale ?? "id_ID";
    this.timeZone = options.timeZone ?? "Asia/Jakarta";
    if (options.customFunctions) this.setCustomFunctions(options.customFunctions);
  }

  /**
   * The formula engine, built on first use from the cells kept in `store` and the formulas waiting
   * in `deferred`: every path that asks the engine anything gets it, so nothing reads a store the
   * engine has replaced. Reads that need no computing (typed values, sizes, formulas as written)
   * are answered from the store while there is no engine (see `unbuilt`).
   */
  private get hf(): HyperFormula {
    return this.built ?? this.build();
  }

  /** Whether the formula engine has been built (it is, at the first formula it must compute). */
  get engineBuilt(): boolean {
    return this.built !== null;
  }

  /** Builds the engine with every tab's stored cells and waiting formulas (see `store`). */
  private build(): HyperFormula {
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const tab of this.tabList) {
      const lines = this.store.get(tab) ?? [];
      const content: RawCellContent[][] = Array.from(lines, (line) =>
        Array.from(line ?? [], (cell) => this.toEngineCell(cell)),
      );
      const waiting = this.deferred.get(tab);
      if (waiting?.size) {
        this.formulaTabs.add(tab);
        let texts = this.texts.get(tab);
        if (!texts) {
          texts = new CellMap();
          this.texts.set(tab, texts);
        }
        for (const r of waiting.rows()) {
          while (content.length < r) content.push([]);
          const line = content[r - 1];
          for (const [c, written] of waiting.row(r)) {
            while (line.length < c - 1) line.push(null);
            // Waiting as written (see `deferred`): the engine's form now, and its text kept.
            const formula = this.toEngineFormula(waitingText(written));
            line[c - 1] = formula;
            if (keepsItsText(formula)) texts.set(r, c, formula);
          }
        }
      }
      sheets[engineName(tab)] = content;
    }
    this.store.clear();
    this.deferred.clear();
    this.deferredCount = 0;
    this.unresolvedWaiting = false;
    const hf = this.engine(sheets);
    this.built = hf;
    for (const tab of this.tabList) tab.hfId = hf.getSheetId(engineName(tab)) as number;
    // INDIRECT, computed while the engine was built, had no workbook to read tab names from yet.
    if (this.formulaTabs.size) hf.batch(() => {});
    // The engine computed its formulas before it knew its workbook: custom functions again.
    if (this.customCalls && Object.keys(this.functions).length) this.setCustomFunctions(this.functions);
    return hf;
  }

  /** A stored cell as the engine takes it (see `toEngineBlock`). */
  private toEngineCell(cell: StoreCell | undefined): RawCellContent {
    if (cell === null || cell === undefined) return null;
    if (typeof cell === "string") return `'${cell}`;
    if (isDate(cell)) return localWallDate(cell, this.timeZone);
    if (typeof cell === "object") return cell.formula;
    return cell;
  }

  /**
   * Whether a read of the tab can be answered from `store`: there is no engine yet and nothing in
   * the tab is a formula (stored or waiting), so every value is the typed one.
   */
  private unbuilt(tab: Tab): boolean {
    return this.built === null && !this.mayHoldFormulas(tab);
  }

  /** A stored cell as `getValues` gives it (a typed value: see `fromEngine`). */
  private storedValue(tab: Tab, row: number, col: number): CellValue {
    const cell = this.store.get(tab)?.[row - 1]?.[col - 1];
    if (cell === null || cell === undefined) return "";
    if (typeof cell === "string" || typeof cell === "boolean") return cell;
    const format = tab.style(row, col).numberFormat;
    if (typeof cell === "number") return isDateFormat(format) ? serialValue(cell, this.timeZone) : cell;
    if (isDate(cell)) {
      const serial = engineSerial(localWallDate(cell, this.timeZone));
      return isDateFormat(format) || !format ? serialValue(serial, this.timeZone) : serial;
    }
    throw new Error("Sel berumus dibaca tanpa mesin rumus.");
  }

  /** The engine's address of a cell (1-based row and column), the engine built first. */
  private address(tab: Tab, row: number, col: number): SimpleCellAddress {
    if (!this.built) this.build();
    return { sheet: tab.hfId, row: row - 1, col: col - 1 };
  }

  /**
   * Whether the tab may hold a formula: false means none of its cells does (the .xlsx save then
   * asks no cell for one). Every path that puts a formula in a tab notes it in `formulaTabs` or
   * `deferred`; a tab whose formulas were all cleared may still answer true.
   */
  mayHoldFormulas(tab: Tab): boolean {
    return this.formulaTabs.has(tab) || !!this.deferred.get(tab)?.size;
  }

  /** Whether the store holds a formula (loaded from a file) in the cell. */
  private storedFormula(tab: Tab, row: number, col: number): boolean {
    const cell = this.store.get(tab)?.[row - 1]?.[col - 1];
    return cell !== null && typeof cell === "object" && !isDate(cell);
  }

  /**
   * The stored rows and columns of a tab (no engine yet): as far as any cell was written, or
   * (`used`) as far as a cell holds something.
   */
  private storedSize(tab: Tab, used: boolean): { width: number; height: number } {
    const lines = this.store.get(tab) ?? [];
    let height = 0;
    let width = 0;
    for (let r = 0; r < lines.length; r++) {
      const line = lines[r];
      if (!line) continue;
      let last = line.length;
      if (used) while (last > 0 && (line[last - 1] === null || line[last - 1] === undefined)) last--;
      if (last > 0) height = r + 1;
      if (last > width) width = last;
    }
    return { width, height };
  }

  /** A formula engine holding `sheets` (name → cells as the engine takes them). */
  private engine(sheets: Record<string, RawCellContent[][]>): HyperFormula {
    const parseDate = HyperFormula.defaultConfig.parseDateTime;
    const hf = HyperFormula.buildFromSheets(
      sheets,
      {
        licenseKey: "gpl-v3",
        // Text is written behind an apostrophe (see write): never a date, so not parsed as one.
        // The engine also asks for every text it compares (F7="negatif"): a text with a character
        // no date or time is written with is none, said without the default parser's copies.
        parseDateTime: (text, dateFormat, timeFormat) =>
          text.startsWith("'") || NOT_DATE_TIME.test(text)
            ? undefined
            : parseDate(text, dateFormat, timeFormat),
        // Sheets returns full doubles (0.1+0.2 → 0.30000000000000004), not rounded ones.
        smartRounding: false,
        maxRows: 200_000,
        // Nothing undoes a change: the engine need not keep every replaced cell.
        undoLimit: 0,
      },
      // Sheets accepts bare TRUE / FALSE; HyperFormula only knows them as functions.
      [
        { name: "TRUE", expression: "=TRUE()" },
        { name: "FALSE", expression: "=FALSE()" },
      ],
    );
    owners.set((hf as unknown as { _config: object })._config, this);
    shareParsedFormulas(hf);
    readErroredArraysAsErrors(hf);
    return hf;
  }

  /**
   * Fills tabs that hold no cells yet, each from A1 (an .xlsx being loaded): the engine is built
   * with every tab at once, about twice as fast as writing the blocks one by one (a 50,000-row tab).
   */
  fillTabs(blocks: { tab: Tab; cells: CellInput[][] }[]): void {
    if (!this.built && !this.deferredCount) {
      for (const tab of this.tabList)
        if (this.store.get(tab)?.length) throw new Error(`Tab "${tab.name}" sudah berisi sel.`);
      // Kept as they are until a formula must be computed (see `store`).
      if (blocks.every(({ cells }) => this.storable(1, 1, cells))) {
        for (const { tab, cells } of blocks) this.storeBlock(tab, 1, 1, cells, true);
        return;
      }
    }
    this.settle();
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const tab of this.tabList) {
      const { width, height } = this.hf.getSheetDimensions(tab.hfId);
      if (width * height > 0) throw new Error(`Tab "${tab.name}" sudah berisi sel.`);
      sheets[engineName(tab)] = [];
    }
    for (const { tab, cells } of blocks) {
      sheets[engineName(tab)] = this.toEngineBlock(tab, 1, 1, cells);
      const called = calls(sheets[engineName(tab)]);
      if (sheets[engineName(tab)].some((line) => line.some(isFormula))) this.formulaTabs.add(tab);
      if (called.custom) this.customCalls = true;
      if (called.special) this.arrayCalls = true;
    }
    this.hf.destroy();
    this.built = this.engine(sheets);
    // INDIRECT, computed while the engine was built, had no workbook to read tab names from yet.
    this.hf.batch(() => {});
    for (const tab of this.tabList) tab.hfId = this.hf.getSheetId(engineName(tab)) as number;
    for (const { tab } of blocks) this.keepTexts(tab, 1, 1, sheets[engineName(tab)]);
    // The engine computed its formulas before it knew its workbook: custom functions again.
    if (Object.keys(this.functions).length) this.setCustomFunctions(this.functions);
  }

  // ------------------------------------------------------------ custom functions

  /** Sets the provider of CAPAIAN / KRITERIA / EFISIENSI and recomputes the cells that call them. */
  setCustomFunctions(map: CustomFunctions): void {
    const unknown = Object.keys(map).filter((n) => !(CUSTOM_FUNCTION_NAMES as readonly string[]).includes(n));
    if (unknown.length) throw new Error(`Fungsi kustom tidak dikenal: ${unknown.join(", ")}`);
    this.functions = { ...map };
    // Without an engine nothing was computed: it calls them when it is built.
    if (!this.built) return;
    this.hf.batch(() => {
      for (const tab of this.tabList) {
        this.hf.getSheetFormulas(tab.hfId).forEach((row, r) => {
          row.forEach((formula, c) => {
            if (formula && CUSTOM_CALL.test(formula)) {
              // Emptied first, as `rewrite` says.
              this.hf.setCellContents({ sheet: tab.hfId, row: r, col: c }, null);
              this.hf.setCellContents({ sheet: tab.hfId, row: r, col: c }, formula);
            }
          });
        });
      }
    });
  }

  nextChartId(): number {
    return ++this.chartIds;
  }

  customFunction(name: string): SheetFn | undefined {
    return this.functions[name.toUpperCase()];
  }

  // ------------------------------------------------------------ tabs

  tabs(): readonly Tab[] {
    return this.tabList;
  }

  tab(name: string): Tab | undefined {
    return this.tabList.find((t) => t.name === name);
  }

  getTab(name: string): Tab {
    const tab = this.tab(name);
    if (!tab) throw new Error(`Tab "${name}" tidak ada.`);
    return tab;
  }

  tabByHfId(hfId: number): Tab | undefined {
    return this.tabList.find((t) => t.hfId === hfId);
  }

  /** Adds a tab (at the end, or at a 0-based position). Sheets' message when the name is taken. */
  addTab(name: string, index = this.tabList.length): Tab {
    if (this.tabList.some((t) => t.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    // A formula waiting as written that names a tab not there yet must not come to name this one.
    if (this.unresolvedWaiting && this.deferredCount) this.settle();
    this.enginePrefixes.clear();
    this.sharedChecked = new WeakMap();
    const tab = new Tab(this.nextTabId++, name, -1);
    if (this.built) tab.hfId = this.built.getSheetId(this.built.addSheet(engineName(tab))) as number;
    else this.store.set(tab, []);
    this.tabList.splice(index, 0, tab);
    return tab;
  }

  /**
   * Removes a tab. Every reference to it in the other tabs' formulas becomes #REF!, as Sheets
   * rewrites them (`='Data'!B4*2` → `=#REF!*2`, `=SUM(Data!B1:B4)` → `=SUM(#REF!)`), so the
   * formula shows the error value #REF! and a tab made later under the same name does not bring the
   * reference back. #REF! is an error value a formula may hold as it is (ERROR.TYPE,
   * support.google.com/docs/answer/3238305). The engine would keep its own name for the tab
   * (`=_1!B4*2`), which no person ever wrote.
   */
  removeTab(name: string): void {
    const tab = this.getTab(name);
    if (!this.built && !this.deferredCount && !this.formulaTabs.size) {
      // No formula anywhere names it.
      this.store.delete(tab);
      this.texts.delete(tab);
      this.enginePrefixes.clear();
      this.sharedChecked = new WeakMap();
      this.tabList.splice(this.tabList.indexOf(tab), 1);
      return;
    }
    this.settle();
    this.texts.clear();
    this.enginePrefixes.clear();
    this.sharedChecked = new WeakMap();
    this.hf.removeSheet(tab.hfId);
    this.tabList.splice(this.tabList.indexOf(tab), 1);
    const engine = engineName(tab);
    const cell = `\\$?[A-Z]+\\$?\\d+`;
    const end = (part: string) => `(?::(?:${engine}!)?${part})`;
    const reference = new RegExp(
      `"(?:[^"]|"")*"|(?<![A-Za-z\u00C0-\u02AF0-9_.'])${engine}!(?:${cell}${end(cell)}?|\\$?[A-Z]+${end("\\$?[A-Z]+")}|\\$?\\d+${end("\\$?\\d+")})`,
      "g",
    );
    for (const other of this.tabList) {
      const rewritten: [number, number, string][] = [];
      this.hf.getSheetFormulas(other.hfId).forEach((line, r) => {
        line.forEach((formula, c) => {
          if (!formula?.includes(`${engine}!`)) return;
          const text = formula.replace(reference, (m) => (m.startsWith('"') ? m : "#REF!"));
          if (text !== formula) rewritten.push([r, c, text]);
        });
      });
      if (!rewritten.length) continue;
      this.hf.batch(() => {
        for (const [r, c, text] of rewritten) {
          // Emptied first, as `rewrite` says.
          this.hf.setCellContents({ sheet: other.hfId, row: r, col: c }, null);
          this.hf.setCellContents({ sheet: other.hfId, row: r, col: c }, text);
        }
      });
    }
  }

  renameTab(name: string, newName: string): void {
    // Formulas waiting as written name tabs by the names they had: the engine's form first.
    if (!this.built && this.deferredCount) this.settle();
    // The engine knows the tab by its id (engineName): formulas show the new name by themselves.
    this.getTab(name).name = newName;
    this.enginePrefixes.clear();
    this.sharedChecked = new WeakMap();
  }

  // ------------------------------------------------------------ cells

  /** Writes a block at (row, col), 1-based. Strings are always text; `{ formula }` is a formula. */
  write(tab: Tab, row: number, col: number, cells: CellInput[][]): void {
    tab.edits++;
    const waiting = this.deferredCount ? this.deferred.get(tab) : undefined;
    // Each line of the block replaces its own cells (a block's lines may differ in length).
    if (waiting)
      cells.forEach((line, r) => {
        waiting.deleteIn({ row: row + r, col, rows: 1, cols: line.length }, this.undefer);
      });
    if (!this.built && this.storeBlock(tab, row, col, cells, false)) return;
    const content = this.toEngineBlock(tab, row, col, cells);
    const called = calls(content);
    if (called.custom) this.customCalls = true;
    if (called.special) this.arrayCalls = true;
    // Never beside an array formula: whether data blocks its result depends on the formulas'
    // cells, so they are written as they come.
    if (this.deferFormulas && !this.arrayCalls && content.some((line) => line.some(isFormula))) {
      this.writeDeferred(tab, row, col, content);
      return;
    }
    // A formula that may spill is placed among the others as if they had been computed all along.
    if (called.special) this.settle();
    if (content.some((line) => line.some(isFormula))) this.formulaTabs.add(tab);
    let cols = 0;
    for (const line of content) cols = Math.max(cols, line.length);
    const edited = this.editedCells(tab, { row, col, rows: content.length, cols });
    const at = this.address(tab, row, col);
    if (!content.some((line) => line.some(isFormula))) {
      this.hf.setCellContents(at, content);
      this.keepTexts(tab, row, col, content);
    } else {
      // Literals first, then formulas: a spilling formula written over cells that held other
      // formulas in the same block would otherwise stay blocked (HyperFormula does not retry it).
      this.hf.batch(() => {
        this.hf.setCellContents(
          at,
          content.map((line) => line.map((v) => (isFormula(v) ? null : v))),
        );
        this.hf.setCellContents(at, content);
      });
      this.keepTexts(tab, row, col, content);
    }
    this.retrySpills(tab, edited);
  }

  /**
   * Puts a block into `store` while there is no engine: its literals, and its formulas either kept
   * in the store (`load`: an .xlsx being loaded, computed when the engine is built) or waiting in
   * `deferred` (a write while `deferFormulas` is on and the engine may defer them). False, with
   * nothing changed, when a cell needs the engine: a formula it cannot defer, a number the engine
   * turns into an error (NaN, ±Infinity), a date it cannot hold, or a block past its size limits
   * (the engine then says so). On load the block's own arrays are kept (nothing else holds them).
   */
  private storeBlock(tab: Tab, row: number, col: number, cells: CellInput[][], load: boolean): boolean {
    const block = this.storable(row, col, cells);
    if (!block) return false;
    if (block.formulas) {
      // As `write` decides: never beside a formula that may spill.
      if (!load && (!this.deferFormulas || this.arrayCalls || block.special)) return false;
      if (block.custom) this.customCalls = true;
      if (block.special) this.arrayCalls = true;
      if (load) this.formulaTabs.add(tab);
    }
    const width = block.width;
    let lines = this.store.get(tab);
    if (!lines) {
      lines = [];
      this.store.set(tab, lines);
    }
    let texts = this.texts.get(tab);
    if (!texts) {
      texts = new CellMap();
      this.texts.set(tab, texts);
    }
    let waiting = this.deferred.get(tab);
    const adopt = load && row === 1 && col === 1 && lines.length === 0;
    for (let r = 0; r < cells.length; r++) {
      const source = cells[r];
      const at = row + r;
      let line = adopt ? (source as StoreCell[]) : lines[at - 1];
      if (!line) {
        line = [];
        lines[at - 1] = line;
      } else if (adopt) lines[at - 1] = line;
      for (let c = 0; c < source.length; c++) {
        let cell: CellInput = source[c];
        if (cell === "") cell = null;
        // The engine keeps -0 as 0.
        else if (cell === 0) cell = 0;
        else if (cell !== null && typeof cell === "object") {
          if (isDate(cell)) {
            const cellAt = { row: at, col: col + c, rows: 1, cols: 1 };
            if (!isDateFormat(tab.style(at, col + c).numberFormat)) {
              const hasTime = dateToSerial(cell, this.timeZone) % 1 !== 0;
              tab.patchStyle(cellAt, { numberFormat: hasTime ? "dd/MM/yyyy HH:mm:ss" : "dd/MM/yyyy" });
            }
            cell = new Date(cell.getTime());
          } else {
            // A formula whose text its rows share (core/row-formula.ts): kept as it is, its text
            // made when read; whether it names only existing tabs is asked once for all its rows.
            const template = !load && (cell as Partial<SharedFormula>).template;
            const shared = template ? this.sharedCheck(template, cell) : null;
            if (shared !== null) {
              if (texts.size) texts.delete(at, col + c);
              if (!shared) this.unresolvedWaiting = true;
              if (!waiting) {
                waiting = new CellMap();
                this.deferred.set(tab, waiting);
              }
              if (waiting.get(at, col + c) === undefined) this.deferredCount++;
              waiting.set(at, col + c, cell as SharedFormula);
              line[col - 1 + c] = null;
              continue;
            }
            const written = cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
            if (load) {
              const formula = this.toEngineFormula(written);
              if (keepsItsText(formula)) texts.set(at, col + c, formula);
              else texts.delete(at, col + c);
              line[col - 1 + c] = { formula };
              continue;
            }
            // Kept as written (see `deferred`): turned to the engine's tab names when read.
            if (texts.size) texts.delete(at, col + c);
            if (!this.unresolvedWaiting && written.includes("!") && !everySheetPrefix(written, this.resolves))
              this.unresolvedWaiting = true;
            if (!waiting) {
              waiting = new CellMap();
              this.deferred.set(tab, waiting);
            }
            if (waiting.get(at, col + c) === undefined) this.deferredCount++;
            waiting.set(at, col + c, written);
            line[col - 1 + c] = null;
            continue;
          }
        }
        if (texts.size) texts.delete(at, col + c);
        line[col - 1 + c] = cell;
      }
    }
    this.ensureSize(tab, row + cells.length - 1, col + width - 1);
    return true;
  }

  /** `sharedChecked` of a shared formula's template, asked of its first cell. */
  private sharedCheck(template: object, cell: { formula: string }): boolean | null {
    let known = this.sharedChecked.get(template);
    if (known === undefined) {
      const written = cell.formula;
      known = !written.startsWith("=")
        ? null
        : !written.includes("!") || everySheetPrefix(written, this.resolves);
      this.sharedChecked.set(template, known);
    }
    return known;
  }

  /**
   * Whether `store` can hold the block's cells (see `storeBlock`), with its width and what its
   * formulas call; null when a cell or its place needs the engine.
   */
  private storable(
    row: number,
    col: number,
    cells: CellInput[][],
  ): { width: number; formulas: boolean; special: boolean; custom: boolean } | null {
    let width = 0;
    let formulas = false;
    let special = false;
    let custom = false;
    for (const line of cells) {
      width = Math.max(width, line.length);
      for (const cell of line) {
        if (cell === null || typeof cell === "string" || typeof cell === "boolean") continue;
        if (typeof cell === "number") {
          if (!Number.isFinite(cell)) return null;
        } else if (isDate(cell)) {
          if (!storableDate(localWallDate(cell, this.timeZone))) return null;
        } else {
          formulas = true;
          // A shared formula's calls are its template's, asked once for all its rows.
          const template = (cell as Partial<SharedFormula>).template;
          let calls = template && this.sharedCalls.get(template);
          if (calls === undefined) {
            const f = cell.formula;
            calls = SPECIAL_CALL.test(f) ? (CUSTOM_CALL.test(f) ? 2 : 1) : 0;
            if (template) this.sharedCalls.set(template, calls);
          }
          if (calls) {
            special = true;
            if (calls === 2) custom = true;
          }
        }
      }
    }
    if (row - 1 + cells.length > MAX_ROWS || col - 1 + width > MAX_COLUMNS) return null;
    return { width, formulas, special, custom };
  }

  /** The block's literals into the engine, its formulas into `deferred` (see `deferFormulas`). */
  private writeDeferred(tab: Tab, row: number, col: number, content: RawCellContent[][]): void {
    const { width, height } = this.hf.getSheetDimensions(tab.hfId);
    if (row > height || col > width) {
      // Beyond every cell the tab holds (a new tab): only the literals are written, each run of
      // them in a row one write; the engine need not be told of 200,000 empty cells.
      const runs: Run[] = [];
      for (let r = 0; r < content.length; r++) {
        const line = content[r];
        for (let c = 0; c < line.length; ) {
          if (line[c] === null || isFormula(line[c])) {
            c++;
            continue;
          }
          const cells: RawCellContent[] = [];
          while (
            c + cells.length < line.length &&
            line[c + cells.length] !== null &&
            !isFormula(line[c + cells.length])
          )
            cells.push(line[c + cells.length]);
          runs.push({ row: row + r, col: col + c, cells });
          c += cells.length;
        }
      }
      this.writeRuns(tab, runs);
    } else {
      const literals = content.map((line) => line.map((v) => (isFormula(v) ? null : v)));
      this.hf.setCellContents({ sheet: tab.hfId, row: row - 1, col: col - 1 }, literals);
    }
    this.keepTexts(tab, row, col, content);
    let cells = this.deferred.get(tab);
    if (!cells) {
      cells = new CellMap();
      this.deferred.set(tab, cells);
    }
    for (let r = 0; r < content.length; r++) {
      const line = content[r];
      for (let c = 0; c < line.length; c++) {
        const v = line[c];
        if (isFormula(v)) {
          if (cells.get(row + r, col + c) === undefined) this.deferredCount++;
          cells.set(row + r, col + c, v as string);
        }
      }
    }
  }

  /**
   * Writes runs of cells (each one line of a row), a few dozen per engine batch: HyperFormula 3.5
   * goes through the whole batch so far at every write in it (its undo bookkeeping), so one batch of
   * 60,000 writes is quadratic, and no batch at all computes every formula at each write.
   */
  private writeRuns(tab: Tab, runs: Run[]): void {
    for (let i = 0; i < runs.length; i += RUNS_PER_BATCH)
      this.hf.batch(() => {
        for (const run of runs.slice(i, i + RUNS_PER_BATCH))
          this.hf.setCellContents({ sheet: tab.hfId, row: run.row - 1, col: run.col - 1 }, [run.cells]);
      });
  }

  /** Counts a deferred formula that a write or clear replaced. */
  private readonly undefer = () => {
    this.deferredCount--;
  };

  /**
   * Gives the engine every deferred formula (row by row, each run of adjacent cells one write),
   * before anything reads what they compute.
   */
  private settle(): void {
    if (!this.deferredCount) return;
    // Built with them (nothing deferred may spill: see `write`).
    if (!this.built) {
      this.build();
      return;
    }
    const pending = [...this.deferred];
    this.deferred.clear();
    this.deferredCount = 0;
    for (const [tab, cells] of pending) {
      this.formulaTabs.add(tab);
      const runs: Run[] = [];
      for (const r of cells.rows()) {
        const line = cells.row(r);
        for (let i = 0; i < line.length; ) {
          const start = line[i][0];
          const run: string[] = [];
          while (i < line.length && line[i][0] === start + run.length) run.push(waitingText(line[i++][1]));
          runs.push({ row: r, col: start, cells: run });
        }
      }
      this.writeRuns(tab, runs);
    }
    for (const [tab] of pending) this.retrySpills(tab);
  }

  /**
   * Computes the deferred formulas before a value of the tab is read, unless nothing in it can
   * depend on them: a tab with neither deferred formulas nor formulas in the engine (a plan of
   * typed values) is read as it is.
   */
  private settleFor(tab: Tab): void {
    if (this.deferredCount && this.mayHoldFormulas(tab)) this.settle();
    if (this.indirectPending) {
      // INDIRECT read a cell not computed yet: the engine computes its volatile cells once more.
      this.indirectPending = false;
      this.hf.batch(() => {});
    }
  }

  private indirectPending = false;

  /** The area an INDIRECT text names, its tab by name (see indirect.ts). */
  indirectArea(text: string, from: SimpleCellAddress) {
    let reference = this.toEngineFormula(text);
    // Whole columns (A:C) or rows (2:5), as Sheets takes them: to the tab's last row or column.
    const whole = /^(.*!)?\$?([A-Za-z]+|\d+):\$?([A-Za-z]+|\d+)$/.exec(reference);
    if (whole && /\d/.test(whole[2]) === /\d/.test(whole[3])) {
      const [, prefix = "", a, b] = whole;
      const sheet = this.hf.simpleCellAddressFromString(`${prefix}A1`, from.sheet)?.sheet;
      const tab = sheet === undefined ? undefined : this.tabByHfId(sheet);
      if (!tab) return undefined;
      reference = /\d/.test(a)
        ? `${prefix}A${a}:${columnLetter(tab.maxCols)}${b}`
        : `${prefix}${a}1:${b}${tab.maxRows}`;
    }
    const range = reference.includes(":")
      ? this.hf.simpleCellRangeFromString(reference, from.sheet)
      : undefined;
    if (range) return range;
    const cell = this.hf.simpleCellAddressFromString(reference, from.sheet);
    return cell && { start: cell, end: cell };
  }

  indirectAgain(): void {
    this.indirectPending = true;
  }

  /**
   * Whether formulas will be saved without their results, for the spreadsheet that opens the file
   * to compute (Excel and LibreOffice do, see xlsx.ts): formulas wait outside the engine, and none
   * calls a function only the add-on knows (CAPAIAN…), which Excel and LibreOffice cannot compute
   * (then everything is computed here first, and saved with its results).
   */
  resultsDeferred(): boolean {
    if (!this.deferredCount) return false;
    if (!this.customCalls) return true;
    this.settle();
    return false;
  }

  /** The value of a cell holding no formula (a formula's is not computed: `value` computes it). */
  literal(tab: Tab, row: number, col: number): CellValue {
    if (!this.built && !this.storedFormula(tab, row, col)) return this.storedValue(tab, row, col);
    const at = this.address(tab, row, col);
    return this.fromEngine(this.hf.getCellValue(at), at);
  }

  /**
   * The cells as written: `{ formula }` or the literal value (null where empty), without computing
   * anything (the document lock's record of what a write replaces).
   */
  contents(tab: Tab, rect: Rect): CellInput[][] {
    return this.map(rect, (r, c): CellInput => {
      const formula = this.formula(tab, r, c);
      if (formula) return { formula };
      const v = this.literal(tab, r, c);
      return v === "" ? null : v;
    });
  }

  /** Notes the formula text of each cell of a block just written (see `texts`). */
  private keepTexts(tab: Tab, row: number, col: number, content: RawCellContent[][]): void {
    let texts = this.texts.get(tab);
    if (!texts) {
      texts = new CellMap();
      this.texts.set(tab, texts);
    }
    for (let r = 0; r < content.length; r++) {
      const line = content[r];
      for (let c = 0; c < line.length; c++) {
        const v = line[c];
        if (typeof v === "string" && v.startsWith("=") && keepsItsText(v)) texts.set(row + r, col + c, v);
        else texts.delete(row + r, col + c);
      }
    }
  }

  /**
   * The array formulas of a tab as the engine holds them: corner (1-based), size, and whether data
   * blocks the result. HyperFormula keeps every formula with an array result in its array mapping,
   * a blocked one too (shrunk to its corner, holding the SPILL error); no public call lists them.
   */
  private arrays(tab: Tab): SpillInfo[] {
    // Without an engine only a formula loaded from a file may spill once computed.
    if (!this.built && !this.formulaTabs.has(tab)) return [];
    const graph = (this.hf as unknown as { dependencyGraph?: { arrayMapping?: { arrayMapping?: unknown } } })
      .dependencyGraph;
    const mapping = graph?.arrayMapping?.arrayMapping;
    if (!(mapping instanceof Map)) throw new Error("HyperFormula tidak lagi mencatat rumus array-nya.");
    const out: SpillInfo[] = [];
    for (const vertex of mapping.values() as Iterable<EngineArray>) {
      const at = vertex.leftCorner;
      if (at.sheet !== tab.hfId) continue;
      // HyperFormula 3.5 keeps a blocked array formula's record after another formula replaced it
      // (`='Lama'!B1` typed over it): only a cell that still holds an array formula counts.
      if (this.hf.getCellType({ sheet: at.sheet, row: at.row, col: at.col }) !== "ARRAYFORMULA") continue;
      out.push({
        row: at.row + 1,
        col: at.col + 1,
        rows: vertex.height,
        cols: vertex.width,
        blocked: vertex.array?.error?.type === ErrorType.SPILL,
      });
    }
    return out;
  }

  /**
   * As Sheets does, an array result blocked by data spills as soon as the data is gone ("the values
   * overflow into adjacent cells as long as those cells are empty": Custom Functions in Google
   * Sheets, developers.google.com/apps-script/guides/sheets/functions; ARRAYFORMULA,
   * support.google.com/docs/answer/3093275). HyperFormula does not try a blocked formula again by
   * itself (handsontable/hyperformula#1287), so after an edit each blocked formula of the tab whose
   * result could reach the edited cells (below or right of it) is written again. Blocked formulas
   * are read from the engine each time, so none is missed (one blocked by a value typed over its
   * result, one read from an .xlsx) and none is kept under a cell address that rows inserted or
   * deleted have moved.
   */
  private retrySpills(tab: Tab, edited?: Rect[]): void {
    for (const spill of this.arrays(tab)) {
      if (!spill.blocked) continue;
      if (edited) {
        const below = edited.some((e) => e.row + e.rows - 1 >= spill.row && e.col + e.cols - 1 >= spill.col);
        // A formula just written in the block was placed by the write itself.
        if (!below || contains(edited[0], spill.row, spill.col)) continue;
      }
      const at = { sheet: tab.hfId, row: spill.row - 1, col: spill.col - 1 };
      const formula = this.hf.getCellFormula(at);
      if (formula) this.rewrite(at, formula);
    }
  }

  /**
   * Writes a formula again in its own cell. Emptied first, in one batch: HyperFormula 3.5 stops
   * with "There's no sheet with id" when a formula naming a tab that does not exist (`='Lama'!B1`,
   * a tab renamed away: #REF! as in Sheets) replaces a formula naming the same missing tab, as
   * writing it over itself does.
   */
  private rewrite(at: SimpleCellAddress, formula: string): void {
    this.hf.batch(() => {
      this.hf.setCellContents(at, null);
      this.hf.setCellContents(at, formula);
    });
  }

  /**
   * The cells an edit of `rect` may leave empty: the rectangle, and the results of the array
   * formulas whose formula cell it holds (replaced or cleared, their results leave their cells, and
   * a result they blocked may spill there now).
   */
  private editedCells(tab: Tab, rect: Rect): Rect[] {
    const out = [rect];
    for (const s of this.arrays(tab))
      if (!s.blocked && contains(rect, s.row, s.col))
        out.push({ row: s.row, col: s.col, rows: s.rows, cols: s.cols });
    return out;
  }

  /**
   * Before rows (or columns) are inserted at `at` (0-based index of the first new one), the array
   * results that span it are drawn back to their formula cell, to spill again over the grown range
   * afterwards (see insertRowsAfter). HyperFormula would keep the result in place and stop with
   * "Cannot move cell. Destination already occupied." when a range another formula reads (a
   * Ringkasan COUNTIF over the Kriteria column) covers the new cells. A value set in one of the
   * result's cells and cleared again draws it back: the engine's own way, with public calls.
   */
  private foldSpillsAcross(tab: Tab, axis: "row" | "col", at: number): void {
    for (const spill of this.arrays(tab)) {
      if (spill.blocked) continue;
      const start = (axis === "row" ? spill.row : spill.col) - 1;
      const size = axis === "row" ? spill.rows : spill.cols;
      if (!(start < at && at < start + size)) continue;
      const inside = {
        sheet: tab.hfId,
        row: spill.row - 1 + (axis === "row" ? 1 : 0),
        col: spill.col - 1 + (axis === "col" ? 1 : 0),
      };
      this.hf.batch(() => {
        this.hf.setCellContents(inside, 0);
        this.hf.setCellContents(inside, null);
      });
    }
  }

  /** A block as the engine takes it (text behind an apostrophe, dates formatted); grows the tab. */
  private toEngineBlock(tab: Tab, row: number, col: number, cells: CellInput[][]): RawCellContent[][] {
    // Array.from: rows from a vm context (the loaded bundle) are another realm's arrays, which
    // HyperFormula does not accept as matrices.
    const content = Array.from(cells, (line, r) =>
      Array.from(line, (cell, c) => {
        if (cell === null || cell === "") return null;
        if (typeof cell === "string") return `'${cell}`;
        if (isDate(cell)) {
          const at = { row: row + r, col: col + c, rows: 1, cols: 1 };
          if (!isDateFormat(tab.style(at.row, at.col).numberFormat)) {
            const hasTime = dateToSerial(cell, this.timeZone) % 1 !== 0;
            tab.patchStyle(at, { numberFormat: hasTime ? "dd/MM/yyyy HH:mm:ss" : "dd/MM/yyyy" });
          }
          // Typed as a date in the engine, so =A1+1 is a date too (as in Sheets).
          return localWallDate(cell, this.timeZone);
        }
        if (typeof cell === "object")
          return this.toEngineFormula(cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`);
        return cell;
      }),
    );
    // A loop, not Math.max(...rows): a spread of 50,000 rows can overflow the call stack.
    let width = 0;
    for (const line of cells) width = Math.max(width, line.length);
    this.ensureSize(tab, row + cells.length - 1, col + width - 1);
    return content;
  }

  /** Empties the cells' contents (formats stay). */
  clear(tab: Tab, rect: Rect): void {
    tab.edits++;
    if (this.deferredCount) this.deferred.get(tab)?.deleteIn(rect, this.undefer);
    this.texts.get(tab)?.deleteIn(rect);
    const lines = this.built ? undefined : this.store.get(tab);
    if (lines) {
      for (let r = rect.row; r < rect.row + rect.rows && r <= lines.length; r++) {
        const line = lines[r - 1];
        if (line)
          for (let c = rect.col; c < rect.col + rect.cols && c <= line.length; c++) line[c - 1] = null;
      }
      return;
    }
    const empty = Array.from({ length: rect.rows }, () => Array<null>(rect.cols).fill(null));
    const edited = this.editedCells(tab, rect);
    this.hf.setCellContents({ sheet: tab.hfId, row: rect.row - 1, col: rect.col - 1 }, empty);
    this.retrySpills(tab, edited);
  }

  /** Computed values as `getValues()` returns them. */
  values(tab: Tab, rect: Rect): CellValue[][] {
    if (this.unbuilt(tab)) return this.map(rect, (r, c) => this.storedValue(tab, r, c));
    this.settleFor(tab);
    return this.map(rect, (r, c) => this.value(tab, r, c));
  }

  value(tab: Tab, row: number, col: number): CellValue {
    if (this.unbuilt(tab)) return this.storedValue(tab, row, col);
    this.settleFor(tab);
    const at = this.address(tab, row, col);
    const value = this.hf.getCellValue(at);
    if (value instanceof DetailedCellError && this.besideWholeError(at)) return "";
    return this.fromEngine(value, at);
  }

  /**
   * Whether the cell lies in the place of an array formula whose whole result is one error (a
   * circular `=ARRAYFORMULA(A1:A3*2)` in A1) without being its formula cell. Sheets shows such an
   * error in the formula cell only and spills nothing; HyperFormula repeats it over the size the
   * result had.
   */
  private besideWholeError(at: SimpleCellAddress): boolean {
    if (this.hf.getCellType(at) !== "ARRAY") return false;
    const graph = (
      this.hf as unknown as { dependencyGraph?: { getCell?: (a: SimpleCellAddress) => unknown } }
    ).dependencyGraph;
    const vertex = graph?.getCell?.(at) as { array?: { error?: unknown } } | undefined;
    return vertex?.array?.error instanceof CellError;
  }

  /** Formulas as `getFormulas()` returns them: "" for a cell without a formula. */
  formulas(tab: Tab, rect: Rect): string[][] {
    return this.map(rect, (r, c) => this.formula(tab, r, c));
  }

  formula(tab: Tab, row: number, col: number): string {
    const written = this.texts.get(tab)?.get(row, col);
    if (written !== undefined) return this.fromEngineFormula(written);
    const waiting = this.deferredCount ? this.deferred.get(tab)?.get(row, col) : undefined;
    if (waiting !== undefined) {
      // As written, where the engine would write it back the same (see `deferred`).
      const formula = this.built ? undefined : this.toEngineFormula(waitingText(waiting));
      if (formula !== undefined && keepsItsText(formula)) return this.fromEngineFormula(formula);
      this.settle();
    }
    // A typed value or an empty cell: no formula to ask the engine for.
    if (!this.built && !this.storedFormula(tab, row, col)) return "";
    return this.engineFormula(tab, row, col);
  }

  /**
   * The formula as written, in the engine's form (each tab named by its engine name, see
   * `toEngineFormula`), where it is kept so; undefined otherwise. Nothing is computed or turned.
   */
  writtenFormula(tab: Tab, row: number, col: number): string | undefined {
    const kept = this.texts.get(tab)?.get(row, col);
    if (kept !== undefined || this.built || !this.deferredCount) return kept;
    // Waiting as written (see `deferred`): its engine form, made now and not kept.
    const waiting = this.deferred.get(tab)?.get(row, col);
    if (waiting === undefined) return undefined;
    const formula = this.toEngineFormula(waitingText(waiting));
    return keepsItsText(formula) ? formula : undefined;
  }

  /**
   * The formula's text as the workbook keeps it, turned neither way: as written while it waits for
   * the engine, else in the engine's form where kept (`writtenFormula`); undefined otherwise. Only
   * for comparing formulas with one another (the .xlsx save's shared formulas), never to show.
   */
  keptFormula(tab: Tab, row: number, col: number): string | undefined {
    const kept = this.texts.get(tab)?.get(row, col);
    if (kept !== undefined || this.built || !this.deferredCount) return kept;
    const waiting = this.deferred.get(tab)?.get(row, col);
    return waiting === undefined ? undefined : waitingText(waiting);
  }

  /** The shared formula cell waiting at the cell, as `keptFormula` would give its text; else undefined. */
  keptShared(tab: Tab, row: number, col: number): SharedFormula | undefined {
    if (this.built || !this.deferredCount || this.texts.get(tab)?.get(row, col) !== undefined)
      return undefined;
    const waiting = this.deferred.get(tab)?.get(row, col);
    return typeof waiting === "object" ? waiting : undefined;
  }

  /** The formula as the engine writes it from its parsed form (what `formula` returns, unkept). */
  engineFormula(tab: Tab, row: number, col: number): string {
    const formula = this.hf.getCellFormula({ sheet: tab.hfId, row: row - 1, col: col - 1 });
    return formula ? this.fromEngineFormula(formula) : "";
  }

  /**
   * A formula as the engine takes it: every tab it names is written by its short engine name
   * (`'Evaluasi TW II 2024'!M7` → `_3!M7`). HyperFormula's lexer keeps, for every reference token
   * of 13 characters or more, a slice of the whole formula text, so a formula listing 10,000
   * references to a tab with a long name held 10,000 copies of itself (gigabytes) while parsed.
   * A name no tab has is left as written (the engine shows #REF!, as Sheets does).
   */
  private toEngineFormula(formula: string): string {
    if (!formula.includes("!")) return formula;
    return replaceSheetPrefixes(formula, this.enginePrefix);
  }

  /**
   * Each tab prefix as written (`'Bidang A'!`) → the engine's (`_0!`), for as long as no tab is
   * added, removed or renamed: asked for every reference of every formula written.
   */
  private readonly enginePrefixes = new Map<string, string>();
  private readonly enginePrefix = (match: string, quoted?: string, plain?: string): string => {
    if (match.charCodeAt(0) === 34) return match;
    const known = this.enginePrefixes.get(match);
    if (known !== undefined) return known;
    const name = quoted !== undefined ? quoted.replaceAll("''", "'") : plain;
    if (name === undefined) return match;
    const lower = name.toLowerCase();
    const tab = this.tabList.find((t) => t.name.toLowerCase() === lower);
    const prefix = tab ? `${engineName(tab)}!` : match;
    this.enginePrefixes.set(match, prefix);
    return prefix;
  };

  /** The engine's formula text with each tab's own name again, quoted where Sheets quotes it. */
  private fromEngineFormula(formula: string): string {
    if (!formula.includes("!")) return formula;
    return replaceSheetPrefixes(formula, this.displayPrefix);
  }

  /**
   * A tab's name as a formula shows it before "!", by its engine name: asked for every reference
   * of every formula saved (200,000 formulas), so each tab's is made once while its name stays.
   */
  private readonly prefixes = new Map<string, { tab: Tab; name: string; prefix: string }>();
  private readonly displayPrefix = (match: string, quoted?: string, plain?: string): string => {
    if (quoted !== undefined || plain === undefined || plain.charCodeAt(0) !== 95) return match;
    let known = this.prefixes.get(plain);
    if (!known || known.tab.name !== known.name || !this.tabList.includes(known.tab)) {
      if (!/^_\d+$/.test(plain)) return match;
      const tab = this.tabList.find((t) => engineName(t) === plain);
      if (!tab) return match;
      const prefix = PLAIN_SHEET_NAME.test(tab.name)
        ? `${tab.name}!`
        : `'${tab.name.replaceAll("'", "''")}'!`;
      known = { tab, name: tab.name, prefix };
      this.prefixes.set(plain, known);
    }
    return known.prefix;
  };

  /** The error of a cell with its message (a custom function's thrown message is kept here). */
  cellError(tab: Tab, row: number, col: number): CellErrorInfo | undefined {
    // A typed value is never an error (the store holds no value the engine makes one).
    if (this.unbuilt(tab)) return undefined;
    this.settleFor(tab);
    const at = this.address(tab, row, col);
    const v = this.hf.getCellValue(at);
    if (!(v instanceof DetailedCellError) || this.besideWholeError(at)) return undefined;
    const code = errorCode(v.type);
    const formula = this.formula(tab, row, col);
    // A parse error that came from a cell the formula reads (`=G31*2`, G31 unreadable): the formula
    // itself is sound, so the sentence names the cell to fix rather than this one's syntax.
    if (v.type === "ERROR" && v.message?.startsWith("Parsing error") && formula) {
      const own = this.hf.getCellFormula(at);
      if (own && this.hf.validateFormula(own)) return { code, message: this.brokenSource(tab, at) };
    }
    // In Indonesian, as an id-ID Sheets says it: the engine's English never reaches a person.
    return {
      code,
      message: indonesianMessage({ code, type: v.type, message: v.message ?? "" }, formula),
    };
  }

  /**
   * The sentence for a formula that reads a cell whose own formula cannot be parsed: the first such
   * cell found back along what it reads (through formulas that only pass the error on).
   */
  private brokenSource(tab: Tab, at: SimpleCellAddress): string {
    const seen = new Set<string>();
    const queue = [...this.hf.getCellPrecedents(at)];
    while (queue.length && seen.size < 1000) {
      const p = queue.shift();
      if (!p || !("row" in p) || "start" in p) continue;
      const key = `${p.sheet}:${p.row}:${p.col}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const v = this.hf.getCellValue(p);
      if (!(v instanceof DetailedCellError) || v.type !== "ERROR") continue;
      const own = this.hf.getCellFormula(p);
      if (own && this.hf.validateFormula(own)) {
        queue.push(...this.hf.getCellPrecedents(p));
        continue;
      }
      const source = this.tabByHfId(p.sheet);
      const place = rectA1({ row: p.row + 1, col: p.col + 1, rows: 1, cols: 1 });
      const name = source && source !== tab ? this.fromEngineFormula(`${engineName(source)}!`) : "";
      return `Sel ${name}${place} yang dirujuk rumus ini berisi rumus yang tidak dapat diurai: perbaiki rumus di sel itu.`;
    }
    return "Rumus ini merujuk sel yang rumusnya tidak dapat diurai: perbaiki rumus di sel itu.";
  }

  /** True when the cell is the origin of a spilled array, or one of its spilled cells. */
  isArrayCell(tab: Tab, row: number, col: number): { origin: boolean; spilled: boolean } {
    // A deferred formula never spills (see `calls`); none waits beside one that may.
    if (this.deferredCount && this.deferred.get(tab)?.get(row, col) !== undefined)
      return { origin: false, spilled: false };
    if (this.unbuilt(tab)) return { origin: false, spilled: false };
    this.settleFor(tab);
    const type = this.hf.getCellType({ sheet: tab.hfId, row: row - 1, col: col - 1 });
    return { origin: type === "ARRAYFORMULA", spilled: type === "ARRAY" };
  }

  /**
   * The rectangle a spilling formula at (row, col) fills, or undefined: the engine's own record of
   * the result, not a scan of the cells around it (a neighbouring result that starts a row higher
   * would be counted in: A2:B4 for a one-column result beside another).
   */
  spillRect(tab: Tab, row: number, col: number): Rect | undefined {
    if (!this.isArrayCell(tab, row, col).origin) return undefined;
    const spill = this.arrays(tab).find((s) => s.row === row && s.col === col);
    return spill && { row, col, rows: spill.rows, cols: spill.cols };
  }

  /** The rows and columns the engine holds for the tab: every cell beyond them is empty. */
  extent(tab: Tab): { rows: number; cols: number } {
    const { width, height } = this.built
      ? this.built.getSheetDimensions(tab.hfId)
      : this.storedSize(tab, false);
    const waiting = this.deferred.get(tab);
    if (!waiting?.size) return { rows: height, cols: width };
    return { rows: Math.max(height, waiting.lastRow()), cols: Math.max(width, waiting.lastCol()) };
  }

  /** Last row and column holding a value or formula (`getLastRow`, `getLastColumn`). */
  usedSize(tab: Tab): { rows: number; cols: number } {
    if (!this.built) {
      const { width: cols, height: rows } = this.storedSize(tab, true);
      const waiting = this.deferred.get(tab);
      if (!waiting?.size) return { rows, cols };
      return { rows: Math.max(rows, waiting.lastRow()), cols: Math.max(cols, waiting.lastCol()) };
    }
    const dims = this.hf.getSheetDimensions(tab.hfId);
    const filled = (r: number, c: number) =>
      this.hf.getCellType({ sheet: tab.hfId, row: r, col: c }) !== "EMPTY";
    let rows = dims.height;
    while (rows > 0 && !Array.from({ length: dims.width }, (_, c) => filled(rows - 1, c)).some(Boolean))
      rows--;
    let cols = dims.width;
    while (cols > 0 && !Array.from({ length: rows }, (_, r) => filled(r, cols - 1)).some(Boolean)) cols--;
    const waiting = this.deferred.get(tab);
    if (!waiting?.size) return { rows, cols };
    return { rows: Math.max(rows, waiting.lastRow()), cols: Math.max(cols, waiting.lastCol()) };
  }

  /**
   * Inserts empty rows after `row` (1-based); formulas' references move as in Sheets, and a range
   * that spans the new rows grows over them. Inside the result of an array formula too: the
   * formula's ranges grow and its result spills again over them, as Sheets does when a row is
   * inserted in an ARRAYFORMULA's result (or a blocked result is left blocked until the data is gone).
   */
  insertRowsAfter(tab: Tab, row: number, count: number, inheritFrom: "before" | "after" = "before"): void {
    tab.edits++;
    if (!this.shiftStored(tab, "row", row, count)) {
      this.settle();
      this.texts.clear();
      this.foldSpillsAcross(tab, "row", row);
      this.hf.addRows(tab.hfId, [row, count]);
    }
    tab.shift("row", row + 1, count);
    tab.maxRows += count;
    // The new rows take the formatting of the row before them, or (rows inserted before row 1, or
    // `inheritFrom` "after") of the row after them: see Tab.inheritRow.
    const from = inheritFrom === "before" && row >= 1 ? row : row + count + 1;
    tab.inheritRow(from, row + 1, count);
    this.retrySpills(tab);
  }

  /**
   * Deletes rows (1-based); references to them become #REF!, as in Sheets. An array result the
   * deleted rows blocked spills again.
   */
  deleteRows(tab: Tab, row: number, count: number): void {
    tab.edits++;
    if (!this.shiftStored(tab, "row", row - 1, -count)) {
      this.settle();
      this.texts.clear();
      this.hf.removeRows(tab.hfId, [row - 1, count]);
    }
    tab.shift("row", row, -count);
    tab.maxRows -= count;
    this.retrySpills(tab);
  }

  insertColumnsAfter(tab: Tab, col: number, count: number): void {
    tab.edits++;
    if (!this.shiftStored(tab, "col", col, count)) {
      this.settle();
      this.texts.clear();
      this.foldSpillsAcross(tab, "col", col);
      this.hf.addColumns(tab.hfId, [col, count]);
    }
    tab.shift("col", col + 1, count);
    tab.maxCols += count;
    this.retrySpills(tab);
  }

  /**
   * Inserts (count > 0) or deletes (count < 0) rows or columns of a tab in `store`, the first new
   * or deleted one at 0-based index `at`, where no formula anywhere has references to move (no
   * engine, no formula stored or waiting) and the engine would not refuse the size; false
   * otherwise, and nothing is changed.
   */
  private shiftStored(tab: Tab, axis: "row" | "col", at: number, count: number): boolean {
    if (this.built || this.deferredCount || this.formulaTabs.size) return false;
    const lines = this.store.get(tab);
    if (!lines) return false;
    const size = this.storedSize(tab, false);
    if (count > 0 && (axis === "row" ? size.height + count > MAX_ROWS : size.width + count > MAX_COLUMNS))
      return false;
    /** `line` with `count` cells made at `at` (or, count < 0, taken out there), in a loop: no spread of thousands. */
    const shift = <T>(line: T[], empty: () => T) => {
      if (at >= line.length) return;
      if (count < 0) {
        line.splice(at, -count);
        return;
      }
      const tail = line.splice(at);
      for (let i = 0; i < count; i++) line.push(empty());
      for (const cell of tail) line.push(cell);
    };
    if (axis === "row") shift<StoreCell[]>(lines, () => []);
    else for (const line of lines) if (line) shift<StoreCell>(line, () => null);
    return true;
  }

  // ------------------------------------------------------------ engine value conversion

  /** An engine value as Apps Script shows it; a number in a date-formatted cell is a Date. */
  fromEngine(value: unknown, at?: SimpleCellAddress, askEngineType = true): CellValue {
    if (value === null || value === undefined || value === EmptyValue) return "";
    if (value instanceof CellError || value instanceof DetailedCellError) return errorCode(value.type);
    let num: number | undefined;
    let engineDate = false;
    if (typeof value === "number") num = value;
    else if (typeof value === "object" && "val" in value && typeof value.val === "number") {
      num = value.val;
      const type = (value as { getDetailedType?: () => string }).getDetailedType?.() ?? "";
      engineDate = /DATE|TIME/.test(type);
    }
    if (num === undefined) return value as CellValue;
    const format = at && this.tabByHfId(at.sheet)?.style(at.row + 1, at.col + 1).numberFormat;
    // getCellValue unwraps typed numbers: ask the engine whether a formula produced a date.
    if (at && askEngineType && typeof value === "number" && !format) {
      engineDate = /DATE|TIME/.test(this.hf.getCellValueDetailedType(at));
    }
    if (isDateFormat(format) || (!format && engineDate)) return serialValue(num, this.timeZone);
    return num;
  }

  /** A custom function's result as an engine value. */
  toEngine(value: unknown): unknown {
    if (value === null || value === undefined || value === "") return EmptyValue;
    if (isDate(value)) return dateToSerial(value, this.timeZone);
    if (typeof value === "number" && !Number.isFinite(value)) return new CellError(ErrorType.NUM);
    if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
    return String(value);
  }

  private ensureSize(tab: Tab, lastRow: number, lastCol: number): void {
    tab.maxRows = Math.max(tab.maxRows, lastRow);
    tab.maxCols = Math.max(tab.maxCols, lastCol);
  }

  private map<T>(rect: Rect, fn: (row: number, col: number) => T): T[][] {
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.cols }, (_, c) => fn(rect.row + r, rect.col + c)),
    );
  }
}
