/**
 * Trial 8 #7: a Dinas keeps its Renstra as Permendagri 86 lays it out — "Target Kinerja Tahun" over
 * 2025 … 2029 and "Kondisi Kinerja pada Akhir Periode Renstra" — as the FIRST tab, before the bidang
 * tabs titled "T.A. 2026". It was read as a bidang measured in 2029: the whole file used year 2029,
 * the PK was compared with 'Renstra'!I5 (the 2029 column) and Periksa found "Data berbeda antar-tab"
 * in it; with --tahun 2026 it was still a bidang, its PK compared with the 2026 column. Read as the
 * Renstra table it is: the year comes from the bidang tabs, Periksa says one sentence of it, the PK
 * is compared with the bidang tab, and the LKjIP takes the target akhir from Kondisi Kinerja Akhir.
 */
import { describe, expect, it } from "vitest";
import { laporanInput } from "../../src/app/laporan";
import { periksa } from "../../src/app/periksa";
import { findTahun, readWorkbook } from "../../src/app/plans";
import type { CellValue } from "../../src/core/cells";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { TABEL_RENSTRA_PERMENDAGRI } from "../fixtures/layouts";

const E = "";
const TW = ["I", "II", "III", "IV"];
// biome-ignore format: one sheet row per line reads like the sheet
const BIDANG: CellValue[][] = [
  ["RENCANA AKSI BIDANG PEMBINAAN SD T.A. 2026"],
  [E],
  ["No", "Indikator Kinerja", "Satuan", "Target Tahunan", ...TW.map((t) => `Target TW ${t}`), ...TW.map((t) => `Realisasi TW ${t}`)],
  [1, "Angka Partisipasi Murni (APM) SD", "%", 97, 97, 97, 97, 97, 96.8, 97.1, E, E],
  [2, "Rata-rata Lama Sekolah", "Tahun", 8.45, 8.45, 8.45, 8.45, 8.45, 8.4, 8.45, E, E],
];
// biome-ignore format: one sheet row per line reads like the sheet
const PK: CellValue[][] = [
  ["PERJANJIAN KINERJA TAHUN 2026"],
  [E],
  ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"],
  [1, "Meningkatnya akses pendidikan dasar", "Angka Partisipasi Murni (APM) SD", "%", 97],
  [2, E, "Rata-rata Lama Sekolah", "Tahun", 8.45],
];

function office(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  // The Renstra first, as the office keeps it.
  const width = Math.max(...TABEL_RENSTRA_PERMENDAGRI.map((r) => r.length));
  wb.write(
    wb.addTab("Renstra"),
    1,
    1,
    TABEL_RENSTRA_PERMENDAGRI.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? "")),
  );
  wb.write(wb.addTab("Bid. SD"), 1, 1, BIDANG);
  wb.write(wb.addTab("PK 2026"), 1, 1, PK);
  return wb;
}

describe("a Permendagri 86 Renstra table as the first tab", () => {
  it("is the Renstra table, not a bidang: the year is the bidang's 2026, not 2029", () => {
    const wb = readWorkbook(emulatedPort(office()).port);
    expect(wb.renstra.map((t) => t.tab)).toEqual(["Renstra"]);
    expect(wb.plans.map((t) => t.tab)).toEqual(["Bid. SD"]);
    expect(findTahun(wb)).toEqual({ tahun: "2026", source: "judul" });
  });

  for (const tahun of [undefined, "2026"]) {
    it(`Periksa${tahun ? " --tahun 2026" : ""}: one sentence of the Renstra tab, the PK compared with the bidang tab`, () => {
      const { findings } = periksa(emulatedPort(office()).port, { tw: 2, tahun, writeReport: false });
      expect(findings.filter((f) => f.sheet === "Renstra").map((f) => [f.severity, f.message])).toEqual([
        [
          "info",
          "Tab 'Renstra' dibaca sebagai tabel Renstra (target akhir untuk laporan), tidak dievaluasi per triwulan; bila salah, pilih kolom Target di Cara dibaca.",
        ],
      ]);
      expect(findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(findings.map((f) => f.message).join("\n")).not.toMatch(/Renstra'!/);
    });
  }

  it("the LKjIP takes the target akhir from Kondisi Kinerja pada Akhir Periode Renstra (2029)", () => {
    const input = laporanInput(emulatedPort(office()).port, { tw: "tahunan" });
    expect(input.tahun).toBe("2026");
    const apm = input.figures.find((f) => f.row.indikator === "Angka Partisipasi Murni (APM) SD");
    expect(apm?.renstra).toMatchObject({ tahunAkhir: 2029, targetAkhir: 98.5 });
  });
});
