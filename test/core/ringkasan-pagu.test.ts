/**
 * The Ringkasan's pagu and realisasi anggaran per bidang (issue 18): one SUMIFS over the hidden
 * "Pagu dijumlah" flags of the evaluation tab, so the formula's length does not grow with the plan.
 * A list of one cell per budget line passed Excel's 8.192 characters per formula at ~300 lines and
 * Sheets' 50.000 characters per cell at ~2.000. On a plan of 3.000 budget lines, both ways the
 * add-on writes formulas, the totals are the report's TOTAL (each budget line once, the top level).
 */
import { describe, expect, it } from "vitest";
import { laporanDocument } from "../../src/app/laporan";
import type { CellValue } from "../../src/app/port";
import { generateTriwulan } from "../../src/app/triwulan";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import type { ReportTable } from "../../src/core/report/model";
import { totals } from "../../src/core/report/tables";
import { standardFormulas } from "../../src/core/standard";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

/** Excel's limit on a formula (MS-OI29500 §2.1.1085, ST_Formula); Sheets allows 50.000 per cell. */
const EXCEL_FORMULA_LIMIT = 8192;
const LINES = 3000;
const field = (f: string) => TEMPLATE_COLUMNS.findIndex((c) => c.field === f);

function planRow(kode: string, indikator: string, pagu: number, spent: number): CellValue[] {
  const row: CellValue[] = TEMPLATE_COLUMNS.map(() => "");
  const set = (f: string, v: CellValue) => {
    row[field(f)] = v;
  };
  set("kode", kode);
  set("uraian", `Uraian ${kode}`);
  set("indikator", indikator);
  set("satuan", "Dokumen");
  set("sifat", "kumulatif");
  set("targetTahunan", 4);
  for (let q = 1; q <= 4; q++) {
    set(`targetTw${q}`, 1);
    set(`rakTw${q}`, pagu / 4);
  }
  set("pagu", pagu);
  set("realisasiTw1", 1);
  set("realisasiTw2", 1);
  set("realisasiAnggaranTw1", spent);
  set("realisasiAnggaranTw2", spent);
  return row;
}

/**
 * "Bidang Besar": 3.000 sub kegiatan, each its own budget line. "Bidang Berjenjang": a program over
 * its kegiatan and sub kegiatan (only the program's pagu counts) and a sub kegiatan with two
 * indicators (its pagu written on both rows).
 */
function workbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  const header = TEMPLATE_COLUMNS.map((c) => c.header);
  const big = Array.from({ length: LINES }, (_, i) =>
    planRow(
      `2.07.01.2.01.${String(i + 1).padStart(4, "0")}`,
      `Jumlah dokumen ${i + 1}`,
      1_000_000 + i,
      100_000 + i,
    ),
  );
  wb.write(wb.addTab("Bidang Besar"), 1, 1, [header, ...big]);
  wb.write(wb.addTab("Bidang Berjenjang"), 1, 1, [
    header,
    planRow("2.07.02", "Persentase program terlaksana", 900_000, 90_000),
    planRow("2.07.02.2.01", "Persentase kegiatan terlaksana", 900_000, 90_000),
    planRow("2.07.02.2.01.0001", "Jumlah dokumen A", 600_000, 60_000),
    planRow("2.07.02.2.01.0001", "Jumlah rapat A", 600_000, 60_000),
    planRow("2.07.02.2.01.0002", "Jumlah dokumen B", 300_000, 30_000),
  ]);
  return wb;
}

/** The TOTAL of the report's anggaran tables of one bidang (one per sasaran group). */
function reportTotal(
  port: ReturnType<typeof emulatedPort>["port"],
  tab: string,
): { pagu: number; realisasi: number } {
  const doc = laporanDocument(port, { tw: 2, tabs: [tab], tahun: "2024" });
  const tables = doc.blocks.filter(
    (b): b is ReportTable => b.kind === "table" && b.id.startsWith("anggaran-"),
  );
  expect(tables.length).toBeGreaterThan(0);
  const sum = { pagu: 0, realisasi: 0 };
  for (const t of tables.map(totals)) {
    sum.pagu += t.pagu ?? 0;
    sum.realisasi += t.realisasi ?? 0;
  }
  return sum;
}

describe.each([
  ["Sheets (custom functions)", {}],
  ["Excel and LibreOffice (standard formulas)", { standard: standardFormulas }],
])("the Ringkasan of a plan with 3.000 budget lines, %s", (_, options) => {
  it("sums the pagu with formulas of bounded length, equal to the report's TOTAL", () => {
    const { port } = emulatedPort(workbook());
    const report = generateTriwulan(port, { tw: 2, tahun: "2024", ...options });
    expect(report.indicators).toBe(LINES + 5);
    const summary = port.read(report.summaryTab);
    const formulas = summary.formulas.flat().filter((f) => f !== "");
    expect(formulas.length).toBeGreaterThan(20);
    const longest = Math.max(...formulas.map((f) => f.length));
    expect(longest).toBeLessThan(EXCEL_FORMULA_LIMIT);
    // Bounded, not merely short enough: the pagu formula is the same size for 5 lines as for 3.000.
    const header = summary.values[4].map(String);
    const [pagu, spent] = ["Pagu (Rp)", "Realisasi anggaran s.d. TW II (Rp)"].map((h) => header.indexOf(h));
    const row = (name: string) => summary.values.find((r) => r[0] === name) as CellValue[];
    const rowAt = (name: string) => summary.values.findIndex((r) => r[0] === name);
    expect(summary.formulas[rowAt("Bidang Besar")][pagu]).toMatch(/^=SUMIFS\(/);
    expect(summary.formulas[rowAt("Bidang Besar")][pagu].length).toBeLessThan(120);

    const big = reportTotal(port, "Bidang Besar");
    const tiered = reportTotal(port, "Bidang Berjenjang");
    // 3.000 × 1.000.000 + (0 + 1 + … + 2.999); the program's 900.000 alone in the other bidang.
    expect(big.pagu).toBe(LINES * 1_000_000 + (LINES * (LINES - 1)) / 2);
    expect(tiered).toEqual({ pagu: 900_000, realisasi: 180_000 });
    expect([row("Bidang Besar")[pagu], row("Bidang Besar")[spent]]).toEqual([big.pagu, big.realisasi]);
    expect([row("Bidang Berjenjang")[pagu], row("Bidang Berjenjang")[spent]]).toEqual([
      tiered.pagu,
      tiered.realisasi,
    ]);
    expect([row("Jumlah")[pagu], row("Jumlah")[spent]]).toEqual([
      big.pagu + tiered.pagu,
      big.realisasi + tiered.realisasi,
    ]);
    expect(row("Jumlah")[header.indexOf("Jumlah indikator")]).toBe(LINES + 5);
  }, 240_000);
});
