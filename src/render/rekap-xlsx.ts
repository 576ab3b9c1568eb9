/**
 * The rekap as an .xlsx (ExcelJS): tab "Rekap TW II" with the table, its total row and the chart of
 * kriteria per OPD as an image; tab "Peringkat" with the ranking by average capaian; tab "Temuan"
 * with every finding under an auto filter.
 * Numbers are numbers with a number format, so Excel and LibreOffice can sort and sum them.
 */
import ExcelJS from "exceljs";
import { ROMAN } from "../core/plan";
import type { Rekap } from "../core/rekap";
import {
  type ColumnKind,
  FILE_TIME_ZONE,
  type RekapCell,
  type RekapColumn,
  rekapTable,
} from "../core/rekap-table";

const FORMAT: Record<ColumnKind, string | undefined> = {
  persen: "#,##0.00",
  rupiah: "#,##0",
  jumlah: "0",
  tanggal: "dd/mm/yyyy hh:mm",
  teks: "@",
};
const HEADER_FILL = "FFDDE3EA";
const TOTAL_FILL = "FFEEF1F6";
const ERROR_FILL = "FFF8D7DA";
const CHANGED_FILL = "FFFFF3CD";

export function rekapSheetName(tw: number): string {
  return `Rekap TW ${ROMAN[tw - 1]}`;
}
export const FINDINGS_SHEET = "Temuan";
export const RANKING_SHEET = "Peringkat";

/**
 * Printed on landscape A4, at most `pages` pages wide (the rekap has some thirty columns), the
 * header row and the No and OPD columns repeated on every page.
 */
function landscape(ws: ExcelJS.Worksheet, pages = 1, titles?: { rows: string; columns: string }): void {
  ws.pageSetup = {
    orientation: "landscape",
    paperSize: 9,
    fitToPage: true,
    fitToWidth: pages,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    ...(titles ? { printTitlesRow: titles.rows, printTitlesColumn: titles.columns } : {}),
  };
}

/** The chart as a PNG, when one was drawn, with its size in pixels. */
export interface ChartImage {
  png: Uint8Array;
  width: number;
  height: number;
}

function header(ws: ExcelJS.Worksheet, row: number, columns: RekapColumn[]): void {
  const r = ws.getRow(row);
  columns.forEach((c, i) => {
    const cell = r.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    cell.border = { bottom: { style: "thin" } };
  });
}

/**
 * The time as the files' spreadsheets show it (WIB), in a Date whose UTC fields hold it: a sheet's
 * date has no zone, and ExcelJS writes a Date's UTC time (a 09.01 WIB sending read 02.01).
 */
function wallClock(d: Date): Date {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: FILE_TIME_ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(d);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return new Date(Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second")));
}

function put(ws: ExcelJS.Worksheet, row: number, columns: RekapColumn[], cells: RekapCell[]): ExcelJS.Row {
  const r = ws.getRow(row);
  let lines = 1;
  columns.forEach((c, i) => {
    const v = cells[i] ?? null;
    if (v === null) return;
    const cell = r.getCell(i + 1);
    cell.value = v instanceof Date ? wallClock(v) : v;
    const format = typeof v === "string" ? undefined : FORMAT[c.kind];
    if (format) cell.numFmt = format;
    cell.alignment = { vertical: "top" };
    if (typeof v === "string" && v.length > c.width) {
      cell.alignment = { vertical: "top", wrapText: true };
      lines = Math.max(lines, Math.ceil((v.length * 1.1) / c.width));
    }
  });
  // Neither ExcelJS nor LibreOffice sizes a wrapped row on load: its height is given.
  if (lines > 1) r.height = 15 * Math.min(lines, 8);
  return r;
}

/**
 * A sentence above the table, wrapped in one cell merged over the columns the first printed page
 * holds, its row as tall as its lines: an unwrapped cell's text runs on past the page's edge and is
 * cut there in print. The page (landscape A4, at most three pages wide) holds at least a third of
 * the table's width and at least ~140 characters: the columns within both.
 */
function sentence(ws: ExcelJS.Worksheet, row: number, text: string, columns: RekapColumn[]): void {
  const total = columns.reduce((n, c) => n + c.width, 0);
  const room = Math.min(total / 3, 140);
  let width = 0;
  let last = 0;
  while (last < columns.length && width + columns[last].width <= room) width += columns[last++].width;
  last = Math.max(last, 1);
  width = Math.max(width, columns[0]?.width ?? 1);
  if (last > 1) ws.mergeCells(row, 1, row, last);
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.alignment = { vertical: "top", wrapText: true };
  // Neither ExcelJS nor LibreOffice sizes a wrapped row on load: its height is given.
  const lines = Math.ceil((text.length * 1.15) / width);
  if (lines > 1) ws.getRow(row).height = 15 * lines;
}

/** The workbook of a rekap; `chart` is placed under the table. */
export async function rekapXlsx(rekap: Rekap, chart?: ChartImage | null): Promise<Buffer> {
  const table = rekapTable(rekap);
  const book = new ExcelJS.Workbook();
  book.creator = "SAKIP";
  const ws = book.addWorksheet(rekapSheetName(rekap.tw), {
    views: [{ state: "frozen", xSplit: 2, ySplit: 4 }],
  });
  landscape(ws, 3, { rows: "4:4", columns: "A:B" });
  table.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  ws.getCell("A1").value = table.title;
  ws.getCell("A1").font = { bold: true, size: 13 };
  sentence(ws, 2, table.subtitle, table.columns);
  // Files of one OPD counted once: said above the table, in red, before anyone reads the totals.
  if (table.warnings.length) {
    sentence(ws, 3, table.warnings.join(" "), table.columns);
    ws.getCell("A3").font = { bold: true, color: { argb: "FFB71C1C" } };
  }
  header(ws, 4, table.columns);
  ws.getRow(4).height = 45;
  let row = 5;
  const sidik = table.columns.findIndex((c) => c.header === "Sidik jari");
  const status = table.columns.findIndex((c) => c.header === "Status reviu");
  for (const [i, cells] of table.rows.entries()) {
    const r = put(ws, row, table.columns, cells);
    const file = rekap.files[i];
    if (file.error !== null && file.indikator === null)
      r.eachCell((c) => {
        c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: ERROR_FILL } };
      });
    else if (file.sidikBerubah || (file.sidikBerubah === null && file.sidikCatatan))
      // Changed: amber; an older record that cannot tell (its sentence in Keterangan): grey.
      r.getCell(sidik + 1).fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: file.sidikBerubah ? CHANGED_FILL : "FFE0E0E0" },
      };
    // "berubah setelah dikirim/direviu": the status is amber as the Sidik jari is.
    if (file.status?.startsWith("berubah"))
      r.getCell(status + 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: CHANGED_FILL } };
    row++;
  }
  const total = put(ws, row, table.columns, table.total);
  table.columns.forEach((_, i) => {
    const c = total.getCell(i + 1);
    c.font = { bold: true };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: TOTAL_FILL } };
    c.border = { top: { style: "thin" } };
  });
  if (chart) {
    row += 3;
    const id = book.addImage({
      buffer: Buffer.from(chart.png) as unknown as ExcelJS.Buffer,
      extension: "png",
    });
    ws.addImage(id, { tl: { col: 1, row: row - 1 }, ext: { width: chart.width, height: chart.height } });
  }

  // The ranking on its own tab, with its own column widths.
  const rs = book.addWorksheet(RANKING_SHEET, { views: [{ state: "frozen", ySplit: 3 }] });
  landscape(rs);
  table.ranking.columns.forEach((c, i) => {
    rs.getColumn(i + 1).width = c.width;
  });
  rs.getCell("A1").value = `PERINGKAT OPD MENURUT RATA-RATA CAPAIAN S.D. TW ${ROMAN[rekap.tw - 1]}`;
  rs.getCell("A1").font = { bold: true, size: 13 };
  header(rs, 3, table.ranking.columns);
  rs.getRow(3).height = 45;
  table.ranking.rows.forEach((cells, i) => {
    put(rs, 4 + i, table.ranking.columns, cells);
  });
  if (!table.ranking.rows.length) rs.getCell("B4").value = "Belum ada berkas dengan capaian.";

  const fs = book.addWorksheet(FINDINGS_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  landscape(fs);
  table.findings.columns.forEach((c, i) => {
    fs.getColumn(i + 1).width = c.width;
  });
  header(fs, 1, table.findings.columns);
  table.findings.rows.forEach((cells, i) => {
    put(fs, i + 2, table.findings.columns, cells);
  });
  fs.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, table.findings.rows.length + 1), column: table.findings.columns.length },
  };
  return Buffer.from(await book.xlsx.writeBuffer());
}
