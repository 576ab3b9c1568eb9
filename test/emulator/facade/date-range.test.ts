/**
 * A number far beyond any date in a date-formatted cell (a pagu of 1.500.000.000 pasted into a
 * column someone formatted as dates). Sheets shows dates from year 0 to 31 December 99999 (serials
 * -694324 to 35830290, as borgar/numfmt's Sheets mode measures them, `dateErrorNumber`: Sheets shows
 * the number beyond them); a JavaScript Date cannot hold a serial above about 100 million, and the
 * emulator threw "Invalid time value" at whoever read the cell: the add-on reading the plan, the
 * `npm start` grid drawing it.
 */
import { describe, expect, it } from "vitest";
import { periksa } from "../../../src/app/periksa";
import { generateTriwulan } from "../../../src/app/triwulan";
import { demoWorkbook } from "../../../src/emulator/demo";
import { emulatedPort } from "../../../src/emulator/session";
import { MemoryWorkbook } from "../../../src/emulator/workbook";
import { sheetView } from "../../../src/local/view";
import { setup } from "../../utils/emulator";

describe("a number in a date-formatted cell", () => {
  it("is a date up to 31/12/99999 and the number itself beyond, read and shown", () => {
    const { sheet } = setup();
    sheet.getRange("A1:D1").setNumberFormat("dd/MM/yyyy");
    sheet.getRange("A1:D1").setValues([[45000, 35830290, 35830291, 1_500_000_000]]);
    expect(sheet.getRange("A1:D1").getDisplayValues()).toEqual([
      ["15/03/2023", "31/12/99999", "35830291", "1500000000"],
    ]);
    const [values] = sheet.getRange("A1:D1").getValues();
    expect(values[0]).toBeInstanceOf(Date);
    expect(values.slice(2)).toEqual([35830291, 1_500_000_000]);
    // A formula's result too.
    sheet.getRange("E1").setNumberFormat("dd/MM/yyyy");
    sheet.getRange("E1").setFormula("=D1*2");
    expect(sheet.getRange("E1").getValue()).toBe(3_000_000_000);
  });

  it("is drawn in the npm start grid as the number, not an English error", () => {
    const wb = new MemoryWorkbook({ name: "tanggal" });
    const tab = wb.addTab("Anggaran");
    tab.patchStyle({ row: 1, col: 1, rows: 1, cols: 1 }, { numberFormat: "dd/MM/yyyy" });
    wb.write(tab, 1, 1, [[1_500_000_000]]);
    expect(sheetView(wb, tab).cells[0][0]?.t).toBe("1500000000");
  });

  it("is read by Periksa and Buat tab Triwulan as the amount it is", () => {
    const wb = demoWorkbook();
    const { port, gas } = emulatedPort(wb);
    const sheet = gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Bidang Transmigrasi");
    if (!sheet) throw new Error("demo tab missing");
    const values = sheet.getDataRange().getValues();
    const header = values.find((r) => r.some((h) => /^Pagu/i.test(String(h)))) ?? [];
    const col = header.findIndex((h) => /^Pagu/i.test(String(h))) + 1;
    const row = values.findIndex((r) => Number(r[col - 1]) > 1e6) + 1;
    expect(row).toBeGreaterThan(0);
    sheet.getRange(row, col).setNumberFormat("dd/MM/yyyy").setValue(1_500_000_000);
    expect(() => periksa(port, { tw: 1, writeReport: false })).not.toThrow();
    const { tab } = generateTriwulan(port, { tw: 1, tahun: "2024" });
    const shown = port.read(tab).values.flat().map(String);
    expect(shown).toContain("1500000000");
  });
});
