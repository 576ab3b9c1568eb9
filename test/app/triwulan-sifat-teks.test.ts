/**
 * Trial 8 #2: a hospital types its AvLOS target "6-9" (hari) in Target Tahunan and every TW. The
 * text was no number, so the sifat was guessed kumulatif: realisasi summed (4,8 + 5,2 = 10 hari),
 * "Ada angka tersimpan sebagai teks" as Target s.d. TW II, "Bukan angka: pakai add-on" as its capaian
 * and 111 % against the annual target. One text in every TW (a range, a bound, a word) is a level,
 * tetap, as equal numbers are: 5,2 against 6-9 is 86,67 (the lower bound) in all three capaian
 * columns, in Sheets (CAPAIAN) and in the file `sakip triwulan` makes for Excel/LibreOffice.
 */
import { describe, expect, it } from "vitest";
import { readings } from "../../src/app/baca";
import { laporanDocument } from "../../src/app/laporan";
import type { CellValue } from "../../src/app/port";
import { generateTriwulan } from "../../src/app/triwulan";
import type { ReportTable } from "../../src/core/report/model";
import { standardRowFormulas } from "../../src/core/standard-kualitatif";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { evaluationRows } from "../utils/evaluasi";

const TW = ["I", "II", "III", "IV"];
const E = "";
// biome-ignore format: one sheet row per line reads like the sheet
const PLAN: CellValue[][] = [
  ["RENCANA AKSI RSUD TAHUN 2026"],
  [E],
  ["No", "Indikator Kinerja", "Satuan", "Target Tahunan", ...TW.map((t) => `Target TW ${t}`), ...TW.map((t) => `Realisasi TW ${t}`)],
  [1, "Average Length of Stay (AvLOS)", "Hari", "6-9", "6-9", "6-9", "6-9", "6-9", 4.8, 5.2, E, E],
  // A bound with no annual target, and a word: never summed either.
  [2, "Net Death Rate (NDR)", "‰", E, "≤ 25", "≤ 25", "≤ 25", "≤ 25", 22.4, 20.1, E, E],
  [3, "Zona pelayanan publik", "Zona", "Zona Hijau", "Zona Hijau", "Zona Hijau", "Zona Hijau", "Zona Hijau", "Zona Kuning", "Zona Hijau", E, E],
  // Equal numbers were tetap already; counts that add up stay kumulatif.
  [4, "Jumlah dokter spesialis", "Orang", 12, 12, 12, 12, 12, 11, 12, E, E],
  [5, "Jumlah dokumen perencanaan", "Dokumen", 2, 0, 1, 1, 0, 0, 1, E, E],
];
const COLUMNS = [
  "Sifat target",
  "Target s.d. TW II",
  "Realisasi s.d. TW II",
  "Capaian s.d. TW II (%)",
  "Capaian thd target tahunan (%)",
  "Kriteria",
];

function evaluation(excel: boolean): Record<string, CellValue[]> {
  const wb = new MemoryWorkbook();
  wb.write(wb.addTab("Renaksi RSUD"), 1, 1, PLAN);
  const { port } = emulatedPort(wb);
  const { tab } = generateTriwulan(port, { tw: 2, ...(excel ? { standard: standardRowFormulas } : {}) });
  return Object.fromEntries(
    evaluationRows(port, tab).map((r) => [
      String(r.Indikator),
      COLUMNS.map((h) => (typeof r[h] === "number" ? Number((r[h] as number).toFixed(2)) : r[h])),
    ]),
  );
}

describe.each([
  ["in Sheets (CAPAIAN)", false],
  ["in the file for Excel/LibreOffice", true],
])("one target text in every TW is tetap, %s", (_, excel) => {
  it("a range is not summed: 5,2 hari against 6-9 is 86,67, not 10 hari and 111 %", () => {
    const out = evaluation(excel);
    expect(out["Average Length of Stay (AvLOS)"]).toEqual([
      "tetap (tebakan)",
      "6-9",
      5.2,
      86.67,
      86.67,
      "Tinggi",
    ]);
    // (No annual target: its column is not this test's.)
    expect(out["Net Death Rate (NDR)"].filter((_, i) => i !== 4)).toEqual([
      "tetap (tebakan)",
      "≤ 25",
      20.1,
      100,
      "Sangat Tinggi",
    ]);
    expect(out["Zona pelayanan publik"]).toEqual([
      "tetap (tebakan)",
      "Zona Hijau",
      "Zona Hijau",
      100,
      100,
      "Sangat Tinggi",
    ]);
    expect(out["Jumlah dokter spesialis"]).toEqual(["tetap (tebakan)", 12, 12, 100, 100, "Sangat Tinggi"]);
    expect(out["Jumlah dokumen perencanaan"].slice(0, 3)).toEqual(["kumulatif (tebakan)", 1, 1]);
  });
});

it("`sakip baca` counts the range, the bound and the word as tetap, sure", () => {
  const wb = new MemoryWorkbook();
  wb.write(wb.addTab("Renaksi RSUD"), 1, 1, PLAN);
  const [r] = readings(emulatedPort(wb).port).readings;
  expect(r.guesses?.[0]).toBe(
    "Sifat target tidak ada kolomnya, dibaca dari nilai target: 1 kumulatif, 4 tetap.",
  );
  expect(r.sifat).toEqual([]);
});

it("the LAKIP triwulan prints the same 86,67 for the range row", () => {
  const wb = new MemoryWorkbook();
  wb.write(wb.addTab("Renaksi RSUD"), 1, 1, PLAN);
  const rows = laporanDocument(emulatedPort(wb).port, { tw: 2 })
    .blocks.filter((b): b is ReportTable => b.kind === "table")
    .flatMap((t) => t.rows.map((r) => r.cells.map((c) => c.text)));
  // The capaian tables (the year-by-year table has no target of this year).
  const avlos = rows.filter((r) => r.includes("Average Length of Stay (AvLOS)") && r.includes("6-9"));
  expect(avlos).toHaveLength(3);
  for (const r of avlos) {
    expect(r).toContain("86,67");
    expect(r).not.toContain("10");
  }
});
