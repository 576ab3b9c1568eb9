import { HyperFormula } from "hyperformula";
import { describe, expect, it, vi } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { standardFormulas } from "../../src/core/standard";
import { emulatedPort } from "../../src/emulator/session";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { setup } from "../utils/emulator";

/** Every formula of every tab as read (`formula`) beside the engine's own text of it. */
function readBack(wb: MemoryWorkbook) {
  const read: string[] = [];
  const engine: string[] = [];
  for (const tab of wb.tabs()) {
    const { rows, cols } = wb.extent(tab);
    for (let r = 1; r <= rows; r++)
      for (let c = 1; c <= cols; c++) {
        read.push(`${tab.name}!${r}:${c} ${wb.formula(tab, r, c)}`);
        engine.push(`${tab.name}!${r}:${c} ${wb.engineFormula(tab, r, c)}`);
      }
  }
  return { read, engine, formulas: read.filter((f) => / =/.test(f)).length };
}

describe("formulas read back exactly as the formula engine writes them", () => {
  it("as written or not, before and after renames, inserted and deleted rows and columns, a removed tab", () => {
    const { workbook, ss, sheet } = setup();
    const other = ss.insertSheet("Rencana Aksi");
    other.getRange("A1:B3").setValues([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    sheet
      .getRange("A1:A13")
      .setFormulas([
        ["=SUM('Rencana Aksi'!A1:A3)"],
        ["=sum(a1)"],
        ["=A1*1.50"],
        ["=A1*.5"],
        ["=1e5+A1"],
        ["=A1*1E5"],
        ["='Rencana Aksi'!B2*2"],
        ['=IF(A1="sangat tinggi","ya",A1&"x")'],
        ["=Pengaturan!$D$2:$E$12"],
        ["=A1 * 2"],
        ["=007+A1"],
        ["=COUNTIF('Rencana Aksi'!$A$1:$A$3,\">\"&A1)"],
        ["='RENCANA'!A1+1"],
      ]);
    const same = () => {
      const { read, engine, formulas } = readBack(workbook);
      expect(read).toEqual(engine);
      return formulas;
    };
    expect(same()).toBe(13);
    expect(sheet.getRange("A2:A5").getFormulas()).toEqual([
      ["=SUM(A1)"],
      ["=A1*1.5"],
      ["=A1*0.5"],
      ["=100000+A1"],
    ]);
    other.setName("Rencana Aksi 2024");
    expect(sheet.getRange("A1").getFormula()).toBe("=SUM('Rencana Aksi 2024'!A1:A3)");
    same();
    other.insertRowsAfter(1, 2);
    expect(sheet.getRange("A1").getFormula()).toBe("=SUM('Rencana Aksi 2024'!A1:A5)");
    same();
    const tab = workbook.getTab("Sheet1");
    workbook.insertRowsAfter(tab, 1, 1);
    expect(sheet.getRange("A3").getFormula()).toBe("=SUM(A1)");
    expect(sheet.getRange("A4").getFormula()).toBe("=A1*1.5");
    same();
    workbook.deleteRows(tab, 1, 1);
    expect(sheet.getRange("A2").getFormula()).toBe("=SUM(#REF!)");
    same();
    sheet.insertColumnsAfter(0, 1);
    same();
    ss.deleteSheet(other);
    same();
    sheet.getRange("B1:B3").clearContent();
    sheet.getRange("B4").setValue(7);
    expect(sheet.getRange("B1:B4").getFormulas()).toEqual([[""], [""], [""], [""]]);
    same();
  });

  it("the evaluation and Ringkasan tabs Buat tab Triwulan writes, with standard formulas and with the add-on's, and again", () => {
    for (const standard of [standardFormulas, undefined]) {
      const wb = transmigrasiWorkbook();
      const { port } = emulatedPort(wb);
      generateTriwulan(port, { tw: 2, standard });
      // Read without the engine unparsing any of them: it writes out each formula once, for
      // engineFormula, and formula() asks it only about cells holding no formula.
      const unparse = vi.spyOn(HyperFormula.prototype, "getCellFormula");
      const first = readBack(wb);
      const unparsed = unparse.mock.results.filter((r) => typeof r.value === "string").length;
      unparse.mockRestore();
      expect(unparsed).toBe(first.formulas);
      expect(first.read).toEqual(first.engine);
      expect(first.formulas).toBeGreaterThan(100);
      generateTriwulan(port, { tw: 2, standard });
      const again = readBack(wb);
      expect(again.read).toEqual(again.engine);
    }
  });
});
