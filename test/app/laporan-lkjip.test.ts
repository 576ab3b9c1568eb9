/**
 * The LKjIP Bab III on an office's own layout (not the template): its annual IKU table (the
 * reference LKjIP's Tabel 3.17 as a tab) and its own Perjanjian Kinerja tab with earlier years and
 * the Renstra end target (the reference's Tabel 3.18 and 3.19 figures). The tables show those
 * years, compute the persentase right (the reference printed 54,26 % where 61,05 / 112,15 gives
 * 54,44 %) and say "belum diisi" where a year or the Renstra target is missing, never 0.
 */
import { describe, expect, it } from "vitest";
import { laporanDocument } from "../../src/app/laporan";
import type { CellValue } from "../../src/core/cells";
import type { ReportTable } from "../../src/core/report/model";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { LKJIP_TABEL_3_17 } from "../fixtures/layouts";

const E = "";
// The office's own PK tab: its words and order, not the template's.
// biome-ignore format: one sheet row per line reads like the sheet
const PERJANJIAN: CellValue[][] = [
  ["PERJANJIAN KINERJA DINAS TRANSMIGRASI DAN TENAGA KERJA TAHUN 2024", E, E, E, E, E, E, E, E, E],
  ["No", "Sasaran Strategis", "Indikator Kinerja", "Target 2024", "Target 2023", "Realisasi 2023", "Target 2022", "Realisasi 2022", "Target Sasaran Akhir Renstra (2026)", "Realisasi Target Sasaran Renstra Sampai Tahun 2024"],
  [1, "Meningkatnya kompetensi tenaga kerja", "Persentase Tenaga Kerja yang Bersertifikat Kompetensi", "20,50", "18,59", "22,90", "17,00", "19,50", "112,15", "61,05"],
  [2, "Meningkatnya Penempatan tenaga kerja", "Persentase Pencari Kerja yang terdaftar ditempatkan", "10,37", "8,39", "13,75", E, E, "51,85", "40,63"],
  [3, "Meningkatnya Hubungan Industrial", "Persentase Kasus Perselisihan Hubungan Industrial yang di fasilitasi", 100, 100, 100, 100, 100, 500, 300],
  // No Renstra target typed for this one.
  [4, "Meningkatnya Perencanaan Kawasan Transmigrasi", "Jumlah Kawasan Transmigrasi yang direncanakan di bangun dan di kembangkan", 4, 4, 3, 4, 4, E, E],
];

function office() {
  const wb = new MemoryWorkbook({ name: "LKjIP" });
  wb.write(wb.addTab("Pengaturan"), 1, 1, [
    ["Pengaturan", "Nilai"],
    ["OPD", "Dinas Transmigrasi dan Tenaga Kerja Kabupaten Kutai Kartanegara"],
    ["Tahun", 2024],
  ]);
  wb.write(wb.addTab("IKU Dinas"), 1, 1, LKJIP_TABEL_3_17);
  wb.write(wb.addTab("Perjanjian Kinerja"), 1, 1, PERJANJIAN);
  return emulatedPort(wb).port;
}

const cells = (t: ReportTable) => t.rows.map((r) => r.cells.map((c) => c.text));

describe("LKjIP Bab III on an office's own layout", () => {
  const doc = laporanDocument(office(), { tw: "tahunan" });
  const table = (id: string) => doc.blocks.find((b) => b.kind === "table" && b.id === id) as ReportTable;

  it("Tabel 3.17: the year's capaian and kriteria from the one Realisasi column", () => {
    expect(cells(table("3.17")).map((r) => r.slice(2))).toEqual([
      [
        "Persentase Tenaga Kerja yang Bersertifikat Kompetensi",
        "Persen",
        "20,50",
        "22,77",
        "111,07",
        "Sangat Tinggi",
      ],
      [
        "Persentase Pencari Kerja yang terdaftar ditempatkan",
        "Persen",
        "10,37",
        "18,86",
        "181,87",
        "Sangat Tinggi",
      ],
      [
        "Persentase Kasus Perselisihan Hubungan Industrial yang di fasilitasi",
        "Persen",
        "100",
        "100",
        "100,00",
        "Sangat Tinggi",
      ],
      [
        "Jumlah Kawasan Transmigrasi yang direncanakan di bangun dan di kembangkan",
        "Dokumen",
        "4",
        "4",
        "100,00",
        "Sangat Tinggi",
      ],
    ]);
  });

  it("Tabel 3.18: each year's Target | Realisasi | Persentase, 'belum diisi' where the year is missing", () => {
    const t = table("3.18");
    expect(t.header[0].map((c) => c.text).filter(Boolean)).toEqual([
      "No",
      "Indikator Kinerja",
      "Satuan",
      "Tahun 2022",
      "Tahun 2023",
      "Tahun 2024",
    ]);
    expect(cells(t).map((r) => r.slice(3))).toEqual([
      ["17,00", "19,50", "114,71", "18,59", "22,90", "123,18", "20,50", "22,77", "111,07"],
      ["realisasi 2022 belum diisi", "", "", "8,39", "13,75", "163,89", "10,37", "18,86", "181,87"],
      ["100", "100", "100,00", "100", "100", "100,00", "100", "100", "100,00"],
      ["4", "4", "100,00", "4", "3", "75,00", "4", "4", "100,00"],
    ]);
    expect(t.rows[1].cells[3].span).toBe(3);
    // Where to fill it is said once under the table, in the draft sentences' wording.
    const note = doc.blocks.find((b) => b.kind === "paragraph" && b.id === "3.18-belum-diisi");
    expect(note && "text" in note && note.text).toBe(
      'Realisasi tahun 2022 belum diisi (di tab PK atau kolom "Realisasi tahun lalu" tab bidang).',
    );
  });

  it("Tabel 3.19: realisasi to date against the Renstra end target, computed right", () => {
    const t = table("3.19");
    expect(t.header[0].map((c) => c.text)).toContain("Target akhir Renstra (2026)");
    expect(cells(t).map((r) => r.slice(3))).toEqual([
      ["112,15", "61,05", "54,44"],
      ["51,85", "40,63", "78,36"],
      ["500", "300", "60,00"],
      ["belum diisi", "4", "-"],
    ]);
  });

  it("Tabel 3.21 asks for the faktor where no evaluation tab has them, and no table shows a 0 for missing data", () => {
    const t = table("3.21");
    expect(t.rows[0].cells[2].text).toMatch(/^\[Faktor pendorong belum ditulis/);
    const all = doc.blocks
      .filter((b): b is ReportTable => b.kind === "table")
      .flatMap(cells)
      .flat();
    expect(all).not.toContain("0");
  });
});
