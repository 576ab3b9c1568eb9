import type {
  Block,
  ChartSpec,
  Protection,
  RangeRef,
  SnapshotOptions,
  TabFormat,
  TabInfo,
  TabSnapshot,
  WorkbookPort,
  WriteCell,
} from "../app/port";
import { a1, parseA1 } from "../core/a1";
import type { RowStep } from "../core/regenerate/rows";
import { tabNotFound, UserError } from "../core/result";
import type {
  SheetsRange as Range,
  SheetsSheet as Sheet,
  SheetsApp,
  SheetsChart,
  SheetsLockService,
  SheetsProtection,
  SheetsSession,
  SheetsSpreadsheet as Spreadsheet,
} from "./surface";

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
  // The CLI's formula cells whose rows share one text (core/row-formula.ts) go to the emulator as they are.
  if (typeof cell === "object" && !(cell instanceof Date))
    return "template" in cell ? (cell as never) : cell.formula;
  return cell;
}

/** The notes down to the last row and column holding one, and at least the shape of the values. */
function trimNotes(notes: string[][], values: unknown[][]): string[][] {
  let rows = values.length;
  let cols = values[0]?.length ?? 0;
  notes.forEach((row, r) => {
    row.forEach((note, c) => {
      if (note) {
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
    });
  });
  return notes.slice(0, rows).map((row) => row.slice(0, cols));
}

export const LOCK_BUSY = "Spreadsheet sedang diubah oleh proses lain; tunggu sebentar lalu coba lagi.";

type Style = NonNullable<TabFormat["styles"]>[number];

/** A tab the port has just inserted: what the port did to its number formats. */
interface FreshTab {
  /** A Date was written: Sheets gave those cells a date format of its own choosing. */
  dated: boolean;
  /** Number formats the port set before writing values (plain text). */
  numberFormats: { rect: RangeRef; formats: string[][] }[];
}

/** What Sheets makes for insertSheet: 1000 rows, 26 columns (A–Z), each 100 pixels wide. */
const NEW_SHEET = { rows: 1000, cols: 26 };
const DEFAULT_WIDTH = 100;
const GENERAL = "General";
/** A cell of a style matrix no style has given a value yet. */
const GAP = Symbol("gap");

/**
 * The style properties, each with its 2-D getter and setter and the value of an unformatted cell
 * (null resets backgrounds, font colours, font weights and alignments, as their setters document;
 * wrap off is the default overflow; "General" is the number format getNumberFormats reports for an
 * unformatted cell).
 */
interface StyleProperty {
  of(s: Style): unknown;
  /** The value of a cell no one formatted. */
  unformatted: unknown;
  /** The number format: the port's writes change it (plain text; a Date gets a date format). */
  numberFormat?: true;
  get(r: Range): unknown[][];
  set(r: Range, m: unknown[][]): void;
}
const STYLE_PROPERTIES: StyleProperty[] = [
  {
    of: (s) => s.numberFormat,
    unformatted: GENERAL,
    numberFormat: true,
    get: (r) => r.getNumberFormats(),
    set: (r, m) => r.setNumberFormats(m as string[][]),
  },
  {
    of: (s) => (s.bold === undefined ? undefined : s.bold ? "bold" : "normal"),
    unformatted: null,
    get: (r) => r.getFontWeights(),
    set: (r, m) => r.setFontWeights(m as ("bold" | "normal" | null)[][]),
  },
  {
    of: (s) => s.background,
    unformatted: null,
    get: (r) => r.getBackgrounds(),
    set: (r, m) => r.setBackgrounds(m as (string | null)[][]),
  },
  {
    of: (s) => s.fontColor,
    unformatted: null,
    get: (r) => r.getFontColors(),
    set: (r, m) => r.setFontColors(m as (string | null)[][]),
  },
  {
    of: (s) => s.fontSize,
    unformatted: 10,
    get: (r) => r.getFontSizes(),
    set: (r, m) => r.setFontSizes(m as number[][]),
  },
  {
    of: (s) => s.wrap,
    unformatted: false,
    get: (r) => r.getWraps(),
    set: (r, m) => r.setWraps(m as boolean[][]),
  },
  {
    of: (s) => s.horizontalAlignment,
    unformatted: null,
    // getHorizontalAlignments reports "general…" for the default, which the setter does not take.
    get: (r) => r.getHorizontalAlignments().map((row) => row.map((a) => (/^general/.test(a) ? null : a))),
    set: (r, m) => r.setHorizontalAlignments(m as ("left" | "center" | "right" | null)[][]),
  },
];

/**
 * The workbook port over SpreadsheetApp. Every method makes a fixed number of calls, whatever the
 * number of rows: a read is getDataRange + getValues + getFormulas (and, when asked, the grid's
 * notes: getMaxRows, getMaxColumns, getRange, getNotes), a block write one setValues (and one
 * setNotes with notes), and
 * a format one 2-D call per style property over the rectangle its styles span.
 *
 * One port serves one request (one sidebar call, one CLI command): it keeps the Sheet objects it
 * listed or created and the Range objects it asked for, so a tab costs one getName however often the
 * use case touches it. `tabs()` lists them afresh.
 */
export class SheetsPort implements WorkbookPort {
  private readonly ss: Spreadsheet;
  private readonly sheets = new Map<string, Sheet>();
  /** Tabs this port inserted and has not formatted yet: no formats, protections or rules to keep. */
  private readonly fresh = new Map<string, FreshTab>();
  private readonly ranges = new Map<string, Range>();
  private readonly grids = new Map<string, { rows: number; cols: number }>();
  /** The data range of each tab read with its formulas. */
  /**
   * The charts of each tab by title, asked for once (a tab this port inserted has none); null for a
   * chart the port wrote since: writing it again in the same request looks the tab's charts up afresh.
   */
  private readonly charts = new Map<string, Map<unknown, SheetsChart | null>>();
  /** Whether `sheets` holds every tab (tabs() was called; later creations are added to it). */
  private listed = false;

  /** The services come in as arguments so the same port runs over the emulator's facade. */
  constructor(
    private readonly app: SheetsApp,
    private readonly lockService: SheetsLockService,
    private readonly session?: SheetsSession,
  ) {
    this.ss = app.getActiveSpreadsheet();
  }

  /** Names come with the list; the id and the used size are asked for only when a caller reads them. */
  tabs(): TabInfo[] {
    this.sheets.clear();
    this.ranges.clear();
    this.grids.clear();
    this.listed = true;
    return this.ss.getSheets().map((sheet) => {
      const name = sheet.getName();
      this.sheets.set(name, sheet);
      const once = <T>(get: () => T) => {
        let value: T | undefined;
        return () => {
          if (value === undefined) value = get();
          return value;
        };
      };
      const id = once(() => sheet.getSheetId());
      const rows = once(() => sheet.getLastRow());
      const cols = once(() => sheet.getLastColumn());
      return {
        name,
        get id() {
          return id();
        },
        get rows() {
          return rows();
        },
        get cols() {
          return cols();
        },
      };
    });
  }

  read(tab: string, options: SnapshotOptions = {}): TabSnapshot {
    const sheet = this.sheet(tab);
    // -1: up to the last row / column with data, as getDataRange: one call for the values alone.
    if (options.formulas === false) {
      const values = sheet.getSheetValues(1, 1, -1, -1);
      const [rows, cols] = [values.length, values[0]?.length ?? 0];
      return options.numberFormats && rows && cols
        ? {
            name: tab,
            values,
            formulas: [],
            numberFormats: sheet.getRange(1, 1, rows, cols).getNumberFormats(),
          }
        : { name: tab, values, formulas: [] };
    }
    const range = sheet.getDataRange();
    const values = range.getValues();
    const formulas = range.getFormulas();
    // A person's fills, number formats, font colours and sizes, so that a rewrite can keep them.
    const formats = options.formats
      ? {
          background: range.getBackgrounds(),
          numberFormat: range.getNumberFormats(),
          fontColor: range.getFontColors(),
          fontSize: range.getFontSizes(),
        }
      : undefined;
    const numberFormats = options.numberFormats
      ? (formats?.numberFormat ?? range.getNumberFormats())
      : undefined;
    if (!options.notes) return { name: tab, values, formulas, formats, numberFormats };
    // Notes of the whole grid: a note on an empty cell lies outside the data range.
    const { rows, cols } = this.grid(tab);
    const notes = sheet.getRange(1, 1, rows, cols).getNotes();
    return { name: tab, values, formulas, notes: trimNotes(notes, values), formats, numberFormats };
  }

  headerMerges(tab: string, rows: number, cols: number): RangeRef[] {
    if (rows < 1 || cols < 1) return [];
    const merged = this.sheet(tab).getRange(1, 1, rows, cols).getMergedRanges();
    return merged.map((r) => parseA1(r.getA1Notation())).filter((r): r is RangeRef => r !== null);
  }

  create(tab: string): void {
    // After tabs(), the port knows every tab: no need to ask Sheets again.
    const known = this.listed ? this.sheets.has(tab) : this.ss.getSheetByName(tab) !== null;
    if (known) throw new UserError(`Tab "${tab}" sudah ada: pilih nama lain.`);
    const count = this.listed ? this.sheets.size : this.ss.getSheets().length;
    this.sheets.set(tab, this.ss.insertSheet(tab, count));
    this.charts.set(tab, new Map());
    this.fresh.set(tab, { dated: false, numberFormats: [] });
    this.grids.set(tab, { ...NEW_SHEET });
  }

  write(tab: string, blocks: Block[], format?: TabFormat): void {
    const sheet = this.sheet(tab);
    const fresh = this.fresh.get(tab);
    // getRange beyond the grid throws: grow it first, once.
    const rows = Math.max(...blocks.map((b) => b.row + b.cells.length - 1));
    const cols = Math.max(...blocks.map((b) => b.col + (b.cells[0]?.length ?? 0) - 1));
    const grid = this.grid(tab);
    if (rows > grid.rows) sheet.insertRowsAfter(grid.rows, rows - grid.rows);
    if (cols > grid.cols) sheet.insertColumnsAfter(grid.cols, cols - grid.cols);
    Object.assign(grid, { rows: Math.max(rows, grid.rows), cols: Math.max(cols, grid.cols) });
    // The Ranges the write and its format use: three or more come in one RangeList.
    if (format) {
      const { validations = [], conditionalColours = [], protections = [], unmerge } = format;
      const ranges = [...validations, ...conditionalColours, ...protections].map((x) => x.range);
      this.prefetch(tab, [
        ...blocks.filter((b) => b.cells.length).map(rectOf),
        ...ranges.filter((r) => r !== "sheet"),
        ...(unmerge ? [unmerge] : []),
        ...(format.merges ?? []),
        ...(format.mergeRows ?? []),
      ]);
    }
    // The previous layout's merges go before the values: none hides a cell being written.
    if (format?.unmerge) this.range(tab, format.unmerge).breakApart();
    for (const b of blocks) {
      if (b.cells.length === 0) continue;
      const rect = rectOf(b);
      // Sheets gives a cell that receives a Date a date format of its own choosing.
      if (fresh && b.cells.some((r) => r.some((c) => c instanceof Date))) fresh.dated = true;
      this.guard(sheet, rect, () => {
        const range = this.range(tab, rect);
        const text = textColumns(b.cells);
        const plain = (c: WriteCell, j: number): c is string => text[j] && typeof c === "string" && c !== "";
        const quoted = (c: WriteCell) => typeof c === "string" && c !== "" && PARSED_BY_SHEETS.test(c);
        const protect = b.cells.some((r) => r.some((c, j) => plain(c, j) && quoted(c)));
        // Cells keep the plain-text format of an earlier write when rows or columns moved (a person
        // inserted a column): a number or formula landing there gets General (else it would be
        // stored as text), and text landing there needs no apostrophe (it would stay in the text).
        // A tab the port has just inserted has no such cells.
        const unplain = (c: WriteCell) => c !== "" && typeof c !== "string";
        let formats: string[][] | null = null;
        if (protect || (!fresh && b.cells.some((r) => r.some((c) => unplain(c) || quoted(c))))) {
          // Range.setNumberFormat: "@" is plain text; set before the values so they are not parsed.
          // On a new tab, the number formats the format will set go with the plain text ones.
          const now = fresh
            ? (paint(
                rect,
                GENERAL,
                (format?.styles ?? []).flatMap((s) =>
                  s.numberFormat ? [[s.range, () => s.numberFormat]] : [],
                ),
              ) as string[][])
            : (range.getNumberFormats() as string[][]);
          let changed = protect;
          b.cells.forEach((r, i) => {
            r.forEach((c, j) => {
              if (protect && plain(c, j)) now[i][j] = PLAIN_TEXT;
              else if (unplain(c) && now[i][j] === PLAIN_TEXT) {
                now[i][j] = GENERAL;
                changed = true;
              }
            });
          });
          if (changed) {
            range.setNumberFormats(now);
            fresh?.numberFormats.push({ rect, formats: now });
          }
          formats = now;
        }
        const asText = (c: WriteCell, i: number, j: number) =>
          typeof c === "string" && formats?.[i][j] === PLAIN_TEXT;
        range.setValues(b.cells.map((r, i) => r.map((c, j) => (asText(c, i, j) ? c : encodeCell(c)))));
        if (b.notes) range.setNotes(b.notes);
      });
    }
    if (format) this.format(tab, { ...format, unmerge: undefined });
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
        "dilindungi",
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

  rows(tab: string, steps: RowStep[]): void {
    const [sheet, grid] = [this.sheet(tab), this.grid(tab)];
    for (const { row, count } of steps) {
      grid.rows += count;
      if (count < 0) sheet.deleteRows(row, -count);
      else {
        // A row Sheets inserts takes the height and formats of the one above: a new row has neither.
        sheet.insertRowsAfter(row, count).setRowHeights(row + 1, count, 21);
        sheet.getRange(row + 1, 1, count, grid.cols).clearFormat();
      }
    }
  }

  format(tab: string, f: TabFormat): void {
    const sheet = this.sheet(tab);
    const range = (r: RangeRef) => this.range(tab, r);
    // Only the first format of a tab this port inserted finds it unformatted.
    const fresh = this.fresh.get(tab);
    this.fresh.delete(tab);
    if (f.frozenRows !== undefined) sheet.setFrozenRows(f.frozenRows);
    if (f.frozenColumns !== undefined) sheet.setFrozenColumns(f.frozenColumns);
    // A hidden column's width is not seen; on a new tab every column is already DEFAULT_WIDTH wide.
    const hidden = new Set(f.hiddenColumns);
    const widths = (f.columnWidths ?? []).filter(
      (w) => !hidden.has(w.col) && !(fresh && w.width === DEFAULT_WIDTH),
    );
    for (const run of runs(widths)) sheet.setColumnWidths(run.col, run.cols, run.width);
    for (const run of runs([...hidden].map((col) => ({ col, width: 0 }))))
      sheet.hideColumns(run.col, run.cols);
    if (f.unmerge) range(f.unmerge).breakApart();
    for (const m of f.merges ?? []) range(m).merge();
    for (const m of f.mergeRows ?? []) range(m).mergeAcross();
    for (const h of f.rowHeights ?? []) sheet.setRowHeights(h.row, h.rows, h.height);
    if (f.styles?.length) {
      const block = bounds(f.styles.map((s) => s.range));
      this.style(tab, block, f.styles, fresh);
    }
    for (const v of f.validations ?? []) {
      const builder = this.app.newDataValidation().setAllowInvalid(v.allowInvalid).setHelpText(v.help);
      if (v.list) builder.requireValueInList(v.list, true);
      else if (v.number?.min !== undefined) builder.requireNumberGreaterThanOrEqualTo(v.number.min);
      range(v.range).setDataValidation(builder.build());
    }
    if (f.conditionalColours) this.colour(tab, f.conditionalColours, !!fresh);
    // Several with one description (ranges of one lock) are made together: only the first replaces the old.
    const made = new Set<string>();
    for (const p of f.protections ?? []) {
      const again = made.has(p.description);
      made.add(p.description);
      this.guard(sheet, null, () => this.protect(tab, p, !!fresh || again));
    }
  }

  /**
   * One 2-D call per property over the rectangle all styles span, later styles winning. A cell no
   * style gives that property keeps what it has: on a tab this port just inserted, the default or
   * what the port itself set; otherwise what one get call over the rectangle reports (only when
   * there is such a cell).
   */
  private style(tab: string, block: RangeRef, styles: Style[], fresh: FreshTab | undefined): void {
    const range = this.range(tab, block);
    for (const property of STYLE_PROPERTIES) {
      const setting = styles.filter((s) => property.of(s) !== undefined);
      if (!setting.length) continue;
      const matrix = paint(
        block,
        GAP,
        setting.map((s) => [s.range, () => property.of(s)]),
      );
      if (matrix.some((line) => line.includes(GAP))) {
        const base =
          !fresh || (property.numberFormat && fresh.dated)
            ? property.get(range)
            : paint(
                block,
                property.unformatted,
                property.numberFormat
                  ? fresh.numberFormats.map((w) => [w.rect, (r, c) => w.formats[r][c]])
                  : [],
              );
        matrix.forEach((line, r) => {
          line.forEach((v, c) => {
            if (v === GAP) line[c] = base[r][c];
          });
        });
      }
      // The number formats the port set with the values of this new tab may be these already.
      if (
        property.numberFormat &&
        fresh?.numberFormats.some(
          (w) => a1(w.rect) === a1(block) && w.formats.every((r, i) => r.every((f, j) => f === matrix[i][j])),
        )
      )
        continue;
      property.set(range, matrix);
    }
  }

  /**
   * Makes the protection `p` describes, replacing the one this add-on made before with the same
   * description, and never touching any other: a protection the owner made, or the add-on's own
   * for another TW, keeps its description, editors and kind.
   */
  /** `fresh`: the port has just inserted the tab, so it has no protection yet. */
  private protect(tab: string, p: Protection, fresh: boolean): void {
    const sheet = this.sheet(tab);
    const { SHEET } = this.app.ProtectionType;
    const mine = fresh ? [] : this.ours(sheet, p.description);
    if (mine.some((old) => !old.canEdit())) {
      throw new UserError(
        `Perlindungan "${p.description}" di tab '${sheet.getName()}' dibuat oleh orang lain dan Anda bukan editornya: minta pemilik spreadsheet menghapusnya, lalu coba lagi.`,
        "dilindungi",
      );
    }
    for (const old of mine) old.remove();
    // "If the sheet is already protected, this method returns an object representing the existing
    // protection settings" (Apps Script reference, Sheet.protect()): on a protected sheet, cover
    // the whole grid with a range protection of our own instead.
    const target =
      p.range !== "sheet"
        ? this.range(tab, p.range)
        : !fresh && sheet.getProtections(SHEET).length > 0
          ? sheet.getRange(1, 1, this.grid(tab).rows, this.grid(tab).cols)
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
    let charts = this.charts.get(tab);
    if (!charts || charts.get(c.title) === null) {
      charts = new Map(sheet.getCharts().map((x) => [x.getOptions().get("title"), x]));
      this.charts.set(tab, charts);
    }
    const old = charts.get(c.title);
    charts.set(c.title, null);
    // An existing chart keeps the place a person gave it; a new one goes to its anchor.
    let builder = (old ? old.modify() : sheet.newChart().setPosition(c.row, c.col, 0, 0))
      .clearRanges()
      .addRange(sheet.getRange(c.range.row, c.range.col, c.range.rows, c.range.cols))
      .setNumHeaders(1)
      .setOption("width", c.width)
      .setOption("height", c.height);
    // The value axis from 0 with round ticks, labelled "120 %" on a percent chart (Google Charts'
    // column chart options vAxis.viewWindow, vAxis.gridlines.count and vAxis.format, ICU pattern).
    if (c.axis)
      builder = builder
        .setOption("vAxis.viewWindow.min", 0)
        .setOption("vAxis.viewWindow.max", c.axis.max)
        .setOption("vAxis.gridlines.count", c.axis.max / c.axis.step + 1)
        .setOption("vAxis.format", c.axis.percent ? "#,##0' %'" : "#,##0");
    // A target series as a line over the bars: a combo chart of bars whose last series is a line.
    if (c.line)
      builder = builder
        .setOption("seriesType", "bars")
        .setOption("series", { [c.colors.length - 1]: { type: "line" } });
    const column = (c.line ? builder.asComboChart() : builder.asColumnChart())
      .setTitle(c.title)
      .setColors(c.colors);
    const chart = (c.stacked ? column.setStacked() : column).build();
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
  private colour(tab: string, colours: NonNullable<TabFormat["conditionalColours"]>, fresh: boolean): void {
    const sheet = this.sheet(tab);
    const ours = new Set(colours.map((c) => a1(c.range)));
    const kept = fresh
      ? []
      : sheet
          .getConditionalFormatRules()
          .filter((rule) => !rule.getRanges().every((r) => ours.has(r.getA1Notation())));
    const added = colours.map((c) =>
      this.app
        .newConditionalFormatRule()
        .whenTextEqualTo(c.textEquals)
        .setBackground(c.background)
        .setFontColor(c.fontColor)
        .setRanges([this.range(tab, c.range)])
        .build(),
    );
    sheet.setConditionalFormatRules([...kept, ...added]);
  }

  withLock<T>(fn: () => T): T {
    const lock = this.lockService.getDocumentLock();
    if (!lock.tryLock(10_000)) throw new UserError(LOCK_BUSY, "terkunci");
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
    const known = this.sheets.get(tab);
    if (known) return known;
    const sheet = this.ss.getSheetByName(tab);
    if (!sheet) throw tabNotFound(tab);
    this.sheets.set(tab, sheet);
    return sheet;
  }

  /** Three or more rectangles not asked for yet: one RangeList for them (Sheet.getRangeList). */
  private prefetch(tab: string, rects: RangeRef[]): void {
    const missing = [...new Set(rects.map(a1))].filter((k) => !this.ranges.has(`${tab}!${k}`));
    if (missing.length < 3) return;
    this.sheet(tab)
      .getRangeList(missing)
      .getRanges()
      .forEach((range, i) => {
        this.ranges.set(`${tab}!${missing[i]}`, range);
      });
  }

  /** The size of a tab's grid, asked for once (then kept as the port grows it). */
  private grid(tab: string): { rows: number; cols: number } {
    let grid = this.grids.get(tab);
    if (!grid) {
      const sheet = this.sheet(tab);
      grid = { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() };
      this.grids.set(tab, grid);
    }
    return grid;
  }

  /** A Range is a reference to a rectangle: asked for once per rectangle. */
  private range(tab: string, r: RangeRef): Range {
    const key = `${tab}!${a1(r)}`;
    const known = this.ranges.get(key);
    if (known) return known;
    const range = this.sheet(tab).getRange(r.row, r.col, r.rows, r.cols);
    this.ranges.set(key, range);
    return range;
  }
}

/** `rect` as a matrix of `fill`, each source's `valueAt(r, c)` copied over its part inside `rect`. */
function paint(
  rect: RangeRef,
  fill: unknown,
  sources: [RangeRef, (r: number, c: number) => unknown][],
): unknown[][] {
  const { row: top, col: left, rows, cols } = rect;
  const target = Array.from({ length: rows }, () => new Array(cols).fill(fill));
  for (const [from, valueAt] of sources)
    for (let r = Math.max(from.row, top); r < Math.min(from.row + from.rows, top + rows); r++)
      for (let c = Math.max(from.col, left); c < Math.min(from.col + from.cols, left + cols); c++)
        target[r - top][c - left] = valueAt(r - from.row, c - from.col);
  return target;
}

const rectOf = (b: Block): RangeRef => ({
  row: b.row,
  col: b.col,
  rows: b.cells.length,
  cols: b.cells[0].length,
});

/** The smallest rectangle holding all of `rects`. */
function bounds(rects: RangeRef[]): RangeRef {
  const row = Math.min(...rects.map((r) => r.row));
  const col = Math.min(...rects.map((r) => r.col));
  const rows = Math.max(...rects.map((r) => r.row + r.rows)) - row;
  const cols = Math.max(...rects.map((r) => r.col + r.cols)) - col;
  return { row, col, rows, cols };
}

/** Adjacent columns of equal width: one setColumnWidths (or hideColumns) each. */
function runs(widths: { col: number; width: number }[]): { col: number; cols: number; width: number }[] {
  const runs: { col: number; cols: number; width: number }[] = [];
  for (const w of [...widths].sort((a, b) => a.col - b.col)) {
    const last = runs[runs.length - 1];
    if (last && last.width === w.width && last.col + last.cols === w.col) last.cols++;
    else runs.push({ col: w.col, cols: 1, width: w.width });
  }
  return runs;
}
