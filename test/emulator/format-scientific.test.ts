/**
 * A number typed with an exponent ("2e3") gets Sheets' scientific format "0.00E+00" and is shown
 * "2,00E+03" in an id-ID spreadsheet, as the format says: one digit, two decimals, the exponent with
 * its sign and two digits. The grid showed "2000,00E+00" (the format's E read as a literal letter).
 */
import { describe, expect, it } from "vitest";
import { formatDisplay, parseInput } from "../../src/emulator/format";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { sheetView } from "../../src/local/view";

const TZ = "Asia/Jakarta";

describe("a scientific number format", () => {
  it("shows one digit, the decimals, and the exponent with its sign", () => {
    const cases: [number, string, string][] = [
      [2000, "0.00E+00", "2,00E+03"],
      [-2000, "0.00E+00", "-2,00E+03"],
      [0.00042, "0.00E+00", "4,20E-04"],
      [0, "0.00E+00", "0,00E+00"],
      [123456789, "0.00E+00", "1,23E+08"],
      [999, "0.00E+00", "9,99E+02"],
      [9999, "0.00E+00", "1,00E+04"],
      [1.5e21, "0.00E+00", "1,50E+21"],
      [2000, "0.0#E+0", "2,0E+3"],
      [2500, "0E+00", "3E+03"],
      [0.5, "0.00E-00", "5,00E-01"],
      [50, "0.00E-00", "5,00E01"],
    ];
    expect(cases.map(([v, p]) => formatDisplay(v, p, TZ))).toEqual(cases.map((c) => c[2]));
  });

  it("is what a cell typed as 2e3 shows in the npm start grid", () => {
    const parsed = parseInput("2e3", TZ);
    expect(parsed).toEqual({ value: 2000, numberFormat: "0.00E+00" });
    const wb = new MemoryWorkbook({ name: "ilmiah" });
    const tab = wb.addTab("Data");
    tab.patchStyle({ row: 1, col: 1, rows: 1, cols: 1 }, { numberFormat: parsed.numberFormat });
    wb.write(tab, 1, 1, [[parsed.value]]);
    expect(sheetView(wb, tab).cells[0][0]?.t).toBe("2,00E+03");
  });
});
