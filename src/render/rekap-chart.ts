/**
 * The rekap's chart of kriteria per OPD as a PNG, drawn by the reports' chart renderer (Vega-Lite
 * and resvg, ./chart.ts): the same library and look as the charts of the LAKIP.
 */
import type { Rekap } from "../core/rekap";
import { rekapChart } from "../core/rekap-table";
import { chartPng, pngSize } from "./chart";
import type { ChartImage } from "./rekap-xlsx";

/** Drawn at twice its size (sharp when printed) and placed in the .xlsx at its own size. */
export async function rekapChartImage(rekap: Rekap): Promise<ChartImage | null> {
  const chart = rekapChart(rekap);
  if (!chart) return null;
  const png = await chartPng(chart, 2);
  const { width, height } = pngSize(png);
  return { png, width: Math.round(width / 2), height: Math.round(height / 2) };
}
