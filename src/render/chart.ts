/**
 * Charts of the document model drawn by a charting library, never by hand: a `ReportChart`
 * (src/core/report/model.ts) becomes a Vega-Lite spec, Vega renders it to SVG without a browser,
 * and resvg (a prebuilt binary shipped as an npm package) turns the SVG into PNG bytes for the
 * .docx. Used by the CLI and the local run only: it never enters the Apps Script bundle.
 */
import { Resvg } from "@resvg/resvg-js";
import * as vega from "vega";
import type { TopLevelSpec } from "vega-lite";
import { compile } from "vega-lite";
import type { ReportChart } from "../core/report/model";

/** The font the PNG is drawn with: installed with the system (Debian's fonts-dejavu-core). */
const FONT = "DejaVu Sans";
const WIDTH = 640;
/** Category labels wrap at this many characters, on at most three lines: 32 DejaVu characters fit the 300 px the axis gives them. */
const LABEL_CHARS = 32;
/** The target line: neutral grey (red reads as "bad"), as on the report tab in Sheets. */
export const TARGET_GREY = "#757575";

let localeSet = false;
/** Numbers on axes and bars as an Indonesian reader writes them: 1.234,5. */
function indonesianNumbers(): void {
  if (localeSet) return;
  vega.formatLocale({ decimal: ",", thousands: ".", grouping: [3], currency: ["Rp ", ""] });
  localeSet = true;
}

/** "Persentase Warga Transmigran Mandiri …" in lines of at most LABEL_CHARS characters. */
export function wrapLabel(text: string, chars = LABEL_CHARS, lines = 3): string {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + word).length + 1 > chars) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  if (out.length > lines) {
    const kept = out.slice(0, lines);
    kept[lines - 1] = `${kept[lines - 1].slice(0, chars - 1)}…`;
    return kept.join("\n");
  }
  return out.join("\n");
}

/** The Vega-Lite spec of a chart of the document model (exported so a test can read it). */
export function vegaLiteSpec(chart: ReportChart): TopLevelSpec {
  // Two categories may wrap to the same text: a zero-width suffix keeps them apart.
  const labels = chart.categories.map((c, i) => `${wrapLabel(c)}${"\u200b".repeat(i)}`);
  const values = chart.series.flatMap((s, si) =>
    s.values.map((v, ci) => ({
      category: labels[ci],
      series: s.name,
      order: si,
      value: v,
      color: chart.barColors?.[ci] ?? s.color,
    })),
  );
  const horizontal = chart.horizontal;
  const cat = horizontal ? "y" : "x";
  const val = horizontal ? "x" : "y";
  const offset = horizontal ? "yOffset" : "xOffset";
  const grouped = chart.series.length > 1 && !chart.stacked;
  const lineCount = Math.max(1, ...labels.map((l) => l.split("\n").length));
  const band = horizontal ? Math.max(22, lineCount * 13 + 6) * (grouped ? chart.series.length * 0.7 : 1) : 0;
  const size = horizontal
    ? { width: WIDTH - 300, height: Math.max(120, band * chart.categories.length) }
    : { width: Math.max(300, Math.min(WIDTH, chart.categories.length * 70)), height: 260 };
  const categoryAxis = {
    title: null,
    labelExpr: "split(datum.label, '\\n')",
    labelLimit: 300,
    ...(horizontal ? {} : { labelAngle: 0 }),
  };
  const colorEncoding = chart.barColors
    ? { field: "color", type: "nominal" as const, scale: null }
    : {
        field: "series",
        type: "nominal" as const,
        title: null,
        scale: { domain: chart.series.map((s) => s.name), range: chart.series.map((s) => s.color) },
        legend: chart.series.length > 1 ? { orient: "bottom" as const, labelLimit: 400 } : null,
      };
  const bars = {
    mark: { type: "bar" as const, tooltip: false },
    encoding: {
      // Every category keeps its place, also one with no value yet ("belum diisi").
      [cat]: {
        field: "category",
        type: "nominal",
        sort: null,
        axis: categoryAxis,
        scale: { domain: labels },
      },
      [val]: {
        field: "value",
        type: "quantitative",
        stack: chart.stacked ? "zero" : null,
        title: chart.valueTitle,
        // Counts of indicators in whole numbers (no 0,5 tick).
        axis: chart.valueFormat === "integer" ? { format: ",d", tickMinStep: 1 } : { format: ",~f" },
      },
      color: colorEncoding,
      order: { field: "order", type: "quantitative" },
      ...(grouped ? { [offset]: { field: "series", sort: chart.series.map((s) => s.name) } } : {}),
    },
  };
  const layers: unknown[] = [bars];
  if (!chart.stacked) {
    layers.push({
      mark: {
        type: "text",
        align: horizontal ? "left" : "center",
        baseline: horizontal ? "middle" : "bottom",
        dx: horizontal ? 3 : 0,
        dy: horizontal ? 0 : -2,
        fontSize: 9,
      },
      encoding: {
        [cat]: { field: "category", type: "nominal", sort: null },
        [val]: { field: "value", type: "quantitative" },
        text: {
          field: "value",
          type: "quantitative",
          format: chart.valueFormat === "percent" ? ",.2f" : ",.0f",
        },
        ...(grouped ? { [offset]: { field: "series", sort: chart.series.map((s) => s.name) } } : {}),
      },
    });
  }
  // The target line goes first, under the bars and their values (it never strikes a value through).
  if (chart.rule) {
    layers.unshift({
      data: { values: [{ rule: chart.rule.value, label: chart.rule.label }] },
      layer: [
        {
          mark: { type: "rule", color: TARGET_GREY, strokeDash: [6, 3], strokeWidth: 1.5 },
          encoding: { [val]: { field: "rule", type: "quantitative" } },
        },
        {
          mark: {
            type: "text",
            color: TARGET_GREY,
            fontSize: 10,
            align: "left",
            baseline: horizontal ? "bottom" : "bottom",
            dx: horizontal ? 3 : 0,
            dy: -2,
            ...(horizontal ? { y: 0 } : { x: "width" as const, align: "right" as const }),
          },
          encoding: {
            [val]: { field: "rule", type: "quantitative" },
            text: { field: "label" },
          },
        },
      ],
    });
  }
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: { text: chart.title, fontSize: 13, anchor: "start" },
    data: { values },
    ...size,
    layer: layers,
    config: {
      font: FONT,
      background: "#ffffff",
      view: { stroke: null },
      axis: { labelFontSize: 10, titleFontSize: 10 },
      legend: { labelFontSize: 10 },
    },
  } as TopLevelSpec;
}

/** The chart as an SVG document. */
export async function chartSvg(chart: ReportChart): Promise<string> {
  indonesianNumbers();
  const spec = compile(vegaLiteSpec(chart)).spec;
  const view = new vega.View(vega.parse(spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The chart as PNG bytes, drawn at `scale` times its size (2: sharp when printed). */
export async function chartPng(chart: ReportChart, scale = 2): Promise<Uint8Array> {
  const svg = await chartSvg(chart);
  const png = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: FONT },
    background: "#ffffff",
  })
    .render()
    .asPng();
  return new Uint8Array(png);
}

/** Width and height of a PNG, read from its header (for placing it in a document at its ratio). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
