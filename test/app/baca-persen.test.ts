/**
 * Trial 7 #7: targets stored as fractions in percent-formatted cells (9,5 % is 0,095, format 0.0%)
 * were listed by Cara dibaca and `sakip baca` as "target TW turun (0,1; 0,09; 0,09; 0,09)" — three
 * equal values offered as proof of a fall — while Periksa said "(9,5; 9,2; 8,9; 8,5)". The reading
 * now reads percent cells in points as Periksa and the evaluation tab do, in the panel and the CLI.
 */
import { describe, expect, it } from "vitest";
import { readings } from "../../src/app/baca";
import { sidebarState } from "../../src/app/state";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { createGas } from "../../src/emulator/facade";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

const TAB = "Eselon II";
const at = (field: string) => TEMPLATE_COLUMNS.findIndex((c) => c.field === field) + 1;

function plan(): MemoryWorkbook {
  const wb = new MemoryWorkbook({ name: "persen" });
  wb.write(wb.addTab(TAB), 1, 1, [TEMPLATE_COLUMNS.map((c) => c.header)]);
  const sheet = createGas(wb).SpreadsheetApp.getActiveSpreadsheet().getSheetByName(TAB);
  const typed: Record<string, string> = {
    kode: "1.03.04",
    indikator: "Persentase luas kawasan permukiman kumuh",
    satuan: "%",
    targetTahunan: "8,5%",
    targetTw1: "9,5%",
    targetTw2: "9,2%",
    targetTw3: "8,9%",
    targetTw4: "8,5%",
  };
  for (const [field, text] of Object.entries(typed)) sheet?.getRange(2, at(field), 1, 1).setValue(text);
  expect(wb.value(wb.getTab(TAB), 2, at("targetTw1"))).toBeCloseTo(0.095, 9);
  return wb;
}

const FALL = "target TW turun (9,5; 9,2; 8,9; 8,5)";

describe("falling percent targets in the reading", () => {
  it("are listed in points in sakip baca, as Periksa lists them", () => {
    const { port } = emulatedPort(plan());
    const notes = readings(port).readings.flatMap((r) => r.guesses ?? []);
    expect(notes.filter((n) => n.includes("target TW turun"))).toEqual([expect.stringContaining(FALL)]);
  });

  it("are listed in points in the panel's Cara dibaca", () => {
    const { port } = emulatedPort(plan());
    const notes = sidebarState(port).plans.flatMap((p) => p.reading.guesses ?? []);
    expect(notes.filter((n) => n.includes("target TW turun"))).toEqual([expect.stringContaining(FALL)]);
  });
});
