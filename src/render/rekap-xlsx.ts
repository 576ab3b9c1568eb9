/**
 * The rekap as an .xlsx (ExcelJS): tab "Rekap TW II" with the table, its total row, the ranking and
 * the chart of kriteria per OPD as an image; tab "Temuan" with every finding under an auto filter.
 * Numbers are numbers with a number format, so Excel and LibreOffice can sort and sum them.
 */
import ExcelJS from "exceljs";
import { ROMAN } from "../core/plan";
import type { Rekap } from "../core/rekap";
import { type ColumnKind, type RekapCell, type RekapColumn, rekapTable } from "../core/rekap-table";

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

function put(ws: ExcelJS.Worksheet, row: number, columns: RekapColumn[], cells: RekapCell[]): ExcelJS.Row {
  const r = ws.getRow(row);
  columns.forEach((c, i) => {
    const v = cells[i] ?? null;
    if (v === null) return;
    const cell = r.getCell(i + 1);
    cell.value = v;
    const format = typeof v === "string" ? undefined : FORMAT[c.kind];
    if (format) cell.numFmt = format;
    if (c.kind === "teks" && typeof v === "string" && v.length > c.width) cell.alignment = { wrapText: true };
  });
  return r;
}

/** The workbook of a rekap; `chart` is placed under the ranking. */
export async function rekapXlsx(rekap: Rekap, chart?: ChartImage | null): Promise<Buffer> {
  const table = rekapTable(rekap);
  const book = new ExcelJS.Workbook();
  book.creator = "SAKIP";
  const ws = book.addWorksheet(rekapSheetName(rekap.tw), {
    views: [{ state: "frozen", xSplit: 2, ySplit: 4 }],
  });
  table.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  ws.getCell("A1").value = table.title;
  ws.getCell("A1").font = { bold: true, size: 13 };
  ws.getCell("A2").value = table.subtitle;
  header(ws, 4, table.columns);
  ws.getRow(4).height = 45;
  let row = 5;
  const sidik = table.columns.findIndex((c) => c.header === "Sidik jari");
  for (const [i, cells] of table.rows.entries()) {
    const r = put(ws, row, table.columns, cells);
    const file = rekap.files[i];
    if (file.error !== null && file.indikator === null)
      r.eachCell((c) => {
        c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: ERROR_FILL } };
      });
    else if (file.sidikBerubah)
      r.getCell(sidik + 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: CHANGED_FILL } };
    row++;
  }
  const total = put(ws, row, table.columns, table.total);
  table.columns.forEach((_, i) => {
    const c = total.getCell(i + 1);
    c.font = { bold: true };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: TOTAL_FILL } };
    c.border = { top: { style: "thin" } };
  });
  row += 3;
  ws.getCell(row, 1).value = `Peringkat menurut rata-rata capaian s.d. TW ${ROMAN[rekap.tw - 1]}`;
  ws.getCell(row, 1).font = { bold: true };
  row++;
  header(ws, row, table.ranking.columns);
  row++;
  for (const cells of table.ranking.rows) put(ws, row++, table.ranking.columns, cells);
  if (!table.ranking.rows.length) ws.getCell(row++, 2).value = "Belum ada berkas dengan capaian.";
  if (chart) {
    row += 2;
    const id = book.addImage({
      buffer: Buffer.from(chart.png) as unknown as ExcelJS.Buffer,
      extension: "png",
    });
    ws.addImage(id, { tl: { col: 1, row: row - 1 }, ext: { width: chart.width, height: chart.height } });
  }

  const fs = book.addWorksheet(FINDINGS_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
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
