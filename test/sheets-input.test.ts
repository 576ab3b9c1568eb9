/**
 * Text stays text, numbers stay numbers: Range.setValues parses strings as if typed (id-ID), and
 * a cell formatted as percent reaches a custom function as a fraction.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../src/app/triwulan";
import { capaian } from "../src/core/capaian";
import { HEADER_ROW } from "../src/core/evaluasi";
import { CAPAIAN, KRITERIA } from "../src/core/functions";
import { kriteria, SCALES } from "../src/core/kriteria";
import { createGas } from "../src/emulator/facade";
import { parseInput } from "../src/emulator/format";
import { bindCustomFunctions, loadBundle } from "../src/emulator/gasRuntime";
import { emulatedPort } from "../src/emulator/session";
import { MemoryWorkbook } from "../src/emulator/workbook";
import { transmigrasiWorkbook } from "./fixtures/dinas";

const TZ = "Asia/Makassar";

/** The first evaluation row below which PARSED.length rows all carry an indicator key. */
function keyedRow(wb: MemoryWorkbook, tab: string): number {
  const t = wb.getTab(tab);
  const values = wb.values(t, { row: 1, col: 1, ...wb.usedSize(t) });
  const key = values[HEADER_ROW - 1].indexOf("Kunci");
  const row = values.findIndex(
    (_, r) => r >= HEADER_ROW && values.slice(r, r + PARSED.length).every((v) => v[key] !== ""),
  );
  return row + 1;
}
/** Strings Sheets (id-ID) turns into numbers or dates when they are written as they are. */
const PARSED = ["3-5", "2024-01-31", "31/1/2024", "1e5", "(5)", "Jan 2024", "Rp1.000"];
const TEXTS = [...PARSED, "80-90", "2.07.01", "Persentase Warga Transmigran Mandiri", "95%", "=1+1", "TRUE"];

describe("the facade parses strings as an id-ID spreadsheet does", () => {
  it.each([
    ["3-5", new Date("2026-05-02T16:00:00Z"), "dd/MM/yyyy"],
    ["2024-01-31", new Date("2024-01-30T16:00:00Z"), "yyyy-MM-dd"],
    ["31/1/2024", new Date("2024-01-30T16:00:00Z"), "dd/MM/yyyy"],
    ["1e5", 100000, "0.00E+00"],
    ["(5)", -5, undefined],
    ["Jan 2024", new Date("2023-12-31T16:00:00Z"), "MMM yyyy"],
    ["Rp1.000", 1000, '"Rp"#,##0'],
    ["Rp 1.234,50", 1234.5, '"Rp"#,##0.00'],
    ["63,57", 63.57, undefined],
    ["80-90", "80-90", undefined],
    ["31-2", "31-2", undefined],
    ["2.07.01", "2.07.01", undefined],
  ])("%s", (typed, value, numberFormat) => {
    const now = new Date("2026-11-30T05:00:00Z");
    expect(parseInput(typed, TZ, now)).toEqual(numberFormat ? { value, numberFormat } : { value });
  });

  it("setValues stores a date for '3-5', and text in a cell formatted as plain text", () => {
    const wb = new MemoryWorkbook();
    wb.addTab("Data");
    const sheet = createGas(wb).SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Data");
    sheet?.getRange(1, 1, 1, 2).setValues([["3-5", "Rp1.000"]]);
    expect(sheet?.getRange(1, 1).getValue()).toBeInstanceOf(Date);
    expect(sheet?.getRange(1, 2).getDisplayValue()).toBe("Rp1.000");
    sheet
      ?.getRange(2, 1, 1, 2)
      .setNumberFormat("@")
      .setValues([["3-5", "Rp1.000"]]);
    expect(sheet?.getRange(2, 1, 1, 2).getValues()).toEqual([["3-5", "Rp1.000"]]);
  });
});

describe("the add-on writes text as text", () => {
  it("a text column gets the plain-text format first; text in a mixed column goes behind an apostrophe", () => {
    const wb = new MemoryWorkbook();
    wb.addTab("Data");
    const { port, gas } = emulatedPort(wb);
    const rows = TEXTS.map((t, i) => [t, i % 2 ? t : i]);
    port.write("Data", [{ row: 1, col: 1, cells: rows }]);
    const values = port.read("Data").values;
    expect(values.map((r) => r[0])).toEqual(TEXTS);
    expect(values.map((r) => r[1])).toEqual(TEXTS.map((t, i) => (i % 2 ? t : i)));
    const formats = gas.SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName("Data")
      ?.getRange(1, 1, TEXTS.length, 2)
      .getNumberFormats();
    expect(formats?.map((r) => r[0])).toEqual(TEXTS.map(() => "@"));
    expect(formats?.map((r) => r[1])).not.toContain("@");
    // The whole block is still one setValues call, with two calls for the formats.
    expect(gas.calls.byMethod["Range.setValues"]).toBe(1);
    expect(gas.calls.byMethod["Range.setNumberFormats"]).toBe(1);
  });

  /** The add-on through the use case (as the CLI runs it) or through the built bundle. */
  const shells: [string, (wb: MemoryWorkbook) => () => string][] = [
    [
      "the use case",
      (wb) => {
        const { port } = emulatedPort(wb);
        return () => generateTriwulan(port, { tw: 1 }).tab;
      },
    ],
    [
      "the built bundle",
      (wb) => {
        const gas = createGas(wb, { files: {} });
        const g = loadBundle(readFileSync(join(__dirname, "../build/Code.js"), "utf8"), gas) as unknown as {
          api(name: string, args: unknown): { ok: boolean; data: { tab: string } };
        };
        bindCustomFunctions(wb, g as never);
        return () => g.api("createTriwulan", { tw: 1 }).data.tab;
      },
    ],
  ];

  it.each(shells)(
    "regenerating an evaluation tab through %s keeps the text a person typed beside it",
    (_, shell) => {
      const wb = transmigrasiWorkbook();
      const generate = shell(wb);
      const name = generate();
      const tab = wb.getTab(name);
      const width = wb.usedSize(tab).cols;
      const first = keyedRow(wb, name);
      // A person's own column to the right of the evaluation table, typed as text.
      wb.write(
        tab,
        first,
        width + 1,
        PARSED.map((t) => [t]),
      );
      expect(generate()).toBe(name);
      const kept = wb.values(tab, { row: first, col: width + 1, rows: PARSED.length, cols: 1 });
      expect(kept.map((r) => r[0])).toEqual(PARSED);
    },
  );
});

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
