/**
 * "Buat laporan" in Sheets builds the report's document in the panel (the builders stay out of
 * the server script) from the figures the server computed, and the server writes it only when
 * every figure in it is its own. On the demo office (the reference LAKIP TW I's Dinas): the tab the
 * panel's way makes is the tab made in one process, cell for cell, for every TW and the LKjIP; a
 * figure doctored on the way (a capaian, a swapped figure, a TOTAL, a kriteria, a chart's bar) is
 * refused with one Indonesian sentence and nothing is written.
 */
import { describe, expect, it } from "vitest";
import { generateLaporan, laporanInput, submitLaporan } from "../../src/app/laporan";
import type { ReportChart, ReportDocument, ReportTable } from "../../src/core/report/model";
import { laporanFromJson } from "../../src/core/report-build";
import { inputJson } from "../../src/core/report-input";
import { UserError } from "../../src/core/result";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";

const PERIODS = [1, 2, 3, 4, "tahunan"] as const;

/** The panel's half: the document built from the input as the server sends it (JSON text). */
function panelDocument(tw: (typeof PERIODS)[number]) {
  const { port } = emulatedPort(demoWorkbook());
  return laporanFromJson(inputJson(laporanInput(port, { tw })));
}

const table = (doc: ReportDocument, id: string) =>
  doc.blocks.find((b): b is ReportTable => b.kind === "table" && b.id === id) as ReportTable;
const chart = (doc: ReportDocument, id: string) =>
  doc.blocks.find((b): b is ReportChart => b.kind === "chart" && b.id === id) as ReportChart;

/** `submitLaporan` on a fresh demo with `doc` doctored by `change`: the refusal, and whether a tab was made. */
function refused(change: (doc: ReportDocument) => void, tw: 1 | "tahunan" = 1) {
  const doc = panelDocument(tw);
  change(doc);
  const { port } = emulatedPort(demoWorkbook());
  let error: unknown;
  try {
    submitLaporan(port, { tw }, doc);
  } catch (e) {
    error = e;
  }
  return { error, written: port.tabs().some((t) => t.name === doc.tabName) };
}

describe("Buat laporan through the panel", () => {
  it.each(PERIODS)("writes the same tab as the report made in one process (%s)", (tw) => {
    const one = emulatedPort(demoWorkbook());
    const made = generateLaporan(one.port, { tw });
    const panel = emulatedPort(demoWorkbook());
    const sent = submitLaporan(panel.port, { tw }, panelDocument(tw));
    expect(sent).toEqual(made);
    expect(panel.port.read(sent.tab, { formulas: false }).values).toEqual(
      one.port.read(made.tab, { formulas: false }).values,
    );
    // The reference LAKIP TW I's TOTAL, as the demo reproduces it.
    if (tw === 1) expect(JSON.stringify(panel.port.read(sent.tab).values)).toContain("285.785.522");
  });

  it("refuses a capaian doctored on the way, naming it, and writes nothing", () => {
    const { error, written } = refused((doc) => {
      const row = table(doc, "iku-2").rows[0];
      expect(row.cells[9].text).toBe("97,03");
      row.cells[9] = { ...row.cells[9], text: "100,00", value: 100 };
    });
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(
      /^Laporan tidak ditulis: 1 angka berbeda dari hitungan tab Evaluasi \(.*baris 1 kolom 10: 100,00\); buat laporan lagi dari panel\.$/,
    );
    expect(written).toBe(false);
  });

  it("refuses a figure of another indicator, a TOTAL, a kriteria and a chart's bar", () => {
    const doctored: ((doc: ReportDocument) => void)[] = [
      // Tingkat Pengangguran Terbuka's 76,82 shown as Persentase Warga Transmigran Mandiri's capaian.
      (doc) => {
        table(doc, "iku-2").rows[0].cells[9].text = "76,82";
      },
      (doc) => {
        const total = table(doc, "anggaran-2").rows.find((r) => r.kind === "total");
        if (total) total.cells[4].text = "38.843.360";
      },
      (doc) => {
        table(doc, "iku-4").rows[0].cells[8].text = "Sangat Tinggi";
      },
      (doc) => {
        chart(doc, "grafik-capaian").series[0].values[1] = 100;
      },
      (doc) => {
        chart(doc, "grafik-kriteria").series[0].values[0] = 12;
      },
      (doc) => {
        const rule = chart(doc, "grafik-capaian").rule;
        if (rule) rule.value = 50;
      },
      // A budget line's realisasi, with its unit as a person might write it.
      (doc) => {
        table(doc, "anggaran-2").rows[2].cells[4].text = "Rp 1.770.000";
      },
    ];
    for (const change of doctored) {
      const { error, written } = refused(change);
      expect((error as Error).message).toMatch(/^Laporan tidak ditulis: 1 angka berbeda/);
      expect(written).toBe(false);
    }
  });

  it("writes the server's tab name and kriteria colours, whatever the document says", () => {
    const doc = panelDocument(1);
    const { port } = emulatedPort(demoWorkbook());
    const report = submitLaporan(port, { tw: 1 }, { ...doc, tabName: "Pengaturan" });
    expect(report.tab).toBe("Laporan TW I 2024");
  });
});
