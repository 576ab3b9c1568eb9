/**
 * Rows inserted and deleted through the Sheet methods a script (or a trial) uses, as the Apps Script
 * reference (Class Sheet) names them: insertRowAfter, insertRowBefore, insertRows, insertRowsBefore,
 * deleteRow, deleteRows. Inside the KRITERIA-like result of a formula over a range they are allowed,
 * its ranges grow or shrink with the rows, and it spills again over them, as in Sheets.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../../utils/emulator";

function rated() {
  const s = setup();
  s.workbook.setCustomFunctions({
    KRITERIA: (capaian) =>
      (capaian as (number | "")[][]).map(([c]) => [c === "" ? "" : c >= 91 ? "Sangat Tinggi" : "Tinggi"]),
  });
  s.sheet.getRange("A1:A3").setValues([[97.03], [80], [95]]);
  s.sheet.getRange("B1").setFormula("=KRITERIA(A1:A3)");
  const column = (rows: number) => s.sheet.getRange(1, 1, rows, 2).getValues();
  return { ...s, column };
}

describe("rows inserted and deleted through the Sheet methods", () => {
  it("insertRowAfter and insertRowBefore inside the result: the formula reads the new rows and its result covers them", () => {
    const { sheet, column } = rated();
    sheet.insertRowAfter(1).getRange("A2").setValue(99);
    expect(sheet.getRange("B1").getFormula()).toBe("=KRITERIA(A1:A4)");
    sheet.insertRowBefore(4).getRange("A4").setValue(50);
    expect(sheet.getRange("B1").getFormula()).toBe("=KRITERIA(A1:A5)");
    expect(column(5)).toEqual([
      [97.03, "Sangat Tinggi"],
      [99, "Sangat Tinggi"],
      [80, "Tinggi"],
      [50, "Tinggi"],
      [95, "Sangat Tinggi"],
    ]);
  });

  it("insertRows and insertRowsBefore insert before the given row; deleteRow and deleteRows take rows out of the result", () => {
    const { sheet, column } = rated();
    sheet.insertRows(2, 2);
    expect(sheet.getRange("B1").getFormula()).toBe("=KRITERIA(A1:A5)");
    expect(column(5).map((r) => r[1])).toEqual(["Sangat Tinggi", "", "", "Tinggi", "Sangat Tinggi"]);
    sheet.insertRowsBefore(1, 1);
    expect(sheet.getRange("B2").getFormula()).toBe("=KRITERIA(A2:A6)");
    expect(sheet.deleteRow(3).getMaxRows()).toBe(1002);
    sheet.deleteRows(3, 1);
    expect(sheet.getRange("B2").getFormula()).toBe("=KRITERIA(A2:A4)");
    expect(column(5)).toEqual([
      ["", ""],
      [97.03, "Sangat Tinggi"],
      [80, "Tinggi"],
      [95, "Sangat Tinggi"],
      ["", ""],
    ]);
  });

  it("deleteRows refuses rows outside the sheet and all the rows that are not frozen, with Apps Script's messages", () => {
    const { sheet } = rated();
    expect(() => sheet.deleteRows(999, 5)).toThrow("Those rows are out of bounds.");
    expect(() => sheet.deleteRows(1, 1000)).toThrow(
      "Sorry, it is not possible to delete all non-frozen rows.",
    );
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRows(2, 999)).toThrow(
      "Sorry, it is not possible to delete all non-frozen rows.",
    );
  });
});

describe("what lies in deleted rows goes with them, what follows moves up", () => {
  it("merges, protected ranges and conditional format ranges shrink or go, as the cells they cover do", () => {
    const { gas, sheet } = setup();
    const app = gas.SpreadsheetApp;
    sheet.getRange("A2:B4").merge();
    sheet.getRange("A8:A9").merge();
    sheet.getRange("A5:C7").protect().setDescription("dihitung");
    sheet.getRange("A3:C4").protect().setDescription("dihapus");
    const rule = app.newConditionalFormatRule().whenTextEqualTo("Tinggi").setBackground("#8bc34a");
    sheet.setConditionalFormatRules([rule.setRanges([sheet.getRange("D2:D10")]).build()]);

    sheet.deleteRows(3, 3);
    expect(
      sheet
        .getRange("A1:C10")
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["A2:B2", "A5:A6"]);
    const protections = sheet.getProtections(app.ProtectionType.RANGE);
    expect(protections.map((p) => [p.getDescription(), p.getRange().getA1Notation()])).toEqual([
      ["dihitung", "A3:C4"],
    ]);
    expect(
      sheet
        .getConditionalFormatRules()[0]
        .getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["D2:D7"]);

    // A merge of two rows with one of them deleted is a single cell: no merge.
    sheet.deleteRow(5);
    expect(
      sheet
        .getRange("A1:C10")
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["A2:B2"]);
  });
});
