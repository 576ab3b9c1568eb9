/**
 * The formatting rows take when a script inserts them. Apps Script's reference (Class Sheet:
 * insertRowAfter, insertRowsAfter, insertRowBefore, insertRowsBefore, insertRows) says nothing of
 * it; the Sheets API's InsertDimensionRequest documents the two ways: `inheritFromBefore` true gives
 * the new rows the formatting of the row before them ("if row index 0 has red background and row
 * index 1 has a green background, then inserting 2 rows at index 1 … the two new rows will be red"),
 * false that of the row after them ("… will be green"). Rows inserted after a row take its
 * formatting, rows inserted before a row take that row's, as the row menu's "Insert 1 row below /
 * above" do. The new rows hold no values.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../../utils/emulator";

const RED = "#f4cccc";
const GREEN = "#d9ead3";

/** Row 1 red, bold, "#,##0" and 30 px high; row 2 green; each with a value in A. */
function striped() {
  const s = setup();
  s.sheet.getRange("A1:C1").setBackground(RED).setFontWeight("bold").setNumberFormat("#,##0");
  s.sheet.setRowHeight(1, 30);
  s.sheet.getRange("A2:C2").setBackground(GREEN);
  s.sheet.getRange("A1:A2").setValues([[1500], [2500]]);
  const look = (row: number) => ({
    background: s.sheet.getRange(row, 1, 1, 3).getBackgrounds()[0],
    bold: s.sheet.getRange(row, 2).getFontWeight(),
    format: s.sheet.getRange(row, 3).getNumberFormat(),
    height: s.sheet.getRowHeight(row),
    value: s.sheet.getRange(row, 1).getValue(),
  });
  return { ...s, look };
}

const red = { background: [RED, RED, RED], bold: "bold", format: "#,##0", height: 30, value: "" };
const green = { background: [GREEN, GREEN, GREEN], bold: "normal", format: "General", height: 21, value: "" };

describe("rows inserted by a script take the formatting Sheets gives them", () => {
  it("insertRowsAfter(1, 2): the two new rows are red like row 1 (inheritFromBefore true)", () => {
    const { sheet, look } = striped();
    sheet.insertRowsAfter(1, 2);
    expect([look(2), look(3)]).toEqual([red, red]);
    expect(look(4)).toEqual({ ...green, value: 2500 });
  });

  it("insertRowsBefore(2, 2) and insertRows(2, 2): the new rows are green like the row they go above (inheritFromBefore false)", () => {
    for (const insert of [
      (s: ReturnType<typeof striped>) => s.sheet.insertRowsBefore(2, 2),
      (s: ReturnType<typeof striped>) => s.sheet.insertRows(2, 2),
    ]) {
      const s = striped();
      insert(s);
      expect([s.look(2), s.look(3)]).toEqual([green, green]);
      expect(s.look(1)).toEqual({ ...red, value: 1500 });
    }
  });

  it("insertRowAfter(1) and insertRowBefore(1): one row, from the row before and from row 1 (which has none before it)", () => {
    const after = striped();
    after.sheet.insertRowAfter(1);
    expect(after.look(2)).toEqual(red);
    const before = striped();
    before.sheet.insertRowBefore(1);
    expect(before.look(1)).toEqual(red);
    expect(before.look(2)).toEqual({ ...red, value: 1500 });
  });
});
