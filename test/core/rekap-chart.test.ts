/**
 * The rekap's chart (trial 3, #18): copies of one OPD, year and TW are counted once, and the chart
 * draws one bar for that OPD (the counted copy's figures), not one per copy; copies none of which
 * can be counted share one empty bar that says so; the sentence above the table names the copies.
 */
import { describe, expect, it } from "vitest";
import { buildRekap, type FileResult, failedRow, type RekapRow } from "../../src/core/rekap";
import { rekapChart, rekapTable } from "../../src/core/rekap-table";

const LABELS = ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"];
const MAJU_JAYA = "Dinas Tenaga Kerja Kabupaten Maju Jaya";
const SENT = "2025-07-03T02:00:00.000Z";

function file(name: string, opd: string, over: Partial<RekapRow>, tahun = 2025): FileResult {
  const row: RekapRow = {
    ...failedRow(name, 2, "", opd),
    error: null,
    tahun,
    indikator: 5,
    kriteria: { "Sangat Tinggi": 4, Tinggi: 1 },
    tanpaTarget: 0,
    belumDiisi: 0,
    tidakDihitung: 0,
    rataCapaian: 102.2,
    status: "belum dikirim",
    ...over,
  };
  return { row, capaian: [], findings: [] };
}
const sent = { status: "dikirim", sidikBerubah: false, dikirimPada: SENT } as const;
const doctored = { "Sangat Tinggi": 5 };

const chartOf = (files: FileResult[]) => {
  const rekap = buildRekap(2, files, LABELS, {});
  const chart = rekapChart(rekap);
  if (!chart) throw new Error("no chart");
  const bars = chart.categories.map((c, i) => [c, chart.series.map((s) => `${s.name} ${s.values[i]}`)]);
  return { rekap, bars };
};

describe("the rekap chart, one bar per OPD", () => {
  it("draws the five copies of one office (trial 3) as one bar, the counted copy's, beside the other office", () => {
    const { rekap, bars } = chartOf([
      file("A-dikirim.xlsx", MAJU_JAYA, sent),
      file("B-doctored1.xlsx", MAJU_JAYA, {
        ...sent,
        status: "berubah setelah dikirim",
        sidikBerubah: true,
        kriteria: doctored,
      }),
      file("C-doctored2.xlsx", MAJU_JAYA, { kriteria: doctored, rataCapaian: 108.2 }),
      file("D-belum-dikirim.xlsx", MAJU_JAYA, {}),
      file("E-cli.xlsx", MAJU_JAYA, {}),
      file("kesehatan.xlsx", "Dinas Kesehatan", { ...sent, kriteria: { Sedang: 2, Rendah: 3 } }),
    ]);
    expect(bars).toEqual([
      [MAJU_JAYA, ["Sangat Tinggi 4", "Tinggi 1", "Sedang 0", "Rendah 0"]],
      ["Dinas Kesehatan", ["Sangat Tinggi 0", "Tinggi 0", "Sedang 2", "Rendah 3"]],
    ]);
    // The copies are named in the sentence above the table.
    expect(rekapTable(rekap).warnings).toEqual([
      expect.stringMatching(
        /^Berkas "A-dikirim.xlsx", "B-doctored1.xlsx", .* dan "E-cli.xlsx" berisi OPD, tahun dan TW yang sama/,
      ),
    ]);
  });

  it("gives copies none of which is counted one empty bar that says so", () => {
    const { bars } = chartOf([
      file("y1.xlsx", MAJU_JAYA, {}),
      file("y2.xlsx", MAJU_JAYA, { kriteria: doctored }),
      file("kesehatan.xlsx", "Dinas Kesehatan", { kriteria: { Sedang: 2, Rendah: 3 } }),
    ]);
    expect(bars).toEqual([
      [`${MAJU_JAYA}: 2 berkas, tidak dijumlahkan`, ["Sedang 0", "Rendah 0"]],
      ["Dinas Kesehatan", ["Sedang 2", "Rendah 3"]],
    ]);
  });

  it("names the year where one office's files of two years are in one rekap", () => {
    const { bars } = chartOf([file("2024.xlsx", MAJU_JAYA, {}, 2024), file("2025.xlsx", MAJU_JAYA, {})]);
    expect(bars.map(([c]) => c)).toEqual([`${MAJU_JAYA} (2024)`, `${MAJU_JAYA} (2025)`]);
  });
});
