/**
 * LKjIP Tabel 3.20 (efisiensi) and 3.21 (program pendukung): each indicator against its own plan
 * row's program, not every program of its sasaran. Trial 7 #16: a sasaran with three programs, each
 * with its own indicator on its row, gave 9 rows ("Persentase jalan kabupaten dalam kondisi mantap …
 * PROGRAM PENGELOLAAN … AIR MINUM … 2,40 Efisien").
 */
import { describe, expect, it } from "vitest";
import { laporanDocument } from "../../../src/app/laporan";
import type { CellValue } from "../../../src/core/cells";
import { TEMPLATE_COLUMNS } from "../../../src/core/columns";
import type { ReportTable } from "../../../src/core/report/model";
import { emulatedPort } from "../../../src/emulator/session";
import { MemoryWorkbook } from "../../../src/emulator/workbook";

const SASARAN = "Meningkatnya kualitas infrastruktur wilayah";
const field = (f: string) => TEMPLATE_COLUMNS.findIndex((c) => c.field === f);

function planRow(values: Record<string, CellValue>): CellValue[] {
  const row: CellValue[] = TEMPLATE_COLUMNS.map(() => "");
  for (const [f, v] of Object.entries(values)) row[field(f)] = v;
  return row;
}

/** An indicator with target 10 a year and the year's realisasi `real` (per TW), kumulatif. */
function indicator(indikator: string, real: number[]): Record<string, CellValue> {
  return {
    sasaran: SASARAN,
    indikator,
    satuan: "%",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 10,
    targetTw1: 2,
    targetTw2: 3,
    targetTw3: 2,
    targetTw4: 3,
    realisasiTw1: real[0],
    realisasiTw2: real[1],
    realisasiTw3: real[2],
    realisasiTw4: real[3],
  };
}

/** A program row with its pagu and the year's realisasi anggaran (a quarter each, the rest in TW IV). */
function program(kode: string, uraian: string, pagu: number, spent: number) {
  const q = Math.floor(pagu / 4);
  return {
    kode,
    uraian,
    pagu,
    rakTw1: q,
    rakTw2: q,
    rakTw3: q,
    rakTw4: pagu - 3 * q,
    realisasiAnggaranTw1: Math.floor(spent / 4),
    realisasiAnggaranTw2: Math.floor(spent / 4),
    realisasiAnggaranTw3: Math.floor(spent / 4),
    realisasiAnggaranTw4: spent - 3 * Math.floor(spent / 4),
  };
}

function plan() {
  const wb = new MemoryWorkbook({ name: "efisiensi" });
  wb.write(wb.addTab("Pengaturan"), 1, 1, [
    ["Pengaturan", "Nilai"],
    ["Tahun", 2026],
  ]);
  const rows: CellValue[][] = [
    TEMPLATE_COLUMNS.map((c) => c.header),
    // The reference LKjIP's Tabel 3.20 row: capaian 181 %, serapan 7.715.264.852 / 8.672.399.000 = 88,96 → 11,04.
    planRow({
      no: 1,
      ...program("1.03.02", "Program Penyelenggaraan Jalan", 8_672_399_000, 7_715_264_852),
      ...indicator("Persentase jalan kabupaten dalam kondisi mantap", [4, 5, 4, 5.1]),
    }),
    // Capaian 95 %: not efisien, not computed, whatever its serapan.
    planRow({
      no: 2,
      ...program("1.03.03", "Program Pengelolaan Sistem Penyediaan Air Minum", 1_000_000_000, 500_000_000),
      ...indicator("Persentase rumah tangga dengan akses air minum layak", [2, 3, 2, 2.5]),
    }),
    planRow({
      no: 3,
      ...program("1.04.02", "Program Pengembangan Permukiman", 2_000_000_000, 1_600_000_000),
      ...indicator("Persentase luas kawasan permukiman kumuh tertangani", [2, 3, 2, 3]),
    }),
    // A second indicator of the permukiman program on the row below (no kode, name or pagu of its own).
    planRow({ no: 4, ...indicator("Jumlah kawasan kumuh yang ditata", [2, 3, 2, 4]), sasaran: "" }),
  ];
  wb.write(wb.addTab("Eselon II"), 1, 1, rows);
  return emulatedPort(wb).port;
}

describe("LKjIP efisiensi per indicator, against its own program", () => {
  const doc = laporanDocument(plan(), { tw: "tahunan" });
  const table = (id: string) =>
    doc.blocks.find((b): b is ReportTable => b.kind === "table" && b.id === id) as ReportTable;

  it("Tabel 3.20: one row per indicator, with its own program's serapan and efisiensi", () => {
    expect(table("3.20").rows.map((r) => r.cells.slice(2).map((c) => c.text))).toEqual([
      [
        "Persentase jalan kabupaten dalam kondisi mantap",
        "100,00",
        "Program Penyelenggaraan Jalan",
        "88,96",
        "11,04",
        "Efisien",
      ],
      [
        "Persentase rumah tangga dengan akses air minum layak",
        "95,00",
        "Program Pengelolaan Sistem Penyediaan Air Minum",
        "50,00",
        "tidak dihitung",
        "capaian < 100 %",
      ],
      [
        "Persentase luas kawasan permukiman kumuh tertangani",
        "100,00",
        "Program Pengembangan Permukiman",
        "80,00",
        "20,00",
        "Efisien",
      ],
      [
        "Jumlah kawasan kumuh yang ditata",
        "100,00",
        "Program Pengembangan Permukiman",
        "80,00",
        "20,00",
        "Efisien",
      ],
    ]);
  });

  it("Tabel 3.21: each indicator's program pendukung is its own program", () => {
    expect(table("3.21").rows.map((r) => [r.cells[1].text, r.cells[3].text])).toEqual([
      ["Persentase jalan kabupaten dalam kondisi mantap", "Program Penyelenggaraan Jalan"],
      [
        "Persentase rumah tangga dengan akses air minum layak",
        "Program Pengelolaan Sistem Penyediaan Air Minum",
      ],
      ["Persentase luas kawasan permukiman kumuh tertangani", "Program Pengembangan Permukiman"],
      ["Jumlah kawasan kumuh yang ditata", "Program Pengembangan Permukiman"],
    ]);
  });
});
