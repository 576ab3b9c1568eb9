/**
 * Trial 2 cosmetics: the "Target 100 %" was drawn in red (red reads as "bad") over the value
 * labels, and the kriteria chart counted indicators in halves (0,5 / 1,5). Both renderers: the
 * .docx chart (Vega-Lite) and the report tab's embedded chart in Sheets.
 */
import { describe, expect, it } from "vitest";
import { SCALES } from "../../src/core/kriteria";
import type { ReportChart, ReportDocument } from "../../src/core/report/model";
import { renderSheet } from "../../src/core/report/sheet";
import { chartSvg, TARGET_GREY, vegaLiteSpec } from "../../src/render/chart";

const capaian: ReportChart = {
  kind: "chart",
  id: "capaian",
  title: "Capaian indikator sasaran",
  categories: ["Persentase Warga Transmigran Mandiri", "Tingkat Pengangguran Terbuka"],
  series: [{ name: "Capaian (%)", values: [97.03, 107.95], color: "#1565c0" }],
  stacked: false,
  horizontal: false,
  valueTitle: "Capaian (%)",
  valueFormat: "percent",
  rule: { value: 100, label: "Target 100 %" },
};

const kriteria: ReportChart = {
  kind: "chart",
  id: "kriteria",
  title: "Kriteria per bidang",
  categories: ["Bidang Penempatan", "Bidang Pelatihan"],
  series: [
    { name: "Sangat Tinggi", values: [1, 0], color: "#1e7b34" },
    { name: "Sangat Rendah", values: [0, 1], color: "#c62828" },
  ],
  stacked: true,
  horizontal: false,
  valueTitle: "Jumlah indikator",
  valueFormat: "integer",
};

describe("the target line and the axis ticks", () => {
  it(".docx: the target is a grey dashed line under the bars, not red over their values", async () => {
    const layers = (
      vegaLiteSpec(capaian) as unknown as { layer: { layer?: { mark: { color?: string } }[] }[] }
    ).layer;
    // The rule layer is drawn first: bars and value labels are painted over it.
    expect(layers[0].layer?.[0].mark.color).toBe(TARGET_GREY);
    const svg = await chartSvg(capaian);
    expect(svg).not.toMatch(/#c62828/i);
    expect(svg).toContain("97,03");
  });

  it(".docx: the kriteria chart counts indicators in whole numbers", async () => {
    const svg = await chartSvg(kriteria);
    expect(svg).not.toMatch(/>0,[0-9]+</);
    expect(svg).toMatch(/>1</);
  });

  it("Sheets: the target series is neutral grey, never red", () => {
    const doc = {
      title: "t",
      opd: "o",
      tabName: "Laporan",
      fileName: "f",
      blocks: [capaian],
    } as unknown as ReportDocument;
    const { charts } = renderSheet(doc, SCALES.permendagri86, null);
    expect(charts[0].colors).toEqual(["#1565c0", "#9e9e9e"]);
  });
});
