import type { CellValue } from "../src/app/port";
import { TEMPLATE_COLUMNS } from "../src/core/columns";
import { MemoryWorkbook } from "../src/emulator/workbook";

const field = (f: string) => TEMPLATE_COLUMNS.findIndex((c) => c.field === f);

/** Indicator `i` of a plan tab in the template layout, realisasi TW I–II filled. */
export function planRow(i: number, kode: string, indikator: string): CellValue[] {
  const row: CellValue[] = TEMPLATE_COLUMNS.map(() => "");
  const kumulatif = i % 3 !== 0;
  row[field("kode")] = kode;
  row[field("uraian")] = `Sub kegiatan ${i + 1}`;
  row[field("indikator")] = indikator;
  row[field("satuan")] = kumulatif ? "Dokumen" : "%";
  row[field("sifat")] = kumulatif ? "kumulatif" : "tetap";
  row[field("targetTahunan")] = kumulatif ? 8 : 100;
  for (let q = 1; q <= 4; q++) {
    row[field(`targetTw${q}`)] = kumulatif ? 2 : 100;
    row[field(`rakTw${q}`)] = 25_000_000;
  }
  row[field("pagu")] = 100_000_000;
  for (let q = 1; q <= 2; q++) {
    row[field(`realisasiTw${q}`)] = kumulatif ? 2 - (i % 2) : 90 + (i % 10);
    row[field(`realisasiAnggaranTw${q}`)] = 20_000_000 + i * 1000;
  }
  return row;
}

/** A Dinas with `n` indicators over `tabs` bidang tabs in the template layout, realisasi TW I–II filled. */
export function dinas(n: number, tabs: number): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  for (let t = 0; t < tabs; t++) {
    const rows: CellValue[][] = [TEMPLATE_COLUMNS.map((c) => c.header)];
    const count = Math.floor(n / tabs) + (t < n % tabs ? 1 : 0);
    for (let i = 0; i < count; i++) {
      const kode = `2.07.0${t + 1}.2.01.${String(i + 1).padStart(4, "0")}`;
      rows.push(planRow(i, kode, `Jumlah dokumen ${t + 1}.${i + 1} yang disusun`));
    }
    wb.write(wb.addTab(`Bidang ${t + 1}`), 1, 1, rows);
  }
  return wb;
}
