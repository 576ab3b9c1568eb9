/**
 * Trial 6 #20 and #4: a column headed with an earlier year ("Tahun 2025 / Real.") is not taken as this
 * year's Realisasi Tahunan by a correction: the panel's sentence names the column, the years and the
 * meaning to choose instead, "Realisasi tahun lalu", which Cara dibaca offers.
 */
import { describe, expect, it } from "vitest";
import { correctableFields, correctReading } from "../../src/app/baca";
import { readWorkbook } from "../../src/app/plans";
import type { CellValue } from "../../src/core/cells";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

const E = "";
// biome-ignore format: one sheet row per line reads like the sheet
const KESMAS: CellValue[][] = [
  ["RENCANA AKSI BIDANG KESEHATAN MASYARAKAT TAHUN 2026", E, E, E, E, E, E, E, E, E, E, E, E, E],
  ["No", "Indikator Kinerja", "Sat.", "Tahun 2025", E, "Tgt 2026", "Tgt Per Trw", E, E, E, "Realisasi Fisik", E, E, E],
  [E, E, E, "Tgt", "Real.", E, "Trw I", "Trw II", "Trw III", "Trw IV", "TW I", "TW II", "TW III", "TW IV"],
  [1, "Prevalensi stunting pada balita", "%", 16.5, 15.9, 14, 14, 14, 14, 14, 15.2, "13,8", E, E],
];

describe("a correction to this year's figure on a column of an earlier year", () => {
  it("is refused with one sentence naming the column, both years and 'Realisasi tahun lalu'", () => {
    const wb = new MemoryWorkbook();
    wb.write(wb.addTab("Kesmas"), 1, 1, KESMAS);
    const { port } = emulatedPort(wb);
    expect(correctableFields().map((f) => f.label)).toEqual(
      expect.arrayContaining(["Target tahun lalu", "Realisasi tahun lalu"]),
    );
    expect(() => correctReading(port, { tab: "Kesmas", col: 4, field: "realisasiTahunan" })).toThrow(
      'Kolom E ada di bawah judul tahun 2025, padahal tahun yang diukur 2026: untuk angka tahun 2025 pilih "Realisasi tahun lalu"; bila memang angka tahun 2026, ubah dulu judul kolomnya.',
    );
    // The meaning offered is taken: E stays last year's realisasi, and is said so.
    correctReading(port, { tab: "Kesmas", col: 4, field: "renstra:laluRealisasi" });
    const plan = readWorkbook(port).plans[0];
    expect(plan.columns.realisasiTahunan).toBeUndefined();
    expect(plan.rows[0].tahunLain?.[0]).toMatchObject({ tahun: 2025, realisasi: 15.9 });
  });
});
