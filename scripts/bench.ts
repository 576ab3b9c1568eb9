/**
 * `npm run bench` — the project's performance numbers, each beside its baseline where one exists.
 * `npm run --silent bench -- --json` prints one JSON object of named metrics and nothing else.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { periksa } from "../src/app/periksa";
import { readWorkbook } from "../src/app/plans";
import { generateTriwulan } from "../src/app/triwulan";
import { detectPlan } from "../src/core/layout";
import { emulatedPort } from "../src/emulator/session";
import { MemoryWorkbook } from "../src/emulator/workbook";
import { CORPUS, readingLike, withUnseenGroups } from "../test/fixtures/layouts";
import { UNSEEN_WORDS } from "../test/utils/layout-builder";
import { NaivePort } from "./bench-naive";
import { rekapMetrics } from "./bench-rekap";
import { reviuMetrics } from "./bench-reviu";
import { buildAll } from "./build";
import { dinas } from "./synthetic";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
type Metrics = Record<string, number>;

type CustomFunctions = Record<"CAPAIAN" | "KRITERIA" | "EFISIENSI", (...args: unknown[]) => unknown[][]>;

/**
 * The built script as Apps Script runs it: its top-level declarations in an ordinary global scope.
 * (A node:vm sandbox would route every global lookup such as `Number` or `Math` through the
 * sandbox's interceptors, a cost Apps Script's V8 does not have; test/bundle.test.ts runs the
 * bundle in a bare sandbox to prove it needs no globals.)
 */
function loadBundle(): CustomFunctions {
  const code = readFileSync(join(root, "build/Code.js"), "utf8");
  return new Function(`${code}\nreturn { CAPAIAN, KRITERIA, EFISIENSI };`)() as CustomFunctions;
}

/** CPU time of `fn` in this process, in milliseconds: what other processes do does not count. */
function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * How many times slower `fn` is than `baseline`, both run in this process, alternately, the best
 * of `runs` CPU times each (of five calls, so that one garbage collection weighs little): neither a
 * busy machine nor the order of the runs moves the ratio.
 */
function ratio(runs: number, fn: () => void, baseline: () => void): number {
  const five = (f: () => void) => () => {
    for (let k = 0; k < 5; k++) f();
  };
  let best = Number.POSITIVE_INFINITY;
  let base = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    base = Math.min(base, cpuMs(five(baseline)));
    best = Math.min(best, cpuMs(five(fn)));
  }
  return Math.round((best / base) * 100) / 100;
}

/** A cell as a plain loop reads it: a number, or Indonesian number text ("63,57"); blank is null. */
function plainRead(v: unknown): number | null {
  if (typeof v === "number") return v;
  if (v === "" || v === undefined) return null;
  return Number(String(v).replace(/\./g, "").replace(",", "."));
}

/** Best of a few runs, in milliseconds. */
function time(runs: number, fn: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return Math.round(best * 10) / 10;
}

async function customFunctions(): Promise<Metrics> {
  const sizes = await buildAll();
  const g = loadBundle();
  const n = 100_000;
  // Realistic cells: numbers, Indonesian text numbers, blanks and a few bad rows.
  const targets = Array.from({ length: n }, (_, i) => [
    i % 50 === 0 ? "" : i % 3 === 0 ? "63,57" : 18 + (i % 7),
  ]);
  const realisasi = Array.from({ length: n }, (_, i) => [
    i % 10 === 0 ? "" : i % 3 === 0 ? "61,68" : 13 + (i % 5),
  ]);
  const capaian = g.CAPAIAN(targets, realisasi);
  if (capaian.length !== n) throw new Error("CAPAIAN did not return one row per input row");
  const pagu = Array.from({ length: n }, (_, i) => [i % 4 === 0 ? "1.000.000" : 2_000_000 + i]);
  const anggaran = Array.from({ length: n }, (_, i) => [
    i % 9 === 0 ? "" : i % 4 === 0 ? "950000" : 1_900_000,
  ]);
  // The same work without SAKIP's rules: read the number text, divide, compare.
  const plain = (rows: number, fn: (i: number) => unknown) => () => {
    const out = new Array(rows);
    for (let i = 0; i < rows; i++) out[i] = [fn(i)];
    return out;
  };
  const plainCapaian = plain(n, (i) => {
    const t = plainRead(targets[i][0]);
    const r = plainRead(realisasi[i][0]);
    return t === null || r === null ? "" : (r / t) * 100;
  });
  const plainKriteria = plain(n, (i) => {
    const c = plainRead(capaian[i][0]);
    return c === null
      ? ""
      : c >= 91
        ? "Sangat Tinggi"
        : c >= 76
          ? "Tinggi"
          : c >= 66
            ? "Sedang"
            : c >= 51
              ? "Rendah"
              : "Sangat Rendah";
  });
  const plainEfisiensi = plain(n, (i) => {
    const c = plainRead(capaian[i][0]);
    const p = plainRead(pagu[i][0]);
    const r = plainRead(anggaran[i][0]);
    return c === null || p === null || r === null ? "" : c - (r / p) * 100;
  });
  return {
    capaian_100k_ms: time(3, () => g.CAPAIAN(targets, realisasi, "positif")),
    capaian_vs_plain_loop: ratio(9, () => g.CAPAIAN(targets, realisasi, "positif"), plainCapaian),
    server_bundle_bytes: sizes.server,
    // What every custom-function call pays before it computes: loading the whole script.
    bundle_load_ms: time(5, () => loadBundle()),
    sidebar_html_bytes: sizes.sidebar,
    kriteria_100k_ms: time(3, () => g.KRITERIA(capaian)),
    kriteria_vs_plain_loop: ratio(9, () => g.KRITERIA(capaian), plainKriteria),
    // One pasted 50.000-character cell in the column: number reading is bounded, not a backtracking regex.
    capaian_hostile_cell_ms: time(3, () =>
      g.CAPAIAN(
        [...targets.slice(0, 999), [`${" ".repeat(25_000)}63,57${"9".repeat(25_000)}`]],
        realisasi.slice(0, 1000),
      ),
    ),
    efisiensi_vs_plain_loop: ratio(9, () => g.EFISIENSI(capaian, pagu, anggaran, "selisih"), plainEfisiensi),
  };
}

function triwulan(): Metrics {
  const generate = (naive: boolean, tabs = 6) => {
    const wb = dinas(500, tabs);
    const { port, gas } = emulatedPort(wb);
    const used = naive ? new NaivePort(gas.SpreadsheetApp, gas.LockService) : port;
    gas.calls.reset();
    const start = performance.now();
    const report = generateTriwulan(used, { tw: 2, tahun: "2024" });
    const ms = performance.now() - start;
    if (report.indicators !== 500) throw new Error(`expected 500 indicators, got ${report.indicators}`);
    // Builders (newConditionalFormatRule()…) run inside Apps Script: they do not reach the sheet.
    return { sheets: gas.calls.total - gas.calls.local, total: gas.calls.total, ms };
  };
  const batch = generate(false);
  const naive = generate(true);
  const twelve = generate(false, 12);
  return {
    triwulan_500_calls: batch.sheets,
    triwulan_500_total_calls: batch.total,
    triwulan_500_naive_calls: naive.sheets,
    triwulan_calls_per_extra_tab: (twelve.sheets - batch.sheets) / 6,
    triwulan_500_ms: Math.round(batch.ms),
  };
}

function periksaMetrics(): Metrics {
  const cli = emulatedPort(dinas(10_000, 10)).port;
  const ms = time(3, () => periksa(cli, { tw: 2, writeReport: false }));
  const calls = (tabs: number) => {
    const { port, gas } = emulatedPort(dinas(1_000 * tabs, tabs));
    gas.calls.reset();
    periksa(port, { tw: 2 });
    return { sheets: gas.calls.total - gas.calls.local, total: gas.calls.total };
  };
  const ten = calls(10);
  return {
    periksa_10x1000_ms: ms,
    periksa_calls: ten.sheets,
    periksa_total_calls: ten.total,
    periksa_calls_per_extra_tab: (calls(12).sheets - ten.sheets) / 2,
  };
}

/**
 * periksa on a 50,000-row × 60-column .xlsx beside ExcelJS reading it (scripts/bench-large.ts), in a
 * child process so its peak memory is its own.
 */
function large(): Metrics {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", join(root, "scripts/bench-large.ts"), "50000"],
    {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=8192" },
    },
  );
  if (run.status !== 0) throw new Error(`bench-large failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Metrics;
}

/**
 * `sakip triwulan` on 10,000 and 50,000 indicators (scripts/bench-triwulan.ts), each in its own child
 * process so that its peak memory is its own: the 10,000-row peak, and the 50,000-row CPU time
 * beside ExcelJS merely reading the same plan (target ≤ 3, like periksa).
 */
function triwulanLargeMetrics(): Metrics {
  const child = (rows: number, ...flags: string[]) => {
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", join(root, "scripts/bench-triwulan.ts"), String(rows), ...flags],
      { cwd: root, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=12288" } },
    );
    if (run.status !== 0) throw new Error(`bench-triwulan ${rows} failed: ${run.stderr}`);
    return JSON.parse(run.stdout) as Metrics;
  };
  const ten = child(10_000);
  const fifty = child(50_000, "--ratio");
  return {
    triwulan_10k_peak_rss_mb: ten.peak_rss_mb,
    triwulan_10k_ms: ten.ms,
    triwulan_50k_ms: fifty.ms,
    xlsx_read_50k_ms: fifty.read_ms,
    triwulan_50k_vs_read: Math.round((fifty.ms / fifty.read_ms) * 100) / 100,
    triwulan_50k_peak_rss_mb: fifty.peak_rss_mb,
  };
}

/**
 * The layout corpus (test/fixtures/layouts.ts) read as the sidebar reads it, from an emulated
 * spreadsheet with its merged ranges: the share of layouts whose column mapping, first data row and
 * indicator count are exactly right.
 */
function layoutMetrics(): Metrics {
  const wb = new MemoryWorkbook();
  CORPUS.forEach((l, i) => {
    const tab = wb.addTab(`Tabel ${i + 1}`);
    const width = Math.max(...l.values.map((r) => r.length));
    wb.write(
      tab,
      1,
      1,
      l.values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? "")),
    );
    for (const m of l.merges ?? []) tab.merges.push({ ...m });
  });
  const read = readWorkbook(emulatedPort(wb).port);
  const right = CORPUS.filter((l, i) => {
    const plan = [...read.plans, ...read.renstra].find((p) => p.tab === `Tabel ${i + 1}`);
    if (!plan) return false;
    return isDeepStrictEqual(readingLike(plan, l.expected), l.expected);
  }).length;
  return {
    layouts_read: Math.round((right / CORPUS.length) * 1000) / 1000,
    layouts_total: CORPUS.length,
    ...unseenLayoutMetrics(),
  };
}

/**
 * The corpus with every group header replaced by a word drawn from a list the reader has never seen
 * (test/utils/layout-builder.ts UNSEEN_WORDS; year and Renstra groups too): the share of reads whose
 * mapping, first data row and indicator count (and years, Renstra) are exactly right, over 5 seeded
 * draws per layout. The values under the columns must decide. Target ≥ 0,9.
 */
function unseenLayoutMetrics(): Metrics {
  let seed = 17;
  const pick = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  let right = 0;
  let total = 0;
  const missed = new Set<string>();
  for (const l of CORPUS) {
    const base = detectPlan(l.tab, l.values, { merges: l.merges });
    if (!base.ok) continue;
    const band = { top: base.table.headerTop, bottom: base.table.headerBottom };
    for (let draw = 0; draw < 5; draw++) {
      const u = withUnseenGroups(l, band, UNSEEN_WORDS, pick);
      const d = detectPlan(l.tab, u.values, { merges: u.merges });
      total++;
      if (d.ok && isDeepStrictEqual(readingLike(d.table, l.expected), l.expected)) right++;
      else missed.add(l.id);
    }
  }
  if (missed.size) console.error(`layouts_unseen_read misses: ${[...missed].join(", ")}`);
  return { layouts_unseen_read: Math.round((right / total) * 1000) / 1000, layouts_unseen_total: total };
}

/** "Buat laporan" on the demo office: the document model, the report tab, the .docx with its charts. */
async function laporanMetrics(): Promise<Metrics> {
  const { generateLaporan, laporanDocument } = await import("../src/app/laporan");
  const { renderDocx } = await import("../src/render/docx");
  const { chartPng } = await import("../src/render/chart");
  const { demoWorkbook } = await import("../src/emulator/demo");
  const { port } = emulatedPort(demoWorkbook());
  const doc = laporanDocument(port, { tw: 2 });
  const chart = doc.blocks.find((b) => b.kind === "chart");
  const started = performance.now();
  const bytes = await renderDocx(doc);
  const docxMs = Math.round(performance.now() - started);
  const t0 = performance.now();
  if (chart?.kind === "chart") await chartPng(chart);
  // Sheets calls of the report tab, made and made again (a request each, as from the panel).
  const tabCalls = (wb = demoWorkbook()) => {
    const counted = emulatedPort(wb);
    counted.gas.calls.reset();
    generateLaporan(counted.port, { tw: 2 });
    return counted.gas.calls.total - counted.gas.calls.local;
  };
  const again = demoWorkbook();
  const made = tabCalls(again);
  // The panel's way in Sheets: laporanInput (read, compute, send as JSON), the panel builds, then
  // createLaporan (read and compute again, check every figure, write): Sheets calls of both.
  const { laporanInput, submitLaporan } = await import("../src/app/laporan");
  const { inputJson } = await import("../src/core/report-input");
  const { laporanFromJson } = await import("../src/core/report-build");
  const panel = emulatedPort(demoWorkbook());
  panel.gas.calls.reset();
  const input = inputJson(laporanInput(panel.port, { tw: 2 }));
  submitLaporan(panel.port, { tw: 2 }, laporanFromJson(input));
  const panelCalls = panel.gas.calls.total - panel.gas.calls.local;
  return {
    laporan_panel_calls: panelCalls,
    laporan_input_json_bytes: Buffer.byteLength(input),
    laporan_tab_calls: made,
    laporan_tab_again_calls: tabCalls(again),
    laporan_model_ms: time(3, () => laporanDocument(port, { tw: 2 })),
    laporan_tab_ms: time(3, () => generateLaporan(port, { tw: 2 })),
    laporan_docx_ms: docxMs,
    laporan_docx_bytes: bytes.length,
    laporan_chart_png_ms: Math.round(performance.now() - t0),
  };
}

const SECTIONS: Record<string, () => Metrics | Promise<Metrics>> = {
  functions: customFunctions,
  laporan: laporanMetrics,
  triwulan,
  periksa: periksaMetrics,
  layouts: layoutMetrics,
  large,
  triwulanlarge: triwulanLargeMetrics,
  rekap: rekapMetrics,
  reviu: reviuMetrics,
};
// `--only triwulan,periksa` runs some sections (the large workbook alone takes minutes).
const only = process.argv[process.argv.indexOf("--only") + 1]?.split(",");
const metrics: Metrics = {};
for (const [name, run] of Object.entries(SECTIONS)) {
  if (!process.argv.includes("--only") || only?.includes(name)) Object.assign(metrics, await run());
}

if (process.argv.includes("--json")) {
  process.stdout.write(`${JSON.stringify(metrics)}\n`);
} else {
  for (const [name, v] of Object.entries(metrics)) console.log(`${name.padEnd(28)} ${v}`);
}
