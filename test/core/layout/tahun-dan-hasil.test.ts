/**
 * Small reading defects from the last review (review 6-a #0, #2, #16; 6-c #3):
 * - the year set in Pengaturan is measured, though the header names only an earlier year beside an
 *   unnamed Target Tahunan (the earlier year's columns were read as this year's: 16,5 for 14);
 * - a remarks column "Hasil" ("Tercapai", "Belum tercapai") beside the Indikator column is no second
 *   Indikator column (its remarks became indicators); trial 5's Hasil/Keluaran on other rows still is;
 * - "Realisasi 2025" filled beside a blank 2025 TW family is the 2025 figure (was "belum diisi");
 * - a column a person calls "Realisasi tahun lalu" under "Realisasi 2023" stays 2023's (was 2025's),
 *   and the refusal names "tahun lalu" only for the year before the measured one.
 */
import { describe, expect, it } from "vitest";
import { correctReading } from "../../../src/app/baca";
import type { CellValue } from "../../../src/core/cells";
import { SCALES } from "../../../src/core/kriteria";
import { detectPlan, type LayoutCorrection } from "../../../src/core/layout";
import { indicatorFigures } from "../../../src/core/report/figures";
import { emulatedPort } from "../../../src/emulator/session";
import { MemoryWorkbook } from "../../../src/emulator/workbook";

const E = "";
const read = (values: CellValue[][], tahun?: number, correction?: LayoutCorrection) => {
  const d = detectPlan("Kesmas", values, {
    ...(tahun ? { tahun } : {}),
    ...(correction ? { correction } : {}),
  });
  if (!d.ok) throw new Error(d.reason);
  return d.table;
};

// biome-ignore format: one sheet row per line reads like the sheet
const TANPA_TAHUN_INI: CellValue[][] = [
  ["RENCANA AKSI BIDANG KESEHATAN MASYARAKAT", E, E, E, E, E, E, E, E, E],
  ["No", "Indikator Kinerja", "Sat.", "Tahun 2025", E, "Target Tahunan", "Target TW I", "Target TW II", "Target TW III", "Target TW IV"],
  [E, E, E, "Tgt", "Real.", E, E, E, E, E],
  [1, "Prevalensi stunting pada balita", "%", 16.5, 15.9, 14, 14, 14, 14, 14],
];

describe("the year measured", () => {
  it("is Pengaturan's: the header's only (earlier) year holds last year's figures", () => {
    const t = read(TANPA_TAHUN_INI, 2026);
    expect(t.tahun).toBe(2026);
    expect(t.columns.targetTahunan).toBe(5);
    expect(t.rows[0].targetTahunan).toBe(14);
    expect(t.rows[0].tahunLain).toEqual([{ tahun: 2025, target: 16.5, realisasi: 15.9, persentase: "" }]);
  });

  it("without a year set, or with the header's year the only target, is the header's", () => {
    expect(read(TANPA_TAHUN_INI).tahun).toBe(2025);
    const only = TANPA_TAHUN_INI.map((r) => r.slice(0, 5));
    const t = read(only, 2026);
    expect([t.tahun, t.columns.targetTahunan]).toEqual([2025, 3]);
  });
});

// biome-ignore format: one sheet row per line reads like the sheet
const HASIL: CellValue[][] = [
  ["No", "Program / Kegiatan", "Indikator Kinerja", "Satuan", "Target", "Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV", "Hasil"],
  [1, "Program Pelayanan Kesehatan", E, E, E, E, E, E, E, "Tercapai sebagian"],
  [E, "Kegiatan Imunisasi", "Cakupan imunisasi dasar lengkap", "%", 95, 22, 44, E, E, "Tercapai"],
  [E, "Kegiatan Gizi", "Jumlah posyandu aktif", "posyandu", 120, 28, 35, E, E, "Belum tercapai"],
  [E, "Kegiatan Kesling", "Persentase desa ODF", "%", 60, 16, 30, E, E, "Tercapai"],
];

describe("a remarks column 'Hasil' beside the Indikator", () => {
  it("is no Indikator column: its remarks are no indicators", () => {
    const t = read(HASIL);
    expect(t.rows.map((r) => r.indikator)).toEqual([
      "Cakupan imunisasi dasar lengkap",
      "Jumlah posyandu aktif",
      "Persentase desa ODF",
    ]);
    expect(t.reading?.find((c) => c.col === 9)?.fields).toEqual([]);
  });
});

// biome-ignore format: one sheet row per line reads like the sheet
const TW_LALU_DAN_TAHUNAN: CellValue[][] = [
  ["RENCANA AKSI BIDANG PAUD TAHUN 2026", ...Array<CellValue>(11).fill(E)],
  ["No", "Indikator Kinerja", "Satuan", "Realisasi Kinerja 2025", E, E, E, "Realisasi 2025", "Target Thn 2026", "Target TW I 2026", "Target TW II 2026", "Realisasi TW I 2026"],
  [E, E, E, "TW I", "TW II", "TW III", "TW IV", E, E, E, E, E],
  [1, "Jumlah peserta diklat pendidik PAUD", "orang", E, E, E, E, 198, 200, 50, 50, 40],
];
/** The annual column before the family instead of after it. */
const TAHUNAN_DAN_TW_LALU = TW_LALU_DAN_TAHUNAN.map((r) => [
  ...r.slice(0, 3),
  r[7],
  ...r.slice(3, 7),
  ...r.slice(8),
]);

describe("last year's own figure beside its TW family", () => {
  it.each([
    ["after", TW_LALU_DAN_TAHUNAN],
    ["before", TAHUNAN_DAN_TW_LALU],
  ])("is taken when the family is blank (annual column %s it)", (_, values) => {
    const t = read(values, 2026);
    expect(t.rows[0].tahunLain?.[0]).toMatchObject({ tahun: 2025, realisasi: 198 });
    const [f] = indicatorFigures([t], { tw: 1, scale: SCALES.permendagri86 });
    expect(f.tahunLain[0].realisasi).toBe(198);
  });

  it("the family's figure by sifat when the year's own cell is blank", () => {
    const values = TW_LALU_DAN_TAHUNAN.map((r) => [...r]);
    values[3].splice(3, 5, 38, 50, 61, 49, E);
    const [f] = indicatorFigures([read(values, 2026)], { tw: 1, scale: SCALES.permendagri86 });
    expect(f.tahunLain[0].realisasi).toBe(198);
  });
});

// biome-ignore format: one sheet row per line reads like the sheet
const TIGA_TAHUN: CellValue[][] = [
  ["RENCANA AKSI BIDANG KESEHATAN MASYARAKAT TAHUN 2026", E, E, E, E, E, E, E, E],
  ["No", "Indikator Kinerja", "Sat.", "Realisasi 2023", "Realisasi 2025", "Target Tahunan", "Target TW I", "Target TW II", "Realisasi TW I"],
  [1, "Prevalensi stunting pada balita", "%", 21.3, 15.9, 14, 14, 14, 15.2],
];

describe("'Realisasi tahun lalu' and earlier years", () => {
  it("a person's 'Realisasi tahun lalu' on a column headed 2023 keeps 2023", () => {
    const t = read(TIGA_TAHUN, 2026, { columns: [], renstra: [{ col: 3, meaning: "laluRealisasi" }] });
    expect(t.rows[0].tahunLain?.map((y) => [y.tahun, y.realisasi])).toEqual([
      [2023, 21.3],
      [2025, 15.9],
    ]);
    expect(t.reading?.find((c) => c.col === 3)?.role).toBe("Tahun 2023: Realisasi");
  });

  it("the refusal of Realisasi Tahunan names 'tahun lalu' only for the year before", () => {
    const wb = new MemoryWorkbook();
    wb.write(wb.addTab("Kesmas"), 1, 1, TIGA_TAHUN);
    const { port } = emulatedPort(wb);
    expect(() => correctReading(port, { tab: "Kesmas", col: 3, field: "realisasiTahunan" })).toThrow(
      "Kolom D ada di bawah judul tahun 2023, padahal tahun yang diukur 2026: angkanya sudah dibaca sebagai angka tahun 2023; bila memang angka tahun 2026, ubah dulu judul kolomnya.",
    );
    expect(() => correctReading(port, { tab: "Kesmas", col: 4, field: "realisasiTahunan" })).toThrow(
      'untuk angka tahun 2025 pilih "Realisasi tahun lalu"',
    );
  });
});
