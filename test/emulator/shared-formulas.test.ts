/**
 * A formula is saved as a member of a shared formula only when ExcelJS's reader (its own
 * `slideFormula`) gives it back exactly, and Excel and LibreOffice, which slide only real
 * references, read it alike (test/cli/triwulan-dihitung-saat-dibuka.test.ts opens such a file).
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import sharedFormula from "exceljs/lib/utils/shared-formula.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { main } from "../../src/cli/sakip";
import { standardFormulas } from "../../src/core/standard";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";
import { filledDown, nameSlides } from "../../src/emulator/shared-formulas";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { loadXlsx, saveXlsx, xlsxBuffer } from "../../src/emulator/xlsx";

const { slideFormula } = sharedFormula;
const slid = (formula: string, row: number, rows: number) =>
  slideFormula(formula, `C${row}`, `C${row + rows}`);

describe("filledDown", () => {
  it("takes the evaluation tab's formulas filled down, as ExcelJS slides them", () => {
    const master =
      'IF(TRIM(SUBSTITUTE(\'Bidang Besar\'!I2,"-",""))="","",IF(ISNUMBER(\'Bidang Besar\'!I2),\'Bidang Besar\'!I2,IFERROR(--(SUBSTITUTE(AU7,".","")&"e0")/10^IF(LEN(AU7)=1,LEN(AU7)-FIND(",",AU7),0),$A$1)))';
    for (const rows of [1, 2, 3, 93, 9_993]) {
      const child = slid(master, 7, rows);
      expect(filledDown(master, child, rows), child).toBe(true);
      expect(filledDown(master, child, rows + 1)).toBe(false);
    }
    const capaian = 'IF(D7="","",IF(I7=0,"Target 0: capaian tidak dapat dihitung.",K7/I7*100))';
    expect(filledDown(capaian, slid(capaian, 7, 1), 1)).toBe(true);
  });

  it.each([
    ["a reference-like word in a string", 'IF(A7="TW2",1,2)', 'IF(A8="TW3",1,2)'],
    ["the same reference-like word in a string", 'IF(A7="TW2",1,2)', 'IF(A8="TW2",1,2)'],
    ["a reference-like word in a quoted tab name", "'Data TW2'!B7", "'Data TW3'!B8"],
    ["a tab name ExcelJS reads from the reference before it", "A7-Data!B2", "A8-Data!B3"],
    ["a row range", "SUM(7:7)", "SUM(8:8)"],
    ["a row range kept", "SUM(7:7)", "SUM(7:7)"],
    ["a reference in small letters", "a7*2", "a8*2"],
    ["a different function", "SUM(A7)", "MAX(A8)"],
    ["a different number", "A7*2", "A8*3"],
    ["a row moved by another count", "A7+B7", "A8+B9"],
    ["an absolute row moved", "A$7", "A$8"],
  ])("refuses %s", (_what, master, formula) => {
    expect(filledDown(master, formula, 1)).toBe(false);
  });

  it.each([
    ["absolute rows kept", "A$7+$B$1", "A$7+$B$1"],
    ["function names with digits", "LOG10(A7)+ATAN2(B7,1)", "LOG10(A8)+ATAN2(B8,1)"],
    ["numbers and exponents", "A7*1E5+0.5", "A8*1E5+0.5"],
    ["plain tab names", "Pengaturan!$D$2+Sheet1!B7", "Pengaturan!$D$2+Sheet1!B8"],
    ["whole columns", "SUM(A:A)-B7", "SUM(A:A)-B8"],
    ["rows growing a digit", "A9*B99", "A10*B100"],
  ])("takes %s", (_what, master, formula) => {
    expect(filledDown(master, formula, 1)).toBe(true);
    expect(slid(master, 7, 1)).toBe(formula);
  });

  // Words a formula is made of, the odd ones included: what ExcelJS might read differently.
  const word = fc.oneof(
    fc.constantFrom("A", "B", "AU", "XFD", "XFE", "TW", "a", "Data", "Sheet1", "LOG10", "e"),
    fc.integer({ min: 0, max: 120 }).map(String),
  );
  const token = fc.oneof(
    fc
      .tuple(
        fc.constantFrom("", "$"),
        fc.constantFrom("A", "B", "AU", "XFD", "XFE", "tw", "ZZZZ"),
        fc.constantFrom("", "$"),
        fc.integer({ min: 1, max: 120 }),
      )
      .map((p) => p.join("")),
    word,
    fc.constantFrom("+", "-", "*", "(", ")", ",", ":", "!", "&", "'", '"', " ", "=", "<>", "_", "."),
    fc.tuple(word, word).map(([a, b]) => `"${a} ${b}"`),
    fc.tuple(word, word).map(([a, b]) => `'${a} ${b}'!`),
  );
  const formula = fc.array(token, { minLength: 1, maxLength: 14 }).map((t) => t.join(""));

  it("never takes a formula ExcelJS's reader would give back otherwise", () => {
    fc.assert(
      fc.property(
        formula,
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 40 }),
        (master, row, rows) => {
          const child = slid(master, row, rows);
          if (filledDown(master, child, rows)) expect(slid(master, row, rows)).toBe(child);
          // A changed child is never taken unless it is what ExcelJS reads.
          for (const other of [child.replace(/\d/, "9"), `${child}1`, child.toLowerCase()])
            if (filledDown(master, other, rows)) expect(slid(master, row, rows)).toBe(other);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("formulas naming a tab", () => {
  it("load back as written whether the tab's name looks like a cell or not", async () => {
    expect([
      nameSlides("Bidang Besar"),
      nameSlides("Data TW2"),
      nameSlides("a1"),
      nameSlides("LOG10x"),
    ]).toEqual([false, true, true, false]);
    for (const name of ["Bidang Besar", "Data TW2"]) {
      const wb = new MemoryWorkbook();
      wb.write(wb.addTab(name), 1, 1, [[1], [2], [3], [4]]);
      const sheet = wb.addTab("Hitung");
      const quoted = `'${name}'`;
      wb.write(
        sheet,
        1,
        1,
        [1, 2, 3, 4].map((r) => [{ formula: `=${quoted}!A${r}*2` }]),
      );
      const loaded = await loadXlsx(await xlsxBuffer(wb));
      const rect = { row: 1, col: 1, rows: 4, cols: 1 };
      expect(loaded.formulas(loaded.getTab("Hitung"), rect)).toEqual(wb.formulas(sheet, rect));
      expect(loaded.values(loaded.getTab("Hitung"), rect)).toEqual([[2], [4], [6], [8]]);
    }
  });
});

describe("the shared formulas of a saved evaluation tab", () => {
  it("load back as every row's own formula, with the tab's figures", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sakip-shared-"));
    try {
      const input = join(dir, "renaksi.xlsx");
      await saveXlsx(demoWorkbook(), input);
      expect(await main(["triwulan", input, "--tw", "2"], () => {})).toBe(0);
      const file = join(dir, "renaksi-TW2.xlsx");
      const tab = "Evaluasi TW II 2024";
      // Most formulas are saved as members of a shared formula.
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      let members = 0;
      let own = 0;
      book.getWorksheet(tab)?.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as { formula?: string; sharedFormula?: string } | null;
          if (v && typeof v === "object" && "sharedFormula" in v) members++;
          else if (v && typeof v === "object" && "formula" in v) own++;
        }),
      );
      expect(members).toBeGreaterThan(own);
      // The same formulas and figures as a workbook that never went through a file.
      const loaded = await loadXlsx(file);
      const fresh = demoWorkbook();
      const { port } = emulatedPort(fresh);
      generateTriwulan(port, {
        tw: 2,
        standard: standardFormulas,
        timeZone: () => fresh.timeZone,
      });
      const a = loaded.getTab(tab);
      const b = fresh.getTab(tab);
      const size = loaded.usedSize(a);
      expect(fresh.usedSize(b)).toEqual(size);
      const rect = { row: 1, col: 1, ...size };
      expect(loaded.formulas(a, rect)).toEqual(fresh.formulas(b, rect));
      expect(loaded.values(a, rect)).toEqual(fresh.values(b, rect));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
