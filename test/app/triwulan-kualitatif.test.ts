/**
 * Trial 3, item 6 (issue 18): a qualitative target ("Zona Hijau", "WTP") gives the same capaian and
 * kriteria in the Excel-formula file (`sakip triwulan`, standard formulas) as the add-on's CAPAIAN in
 * Sheets and as the report, and so the same Ringkasan: "Zona Hijau" against "Zona Hijau" is 100,
 * "Zona Kuning" 66,67, "Zona Hijau Terbaik 2" (the reference LKjIP's realisasi) 100, WDP against
 * WTP 75; never "Bukan angka: pakai add-on" in one file and 100 in the other.
 */
import { describe, expect, it } from "vitest";
import { laporanDocument } from "../../src/app/laporan";
import type { CellValue, WorkbookPort } from "../../src/app/port";
import { generateTriwulan } from "../../src/app/triwulan";
import type { ReportTable } from "../../src/core/report/model";
import { standardRowFormulas } from "../../src/core/standard-kualitatif";
import { emulatedPort } from "../../src/emulator/session";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { binapentaWorkbook } from "../utils/binapenta";
import { evaluationRows, summaryRows } from "../utils/evaluasi";
import { trialWorkbook } from "../utils/trial-plan";

const ZONA = "Predikat Zona Integritas";
const TWO_DECIMALS = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const COLUMNS = ["Capaian TW # (%)", "Capaian s.d. TW # (%)", "Capaian thd target tahunan (%)", "Kriteria"];
/** The trial's Zona row made an audit-opinion row: target WTP, realisasi WDP in TW I and "Opini WTP" in TW II. */
const OPINI = { G10: "WTP", H10: "WTP", I10: "WTP", J10: "WTP", K10: "WTP", V10: "WDP", W10: "Opini WTP" };

function generate(wb: MemoryWorkbook, tw: 1 | 2, standard: boolean) {
  const { port } = emulatedPort(wb);
  const report = generateTriwulan(port, { tw, ...(standard ? { standard: standardRowFormulas } : {}) });
  return { port, report };
}

/** The qualitative row's capaian and kriteria, rounded as the tab shows them. */
function zona(port: WorkbookPort, tab: string, tw: 1 | 2): CellValue[] {
  const row = evaluationRows(port, tab).find((r) => r.Indikator === ZONA) as Record<string, CellValue>;
  return COLUMNS.map((h) => {
    const v = row[h.replace("#", tw === 1 ? "I" : "II")];
    return typeof v === "number" ? Number(v.toFixed(2)) : v;
  });
}

describe.each([
  ["the trial 3 plan (Zona Kuning in TW I, Zona Hijau in TW II)", () => binapentaWorkbook(), [66.67, 100]],
  ["the same row with target WTP (WDP, then 'Opini WTP')", () => binapentaWorkbook(OPINI), [75, 100]],
  ["the first trial's Sekretariat ('Zona Hijau Terbaik 2' in TW II)", () => trialWorkbook(), [100, 100]],
])("%s", (_, workbook, expected) => {
  for (const tw of [1, 2] as const) {
    it(`TW ${tw}: the Excel file computes what CAPAIAN computes, and the Ringkasan agrees`, () => {
      const sheets = generate(workbook(), tw, false);
      const excel = generate(workbook(), tw, true);
      const inSheets = zona(sheets.port, sheets.report.tab, tw);
      expect(inSheets[0]).toBe(expected[tw - 1]);
      expect(zona(excel.port, excel.report.tab, tw)).toEqual(inSheets);
      expect(summaryRows(excel.port, excel.report.summaryTab)).toEqual(
        summaryRows(sheets.port, sheets.report.summaryTab),
      );
    });
  }

  for (const tw of [1, 2] as const) {
    it(`TW ${tw}: the report prints the same capaian`, () => {
      const { port } = emulatedPort(workbook());
      const doc = laporanDocument(port, { tw });
      const rows = doc.blocks
        .filter((b): b is ReportTable => b.kind === "table")
        .flatMap((t) => t.rows.map((r) => r.cells.map((c) => c.text)));
      const row = rows.find((r) => r.includes(ZONA)) as string[];
      expect(row).toContain(TWO_DECIMALS.format(expected[tw - 1]));
    });
  }
});
