/**
 * Last year's figures beside this year's plan (trial 6 #7, #16): "Tahun 2025" over "Tgt | Real." are
 * the 2025 target and realisasi (short forms read as their words), and "Target/Realisasi Kinerja 2025"
 * over TW I … IV keep all four TW columns, so the reports add them up by sifat, never taking TW I's.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cells";
import { readCorrections } from "../../../src/core/koreksi";
import { SCALES } from "../../../src/core/kriteria";
import { detectPlan, type LayoutCorrection } from "../../../src/core/layout";
import { indicatorFigures } from "../../../src/core/report/figures";

const E = "";
const read = (values: CellValue[][], correction?: LayoutCorrection) => {
  const d = detectPlan("Kesmas", values, { tahun: 2026, correction });
  if (!d.ok) throw new Error(d.reason);
  return d.table;
};

// biome-ignore format: one sheet row per line reads like the sheet
const SINGKAT: CellValue[][] = [
  ["RENCANA AKSI BIDANG KESEHATAN MASYARAKAT TAHUN 2026", E, E, E, E, E, E, E, E, E, E, E, E, E],
  ["No", "Indikator Kinerja", "Sat.", "Tahun 2025", E, "Tgt 2026", "Tgt Per Trw", E, E, E, "Realisasi Fisik", E, E, E],
  [E, E, E, "Tgt", "Real.", E, "Trw I", "Trw II", "Trw III", "Trw IV", "TW I", "TW II", "TW III", "TW IV"],
  [1, "Prevalensi stunting pada balita", "%", 16.5, 15.9, 14, 14, 14, 14, 14, 15.2, "13,8", E, E],
];

// biome-ignore format: one sheet row per line reads like the sheet
const PER_TW: CellValue[][] = [
  ["RENCANA AKSI BIDANG PAUD DAN DIKMAS TAHUN 2026", ...Array<CellValue>(19).fill(E)],
  ["No", "Indikator Kinerja", "Satuan", "Target Kinerja 2025", E, E, E, "Realisasi Kinerja 2025", E, E, E, "Target Thn 2026", "Target Kinerja 2026", E, E, E, "Realisasi Kinerja 2026", E, E, E],
  [E, E, E, "TW I", "TW II", "TW III", "TW IV", "TW I", "TW II", "TW III", "TW IV", E, "TW I", "TW II", "TW III", "TW IV", "TW I", "TW II", "TW III", "TW IV"],
  [1, "Angka Partisipasi Kasar (APK) PAUD", "%", 70, 70, 70, 70, 68, 69, 70, 71, 72, 72, 72, 72, 72, 72.5, 73.2, E, E],
  [2, "Jumlah peserta diklat pendidik PAUD", "orang", 50, 50, 50, 50, 38, 50, 61, 49, 200, 50, 50, 50, 50, 40, 55, E, E],
];

describe("last year's target and realisasi beside this year's plan", () => {
  it("reads 'Tahun 2025' over 'Tgt | Real.' as the 2025 target and realisasi", () => {
    const t = read(SINGKAT);
    expect(t.columns).toMatchObject({ indikator: 1, targetTahunan: 5 });
    expect(t.rows[0].tahunLain).toEqual([{ tahun: 2025, target: 16.5, realisasi: 15.9, persentase: "" }]);
    expect(t.reading?.filter((c) => c.col === 3 || c.col === 4).map((c) => c.role)).toEqual([
      "Tahun 2025: Target",
      "Tahun 2025: Realisasi",
    ]);
  });

  it("takes a 2025 TW family's year figure by sifat: the TW IV value of a tetap one, the sum of a kumulatif one", () => {
    const t = read(PER_TW);
    expect(t.columns).toMatchObject({ targetTahunan: 11, targetTw1: 12, realisasiTw1: 16 });
    const figures = indicatorFigures([t], { tw: 2, scale: SCALES.permendagri86 });
    const year = (i: number) => {
      const y = figures[i].tahunLain[0];
      return [figures[i].sifat, y.tahun, y.target, y.realisasi];
    };
    expect(year(0)).toEqual(["tetap", 2025, 70, 71]);
    expect(year(1)).toEqual(["kumulatif", 2025, 200, 198]);
  });

  it("takes 'Target tahun lalu' / 'Realisasi tahun lalu' a person chose in Cara dibaca (Pengaturan) for columns no word names", () => {
    const values = SINGKAT.map((r) => [...r]);
    values[1][3] = "Data Pembanding";
    values[2][3] = "Sasaran Lama";
    values[2][4] = "Hasil Lama";
    expect(read(values).rows[0].tahunLain).toBeUndefined();
    const fix = readCorrections([
      ["", "", "", "", "", "", "Koreksi pembacaan: tab", "Kolom / baris", "Dibaca sebagai"],
      ["", "", "", "", "", "", "Kesmas", "D", "Target tahun lalu"],
      ["", "", "", "", "", "", "Kesmas", "E", "Realisasi tahun lalu"],
    ]).get("Kesmas");
    const t = read(values, fix);
    expect(t.rows[0].tahunLain).toEqual([{ tahun: 2025, target: 16.5, realisasi: 15.9, persentase: "" }]);
    expect(t.reading?.filter((c) => c.col === 3 || c.col === 4).map((c) => [c.role, c.corrected])).toEqual([
      ["Tahun 2025: Target", true],
      ["Tahun 2025: Realisasi", true],
    ]);
  });
});
