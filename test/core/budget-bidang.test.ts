/**
 * Bidang tabs with different top budget levels: one lists its programs (with their kegiatan), the
 * other only its kegiatan. Every total a reviewer sees — the LAKIP's and the LKjIP's anggaran TOTAL,
 * the Ringkasan's Jumlah pagu and the rekap's pagu — adds each tab from its own highest level
 * (trial: the LKjIP summed only the programs over both tabs, Rp 8.672.399.000 against the
 * Ringkasan's Rp 10.172.399.000).
 */
import { describe, expect, it } from "vitest";
import { laporanDocument } from "../../src/app/laporan";
import { rekapFile } from "../../src/app/rekap";
import { generateTriwulan } from "../../src/app/triwulan";
import { sha256 } from "../../src/cli/sakip";
import { budgetRows } from "../../src/core/budget";
import type { CellValue } from "../../src/core/cells";
import type { ReportChart, ReportDocument, ReportTable } from "../../src/core/report/model";
import { totals } from "../../src/core/report/tables";
import { ringkasanTabName } from "../../src/core/ringkasan";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

const HEADER = [
  "No",
  "Kode",
  "Program / Kegiatan / Sub Kegiatan",
  "Indikator",
  "Satuan",
  "Target Tahunan",
  ...["I", "II", "III", "IV"].map((t) => `Target TW ${t}`),
  "Pagu",
  ...["I", "II", "III", "IV"].map((t) => `RAK TW ${t}`),
  ...["I", "II", "III", "IV"].map((t) => `Realisasi TW ${t}`),
  ...["I", "II", "III", "IV"].map((t) => `Realisasi Anggaran TW ${t}`),
];

/** One indicator line: TW I–II reported, the pagu split evenly over the year. */
function line(
  no: number,
  kode: string,
  uraian: string,
  indikator: string,
  pagu: number,
  spent: number,
): CellValue[] {
  const rak = pagu / 4;
  return [
    no,
    kode,
    uraian,
    indikator,
    "Orang",
    40,
    10,
    10,
    10,
    10,
    pagu,
    rak,
    rak,
    rak,
    rak,
    9,
    11,
    "",
    "",
  ].concat([spent, spent, "", ""]);
}

/**
 * Bidang Penempatan lists the program (Rp 8.672.399.000, the LKjIP Tabel 3.20 example) and two of
 * its kegiatan; Bidang Pelatihan lists only kegiatan (Rp 1.000.000.000 and Rp 500.000.000).
 */
function workbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  const tab = (name: string, rows: CellValue[][]) =>
    wb.write(wb.addTab(name), 1, 1, [
      [`RENCANA AKSI ${name.toUpperCase()} TAHUN 2024`],
      [""],
      HEADER,
      ...rows,
    ]);
  tab("Bidang Penempatan", [
    line(
      1,
      "2.07.03",
      "Program Penempatan Tenaga Kerja",
      "Jumlah pencari kerja yang ditempatkan",
      8_672_399_000,
      1_000_000_000,
    ),
    line(
      2,
      "2.07.03.2.01",
      "Kegiatan Pelayanan Antarkerja",
      "Jumlah lowongan yang diinformasikan",
      5_000_000_000,
      600_000_000,
    ),
    line(
      3,
      "2.07.03.2.02",
      "Kegiatan Penempatan Tenaga Kerja Luar Negeri",
      "Jumlah pekerja migran yang dilayani",
      3_672_399_000,
      400_000_000,
    ),
  ]);
  tab("Bidang Pelatihan", [
    line(
      1,
      "2.07.02.2.01",
      "Kegiatan Pelaksanaan Pelatihan berdasarkan Unit Kompetensi",
      "Jumlah peserta pelatihan",
      1_000_000_000,
      200_000_000,
    ),
    line(
      2,
      "2.07.02.2.02",
      "Kegiatan Pembinaan Lembaga Pelatihan Kerja",
      "Jumlah lembaga pelatihan yang dibina",
      500_000_000,
      50_000_000,
    ),
  ]);
  return wb;
}

const PAGU = 8_672_399_000 + 1_000_000_000 + 500_000_000;
// Realisasi anggaran s.d. TW II: TW I + TW II of each tab's top lines.
const SPENT = 2 * (1_000_000_000 + 200_000_000 + 50_000_000);

const anggaranTables = (doc: ReportDocument) =>
  doc.blocks.filter((b): b is ReportTable => b.kind === "table" && /^(anggaran-|3\.22$)/.test(b.id));

describe("two bidang tabs, one listing programs and one only kegiatan", () => {
  it("budgetRows adds each tab from its own highest level", () => {
    const rows = [
      { tab: "A", kode: "2.07.03", level: null, pagu: 8 },
      { tab: "A", kode: "2.07.03.2.01", level: null, pagu: 5 },
      { tab: "B", kode: "2.07.02.2.01", level: null, pagu: 1 },
      { tab: "B", kode: "2.07.02.2.01.0001", level: null, pagu: 1 },
      { tab: "B", kode: "2.07.02.2.02", level: null, pagu: 2 },
    ];
    expect(budgetRows(rows)).toEqual([0, 2, 4]);
    // Without tabs the rows are one plan: its program, and the kegiatan whose program 2.07.02 is in
    // none of its rows (their pagu is in no line above them).
    expect(budgetRows(rows.map(({ tab: _, ...r }) => r))).toEqual([0, 2, 4]);
  });

  it("the report's TOTAL = the Ringkasan's Jumlah pagu = the rekap's pagu", () => {
    const { port } = emulatedPort(workbook());
    const made = generateTriwulan(port, { tw: 2 });
    const ring = port.read(ringkasanTabName(2, "2024")).values;
    const header = ring.findIndex((r) => r[0] === "Bidang");
    const col = (name: string) => ring[header].findIndex((h) => String(h).startsWith(name));
    const jumlah = ring.find((r) => r[0] === "Jumlah") ?? [];
    expect(made.summaryTab).toBe(ringkasanTabName(2, "2024"));
    expect(jumlah[col("Pagu (Rp)")]).toBe(PAGU);
    expect(jumlah[col("Realisasi anggaran")]).toBe(SPENT);

    const rekap = rekapFile(port, "dinas.xlsx", 2, sha256).row;
    expect(rekap.pagu).toBe(PAGU);
    expect(rekap.realisasiAnggaran).toBe(SPENT);

    // The LAKIP: one anggaran table per sasaran of each bidang; together they make the Jumlah.
    const lakip = anggaranTables(laporanDocument(port, { tw: 2, tahun: "2024" })).map(totals);
    expect(lakip.reduce((a, t) => a + (t.pagu ?? 0), 0)).toBe(PAGU);
    expect(lakip.reduce((a, t) => a + (t.realisasi ?? 0), 0)).toBe(SPENT);

    // The LKjIP's Tabel 3.22 over both tabs: one TOTAL, the same pagu.
    const [lkjip] = anggaranTables(laporanDocument(port, { tw: "tahunan", tahun: "2024" }));
    expect(totals(lkjip).pagu).toBe(PAGU);
  });

  it("a tab without programs heads its table with its kegiatan, numbered as programs are", () => {
    const { port } = emulatedPort(workbook());
    generateTriwulan(port, { tw: 2 });
    const [lkjip] = anggaranTables(laporanDocument(port, { tw: "tahunan", tahun: "2024" }));
    const shown = lkjip.rows.map((r) => [r.cells[0].text, r.cells[1].text, r.kind ?? ""]);
    expect(shown).toEqual([
      ["I", "Program Penempatan Tenaga Kerja", "group"],
      ["1", "Kegiatan Pelayanan Antarkerja", ""],
      ["2", "Kegiatan Penempatan Tenaga Kerja Luar Negeri", ""],
      ["II", "Kegiatan Pelaksanaan Pelatihan berdasarkan Unit Kompetensi", "group"],
      ["III", "Kegiatan Pembinaan Lembaga Pelatihan Kerja", "group"],
      ["TOTAL", "", "total"],
    ]);
  });

  it("the serapan charts show each tab's top lines, so their bars add up to the TOTAL", () => {
    const { port } = emulatedPort(workbook());
    generateTriwulan(port, { tw: 2 });
    for (const doc of [
      laporanDocument(port, { tw: 2, tahun: "2024" }),
      laporanDocument(port, { tw: "tahunan", tahun: "2024" }),
    ]) {
      const chart = doc.blocks.find((b): b is ReportChart => b.kind === "chart" && b.id === "grafik-serapan");
      expect(chart?.title).toMatch(/per program\/kegiatan$/);
      expect(chart?.categories).toEqual([
        "Program Penempatan Tenaga Kerja",
        "Kegiatan Pelaksanaan Pelatihan berdasarkan Unit Kompetensi",
        "Kegiatan Pembinaan Lembaga Pelatihan Kerja",
      ]);
    }
  });
});
