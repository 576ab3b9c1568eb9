/**
 * The third trial's own layout (trial 3, 5 Dec 2026; its make1.mjs): tab "Renaksi Binapenta 2025",
 * a two-row header with merged groups "Target Triwulan", "Rencana Penarikan Dana" (Trw I–IV),
 * "Capaian Fisik (%)" (physical progress: the add-on does not use it), then Penanggung Jawab, then
 * "Realisasi Kinerja" and "Realisasi Keuangan (Rp)" (Trw 1–4) appended at the end; text numbers as
 * the office typed them ("4,40", "600.000.000", "35", "-", "61,68%"), TW III blank, no Polaritas
 * column (TPT 4,40 / 4,05) and a "Zona Hijau" target. Values as the .xlsx holds them.
 */
import type { CellValue } from "../../src/core/cells";
import { parseA1 } from "../../src/emulator/a1";
import { MemoryWorkbook } from "../../src/emulator/workbook";

export const BINAPENTA_TAB = "Renaksi Binapenta 2025";

// biome-ignore format: the trial's header rows 4 and 5, columns A–AC
const HEADER: CellValue[][] = [
  ["No", "Sasaran", "Kode Rekening", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target 2025", "Target Triwulan", "", "", "", "Pagu Anggaran (Rp)", "Rencana Penarikan Dana", "", "", "", "Capaian Fisik (%)", "", "", "", "Penanggung Jawab", "Realisasi Kinerja", "", "", "", "Realisasi Keuangan (Rp)", "", "", ""],
  ["", "", "", "", "", "", "", "Trw 1", "Trw 2", "Trw 3", "Trw 4", "", "Trw I", "Trw II", "Trw III", "Trw IV", "Trw 1", "Trw 2", "Trw 3", "Trw 4", "", "Trw 1", "Trw 2", "Trw 3", "Trw 4", "Trw 1", "Trw 2", "Trw 3", "Trw 4"],
];

// biome-ignore format: the trial's rows 6–10, one per line
export const BINAPENTA_ROWS: CellValue[][] = [
  [1, "Meningkatnya penempatan tenaga kerja", "2.07.03", "Program Penempatan Tenaga Kerja", "Tingkat Pengangguran Terbuka", "%", "4,40", "4,40", "4,40", "4,40", "4,40", 600000000, 100000000, 180000000, 180000000, 140000000, 25, 50, "", "", "Kepala Bidang Binapenta", "4,30", "4,05", "", "", 95000000, 170000000, "", ""],
  [2, "", "2.07.03.2.01", "Pelayanan Antarkerja di Daerah Kabupaten/Kota", "Jumlah pencari kerja yang ditempatkan", "orang", 120, 20, 30, 40, 30, "600.000.000", "100.000.000", "180.000.000", "180.000.000", "140.000.000", 25, 50, "", "", "Sub Koordinator Penempatan", 18, "35", "", "-", 95000000, 170000000, "", ""],
  [3, "", "2.07.03.2.01.0001", "Penyusunan Pasar Kerja", "Persentase lowongan kerja yang terisi", "%", 63.57, 63.57, 63.57, 63.57, 63.57, 350000000, 100000000, 60000000, 180000000, 10000000, "30%", "61,68%", "", "", "Analis Pasar Kerja", 60.1, "61,68%", "", "", 93750000, "51.250.000", "", ""],
  [4, "", "2.07.03.2.01.0002", "Fasilitasi Bursa Kerja (Job Fair)", "Jumlah job fair yang dilaksanakan", "kali", 2, 0, 1, 0, 1, 250000000, 0, 120000000, 0, 130000000, "-", 50, "", "", "Pengantar Kerja Ahli Muda", "-", 1, "", "", "1.250.000", 118750000, "", ""],
  [5, "Meningkatnya akuntabilitas kinerja", "2.07.01", "Program Penunjang Urusan Pemerintahan Daerah", "Predikat Zona Integritas", "predikat", "Zona Hijau", "Zona Hijau", "Zona Hijau", "Zona Hijau", "Zona Hijau", 400000000, 100000000, 100000000, 100000000, 100000000, 25, 50, "", "", "Sekretaris Dinas", "Zona Kuning", "Zona Hijau", "", "", 90000000, "98.500.000", "", ""],
];

/** 1-based sheet row of each trial row ("Persentase lowongan kerja yang terisi" is row 8). */
export const binapentaRow = (indikator: string): number =>
  6 + BINAPENTA_ROWS.findIndex((r) => r[4] === indikator);

/** The trial's workbook; `edit` changes cells first (A1 → value), as the trial typed them. */
export function binapentaWorkbook(edit: Record<string, CellValue> = {}): MemoryWorkbook {
  const wb = new MemoryWorkbook({ name: "binapenta" });
  const tab = wb.addTab(BINAPENTA_TAB);
  const width = HEADER[0].length;
  const pad = (r: CellValue[]) => Array.from({ length: width }, (_, c) => r[c] ?? "");
  wb.write(tab, 1, 1, [
    pad(["RENCANA AKSI BIDANG PELATIHAN DAN PENEMPATAN TENAGA KERJA TAHUN 2025"]),
    pad(["DINAS TENAGA KERJA KABUPATEN MAJU JAYA"]),
    pad([]),
    ...HEADER.map(pad),
    ...BINAPENTA_ROWS.map(pad),
  ]);
  for (const [a1, v] of Object.entries(edit)) {
    const at = parseA1(a1, 1000, 100);
    if (at) wb.write(tab, at.row, at.col, [[v]]);
  }
  for (const c of ["A", "B", "C", "D", "E", "F", "G", "L", "U"]) tab.merges.push(rect(`${c}4:${c}5`));
  for (const r of ["H4:K4", "M4:P4", "Q4:T4", "V4:Y4", "Z4:AC4", "B6:B9"]) tab.merges.push(rect(r));
  return wb;
}

function rect(a1: string) {
  const r = parseA1(a1, 1000, 100);
  if (!r) throw new Error(a1);
  return r;
}
