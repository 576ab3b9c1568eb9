/**
 * What the local page shows of one tab: the cells as Sheets displays them (id_ID number formats),
 * their formatting, the conditional-format colours evaluated on the computed values, and the text a
 * person edits (the formula, or the value as they would type it).
 */
import type { CellValue } from "../app/port";
import { contains } from "../emulator/a1";
import { formatDisplay, formulaToLocale, isDate, parseInput } from "../emulator/format";
import type { ConditionalRule, MemoryWorkbook, Tab, ValidationRule } from "../emulator/workbook";

export interface CellView {
  /** Displayed text. */
  t: string;
  /** Text in the edit box and formula bar, when it differs from `t`. */
  e?: string;
  b?: 1;
  bg?: string;
  fc?: string;
  wrap?: 1;
  /** "left" | "center" | "right"; numbers default to right, as in Sheets. */
  align?: string;
  /** Tooltip: an error message or a note. */
  tip?: string;
  /** Index into SheetView.lists: the dropdown of a list validation. */
  list?: number;
  /** The value breaks the cell's validation (Sheets' red corner). */
  invalid?: 1;
  /** Part of an array result spilled from another cell: nothing typed there (undo puts back empty). */
  s?: 1;
}

export interface SheetView {
  name: string;
  rows: number;
  cols: number;
  frozenRows: number;
  frozenCols: number;
  /** Pixel width of columns 1..cols (0 for a hidden column). */
  widths: number[];
  /** Hidden columns (1-based), not drawn. */
  hidden: number[];
  /** Rows given a height (setRowHeights), 1-based row → pixels: the least the row is drawn. */
  heights: Record<number, number>;
  merges: { row: number; col: number; rows: number; cols: number }[];
  lists: string[][];
  /** cells[r][c] for sheet row r+1, column c+1; null for an empty unformatted cell. */
  cells: (CellView | null)[][];
  charts: ChartView[];
}

/** An embedded column chart with its data read from its range (first column and row are headers). */
export interface ChartView {
  title: string;
  row: number;
  col: number;
  width: number;
  height: number;
  stacked: boolean;
  colors: string[];
  categories: string[];
  series: { name: string; values: number[] }[];
  /**
   * The value axis the chart's options set (vAxis.viewWindow, vAxis.gridlines.count, and the text
   * vAxis.format puts after a label, e.g. " %"); absent: the grid picks round ticks itself.
   */
  axis?: { min: number; max: number; ticks: number; suffix: string };
  /** A combo chart's series drawn as a line (option series.N.type "line"), by index. */
  line?: number;
}

function chartView(workbook: MemoryWorkbook, tab: Tab, chart: Tab["charts"][number]): ChartView {
  const [range] = chart.ranges;
  const values = range ? workbook.values(tab, range) : [[]];
  const [head = [], ...rows] = values;
  const text = (v: CellValue) => formatDisplay(v, undefined, workbook.timeZone);
  const option = (name: string) => chart.options[`vAxis.${name}`];
  const [min, max, ticks] = ["viewWindow.min", "viewWindow.max", "gridlines.count"].map((k) =>
    Number(option(k)),
  );
  // An ICU pattern's quoted literal after the number: "#,##0' %'" → " %".
  const suffix = /'([^']*)'$/.exec(String(option("format") ?? ""))?.[1] ?? "";
  const types = Object.entries((chart.options.series ?? {}) as Record<string, { type?: string }>);
  const line = types.find(([, s]) => s.type === "line")?.[0];
  return {
    ...(Number.isFinite(max) && ticks > 1 ? { axis: { min: min || 0, max, ticks, suffix } } : {}),
    ...(chart.type === "COMBO" && line !== undefined ? { line: Number(line) } : {}),
    title: String(chart.options.title ?? ""),
    row: chart.anchor.row,
    col: chart.anchor.col,
    width: Number(chart.options.width ?? 600),
    height: Number(chart.options.height ?? 370),
    stacked: chart.options.isStacked === true,
    colors: Array.isArray(chart.options.colors) ? chart.options.colors.map(String) : [],
    categories: rows.map((r) => text(r[0])),
    series: head.slice(1).map((name, i) => ({
      name: text(name),
      values: rows.map((r) => (typeof r[i + 1] === "number" ? (r[i + 1] as number) : 0)),
    })),
  };
}

const MARGIN_ROWS = 20;
const MARGIN_COLS = 4;
const MIN_ROWS = 40;
const MIN_COLS = 12;

/**
 * The grid goes on beyond the data, as a sheet does, so a person can type beside it (typing past
 * the tab's size adds rows or columns first, as Sheets' "add more" does).
 */
export function sheetView(workbook: MemoryWorkbook, tab: Tab): SheetView {
  const used = workbook.usedSize(tab);
  const rows = Math.max(used.rows + MARGIN_ROWS, MIN_ROWS, tab.frozenRows + 1);
  const cols = Math.max(used.cols + MARGIN_COLS, MIN_COLS, tab.frozenCols + 1);
  const rect = { row: 1, col: 1, rows, cols };
  const values = workbook.values(tab, rect);
  const formulas = workbook.formulas(tab, rect);
  const lists: string[][] = [];
  const listIndex = new Map<ValidationRule, number>();
  const cells = values.map((line, r) =>
    line.map((value, c): CellView | null => {
      const row = r + 1;
      const col = c + 1;
      const style = tab.style(row, col);
      const formula = formulas[r][c];
      const cell: CellView = { t: formatDisplay(value, style.numberFormat, workbook.timeZone) };
      const edit = formula
        ? formulaToLocale(formula)
        : editText(value, style.numberFormat, workbook.timeZone);
      if (edit !== cell.t) cell.e = edit;
      if (!formula && value !== "" && workbook.isArrayCell(tab, row, col).spilled) cell.s = 1;
      if (style.fontWeight === "bold") cell.b = 1;
      if (style.background) cell.bg = style.background;
      if (style.fontColor) cell.fc = style.fontColor;
      if (style.wrap) cell.wrap = 1;
      if (style.horizontalAlignment) cell.align = style.horizontalAlignment.toLowerCase();
      else if (typeof value === "number" || isDate(value)) cell.align = "right";
      else if (typeof value === "boolean") cell.align = "center";
      const rule = conditional(tab.conditionalRules, row, col, value);
      if (rule?.background) cell.bg = rule.background;
      if (rule?.fontColor) cell.fc = rule.fontColor;
      const error = workbook.cellError(tab, row, col);
      const note = tab.note(row, col);
      if (error) cell.tip = `${error.code} ${error.message}`.trim();
      else if (note) cell.tip = note;
      const validation = tab.validation(row, col);
      if (validation) {
        if (validation.criteria === "VALUE_IN_LIST") {
          let i = listIndex.get(validation);
          if (i === undefined) {
            i = lists.push(listValues(validation)) - 1;
            listIndex.set(validation, i);
          }
          cell.list = i;
        }
        if (value !== "" && validationMessage(validation, value) !== null) cell.invalid = 1;
      }
      const empty = cell.t === "" && Object.keys(cell).length === 1;
      return empty ? null : cell;
    }),
  );
  return {
    name: tab.name,
    rows,
    cols,
    frozenRows: tab.frozenRows,
    frozenCols: tab.frozenCols,
    widths: Array.from({ length: cols }, (_, c) =>
      tab.hiddenCols.has(c + 1) ? 0 : (tab.columnWidths.get(c + 1) ?? 100),
    ),
    hidden: [...tab.hiddenCols].filter((c) => c <= cols),
    heights: Object.fromEntries([...tab.rowHeights].filter(([r]) => r <= rows)),
    merges: tab.merges.map((m) => ({ ...m })),
    lists,
    cells,
    charts: tab.charts.map((c) => chartView(workbook, tab, c)),
  };
}

/** The first conditional rule (in priority order) whose condition holds for the cell. */
function conditional(
  rules: readonly ConditionalRule[],
  row: number,
  col: number,
  value: CellValue,
): ConditionalRule | undefined {
  return rules.find((rule) => {
    if (!rule.ranges.some((r) => contains(r, row, col))) return false;
    const [operand] = rule.values;
    switch (rule.criteria) {
      case "TEXT_EQUAL_TO":
        return typeof value === "string" && value === String(operand);
      case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
        return typeof value === "number" && value >= Number(operand);
      case "NUMBER_LESS_THAN":
        return typeof value === "number" && value < Number(operand);
      default:
        return false;
    }
  });
}

/** The value as a person would type it back in an id_ID sheet (so editing it changes nothing). */
function editText(value: CellValue, numberFormat: string | undefined, timeZone: string): string {
  if (typeof value === "number") {
    // As Sheets' formula bar: 15 significant digits (42,5 for 42,50000000000001, the float noise of a sum).
    const percent = numberFormat?.includes("%");
    const n = Number((percent ? value * 100 : value).toPrecision(15));
    return `${String(n).replace(".", ",")}${percent ? "%" : ""}`;
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isDate(value)) return formatDisplay(value, "dd/MM/yyyy", timeZone);
  if (value === "") return "";
  // Text that would be read as a number or a formula when typed keeps its apostrophe.
  return parseInput(value, timeZone).value === value ? value : `'${value}`;
}

function listValues(rule: ValidationRule): string[] {
  const [values] = rule.values;
  return Array.isArray(values) ? values.map(String) : [];
}

/** null when the value passes the rule; otherwise the rule's Indonesian help text. */
export function validationMessage(rule: ValidationRule, value: CellValue): string | null {
  const help = rule.helpText || "Isian tidak sesuai aturan validasi sel ini.";
  if (value === "") return null;
  switch (rule.criteria) {
    case "VALUE_IN_LIST": {
      const text = String(value).toLowerCase();
      return listValues(rule).some((v) => v.toLowerCase() === text) ? null : help;
    }
    case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
      return typeof value === "number" && value >= Number(rule.values[0]) ? null : help;
    case "NUMBER_BETWEEN":
      return typeof value === "number" && value >= Number(rule.values[0]) && value <= Number(rule.values[1])
        ? null
        : help;
    default:
      return null;
  }
}
