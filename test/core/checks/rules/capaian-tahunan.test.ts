import { describe, expect, it } from "vitest";
import type { CellValue, TabSnapshot } from "../../../../src/core/cells";
import { checkWorkbook } from "../../../../src/core/checks";
import { SCALES } from "../../../../src/core/kriteria";
import { LKJIP_IKU_PEMDA, LKJIP_TABEL_3_2, LKJIP_TABEL_3_17 } from "../../../fixtures/layouts";

const snap = (name: string, values: CellValue[][]): TabSnapshot => ({
  name,
  values,
  formulas: values.map((r) => r.map(() => "")),
});
const annual = (tabs: TabSnapshot[], scale = SCALES.permendagri86) =>
  checkWorkbook(tabs, { scale }).findings.filter((f) => f.rule === "capaian-tahunan");

describe("annual measurement tables (LKjIP Bab III)", () => {
  const t32 = annual([snap("Pengukuran Kinerja", LKJIP_TABEL_3_2)]);
  const at = (cell: string) => t32.filter((f) => f.cell === cell);

  it("accepts the printed capaian that are right, rounded or cut (Tabel 3.2)", () => {
    // 70,92 / 71,50 → 99,19 printed 99,18 (cut); 22,77 / 20,50 → 111,07 printed 111; 18,86 / 10,37 →
    // 181,87 printed 181 (cut); 81,37 / 70 → 116,24 printed 116; 60,12 / 64 → 93,94 printed 93,93.
    for (const cell of ["F5", "F6", "F7", "F8", "F9", "F12", "F17", "F19"])
      expect(at(cell), cell).toEqual([]);
  });

  it("says which printed capaian the formula does not give, with the numbers", () => {
    expect(at("F16").map((f) => [f.severity, f.message])).toEqual([
      [
        "error",
        'Capaian indikator "Nilai LPPD" tertulis 100, padahal hasil hitungnya 86,39 (target 3,6, realisasi 3,11, polaritas positif).',
      ],
    ]);
  });

  it("finds the printed kriteria that the scale does not give", () => {
    expect(at("G16").map((f) => f.message)).toEqual([
      'Kriteria indikator "Nilai LPPD" tertulis "Sangat Tinggi", padahal capaian 86,39 (target 3,6, realisasi 3,11) berkriteria "Tinggi" pada Skala Nilai Peringkat Kinerja (Permendagri 86/2017).',
    ]);
    // On the LAKIP scale 99,19 is "Berhasil", not "Sangat Tinggi".
    const lakip = annual([snap("Pengukuran Kinerja", LKJIP_TABEL_3_2)], SCALES.lakip);
    expect(lakip.find((f) => f.cell === "G5")?.message).toContain('berkriteria "Berhasil" pada Skala LAKIP');
  });

  it("computes a negative-sounding indicator without polaritas positif, as the evaluation does; the polaritas rule names both capaian", () => {
    // The LKjIP printed the positive 92 for unemployment and 100 for stunting (capped 104,57). No
    // polaritas column: the formula is never flipped on the words; the reviewer reads the choice.
    expect(at("F14")).toEqual([]);
    const iku = checkWorkbook([snap("IKU Pemda", LKJIP_IKU_PEMDA)], { scale: SCALES.permendagri86 }).findings;
    expect(iku.filter((f) => f.rule === "capaian-tahunan")).toEqual([]);
    expect(iku.filter((f) => f.rule === "polaritas").map((f) => [f.cell, f.severity, f.message])).toEqual([
      [
        "C2",
        "warning",
        'Indikator "Tingkat Pengangguran Terbuka" tampaknya makin rendah makin baik (kata "tingkat pengangguran"), tetapi polaritasnya tidak ada kolomnya, jadi capaian dihitung positif (92,05; rumus negatif memberi 107,95).',
      ],
    ]);
  });

  it("finds a printed capaian of the negative formula where the polaritas is not written", () => {
    const values: CellValue[][] = [
      ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      [
        1,
        "Menurunnya Pengangguran di Masyarakat",
        "Tingkat Pengangguran Terbuka",
        "%",
        "4,40",
        "4,05",
        "107,95",
      ],
    ];
    expect(
      annual([snap("Pengukuran Kinerja", values)]).map((f) => [f.cell, f.severity, f.message, f.suggestion]),
    ).toEqual([
      [
        "G2",
        "error",
        'Capaian indikator "Tingkat Pengangguran Terbuka" tertulis 107,95 dengan rumus negatif, tetapi polaritasnya tidak ada kolomnya, jadi capaian dihitung positif: 92,05 (target 4,40, realisasi 4,05).',
        "Isi polaritas negatif untuk indikator ini di tab bidang (tambahkan kolom “Polaritas” bila belum ada), atau perbaiki capaian tertulisnya.",
      ],
    ]);
  });

  it("keeps the galat of a negative indicator, written so, computed with the positive formula", () => {
    const values: CellValue[][] = [
      ["Sasaran", "Indikator", "Satuan", "Polaritas", "Target", "Realisasi", "Capaian"],
      ["Menurunnya Pengangguran", "Tingkat Pengangguran Terbuka", "%", "Negatif", "4,40", "4,05", "92"],
    ];
    expect(annual([snap("Pengukuran", values)]).map((f) => f.message)).toEqual([
      'Capaian indikator "Tingkat Pengangguran Terbuka" tertulis 92, hasil rumus positif (92,05); indikator ini makin rendah makin baik, dan rumus negatif memberi 107,95 (target 4,40, realisasi 4,05).',
    ]);
  });

  it("says which rows are capped at 100 and which are not", () => {
    expect(at("F13").map((f) => [f.severity, f.message])).toEqual([
      [
        "warning",
        'Capaian di tab "Pengukuran Kinerja" dibatasi 100 pada 5 baris (baris 13: hasil hitung 200, baris 14: hasil hitung 104,57, baris 15: hasil hitung 202,74, baris 20: hasil hitung 161,71, baris 23: hasil hitung 102,94) tetapi tidak pada baris 6 (111), baris 7 (181), baris 12 (116).',
      ],
    ]);
  });

  it("finds target and realisasi on different scales", () => {
    expect(at("F21").map((f) => [f.severity, f.message])).toEqual([
      [
        "warning",
        'Target dan realisasi indikator "Indeks Pelayanan Publik Pemerintah Daerah" tampaknya berbeda skala: target 8,95, realisasi 94,44 memberi capaian 1.055,2 %, tertulis 100.',
      ],
    ]);
  });

  it("computes a qualitative target by its scale, as CAPAIAN does, instead of crashing on it", () => {
    // "Zona Hijau" reached ("Zona Hijau Terbaik 2"): nothing to say.
    expect(at("F22")).toEqual([]);
    const missed = LKJIP_TABEL_3_2.map((r) => [...r]);
    missed[21][4] = "Zona Kuning";
    const found = annual([snap("Pengukuran Kinerja", missed)]).filter((f) => f.cell === "F22");
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      [
        "error",
        'Capaian indikator "Nilai Kepatuhan Standar Pelayanan Pemerintah Daerah" tertulis 100, padahal hasil hitungnya 66,67 (target Zona Hijau, realisasi Zona Kuning, polaritas positif).',
      ],
    ]);
    // Words of no scale: compared, never computed, an Info.
    missed[21][3] = "Memadai";
    expect(annual([snap("Pengukuran Kinerja", missed)]).find((f) => f.cell === "F22")?.message).toBe(
      'Target indikator "Nilai Kepatuhan Standar Pelayanan Pemerintah Daerah" ("Memadai") dan realisasinya ("Zona Kuning") tidak dapat dibandingkan, jadi capaian 100 tidak dapat dihitung dengan rumus.',
    );
  });

  it("finds nothing in Tabel 3.17, whose figures are all right", () => {
    expect(annual([snap("IKU", LKJIP_TABEL_3_17)])).toEqual([]);
  });

  it("takes the polaritas column when the table has one", () => {
    const values: CellValue[][] = [
      ["Sasaran", "Indikator", "Satuan", "Polaritas", "Target", "Realisasi", "Capaian", "Kriteria"],
      [
        "Menurunnya Pengangguran",
        "Tingkat Pengangguran Terbuka",
        "%",
        "Negatif",
        "4,40",
        "4,05",
        "107,95",
        "Sangat Tinggi",
      ],
      [
        "Meningkatnya hubungan industrial",
        "Angka sengketa yang diselesaikan",
        "%",
        "Positif",
        80,
        72,
        90,
        "Tinggi",
      ],
    ];
    expect(annual([snap("PK", values), snap("Pengukuran", values)])).toEqual([]);
  });
});
