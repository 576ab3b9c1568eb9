/**
 * `npm run bench` — the project's performance numbers, each beside its baseline where one exists.
 * `npm run --silent bench -- --json` prints one JSON object of named metrics and nothing else.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
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
    sidebar_html_bytes: sizes.sidebar,
    kriteria_100k_ms: time(3, () => g.KRITERIA(capaian)),
  };
}

const metrics: Metrics = { ...(await customFunctions()) };

if (process.argv.includes("--json")) {
  process.stdout.write(`${JSON.stringify(metrics)}\n`);
} else {
  for (const [name, v] of Object.entries(metrics)) console.log(`${name.padEnd(28)} ${v}`);
}
