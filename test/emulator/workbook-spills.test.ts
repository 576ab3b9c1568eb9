/**
 * Array results (a custom function over a range, ARRAYFORMULA) as Sheets spills them. "If a custom
 * function returns a two-dimensional array of values, the values overflow into adjacent cells as
 * long as those cells are empty" (Custom Functions in Google Sheets,
 * developers.google.com/apps-script/guides/sheets/functions): a value in the way blocks the
 * result (#REF!), and once the value is gone the result spills again, however the value came
 * there (typed over the result, there before the formula, read from a file) and wherever rows
 * inserted or deleted have moved it. A row inserted inside the result makes the formula's ranges
 * grow over it and the result spills over the new row (ARRAYFORMULA,
 * support.google.com/docs/answer/3093275; ranges spanning an insertion grow, as for any formula).
 */
import { describe, expect, it } from "vitest";
import type { MemoryWorkbook, Tab } from "../../src/emulator/workbook";
import { loadXlsx, xlsxBuffer } from "../../src/emulator/xlsx";
import { setup } from "../utils/emulator";

const BLOCKED =
  "Hasil array tidak diperluas karena akan menimpa data di sel di bawah atau di sebelah kanannya: kosongkan sel-sel itu agar hasilnya muat.";

/** Column B holds =ARRAYFORMULA(A1:A3*2) over A1:A3 = 1, 2, 3; D1 counts the 4s of the result. */
function doubled() {
  const s = setup();
  s.sheet.getRange("A1:A3").setValues([[1], [2], [3]]);
  s.sheet.getRange("B1").setFormula("=ARRAYFORMULA(A1:A3*2)");
  s.sheet.getRange("D1").setFormula("=COUNTIF(B1:B3,4)");
  const tab = s.workbook.getTab("Sheet1");
  const column = (rows: number) => s.sheet.getRange(1, 2, rows, 1).getValues().flat();
  return { ...s, tab, column };
}

function blockedAt(wb: MemoryWorkbook, tab: Tab, row: number, col: number) {
  return wb.cellError(tab, row, col);
}

describe("an array result blocked by a value spills again once the value is cleared", () => {
  it("a value typed over the spilled result blocks it; clearing the cell (Delete) brings the column back", () => {
    const { sheet, workbook, tab, column } = doubled();
    expect(column(3)).toEqual([2, 4, 6]);

    sheet.getRange("B2").setValue("Tinggi");
    expect(column(3)).toEqual(["#REF!", "Tinggi", ""]);
    expect(blockedAt(workbook, tab, 1, 2)).toEqual({ code: "#REF!", message: BLOCKED });
    expect(sheet.getRange("D1").getValue()).toBe(0);

    sheet.getRange("B2").clearContent();
    expect(column(3)).toEqual([2, 4, 6]);
    expect(sheet.getRange("B1:B3").getFormulas()).toEqual([["=ARRAYFORMULA(A1:A3*2)"], [""], [""]]);
    expect(sheet.getRange("D1").getValue()).toBe(1);
  });

  it('also when the value is set to empty with setValue("") or cleared with the whole row\'s contents', () => {
    const { sheet, column } = doubled();
    sheet.getRange("B3").setValue("x");
    sheet.getRange("B3").setValue("");
    expect(column(3)).toEqual([2, 4, 6]);
    sheet.getRange("B2").setValue("y");
    sheet.getRange("A2:C2").clear();
    expect(column(3)).toEqual([2, 0, 6]);
  });

  it("a value that was there before the formula: the formula spills when it is gone", () => {
    const { sheet, column } = doubledOver("catatan");
    expect(column(3)).toEqual(["#REF!", "catatan", ""]);
    sheet.getRange("B2").clearContent();
    expect(column(3)).toEqual([2, 4, 6]);
  });

  it("stays blocked while any value is in the way, and an edit elsewhere does not unblock it", () => {
    const { sheet, column } = doubled();
    sheet.getRange("B2:B3").setValues([["a"], ["b"]]);
    sheet.getRange("B2").clearContent();
    expect(column(3)).toEqual(["#REF!", "", "b"]);
    sheet.getRange("E9").setValue(5);
    expect(column(3)).toEqual(["#REF!", "", "b"]);
    sheet.getRange("B3").clearContent();
    expect(column(3)).toEqual([2, 4, 6]);
  });

  it("a blocked result read from an .xlsx spills once the value is cleared", async () => {
    const { workbook, sheet } = doubled();
    sheet.getRange("B3").setValue("catatan");
    const loaded = await loadXlsx(await xlsxBuffer(workbook));
    const tab = loaded.getTab("Sheet1");
    expect(loaded.values(tab, { row: 1, col: 2, rows: 3, cols: 1 }).flat()).toEqual(["#REF!", "", "catatan"]);
    loaded.clear(tab, { row: 3, col: 2, rows: 1, cols: 1 });
    expect(loaded.values(tab, { row: 1, col: 2, rows: 3, cols: 1 }).flat()).toEqual([2, 4, 6]);
  });

  it("the blocked formula and its blocking value moved by rows inserted and deleted above: clearing still spills", () => {
    const { sheet, workbook, tab } = doubled();
    sheet.getRange("B2").setValue("Tinggi");
    // Two rows after row 1: inside the range the formula reads and would spill over.
    workbook.insertRowsAfter(tab, 1, 2);
    expect(sheet.getRange("B4").getValue()).toBe("Tinggi");
    workbook.deleteRows(tab, 2, 1);
    expect(sheet.getRange("B3").getValue()).toBe("Tinggi");
    sheet.getRange("B3").clearContent();
    // A1:A3 grew to A1:A5 over the two rows and shrank by the one deleted: four rows.
    expect(sheet.getRange("B1").getFormula()).toBe("=ARRAYFORMULA(A1:A4*2)");
    expect(sheet.getRange("B1:B4").getValues().flat()).toEqual([2, 0, 4, 6]);
  });

  it("a blocked formula moved down by rows inserted above it spills where it now is", () => {
    const { sheet, workbook } = setup();
    const t = workbook.getTab("Sheet1");
    sheet.getRange("A5:A7").setValues([[1], [2], [3]]);
    sheet.getRange("B6").setValue("catatan");
    sheet.getRange("B5").setFormula("=ARRAYFORMULA(A5:A7*2)");
    expect(sheet.getRange("B5").getValue()).toBe("#REF!");
    workbook.insertRowsAfter(t, 2, 3);
    expect(sheet.getRange("B8").getFormula()).toBe("=ARRAYFORMULA(A8:A10*2)");
    sheet.getRange("B9").clearContent();
    expect(sheet.getRange("B8:B10").getValues().flat()).toEqual([2, 4, 6]);
  });

  it("deleting the row that holds the blocking value spills the result", () => {
    const { sheet, workbook, tab, column } = doubled();
    sheet.getRange("A4").setValue(4);
    sheet.getRange("B1").setFormula("=ARRAYFORMULA(A1:A4*2)");
    sheet.getRange("B3").setValue("catatan");
    expect(column(4)).toEqual(["#REF!", "", "catatan", ""]);
    workbook.deleteRows(tab, 3, 1);
    expect(sheet.getRange("B1").getFormula()).toBe("=ARRAYFORMULA(A1:A3*2)");
    expect(column(3)).toEqual([2, 4, 8]);
  });
});

/** =ARRAYFORMULA(A1:A3*2) written in B1 over a value already in B2. */
function doubledOver(value: string) {
  const s = setup();
  s.sheet.getRange("A1:A3").setValues([[1], [2], [3]]);
  s.sheet.getRange("B2").setValue(value);
  s.sheet.getRange("B1").setFormula("=ARRAYFORMULA(A1:A3*2)");
  const column = (rows: number) => s.sheet.getRange(1, 2, rows, 1).getValues().flat();
  return { ...s, column };
}

describe("rows and columns inserted inside an array result", () => {
  it("a row inserted inside the result: the ranges grow, the result spills over the new row, a COUNTIF over it grows too", () => {
    const { sheet, column } = doubled();
    sheet.insertRowsAfter(1, 1);
    expect(sheet.getRange("B1").getFormula()).toBe("=ARRAYFORMULA(A1:A4*2)");
    expect(column(4)).toEqual([2, 0, 4, 6]);
    expect(sheet.getRange("D1").getFormula()).toBe("=COUNTIF(B1:B4,4)");
    expect(sheet.getRange("D1").getValue()).toBe(1);
    sheet.getRange("A2").setValue(2);
    expect(column(4)).toEqual([2, 4, 4, 6]);
    expect(sheet.getRange("D1").getValue()).toBe(2);
  });

  it("a custom function's result over a range (KRITERIA-like, one call per column) spills over inserted rows", () => {
    const { sheet, workbook } = setup();
    workbook.setCustomFunctions({
      KRITERIA: (capaian) =>
        (capaian as (number | "")[][]).map(([c]) => [c === "" ? "" : c >= 91 ? "Sangat Tinggi" : "Tinggi"]),
    });
    const t = workbook.getTab("Sheet1");
    sheet.getRange("A1:A3").setValues([[97.03], [80], [95]]);
    sheet.getRange("B1").setFormula("=KRITERIA(A1:A3)");
    sheet.getRange("C1").setFormula('=COUNTIF(B1:B3,"Tinggi")');
    workbook.insertRowsAfter(t, 2, 2);
    sheet.getRange("A3:A4").setValues([[50], [99]]);
    expect(sheet.getRange("B1").getFormula()).toBe("=KRITERIA(A1:A5)");
    expect(sheet.getRange("B1:B5").getValues().flat()).toEqual([
      "Sangat Tinggi",
      "Tinggi",
      "Tinggi",
      "Sangat Tinggi",
      "Sangat Tinggi",
    ]);
    expect(sheet.getRange("C1").getValue()).toBe(2);
  });

  it("a row inserted inside a blocked result keeps it blocked until the value is gone", () => {
    const { sheet, column } = doubled();
    sheet.getRange("B3").setValue("catatan");
    sheet.insertRowsAfter(1, 1);
    expect(column(4)).toEqual(["#REF!", "", "", "catatan"]);
    sheet.getRange("B4").clearContent();
    expect(column(4)).toEqual([2, 0, 4, 6]);
  });

  it("a column inserted inside a result spilled to the right", () => {
    const { sheet } = setup();
    sheet.getRange("A1:C1").setValues([[1, 2, 3]]);
    sheet.getRange("A2").setFormula("=ARRAYFORMULA(A1:C1*10)");
    sheet.getRange("A3").setFormula("=SUM(A2:C2)");
    sheet.insertColumnsAfter(1, 1);
    expect(sheet.getRange("A2").getFormula()).toBe("=ARRAYFORMULA(A1:D1*10)");
    expect(sheet.getRange("A2:D2").getValues()).toEqual([[10, 0, 20, 30]]);
    expect(sheet.getRange("A3").getFormula()).toBe("=SUM(A2:D2)");
    expect(sheet.getRange("A3").getValue()).toBe(60);
  });

  it("a row deleted inside the result: the ranges shrink and the result with them", () => {
    const { sheet, workbook, tab, column } = doubled();
    workbook.deleteRows(tab, 2, 1);
    expect(sheet.getRange("B1").getFormula()).toBe("=ARRAYFORMULA(A1:A2*2)");
    expect(column(3)).toEqual([2, 6, ""]);
  });
});

describe("the rectangle of a spilled result", () => {
  it("is the result's own, beside a neighbouring result that starts a row higher, and both come back from an .xlsx", async () => {
    const { sheet, workbook } = setup();
    sheet.getRange("D1:D5").setValues([[1], [2], [3], [4], [5]]);
    sheet.getRange("B1").setFormula("=ARRAYFORMULA(D1:D5*10)");
    sheet.getRange("A2").setFormula("=ARRAYFORMULA(D2:D4*2)");
    const tab = workbook.getTab("Sheet1");
    expect(workbook.spillRect(tab, 2, 1)).toEqual({ row: 2, col: 1, rows: 3, cols: 1 });
    expect(workbook.spillRect(tab, 1, 2)).toEqual({ row: 1, col: 2, rows: 5, cols: 1 });
    expect(workbook.spillRect(tab, 3, 1)).toBeUndefined();

    const loaded = await loadXlsx(await xlsxBuffer(workbook));
    const t = loaded.getTab("Sheet1");
    expect(loaded.values(t, { row: 1, col: 1, rows: 5, cols: 2 })).toEqual([
      ["", 10],
      [4, 20],
      [6, 30],
      [8, 40],
      ["", 50],
    ]);
    expect(loaded.spillRect(t, 2, 1)).toEqual({ row: 2, col: 1, rows: 3, cols: 1 });
  });
});

describe("a result blocked by another formula's result", () => {
  it("spills once the other formula is cleared, also when that formula's cell lies left of the blocked one", () => {
    const { sheet } = setup();
    sheet.getRange("D5:D7").setValues([[1], [2], [3]]);
    sheet.getRange("E1:G1").setValues([[7, 8, 9]]);
    // A6's result covers A6:C6, in the way of B5's result (B5:B7).
    sheet.getRange("A6").setFormula("=ARRAYFORMULA(E1:G1*1)");
    sheet.getRange("B5").setFormula("=ARRAYFORMULA(D5:D7*2)");
    expect(sheet.getRange("B5:B7").getValues().flat()).toEqual(["#REF!", 8, ""]);
    sheet.getRange("A6").clearContent();
    expect(sheet.getRange("B5:B7").getValues().flat()).toEqual([2, 4, 6]);
    // Written again, the other formula is the one blocked: B5's result is in its way now.
    sheet.getRange("A6").setFormula("=ARRAYFORMULA(E1:G1*1)");
    expect(sheet.getRange("B5").getValue()).toBe(2);
    expect(sheet.getRange("A6").getValue()).toBe("#REF!");
  });
});
