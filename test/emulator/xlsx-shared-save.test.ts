/**
 * Saving a tab of formulas filled down while they wait for the formula engine (`sakip triwulan`):
 * each column is saved as one shared formula, the file gives every row its own formula back, and
 * the save asks the workbook for the text of each group's first formula only (the others are
 * compared as they are kept, never turned to the engine's tab names and back), building no engine.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { FormulaTemplate, Templates } from "../../src/core/row-formula";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { loadXlsx, xlsxBuffer } from "../../src/emulator/xlsx";

describe("the .xlsx save of formulas waiting for the engine", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });
  it("saves each filled-down column as one shared formula, asking only its first cell's text", async () => {
    const workbook = new MemoryWorkbook();
    const plan = workbook.addTab("Bidang A");
    workbook.write(
      plan,
      1,
      1,
      Array.from({ length: 300 }, (_, i) => [i + 1, i * 2 + 0.5]),
    );
    workbook.deferFormulas = true;
    const evaluasi = workbook.addTab("Evaluasi TW II");
    workbook.write(
      evaluasi,
      1,
      1,
      Array.from({ length: 300 }, (_, i) => [
        { formula: `='Bidang A'!A${i + 1}*2` },
        { formula: `=IF(ISNUMBER('Bidang A'!B${i + 1}),'Bidang A'!B${i + 1},"-")` },
      ]),
    );
    const asked = vi.spyOn(workbook, "formula");
    const bytes = await xlsxBuffer(workbook);
    expect(workbook.engineBuilt).toBe(false);
    // The first formula of each of the two columns; none of the 598 others.
    expect(asked).toHaveBeenCalledTimes(2);
    const again = await loadXlsx(bytes);
    const tab = again.getTab("Evaluasi TW II");
    expect(again.formula(tab, 300, 1)).toBe("='Bidang A'!A300*2");
    expect(again.formula(tab, 137, 2)).toBe(`=IF(ISNUMBER('Bidang A'!B137),'Bidang A'!B137,"-")`);
    expect(again.values(tab, { row: 299, col: 1, rows: 2, cols: 2 })).toEqual([
      [598, 596.5],
      [600, 598.5],
    ]);
  });

  it("makes the text of a shared formula cell (sakip triwulan's) only for a group's first rows, the rest sliding alike", async () => {
    const workbook = new MemoryWorkbook();
    const plan = workbook.addTab("Bidang A");
    workbook.write(
      plan,
      1,
      1,
      Array.from({ length: 310 }, (_, i) => [i + 1]),
    );
    workbook.deferFormulas = true;
    const evaluasi = workbook.addTab("Evaluasi TW II");
    // Rows 1–150 read plan rows 1–150, rows 151–300 plan rows 153–302 (two rows of the plan between).
    const templates = new Templates();
    const planRow = (r: number) => (r <= 150 ? r : r + 2);
    workbook.write(
      evaluasi,
      1,
      1,
      Array.from({ length: 300 }, (_, i) => [
        templates.cell("='Bidang A'!A\u00020\u0003*2+B\u0001", i + 1, planRow(i + 1), 0),
      ]),
    );
    const made = vi.spyOn(FormulaTemplate.prototype, "at");
    const bytes = await xlsxBuffer(workbook);
    expect(workbook.engineBuilt).toBe(false);
    // Compared: row 1 (a group's first), row 2 (seen to fill down once), row 151 (a new group);
    // written: the two groups' first formulas. 5 texts for 300 cells.
    expect(made).toHaveBeenCalledTimes(5);
    const again = await loadXlsx(bytes);
    const t = again.getTab("Evaluasi TW II");
    expect([1, 150, 151, 300].map((r) => again.formula(t, r, 1))).toEqual([
      "='Bidang A'!A1*2+B1",
      "='Bidang A'!A150*2+B150",
      "='Bidang A'!A153*2+B151",
      "='Bidang A'!A302*2+B300",
    ]);
  });

  it("makes the text of a shared formula cell written through the sheets port (as `sakip triwulan` writes) for its template only, not its 300 rows", async () => {
    const workbook = new MemoryWorkbook();
    workbook.write(
      workbook.addTab("Bidang A"),
      1,
      1,
      Array.from({ length: 300 }, (_, i) => [i + 1]),
    );
    workbook.deferFormulas = true;
    const { port } = emulatedPort(workbook);
    port.create("Evaluasi TW II");
    const templates = new Templates();
    const made = vi.spyOn(FormulaTemplate.prototype, "at");
    port.write("Evaluasi TW II", [
      {
        row: 1,
        col: 1,
        cells: Array.from({ length: 300 }, (_, i) => [
          templates.cell("='Bidang A'!A\u00020\u0003*2", i + 1, i + 1, 0),
        ]),
      },
    ]);
    // The write keeps the cells as they are: the workbook asks the template's first cell what it
    // calls and which tabs it names (2 texts), the others' texts wait for a read or the save.
    expect(made).toHaveBeenCalledTimes(2);
    made.mockClear();
    await xlsxBuffer(workbook);
    expect(made).toHaveBeenCalledTimes(3);
    expect(workbook.formula(workbook.getTab("Evaluasi TW II"), 300, 1)).toBe("='Bidang A'!A300*2");
  });
});
