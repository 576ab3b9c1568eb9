/**
 * Formulas a person may type that the formula engine (HyperFormula 3.5) stopped on with an English
 * exception, leaving the `npm start` grid unable to take another edit. Each now shows what Sheets
 * shows:
 * - a circular reference is #REF! with "Circular dependency detected" in its formula cell only (an
 *   error result spills nothing), and a formula reading that cell's range gets the error;
 * - a tab named in a formula that no tab has (renamed away) is #REF!, however often the formula is
 *   typed again and whatever rows are inserted while a blocked array result is tried again.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../utils/emulator";

const CIRCULAR =
  "Dependensi melingkar terdeteksi: rumus ini merujuk ke dirinya sendiri, langsung atau lewat sel lain.";

describe("a circular ARRAYFORMULA", () => {
  it("typed in A1 over A1:A3 is #REF! in A1 only, with the circular-dependency sentence", () => {
    const { sheet, workbook } = setup();
    const tab = workbook.getTab("Sheet1");
    sheet.getRange("A1").setFormula("=ARRAYFORMULA(A1:A3*2)");
    expect(sheet.getRange("A1:A3").getValues()).toEqual([["#REF!"], [""], [""]]);
    expect(workbook.cellError(tab, 1, 1)).toEqual({ code: "#REF!", message: CIRCULAR });
    expect(workbook.cellError(tab, 2, 1)).toBeUndefined();
    // The cells below take a value, and the formula stays circular.
    sheet.getRange("A2").setValue(7);
    expect(sheet.getRange("A1:A3").getValues()).toEqual([["#REF!"], [7], [""]]);
    expect(workbook.cellError(tab, 1, 1)?.message).toBe(CIRCULAR);
  });

  it("read by another array formula whose result was blocked gives that formula the error, never an exception", () => {
    const { sheet } = setup();
    sheet.getRange("B1").setFormula("=ARRAYFORMULA(A1:A3*2)");
    sheet.getRange("B2").setValue(5);
    sheet.getRange("A1").setFormula("=ARRAYFORMULA(A1:A3*2)");
    // Clearing B2 tries B1 again; it reads A1:A3, the circular result ("Unknown array" before).
    sheet.getRange("B2").clearContent();
    expect(sheet.getRange("A1:B3").getValues()).toEqual([
      ["#REF!", "#REF!"],
      ["", ""],
      ["", ""],
    ]);
    sheet.getRange("A1").setValue(1);
    expect(sheet.getRange("B1:B3").getValues()).toEqual([[2], [0], [0]]);
  });
});

describe("a formula naming a tab that is not there", () => {
  it("is #REF! and can be typed again over itself", () => {
    const { sheet, ss } = setup();
    ss.insertSheet("Data");
    ss.getSheetByName("Data")?.setName("Data 2024");
    sheet.getRange("A1").setFormula("='Data'!B1+1");
    expect(sheet.getRange("A1").getValue()).toBe("#REF!");
    sheet.getRange("A1").setFormula("='Data'!B2+1");
    expect(sheet.getRange("A1").getFormula()).toBe("=Data!B2+1");
    expect(sheet.getRange("A1").getValue()).toBe("#REF!");
  });

  it("typed over a blocked array result survives the rows inserted after it (the blocked result is tried again)", () => {
    const { sheet } = setup();
    sheet.getRange("C1:C3").setValues([[1], [2], [3]]);
    sheet.getRange("A1").setFormula("=ARRAYFORMULA(C1:C3*2)");
    sheet.getRange("A2").setValue(1);
    sheet.getRange("A1").setFormula("='Lama'!B1+1");
    sheet.insertRowsAfter(1, 2);
    sheet.insertRowsAfter(sheet.getMaxRows(), 5);
    expect(sheet.getRange("A1:A4").getValues()).toEqual([["#REF!"], [""], [""], [1]]);
    expect(sheet.getRange("A1").getFormula()).toBe("=Lama!B1+1");
    // The grid keeps taking edits.
    sheet.getRange("A1").setFormula("=ARRAYFORMULA(C1:C2*2)");
    expect(sheet.getRange("A1:A2").getValues()).toEqual([[2], [0]]);
  });
});

describe("a formula reading a cell whose formula cannot be parsed", () => {
  it("names that cell to fix, not its own syntax (it is sound)", () => {
    const { sheet, workbook, ss } = setup();
    const tab = workbook.getTab("Sheet1");
    sheet.getRange("A1").setFormula("=SUM(1,");
    sheet.getRange("B1").setFormula("=A1*2");
    expect(sheet.getRange("B1").getValue()).toBe("#ERROR!");
    expect(workbook.cellError(tab, 1, 2)?.message).toBe(
      "Sel A1 yang dirujuk rumus ini berisi rumus yang tidak dapat diurai: perbaiki rumus di sel itu.",
    );
    expect(workbook.cellError(tab, 1, 1)?.message).toBe(
      'Kesalahan penguraian formula: 1 kurung buka "(" belum ditutup dengan ")".',
    );
    const other = ss.insertSheet("Data 2024");
    other.getRange("C2").setFormula("=Sheet1!B1+1");
    expect(workbook.cellError(workbook.getTab("Data 2024"), 2, 3)?.message).toBe(
      "Sel Sheet1!A1 yang dirujuk rumus ini berisi rumus yang tidak dapat diurai: perbaiki rumus di sel itu.",
    );
  });
});
