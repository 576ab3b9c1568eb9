/**
 * The chart renderer: a chart of the document model drawn by Vega-Lite → SVG → resvg PNG, the
 * numbers on it in Indonesian format, the 100 % line drawn, and real pixels of the bar colours.
 */
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import type { ReportChart } from "../../src/core/report/model";
import { chartPng, chartSvg, pngSize, wrapLabel } from "../../src/render/chart";

const capaian: ReportChart = {
  kind: "chart",
  id: "capaian",
  title: "Capaian s.d. Triwulan I per indikator",
  categories: ["Persentase Warga Transmigran Mandiri", "Tingkat Pengangguran Terbuka"],
  series: [{ name: "Capaian (%)", values: [97.0265, 107.95], color: "#1e7b34" }],
  stacked: false,
  horizontal: true,
  valueTitle: "Capaian (%)",
  valueFormat: "percent",
  rule: { value: 100, label: "Target 100 %" },
  barColors: ["#1e7b34", "#c62828"],
};

const kriteria: ReportChart = {
  kind: "chart",
  id: "kriteria",
  title: "Kriteria per bidang",
  categories: ["Sekretariat", "Bidang Transmigrasi"],
  series: [
    { name: "Sangat Tinggi", values: [4, 7], color: "#1e7b34" },
    { name: "Sangat Rendah", values: [1, 2], color: "#c62828" },
  ],
  stacked: true,
  horizontal: false,
  valueTitle: "Jumlah indikator",
  valueFormat: "integer",
};

/** Counts the pixels of a colour (±12 per channel) in a PNG by decoding it with resvg's own reader. */
function countColour(png: Uint8Array, hex: string): number {
  // resvg renders an SVG that embeds the PNG: its pixels come back raw.
  const { width, height } = pngSize(png);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${Buffer.from(png).toString("base64")}"/></svg>`;
  const pixels = new Resvg(svg).render().pixels;
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4)
    if (Math.abs(pixels[i] - r) < 12 && Math.abs(pixels[i + 1] - g) < 12 && Math.abs(pixels[i + 2] - b) < 12)
      n++;
  return n;
}

describe("chart renderer", () => {
  it("draws the capaian bars with Indonesian numbers and the 100 % line", async () => {
    const svg = await chartSvg(capaian);
    expect(svg).toContain("97,03");
    expect(svg).toContain("107,95");
    expect(svg).toContain("Target 100 %");
    expect(svg).toContain("Persentase Warga Transmigran");
    expect(svg).not.toContain("97.03");
    const png = await chartPng(capaian);
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
    const { width, height } = pngSize(png);
    expect(width).toBeGreaterThan(600);
    expect(height).toBeGreaterThan(150);
    // Each bar in its kriteria colour, really painted.
    expect(countColour(png, "#1e7b34")).toBeGreaterThan(500);
    expect(countColour(png, "#c62828")).toBeGreaterThan(500);
  });

  it("stacks the kriteria per bidang with a legend", async () => {
    const svg = await chartSvg(kriteria);
    expect(svg).toContain("Sangat Tinggi");
    expect(svg).toContain("Sangat Rendah");
    expect(svg).toContain("Bidang Transmigrasi");
    const png = await chartPng(kriteria);
    expect(countColour(png, "#1e7b34")).toBeGreaterThan(countColour(png, "#c62828"));
  });

  it("keeps an indicator without a capaian yet on the axis", async () => {
    const svg = await chartSvg({
      ...capaian,
      categories: [...capaian.categories, "Nilai SAKIP"],
      series: [{ ...capaian.series[0], values: [97.0265, 107.95, null] }],
      barColors: [...(capaian.barColors ?? []), "#9e9e9e"],
    });
    expect(svg).toContain("Nilai SAKIP");
  });

  it("wraps long labels on at most three lines", () => {
    expect(wrapLabel("Persentase Penunjang Urusan Perangkat Daerah berjalan sesuai standar", 30)).toBe(
      "Persentase Penunjang Urusan\nPerangkat Daerah berjalan\nsesuai standar",
    );
    expect(wrapLabel("a ".repeat(100), 10, 2).split("\n")).toHaveLength(2);
  });
});

describe("category labels", () => {
  it("are drawn whole: an OPD name of 38 characters in the rekap is wrapped, not cut (trial 3)", async () => {
    const svg = await chartSvg({
      ...kriteria,
      horizontal: true,
      categories: [
        "Dinas Tenaga Kerja Kabupaten Maju Jaya",
        "Dinas Transmigrasi dan Tenaga Kerja Kabupaten Kutai Kartanegara",
      ],
      series: kriteria.series.map((s) => ({ ...s, values: [1, 2] })),
    });
    expect(svg).not.toContain("…");
    expect(svg).toContain("Maju Jaya");
    expect(svg).toContain("Kartanegara");
  });
});
