import { ruleTitles } from "../core/checks";
import type { Digest } from "../core/fingerprint";
import type { Tw } from "../core/plan";
import {
  buildRekap,
  type FileResult,
  failedRow,
  figuresOf,
  findingCounts,
  type Rekap,
  type RekapFinding,
  rekapStatus,
} from "../core/rekap";
import { UserError } from "../core/result";
import { checkAndReport } from "./periksa";
import { chooseBidang, findTahun, opdOf, readWorkbook, scaleOf } from "./plans";
import type { WorkbookPort } from "./port";
import { reviewState } from "./reviu";

/**
 * The Inspektorat's rekap (`sakip rekap`, the rekap page of `npm start`): every OPD file of a quarter
 * in one table. Each file is read once (`readWorkbook`) and that one reading feeds the check (the
 * same `checkAndReport` as Periksa), the quarter's figures (core/rekap.ts, the evaluation tab's
 * rules) and the review status (the same fingerprint as Verifikasi). The shells open the files: this
 * module knows ports, not .xlsx.
 */

export const NO_PLAN =
  "Berkas ini tidak berisi tab Rencana Aksi atau PK yang dikenali (judul kolom Indikator, Target, Realisasi): tidak ada yang dapat direkap.";
const UNEXPECTED = "Berkas ini tidak dapat direkap karena kesalahan yang tidak terduga saat membacanya.";

/** One file already opened: its row, its capaian for the total, its findings for the second tab. */
export function rekapFile(port: WorkbookPort, file: string, tw: Tw, digest: Digest): FileResult {
  // With its notes: the review record covers them (the fingerprint compared with the history's). With
  // the number formats: a percent-formatted "63,1%" (stored 0,631) is 63,1, as the evaluation tab reads it.
  const wb = readWorkbook(port, { notes: true, numberFormats: true });
  const check = checkAndReport(port, wb, { tw, writeReport: false });
  const opd = opdOf(wb);
  if (check.summary.tabs === 0) return { row: failedRow(file, tw, NO_PLAN, opd), capaian: [], findings: [] };
  const findings: RekapFinding[] = check.findings.map((f) => ({
    file,
    opd,
    tab: f.sheet,
    cell: f.cell,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    suggestion: f.suggestion,
  }));
  const counts = findingCounts(check.findings, ruleTitles());
  const review = reviewState(wb, tw, digest, port);
  // The year from Pengaturan, else the titles; unknown is null (never this year).
  const tahun = Number(findTahun(wb).tahun || Number.NaN);
  const base = {
    ...failedRow(file, tw, "", opd),
    tahun: Number.isInteger(tahun) ? tahun : null,
    ...counts,
    // Changed after it was sent or reviewed: never "dikirim" or "direviu" (trial 3, D10).
    status: rekapStatus(review.status, review.changed),
    dikirimPada: review.sentAt ? review.sentAt.toISOString() : null,
    dikirimOleh: review.sentBy,
    sidikBerubah: review.changed,
    sidikCatatan: review.note || null,
    error: null,
  };
  let plans: ReturnType<typeof chooseBidang>;
  try {
    plans = chooseBidang(wb);
  } catch (e) {
    // A bidang tab Pengaturan names is missing: no evaluation tab can be made, so no figures; the
    // findings and the review status still count.
    if (!(e instanceof UserError)) throw e;
    return { row: { ...base, error: e.message }, capaian: [], findings };
  }
  const { capaian, ...figures } = figuresOf(plans, tw, scaleOf(wb));
  return { row: { ...base, ...figures }, capaian, findings };
}

export interface RekapSource {
  /** The name shown in the rekap (the file's name or path as given). */
  file: string;
  /** Opens the file; throws an Error whose message is one Indonesian sentence when it cannot. */
  open: () => Promise<WorkbookPort>;
}

/**
 * The rekap of many files, one after the other (each file's workbook is let go before the next is
 * opened). A file that cannot be opened or read is a row saying why; the rekap goes on.
 */
export async function rekapFiles(
  sources: readonly RekapSource[],
  tw: Tw,
  digest: Digest,
  progress?: (done: number, file: string) => void,
): Promise<Rekap> {
  const results: FileResult[] = [];
  for (const source of sources) {
    results.push(await rekapSource(source, tw, digest));
    progress?.(results.length, source.file);
  }
  return assemble(tw, results);
}

/** One source, never throwing: a failure is the file's row. */
export async function rekapSource(source: RekapSource, tw: Tw, digest: Digest): Promise<FileResult> {
  let port: WorkbookPort;
  try {
    port = await source.open();
  } catch (e) {
    const message = e instanceof Error && e.message ? e.message : UNEXPECTED;
    return { row: failedRow(source.file, tw, message), capaian: [], findings: [] };
  }
  try {
    return rekapFile(port, source.file, tw, digest);
  } catch (e) {
    const message = e instanceof UserError ? e.message : UNEXPECTED;
    return { row: failedRow(source.file, tw, message), capaian: [], findings: [] };
  }
}

/** The rekap of files already read (rows in the given order). */
export function assemble(tw: Tw, results: readonly FileResult[]): Rekap {
  // Columns in the order of the Permendagri 86/2017 scale (all five when every file uses it), then
  // the labels of any other scale as they are met.
  const standard = ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"];
  const used = new Set(results.flatMap((r) => Object.keys(r.row.kriteria)));
  const all = [...used].every((l) => standard.includes(l));
  return buildRekap(tw, results, all ? standard : standard.filter((l) => used.has(l)), ruleTitles());
}
