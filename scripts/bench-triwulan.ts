/**
 * `sakip triwulan` on a large plan (.xlsx, 60 columns, scripts/bench-large.ts) with the process's
 * peak memory, and, with --ratio, beside ExcelJS merely reading the same file (CPU time, in one
 * process, so the ratio holds on a busy machine). Run by `npm run bench` in a child process so the
 * peak is this job's own; `tsx scripts/bench-triwulan.ts ROWS [--ratio]` prints one JSON object.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/sakip";
import { cpu, writePlan } from "./bench-large";

export async function triwulanLarge(rows: number, withRead: boolean): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), "sakip-bench-"));
  try {
    const path = join(dir, "besar.xlsx");
    await writePlan(path, rows);
    const readMs = withRead ? await cpu(() => new ExcelJS.Workbook().xlsx.readFile(path)) : 0;
    const lines: string[] = [];
    const ms = await cpu(async () => {
      const code = await main(
        ["triwulan", path, "--tw", "2", "--tahun", "2024", "-o", join(dir, "hasil.xlsx")],
        (s) => lines.push(s),
      );
      if (code !== 0 || !lines.join("").includes(`${rows} indikator`)) throw new Error(lines.join(""));
    });
    return {
      ms: Math.round(ms),
      read_ms: Math.round(readMs),
      // ru_maxrss is in kilobytes on Linux.
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = Number(process.argv[2] ?? 10_000);
  process.stdout.write(`${JSON.stringify(await triwulanLarge(rows, process.argv.includes("--ratio")))}\n`);
}
