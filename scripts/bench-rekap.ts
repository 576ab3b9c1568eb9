/**
 * `npm run bench -- --only rekap`: the Inspektorat's rekap over 40 OPD files of about 300
 * indicators each (template offices at every stage of review, test/utils/opd.ts), beside `periksa`
 * over the same files as `sakip periksa` runs it (each file loaded, then checked). Both in CPU time
 * of this process, alternately, best of two: the rekap reads each file once and adds its figures
 * and review status to the same check, so it should cost little more than periksa.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { periksa } from "../src/app/periksa";
import { rekapOfFiles } from "../src/cli/rekap";
import { sha256 } from "../src/cli/sakip";
import { emulatedPort } from "../src/emulator/session";
import { loadXlsx, saveXlsx } from "../src/emulator/xlsx";
import { opdWorkbook, review, type Stage } from "../test/utils/opd";

const FILES = 40;
const INDICATORS = 300;

async function cpuMs(fn: () => Promise<unknown>): Promise<{ cpu: number; wall: number }> {
  const start = process.cpuUsage();
  const t = performance.now();
  await fn();
  const used = process.cpuUsage(start);
  return { cpu: (used.user + used.system) / 1000, wall: performance.now() - t };
}

export async function rekapMetrics(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), "sakip-bench-rekap-"));
  try {
    // Eight different offices, each written five times under other names: 40 files to read.
    const stages: Stage[] = ["dikirim", "berubah", "belum dikirim", "dibuka kembali", "direviu"];
    const distinct: string[] = [];
    for (let s = 0; s < 8; s++) {
      const wb = opdWorkbook(s + 1, INDICATORS, 3 + (s % 3));
      review(wb, 2, stages[s % stages.length]);
      const path = join(dir, `opd-${s + 1}.xlsx`);
      await saveXlsx(wb, path);
      distinct.push(path);
    }
    const files = Array.from({ length: FILES }, (_, i) => {
      const path = join(dir, `rekap-${String(i + 1).padStart(2, "0")}.xlsx`);
      copyFileSync(distinct[i % distinct.length], path);
      return path;
    });
    const rekap = async () => {
      const r = await rekapOfFiles(files, 2, sha256);
      // Copies of one office count once in the totals (f083bf9), so each file is checked as read.
      if (r.total.gagal || r.files.length !== FILES || r.files.some((f) => f.error !== null || !f.indikator))
        throw new Error("rekap did not read every file");
    };
    const check = async () => {
      for (const file of files)
        periksa(emulatedPort(await loadXlsx(file)).port, { tw: 2, writeReport: false });
    };
    let best = {
      rekap: Number.POSITIVE_INFINITY,
      periksa: Number.POSITIVE_INFINITY,
      wall: Number.POSITIVE_INFINITY,
    };
    for (let i = 0; i < 2; i++) {
      const p = await cpuMs(check);
      const r = await cpuMs(rekap);
      best = {
        rekap: Math.min(best.rekap, r.cpu),
        periksa: Math.min(best.periksa, p.cpu),
        wall: Math.min(best.wall, r.wall),
      };
    }
    return {
      rekap_40_ms: Math.round(best.wall),
      rekap_40_cpu_ms: Math.round(best.rekap),
      periksa_40_cpu_ms: Math.round(best.periksa),
      rekap_40_vs_periksa: Math.round((best.rekap / best.periksa) * 100) / 100,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
