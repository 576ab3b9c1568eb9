/**
 * Trial 2 (shot 08): the evaluation tab put the sasaran text under the header "Program / Kegiatan /
 * Sub Kegiatan" on sasaran rows. The column's header names the sasaran too; a tab made by the
 * previous version (old header) is regenerated in place, keeping what a person typed.
 */
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import type { CellValue } from "../../src/core/cells";
import { evaluasiTabName } from "../../src/core/evaluasi";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

const SASARAN = "Meningkatnya Pengembangan dan Kemandirian Warga Transmigran";
const HEADER = "Sasaran / Program / Kegiatan / Sub Kegiatan";
const OLD_HEADER = "Program / Kegiatan / Sub Kegiatan";

function workbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.write(wb.addTab("Bidang Transmigrasi"), 1, 1, [
    ["RENCANA AKSI BIDANG TRANSMIGRASI TAHUN 2024"],
    [""],
    [
      "No",
      "Sasaran",
      "Indikator Kinerja",
      "Satuan",
      "Target TW I",
      "Target TW II",
      "Target TW III",
      "Target TW IV",
      "Realisasi TW I",
      "Realisasi TW II",
    ],
    [1, SASARAN, "Persentase Warga Transmigran Mandiri", "%", 15, 30, 45, 63.57, 14, 29],
  ]);
  return wb;
}

const TAB = evaluasiTabName(2, "2024");

describe("the evaluation tab's name column on a sasaran row", () => {
  it("is headed so that a sasaran under it is not mislabelled", () => {
    const wb = workbook();
    const { port } = emulatedPort(wb);
    generateTriwulan(port, { tw: 2 });
    const values = port.read(TAB).values;
    const header = values[4].map(String);
    const rows = values.slice(5);
    const sasaranRow = rows.find((r) => r.includes(SASARAN));
    expect(sasaranRow, "a row shows the sasaran").toBeDefined();
    expect(header[(sasaranRow as CellValue[]).indexOf(SASARAN)]).toBe(HEADER);
    expect(header).not.toContain(OLD_HEADER);
  });

  it("a tab made under the old header is regenerated in place, a person's text kept", () => {
    const wb = workbook();
    const { port } = emulatedPort(wb);
    generateTriwulan(port, { tw: 2 });
    const tab = wb.getTab(TAB);
    const header = port.read(TAB).values[4].map(String);
    const name = header.indexOf(HEADER);
    const pendorong = header.indexOf("Faktor pendorong");
    // As the previous version wrote it, and a person's factor on the indicator's row.
    wb.write(tab, 5, name + 1, [[OLD_HEADER]]);
    const rows = port.read(TAB).values;
    const at = rows.findIndex((r) => r.includes("Persentase Warga Transmigran Mandiri"));
    wb.write(tab, at + 1, pendorong + 1, [["Pendampingan rutin"]]);
    const report = generateTriwulan(port, { tw: 2 });
    const after = port.read(TAB).values;
    expect(after[4][name]).toBe(HEADER);
    expect(after.find((r) => r.includes("Persentase Warga Transmigran Mandiri"))?.[pendorong]).toBe(
      "Pendampingan rutin",
    );
    expect(report).toMatchObject({ kept: 1, moved: 0, rewritten: 0, lost: [] });
  });
});
