/**
 * Text stays text: the port gives a text column the plain-text format and puts text in a mixed
 * column behind an apostrophe, so Sheets (id-ID) does not turn "3-5" into a date when the add-on
 * writes it, also when it regenerates a tab beside what a person typed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { HEADER_ROW } from "../../src/core/evaluasi";
import { createGas } from "../../src/emulator/facade";
import { bindCustomFunctions, loadBundle } from "../../src/emulator/gasRuntime";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { transmigrasiWorkbook } from "../fixtures/dinas";

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
        const g = loadBundle(
          readFileSync(join(__dirname, "../../build/Code.js"), "utf8"),
          gas,
        ) as unknown as {
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
