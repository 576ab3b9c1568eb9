import { describe, expect, it } from "vitest";
import { setup } from "../utils/emulator";

describe("custom functions", () => {
  it("a range argument arrives as a 2-D array and the result spills over the column", () => {
    const { workbook, sheet } = setup();
    const seen: unknown[] = [];
    workbook.setCustomFunctions({
      CAPAIAN: (target, realisasi) => {
        seen.push(target, realisasi);
        const t = target as (number | string)[][];
        const r = realisasi as (number | string)[][];
        return t.map((row, i) =>
          row[0] === "" || r[i][0] === "" ? [""] : [((r[i][0] as number) / (row[0] as number)) * 100],
        );
      },
      KRITERIA: (capaian) => ((capaian as number) >= 91 ? "Sangat Tinggi" : "Tinggi"),
    });
    sheet.getRange("A1:B3").setValues([
      [63.57, 61.68],
      [18, 13],
      [1290, ""],
    ]);
    sheet.getRange("C1").setFormula("=CAPAIAN(A1:A3, B1:B3)");
    sheet.getRange("D1").setFormula("=KRITERIA(C1)");
    const values = sheet.getRange("C1:D3").getValues();
    expect(values[0][0]).toBeCloseTo(97.03, 2);
    expect(values[1][0]).toBeCloseTo(72.22, 2);
    expect(values[2][0]).toBe("");
    expect(values[0][1]).toBe("Sangat Tinggi");
    expect(seen[0]).toEqual([[63.57], [18], [1290]]);
    expect(seen[1]).toEqual([[61.68], [13], [""]]);
    // Only the origin holds the formula; the spilled cells count as content.
    expect(sheet.getRange("C1:C3").getFormulas()).toEqual([["=CAPAIAN(A1:A3, B1:B3)"], [""], [""]]);
    expect(sheet.getLastRow()).toBe(3);
    // A new realisasi recomputes the column.
    sheet.getRange("B3").setValue(625);
    expect(sheet.getRange("C3").getValue()).toBeCloseTo(48.45, 2);
  });

  it("a thrown Error shows #ERROR! and keeps its message", () => {
    const { workbook, sheet } = setup();
    workbook.setCustomFunctions({
      EFISIENSI: () => {
        throw new Error("Pagu harus angka");
      },
    });
    sheet.getRange("A1").setFormula("=EFISIENSI(1, 2)");
    expect(sheet.getRange("A1").getValue()).toBe("#ERROR!");
    expect(workbook.cellError(workbook.getTab("Sheet1"), 1, 1)).toEqual({
      code: "#ERROR!",
      message: "Pagu harus angka",
    });
  });

  it("a provider set after the formulas recomputes them; workbooks keep their own providers", () => {
    const a = setup();
    const b = setup();
    a.sheet.getRange("A1").setFormula("=KRITERIA(95)");
    b.sheet.getRange("A1").setFormula("=KRITERIA(95)");
    expect(a.sheet.getRange("A1").getValue()).toBe("#NAME?");
    a.workbook.setCustomFunctions({ KRITERIA: () => "dari A" });
    b.workbook.setCustomFunctions({ KRITERIA: () => "dari B" });
    expect(a.sheet.getRange("A1").getValue()).toBe("dari A");
    expect(b.sheet.getRange("A1").getValue()).toBe("dari B");
  });
});

describe("text the formula engine reads as a date or time", () => {
  it("date and time text in a formula still counts as a date or time; other text compares as text", () => {
    const { sheet } = setup();
    sheet
      .getRange("A1:G1")
      .setFormulas([
        [
          '="31/03/2024"+1',
          '="10:30"*24',
          '="1/4/2024 12:00 pm"*1',
          '=IF("Sangat Tinggi"="sangat tinggi",1,0)',
          '="abc"+1',
          '=VALUE("10:30")',
          '=DATEVALUE("31/03/2024")',
        ],
      ]);
    const shown = sheet
      .getRange("A1:G1")
      .getValues()[0]
      .map((v) => (v instanceof Date ? v.toISOString() : v));
    expect(shown).toEqual([
      "2024-03-31T17:00:00.000Z",
      // 10.5 days, typed as a time by the engine (Jakarta wall clock from 30/12/1899).
      "1900-01-09T04:52:48.000Z",
      "2024-04-01T05:00:00.000Z",
      1,
      "#VALUE!",
      "1899-12-30T03:22:48.000Z",
      "2024-03-30T17:00:00.000Z",
    ]);
  });
});
