/**
 * The new-user trial's office (Dinas Transmigrasi dan Tenaga Kerja, 2024): Pengaturan, a PK tab with
 * 2023/2022 and the Renstra end target, a Sekretariat (a qualitative "Zona Hijau" target, a
 * realisasi typed "1 UPT" and "-") and a Bidang Penempatan whose one program serves two sasaran,
 * as typed in the template after "Buat kerangka Rencana Aksi" (4,40 typed reads 4.4). TW I–II
 * reported; `tw3` adds what the trial typed for TW III (4,10 and a new kegiatan "akhir" row).
 */
import type { CellValue } from "../../src/core/cells";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { type Settings, settingsCells } from "../../src/core/settings";
import { MemoryWorkbook } from "../../src/emulator/workbook";

export const SEKRETARIAT = "Sekretariat";
export const PENEMPATAN = "Bidang Penempatan";

// biome-ignore format: one plan row per line, columns A–AA of the template
const SEKRETARIAT_ROWS: CellValue[][] = [
  [1, "2.07.01", "Meningkatnya akuntabilitas kinerja", "Program Penunjang Urusan Pemerintahan", "Predikat Zona Integritas", "predikat", "positif", "tetap", "Zona Hijau", "Zona Hijau", "Zona Hijau", "Zona Hijau", "Zona Hijau", 300000000, 75000000, 75000000, 75000000, 75000000, "Zona Hijau", "Zona Hijau Terbaik 2", "", "", 70000000, 72500000, "", "", "Sekretaris"],
  [2, "2.07.01.2.02", "Meningkatnya akuntabilitas kinerja", "Kegiatan Pembinaan UPT", "Jumlah UPT yang dibina", "unit", "positif", "kumulatif", 2, 1, 0, 1, 0, 150000000, "", 0, 40000000, 20665000, "1 UPT", "-", "", "", 80000000, "", "", "", "Kasubag Umum"],
];

// biome-ignore format: one plan row per line, columns A–AA of the template
const PENEMPATAN_ROWS: CellValue[][] = [
  [1, "2.07.03", "Menurunnya tingkat pengangguran", "Program Penempatan Tenaga Kerja", "Tingkat pengangguran terbuka", "%", "negatif", "tetap", 4.4, 4.4, 4.4, 4.4, 4.4, 500000000, 100000000, 150000000, 150000000, 100000000, 4.3, 4.05, "", "", 90000000, 140000000, "", "", "Kabid Penempatan"],
  [2, "2.07.03", "Meningkatnya kemandirian transmigran", "Program Penempatan Tenaga Kerja", "Persentase warga transmigran mandiri", "%", "positif", "tetap", 63.57, 63.57, 63.57, 63.57, 63.57, "", "", "", "", "", 61.68, 61.68, "", "", "", "", "", "", "Kabid Penempatan"],
  [3, "2.07.03.2.01", "Meningkatnya kemandirian transmigran", "Kegiatan Perencanaan Kawasan", "Jumlah dokumen perencanaan kawasan", "dokumen", "positif", "kumulatif", 2, 0, 1, 1, 0, 200000000, 0, 80000000, 100000000, 20000000, 0, 1, "", "", 0, 75000000, "", "", "Seksi Perencanaan"],
];

// biome-ignore format: the trial's TW III: realisasi TW III of the unemployment rate and the dokumen, a new akhir row
const PENEMPATAN_TW3: CellValue[] =
  [4, "2.07.03.2.02", "Meningkatnya kemandirian transmigran", "Kegiatan Penyusunan Dokumen", "Persentase penyelesaian dokumen RTSP", "%", "positif", "akhir", 100, 10, 40, 70, 100, 100000000, 25000000, 25000000, 25000000, 25000000, 15, 38, "", "", 20000000, 22000000, "", "", ""];

// biome-ignore format: the PK tab as the trial typed it
const PK: CellValue[][] = [
  ["PERJANJIAN KINERJA DINAS TRANSMIGRASI DAN TENAGA KERJA TAHUN 2024"],
  ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Polaritas", "Target 2023", "Realisasi 2023", "Target 2022", "Realisasi 2022", "Target akhir Renstra", "Tahun akhir Renstra"],
  [1, "Menurunnya tingkat pengangguran", "Tingkat pengangguran terbuka", "%", 4.4, "negatif", 4.6, 4.5, 4.8, 4.7, 3.9, 2026],
  [2, "Meningkatnya kemandirian transmigran", "Persentase warga transmigran mandiri", "%", 63.57, "positif", 60, 58.2, "", "", 70, 2026],
];

export interface TrialOptions {
  /** The trial's TW III entries (realisasi TW III 4,10 and 1, the RTSP row). */
  tw3?: boolean;
  /** The sasaran typed once per block (a merged cell) instead of on every row. */
  merged?: boolean;
  settings?: Partial<Settings>;
}

function planTab(wb: MemoryWorkbook, tab: string, title: string, rows: CellValue[][], merged: boolean): void {
  const sasaranCol = TEMPLATE_COLUMNS.findIndex((c) => c.field === "sasaran");
  const typed = rows.map((r, i) =>
    merged && i > 0 && r[sasaranCol] === rows[i - 1][sasaranCol]
      ? r.map((v, c) => (c === sasaranCol ? "" : v))
      : r,
  );
  const width = TEMPLATE_COLUMNS.length;
  const pad = (r: CellValue[]) => Array.from({ length: width }, (_, c) => r[c] ?? "");
  wb.write(wb.addTab(tab), 1, 1, [
    pad([`RENCANA AKSI ${title.toUpperCase()}`]),
    pad(["DINAS TRANSMIGRASI DAN TENAGA KERJA TAHUN 2024"]),
    TEMPLATE_COLUMNS.map((c) => c.header),
    ...typed.map(pad),
  ]);
}

export function trialWorkbook(options: TrialOptions = {}): MemoryWorkbook {
  const wb = new MemoryWorkbook({ name: "trial" });
  wb.write(
    wb.addTab("Pengaturan"),
    1,
    1,
    settingsCells({
      opd: "Dinas Transmigrasi dan Tenaga Kerja",
      tahun: "2024",
      skala: "permendagri86",
      bidang: [SEKRETARIAT, PENEMPATAN],
      namaBidang: ["Sekretariat", "Bidang Penempatan dan Perluasan Kesempatan Kerja"],
      reviewer: "",
      proteksi: "peringatan",
      jabatanEvaluator: "Kepala Dinas",
      ...options.settings,
    }) as CellValue[][],
  );
  const width = Math.max(...PK.map((r) => r.length));
  wb.write(
    wb.addTab("PK"),
    1,
    1,
    PK.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? "")),
  );
  planTab(wb, SEKRETARIAT, "Sekretariat", SEKRETARIAT_ROWS, options.merged ?? false);
  const penempatan = PENEMPATAN_ROWS.map((r) => [...r]);
  if (options.tw3) {
    const realisasiTw3 = TEMPLATE_COLUMNS.findIndex((c) => c.field === "realisasiTw3");
    penempatan[0][realisasiTw3] = 4.1;
    penempatan[2][realisasiTw3] = 1;
    penempatan.push(PENEMPATAN_TW3);
  }
  planTab(
    wb,
    PENEMPATAN,
    "Bidang Penempatan dan Perluasan Kesempatan Kerja",
    penempatan,
    options.merged ?? false,
  );
  return wb;
}
