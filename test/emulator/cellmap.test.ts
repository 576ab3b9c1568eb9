import { describe, expect, it } from "vitest";
import { CellMap } from "../../src/emulator/cellmap";
import { MemoryWorkbook } from "../../src/emulator/workbook";

describe("a tab's per-cell formats, notes and validations", () => {
  it("CellMap keeps cells by row and column, lists them row by row and counts them", () => {
    const m = new CellMap<string>();
    m.set(10, 2, "b");
    m.set(3, 7, "a");
    m.set(10, 1, "c");
    m.set(10, 1, "d");
    expect(m.size).toBe(3);
    expect(m.entries()).toEqual([
      ["3:7", "a"],
      ["10:1", "d"],
      ["10:2", "b"],
    ]);
    expect([...m]).toEqual(m.entries());
    expect(m.row(10)).toEqual([
      [1, "d"],
      [2, "b"],
    ]);
    expect(m.lastRow()).toBe(10);
    m.delete(10, 1);
    m.delete(10, 2);
    m.delete(99, 1);
    expect(m.size).toBe(1);
    expect(m.lastRow()).toBe(3);
  });

  it("inserting and deleting rows and columns moves what follows and drops what was deleted", () => {
    const m = new CellMap<string>();
    for (const [r, c] of [
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ])
      m.set(r, c, `${r}${c}`);
    m.shift("row", 2, 2); // two rows inserted before row 2
    expect(m.entries().map(([k]) => k)).toEqual(["1:1", "4:2", "5:3", "6:4"]);
    m.shift("row", 4, -2); // rows 4 and 5 deleted
    expect(m.entries()).toEqual([
      ["1:1", "11"],
      ["4:4", "44"],
    ]);
    m.shift("col", 2, 3);
    expect(m.entries().map(([k]) => k)).toEqual(["1:1", "4:7"]);
    m.shift("col", 1, -1);
    expect(m.entries()).toEqual([["4:6", "44"]]);
    expect(m.size).toBe(1);
  });

  it("a style set on a rectangle, cell by cell or field by field reads the same; a reset field is gone", () => {
    const wb = new MemoryWorkbook();
    const tab = wb.addTab("A");
    tab.patchStyle({ row: 1, col: 1, rows: 2, cols: 2 }, { numberFormat: "0.00", fontWeight: "bold" });
    tab.setStyle(2, 2, "background", "#ff0000");
    tab.setStyle(1, 2, "fontWeight", undefined);
    expect(tab.style(1, 1)).toEqual({ numberFormat: "0.00", fontWeight: "bold" });
    expect(tab.style(2, 2)).toEqual({ numberFormat: "0.00", fontWeight: "bold", background: "#ff0000" });
    expect(tab.style(1, 2)).toEqual({ numberFormat: "0.00" });
    expect(tab.style(3, 3)).toEqual({});
    // Equal styles are one shared object, which no one can change through a read.
    tab.setStyle(3, 3, "fontWeight", "bold");
    tab.setStyle(3, 3, "numberFormat", "0.00");
    expect(tab.style(3, 3)).toBe(tab.style(1, 1));
    expect(Object.isFrozen(tab.style(1, 1))).toBe(true);
    tab.patchStyle({ row: 1, col: 1, rows: 1, cols: 2 }, { numberFormat: undefined, fontWeight: undefined });
    expect(tab.style(1, 1)).toEqual({});
    expect(tab.styles.size).toBe(3);
    tab.clearFormats({ row: 2, col: 1, rows: 2, cols: 3 });
    expect(tab.styles.size).toBe(0);
  });
});
