import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { budgetRows } from "../../src/core/budget";
import type { CellValue } from "../../src/core/cells";
import { SCALES } from "../../src/core/kriteria";
import type { Level, PlanRow, PlanTable, Quad } from "../../src/core/plan";
import { figuresOf } from "../../src/core/rekap";
import { indicatorFigures } from "../../src/core/report/figures";
import { anggaranTable, totals } from "../../src/core/report/tables";
import { standardFormulas } from "../../src/core/standard";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

const scale = SCALES.permendagri86;
const q = (...v: CellValue[]) => v as Quad<CellValue>;

function row(level: Level | null, kode: string, pagu: CellValue, spent: CellValue): PlanRow {
  return {
    row: 1,
    level,
    kode,
    uraian: `${level} ${kode} ${pagu}`,
    program: "",
    kegiatan: "",
    sasaran: "",
    indikator: `Indikator ${level} ${kode} ${pagu}`,
    satuan: "Dokumen",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 8,
    targetTw: q(2, 2, 2, 2),
    pagu,
    rakTw: q("", "", "", ""),
    realisasiTw: q(2, 2, "", ""),
    // TW II reported as nothing spent (a blank TW II would be "belum diisi", never TW I's sum).
    realisasiAnggaranTw: q(spent, 0, "", ""),
    realisasiTahunan: "",
    capaian: "",
    kriteria: "",
    penanggungJawab: "",
    columns: {},
  };
}

// Program 2.500 with kegiatan 850 (sub kegiatan 320) and kegiatan 600; program 1.200 with one sub kegiatan 900.
const noKode = (): PlanRow[] => [
  row("program", "", 2500, 480),
  row("kegiatan", "", 850, 190),
  row("subkegiatan", "", 320, 75),
  row("kegiatan", "", 600, 0),
  row("program", "", 1200, 290),
  row("subkegiatan", "", 900, 210),
];
const withKode = (): PlanRow[] => [
  row(null, "1.02.01", 2500, 480),
  row(null, "1.02.01.2.01", 850, 190),
  row(null, "1.02.01.2.01.0001", 320, 75),
  row(null, "1.02.01.2.02", 600, 0),
  row(null, "1.02.02", 1200, 290),
  row(null, "1.02.02.2.01.0001", 900, 210),
  // The same program again (another indicator of it): its pagu once.
  row(null, "1.02.02", 1200, 290),
];
const plan = (rows: PlanRow[]): PlanTable => ({ tab: "Renaksi", rows }) as unknown as PlanTable;

describe("the budget is summed once per budget line (trial: pagu counted twice)", () => {
  it.each([
    ["levels as read, no kode", noKode()],
    ["kode only", withKode()],
  ])("%s: the programs' lines only", (_, rows) => {
    expect(budgetRows(rows)).toEqual([0, 4]);
  });

  it.each([
    ["levels as read, no kode", noKode()],
    ["kode only", withKode()],
  ])("%s: the rekap and the report's TOTAL show the same pagu and realisasi", (_, rows) => {
    const f = figuresOf([plan(rows)], 2, scale);
    expect(f).toMatchObject({ pagu: 3700, realisasiAnggaran: 770 });
    const figures = indicatorFigures([plan(rows)], { tw: 2, scale });
    const table = anggaranTable("t", "Anggaran", figures, "annual", { next: 1 });
    expect(table && totals(table)).toMatchObject({ pagu: f.pagu, realisasi: f.realisasiAnggaran });
  });
});

/** An office's own Rencana Aksi: program, kegiatan and sub kegiatan rows in one tab, no Kode column. */
function officeWorkbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  const line = (name: string, ind: string, pagu: number, spent: number) => [
    "Meningkatnya derajat kesehatan",
    ind,
    "Dokumen",
    4,
    1,
    1,
    name,
    pagu,
    1,
    1,
    spent,
    spent,
  ];
  wb.write(wb.addTab("Renaksi 2024"), 1, 1, [
    ["RENCANA AKSI DINAS KESEHATAN TAHUN 2024"],
    [
      "Sasaran",
      "Indikator Kinerja",
      "Satuan",
      "Target Tahunan",
      "Target TW I",
      "Target TW II",
      "Program/Kegiatan",
      "Pagu Anggaran (Rp)",
      "Realisasi TW I",
      "Realisasi TW II",
      "Realisasi Anggaran TW I",
      "Realisasi Anggaran TW II",
    ],
    line("Program Pemenuhan Upaya Kesehatan", "Indikator program 1", 2500000000, 100000000),
    line("Kegiatan Penyediaan Layanan Kesehatan UKM", "Indikator kegiatan 1", 850000000, 40000000),
    line("Sub Kegiatan Pelayanan Kesehatan Ibu Hamil", "Indikator sub kegiatan 1", 320000000, 10000000),
    line("Kegiatan Peningkatan Mutu Fasyankes", "Indikator kegiatan 2", 600000000, 20000000),
    line("Program Pengelolaan Pelayanan Kesehatan", "Indikator program 2", 1200000000, 50000000),
    line("Sub Kegiatan Operasional Puskesmas", "Indikator sub kegiatan 2", 900000000, 30000000),
  ]);
  return wb;
}

describe.each([
  ["Sheets (custom functions)", {}],
  ["Excel (standard formulas)", { standard: standardFormulas }],
])("the Ringkasan's pagu of a tab without kode in %s", (_, options) => {
  it("sums the programs once, as the report's TOTAL does: 3.700.000.000, not 7.170.000.000", () => {
    const { port } = emulatedPort(officeWorkbook());
    const report = generateTriwulan(port, { tw: 2, ...options });
    const { values } = port.read(report.summaryTab);
    const header = values.findIndex((r) => r[0] === "Bidang");
    const col = (name: string) => values[header].findIndex((h) => String(h).startsWith(name));
    const total = values.find((r) => r[0] === "Jumlah") ?? [];
    expect(total[col("Pagu (Rp)")]).toBe(3700000000);
    expect(total[col("Realisasi anggaran")]).toBe(300000000);
    expect(total[col("Serapan")]).toBeCloseTo((300 / 3700) * 100, 8);
  });
});
