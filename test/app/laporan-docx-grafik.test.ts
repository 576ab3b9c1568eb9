/**
 * Trial 7 #25: a LAKIP chart of many indicators as a .docx (trial 7's Dinas PUPR: 23 indicators drawn
 * 29,2 cm tall on a landscape page with 17 cm between its margins, cut after 14 bars, its caption alone
 * on the next page): every image fits the page's usable height, a long chart continued as "(lanjutan)"
 *.
 */
import JSZip from "jszip";
import { expect, it } from "vitest";
import { SCALES } from "../../src/core/kriteria";
import type { ReportChart } from "../../src/core/report/model";
import { renderDocx } from "../../src/render/docx";

const N = 30;
const chart: ReportChart = {
  kind: "chart",
  id: "grafik-capaian",
  title: "Capaian indikator sasaran thd target tahunan s.d. Triwulan II Tahun 2026",
  categories: Array.from(
    { length: N },
    (_, i) => `Persentase ruas jalan kabupaten dalam kondisi mantap nomor ${i + 1}`,
  ),
  series: [{ name: "Capaian", values: Array.from({ length: N }, (_, i) => 80 + i), color: "#1e7b34" }],
  stacked: false,
  horizontal: true,
  valueTitle: "Capaian (%)",
  rule: { value: 100, label: "Target 100 %" },
  valueFormat: "percent",
};

it("draws a 30-bar chart within the page's usable height, split, the later parts captioned '(lanjutan)'", async () => {
  const bytes = await renderDocx({
    title: "Laporan Kinerja Triwulan II Tahun 2026",
    opd: "DINAS PUPR",
    tabName: "Laporan TW II 2026",
    fileName: "LAKIP TW II 2026",
    landscape: true,
    scale: SCALES.permendagri86,
    blocks: [chart],
  });
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const attr = (tag: string, name: string) =>
    Number(xml.match(new RegExp(`<${tag}[^>]*w:${name}="(\\d+)"`))?.[1]);
  // Twips to EMU (635 each): the page's height less its top and bottom margins (17 cm on A4 landscape).
  const usable = (attr("w:pgSz", "h") - attr("w:pgMar", "top") - attr("w:pgMar", "bottom")) * 635;
  expect(usable).toBeGreaterThan(6_000_000);
  expect(usable).toBeLessThan(6_200_000);
  const heights = [...xml.matchAll(/<wp:extent cx="\d+" cy="(\d+)"/g)].map((m) => Number(m[1]));
  expect(heights.length).toBeGreaterThan(1);
  expect(heights.filter((h) => h > usable)).toEqual([]);
  const captions = [...xml.matchAll(/Grafik: ([^<]*)/g)].map((m) => m[1]);
  expect(captions[0]).toBe(chart.title);
  expect(captions.slice(1)).toEqual(heights.slice(1).map(() => `${chart.title} (lanjutan)`));
  // Each part drawn as its own image, one per caption.
  expect(Object.keys(zip.files).filter((f) => f.startsWith("word/media/")).length).toBe(heights.length);
});
