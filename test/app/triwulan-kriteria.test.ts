import { describe, expect, it } from "vitest";
import type { CellValue, WorkbookPort } from "../../src/app/port";
import { generateTriwulan } from "../../src/app/triwulan";
import { HEADER_ROW } from "../../src/core/evaluasi";
import { standardFormulas } from "../../src/core/standard";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

/** Three indicators: a small capaian (1 of 100 → 1 %), 0,5 of 100 and an ordinary 90 of 100. */
function smallCapaian(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.write(wb.addTab("Bidang Uji"), 1, 1, [
    ["RENCANA AKSI BIDANG UJI TAHUN 2024"],
    ["Kode", "Indikator", "Satuan", "Target TW I", "Realisasi TW I"],
    ["2.07.01.2.01.0001", "Jumlah UPT yang dibina", "UPT", 100, 1],
    ["2.07.01.2.01.0002", "Persentase dokumen", "%", 100, 0.5],
    ["2.07.01.2.01.0003", "Jumlah laporan", "Laporan", 100, 90],
  ]);
  return wb;
}

function kriteria(port: WorkbookPort, tab: string): CellValue[] {
  const { values } = port.read(tab);
  const header = values[HEADER_ROW - 1].map(String);
  return values
    .slice(HEADER_ROW)
    .filter((r) => r[header.indexOf("Indikator")] !== "")
    .map((r) => r[header.indexOf("Kriteria")]);
}

describe("a small capaian in the evaluation tab (issue 18)", () => {
  it.each([
    ["--rumus sakip (CAPAIAN/KRITERIA)", {}],
    ["--rumus excel (standard formulas)", { standard: standardFormulas }],
  ])("is rated, and counted in the Ringkasan, with %s", (_, options) => {
    const { port } = emulatedPort(smallCapaian());
    const report = generateTriwulan(port, { tw: 1, ...options });
    expect(kriteria(port, report.tab)).toEqual(["Sangat Rendah", "Sangat Rendah", "Tinggi"]);
    const { values } = port.read(report.summaryTab);
    const header = values[HEADER_ROW - 1].map(String);
    const total = values.find((r) => r[0] === "Jumlah") as CellValue[];
    expect(total[header.indexOf("Sangat Rendah")]).toBe(2);
    expect(total[header.indexOf("Belum ada capaian")]).toBe(0);
  });
});
