/**
 * The anggaran table over budget cells typed as text (an office program's save): number text the
 * evaluation tab reads ("650.000.000") is counted as its number; what it cannot read ("1,2M",
 * "n/a") shows "-", the TOTAL adds what is readable, and one note under the table names those
 * cells by tab and address.
 */
import { expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cells";
import { SCALES } from "../../../src/core/kriteria";
import type { PlanRow, PlanTable, Quad } from "../../../src/core/plan";
import { indicatorFigures } from "../../../src/core/report/figures";
import { anggaranTable, unreadableNote } from "../../../src/core/report/tables";

// Columns as the trial's Renaksi: K pagu, L–O rencana penarikan dana, U–X realisasi keuangan.
const columns = {
  pagu: 10,
  rakTw1: 11,
  rakTw2: 12,
  realisasiAnggaranTw1: 20,
  realisasiAnggaranTw2: 21,
};

function program(
  row: number,
  uraian: string,
  pagu: CellValue,
  rak: Quad<CellValue>,
  real: Quad<CellValue>,
): PlanRow {
  return {
    row,
    level: "program",
    kode: `1.02.0${row}`,
    uraian,
    program: uraian,
    kegiatan: "",
    sasaran: "",
    indikator: `Indikator ${uraian}`,
    satuan: "%",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 100,
    targetTw: [25, 50, 75, 100],
    pagu,
    rakTw: rak,
    realisasiTw: [25, 50, "", ""],
    realisasiAnggaranTw: real,
    realisasiTahunan: "",
    capaian: "",
    kriteria: "",
    penanggungJawab: "",
    columns,
  };
}

const plan = {
  tab: "Renaksi 2024",
  rows: [
    program(
      5,
      "Program Pemenuhan Upaya Kesehatan",
      2_500_000_000,
      [500_000_000, 700_000_000, "", ""],
      [480_000_000, "650.000.000", "", ""],
    ),
    program(
      6,
      "Program Pengelolaan Pelayanan Kesehatan",
      "1,2M",
      [300_000_000, 300_000_000, "", ""],
      [290_000_000, "n/a", "", ""],
    ),
  ],
} as unknown as PlanTable;

it("counts number text, prints '-' for what the tab cannot read, a TOTAL over the readable cells, and names the cells once", () => {
  const figures = indicatorFigures([plan], { tw: 2, scale: SCALES.permendagri86 });
  const table = anggaranTable(
    "anggaran-1",
    "Anggaran",
    figures,
    { kas: "Kas", realisasi: "Realisasi" },
    { next: 1 },
  );
  expect(table?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
    ["I", "Program Pemenuhan Upaya Kesehatan", "2.500.000.000", "1.200.000.000", "1.130.000.000", "94,17"],
    ["II", "Program Pengelolaan Pelayanan Kesehatan", "-", "600.000.000", "-", "-"],
    ["TOTAL", "", "2.500.000.000", "1.800.000.000", "1.420.000.000", "78,89"],
  ]);
  expect(unreadableNote("anggaran-1", figures, ["pagu", "rakTw", "realisasiAnggaranTw"])?.text).toBe(
    "Catatan: Sel K7 di tab Renaksi 2024 berisi angka yang tersimpan sebagai teks: angka tabel ini tidak menghitungnya sampai sel itu diketik ulang sebagai angka. " +
      "Sel V7 di tab Renaksi 2024 berisi teks, bukan angka: angka tabel ini tidak menghitungnya sampai sel itu diisi angka.",
  );
});
