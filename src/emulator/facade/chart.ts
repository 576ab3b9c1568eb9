/**
 * Embedded charts (Sheet.newChart → EmbeddedChartBuilder → insertChart / updateChart), as the
 * Apps Script reference documents them: a builder holds the chart type, ranges, position and
 * options until build(); a built chart changes the sheet only through insertChart or updateChart.
 */
import type { SheetsChart, SheetsChartBuilder, SheetsColumnChartBuilder } from "../../gas/surface";
import type { Rect } from "../a1";
import type { ChartRecord, Tab } from "../workbook";
import type { Env } from "./env";
import type { Range } from "./range";

const copy = (r: ChartRecord): ChartRecord => ({
  ...r,
  ranges: r.ranges.map((x) => ({ ...x })),
  options: { ...r.options },
  anchor: { ...r.anchor },
});

export class EmbeddedChartBuilder implements SheetsChartBuilder, SheetsColumnChartBuilder {
  constructor(
    private readonly env: Env,
    private readonly data: ChartRecord,
  ) {}
  addRange(range: Range): EmbeddedChartBuilder {
    const rect: Rect = { ...range.rect };
    if (!this.data.ranges.some((r) => JSON.stringify(r) === JSON.stringify(rect)))
      this.data.ranges.push(rect);
    return this;
  }
  clearRanges(): EmbeddedChartBuilder {
    this.data.ranges = [];
    return this;
  }
  setNumHeaders(headers: number): EmbeddedChartBuilder {
    this.data.numHeaders = headers;
    return this;
  }
  setOption(option: string, value: unknown): EmbeddedChartBuilder {
    this.data.options[option] = value;
    return this;
  }
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilder {
    this.data.anchor = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return this;
  }
  asColumnChart(): EmbeddedChartBuilder {
    this.data.type = "COLUMN";
    return this;
  }
  /** Bars, and a series whose option `series.N.type` is "line" drawn as a line (Google Charts ComboChart). */
  asComboChart(): EmbeddedChartBuilder {
    this.data.type = "COMBO";
    return this;
  }
  asBarChart(): EmbeddedChartBuilder {
    this.data.type = "BAR";
    return this;
  }
  setTitle(title: string): EmbeddedChartBuilder {
    return this.setOption("title", title);
  }
  setColors(cssValues: string[]): EmbeddedChartBuilder {
    return this.setOption("colors", [...cssValues]);
  }
  setStacked(): EmbeddedChartBuilder {
    return this.setOption("isStacked", true);
  }
  getChartType(): string {
    return this.data.type;
  }
  build(): EmbeddedChart {
    return chartOf(this.env, this.data);
  }
}

export class ChartOptions {
  constructor(private readonly options: Record<string, unknown>) {}
  get(option: string): unknown {
    return this.options[option] ?? null;
  }
}

export class EmbeddedChart implements SheetsChart {
  constructor(
    private readonly env: Env,
    readonly data: ChartRecord,
  ) {}
  getChartId(): number | null {
    return this.data.id;
  }
  getOptions(): ChartOptions {
    return this.env.ctx.wrap("ChartOptions", new ChartOptions({ ...this.data.options }));
  }
  getRanges(): Range[] {
    const tab = this.env.workbook.tabs().find((t) => t.charts.some((c) => c.id === this.data.id));
    return tab ? this.data.ranges.map((r) => this.env.range(tab, { ...r })) : [];
  }
  modify(): EmbeddedChartBuilder {
    return this.env.ctx.wrap("EmbeddedChartBuilder", new EmbeddedChartBuilder(this.env, copy(this.data)));
  }
}

export function newChart(env: Env): EmbeddedChartBuilder {
  return env.ctx.wrap(
    "EmbeddedChartBuilder",
    new EmbeddedChartBuilder(env, {
      id: null,
      type: "COLUMN",
      ranges: [],
      numHeaders: -1,
      options: {},
      anchor: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
    }),
  );
}

/** A chart of the tab as getCharts returns it (a copy: changes go through updateChart). */
export function chartOf(env: Env, record: ChartRecord): EmbeddedChart {
  return env.ctx.wrap("EmbeddedChart", new EmbeddedChart(env, copy(record)));
}

/** Sheet.insertChart: the chart gets an id and joins the tab. */
export function insertChart(env: Env, tab: Tab, chart: EmbeddedChart): void {
  env.assertEditable(tab, null);
  tab.charts.push({ ...copy(chart.data), id: env.workbook.nextChartId() });
}

/** Sheet.updateChart: the chart with the same id is replaced. */
export function updateChart(env: Env, tab: Tab, chart: EmbeddedChart): void {
  env.assertEditable(tab, null);
  const i = tab.charts.findIndex((c) => c.id === chart.data.id);
  if (i < 0) throw env.error("The chart does not exist on this sheet.");
  tab.charts[i] = copy(chart.data);
}
