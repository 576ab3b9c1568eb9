/**
 * A tab deleted while other tabs' formulas refer to it: Sheets rewrites each reference to it as
 * #REF! (`='Data Dasar'!B4*2` → `=#REF!*2`), the cells show the error value #REF! (ERROR.TYPE 4,
 * support.google.com/docs/answer/3238305), and a tab made again under the same name does not bring
 * the references back. The emulator showed its engine's own name for the tab (`=_1!B4*2`).
 */
import { describe, expect, it } from "vitest";
import { setup } from "../utils/emulator";

describe("formulas that refer to a deleted tab", () => {
  it("read #REF! where the reference was, show #REF! with an Indonesian message, and stay so when the name comes back", () => {
    const { ss, sheet, workbook } = setup();
    const data = ss.insertSheet("Data Dasar", 1);
    const other = ss.insertSheet("Lain", 2);
    data.getRange("B1:B4").setValues([[1], [2], [3], [5]]);
    other.getRange("A1").setValue(7);
    const formulas = [
      "='Data Dasar'!B4*2",
      "=SUM('Data Dasar'!B1:B4)+Lain!A1",
      "=SUM('Data Dasar'!A:B)",
      "=COUNTIF('Data Dasar'!$B$1:B4,\">1\")",
      "=IFERROR('Data Dasar'!B4,\"'Data Dasar'!B4\")",
      "=Lain!A1*2",
    ];
    sheet.getRange(1, 3, formulas.length, 1).setFormulas(formulas.map((f) => [f]));
    expect(sheet.getRange(1, 3, formulas.length, 1).getValues().flat()).toEqual([10, 18, 11, 3, 5, 14]);

    ss.deleteSheet(data);
    expect(sheet.getRange(1, 3, formulas.length, 1).getFormulas().flat()).toEqual([
      "=#REF!*2",
      "=SUM(#REF!)+Lain!A1",
      "=SUM(#REF!)",
      '=COUNTIF(#REF!,">1")',
      "=IFERROR(#REF!,\"'Data Dasar'!B4\")",
      "=Lain!A1*2",
    ]);
    expect(sheet.getRange(1, 3, formulas.length, 1).getValues().flat()).toEqual([
      "#REF!",
      "#REF!",
      "#REF!",
      "#REF!",
      "'Data Dasar'!B4",
      14,
    ]);
    const tab = workbook.getTab("Sheet1");
    expect(workbook.cellError(tab, 1, 3)).toEqual({
      code: "#REF!",
      message:
        "Referensi tidak ada: sel, rentang atau tab yang dirujuk sudah dihapus atau berada di luar sheet.",
    });

    const again = ss.insertSheet("Data Dasar", 1);
    again.getRange("B4").setValue(50);
    expect(sheet.getRange("C1").getFormula()).toBe("=#REF!*2");
    expect(sheet.getRange("C1").getValue()).toBe("#REF!");
  });

  it("a spilling formula over the deleted tab becomes #REF! too, and the cells it spilled over are empty", () => {
    const { ss, sheet } = setup();
    const data = ss.insertSheet("Data", 1);
    data.getRange("A1:A3").setValues([[1], [2], [3]]);
    sheet.getRange("B1").setFormula("=ARRAYFORMULA(Data!A1:A3*2)");
    expect(sheet.getRange("B1:B3").getValues().flat()).toEqual([2, 4, 6]);
    ss.deleteSheet(data);
    expect(sheet.getRange("B1").getFormula()).toBe("=ARRAYFORMULA(#REF!*2)");
    expect(sheet.getRange("B1:B3").getValues().flat()).toEqual(["#REF!", "", ""]);
  });
});
