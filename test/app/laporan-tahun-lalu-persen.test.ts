/**
 * Trial 8 #18: last year's percent typed as a fraction in a percent-formatted cell (0,70 shown 70 %,
 * as Sheets stores "70%") was printed "Realisasi tahun 2025 sebesar 0,69 % dari target 0,70 %", while
 * this year's 0,72 beside it was read 72 % ("sel % dibaca dalam poin"). Earlier years' and the
 * Renstra's cells are read as the person sees them too: × 100 where the cell is percent-formatted.
 */
import { describe, expect, it } from "vitest";
import { laporanInput } from "../../src/app/laporan";
import type { CellValue } from "../../src/core/cells";
import { lastYearSentence } from "../../src/core/report/narrative";
import { createGas } from "../../src/emulator/facade";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

const E = "";
// biome-ignore format: one sheet row per line reads like the sheet
const PAUD: CellValue[][] = [
  ["RENCANA AKSI BIDANG PAUD TAHUN 2026", E, E, E, E, E, E, E, E, E, E, E, E, E],
  ["No", "Indikator Kinerja", "Sat.", "Tahun 2025", E, "Tgt 2026", "Tgt Per Trw", E, E, E, "Realisasi Fisik", E, E, E],
  [E, E, E, "Tgt", "Real.", E, "Trw I", "Trw II", "Trw III", "Trw IV", "TW I", "TW II", "TW III", "TW IV"],
  [1, "Angka Partisipasi Kasar (APK) PAUD", "%", E, E, E, 72, 72, 72, 72, 70.1, 71.5, E, E],
];

/** Last year's 70 % and 69,4 % and this year's 72 % typed with "%": stored 0,70, 0,694 and 0,72. */
function office(): MemoryWorkbook {
  const wb = new MemoryWorkbook({ name: "paud" });
  wb.write(wb.addTab("Bid. PAUD"), 1, 1, PAUD);
  const sheet = createGas(wb).SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Bid. PAUD");
  for (const [col, typed] of [
    [4, "70%"],
    [5, "69,4%"],
    [6, "72%"],
  ] as const)
    sheet?.getRange(4, col, 1, 1).setValue(typed);
  return wb;
}

describe("last year's figures in percent-formatted cells", () => {
  it("are read in points, as this year's: 69,4 % of 70 %, never 0,69 % of 0,70 %", () => {
    const wb = office();
    expect(wb.value(wb.getTab("Bid. PAUD"), 4, 4)).toBe(0.7);
    const input = laporanInput(emulatedPort(wb).port, { tw: 2 });
    const f = input.figures[0];
    expect(f.row.targetTahunan).toBe(72);
    expect(f.tahunLain[0]).toMatchObject({ tahun: 2025, target: 70, realisasi: 69.4 });
    expect(lastYearSentence(f, 2026)).toMatch(
      /^Realisasi tahun 2025 sebesar 69,4 ?% dari target 70 ?% \(capaian 99,14 %\)/,
    );
  });
});
