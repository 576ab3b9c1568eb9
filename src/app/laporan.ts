import { sheetRef } from "../core/a1";
import type { CellValue } from "../core/cells";
import { errorValue } from "../core/checks/rules/evaluasi-hitungan";
import { evaluasiTabName, HEADER_ROW } from "../core/evaluasi";
import { checkTw, type Tw } from "../core/plan";
import { indicatorFigures } from "../core/report/figures";
import { laporanTabName, type ReportInput } from "../core/report/lakip";
import { paragraph, type ReportDocument } from "../core/report/model";
import { galatRequest, type TypedTexts } from "../core/report/narrative";
import { readPkFigures, withRenstraTables } from "../core/report/pk";
import { isOurReport, renderSheet } from "../core/report/sheet";
import { buildLaporan } from "../core/report-build";
import { foreignFigures } from "../core/report-check";
import { notOurTab, UserError } from "../core/result";
import { unitNames } from "../core/settings";
import { lowerWords } from "../core/text";
import {
  bidangTabs,
  chooseBidang,
  leftOut,
  opdOf,
  PK_TAB_NAME,
  readWorkbook,
  scaleOf,
  tahunOf,
  valuesOf,
} from "./plans";
import type { WorkbookPort } from "./port";
import { HISTORY_TAB, notInSent } from "./reviu";

/**
 * "Buat laporan": the LAKIP triwulan (TW I–IV) or the LKjIP Bab III (tahunan) made from the plan
 * tabs, the PK tab and what staff typed in the evaluation tabs. `laporanDocument` only reads (the
 * CLI and the local run render it to .docx); `generateLaporan` also writes the "Laporan TW II 2024"
 * tab, in place, keeping what a person typed there.
 */
export interface LaporanRequest {
  /** 1–4, or "tahunan" for the LKjIP Bab III. */
  tw: number | "tahunan";
  /** Bidang tabs to include; default: Pengaturan's list, else every plan tab. */
  tabs?: string[];
  /** The year, when neither Pengaturan nor the titles name it (`--tahun`). */
  tahun?: string;
}

export interface LaporanReport {
  tab: string;
  created: boolean;
  indicators: number;
  kept: number;
  moved: number;
  charts: number;
  message: string;
}

const EVALUASI = /^evaluasi tw (i{1,3}|iv)\b/i;
/** The mark of an indicator added to a bidang tab after its quarter was sent for review. */
export const ADDED = "[ditambah setelah dikirim]";

/** What a report is made of, read from the workbook (no write); `leftOut` names tabs not in it. */
export type LaporanInput = ReportInput & { period: Tw | "tahunan"; leftOut: string };

/**
 * The figures, names and typed texts of the report (`ReportInput`), read and computed from the
 * workbook: the one computation both the server (which checks a document against it before
 * writing) and the builders (the panel, the CLI, the local run) use.
 */
export function laporanInput(port: WorkbookPort, request: LaporanRequest, changed = ""): LaporanInput {
  const period: Tw | "tahunan" = request.tw === "tahunan" ? "tahunan" : checkTw(Number(request.tw));
  const wb = readWorkbook(port, {
    formulas: false,
    // A percent-formatted "61,68%" in points, as the evaluation tab reads it (core/persen.ts).
    numberFormats: true,
    tahun: request.tahun,
    tabs: (name) =>
      // Every plan-like tab: the office's Renstra table (target akhir) is one, whatever its name.
      name === HISTORY_TAB || PK_TAB_NAME.test(name) || EVALUASI.test(name) || bidangTabs()(name),
  });
  const plans = chooseBidang(wb, request.tabs);
  const tahun = tahunOf(wb, request.tahun);
  const scale = scaleOf(wb);
  const pkTab = wb.tabs.find((t) => PK_TAB_NAME.test(t.name));
  const pk = withRenstraTables(pkTab ? readPkFigures(valuesOf(wb, pkTab.name)) : undefined, wb.renstra);
  // A quarter sent for review: the indicators added to a bidang tab after it are not in what was
  // sent; the report marks them and says so on its first page (trial 3 #12).
  const late = period !== "tahunan" && wb.snapshots.has(HISTORY_TAB) ? notInSent(wb, period) : null;
  const figures = indicatorFigures(plans, { tw: period, scale, pk });
  for (const f of figures)
    if (late?.rows.some((r) => r.key === f.key))
      f.row = { ...f.row, indikator: `${f.row.indikator} ${ADDED}` };
  // The evaluation tabs of the year, latest TW last: a later tab's text wins.
  const evaluasiTabs = ([1, 2, 3, 4] as const)
    .filter((q) => period === "tahunan" || q === period)
    .map((q) => evaluasiTabName(q, tahun))
    .filter((name) => wb.snapshots.has(name));
  const typed = new Map<string, TypedTexts>();
  for (const name of evaluasiTabs) readTyped(name, valuesOf(wb, name), typed);
  const s = wb.settings;
  // Pengaturan's name, else the plan's titles ("RENCANA AKSI DINAS KESEHATAN …"), as the rekap.
  const opd = opdOf(wb, plans);
  return {
    period,
    leftOut: leftOut(wb, plans),
    // The quarter's data changed after it was sent for review: said on the first page (./laporan-berubah.ts).
    changed,
    tahun,
    opd,
    scale,
    plans,
    names: unitNames(
      s,
      plans.map((p) => p.tab),
      opd,
    ),
    figures,
    typed,
    evaluasiTab:
      evaluasiTabs[evaluasiTabs.length - 1] ?? evaluasiTabName(period === "tahunan" ? 4 : period, tahun),
    evaluasiExists: evaluasiTabs.length > 0,
    signer: {
      name: s.evaluator ?? "",
      nip: s.nipEvaluator ?? "",
      role: s.jabatanEvaluator || "Kepala Dinas",
      pangkat: s.pangkatEvaluator ?? "",
      place: s.tempat ?? "",
      date: s.tanggal ?? "",
    },
  };
}

/**
 * The report's document model, read from the workbook (no write); `leftOut` names tabs not in it;
 * `changed`: the sentence saying the quarter's data changed after it was sent, printed on its first
 * page (./laporan-berubah.ts, `changedSinceSent`).
 */
export function laporanDocument(
  port: WorkbookPort,
  request: LaporanRequest,
  changed = "",
): ReportDocument & { leftOut: string; changed: string } {
  const input = laporanInput(port, request, changed);
  return Object.assign(buildLaporan(input), { leftOut: input.leftOut, changed });
}

/** The faktor and tindak lanjut typed in an evaluation tab, by its row key (column "Kunci"). */
function readTyped(tab: string, values: CellValue[][], into: Map<string, TypedTexts>): void {
  const header = (values[HEADER_ROW - 1] ?? []).map((h) => lowerWords(h));
  const col = (name: string) => header.indexOf(name);
  const [kunci, pendorong, penghambat, tindak] = [
    col("kunci"),
    col("faktor pendorong"),
    col("faktor penghambat"),
    col("tindak lanjut"),
  ];
  if (kunci < 0) return;
  const at = (r: CellValue[], c: number) => (c < 0 ? "" : String(r[c] ?? "").trim());
  values.slice(HEADER_ROW).forEach((r, i) => {
    const key = at(r, kunci);
    if (!key) return;
    // A formula error (a person typed "=koordinasi …") is never prose: a request naming the cell.
    const typed = (c: number, what: string) =>
      errorValue(at(r, c)) ? galatRequest(what, sheetRef(tab, HEADER_ROW + 1 + i, c + 1)) : at(r, c);
    const t = {
      pendorong: typed(pendorong, "Faktor pendorong"),
      penghambat: typed(penghambat, "Faktor penghambat"),
      tindakLanjut: typed(tindak, "Tindak lanjut"),
    };
    if (!t.pendorong && !t.penghambat && !t.tindakLanjut) return;
    const before = into.get(key);
    into.set(key, {
      pendorong: t.pendorong || before?.pendorong || "",
      penghambat: t.penghambat || before?.penghambat || "",
      tindakLanjut: t.tindakLanjut || before?.tindakLanjut || "",
    });
  });
}

/**
 * "Buat laporan" in one process (the CLI's tests, the local run): builds the document and writes it
 * through the same check as a document the panel sends (`writeChecked`).
 */
export function generateLaporan(port: WorkbookPort, request: LaporanRequest, changed = ""): LaporanReport {
  return port.withLock(() => {
    const input = laporanInput(port, request, changed);
    return writeChecked(port, input, buildLaporan(input));
  });
}

/**
 * "Buat laporan" in Sheets: the panel built `doc` from `laporanInput`'s figures; the server reads
 * them again and writes the document only when every figure in it is its own (`foreignFigures`),
 * with `changed` (the quarter's data changed after it was sent: `changedSinceSent`) on its first page.
 */
export function submitLaporan(
  port: WorkbookPort,
  request: LaporanRequest,
  doc: Omit<ReportDocument, "scale">,
  changed = "",
): LaporanReport {
  // Whether the data changed after sending is the server's to say (`changedSinceSent`): the panel's
  // document gets the sentence where a report made in one process has it, and never one of its own.
  const blocks = doc.blocks.filter((b) => b.kind !== "paragraph" || b.id !== "berubah");
  const at = blocks.findIndex((b) => b.kind === "paragraph" && b.id === "opd") + 1;
  if (changed) blocks.splice(at, 0, paragraph("berubah", changed, { placeholder: true, bold: true }));
  return port.withLock(() => writeChecked(port, laporanInput(port, request, changed), { ...doc, blocks }));
}

/**
 * Writes `doc` as the report of `input` when every figure in it is one of `input`'s: under the
 * tab name and with the kriteria colours of the server's own reading, whatever the document says.
 */
export function writeChecked(
  port: WorkbookPort,
  input: LaporanInput,
  doc: Omit<ReportDocument, "scale">,
): LaporanReport {
  const foreign = foreignFigures({ ...doc, scale: input.scale }, input);
  if (foreign.length)
    throw new UserError(
      `Laporan tidak ditulis: ${foreign.length} angka berbeda dari hitungan tab Evaluasi (${foreign.slice(0, 3).join("; ")}); buat laporan lagi dari panel.`,
    );
  const report = writeLaporan(port, {
    ...doc,
    tabName: laporanTabName(input.period, input.tahun),
    scale: input.scale,
  });
  const more = [input.leftOut, input.changed].filter(Boolean).join(" ");
  return more ? { ...report, message: `${report.message} ${more}` } : report;
}

/** Writes the document as its tab; what a person typed in an earlier version stays. */
export function writeLaporan(port: WorkbookPort, doc: ReportDocument): LaporanReport {
  const name = doc.tabName;
  const exists = port.tabs().some((t) => t.name === name);
  const existing = exists ? port.read(name, { formulas: false }) : null;
  if (existing && !isOurReport(existing.values)) throw notOurTab(name);
  const sheet = renderSheet(doc, doc.scale, existing);
  if (!existing) port.create(name);
  port.write(name, [{ row: 1, col: 1, cells: sheet.cells }], sheet.format);
  for (const chart of sheet.charts) port.chart(name, chart);
  const indicators = doc.blocks.filter(
    (b) => b.kind === "paragraph" && /^narasi-(?!.*-(faktor-|polaritas$))/.test(b.id),
  ).length;
  const typed =
    sheet.kept || sheet.moved
      ? `teks yang Anda ubah: ${sheet.kept} sel tetap di tempatnya${sheet.moved ? `, ${sheet.moved} baris disimpan di bagian "ISIAN ANDA" di akhir tab` : ""}`
      : "0 isian Anda tertimpa";
  const figures = sheet.rewritten.length
    ? `; angka ditulis ulang dari Evaluasi: ${sheet.rewritten.join(", ")}`
    : "";
  return {
    tab: name,
    created: !existing,
    indicators,
    kept: sheet.kept,
    moved: sheet.moved,
    charts: sheet.charts.length,
    message: `Tab '${name}' ${existing ? "diperbarui" : "dibuat"}: ${indicators} indikator sasaran dengan paragraf draf, ${sheet.charts.length} grafik; ${typed}${figures}.`,
  };
}
