/**
 * The evaluation tab says what it guessed and shows figures as typed (issue 18 trial): a sifat the
 * plan does not write reads "kumulatif (tebakan)" like "positif (tebakan)" for polaritas, and targets
 * and realisasi keep the decimals of the indicator's most precise figure (4,40 beside 4,05; 60 whole),
 * as the reports print them.
 */
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import type { CellValue } from "../../src/core/cells";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { TAHUN_2025 } from "../fixtures/layouts";
import { trialWorkbook } from "../utils/trial-plan";

/** The unseen layout typed as a person types it in an id-ID sheet ("4,40" becomes 4.4). */
function typed(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addTab("Renaksi 2025");
  const { gas } = emulatedPort(wb);
  gas.SpreadsheetApp.getActiveSpreadsheet()
    .getSheetByName("Renaksi 2025")
    ?.getRange(1, 1, TAHUN_2025.length, 13)
    .setValues(TAHUN_2025 as CellValue[][]);
  return wb;
}

function evaluation(wb: MemoryWorkbook, tw = 2) {
  const { port, gas } = emulatedPort(wb);
  const report = generateTriwulan(port, { tw });
  const sheet = gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(report.tab);
  const shown = sheet?.getDataRange().getDisplayValues() ?? [];
  const header = shown.findIndex((r) => r[0] === "No");
  const col = (name: string) => shown[header].indexOf(name);
  const rows = shown.slice(header + 1).filter((r) => /^\d+$/.test(r[0]));
  return { report, shown, rows, col };
}

describe("the evaluation tab says what it guessed, with the figures as typed", () => {
  it("unseen layout without a Sifat Target column: every Sifat cell is '<sifat> (tebakan)', computed by that sifat", () => {
    const { rows, col, shown } = evaluation(typed());
    const pick = (name: string) => rows.map((r) => r[col(name)]);
    expect(pick("Sifat target")).toEqual([
      "tetap (tebakan)",
      "kumulatif (tebakan)",
      "akhir (tebakan)",
      "kumulatif (tebakan)",
    ]);
    // kumulatif 40 + 40, akhir the TW II value, tetap the TW's own.
    expect(pick("Target s.d. TW II")).toEqual(["4,40", "80", "30", "1"]);
    expect(
      shown.some((r) => r[0].includes("“kumulatif (tebakan)”: sifat target tidak diisi di tab bidang")),
    ).toBe(true);
  });

  it("decimals as typed: 4,40 beside 4,05, whole targets whole (60, not 60,00)", () => {
    const { rows, col } = evaluation(typed());
    const figures = (i: number) =>
      ["Target tahunan", "Target TW II", "Target s.d. TW II", "Realisasi TW II"].map((n) => rows[i][col(n)]);
    expect(figures(0)).toEqual(["4,40", "4,40", "4,40", "4,05"]);
    expect(figures(2)).toEqual(["60", "30", "30", ""]);
  });

  it("a sifat the plan writes is shown as written, and the note says nothing of a guessed sifat", () => {
    const { rows, col, shown } = evaluation(trialWorkbook());
    expect(rows.map((r) => r[col("Sifat target")])).toEqual([
      "tetap",
      "kumulatif",
      "tetap",
      "tetap",
      "kumulatif",
    ]);
    expect(shown.some((r) => r[0].includes("(tebakan)”: sifat"))).toBe(false);
    const pengangguran = rows.find((r) => r[col("Indikator")] === "Tingkat pengangguran terbuka") ?? [];
    expect(pengangguran[col("Target tahunan")]).toBe("4,40");
  });

  it("regenerating keeps the guessed sifat as the add-on's own cell: nothing counted as typed, nothing rewritten", () => {
    const wb = typed();
    const first = evaluation(wb).rows;
    const again = evaluation(wb);
    expect(again.rows).toEqual(first);
    expect(again.report.rewritten).toBe(0);
    expect(again.report.lost).toEqual([]);
  });
});
