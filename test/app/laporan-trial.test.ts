/**
 * A new user's office file (test/fixtures/laporan/dinkes-teks.xlsx: a Dinas Kesehatan's Rencana
 * Aksi saved by an office program, many numbers typed as text, no OPD name in Pengaturan) made into
 * the LAKIP TW II: what a signed report must never print, and what it says instead.
 */
import { describe, expect, it } from "vitest";
import { laporanDocument } from "../../src/app/laporan";
import type { ReportChart, ReportDocument, ReportParagraph, ReportTable } from "../../src/core/report/model";
import { emulatedPort } from "../../src/emulator/session";
import { loadXlsx } from "../../src/emulator/xlsx";

const FILE = "test/fixtures/laporan/dinkes-teks.xlsx";

async function lakipTw2(): Promise<ReportDocument> {
  const { port } = emulatedPort(await loadXlsx(FILE));
  return laporanDocument(port, { tw: 2, tahun: "2024" });
}

const tables = (doc: ReportDocument) => doc.blocks.filter((b): b is ReportTable => b.kind === "table");
const paragraphs = (doc: ReportDocument) =>
  doc.blocks.filter((b): b is ReportParagraph => b.kind === "paragraph").map((p) => p.text);

describe("numbers typed as text in the LAKIP TW II", () => {
  it("no table cell holds an error sentence; the anggaran TOTAL counts numbers typed as text", async () => {
    const doc = await lakipTw2();
    const cells = tables(doc).flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text)));
    expect(cells.filter((c) => /tersimpan|bukan angka/i.test(c))).toEqual([]);
    const totals = tables(doc)
      .filter((t) => t.id.startsWith("anggaran-"))
      .map((t) => t.rows.find((r) => r.kind === "total")?.cells.map((c) => c.text));
    // One table per sasaran. Pagu and anggaran kas are all numbers; realisasi TW I + TW II counts the
    // trial's V6, U9, V9 … typed "650.000.000" as text as the numbers they are, as the evaluation tab does.
    expect(totals).toEqual([
      ["TOTAL", "", "2.500.000.000", "1.200.000.000", "1.130.000.000", "94,17"],
      ["TOTAL", "", "1.200.000.000", "600.000.000", "585.000.000", "97,50"],
    ]);
  });

  it("names no cell the tables count: numbers typed as text are read as the evaluation tab reads them", async () => {
    const doc = await lakipTw2();
    const i = doc.blocks.findIndex((b) => b.kind === "table" && b.id.startsWith("anggaran-"));
    // Under the anggaran table the sentence reading its TOTAL, no note: V6, L8 … ("650.000.000") are counted.
    expect((doc.blocks[i + 1] as ReportParagraph).text).toMatch(/^Pagu anggaran yang mendukung sasaran ini/);
    expect(paragraphs(doc).filter((p) => p.startsWith("Catatan: Sel"))).toEqual([]);
    expect(paragraphs(doc).filter((p) => /"Ada angka|bukan angka\./.test(p))).toEqual([]);
  });
});

describe("a quarter without a target in the LAKIP TW II", () => {
  it("is drawn grey by the quarter's own kriteria, never in a kriteria colour from the annual target", async () => {
    const doc = await lakipTw2();
    const chart = doc.blocks.find((b): b is ReportChart => b.kind === "chart" && b.id === "grafik-capaian");
    const iku = tables(doc).find((t) => t.id === "iku") as ReportTable;
    const kriteria = iku.rows.map((r) => r.cells[8].text);
    // Angka Kematian Ibu and balita stunting have no target until TW IV ("–"); JKN is rated.
    expect(kriteria).toEqual(["–", "–", "Sangat Tinggi"]);
    expect(chart?.barColors).toEqual([
      "#9e9e9e",
      "#9e9e9e",
      doc.scale.bands.find((b) => b.label === "Sangat Tinggi")?.background,
    ]);
  });

  it("says '–' rather than 0,00 against the annual target where nothing was targeted or realised yet", async () => {
    const doc = await lakipTw2();
    const rows = tables(doc)
      .filter((t) => t.id.startsWith("iku"))
      .flatMap((t) => t.rows.map((r) => r.cells.map((c) => c.text)));
    const untargeted = rows.filter((r) => r[8] === "–" && (r[6] === "belum diisi" || r[6] === "0"));
    expect(untargeted.length).toBeGreaterThan(0);
    for (const r of untargeted) expect(r[9], r[2]).toBe("–");
    expect(rows.filter((r) => r[9] === "0,00")).toEqual([]);
  });
});

describe("the office without a name in Pengaturan", () => {
  it("takes it from the plan's title, as the rekap does", async () => {
    const doc = await lakipTw2();
    const summary = doc.blocks.find(
      (b): b is ReportParagraph => b.kind === "paragraph" && b.id === "ringkasan",
    );
    // The trial's title: "RENCANA AKSI DINAS KESEHATAN KABUPATEN X TAHUN 2024".
    expect(summary?.text).toMatch(
      /^Pada Triwulan II Tahun 2024 Dinas Kesehatan Kabupaten X mengukur 10 indikator kinerja/,
    );
    expect(doc.opd).toBe("Dinas Kesehatan Kabupaten X");
    expect(doc.fileName).toBe("LAKIP TW II 2024 Dinas Kesehatan Kabupaten X");
  });
});
