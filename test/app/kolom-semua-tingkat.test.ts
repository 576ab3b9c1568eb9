/**
 * Trial 8 #6: a hospital writes its sasaran, programs, kegiatan and sub kegiatan in ONE column headed
 * "Sasaran / Program / Kegiatan / Sub Kegiatan" beside a Kode Rekening column. It was read as the
 * Sasaran column, so every program, kegiatan and sub kegiatan became a "Sasaran" of the LAKIP. A
 * person reads such a column by the kode: no kode is the sasaran, 3 parts a program, 5 a kegiatan,
 * 6 a sub kegiatan.
 */
import { describe, expect, it } from "vitest";
import { laporanDocument } from "../../src/app/laporan";
import { readWorkbook } from "../../src/app/plans";
import type { CellValue } from "../../src/core/cells";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

const E = "";
const SASARAN = "Meningkatnya mutu pelayanan kesehatan rujukan RSUD";
// biome-ignore format: one sheet row per line reads like the sheet
const PLAN: CellValue[][] = [
  ["RENCANA AKSI RSUD TAHUN 2026"],
  [E],
  ["No", "Kode Rekening", "Sasaran / Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target TW I", "Target TW II", "Target TW III", "Target TW IV", "Pagu (Rp)", "Realisasi TW I", "Realisasi TW II"],
  ["I", E, SASARAN, "Indeks Kepuasan Masyarakat (IKM)", "Nilai", 82, 82, 82, 82, 82, E, 80.15, 83.4],
  [E, E, E, "Gross Death Rate (GDR)", "‰", 45, 45, 45, 45, 45, E, 38, 41],
  [1, "1.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "Persentase pemenuhan layanan penunjang RS", "%", 100, 25, 50, 75, 100, 52226500000, 25, 50],
  ["1.1", "1.02.01.2.10", "Peningkatan Pelayanan BLUD", "Cakupan pelayanan BLUD sesuai standar", "%", 100, 100, 100, 100, 100, 42350000000, 100, 100],
  [E, "1.02.01.2.10.0001", "Pelayanan dan Penunjang Pelayanan BLUD", "Jumlah BLUD yang Menyediakan Pelayanan", "Unit", 1, 1, 1, 1, 1, 42350000000, 1, 1],
];

const office = () => {
  const wb = new MemoryWorkbook();
  wb.write(wb.addTab("RENAKSI 2026"), 1, 1, PLAN);
  return emulatedPort(wb).port;
};

describe("one column for every level, read by the kode", () => {
  it("no kode: the sasaran; a program's, kegiatan's and sub kegiatan's row: that level, under the sasaran", () => {
    const rows = readWorkbook(office()).plans[0].rows.filter((r) => r.indikator);
    expect(rows.map((r) => [r.kode, r.sasaran, r.program, r.kegiatan])).toEqual([
      [E, SASARAN, E, E],
      [E, SASARAN, E, E],
      ["1.02.01", SASARAN, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", E],
      ["1.02.01.2.10", SASARAN, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "Peningkatan Pelayanan BLUD"],
      [
        "1.02.01.2.10.0001",
        SASARAN,
        "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH",
        "Peningkatan Pelayanan BLUD",
      ],
    ]);
  });

  it("the LAKIP names one sasaran, never a kegiatan as 'Sasaran 2'", () => {
    const headings = laporanDocument(office(), { tw: 2 })
      .blocks.filter((b) => b.kind === "heading")
      .map((b) => b.text)
      .filter((t) => /^Sasaran \d/.test(t));
    expect(headings).toEqual([`Sasaran 1: ${SASARAN}`]);
  });
});
