import { sheetRef } from "../core/a1";
import type { CellValue } from "../core/cells";
import { errorValue } from "../core/checks/rules/evaluasi-hitungan";
import { evaluasiTabName, HEADER_ROW } from "../core/evaluasi";
import { checkTw, type Tw } from "../core/plan";
import { indicatorFigures } from "../core/report/figures";
import { buildLakip, type ReportInput } from "../core/report/lakip";
import { buildLkjip } from "../core/report/lkjip";
import type { ReportDocument } from "../core/report/model";
import { galatRequest, type TypedTexts } from "../core/report/narrative";
import { readPkFigures } from "../core/report/pk";
import { isOurReport, renderSheet } from "../core/report/sheet";
import { notOurTab } from "../core/result";
import { fullBidangName } from "../core/settings";
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

/** The report's document model, read from the workbook (no write); `leftOut` names tabs not in it. */
export function laporanDocument(
  port: WorkbookPort,
  request: LaporanRequest,
): ReportDocument & { leftOut: string } {
  const period: Tw | "tahunan" = request.tw === "tahunan" ? "tahunan" : checkTw(Number(request.tw));
  const wb = readWorkbook(port, {
    formulas: false,
    // A percent-formatted "61,68%" in points, as the evaluation tab reads it (core/persen.ts).
    numberFormats: true,
    tahun: request.tahun,
    tabs: (name) =>
      name === HISTORY_TAB || PK_TAB_NAME.test(name) || EVALUASI.test(name) || bidangTabs(request.tabs)(name),
  });
  const plans = chooseBidang(wb, request.tabs);
  const tahun = tahunOf(wb, request.tahun);
  const scale = scaleOf(wb);
  const pkTab = wb.tabs.find((t) => PK_TAB_NAME.test(t.name));
  const pk = pkTab ? readPkFigures(wb.snapshots.get(pkTab.name)?.values ?? []) : undefined;
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
  for (const name of evaluasiTabs) readTyped(name, wb.snapshots.get(name)?.values ?? [], typed);
  const s = wb.settings;
  const input: ReportInput = {
    tahun,
    // Pengaturan's name, else the plan's titles ("RENCANA AKSI DINAS KESEHATAN …"), as the rekap.
    opd: opdOf(wb, plans),
    scale,
    plans,
    names: Object.fromEntries(plans.map((p) => [p.tab, fullBidangName(s, p.tab)])),
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
  const doc = period === "tahunan" ? buildLkjip(input) : buildLakip(period, input);
  return Object.assign(doc, { leftOut: leftOut(wb, plans) });
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

/** "Buat laporan" in Sheets: writes (or rewrites in place) the report tab and its charts. */
export function generateLaporan(port: WorkbookPort, request: LaporanRequest): LaporanReport {
  return port.withLock(() => {
    const doc = laporanDocument(port, request);
    const report = writeLaporan(port, doc);
    return doc.leftOut ? { ...report, message: `${report.message} ${doc.leftOut}` } : report;
  });
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
