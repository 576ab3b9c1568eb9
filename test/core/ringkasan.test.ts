import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { standardFormulas } from "../../src/core/standard";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

/** A bidang tab whose TW I capaian tie: six indicators at 0 %, one at 50 %, one at 100 %. */
function tiedWorkbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  const header = [
    "Kode",
    "Indikator",
    "Satuan",
    "Target TW I",
    "Target TW II",
    "Realisasi TW I",
    "Realisasi TW II",
  ];
  const row = (i: number, target: number, realisasi: number) => [
    `2.07.01.2.01.000${i}`,
    `Indikator ${i}`,
    "Dokumen",
    target,
    0,
    realisasi,
    "",
  ];
  wb.write(wb.addTab("Bidang Uji"), 1, 1, [
    ["RENCANA AKSI BIDANG UJI TAHUN 2024"],
    header,
    row(1, 4, 4),
    row(2, 2, 0),
    row(3, 2, 1),
    row(4, 2, 0),
    row(5, 2, 0),
    row(6, 2, 0),
    row(7, 2, 0),
    row(8, 2, 0),
  ]);
  return wb;
}

describe.each([
  ["Sheets (custom functions)", {}],
  ["Excel (standard formulas)", { standard: standardFormulas }],
])("the Ringkasan's five lowest in %s (issue 18)", (_, options) => {
  it("names five different indicators when capaian tie, ties in plan order", () => {
    const { port } = emulatedPort(tiedWorkbook());
    const report = generateTriwulan(port, { tw: 1, ...options });
    const { values } = port.read(report.summaryTab);
    const at = values.findIndex((r) => String(r[0]).startsWith("Indikator dengan capaian")) + 2;
    const lowest = values.slice(at, at + 5).map((r) => [r[0], r[1], r[2]]);
    expect(lowest).toEqual([
      ["Indikator 2", 0, "Sangat Rendah"],
      ["Indikator 4", 0, "Sangat Rendah"],
      ["Indikator 5", 0, "Sangat Rendah"],
      ["Indikator 6", 0, "Sangat Rendah"],
      ["Indikator 7", 0, "Sangat Rendah"],
    ]);
  });

  it("lists fewer rows when fewer indicators have a capaian, and no name twice", () => {
    const wb = tiedWorkbook();
    const { port } = emulatedPort(wb);
    // Only two indicators reported: the rest of TW I is blank (belum diisi).
    const tab = wb.getTab("Bidang Uji");
    wb.write(tab, 5, 6, [[""], [""], [""], [""], [""], [""]]);
    const report = generateTriwulan(port, { tw: 1, ...options });
    const { values } = port.read(report.summaryTab);
    const at = values.findIndex((r) => String(r[0]).startsWith("Indikator dengan capaian")) + 2;
    expect(values.slice(at, at + 5).map((r) => r[0])).toEqual(["Indikator 2", "Indikator 1", "", "", ""]);
  });
});
