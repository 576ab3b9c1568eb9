/**
 * Trial 7 #12: a Kecamatan's one-tab Rencana Aksi (test/fixtures/laporan/trial7-kec.xlsx: tab
 * 'RENAKSI 2026', no anggaran kas column, Pengaturan names "Kecamatan Sukamaju") made into the
 * LAKIP TW II: the unit is the office, not the tab, and no sentence prints "Rp -" for the kas.
 */
import { expect, it } from "vitest";
import { laporanDocument, laporanInput, submitLaporan } from "../../src/app/laporan";
import type { ReportDocument, ReportParagraph } from "../../src/core/report/model";
import { laporanFromJson } from "../../src/core/report-build";
import { inputJson } from "../../src/core/report-input";
import { emulatedPort } from "../../src/emulator/session";
import { loadXlsx } from "../../src/emulator/xlsx";

async function lakipTw2(): Promise<ReportDocument> {
  const { port } = emulatedPort(await loadXlsx("test/fixtures/laporan/trial7-kec.xlsx"));
  return laporanDocument(port, { tw: 2 });
}
const texts = (doc: ReportDocument) =>
  doc.blocks.flatMap((b) =>
    b.kind === "paragraph" || b.kind === "heading" ? [b.text] : b.kind === "table" ? [b.caption ?? ""] : [],
  );

it("says the Rencana Aksi has no anggaran kas instead of 'Rp -' in the budget sentence", async () => {
  const doc = await lakipTw2();
  const sentence = doc.blocks.find(
    (b): b is ReportParagraph =>
      b.kind === "paragraph" && b.id.endsWith("-narasi") && b.id.startsWith("anggaran-"),
  );
  expect(sentence?.text).toMatch(
    /^Pagu anggaran yang mendukung sasaran ini sebesar Rp 800\.000\.000 dengan realisasi/,
  );
  expect(sentence?.text).toContain("Anggaran kas per triwulan tidak ada di Rencana Aksi");
  expect(texts(doc).filter((t) => t.includes("Rp -"))).toEqual([]);
  // The budget chart sets the realisasi beside the pagu, not beside an anggaran kas of nothing.
  const chart = doc.blocks.find((b) => b.kind === "chart" && b.id === "grafik-serapan");
  expect(chart).toMatchObject({
    title: "Realisasi anggaran thd pagu s.d. Triwulan II Tahun 2026 per program",
  });
  expect(chart?.kind === "chart" && chart.series.map((s) => s.name)).toEqual(["Pagu", "Realisasi anggaran"]);
});

it("names the office, not the tab 'RENAKSI 2026', as the unit evaluated and its penanggung jawab", async () => {
  const doc = await lakipTw2();
  const all = texts(doc);
  expect(all.filter((t) => /renaksi 2026/i.test(t) && !t.startsWith("[Periksa"))).toEqual([]);
  expect(all).toContain("EVALUASI KINERJA KECAMATAN SUKAMAJU TRIWULAN II TAHUN 2026");
  expect(all.some((t) => t.includes("dilaporkan oleh penanggung jawab Kecamatan Sukamaju atas"))).toBe(true);
});

it.each([1, 2, "tahunan"] as const)(
  "the panel's report (%s) is written: realisasi typed '96%', budget lines whose names were not read (trial 8 #16)",
  async (tw) => {
    const { port } = emulatedPort(await loadXlsx("test/fixtures/laporan/trial7-kec.xlsx"));
    const doc = laporanFromJson(inputJson(laporanInput(port, { tw })));
    // A line without a name read is named by its indicator, never blank.
    const chart = doc.blocks.find((b) => b.kind === "chart" && b.id === "grafik-serapan");
    expect(chart?.kind === "chart" && chart.categories.filter((c) => !c.trim())).toEqual([]);
    expect(submitLaporan(port, { tw }, doc).message).toMatch(
      /^Tab 'Laporan (TW I{1,2}|Tahunan) 2026' dibuat/,
    );
  },
);
