/**
 * `npm run bench` — the project's performance numbers, each beside its baseline where one exists.
 * `npm run --silent bench -- --json` prints one JSON object of named metrics and nothing else.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import type { CellValue } from "../src/app/port";
import { generateTriwulan } from "../src/app/triwulan";
import { TEMPLATE_COLUMNS } from "../src/core/columns";
import { emulatedPort } from "../src/emulator/session";
import { MemoryWorkbook } from "../src/emulator/workbook";
import { NaivePort } from "./bench-naive";
import { buildAll } from "./build";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
type Metrics = Record<string, number>;

function loadBundle(): Record<string, (...args: unknown[]) => unknown> {
  const context = vm.createContext({});
  vm.runInContext(readFileSync(join(root, "build/Code.js"), "utf8"), context);
  return context as Record<string, (...args: unknown[]) => unknown>;
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
  const capaian = g.CAPAIAN(targets, realisasi) as unknown[][];
  if (capaian.length !== n) throw new Error("CAPAIAN did not return one row per input row");
  return {
    capaian_100k_ms: time(3, () => g.CAPAIAN(targets, realisasi, "positif")),
    server_bundle_bytes: sizes.server,
    // What every custom-function call pays before it computes: loading the whole script.
    bundle_load_ms: time(5, () => loadBundle()),
    sidebar_html_bytes: sizes.sidebar,
    kriteria_100k_ms: time(3, () => g.KRITERIA(capaian)),
  };
}

/** A Dinas with `n` indicators over `tabs` bidang tabs in the template layout, realisasi TW I–II filled. */
function dinas(n: number, tabs: number): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  const field = (f: string) => TEMPLATE_COLUMNS.findIndex((c) => c.field === f);
  for (let t = 0; t < tabs; t++) {
    const rows: CellValue[][] = [TEMPLATE_COLUMNS.map((c) => c.header)];
    const count = Math.floor(n / tabs) + (t < n % tabs ? 1 : 0);
    for (let i = 0; i < count; i++) {
      const row: CellValue[] = TEMPLATE_COLUMNS.map(() => "");
      const kumulatif = i % 3 !== 0;
      row[field("kode")] = `2.07.0${t + 1}.2.01.${String(i + 1).padStart(4, "0")}`;
      row[field("uraian")] = `Sub kegiatan ${i + 1}`;
      row[field("indikator")] = `Jumlah dokumen ${t + 1}.${i + 1} yang disusun`;
      row[field("satuan")] = kumulatif ? "Dokumen" : "%";
      row[field("sifat")] = kumulatif ? "kumulatif" : "tetap";
      row[field("targetTahunan")] = kumulatif ? 8 : 100;
      for (let q = 1; q <= 4; q++) {
        row[field(`targetTw${q}`)] = kumulatif ? 2 : 100;
        row[field(`rakTw${q}`)] = 25_000_000;
      }
      row[field("pagu")] = 100_000_000;
      for (let q = 1; q <= 2; q++) {
        row[field(`realisasiTw${q}`)] = kumulatif ? 2 - (i % 2) : 90 + (i % 10);
        row[field(`realisasiAnggaranTw${q}`)] = 20_000_000 + i * 1000;
      }
      rows.push(row);
    }
    wb.write(wb.addTab(`Bidang ${t + 1}`), 1, 1, rows);
  }
  return wb;
}

function triwulan(): Metrics {
  const generate = (naive: boolean) => {
    const wb = dinas(500, 6);
    const { port, gas } = emulatedPort(wb);
    const used = naive
      ? new NaivePort(
          gas.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
          gas.LockService as unknown as GoogleAppsScript.Lock.LockService,
        )
      : port;
    gas.calls.reset();
    const start = performance.now();
    const report = generateTriwulan(used, { tw: 2 });
    const ms = performance.now() - start;
    if (report.indicators !== 500) throw new Error(`expected 500 indicators, got ${report.indicators}`);
    return { calls: gas.calls.total, ms };
  };
  const batch = generate(false);
  const naive = generate(true);
  return {
    triwulan_500_calls: batch.calls,
    triwulan_500_naive_calls: naive.calls,
    triwulan_500_ms: Math.round(batch.ms),
  };
}

const metrics: Metrics = { ...(await customFunctions()), ...triwulan() };

if (process.argv.includes("--json")) {
  process.stdout.write(`${JSON.stringify(metrics)}\n`);
} else {
  for (const [name, v] of Object.entries(metrics)) console.log(`${name.padEnd(28)} ${v}`);
}
