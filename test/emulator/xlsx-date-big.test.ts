/**
 * An .xlsx with a number far beyond any date in a date-formatted cell (a pagu of 1.500.000.000 in
 * a column someone formatted as dates). ExcelJS reads every number under a date format as a Date,
 * and a Date cannot hold a serial above about 100 million days: the number came out as an Invalid
 * Date and the whole file was refused as "tidak dapat dibaca sebagai .xlsx". Sheets opens such a
 * file and shows the number (beyond 31/12/99999 a date format shows the number itself).
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { loadXlsx, xlsxBuffer } from "../../src/emulator/xlsx";
import { sheetView } from "../../src/local/view";

async function officeFile(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Anggaran");
  ws.addRow(["Kegiatan", "Pagu", "Tanggal DPA"]);
  ws.addRow(["Penyusunan Renja", 1_500_000_000, 45000]);
  ws.addRow(["Koreksi", -250_000_000, 50_000_000]);
  for (const cell of ["B2", "B3", "C2", "C3"]) ws.getCell(cell).numFmt = "dd/mm/yyyy";
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("opening an .xlsx with a large number in a date-formatted cell", () => {
  it("opens, shows the number as Sheets does, keeps the date beside it and the format, and saves it back", async () => {
    const workbook = await loadXlsx(await officeFile());
    const tab = workbook.getTab("Anggaran");
    const shown = sheetView(workbook, tab)
      .cells.slice(1, 3)
      .map((row) => row.slice(1, 3).map((c) => c?.t));
    expect(shown).toEqual([
      ["1500000000", "15/03/2023"],
      ["-250000000", "50000000"],
    ]);
    expect(workbook.values(tab, { row: 2, col: 2, rows: 2, cols: 1 })).toEqual([
      [1_500_000_000],
      [-250_000_000],
    ]);
    expect(tab.style(2, 2).numberFormat).toBe("dd/mm/yyyy");

    const again = await loadXlsx(await xlsxBuffer(workbook));
    expect(again.values(again.getTab("Anggaran"), { row: 2, col: 2, rows: 2, cols: 1 })).toEqual([
      [1_500_000_000],
      [-250_000_000],
    ]);
  });
});
