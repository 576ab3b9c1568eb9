/**
 * Trial 6 #18: a program whose kegiatan sit in two bidang tabs ('Kesmas' lists program 1.02.02 with
 * kegiatan 1.02.02.2.02; 'P2P' lists only kegiatan 1.02.02.2.01 of the same program) was counted
 * twice: Ringkasan Jumlah pagu 2.050.000.000, the rekap the same, and the LKjIP's Tabel 3.22 listed
 * the P2P kegiatan as a second PROGRAM with TOTAL 2.050.000.000. Codes are one nomenclature over the
 * workbook: the DPA total is 1.450.000.000. The same kode in two tabs is one budget line, and where its
 * pagu differs the reports say so.
 */
import { describe, expect, it } from "vitest";
import { laporanDocument } from "../../src/app/laporan";
import { readWorkbook } from "../../src/app/plans";
import { rekapFile } from "../../src/app/rekap";
import { expectedRingkasan, generateTriwulan } from "../../src/app/triwulan";
import { sha256 } from "../../src/cli/sakip";
import type { CellValue } from "../../src/core/cells";
import type { ReportChart, ReportDocument, ReportParagraph, ReportTable } from "../../src/core/report/model";
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

/** One indicator line (trial 6's dinkes2.xlsx): TW I–II reported, the pagu split evenly over the year. */
function line(
  kode: string,
  uraian: string,
  indikator: string,
  pagu: number,
  spent: [number, number],
): CellValue[] {
  const rak = pagu / 4;
  return [
    1,
    kode,
    uraian,
    indikator,
    "%",
    100,
    25,
    25,
    25,
    25,
    pagu,
    rak,
    rak,
    rak,
    rak,
    20,
    30,
    "",
    "",
    ...spent,
    "",
    "",
  ];
}

const PROGRAM = line(
  "1.02.02",
  "Program Pemenuhan Upaya Kesehatan",
  "Prevalensi stunting pada balita",
  1_450_000_000,
  [250_000_000, 380_500_000],
);
const AKI = line(
  "1.02.02.2.02",
  "Kegiatan Penyediaan Layanan Kesehatan",
  "Angka kematian ibu",
  850_000_000,
  [180_000_000, 215_750_000],
);
const DBD = line(
  "1.02.02.2.01",
  "Kegiatan Pengendalian Penyakit",
  "Insiden kasus DBD per 100.000 penduduk",
  600_000_000,
  [120_000_000, 160_000_000],
);

function workbook(p2p: CellValue[][]): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  const tab = (name: string, rows: CellValue[][]) =>
    wb.write(wb.addTab(name), 1, 1, [
      [`RENCANA AKSI BIDANG ${name.toUpperCase()} TAHUN 2026`],
      [""],
      HEADER,
      ...rows,
    ]);
  tab("Kesmas", [PROGRAM, AKI]);
  tab("P2P", p2p);
  return wb;
}

const tables = (doc: ReportDocument, id: RegExp) =>
  doc.blocks.filter((b): b is ReportTable => b.kind === "table" && id.test(b.id));
const paragraphs = (doc: ReportDocument) =>
  doc.blocks.filter((b): b is ReportParagraph => b.kind === "paragraph").map((p) => p.text);

function ringkasan(wb: MemoryWorkbook) {
  const { port } = emulatedPort(wb);
  generateTriwulan(port, { tw: 2 });
  const ring = port.read(ringkasanTabName(2, "2026")).values;
  const header = ring.findIndex((r) => r[0] === "Bidang");
  const col = (name: string) => ring[header].findIndex((h) => String(h).startsWith(name));
  const row = (name: string) => ring.find((r) => r[0] === name) ?? [];
  return { port, ring, col, row };
}

describe("a program whose kegiatan sit in two bidang tabs", () => {
  it("Ringkasan: each bidang its own pagu, the Jumlah the program once (1.450.000.000, not 2.050.000.000), and why", () => {
    const { port, ring, col, row } = ringkasan(workbook([DBD]));
    expect(row("Kesmas")[col("Pagu (Rp)")]).toBe(1_450_000_000);
    expect(row("P2P")[col("Pagu (Rp)")]).toBe(600_000_000);
    expect(row("Jumlah")[col("Pagu (Rp)")]).toBe(1_450_000_000);
    expect(row("Jumlah")[col("Realisasi anggaran")]).toBe(630_500_000);
    expect(row("Jumlah")[col("Serapan")]).toBeCloseTo((630_500_000 / 1_450_000_000) * 100, 9);
    const jumlah = ring.findIndex((r) => r[0] === "Jumlah");
    expect(ring[jumlah + 1][0]).toBe(
      "Jumlah pagu dan realisasi anggaran menghitung setiap anggaran sekali: kegiatan 1.02.02.2.01 (tab 'P2P') sudah termasuk dalam pagu program 1.02.02 (tab 'Kesmas').",
    );
    // Verifikasi's own recomputation of the table agrees with the formulas.
    const evaluasi = port.read("Evaluasi TW II 2026", { notes: true });
    const expected = expectedRingkasan(readWorkbook(port), evaluasi, 2).values;
    for (const r of [jumlah]) expect(expected[r]).toEqual(ring[r].slice(0, expected[r].length));

    expect(rekapFile(port, "dinkes2.xlsx", 2, sha256).row.pagu).toBe(1_450_000_000);
  });

  it("Ringkasan: a P2P kegiatan's TW II spending not reported leaves the Jumlah its program's figure, as the rekap (review 7: 'belum diisi')", () => {
    // The kegiatan's spending is inside program 1.02.02's, which Kesmas reports.
    const unreported = [...DBD.slice(0, -4), 120_000_000, "", "", ""];
    const { port, ring, col, row } = ringkasan(workbook([unreported]));
    expect(row("P2P")[col("Realisasi anggaran")]).toBe("belum diisi");
    expect(row("P2P")[col("Serapan")]).toBe("belum diisi");
    expect(row("Jumlah")[col("Pagu (Rp)")]).toBe(1_450_000_000);
    expect(row("Jumlah")[col("Realisasi anggaran")]).toBe(630_500_000);
    expect(row("Jumlah")[col("Serapan")]).toBeCloseTo((630_500_000 / 1_450_000_000) * 100, 9);
    const rekap = rekapFile(port, "dinkes2.xlsx", 2, sha256).row;
    expect([rekap.pagu, rekap.realisasiAnggaran]).toEqual([1_450_000_000, 630_500_000]);
    // Verifikasi's own recomputation of the Jumlah row agrees with the formulas.
    const jumlah = ring.findIndex((r) => r[0] === "Jumlah");
    const evaluasi = port.read("Evaluasi TW II 2026", { notes: true });
    const expected = expectedRingkasan(readWorkbook(port), evaluasi, 2).values;
    expect(expected[jumlah]).toEqual(ring[jumlah].slice(0, expected[jumlah].length));
    // Kesmas's program not reported, nor one of its kegiatan (so no sum of them stands for it): not known.
    const kesmas = [...PROGRAM.slice(0, -4), 250_000_000, "", "", ""];
    const aki = [...AKI.slice(0, -4), 180_000_000, "", "", ""];
    const wb = new MemoryWorkbook();
    for (const [name, rows] of [
      ["Kesmas", [kesmas, aki]],
      ["P2P", [DBD]],
    ] as const)
      wb.write(wb.addTab(name), 1, 1, [
        [`RENCANA AKSI BIDANG ${name.toUpperCase()} TAHUN 2026`],
        [""],
        HEADER,
        ...rows,
      ]);
    const other = ringkasan(wb);
    expect(other.row("Jumlah")[other.col("Realisasi anggaran")]).toBe("belum diisi");
    expect(rekapFile(other.port, "dinkes2.xlsx", 2, sha256).row.realisasiAnggaran).toBeNull();
  });

  it("LKjIP Tabel 3.22: the P2P kegiatan under program I, TOTAL 1.450.000.000; the LAKIP's serapan chart shows the program once", () => {
    const { port } = emulatedPort(workbook([DBD]));
    const lkjip = laporanDocument(port, { tw: "tahunan", tahun: "2026" });
    const [t] = tables(lkjip, /^3\.22$/);
    expect(t.rows.map((r) => [r.cells[0].text, r.cells[1].text])).toEqual([
      ["I", "Program Pemenuhan Upaya Kesehatan"],
      ["1", "Kegiatan Penyediaan Layanan Kesehatan"],
      ["2", "Kegiatan Pengendalian Penyakit"],
      ["TOTAL", ""],
    ]);
    expect(totals(t).pagu).toBe(1_450_000_000);
    const lakip = laporanDocument(port, { tw: 2, tahun: "2026" });
    const chart = lakip.blocks.find((b): b is ReportChart => b.kind === "chart" && b.id === "grafik-serapan");
    expect(chart?.categories).toEqual(["Program Pemenuhan Upaya Kesehatan"]);
    expect(paragraphs(lakip).some((p) => p.includes("Pagu berbeda"))).toBe(false);
  });

  it("the same program listed in both tabs with another pagu: one budget line, and the reports say where the pagu differs", () => {
    const again = line(
      "1.02.02",
      "Program Pemenuhan Upaya Kesehatan",
      "Persentase kasus DBD ditangani",
      1_400_000_000,
      [0, 0],
    );
    const wb = workbook([again, DBD]);
    const { port, ring, col, row } = ringkasan(wb);
    expect(row("P2P")[col("Pagu (Rp)")]).toBe(1_400_000_000);
    expect(row("Jumlah")[col("Pagu (Rp)")]).toBe(1_450_000_000);
    const jumlah = ring.findIndex((r) => r[0] === "Jumlah");
    expect(ring[jumlah + 1][0]).toContain(
      "program 1.02.02 (tab 'P2P') juga tercantum di tab 'Kesmas' dan dihitung sekali, dengan pagu tab 'Kesmas' Rp 1.450.000.000; pagunya di tab 'P2P' Rp 1.400.000.000: samakan pagunya",
    );
    expect(rekapFile(port, "dinkes2.xlsx", 2, sha256).row.pagu).toBe(1_450_000_000);
    const request =
      "[Pagu berbeda antartab bidang untuk program 1.02.02: Rp 1.450.000.000 di tab 'Kesmas', Rp 1.400.000.000 di tab 'P2P'. TOTAL menghitungnya sekali, dengan pagu tab 'Kesmas'; samakan pagunya di tab bidang, lalu buat laporan lagi.]";
    for (const tw of [2, "tahunan"] as const)
      expect(paragraphs(laporanDocument(port, { tw, tahun: "2026" }))).toContain(request);
    const [t] = tables(laporanDocument(port, { tw: "tahunan", tahun: "2026" }), /^3\.22$/);
    expect(t.rows.filter((r) => r.cells[0].text === "I")).toHaveLength(1);
    expect(totals(t).pagu).toBe(1_450_000_000);
  });
});
