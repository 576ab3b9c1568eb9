/** A cell formatted as percent reaches CAPAIAN and KRITERIA as a fraction (95% is 0,95). */
import { describe, expect, it } from "vitest";
import { capaian } from "../../src/core/capaian";
import { CAPAIAN, KRITERIA } from "../../src/core/functions";
import { kriteria, SCALES } from "../../src/core/kriteria";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

describe("a percent-formatted cell reaches CAPAIAN and KRITERIA as a fraction", () => {
  it("CAPAIAN refuses a fraction target against points instead of 9.894,7, and computes small realisasi", () => {
    expect(capaian(0.95, 94)).toEqual({
      kind: "problem",
      message:
        "Target 0,95 tampak sebagai pecahan dari sel berformat persen (95%) sedangkan realisasi 94 dalam poin persen, sehingga capaian menjadi 9.894,74%: tulis target 95 atau format realisasi juga sebagai persen.",
    });
    // A small realisasi is a genuine small realisasi (issue 18).
    expect(capaian(94, 1)).toEqual({ kind: "value", value: (1 / 94) * 100 });
    // Counts stay counts, and both fractions or both points compute.
    expect(capaian(1, 2)).toEqual({ kind: "value", value: 200 });
    expect(capaian(0.95, 0.94)).toMatchObject({ kind: "value" });
    expect(capaian(63.57, 61.68)).toMatchObject({ kind: "value" });
  });

  it("KRITERIA rates a single small capaian as written", () => {
    expect(kriteria(0.97, SCALES.permendagri86)).toEqual({ kind: "value", value: "Sangat Rendah" });
    expect(kriteria(97.03, SCALES.permendagri86)).toEqual({ kind: "value", value: "Sangat Tinggi" });
    expect(kriteria(0, SCALES.permendagri86)).toEqual({ kind: "value", value: "Sangat Rendah" });
  });

  it("in a sheet: =CAPAIAN over a range answers in the row of the percent cell only", () => {
    const wb = new MemoryWorkbook();
    wb.addTab("Data");
    const { gas } = emulatedPort(wb);
    const sheet = gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Data");
    sheet?.getRange(1, 1, 2, 2).setValues([
      ["95%", 94],
      ["63,57", "61,68"],
    ]);
    expect(sheet?.getRange(1, 1).getDisplayValue()).toBe("95%");
    sheet?.getRange(1, 3).setFormula("=CAPAIAN(A1:A2,B1:B2)");
    sheet?.getRange(1, 4).setFormula("=KRITERIA(A1:A2)");
    const out = sheet?.getRange(1, 3, 2, 2).getValues() ?? [];
    expect(out[0][0]).toMatch(/^Target 0,95 tampak sebagai pecahan/);
    expect(out[1][0]).toBeCloseTo(97.027, 3);
    // A small value among points is a genuine small capaian.
    expect(out[0][1]).toBe("Sangat Rendah");
    expect(CAPAIAN([[0.95], [63.57]], [[94], [61.68]])).toEqual([[out[0][0]], [out[1][0]]]);
    expect(KRITERIA([[0.95], [63.57]])).toEqual([[out[0][1]], [out[1][1]]]);
  });
});
