/**
 * Trial 2, item 9: a tab titled "… TAHUN 2024" with Target/Pagu 2024 and 2025 columns side by side
 * and the TW columns under "… Triwulan 2024", no Pengaturan: `sakip triwulan` builds TW II 2024 from
 * the 2024 columns (not 2025 with every realisasi empty) and says which year it used and from where;
 * `baca --tahun` is honoured; `rekap --tahun` is refused in one sentence.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CellValue } from "../../src/core/cells";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { loadXlsx, saveXlsx } from "../../src/emulator/xlsx";
import { sakip } from "../sakip-process";

const dir = mkdtempSync(join(tmpdir(), "sakip-duatahun-"));
const file = join(dir, "duatahun.xlsx");
const TAB = "Renaksi Sekretariat";

// biome-ignore format: one sheet row per line
const ROWS: CellValue[][] = [
  ["RENCANA AKSI SEKRETARIAT TAHUN 2024"],
  [],
  ["No", "Kode", "Program/Kegiatan", "Indikator Kinerja", "Satuan", "Target 2024", "Target 2025", "Realisasi 2023", "Target Triwulan 2024", "", "", "", "Realisasi Triwulan 2024", "", "", "", "Pagu 2024", "Pagu 2025", "Ket."],
  ["", "", "", "", "", "", "", "", "TW I", "TW II", "TW III", "TW IV", "TW I", "TW II", "TW III", "TW IV", "", "", ""],
  [1, "2.07.01", "Program Penunjang Urusan Pemerintahan", "Nilai SAKIP OPD", "Nilai", 62, 65, 60.5, "", "", "", 62, "", "", "", "", 1500000000, 1650000000, "akhir"],
  [2, "2.07.01.2.02", "Administrasi Keuangan", "Jumlah laporan keuangan", "Dokumen", 12, 12, 12, 3, 3, 3, 3, 3, 3, "", "", 450000000, 480000000, ""],
  [3, "2.07.01.2.06", "Administrasi Umum", "Persentase layanan administrasi tepat waktu", "%", 95, 96, 93, 95, 95, 95, 95, "94,5", "96", "", "", 300000000, 320000000, "-"],
];

beforeAll(async () => {
  const wb = new MemoryWorkbook({ name: "duatahun" });
  const width = ROWS[2].length;
  wb.write(
    wb.addTab(TAB),
    1,
    1,
    ROWS.map((r) => [...r, ...new Array(width - r.length).fill("")]),
  );
  await saveXlsx(wb, file);
}, 60_000);

describe("a plan with two years side by side", () => {
  it("triwulan takes the title's year, reads its realisasi, and says so", async () => {
    const out = join(dir, "tw2.xlsx");
    const run = await sakip("triwulan", file, "--tw", "2", "-o", out);
    expect(run.code).toBe(0);
    expect(run.out).toContain("Tab 'Evaluasi TW II 2024' dibuat: 3 indikator");
    expect(run.out).toContain(
      `Tahun 2024 dipakai (dari judul tab '${TAB}'; bila salah, jalankan lagi dengan --tahun).`,
    );
    const wb = await loadXlsx(out);
    const tab = wb.getTab("Evaluasi TW II 2024");
    const values = wb.values(tab, { row: 1, col: 1, rows: 20, cols: 20 });
    const header = values.findIndex((r) => r.includes("Indikator"));
    const col = (name: string) => values[header].indexOf(name);
    const row = values.find((r) => r[col("Indikator")] === "Jumlah laporan keuangan") as CellValue[];
    // Target 2024 (12, not 2025's 12 — the same), realisasi s.d. TW II 3 + 3 = 6 from the 2024 TW columns.
    expect(row[col("Realisasi s.d. TW II")]).not.toBe("");
    const layanan = values.find((r) => r[col("Indikator")] === "Persentase layanan administrasi tepat waktu");
    expect(layanan?.[col("Target tahunan")]).toBe(95);
  });

  it("baca honours --tahun, and rekap refuses it", async () => {
    const run = await sakip("baca", file, "--tahun", "2025");
    expect(run.out).toMatch(/^Tahun 2025 dipakai \(dari --tahun\)\.\n/);
    expect(run.out).toContain('Target Tahunan  ← "Target 2025"');
    const plain = await sakip("baca", file);
    expect(plain.out).toContain('Target Tahunan  ← "Target 2024"');
    const rekap = await sakip("rekap", file, "--tw", "2", "--tahun", "2024");
    expect(rekap.code).toBe(2);
    expect(rekap.err).toMatch(/^--tahun tidak berlaku untuk sakip rekap/);
  });
});
