import { describe, expect, it } from "vitest";
import { createGas, PROTECTED_MESSAGE } from "../../src/emulator/facade";
import { bindCustomFunctions, loadBundle } from "../../src/emulator/gasRuntime";
import { MemoryWorkbook } from "../../src/emulator/workbook";

// A bundle as Apps Script loads it: plain script, top-level function declarations.
const BUNDLE = `
/**
 * @customfunction
 */
function CAPAIAN(target, realisasi) {
  if (Array.isArray(target)) {
    return target.map(function (row, i) {
      var r = realisasi[i][0];
      return [r === "" ? "" : (r / row[0]) * 100];
    });
  }
  return (realisasi / target) * 100;
}
function KRITERIA(capaian) {
  if (typeof capaian !== "number") throw new Error("Capaian harus angka");
  return capaian >= 91 ? "Sangat Tinggi" : "Tinggi";
}
function onOpen() {
  SpreadsheetApp.getUi().createMenu("SAKIP").addItem("Buka panel", "showSidebar").addToUi();
}
function firstCellIsDate() {
  return SpreadsheetApp.getActiveSheet().getRange("A1").getValue() instanceof Date;
}
function writeProtected() {
  try {
    SpreadsheetApp.getActiveSheet().getRange("B1").setValue(1);
    return "ditulis";
  } catch (e) {
    return e instanceof Error ? e.message : "bukan Error";
  }
}
`;

describe("gas runtime", () => {
  it("runs the bundle with the facade as globals and binds its custom functions", () => {
    const workbook = new MemoryWorkbook();
    workbook.addTab("Sheet1");
    const gas = createGas(workbook);
    const ctx = loadBundle(BUNDLE, gas);
    expect(typeof ctx.CAPAIAN).toBe("function");
    expect((ctx.CAPAIAN as (t: number, r: number) => number)(18, 13)).toBeCloseTo(72.22, 2);

    (ctx.onOpen as () => void)();
    expect(gas.ui.menus[0]).toMatchObject({ title: "SAKIP", items: [{ caption: "Buka panel" }] });
    expect(gas.calls.byMethod["Menu.addItem"]).toBe(1);

    bindCustomFunctions(workbook, ctx);
    const sheet = gas.SpreadsheetApp.getActiveSheet();
    sheet.getRange("A1:B2").setValues([
      [63.57, 61.68],
      [18, 13],
    ]);
    sheet.getRange("C1:D1").setFormulas([["=CAPAIAN(A1:A2, B1:B2)", "=KRITERIA(C1)"]]);
    sheet.getRange("D2").setFormula('=KRITERIA("x")');
    const values = sheet.getRange("C1:D2").getValues();
    expect(values[0][0]).toBeCloseTo(97.03, 2);
    expect(values[1][0]).toBeCloseTo(72.22, 2);
    expect(values[0][1]).toBe("Sangat Tinggi");
    expect(values[1][1]).toBe("#ERROR!");
    expect(workbook.cellError(workbook.getTab("Sheet1"), 2, 4)?.message).toBe("Capaian harus angka");
  });

  it("Dates and Errors reach the bundle as its own (instanceof works)", () => {
    const workbook = new MemoryWorkbook();
    workbook.addTab("Sheet1");
    const owner = createGas(workbook, { user: "kepala@dinas.go.id" });
    owner.SpreadsheetApp.getActiveSheet().getRange("A1").setValue(new Date("2024-01-02T00:00:00+07:00"));
    const p = owner.SpreadsheetApp.getActiveSheet().getRange("B1").protect();
    p.removeEditors(p.getEditors());

    const staff = createGas(workbook, { user: "staf@dinas.go.id", owner: "kepala@dinas.go.id" });
    const ctx = loadBundle(BUNDLE, staff);
    expect((ctx.firstCellIsDate as () => boolean)()).toBe(true);
    expect((ctx.writeProtected as () => string)()).toBe(PROTECTED_MESSAGE);
  });
});
