/**
 * An annual measurement table (trial 3, pk2025.xlsx) whose printed capaian is wrong for a range
 * target ("80-90", realisasi 75: 93,75, not 83,33) or a qualitative one ("Zona Hijau" missed with
 * "Zona Kuning": 66,67, not 100) is a Galat in Periksa, as for a numeric target, with the figure
 * CAPAIAN gives; the LKjIP from the same file prints that computed figure and its kriteria.
 */
import { describe, expect, it } from "vitest";
import { laporanDocument } from "../../src/app/laporan";
import { periksa } from "../../src/app/periksa";
import type { CellValue } from "../../src/core/cells";
import type { ReportTable } from "../../src/core/report/model";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

const TAB = "Pengukuran Kinerja 2025";
const E = "";
// biome-ignore format: one sheet row per line reads like the sheet
const PK2025: CellValue[][] = [
  ["Tabel 3.2 Pengukuran Kinerja Tahun 2025", E, E, E, E, E, E, E],
  ["DINAS TENAGA KERJA KABUPATEN MAJU JAYA", E, E, E, E, E, E, E],
  [E, E, E, E, E, E, E, E],
  ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)", "KRITERIA"],
  [1, "Meningkatnya penempatan tenaga kerja", "Persentase lowongan kerja yang terisi", "%", 63.57, 61.68, "97,02", "Sangat Tinggi"],
  [2, "Meningkatnya akuntabilitas kinerja", "Predikat Zona Integritas", "predikat", "Zona Hijau", "Zona Kuning", 100, "Sangat Tinggi"],
  [3, E, "Persentase pelatihan berbasis kompetensi", "%", "80-90", 75, "83,33", "Tinggi"],
  [4, E, "Opini BPK atas laporan keuangan", "opini", "WTP", "WTP", 100, "Sangat Tinggi"],
];

function office() {
  const wb = new MemoryWorkbook({ name: "PK 2025" });
  wb.write(wb.addTab(TAB), 1, 1, PK2025);
  return emulatedPort(wb).port;
}

describe("annual table with a range or a qualitative target", () => {
  const findings = periksa(office(), { writeReport: false }).findings.filter(
    (f) => f.rule === "capaian-tahunan",
  );
  const at = (cell: string) => findings.filter((f) => f.cell === cell).map((f) => [f.severity, f.message]);

  it("gives the printed capaian of a range target the Galat of a numeric one, with CAPAIAN's figure", () => {
    expect(at("G7")).toEqual([
      [
        "error",
        'Capaian indikator "Persentase pelatihan berbasis kompetensi" tertulis 83,33, padahal hasil hitungnya 93,75 (target 80-90, realisasi 75, polaritas positif).',
      ],
    ]);
    expect(at("H7")).toEqual([
      [
        "error",
        'Kriteria indikator "Persentase pelatihan berbasis kompetensi" tertulis "Tinggi", padahal capaian 93,75 (target 80-90, realisasi 75) berkriteria "Sangat Tinggi" pada Skala Nilai Peringkat Kinerja (Permendagri 86/2017).',
      ],
    ]);
  });

  it("gives a missed Zona Hijau printed 100 the same Galat (66,67, Sedang); a reached WTP nothing", () => {
    expect(at("G6")).toEqual([
      [
        "error",
        'Capaian indikator "Predikat Zona Integritas" tertulis 100, padahal hasil hitungnya 66,67 (target Zona Hijau, realisasi Zona Kuning, polaritas positif).',
      ],
    ]);
    expect(at("H6").map(([s]) => s)).toEqual(["error"]);
    expect(at("G8")).toEqual([]);
    expect(at("G5")).toEqual([]);
    expect(findings.filter((f) => f.severity === "info")).toEqual([]);
  });

  it("prints the computed capaian and kriteria in the LKjIP's Tabel 3.17", () => {
    const doc = laporanDocument(office(), { tw: "tahunan" });
    const t = doc.blocks.find((b) => b.kind === "table" && b.id === "3.17") as ReportTable;
    expect(t.rows.map((r) => r.cells.slice(2).map((c) => c.text))).toEqual([
      ["Persentase lowongan kerja yang terisi", "%", "63,57", "61,68", "97,03", "Sangat Tinggi"],
      ["Predikat Zona Integritas", "predikat", "Zona Hijau", "Zona Kuning", "66,67", "Sedang"],
      ["Persentase pelatihan berbasis kompetensi", "%", "80-90", "75", "93,75", "Sangat Tinggi"],
      ["Opini BPK atas laporan keuangan", "opini", "WTP", "WTP", "100,00", "Sangat Tinggi"],
    ]);
  });
});
