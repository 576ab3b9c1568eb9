import { describe, expect, it } from "vitest";
import { setup } from "../../utils/emulator";

describe("values", () => {
  it("getValues returns typed computed values", () => {
    const { sheet } = setup();
    sheet
      .getRange("A1:F1")
      .setValues([[12, "teks", true, new Date("2024-03-31T00:00:00+07:00"), "", "=A1*2"]]);
    const [row] = sheet.getRange("A1:F1").getValues();
    expect(row.slice(0, 3)).toEqual([12, "teks", true]);
    expect(row[3]).toBeInstanceOf(Date);
    expect((row[3] as Date).toISOString()).toBe("2024-03-30T17:00:00.000Z");
    expect(row[4]).toBe("");
    expect(row[5]).toBe(24);
    expect(sheet.getRange("A1:F1").getFormulas()).toEqual([["", "", "", "", "", "=A1*2"]]);
    expect(sheet.getRange("D1").getDisplayValue()).toBe("31/03/2024");
  });

  it("setValues parses strings as an id_ID spreadsheet does", () => {
    const { sheet } = setup();
    const input = [
      ["63,57", "1.234.567", "95%", "-5", "+5", "TRUE", "false", "Zona Hijau", "1.5", "89,335,000"],
    ];
    const range = sheet.getRange(1, 1, 1, input[0].length);
    range.setValues(input);
    expect(range.getValues()).toEqual([
      [63.57, 1234567, 0.95, -5, 5, true, false, "Zona Hijau", "1.5", "89,335,000"],
    ]);
    expect(sheet.getRange("C1").getNumberFormat()).toBe("0%");
    expect(range.getDisplayValues()[0].slice(0, 3)).toEqual(["63,57", "1234567", "95%"]);
  });

  it("a leading apostrophe stores the rest as text; '@' cells keep text", () => {
    const { sheet } = setup();
    sheet.getRange("A1:C1").setValues([["'=SUM(1)", "'0012", "'+62"]]);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([["=SUM(1)", "0012", "+62"]]);
    expect(sheet.getRange("A1:C1").getFormulas()).toEqual([["", "", ""]]);
    sheet.getRange("D1").setNumberFormat("@").setValue("63,57");
    expect(sheet.getRange("D1").getValue()).toBe("63,57");
  });

  it("rejects data of the wrong shape with Sheets' message", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange("A1:B2").setValues([[1, 2]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() => sheet.getRange("A1:B1").setValues([[1, 2, 3]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.",
    );
  });

  it("formats numbers for display in id_ID", () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1:E1").setValues([[1234567.891, 0.9703, -8672399000, 61.68, 1852283616]]);
    r.setNumberFormats([["#,##0.00", "0.00%", "#,##0", "0.0", '"Rp "#,##0']]);
    expect(r.getDisplayValues()).toEqual([
      ["1.234.567,89", "97,03%", "-8.672.399.000", "61,7", "Rp 1.852.283.616"],
    ]);
  });

  it("dates typed in id_ID and date arithmetic give Dates", () => {
    const { sheet } = setup();
    sheet.getRange("A1:B1").setValues([["31/12/2024", "=A1+1"]]);
    const [[a, b]] = sheet.getRange("A1:B1").getValues();
    expect(a).toBeInstanceOf(Date);
    expect((b as Date).toISOString()).toBe("2024-12-31T17:00:00.000Z");
    expect(sheet.getRange("A1:B1").getDisplayValues()).toEqual([["31/12/2024", "01/01/2025"]]);
  });

  it("evaluates formulas with cross-sheet references and shows errors as Sheets does", () => {
    const { ss, sheet } = setup();
    const data = ss.insertSheet("Data Bidang");
    data.getRange("A1:B2").setValues([
      [8672399000, 7715264852],
      [10, 0],
    ]);
    sheet
      .getRange("A1:C1")
      .setFormulas([["='Data Bidang'!B1/'Data Bidang'!A1*100", "=SUM('Data Bidang'!A1:A2)", "=A2/0"]]);
    const [[serapan, total, div]] = sheet.getRange("A1:C1").getValues();
    expect(serapan).toBeCloseTo(88.96, 2);
    expect(total).toBe(8672399010);
    expect(div).toBe("#DIV/0!");
    // Changing a precedent recomputes the dependent.
    data.getRange("B1").setValue(8672399000);
    expect(sheet.getRange("A1").getValue()).toBe(100);
    expect(sheet.getRange("A1").getFormula()).toBe("='Data Bidang'!B1/'Data Bidang'!A1*100");
  });
});
