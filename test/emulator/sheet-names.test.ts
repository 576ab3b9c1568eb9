import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../src/emulator/workbook";

describe("tab names inside formulas", () => {
  it("read back as written, follow a rename, and leave text and unknown tabs alone", () => {
    const wb = new MemoryWorkbook();
    const plan = wb.addTab("Bidang Penempatan");
    const pk = wb.addTab("PK");
    const out = wb.addTab("Evaluasi TW II 2024");
    wb.write(plan, 1, 1, [[10, 20]]);
    wb.write(pk, 1, 1, [[5]]);
    wb.write(out, 1, 1, [
      [
        { formula: "='Bidang Penempatan'!A1+PK!A1" },
        { formula: `=IF(PK!A1>0,"'Bidang Penempatan'!A1 dan PK!A1","")` },
        { formula: "=SUM('bidang penempatan'!A1:B1)" },
        { formula: "='Tidak Ada'!A1" },
      ],
    ]);
    expect(wb.values(out, { row: 1, col: 1, rows: 1, cols: 3 })).toEqual([
      [15, "'Bidang Penempatan'!A1 dan PK!A1", 30],
    ]);
    expect(wb.formula(out, 1, 1)).toBe("='Bidang Penempatan'!A1+PK!A1");
    expect(wb.formula(out, 1, 2)).toBe(`=IF(PK!A1>0,"'Bidang Penempatan'!A1 dan PK!A1","")`);
    expect(wb.value(out, 1, 4)).toBe("#REF!");
    // As in Sheets: renaming a tab renames it in every formula that points at it.
    wb.renameTab("Bidang Penempatan", "Penempatan");
    wb.renameTab("PK", "Perjanjian Kinerja");
    expect(wb.formula(out, 1, 1)).toBe("=Penempatan!A1+'Perjanjian Kinerja'!A1");
    expect(wb.value(out, 1, 1)).toBe(15);
  });

  it("a formula listing 10,000 references to a long tab name costs no more than one to a short name", () => {
    const wb = new MemoryWorkbook();
    const plan = wb.addTab("Evaluasi TW II 2024 Dinas Transmigrasi");
    wb.write(
      plan,
      1,
      1,
      Array.from({ length: 10_000 }, (_, i) => [i]),
    );
    const sum = wb.addTab("Ringkasan");
    const refs = Array.from(
      { length: 10_000 },
      (_, i) => `'Evaluasi TW II 2024 Dinas Transmigrasi'!A${i + 1}`,
    );
    const before = process.memoryUsage().rss;
    wb.write(sum, 1, 1, [[{ formula: `=SUM(${refs.join(",")})` }]]);
    expect(wb.value(sum, 1, 1)).toBe((9_999 * 10_000) / 2);
    // Before, the engine held one copy of the 480,000-character formula per reference: gigabytes.
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 2 ** 20);
  });
});
