/**
 * "61,68%" typed in a percent-formatted cell is stored by Sheets as 0,6168 (number format "0.00%"),
 * while the target beside it is 63,57 points. The evaluation tab reads such a cell × 100, says so in
 * Keterangan, and computes the reference LAKIP's 97,03 (TW I, "Persentase Warga Transmigran
 * Mandiri"), in the add-on's formulas (source and built bundle) and the standard ones; a column typed
 * in fractions throughout (target too) computes the same. Its number formats cost one read per tab.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CellValue, WorkbookPort } from "../../src/app/port";
import { generateTriwulan } from "../../src/app/triwulan";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { PERCENT_NOTE } from "../../src/core/evaluasi";
import { isPercentFormat } from "../../src/core/persen";
import { standardFormulas } from "../../src/core/standard";
import { createGas } from "../../src/emulator/facade";
import { bindCustomFunctions, loadBundle } from "../../src/emulator/gasRuntime";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { evaluationRows } from "../utils/evaluasi";

const TAB = "Bidang Transmigrasi";
const at = (field: string) => TEMPLATE_COLUMNS.findIndex((c) => c.field === field) + 1;

/**
 * The reference LAKIP's row as a person types it in the template: target 63,57 (points) and, in TW I,
 * the realisasi typed "61,68%"; `fractions`: every quantity typed with "%" (a column consistently in
 * fractions).
 */
function plan(fractions = false): MemoryWorkbook {
  const wb = new MemoryWorkbook({ name: "persen" });
  wb.write(wb.addTab(TAB), 1, 1, [TEMPLATE_COLUMNS.map((c) => c.header)]);
  const sheet = createGas(wb).SpreadsheetApp.getActiveSpreadsheet().getSheetByName(TAB);
  const typed: Record<string, string> = {
    kode: "2.07.01",
    indikator: "Persentase Warga Transmigran Mandiri",
    satuan: "%",
    polaritas: "positif",
    sifat: "tetap",
    targetTahunan: "63,57",
    targetTw1: "63,57",
    targetTw2: "63,57",
    realisasiTw1: "61,68%",
  };
  for (const [field, text] of Object.entries(typed))
    sheet
      ?.getRange(2, at(field), 1, 1)
      .setValue(fractions && /^\d/.test(text) ? text.replace(/%?$/, "%") : text);
  return wb;
}

function withBundle(wb: MemoryWorkbook): WorkbookPort {
  const gas = createGas(wb, { files: {} });
  bindCustomFunctions(wb, loadBundle(readFileSync(join(__dirname, "../../build/Code.js"), "utf8"), gas));
  return emulatedPort(wb).port;
}

const kinds: [string, (wb: MemoryWorkbook) => WorkbookPort, boolean][] = [
  ["CAPAIAN of the source (panel)", (wb) => emulatedPort(wb).port, false],
  ["CAPAIAN of the built bundle", withBundle, false],
  ["standard formulas (Excel, LibreOffice)", (wb) => emulatedPort(wb).port, true],
];

describe.each(kinds)("a percent-formatted realisasi, %s", (_, portOf, standard) => {
  const evaluate = (wb: MemoryWorkbook, tw = 1) => {
    const port = portOf(wb);
    const report = generateTriwulan(port, {
      tw,
      tahun: "2024",
      ...(standard ? { standard: standardFormulas } : {}),
    });
    return evaluationRows(port, report.tab)[0] as Record<string, CellValue>;
  };

  it("Sheets stores '61,68%' as 0,6168 in a cell formatted 0.00%", () => {
    const wb = plan();
    const sheet = createGas(wb).SpreadsheetApp.getActiveSpreadsheet().getSheetByName(TAB);
    const cell = sheet?.getRange(2, at("realisasiTw1"), 1, 1);
    expect([cell?.getValue(), cell?.getNumberFormat()]).toEqual([0.6168, "0.00%"]);
    expect(isPercentFormat(cell?.getNumberFormat())).toBe(true);
  });

  it("is read × 100 beside a target in points: capaian 97,03 as the reference LAKIP, and Keterangan says so", () => {
    const row = evaluate(plan());
    expect(row["Realisasi TW I"]).toBeCloseTo(61.68, 9);
    expect(row["Capaian TW I (%)"]).toBeCloseTo((61.68 / 63.57) * 100, 9);
    expect(Number(row["Capaian TW I (%)"]).toFixed(2)).toBe("97.03");
    expect(row.Kriteria).toBe("Sangat Tinggi");
    // One short line (trial 7 #21: the figures listed on every row made rows six lines tall).
    expect(row.Keterangan).toBe(PERCENT_NOTE);
  });

  it("a column in fractions throughout (target too) computes the same, its figures in points", () => {
    const row = evaluate(plan(true));
    expect(row["Target TW I"]).toBeCloseTo(63.57, 9);
    expect(row["Realisasi TW I"]).toBeCloseTo(61.68, 9);
    expect(row["Capaian TW I (%)"]).toBeCloseTo((61.68 / 63.57) * 100, 9);
    expect(row["Capaian thd target tahunan (%)"]).toBeCloseTo((61.68 / 63.57) * 100, 9);
    expect(row.Keterangan).toBe(PERCENT_NOTE);
  });

  it("a number typed over the cell since (61,68 in a plain cell) is taken as it is, never × 100", () => {
    const wb = plan();
    const port = portOf(wb);
    const report = generateTriwulan(port, {
      tw: 1,
      tahun: "2024",
      ...(standard ? { standard: standardFormulas } : {}),
    });
    const sheet = createGas(wb).SpreadsheetApp.getActiveSpreadsheet().getSheetByName(TAB);
    sheet?.getRange(2, at("realisasiTw1"), 1, 1).setNumberFormat("General").setValue(61.68);
    const row = evaluationRows(port, report.tab)[0];
    expect(row["Realisasi TW I"]).toBe(61.68);
    expect(row["Capaian TW I (%)"]).toBeCloseTo((61.68 / 63.57) * 100, 9);
  });
});

it("the report prints the evaluation tab's 61,68 and 97,03, not 0,62 and 0,97", async () => {
  const { laporanDocument } = await import("../../src/app/laporan");
  const { port } = emulatedPort(plan());
  generateTriwulan(port, { tw: 1, tahun: "2024" });
  const doc = laporanDocument(port, { tw: 1, tahun: "2024" });
  const prose = doc.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : [])).join("\n");
  expect(prose).toContain("61,68");
  expect(prose).toContain("97,03");
  expect(prose).not.toContain("0,97 %");
});
