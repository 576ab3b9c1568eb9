import { describe, expect, it } from "vitest";
import type { TabFormat } from "../../src/app/port";
import { createGas } from "../../src/emulator/facade";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { SheetsPort } from "../../src/gas/sheetsPort";

function setup() {
  const workbook = new MemoryWorkbook();
  const existing = workbook.addTab("Bidang A");
  workbook.write(existing, 1, 1, [
    ["No", "Indikator", "Target"],
    [1, "Persentase dokumen", 100],
    [2, "Jumlah pelatihan", 12],
  ]);
  const gas = createGas(workbook);
  const port = new SheetsPort(gas.SpreadsheetApp, gas.LockService);
  const sheet = gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Bidang A");
  if (!sheet) throw new Error("no sheet");
  return { workbook, gas, port, sheet };
}

const rect = (row: number, col: number, rows: number, cols: number) => ({ row, col, rows, cols });

describe("the Sheets port formats a block with one call per property", () => {
  const format: TabFormat = {
    columnWidths: [40, 200, 80, 80, 80, 120].map((width, i) => ({ col: i + 1, width })),
    styles: [
      { range: rect(1, 1, 1, 3), bold: true, background: "#d9e2f3", wrap: true },
      { range: rect(2, 3, 2, 1), numberFormat: "0.00" },
      // A later style wins where it overlaps an earlier one.
      { range: rect(3, 1, 1, 3), bold: true, background: "#eef1f6" },
      { range: rect(2, 2, 1, 1), horizontalAlignment: "center", fontColor: "#c62828" },
    ],
  };

  it("on a new tab: setters over the rectangle, widths by run, nothing read back", () => {
    const { port, gas } = setup();
    port.tabs();
    port.create("Baru");
    gas.calls.reset();
    port.format("Baru", format);
    expect(gas.calls.byMethod).toEqual({
      "Sheet.setColumnWidths": 4,
      "Sheet.getRange": 1,
      "Range.setNumberFormats": 1,
      "Range.setFontWeights": 1,
      "Range.setBackgrounds": 1,
      "Range.setFontColors": 1,
      "Range.setWraps": 1,
      "Range.setHorizontalAlignments": 1,
    });
    const sheet = gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Baru");
    const block = sheet?.getRange(1, 1, 3, 3);
    expect(block?.getFontWeights()).toEqual([
      ["bold", "bold", "bold"],
      ["normal", "normal", "normal"],
      ["bold", "bold", "bold"],
    ]);
    expect(block?.getBackgrounds()).toEqual([
      ["#d9e2f3", "#d9e2f3", "#d9e2f3"],
      ["#ffffff", "#ffffff", "#ffffff"],
      ["#eef1f6", "#eef1f6", "#eef1f6"],
    ]);
    expect(block?.getNumberFormats()).toEqual([
      ["General", "General", "General"],
      ["General", "General", "0.00"],
      ["General", "General", "0.00"],
    ]);
    expect(block?.getWraps()[0]).toEqual([true, true, true]);
    expect(block?.getWraps()[1]).toEqual([false, false, false]);
    expect(sheet?.getRange("B2").getHorizontalAlignment()).toBe("center");
    expect(sheet?.getRange("B2").getFontColor()).toBe("#c62828");
    expect([1, 2, 3, 4, 5, 6].map((c) => sheet?.getColumnWidth(c))).toEqual([40, 200, 80, 80, 80, 120]);
  });

  it("on a person's tab: a cell no style names keeps its own format, read in one call", () => {
    const { port, gas, sheet } = setup();
    // A person made B2 bold and yellow, and C3 a percentage.
    sheet.getRange("B2").setFontWeight("bold").setBackground("#ffff00");
    sheet.getRange("C3").setNumberFormat("0%");
    gas.calls.reset();
    port.format("Bidang A", {
      styles: [
        { range: rect(1, 1, 1, 3), bold: true, background: "#d9e2f3" },
        { range: rect(2, 3, 1, 1), numberFormat: "0.00" },
        { range: rect(3, 1, 1, 2), background: "#eef1f6" },
      ],
    });
    expect(gas.calls.byMethod["Range.getFontWeights"]).toBe(1);
    expect(gas.calls.byMethod["Range.setFontWeights"]).toBe(1);
    expect(gas.calls.byMethod["Range.getBackgrounds"]).toBe(1);
    expect(sheet.getRange("B2").getFontWeight()).toBe("bold");
    expect(sheet.getRange("B2").getBackground()).toBe("#ffff00");
    expect(sheet.getRange("C3").getNumberFormat()).toBe("0%");
    expect(sheet.getRange("C2").getNumberFormat()).toBe("0.00");
    expect(sheet.getRange("A3").getBackground()).toBe("#eef1f6");
    expect(sheet.getRange("A1:C1").getFontWeights()).toEqual([["bold", "bold", "bold"]]);
  });

  it("keeps the date format Sheets gives a Date written to a new tab", () => {
    const { port, gas } = setup();
    port.tabs();
    port.create("Hasil");
    port.write("Hasil", [
      {
        row: 1,
        col: 1,
        cells: [
          ["Waktu", "Nilai"],
          [new Date("2024-07-01T08:00:00Z"), 97.5],
        ],
      },
    ]);
    port.format("Hasil", { styles: [{ range: rect(2, 2, 1, 1), numberFormat: "0.00" }] });
    const sheet = gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Hasil");
    expect(sheet?.getRange("A2").getNumberFormat()).not.toBe("General");
    expect(sheet?.getRange("A2").getDisplayValue()).toMatch(/^01\/07\/2024/);
    expect(sheet?.getRange("B2").getDisplayValue()).toBe("97,50");
  });

  it("reads a tab without its formulas when asked: one call for the values", () => {
    const { port, gas } = setup();
    port.tabs();
    gas.calls.reset();
    const snapshot = port.read("Bidang A", { formulas: false });
    expect(snapshot.values[1]).toEqual([1, "Persentase dokumen", 100]);
    expect(snapshot.formulas).toEqual([]);
    expect(gas.calls.byMethod).toEqual({ "Sheet.getSheetValues": 1 });
  });
});

describe("the Sheets port reads a header band's merged ranges", () => {
  const merges = (extra: { row: number; col: number; rows: number; cols: number }[]) => {
    const { port, gas, workbook } = setup();
    const tab = workbook.getTab("Bidang A");
    workbook.write(tab, 4, 1, [[3, "Jumlah laporan", 4]]);
    // A header merge and one further down the data (a Sasaran spanning two rows).
    tab.merges.push(rect(1, 2, 1, 2), rect(3, 1, 2, 1), ...extra);
    port.tabs();
    port.read("Bidang A");
    gas.calls.reset();
    return { band: port.headerMerges("Bidang A", 2, 3), by: gas.calls.byMethod };
  };

  it("from the band itself, so merges further down the data cost no call", () => {
    const { band, by } = merges([rect(4, 2, 1, 2), rect(2, 1, 1, 2)]);
    expect(band).toEqual([rect(1, 2, 1, 2), rect(2, 1, 1, 2)]);
    expect(by).toEqual({ "Range.getMergedRanges": 1, "Sheet.getRange": 1, "Range.getA1Notation": 2 });
  });
});
