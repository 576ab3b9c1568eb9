/**
 * .xlsx in and out of the emulated workbook with ExcelJS: values, formulas (saved with their computed
 * results so Excel and LibreOffice show numbers), merges, number formats, bold, colours, alignment,
 * wrap, notes, frozen panes, column widths, list/number validations and simple conditional formats.
 */
import { createWriteStream } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { PassThrough, type Writable } from "node:stream";
import ExcelJS from "exceljs";
import Note from "exceljs/lib/doc/note.js";
import sharedFormula from "exceljs/lib/utils/shared-formula.js";
import type { CellValue } from "../app/port";
import { columnLetter } from "../core/a1";
import { parseA1, type Rect, rectA1 } from "./a1";
import { CellMap } from "./cellmap";
import { dateToSerial, isDate, serialToDate } from "./format";
import { type FillPattern, fillPattern, fillsDown, nameSlides } from "./shared-formulas";
import {
  type CellInput,
  type CellStyle,
  MemoryWorkbook,
  type ProtectionRecord,
  type SharedFormula,
  type Tab,
  type ValidationRule,
} from "./workbook";
import { type Carry, carryPlan, rememberSource } from "./xlsx-carry";

const DAY_MS = 86_400_000;
/** How hard the parts ExcelJS writes are deflated (zlib 1–9). */
const DEFLATE_LEVEL = 2;
const { slideFormula } = sharedFormula;
/** The largest sheet Excel opens (a merge beyond it is none). */
const MAX_SHEET_ROWS = 1_048_576;
const MAX_SHEET_COLS = 16_384;

// ExcelJS reads and writes dates as if the wall-clock time were UTC.
function fromExcelDate(d: Date, timeZone: string): Date {
  return serialToDate(d.getTime() / DAY_MS + 25569, timeZone);
}
function toExcelDate(d: Date, timeZone: string): Date {
  return new Date(Math.round((dateToSerial(d, timeZone) - 25569) * DAY_MS));
}

const argb = (hex: string | undefined) => (hex ? `FF${hex.replace("#", "").toUpperCase()}` : undefined);
const hex = (color: Partial<ExcelJS.Color> | undefined) =>
  color?.argb && /^[0-9A-F]{8}$/i.test(color.argb) ? `#${color.argb.slice(2).toLowerCase()}` : undefined;

/** Sheets' pixels ↔ Excel's character widths (7 px per character plus padding). */
const pxToWidth = (px: number) => Math.max(0, (px - 5) / 7);
const widthToPx = (width: number) => Math.round(width * 7 + 5);

function plainText(value: unknown): string {
  if (value && typeof value === "object" && "richText" in value) {
    return (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
  }
  return value === null || value === undefined ? "" : String(value);
}

/** Sheets exports functions Excel lacks as `IFERROR(__xludf.DUMMYFUNCTION("…"), cached)`. */
function importFormula(formula: string): string {
  const dummy = /^IFERROR\(__xludf\.DUMMYFUNCTION\("((?:[^"]|"")*)"\),[\s\S]*\)$/i.exec(formula);
  const f = dummy ? dummy[1].replaceAll('""', '"') : formula;
  return `=${f.replace(/_xlfn\.|_xlws\./gi, "")}`;
}

/**
 * Functions newer than Excel 2007 are stored with the `_xlfn.` prefix in an .xlsx (without it Excel
 * and LibreOffice show #NAME?): the Ringkasan's MINIFS.
 */
const exportFormula = (formula: string) =>
  formula.slice(1).replace(/(?<![.\w])(MINIFS|MAXIFS|IFS|CONCAT|TEXTJOIN)\(/g, "_xlfn.$1(");

function importValidation(dv: ExcelJS.DataValidation): ValidationRule | null {
  const allowInvalid = !dv.showErrorMessage || (dv.errorStyle !== undefined && dv.errorStyle !== "stop");
  const helpText = dv.error ?? dv.prompt ?? "";
  const f = (dv.formulae ?? []).map(String);
  if (dv.type === "list" && /^".*"$/.test(f[0] ?? "")) {
    return {
      criteria: "VALUE_IN_LIST",
      values: [f[0].slice(1, -1).split(","), true],
      allowInvalid,
      helpText,
    };
  }
  if ((dv.type === "decimal" || dv.type === "whole") && dv.operator === "greaterThanOrEqual") {
    return { criteria: "NUMBER_GREATER_THAN_OR_EQUAL_TO", values: [Number(f[0])], allowInvalid, helpText };
  }
  if ((dv.type === "decimal" || dv.type === "whole") && (dv.operator ?? "between") === "between") {
    return { criteria: "NUMBER_BETWEEN", values: [Number(f[0]), Number(f[1])], allowInvalid, helpText };
  }
  return null;
}

/**
 * Why bytes are not a workbook we can read, in one Indonesian sentence (never the zip library's
 * English): a legacy .xls or a password-protected .xlsx (both OLE compound files), something that
 * is not a zip at all (a .txt renamed .xlsx), or a zip without a workbook inside.
 */
export function notAWorkbook(label: string, bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 8)).toString("hex");
  if (head === "d0cf11e0a1b11ae1") {
    const encrypted = Buffer.from(bytes).includes(Buffer.from("EncryptedPackage", "utf16le"));
    return encrypted
      ? `Berkas "${label}" dilindungi kata sandi: buka di Excel atau LibreOffice, hapus kata sandinya, lalu simpan lagi sebagai .xlsx.`
      : `Berkas "${label}" berformat .xls lama (Excel 97-2003): buka di Excel atau LibreOffice lalu simpan sebagai .xlsx (Excel Workbook).`;
  }
  if (!head.startsWith("504b0304") && !head.startsWith("504b0506"))
    return `Berkas "${label}" bukan spreadsheet .xlsx (isinya bukan workbook Excel): periksa berkas yang dipilih.`;
  if (!Buffer.from(bytes).includes(Buffer.from("xl/workbook.xml")))
    return Buffer.from(bytes).includes(Buffer.from("word/"))
      ? `Berkas "${label}" adalah dokumen Word, bukan workbook .xlsx: pilih berkas Rencana Aksi .xlsx-nya.`
      : `Berkas "${label}" adalah arsip zip, bukan workbook .xlsx: periksa berkas yang dipilih.`;
  return null;
}

/**
 * Sheets' protections (the review locks "Kirim untuk reviu" sets, with their description, warning-
 * only flag and editors) have no .xlsx form ExcelJS writes: they travel in a very hidden sheet, one
 * row each, so a file saved from `npm start` or the CLI and opened again keeps its locks. Excel and
 * LibreOffice do not show the sheet; loading it here turns it back into protections.
 */
const PROTECTIONS_SHEET = "_sakip_proteksi";

function writeProtections(book: ExcelJS.stream.xlsx.WorkbookWriter, workbook: MemoryWorkbook): void {
  const rows = workbook
    .tabs()
    .flatMap((tab) =>
      tab.protections.map((p) => [
        tab.name,
        p.type,
        p.range ? rectA1(p.range) : "",
        p.description,
        p.warningOnly ? "peringatan" : "ketat",
        p.editors === null ? "" : JSON.stringify(p.editors),
      ]),
    );
  if (!rows.length) return;
  const ws = book.addWorksheet(PROTECTIONS_SHEET, { state: "veryHidden" });
  ws.addRow(["Tab", "Jenis", "Rentang", "Keterangan", "Perlindungan", "Editor"]);
  for (const row of rows) ws.addRow(row).commit();
  ws.commit();
}

function readProtections(ws: ExcelJS.Worksheet): { tab: string; record: ProtectionRecord }[] {
  const out: { tab: string; record: ProtectionRecord }[] = [];
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const [tab, type, range, description, level, editors] = [1, 2, 3, 4, 5, 6].map((c) =>
      plainText(row.getCell(c).value),
    );
    if (!tab || (type !== "RANGE" && type !== "SHEET")) return;
    let list: string[] | null = null;
    try {
      list = editors ? (JSON.parse(editors) as string[]) : null;
    } catch {
      list = null;
    }
    out.push({
      tab,
      record: {
        type,
        range: range ? parseA1(range, 1_048_576, 16_384) : null,
        description,
        warningOnly: level === "peringatan",
        editors: Array.isArray(list) ? list.map(String) : null,
      },
    });
  });
  return out;
}

/** What ExcelJS's reader knows of the parts just before it puts the worksheets together. */
interface ReadModel {
  sheets?: { name: string; rId: string }[];
  workbookRels?: { Id: string; Type?: string; Target: string }[];
  worksheetHash?: Record<
    string,
    | {
        rows?: { cells?: { type: number; value: unknown }[] }[];
        sheetNo?: number;
      }
    | undefined
  >;
  worksheets?: { name?: string; rows?: RowModel[] }[];
  /** Each sheet part's relationships, by its number. */
  worksheetRels?: ({ Type?: string; Target: string }[] | undefined)[];
  /** The notes parts, by their target from a sheet ("../comments1.xml"). */
  comments?: Record<string, { comments?: NoteModel[] } | undefined>;
}

/** A note as ExcelJS's reader models it (its cell's address, its text runs). */
interface NoteModel {
  ref?: string;
  type?: string;
  note?: { texts?: { text?: string }[] };
}

/** A note's text as ExcelJS gives it: one plain run as its text, else all runs. */
function noteText(comment: NoteModel | undefined): string {
  const texts = comment?.type === "note" ? comment.note?.texts : undefined;
  if (!texts) return "";
  const note = texts.length === 1 && Object.keys(texts[0]).length === 1 ? texts[0].text : texts;
  return typeof note === "string" ? note : note ? texts.map((t) => t.text).join("") : "";
}

/** An ExcelJS style as its reader shares it between the cells of one style number. */
interface ExcelStyle {
  numFmt?: string;
  font?: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  alignment?: Partial<ExcelJS.Alignment>;
}

/** A cell as ExcelJS's reader models it once reconciled (what it would make a Cell from). */
interface CellModel {
  address?: string;
  type: ExcelJS.ValueType;
  value?: unknown;
  style?: ExcelStyle;
  formula?: string;
  sharedFormula?: string;
  shareType?: string;
  ref?: string;
  text?: unknown;
  comment?: { type?: string; note?: { texts?: { text?: string }[] } };
}

/** A row as ExcelJS's reader models it once reconciled. */
interface RowModel {
  number: number;
  cells?: CellModel[];
  height?: number;
  style?: ExcelStyle;
}

/**
 * ExcelJS's reader turns every number in a date-formatted cell into a Date, and a Date cannot hold a
 * serial above about 100 million days (a pagu of 1.500.000.000 in a date column): it gives an
 * Invalid Date and the number is gone. Before its reconcile such numbers are noted (a plain
 * comparison per cell), after it those that became an Invalid Date are put back as numbers, their
 * date format kept, so the cell shows the number as Sheets shows it (format.ts serialValue).
 */
function keepNumbersBeyondDates(model: ReadModel, reconcile: () => unknown): unknown {
  const beyond: [{ type: number; value: unknown }, number][] = [];
  for (const sheet of Object.values(model.worksheetHash ?? {}))
    for (const row of sheet?.rows ?? [])
      for (const cell of row.cells ?? [])
        if (cell.type === ExcelJS.ValueType.Number && Math.abs(cell.value as number) > 99_000_000)
          beyond.push([cell, cell.value as number]);
  const result = reconcile();
  for (const [cell, value] of beyond) {
    if (isDate(cell.value) && Number.isNaN(cell.value.getTime())) {
      cell.type = ExcelJS.ValueType.Number;
      cell.value = value;
    }
  }
  return result;
}

/**
 * The tabs workbook.xml lists whose worksheet part is missing or was not read: ExcelJS leaves such a
 * tab out without a word, and an empty or partial workbook would be read as the office's plan
 * ("0 galat"). Read from its own model while it loads (no second unzip); a chart sheet is no tab.
 * Also each tab's sheet part ("xl/worksheets/sheet1.xml"), which a save may carry (xlsx-carry.ts).
 */
function watchMissingSheets(book: ExcelJS.Workbook): {
  lost(): string[];
  parts: Map<string, string>;
  rows: Map<string, RowModel[]>;
  /** Per tab, the notes on cells its file does not list (ExcelJS's reader gives them to no cell). */
  notes: Map<string, NoteModel[]>;
} {
  const reader = book.xlsx as unknown as { reconcile(model: ReadModel, options: unknown): unknown };
  const reconcile = reader.reconcile;
  let lost: string[] = [];
  const parts = new Map<string, string>();
  const rows = new Map<string, RowModel[]>();
  const notes = new Map<string, NoteModel[]>();
  reader.reconcile = function (this: unknown, model: ReadModel, options: unknown) {
    const rels = new Map((model.workbookRels ?? []).map((rel) => [rel.Id, rel]));
    for (const sheet of model.sheets ?? []) {
      const rel = rels.get(sheet.rId);
      const path = rel && `xl/${rel.Target.replace(/^(\s|\/xl\/)+/, "")}`;
      if (path && model.worksheetHash?.[path]) parts.set(sheet.name, path);
    }
    lost = (model.sheets ?? [])
      .filter((sheet) => {
        const rel = rels.get(sheet.rId);
        if (!rel) return true;
        if (rel.Type && !/\/worksheet$/.test(rel.Type)) return false;
        return !model.worksheetHash?.[`xl/${rel.Target.replace(/^(\s|\/xl\/)+/, "")}`];
      })
      .map((sheet) => sheet.name);
    // Each tab's notes, before its reconcile gives them to its cells and lets go of the list.
    const noteLists = new Map<string, NoteModel[]>();
    for (const [name, path] of parts) {
      const sheetNo = model.worksheetHash?.[path]?.sheetNo;
      const rels = sheetNo === undefined ? undefined : model.worksheetRels?.[sheetNo];
      const rel = rels?.find((r) => r.Type?.endsWith("/comments"));
      const list = rel && model.comments?.[rel.Target]?.comments;
      if (list?.length) noteLists.set(name, list);
    }
    const result = keepNumbersBeyondDates(model, () => reconcile.call(this, model, options));
    // Each tab's rows are taken as ExcelJS modelled them (importSheet reads them): ExcelJS need not
    // make a Row and a Cell object of every cell (a quarter of its reading time), nor we walk them.
    for (const sheet of model.worksheets ?? []) {
      if (sheet.name === undefined || sheet.name === PROTECTIONS_SHEET || rows.has(sheet.name)) continue;
      rows.set(sheet.name, sheet.rows ?? []);
      const list = noteLists.get(sheet.name);
      if (list) {
        const given = new Set<unknown>();
        for (const row of sheet.rows ?? []) for (const cell of row.cells ?? []) given.add(cell.comment);
        const loose = list.filter((note) => !given.has(note));
        if (loose.length) notes.set(sheet.name, loose);
      }
      sheet.rows = [];
    }
    return result;
  };
  return { lost: () => lost, parts, rows, notes };
}

/** Reads an .xlsx file (path or bytes) into a new workbook. */
export async function loadXlsx(
  source: string | Uint8Array,
  options: { timeZone?: string } = {},
): Promise<MemoryWorkbook> {
  const label = typeof source === "string" ? source : "(data)";
  const book = new ExcelJS.Workbook();
  const bytes =
    typeof source === "string"
      ? await readFile(source).catch(() => {
          throw new Error(
            `Berkas "${label}" tidak dapat dibaca: berkasnya tidak ada atau tidak boleh dibuka.`,
          );
        })
      : Buffer.from(source);
  const refused = notAWorkbook(label, bytes);
  if (refused) throw new Error(refused);
  const missing = watchMissingSheets(book);
  try {
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    // The library's own (English) text never reaches a person.
    throw new Error(
      `Berkas "${label}" rusak atau tidak dapat dibaca sebagai .xlsx: buka di Excel atau LibreOffice lalu simpan ulang sebagai .xlsx.`,
    );
  }
  const lost = missing.lost();
  if (lost.length)
    throw new Error(
      `Berkas "${label}" rusak: ${lost.length === 1 ? "tab" : "tab-tab"} ${lost.map((n) => `"${n}"`).join(", ")} tercantum di dalamnya tetapi isinya tidak ada, jadi berkas ini tidak dibaca; buka di Excel atau LibreOffice lalu simpan ulang sebagai .xlsx, atau minta berkas aslinya.`,
    );
  const name = typeof source === "string" ? basename(source, extname(source)) : "Spreadsheet";
  const workbook = new MemoryWorkbook({ name, timeZone: options.timeZone });
  const tz = workbook.timeZone;
  // One sheet at a time, and ExcelJS's copy of it is let go once its cells are taken.
  const meta = book.worksheets.find((ws) => ws.name === PROTECTIONS_SHEET);
  const protections = meta ? readProtections(meta) : [];
  if (meta) book.removeWorksheet(meta.id);
  const blocks = book.worksheets.map((ws) => {
    const block = importSheet(workbook, ws, missing.rows.get(ws.name) ?? [], tz);
    for (const note of missing.notes.get(ws.name) ?? []) {
      const col = columnOf(note.ref ?? "");
      const row = Number(/\d+$/.exec(note.ref ?? "")?.[0] ?? 0);
      const text = noteText(note);
      if (col && row && text && !block.tab.note(row, col)) block.tab.setNote(row, col, text);
    }
    missing.rows.delete(ws.name);
    book.removeWorksheet(ws.id);
    return block;
  });
  workbook.fillTabs(blocks);
  for (const { tab, record } of protections) {
    const target = workbook.tab(tab);
    if (target) target.protections.push(record);
  }
  rememberSource(workbook, bytes, missing.parts);
  return workbook;
}

/** The column of a cell address ("AB12" → 28); 0 when it names none. */
function columnOf(address: string): number {
  let col = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else if (ch !== 36) break;
  }
  return col;
}

/** The formats the add-on keeps of an ExcelJS style (null: none), worked out once per style object. */
const keptStyles = new WeakMap<ExcelStyle, CellStyle | null>();

function keptStyle(source: ExcelStyle | undefined): CellStyle | null {
  if (!source) return null;
  const known = keptStyles.get(source);
  if (known !== undefined) return known;
  const style: CellStyle = {};
  if (source.numFmt && source.numFmt !== "General") style.numberFormat = source.numFmt;
  if (source.font?.bold) style.fontWeight = "bold";
  const fontColor = hex(source.font?.color);
  if (fontColor) style.fontColor = fontColor;
  const fill = source.fill as ExcelJS.FillPattern | undefined;
  const background = fill?.type === "pattern" && fill.pattern === "solid" ? hex(fill.fgColor) : undefined;
  if (background) style.background = background;
  if (source.alignment?.wrapText) style.wrap = true;
  if (source.alignment?.horizontal) style.horizontalAlignment = source.alignment.horizontal;
  const kept = Object.keys(style).length ? style : null;
  keptStyles.set(source, kept);
  return kept;
}

/**
 * The style ExcelJS gives a cell its file does not list (an empty cell before the row's last, or
 * one under a merge): the row's format, else the column's, field by field.
 */
function emptyCellStyle(row: ExcelStyle | undefined, column: ExcelStyle | undefined): ExcelStyle | undefined {
  if (!row && !column) return undefined;
  return {
    numFmt: row?.numFmt || column?.numFmt,
    font: row?.font || column?.font,
    fill: row?.fill || column?.fill,
    alignment: row?.alignment || column?.alignment,
  };
}

/**
 * Everything of one worksheet but its cells' contents, which it returns for the formula engine.
 * The cells are read from ExcelJS's model of its rows (`rows`, taken while it loaded), as ExcelJS
 * would make its cells from them: the rows a cell with content (or under a merge) is in, every
 * cell up to the row's last one (a format and a note on an empty cell count), a merged range's
 * value in its first cell only.
 */
function importSheet(
  workbook: MemoryWorkbook,
  ws: ExcelJS.Worksheet,
  rows: RowModel[],
  tz: string,
): { tab: Tab; cells: CellInput[][] } {
  const tab = workbook.addTab(ws.name);
  // Each row's cells by column (a cell without an address follows the one before it); a later row
  // of the same number replaces an earlier one, as in ExcelJS.
  const lines: ((CellModel | undefined)[] | undefined)[] = [];
  const rowModels: (RowModel | undefined)[] = [];
  for (const row of rows) {
    if (!Number.isInteger(row.number) || row.number < 1) continue;
    const line: (CellModel | undefined)[] = [];
    let previous = 0;
    for (const cell of row.cells ?? []) {
      if (cell.type === ExcelJS.ValueType.Merge) continue;
      const col = cell.address ? columnOf(cell.address) : previous + 1;
      if (col < 1) continue;
      line[col - 1] = cell;
      previous = col;
    }
    lines[row.number - 1] = line;
    rowModels[row.number - 1] = row;
  }
  // Merged ranges: every cell of one exists; all but the first are merged cells, with no value.
  const merged = new CellMap<true>();
  const merges = ((ws.model as { merges?: string[] }).merges ?? [])
    .map((merge) => parseA1(merge, MAX_SHEET_ROWS, MAX_SHEET_COLS))
    .filter((rect): rect is Rect => rect !== null);
  for (const m of merges) {
    for (let r = m.row; r < m.row + m.rows; r++) {
      const line = lines[r - 1] ?? [];
      lines[r - 1] = line;
      for (let c = m.col; c < m.col + m.cols; c++) {
        if (line.length < c) line.length = c;
        if (r > m.row || c > m.col) merged.set(r, c, true);
      }
    }
  }
  // Rows that hold something (a value or a merged cell): ExcelJS walks only those.
  const filled = (r: number) => {
    const line = lines[r - 1];
    if (!line) return false;
    for (let c = 0; c < line.length; c++)
      if ((line[c] && line[c]?.type !== ExcelJS.ValueType.Null) || merged.get(r, c + 1)) return true;
    return false;
  };
  const rowCount = lines.length;
  let columnCount = 0;
  for (let r = 1; r <= rowCount; r++)
    if (filled(r)) columnCount = Math.max(columnCount, lines[r - 1]?.length ?? 0);
  tab.maxRows = Math.max(tab.maxRows, rowCount);
  tab.maxCols = Math.max(tab.maxCols, columnCount);
  const cells: CellInput[][] = Array.from({ length: rowCount }, () => Array(columnCount).fill(null));
  // Array formulas: the cells their results fill are theirs, not values of their own. Shared
  // formulas: each master's text, which the others slide from.
  const spills: Rect[] = [];
  const masters = new Set<string>();
  const sharedMasters = new Map<string, string>();
  const addressOf = (cell: CellModel, r: number, c: number) => cell.address ?? `${columnLetter(c)}${r}`;
  for (let r = 1; r <= rowCount; r++) {
    const line = lines[r - 1];
    if (!line) continue;
    for (let c = 1; c <= line.length; c++) {
      const cell = line[c - 1];
      if (!cell || cell.type !== ExcelJS.ValueType.Formula || merged.get(r, c)) continue;
      if (cell.shareType === "array" && cell.ref) {
        const rect = parseA1(cell.ref, tab.maxRows, tab.maxCols);
        if (rect) spills.push(rect);
        masters.add(addressOf(cell, r, c));
      } else if (cell.shareType === "shared" && cell.ref && cell.formula)
        sharedMasters.set(addressOf(cell, r, c), cell.formula);
    }
  }
  const columns = ws.columns ?? [];
  for (let r = 1; r <= rowCount; r++) {
    // A row of formats or notes on empty cells alone counts too (ExcelJS's rows leave it out).
    const content = filled(r);
    if (!content && !rowModels[r - 1]) continue;
    const line = lines[r - 1] ?? [];
    const rowModel = rowModels[r - 1];
    // A height given to the row: points in the file, pixels in Sheets (1 pt = 4/3 px).
    const px = Math.round(((rowModel?.height ?? 0) * 4) / 3);
    if (px && px !== 21) tab.rowHeights.set(r, px);
    // Empty cells too, for their formats and notes: a group row's fill runs over empty cells, and the
    // add-on keeps a memo on the empty key cell of a group row.
    for (let c = 1; c <= line.length; c++) {
      const cell = line[c - 1];
      const style = keptStyle(
        cell
          ? cell.style
          : content
            ? emptyCellStyle(rowModel?.style, (columns[c - 1] as { style?: ExcelStyle })?.style)
            : undefined,
      );
      if (style) tab.patchStyle({ row: r, col: c, rows: 1, cols: 1 }, style);
      if (!cell) continue;
      const note = noteText(cell.comment);
      if (note) tab.setNote(r, c, note);
      if (cell.type === ExcelJS.ValueType.Null || merged.get(r, c)) continue;
      if (
        spills.length &&
        !masters.has(addressOf(cell, r, c)) &&
        spills.some((s) => r >= s.row && r < s.row + s.rows && c >= s.col && c < s.col + s.cols)
      ) {
        continue;
      }
      cells[r - 1][c - 1] = importValue(cell, r, c, sharedMasters, tz);
    }
  }
  for (const [address, dv] of Object.entries(
    (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations
      .model,
  )) {
    const rect = dv && parseA1(address, tab.maxRows, tab.maxCols);
    const rule = dv && importValidation(dv);
    if (rect && rule) tab.setValidation(rect, rule);
  }
  for (const merge of merges) tab.merges.push(merge);
  const view = ws.views?.[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  if (view?.state === "frozen") {
    tab.frozenRows = view.ySplit ?? 0;
    tab.frozenCols = view.xSplit ?? 0;
  }
  ws.columns?.forEach((col, i) => {
    if (col.width) tab.columnWidths.set(i + 1, widthToPx(col.width));
    if (col.hidden) tab.hiddenCols.add(i + 1);
  });
  importConditionalFormats(ws, tab);
  return { tab, cells };
}

/** A cell's content from ExcelJS's model of it, as its Cell's `value` (and `formula`) give it. */
function importValue(
  cell: CellModel,
  row: number,
  col: number,
  sharedMasters: Map<string, string>,
  tz: string,
): CellInput {
  const v = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Formula: {
      // A shared formula's other cells: the master's slid to them, as ExcelJS's Cell gives it.
      let formula = cell.formula;
      if (!formula && cell.sharedFormula) {
        const master = sharedMasters.get(cell.sharedFormula);
        formula =
          master && slideFormula(master, cell.sharedFormula, cell.address ?? `${columnLetter(col)}${row}`);
      }
      return formula ? { formula: importFormula(formula) } : null;
    }
    case ExcelJS.ValueType.Hyperlink:
      return plainText(cell.text);
    case ExcelJS.ValueType.RichText:
      return plainText(v);
    case ExcelJS.ValueType.Error: {
      const error = (v as { error?: string } | undefined)?.error;
      return error === "#N/A" ? { formula: "=NA()" } : String(error);
    }
    default:
      if (v === null || v === undefined) return null;
      if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
      if (isDate(v)) return fromExcelDate(v, tz);
      if (typeof v === "object" && "richText" in v) return plainText(v);
      return String(v);
  }
}

function importConditionalFormats(ws: ExcelJS.Worksheet, tab: Tab): void {
  const formats = (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
  for (const cf of formats ?? []) {
    const ranges = cf.ref
      .split(/\s+/)
      .map((a: string) => parseA1(a, tab.maxRows, tab.maxCols))
      .filter((r: Rect | null): r is Rect => r !== null);
    for (const rule of cf.rules) {
      if (rule.type !== "cellIs") continue;
      const op = String(rule.operator);
      const formula = String(rule.formulae?.[0] ?? "");
      let criteria: string;
      let value: CellValue;
      if (op === "equal" && /^".*"$/.test(formula)) {
        criteria = "TEXT_EQUAL_TO";
        value = formula.slice(1, -1).replaceAll('""', '"');
      } else if (op === "greaterThanOrEqual" && Number.isFinite(Number(formula))) {
        criteria = "NUMBER_GREATER_THAN_OR_EQUAL_TO";
        value = Number(formula);
      } else if (op === "lessThan" && Number.isFinite(Number(formula))) {
        criteria = "NUMBER_LESS_THAN";
        value = Number(formula);
      } else continue;
      const fill = rule.style?.fill as ExcelJS.FillPattern | undefined;
      tab.conditionalRules.push({
        ranges: ranges.map((r: Rect) => ({ ...r })),
        criteria,
        values: [value],
        background: hex(fill?.bgColor) ?? hex(fill?.fgColor) ?? null,
        fontColor: hex(rule.style?.font?.color) ?? null,
      });
    }
  }
}

const EXCEL_ERRORS = new Set(["#N/A", "#REF!", "#NAME?", "#DIV/0!", "#NULL!", "#VALUE!", "#NUM!"]);

/**
 * How one cell is written instead of as it is: another formula (not an array: each cell its own),
 * or its computed value alone. For a file that must open without the add-on (src/local/export.ts).
 */
export type CellRewrite = (
  tab: Tab,
  row: number,
  col: number,
  formula: string,
) => { formula: string } | "value" | undefined;

/**
 * ExcelJS's style of each (shared, unchanging) cell style, unformatted cells included: one object,
 * which ExcelJS numbers once instead of rendering every cell's style to XML. ExcelJS gives a date
 * without a number format of its own a date format: dates get their own object.
 */
const excelStyles = new WeakMap<CellStyle, Partial<ExcelJS.Style>>();
const excelDateStyles = new WeakMap<CellStyle, Partial<ExcelJS.Style>>();

function excelStyle(style: CellStyle, dated: boolean): Partial<ExcelJS.Style> {
  const known = dated ? excelDateStyles : excelStyles;
  let model = known.get(style);
  if (model) return model;
  model = {};
  if (style.numberFormat) model.numFmt = style.numberFormat;
  if (style.fontWeight === "bold" || style.fontColor) {
    model.font = {
      bold: style.fontWeight === "bold",
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
    };
  }
  if (style.background)
    model.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.background) } };
  if (style.wrap || style.horizontalAlignment) {
    model.alignment = {
      wrapText: style.wrap,
      horizontal: style.horizontalAlignment as ExcelJS.Alignment["horizontal"],
    };
  }
  known.set(style, model);
  return model;
}

/**
 * Writes the workbook as .xlsx to `stream`, row by row through ExcelJS's streaming writer: each
 * row is written and let go, so saving a 50,000-row plan does not hold a second copy of it in
 * memory (the whole-workbook writer doubled `sakip triwulan`'s peak).
 */
async function writeXlsx(
  workbook: MemoryWorkbook,
  stream: Writable,
  options: { rewrite?: CellRewrite },
  carry?: Carry,
): Promise<Map<Tab, number>> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
    // zlib's level 2 instead of 6: the 40 MB of parts a 10,000-row evaluation tab writes deflate in
    // 50 instead of 220 ms of CPU, the file ~14 % larger.
    zip: { zlib: { level: DEFLATE_LEVEL } },
  });
  // Tabs carried from the original file: an empty tab in their place, their styles kept at their numbers.
  const placed = new Map<Tab, number>();
  carry?.seed(book);
  const tz = workbook.timeZone;
  // Formulas that waited outside the formula engine (`sakip triwulan`) are saved without their
  // results, and the file asks Excel and LibreOffice to compute every formula on opening: they
  // compute the standard functions these use as the engine would (test/cli/tanpa-hasil.test.ts).
  const computed = !workbook.resultsDeferred();
  if (!computed) computeOnLoad(book);
  for (const tab of workbook.tabs()) {
    const ws = book.addWorksheet(tab.name, {
      // A column no one sized is as wide as in Sheets (100 pixels), not Excel's 64.
      properties: { defaultColWidth: pxToWidth(100) },
      views:
        tab.frozenRows || tab.frozenCols
          ? [{ state: "frozen", xSplit: tab.frozenCols, ySplit: tab.frozenRows }]
          : undefined,
    });
    if (carry?.tabs.has(tab)) {
      placed.set(tab, (ws as unknown as { id: number }).id);
      ws.commit();
      continue;
    }
    // Columns, merges and conditional formats before the first row is written.
    for (const [c, px] of tab.columnWidths) ws.getColumn(c).width = pxToWidth(px);
    for (const c of tab.hiddenCols) ws.getColumn(c).hidden = true;
    for (const merge of tab.merges) ws.mergeCells(rectA1(merge));
    tab.conditionalRules.forEach((rule, i) => {
      const operator = {
        TEXT_EQUAL_TO: "equal",
        NUMBER_GREATER_THAN_OR_EQUAL_TO: "greaterThanOrEqual",
        NUMBER_LESS_THAN: "lessThan",
      }[rule.criteria] as ExcelJS.CellIsOperators | undefined;
      if (!operator) return;
      const v = rule.values[0];
      const formula = typeof v === "string" ? `"${v.replaceAll('"', '""')}"` : String(v);
      ws.addConditionalFormatting({
        ref: rule.ranges.map(rectA1).join(" "),
        rules: [
          {
            type: "cellIs",
            operator,
            formulae: [formula],
            priority: i + 1,
            style: {
              ...(rule.background
                ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.background) } } }
                : {}),
              ...(rule.fontColor ? { font: { color: { argb: argb(rule.fontColor) } } } : {}),
            },
          },
        ],
      });
    });
    const { styles, notes, validations } = tab;
    const used = workbook.usedSize(tab);
    // A loop, not a spread: a tab can carry more row heights than a call has room for arguments.
    let last = Math.max(used.rows, styles.lastRow(), notes.lastRow(), validations.lastRow(), 0);
    for (const r of tab.rowHeights.keys()) last = Math.max(last, r);
    // A tab of typed values (a plan) asks none of its cells for a formula.
    const formulas = workbook.mayHoldFormulas(tab);
    const shared = options.rewrite || !formulas ? null : shareFormulas(workbook, tab, used, computed);
    for (let r = 1; r <= last; r++) {
      const row = rowWriter(ws, r);
      const px = tab.rowHeights.get(r);
      if (px) row.height = (px * 3) / 4;
      for (let c = 1; r <= used.rows && c <= used.cols; c++) {
        const master = shared?.childOf(r, c);
        if (master !== undefined) {
          // The formula of an earlier cell of the column, slid down: saved as a reference to it.
          const value = computed ? workbook.value(tab, r, c) : "";
          const cached = isDate(value) ? toExcelDate(value, tz) : value;
          row.set(
            c,
            { sharedFormula: `${columnLetter(c)}${master}`, result: formulaResult(cached) } as never,
            excelStyle(tab.style(r, c), isDate(value)),
          );
          continue;
        }
        let formula = formulas ? workbook.formula(tab, r, c) : "";
        const swap = options.rewrite?.(tab, r, c, formula);
        if (swap === "value") formula = "";
        const value = computed ? workbook.value(tab, r, c) : formula ? "" : workbook.literal(tab, r, c);
        if (value === "" && !formula && !swap) continue;
        const cached = isDate(value) ? toExcelDate(value, tz) : value;
        let cellValue: ExcelJS.CellValue;
        if (swap && swap !== "value") {
          const result = typeof cached === "string" && cached.startsWith("#") ? undefined : cached;
          cellValue = {
            formula: swap.formula.slice(1),
            result: result === "" ? undefined : result,
          } as ExcelJS.CellFormulaValue;
        } else if (formula) {
          const result = formulaResult(cached);
          const spill = computed ? workbook.spillRect(tab, r, c) : undefined;
          const lastShared = shared?.lastOf(r, c);
          cellValue = {
            formula: exportFormula(formula),
            result,
            ...(spill && (spill.rows > 1 || spill.cols > 1)
              ? { shareType: "array", ref: rectA1(spill) }
              : lastShared !== undefined
                ? { shareType: "shared", ref: `${columnLetter(c)}${r}:${columnLetter(c)}${lastShared}` }
                : {}),
          } as ExcelJS.CellFormulaValue;
        } else {
          cellValue = cached;
        }
        row.set(c, cellValue, excelStyle(tab.style(r, c), isDate(value)));
      }
      // Formatted cells without a value.
      for (const [c, style] of styles.row(r)) row.styleEmpty(c, excelStyle(style, false));
      for (const [c, note] of notes.row(r)) row.note(c, note);
      for (const [c, rule] of validations.row(r)) {
        const dv = exportValidation(rule);
        if (dv) row.validation(c, dv);
      }
      // ExcelJS's streaming writer numbers the shared formulas of every row from its count when
      // the sheet began, not after the rows before: this row's are numbered after theirs.
      if (shared) (ws as unknown as { _siFormulae: number })._siFormulae = shared.numbered(r - 1);
      row.commit();
    }
    ws.commit();
  }
  writeProtections(book, workbook);
  await book.commit();
  return placed;
}

/** One row handed to ExcelJS's streaming writer, cell by cell, in column order. */
interface RowWriter {
  height: number | undefined;
  /** A cell's value as ExcelJS's `Cell.value` takes it, and its style. */
  set(col: number, value: ExcelJS.CellValue, style: Partial<ExcelJS.Style>): void;
  /** A format on a cell without a value (a cell with one keeps its own). */
  styleEmpty(col: number, style: Partial<ExcelJS.Style>): void;
  note(col: number, text: string): void;
  validation(col: number, rule: ExcelJS.DataValidation): void;
  commit(): void;
}

/** What ExcelJS's streaming writer keeps of its rows (exceljs/lib/stream/xlsx/worksheet-writer.js). */
interface SheetWriterInternals {
  _rows: unknown[];
  _rowZero: number;
  _commitRow(row: unknown): void;
  findRow(row: number): ExcelJS.Row | undefined;
  dataValidations: { add(address: string, rule: ExcelJS.DataValidation): void };
}

/** A cell as ExcelJS's Cell gives its model to the writer (exceljs/lib/doc/cell.js). */
interface CellOut {
  address: string;
  type: ExcelJS.ValueType;
  value?: unknown;
  formula?: string;
  sharedFormula?: string;
  shareType?: string;
  ref?: string;
  result?: unknown;
  style: Partial<ExcelJS.Style>;
  comment?: object;
}

/** The style of a cell ExcelJS makes for a note or a validation alone (its row's and column's: none). */
const NO_STYLE: Partial<ExcelJS.Style> = {};
/** A row's own style (ExcelJS's Row starts with none). */
const ROW_STYLE = {};
/** ExcelJS's note settings (Note.DEFAULT_CONFIGS, as `new Note(text).model` merges them in). */
const NOTE_MODEL = new Note("").model.note;

/**
 * The row's writer. A row ExcelJS already made (a merged range's cells) is written through its
 * Row and Cell objects. Any other is handed to the writer as the model those objects would give
 * it, without making them (exceljs/lib/doc/row.js `model`, cell.js): a 10,000-row evaluation
 * tab has 700,000 cells, each a Cell and a value object, its style copied and its model taken.
 */
function rowWriter(ws: ExcelJS.Worksheet, r: number): RowWriter {
  const writer = ws as unknown as SheetWriterInternals;
  const made = writer.findRow(r);
  if (made)
    return {
      set height(h: number | undefined) {
        if (h) made.height = h;
      },
      get height() {
        return made.height;
      },
      set(c, value, style) {
        const cell = made.getCell(c);
        cell.value = value;
        cell.style = style;
      },
      styleEmpty(c, style) {
        const cell = made.getCell(c);
        if (cell.type === ExcelJS.ValueType.Null) cell.style = style;
      },
      note: (c, text) => {
        made.getCell(c).note = text;
      },
      validation: (c, rule) => {
        made.getCell(c).dataValidation = rule;
      },
      commit: () => made.commit(),
    };
  const cells: CellOut[] = [];
  const empty = (c: number): CellOut => {
    cells[c - 1] ??= { address: `${columnLetter(c)}${r}`, type: ExcelJS.ValueType.Null, style: NO_STYLE };
    return cells[c - 1];
  };
  const out: RowWriter = {
    height: undefined,
    set(c, value, style) {
      cells[c - 1] = cellOut(`${columnLetter(c)}${r}`, value, style);
    },
    styleEmpty(c, style) {
      const cell = empty(c);
      if (cell.type === ExcelJS.ValueType.Null) cell.style = style;
    },
    note(c, text) {
      empty(c).comment = { type: "note", note: { ...NOTE_MODEL, texts: [{ text }] } };
    },
    validation(c, rule) {
      writer.dataValidations.add(empty(c).address, rule);
    },
    commit() {
      const list = cells.filter((cell) => cell !== undefined);
      const min = list.length ? columnOf(list[0].address) : 0;
      const max = list.length ? columnOf(list[list.length - 1].address) : 0;
      const row = {
        number: r,
        height: out.height,
        // A row of formats or notes on empty cells alone is written too (ExcelJS's Row leaves it
        // out: a person's fill or note there was lost), not one of validations alone.
        hasValues: list.some(
          (cell) => cell.type !== ExcelJS.ValueType.Null || cell.style !== NO_STYLE || cell.comment,
        ),
        model: {
          cells: list,
          number: r,
          min,
          max,
          height: out.height,
          style: ROW_STYLE,
          hidden: false,
          outlineLevel: 0,
          collapsed: false,
        },
      };
      writer._rows[r - writer._rowZero] = row;
      writer._commitRow(row);
    },
  };
  return out;
}

/** The model ExcelJS's Cell gives for a value set as `cell.value` (Value.create). */
function cellOut(address: string, value: ExcelJS.CellValue, style: Partial<ExcelJS.Style>): CellOut {
  const T = ExcelJS.ValueType;
  if (value === null || value === undefined) return { address, type: T.Null, style };
  if (typeof value === "string") return { address, type: T.String, value, style };
  if (typeof value === "number") return { address, type: T.Number, value, style };
  if (typeof value === "boolean") return { address, type: T.Boolean, value, style };
  if (value instanceof Date) return { address, type: T.Date, value, style };
  const f = value as ExcelJS.CellFormulaValue &
    ExcelJS.CellSharedFormulaValue & { shareType?: string; ref?: string };
  return {
    address,
    type: T.Formula,
    shareType: f.shareType,
    ref: f.ref,
    formula: f.formula,
    sharedFormula: f.sharedFormula,
    result: f.result,
    style,
  };
}

/**
 * The workbook as .xlsx bytes with the tabs unchanged since loading carried from their file (see
 * xlsx-carry.ts), or null when no tab can be (every tab is then written by ExcelJS).
 */
async function carriedBytes(
  workbook: MemoryWorkbook,
  options: { rewrite?: CellRewrite },
): Promise<Buffer | null> {
  if (options.rewrite) return null;
  const carry = await carryPlan(workbook).catch(() => null);
  if (!carry) return null;
  const { bytes, placed } = await writtenBytes(workbook, options, carry);
  // A file this save cannot put together is written whole, as before.
  return carry.merge(bytes, placed).catch(() => null);
}

/** What writeXlsx writes, as bytes, with where it placed the carried tabs. */
async function writtenBytes(workbook: MemoryWorkbook, options: { rewrite?: CellRewrite }, carry?: Carry) {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const placed = await writeXlsx(workbook, stream, options, carry);
  return { bytes: Buffer.concat(chunks), placed };
}

/** A formula's computed value as ExcelJS saves it beside the formula (none when not computed). */
function formulaResult(cached: CellValue): ExcelJS.CellFormulaValue["result"] {
  if (typeof cached === "string" && cached.startsWith("#"))
    return { error: (EXCEL_ERRORS.has(cached) ? cached : "#VALUE!") as ExcelJS.CellErrorValue["error"] };
  return cached === "" ? undefined : (cached as ExcelJS.CellFormulaValue["result"]);
}

/** Formulas of a column a later one is compared with: the last few that began a shared group. */
const MASTERS_PER_COLUMN = 8;

/** Which formulas of a tab are saved as shared formulas: see shareFormulas. */
interface SharedFormulas {
  /** The row of the group's first formula for a member saved as a reference to it, else undefined. */
  childOf(row: number, col: number): number | undefined;
  /** The group's last row for the first formula of a group, else undefined. */
  lastOf(row: number, col: number): number | undefined;
  /** How many groups rows 1..row begin (ExcelJS numbers them in the order it writes them). */
  numbered(row: number): number;
}

/**
 * Which formulas of the tab are saved as shared formulas (see shared-formulas.ts): each formula
 * filled down from one of the last few groups begun in its column joins that group; any other
 * begins one. Kept per column by row (0: none), asked for every cell of the tab.
 */
function shareFormulas(
  workbook: MemoryWorkbook,
  tab: Tab,
  used: { rows: number; cols: number },
  computed: boolean,
): SharedFormulas {
  /** Per column: a member's group's first row, or (negated) a group's last row on its first. */
  const groups: (Int32Array | undefined)[] = [];
  const begun = new Int32Array(used.rows + 1);
  // Compared as kept (as written while waiting for the engine, else in its form), without turning
  // each tab's name either way, where that compares alike: a formula filled down as written is
  // filled down as saved, the tab names being turned alike in every row.
  const asWritten = !workbook.tabs().some((t) => nameSlides(t.name));
  // Shared formula cells (the CLI's evaluation tab) of one template whose own row and plan row slide
  // alike: once such a pair is seen to fill down, every such pair does, without making their texts.
  const slides = new Set<object>();
  type Master = { row: number; pattern: FillPattern; shared?: SharedFormula };
  const alike = (a: SharedFormula | undefined, m: Master, r: number) =>
    a?.plan !== undefined &&
    m.shared?.plan !== undefined &&
    a.template === m.shared.template &&
    a.plan - m.shared.plan === r - m.row;
  for (let c = 1; c <= used.cols; c++) {
    // Each master read once into its pattern: a later formula is then compared piece by piece,
    // the group it joined last first.
    const masters: Master[] = [];
    let column: Int32Array | undefined;
    for (let r = 1; r <= used.rows; r++) {
      const shared = asWritten ? workbook.keptShared(tab, r, c) : undefined;
      let joined = shared && slides.has(shared.template) ? masters.findIndex((m) => alike(shared, m, r)) : -1;
      let formula = "";
      if (joined < 0) {
        formula = (asWritten && workbook.keptFormula(tab, r, c)) || workbook.formula(tab, r, c);
        if (!formula || (computed && workbook.isArrayCell(tab, r, c).origin)) continue;
        for (let m = 0; m < masters.length; m++)
          if (fillsDown(masters[m].pattern, formula, r - masters[m].row)) {
            joined = m;
            if (shared && alike(shared, masters[m], r)) slides.add(shared.template);
            break;
          }
      }
      if (joined >= 0) {
        const master = masters[joined];
        column ??= new Int32Array(used.rows + 1);
        if (column[master.row] === 0) begun[master.row]++;
        column[r] = master.row;
        column[master.row] = -r;
        if (joined > 0) {
          masters.splice(joined, 1);
          masters.unshift(master);
        }
        continue;
      }
      const pattern = fillPattern(formula);
      if (!pattern) continue;
      masters.unshift({ row: r, pattern, shared });
      if (masters.length > MASTERS_PER_COLUMN) masters.pop();
    }
    groups[c] = column;
  }
  const counts = new Int32Array(used.rows + 1);
  for (let r = 1; r <= used.rows; r++) counts[r] = counts[r - 1] + begun[r];
  return {
    childOf: (row, col) => {
      const v = row <= used.rows ? groups[col]?.[row] : 0;
      return v && v > 0 ? v : undefined;
    },
    lastOf: (row, col) => {
      const v = row <= used.rows ? groups[col]?.[row] : 0;
      return v && v < 0 ? -v : undefined;
    },
    numbered: (row) => counts[Math.min(row, used.rows)],
  };
}

/**
 * `<calcPr fullCalcOnLoad="1"/>`: Excel and LibreOffice compute every formula when the file is
 * opened (LibreOffice also computes a formula saved without a result, whatever its settings).
 * ExcelJS's streaming writer writes its workbook part with no calculation properties: that one
 * part is written with them.
 */
function computeOnLoad(book: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const writer = book as unknown as {
    addWorkbook(): Promise<void>;
    zip: { append(xml: string, o: object): void };
  };
  const original = writer.addWorkbook;
  writer.addWorkbook = function (this: typeof writer) {
    const zip = this.zip;
    const append = zip.append;
    zip.append = (xml: string, o: object) => {
      zip.append = append;
      append.call(
        zip,
        xml.replace(/<calcPr\b[^>]*\/>|(?=<\/workbook>)/, '<calcPr calcId="171027" fullCalcOnLoad="1"/>'),
        o,
      );
    };
    return original.call(this);
  };
}

/** The workbook as .xlsx bytes. */
export async function xlsxBuffer(
  workbook: MemoryWorkbook,
  options: { rewrite?: CellRewrite } = {},
): Promise<Buffer> {
  return (await carriedBytes(workbook, options)) ?? (await writtenBytes(workbook, options)).bytes;
}

function exportValidation(rule: ValidationRule): ExcelJS.DataValidation | null {
  const common = {
    allowBlank: true,
    showErrorMessage: !rule.allowInvalid,
    error: rule.helpText || undefined,
  };
  if (rule.criteria === "VALUE_IN_LIST") {
    const values = (rule.values[0] as unknown[]).map(String);
    return { type: "list", formulae: [`"${values.join(",")}"`], ...common };
  }
  if (rule.criteria === "NUMBER_GREATER_THAN_OR_EQUAL_TO") {
    return { type: "decimal", operator: "greaterThanOrEqual", formulae: [rule.values[0]], ...common };
  }
  if (rule.criteria === "NUMBER_BETWEEN") {
    return { type: "decimal", operator: "between", formulae: [rule.values[0], rule.values[1]], ...common };
  }
  return null;
}

export async function saveXlsx(workbook: MemoryWorkbook, path: string): Promise<void> {
  const carried = await carriedBytes(workbook, {});
  if (carried) {
    await writeFile(path, carried);
    return;
  }
  const file = createWriteStream(path);
  const closed = new Promise<void>((resolve, reject) => {
    file.on("close", resolve);
    file.on("error", reject);
  });
  try {
    await writeXlsx(workbook, file, {});
  } catch (e) {
    file.destroy();
    throw e;
  }
  await closed;
}
