/**
 * `periksa` on a large .xlsx beside ExcelJS merely reading it, in one process (so the ratio holds
 * on a busy machine), with the process's peak memory. Run by `npm run bench` in a child process so
 * the peak is this job's own; `tsx scripts/bench-large.ts [rows]` prints one JSON object.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { periksa } from "../src/app/periksa";
import { TEMPLATE_COLUMNS } from "../src/core/columns";
import { emulatedPort } from "../src/emulator/session";
import { loadXlsx } from "../src/emulator/xlsx";
import { planRow } from "./synthetic";

const COLUMNS = 60;

/** A plan tab of `rows` indicators in the template layout, widened to 60 columns with notes. */
export async function writePlan(path: string, rows: number): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path });
  const ws = book.addWorksheet("Bidang Besar");
  const headers = TEMPLATE_COLUMNS.map((c) => c.header);
  // Offices keep notes beside the plan: "Keterangan …" columns up to 60.
  while (headers.length < COLUMNS) headers.push(`Keterangan ${headers.length - TEMPLATE_COLUMNS.length + 1}`);
  ws.addRow(headers).commit();
  const realisasi = TEMPLATE_COLUMNS.findIndex((c) => c.field === "realisasiTw1");
  for (let i = 0; i < rows; i++) {
    const row = planRow(
      i,
      `2.07.01.2.01.${String(i + 1).padStart(5, "0")}`,
      `Jumlah dokumen ${i + 1} yang disusun`,
    );
    // Some typed as Indonesian text, as offices do; notes in the extra columns.
    if (i % 7 === 0) row[realisasi] = "1,5";
    while (row.length < COLUMNS) row.push(`catatan ${i}`);
    ws.addRow(row).commit();
  }
  ws.commit();
  await book.commit();
}

/** CPU time of this process in ms: on a machine shared with other jobs it moves less than the clock. */
export async function cpu(fn: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export async function large(rows: number): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), "sakip-bench-"));
  try {
    const path = join(dir, "besar.xlsx");
    await writePlan(path, rows);
    const readMs = await cpu(() => new ExcelJS.Workbook().xlsx.readFile(path));
    const ms = await cpu(async () => {
      const { port } = emulatedPort(await loadXlsx(path));
      const result = periksa(port, { tw: 2, writeReport: false });
      if (result.summary.indicators !== rows)
        throw new Error(`expected ${rows} indicators, got ${result.summary.indicators}`);
    });
    return {
      periksa_50k_ms: Math.round(ms),
      xlsx_read_50k_ms: Math.round(readMs),
      periksa_50k_vs_read: Math.round((ms / readMs) * 100) / 100,
      // ru_maxrss is in kilobytes on Linux.
      periksa_50k_peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = Number(process.argv[2] ?? 50_000);
  process.stdout.write(`${JSON.stringify(await large(rows))}\n`);
}
