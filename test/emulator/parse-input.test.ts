/** Range.setValues parses strings as if typed in an id-ID spreadsheet, unless the cell is plain text. */
import { describe, expect, it } from "vitest";
import { createGas } from "../../src/emulator/facade";
import { parseInput } from "../../src/emulator/format";
import { MemoryWorkbook } from "../../src/emulator/workbook";

const TZ = "Asia/Makassar";

describe("the facade parses strings as an id-ID spreadsheet does", () => {
  it.each([
    ["3-5", new Date("2026-05-02T16:00:00Z"), "dd/MM/yyyy"],
    ["2024-01-31", new Date("2024-01-30T16:00:00Z"), "yyyy-MM-dd"],
    ["31/1/2024", new Date("2024-01-30T16:00:00Z"), "dd/MM/yyyy"],
    ["1e5", 100000, "0.00E+00"],
    ["(5)", -5, undefined],
    ["Jan 2024", new Date("2023-12-31T16:00:00Z"), "MMM yyyy"],
    ["Rp1.000", 1000, '"Rp"#,##0'],
    ["Rp 1.234,50", 1234.5, '"Rp"#,##0.00'],
    ["63,57", 63.57, undefined],
    ["80-90", "80-90", undefined],
    ["31-2", "31-2", undefined],
    ["2.07.01", "2.07.01", undefined],
  ])("%s", (typed, value, numberFormat) => {
    const now = new Date("2026-11-30T05:00:00Z");
    expect(parseInput(typed, TZ, now)).toEqual(numberFormat ? { value, numberFormat } : { value });
  });

  it("'=' alone is a formula (Sheets shows #ERROR!), \"'=\" the text =", () => {
    expect(parseInput("=", TZ)).toEqual({ value: null, formula: "=" });
    expect(parseInput("'=", TZ)).toEqual({ value: "=" });
  });

  it("setValues stores a date for '3-5', and text in a cell formatted as plain text", () => {
    const wb = new MemoryWorkbook();
    wb.addTab("Data");
    const sheet = createGas(wb).SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Data");
    sheet?.getRange(1, 1, 1, 2).setValues([["3-5", "Rp1.000"]]);
    expect(sheet?.getRange(1, 1).getValue()).toBeInstanceOf(Date);
    expect(sheet?.getRange(1, 2).getDisplayValue()).toBe("Rp1.000");
    sheet
      ?.getRange(2, 1, 1, 2)
      .setNumberFormat("@")
      .setValues([["3-5", "Rp1.000"]]);
    expect(sheet?.getRange(2, 1, 1, 2).getValues()).toEqual([["3-5", "Rp1.000"]]);
  });
});
