/**
 * Trial 8 #16: the panel's LAKIP was refused ("Laporan tidak ditulis: 5 angka berbeda … kolom 7: 96,5")
 * whenever a realisasi was typed as text percent ("96,5%", "48,5%"), which most offices do: the report
 * prints it without its sign (96,5, the satuan says "%"), and the server's check knew the figure only
 * as typed. "Buat laporan lagi" could never help. The check reads it as the report prints it.
 */
import { expect, it } from "vitest";
import { laporanInput, submitLaporan } from "../../src/app/laporan";
import type { ReportTable } from "../../src/core/report/model";
import { laporanFromJson } from "../../src/core/report-build";
import { inputJson } from "../../src/core/report-input";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

function office() {
  const wb = new MemoryWorkbook({ name: "kec" });
  wb.write(wb.addTab("Pengaturan"), 1, 1, [
    ["Pengaturan", "Nilai"],
    ["OPD", "Kecamatan Wotu"],
    ["Tahun", 2026],
  ]);
  // biome-ignore format: one sheet row per line reads like the sheet
  wb.write(wb.addTab("Seksi Pemerintahan"), 1, 1, [
    ["No", "Sasaran", "Indikator", "Satuan", "Target Tahunan", "Target TW I", "Target TW II", "Target TW III", "Target TW IV", "Realisasi TW I", "Realisasi TW II"],
    [1, "Meningkatnya kualitas pelayanan publik", "Persentase pelayanan administrasi terselesaikan tepat waktu", "%", 95, 95, 95, 95, 95, "93%", "96,5%"],
    [2, E, "Persentase anak usia sekolah yang bersekolah", "%", 97, 97, 97, 97, 97, "48,5 %", 96],
  ]);
  return emulatedPort(wb).port;
}
const E = "";

it.each([1, 2, "tahunan"] as const)("the panel's report (%s) of text percent realisasi is written", (tw) => {
  const port = office();
  const doc = laporanFromJson(inputJson(laporanInput(port, { tw })));
  const iku = doc.blocks.find(
    (b): b is ReportTable => b.kind === "table" && b.id === (tw === "tahunan" ? "3.17" : "iku"),
  );
  if (tw === 2) expect(iku?.rows[0].cells.map((c) => c.text).slice(6, 8)).toEqual(["96,5", "101,58"]);
  expect(submitLaporan(port, { tw }, doc).message).toMatch(/^Tab 'Laporan (TW I{1,2}|Tahunan) 2026' dibuat/);
});
