/**
 * Row heights as the Apps Script reference documents them (Class Sheet): setRowHeights(startRow,
 * numRows, height) in pixels, setRowHeight for one row, getRowHeight for one row (the only getter:
 * there is no batch getter), 21 px for a row no one sized; Range.mergeAcross merges each row of the
 * range on its own. Heights move with their rows and survive an .xlsx.
 */
import { describe, expect, it } from "vitest";
import { loadXlsx, xlsxBuffer } from "../../../src/emulator/xlsx";
import { setup } from "../../utils/emulator";

describe("row heights", () => {
  it("are set by run, read one row at a time, 21 px by default, and move with their rows", () => {
    const { sheet, workbook } = setup();
    sheet.setRowHeights(3, 2, 55).setRowHeight(7, 38);
    expect([1, 3, 4, 5, 7].map((r) => sheet.getRowHeight(r))).toEqual([21, 55, 55, 21, 38]);
    sheet.insertRowsAfter(1, 2);
    expect([3, 5, 6, 9].map((r) => sheet.getRowHeight(r))).toEqual([21, 55, 55, 38]);
    sheet.deleteRows(5, 1);
    expect([5, 6, 8].map((r) => sheet.getRowHeight(r))).toEqual([55, 21, 38]);
    // Back to the default: no height kept.
    sheet.setRowHeights(5, 1, 21);
    expect([...workbook.getTab("Sheet1").rowHeights.keys()]).toEqual([8]);
  });

  it("survive a save to .xlsx and a load (points in the file)", async () => {
    const { sheet, workbook } = setup();
    sheet.getRange("A1:A2").setValues([["judul"], ["paragraf tiga baris"]]);
    sheet.setRowHeights(2, 1, 55);
    const again = await loadXlsx(await xlsxBuffer(workbook));
    expect([...again.getTab("Sheet1").rowHeights]).toEqual([[2, 55]]);
  });
});

describe("Range.mergeAcross", () => {
  it("merges each row of the range across its columns, and breakApart undoes them", () => {
    const { sheet, workbook } = setup();
    sheet.getRange(2, 1, 3, 4).mergeAcross();
    const merges = () => workbook.getTab("Sheet1").merges;
    expect(merges()).toEqual([2, 3, 4].map((row) => ({ row, col: 1, rows: 1, cols: 4 })));
    sheet.getRange(1, 1, 10, 4).breakApart();
    expect(merges()).toEqual([]);
  });
});
