import { computedCellFindings, TYPED_OVER } from "../core/checks/rules/evaluasi-hitungan";
import { SHOW_COLUMNS } from "../core/checks/rules/kolom-terbaca";
import {
  BELUM_DIISI,
  type BidangRows,
  buildEvaluasi,
  type EvaluasiResult,
  evaluasiTabName,
  followsFigures,
  HEADER_ROW,
  isOurEvaluasi,
  PAGU_FLAG_HEADER,
  ROMAN,
  type RowFormulas,
  type SharedTexts,
  type Tw,
} from "../core/evaluasi";
import { namedScale, type Scale } from "../core/kriteria";
import { missingMessage } from "../core/layout";
import { checkTw, type PlanTable } from "../core/plan";
import { groupTabs, isMemo, NOT_IN_PLAN, type Question, type ShapeHash } from "../core/regenerate";
import { keptFormats } from "../core/regenerate/formats";
import { rowSteps } from "../core/regenerate/rows";
import { notOurTab, UserError } from "../core/result";
import {
  buildRingkasan,
  type RingkasanInput,
  type RingkasanResult,
  ringkasanTabName,
  ringkasanValues,
} from "../core/ringkasan";
import { CUSTOM_SCALE_RANGE, SKALA_TEXT, unitNames } from "../core/settings";
import {
  bidangTabs,
  chooseBidang,
  customScaleOf,
  opdOf,
  readWorkbook,
  tahunOf,
  unreadTabs,
  type Workbook,
} from "./plans";
import type { CellValue, TabSnapshot, WorkbookPort } from "./port";
import { HISTORY_TAB, historyRows, onBy, quarterState, twName } from "./riwayat";

export interface TriwulanRequest {
  tw: number;
  /** Bidang tabs to include; default: Pengaturan's list, else every plan tab. */
  tabs?: string[];
  /**
   * Absent (Google Sheets with the add-on): CAPAIAN / KRITERIA / EFISIENSI per column. The CLI gives
   * `standardFormulas` (core/standard.ts): the same logic row by row in standard formulas, for Excel
   * and LibreOffice; passed in, so the Apps Script bundle does not carry it.
   */
  standard?: RowFormulas;
  /**
   * Absent: the plain shape hash of the rows' memos. The CLI gives `shapeHash` of
   * core/regenerate/formulas.ts, the same hashes in one scan of each formula (its 10,000-row runs
   * hash 200,000 formulas); passed in, so the Apps Script bundle does not carry it.
   */
  shapeHash?: ShapeHash;
  /** Rows of one shape share their formula texts (`EvaluasiInput.sharedTexts`): the CLI's. */
  sharedTexts?: () => SharedTexts;
  /** Answers to the report's questions: row key → plan row key, or "" for "a different indicator". */
  answers?: Record<string, string>;
  /** Today (the date rows leaving the plan are marked with); default now. */
  now?: Date;
  /** The year, when neither Pengaturan nor the titles name it (`--tahun`, the panel's field). */
  tahun?: string;
  /** The spreadsheet's time zone, to date a refusal and rows leaving the plan (Sheets: getSpreadsheetTimeZone). */
  timeZone?: () => string;
}

export interface TriwulanReport {
  tab: string;
  created: boolean;
  indicators: number;
  added: number;
  removed: number;
  /** What a person typed or noted, kept where it was. */
  kept: number;
  /** The "Ringkasan TW …" tab written beside it. */
  summaryTab: string;
  /** ...moved into the section of indicators no longer in the plan, in this run. */
  moved: number;
  /** Computed cells whose content changed. */
  rewritten: number;
  /** What could not be kept (should be nothing). */
  lost: string[];
  /** Computed cells a person typed over, whose formula was written again (what was typed is in the cell's note). */
  restored: EvaluasiResult["restored"];
  /** Rows the add-on could not match for sure: nothing was written; ask, then run with `answers`. */
  questions: Question[];
  /** One Indonesian sentence saying what happened. */
  message: string;
  /** The start of `message` when realisasi columns of a tab could not be read ("" otherwise). */
  unread?: string;
}

/** "Buat tab Triwulan": creates or updates the evaluation tab of one TW, under the document lock. */
export function generateTriwulan(port: WorkbookPort, request: TriwulanRequest): TriwulanReport {
  const tw = checkTw(request.tw);
  return port.withLock(() => {
    // Only the plans it evaluates, values only: their formulas are never looked at. Their number
    // formats (one call a tab): a percent-formatted quantity is read in points (core/persen.ts).
    const wb = readWorkbook(port, {
      formulas: false,
      numberFormats: true,
      tahun: request.tahun,
      tabs: bidangTabs(request.tabs),
    });
    refuseWhenSent(port, wb, tw, request.timeZone);
    const plans = chooseBidang(wb, request.tabs);
    for (const plan of plans) {
      if (plan.columns.indikator === undefined || !hasTargets(plan.columns)) {
        throw new UserError(`Tab "${plan.tab}": ${missingMessage(["indikator", "targetTahunan"])}`);
      }
    }
    const tahun = tahunOf(wb, request.tahun);
    const { scale, skalaArg } = scaleOf(wb);
    const tabName = evaluasiTabName(tw, tahun);
    // Its formulas and notes tell what a person typed over ours, and what the add-on wrote.
    // Its formats too, so a person's fills, number formats and fonts stay where their cells go.
    const existing = wb.tabs.some((t) => t.name === tabName)
      ? port.read(tabName, { notes: true, formats: true })
      : null;
    if (existing && !isOurEvaluasi(existing.values)) {
      throw notOurTab(tabName);
    }
    const result = buildEvaluasi({
      tw,
      tahun,
      opd: wb.settings.opd,
      scale,
      skalaArg,
      standard: request.standard,
      shapeHash: request.shapeHash,
      sharedTexts: request.sharedTexts?.(),
      names: unitNames(
        wb.settings,
        plans.map((p) => p.tab),
        opdOf(wb, plans),
      ),
      plans,
      existing,
      today: ddmmyyyy(request.now ?? new Date(), request.timeZone?.()),
      answers: request.answers,
    });
    const report = {
      tab: result.tabName,
      created: !existing,
      indicators: result.indicators,
      added: result.added,
      removed: result.removed,
      kept: result.kept,
      moved: result.moved,
      rewritten: result.rewritten,
      lost: result.lost,
      restored: result.restored,
      questions: result.questions,
    };
    if (result.questions.length) {
      const n = result.questions.length;
      return {
        ...report,
        summaryTab: "",
        message: `Tab '${result.tabName}' belum diperbarui: ${n} indikator mungkin berganti nama; pilih di panel indikator mana yang sama, lalu Lanjutkan.`,
      };
    }
    if (!existing) port.create(result.tabName);
    const formats = existing ? keepPersonFormats(port, existing, result) : null;
    port.write(result.tabName, [{ row: 1, col: 1, cells: result.cells, notes: result.notes }], result.format);
    const summaryTab = writeRingkasan(port, wb, result, { tw, tahun, opd: wb.settings.opd, scale });
    const summary = `${result.indicators} indikator dari ${plans.length} tab bidang`;
    // A value a person typed over the add-on's formula stays (never lost) and stops it: said here
    // (the first, as Periksa says it; test/app/triwulan-ketik-kriteria.test.ts).
    const formatted = formatSummary(formats);
    const over = existing && computedCellFindings(existing).find((f) => f.message.includes(TYPED_OVER));
    const unread = unreadTabs(wb) + unreadRealisasi(plans) + missingTw(plans, tw);
    return {
      ...report,
      summaryTab,
      unread,
      message: `${unread}${
        existing
          ? `Tab '${result.tabName}' diperbarui: ${summary} (${result.added} baru, ${result.removed} ${NOT_IN_PLAN}); ${typedSummary(result)}${formatted && `; ${formatted}`}${over ? `; perhatian: ${over.message.slice(0, -1)} (isian itu tidak ditimpa)` : ""}`
          : `Tab '${result.tabName}' dibuat: ${summary}, 0 data lama tertimpa`
      }; ringkasan dan grafiknya di tab '${summaryTab}'.`,
    };
  });
}

/**
 * A quarter sent for review and not reopened is the record the reviewer checks: regenerating its
 * tabs would change it without a word. The history is read only when the workbook has one.
 */
function refuseWhenSent(port: WorkbookPort, wb: Workbook, tw: number, timeZone?: () => string): void {
  if (!wb.tabs.some((t) => t.name === HISTORY_TAB)) return;
  const { sent, reopened } = quarterState(
    historyRows(port.read(HISTORY_TAB, { formulas: false }).values),
    tw,
  );
  if (!sent || reopened) return;
  throw new UserError(
    `${twName(tw)} sudah dikirim untuk reviu ${onBy(sent, timeZone?.())}, jadi tab Triwulan-nya tidak dibuat ulang agar data yang direviu tidak berubah: tekan "Buka kembali untuk perbaikan" di panel dulu, lalu buat ulang dan kirim lagi.`,
    "dilindungi",
  );
}

/** The office's kriteria scale and how KRITERIA names it in the tab's formulas. */
function scaleOf(wb: Workbook): { scale: Scale; skalaArg: string } {
  const custom = wb.settings.skala.toLowerCase() === "sendiri";
  const scale = custom ? ownScale(wb) : namedScale(wb.settings.skala);
  if (!scale)
    throw new UserError(
      `Skala kriteria "${wb.settings.skala}" di tab Pengaturan tidak dikenal: isi ${SKALA_TEXT}.`,
    );
  return { scale, skalaArg: custom ? CUSTOM_SCALE_RANGE : `"${scale.id}"` };
}

/**
 * The Ringkasan tab as "Buat tab Triwulan" writes it over this evaluation tab (read with its
 * notes: its group rows name the bidang tabs it was made from), to compare with what is there.
 */
export function expectedRingkasan(
  wb: Workbook,
  evaluasi: TabSnapshot,
  tw: Tw,
): RingkasanResult & { values: (CellValue | undefined)[][]; bidang: BidangRows[] } {
  const tahun = tahunOf(wb);
  const keyCol = (evaluasi.values[HEADER_ROW - 1] ?? []).indexOf("Kunci");
  const groups = keyCol >= 0 ? groupTabs(evaluasi.notes, keyCol, HEADER_ROW) : [];
  const plans = chooseBidang(wb, groups.length ? groups.map(([tab]) => tab) : undefined);
  const names = unitNames(
    wb.settings,
    plans.map((p) => p.tab),
    opdOf(wb, plans),
  );
  // A tab made before an only tab named as the document was named as the office heads it by its name.
  for (const [tab, r] of groups) if (evaluasi.values[r]?.includes(`BIDANG: ${tab}`)) names[tab] = tab;
  const { scale, skalaArg } = scaleOf(wb);
  const base = { tw, tahun, opd: wb.settings.opd, scale };
  // A tab made before the "Pagu dijumlah" column has the Ringkasan of its version (records sent then),
  // over the rows laid out afresh; a current one with rows a person inserted between the indicators
  // is laid out over the tab as it is, so that those rows stand where they are.
  const legacy = !(evaluasi.values[HEADER_ROW - 1] ?? []).includes(PAGU_FLAG_HEADER);
  const result = buildEvaluasi({
    ...base,
    skalaArg,
    names,
    plans,
    existing: !legacy && hasPersonRows(evaluasi, keyCol) ? evaluasi : null,
    today: "",
  });
  const summary = buildRingkasan({
    ...base,
    evaluasiTab: result.tabName,
    bidang: result.bidang,
    previousRows: 0,
    legacy,
  });
  // What each figure of the table should show, from the evaluation tab's values as read.
  return {
    ...summary,
    bidang: result.bidang,
    values: ringkasanValues({ scale, bidang: result.bidang }, evaluasi.values),
  };
}

/**
 * Whether rows a person inserted stand inside the table: a row above its last key with neither a
 * key nor the add-on's memo (a BIDANG row carries one).
 */
function hasPersonRows(evaluasi: TabSnapshot, keyCol: number): boolean {
  if (keyCol < 0) return false;
  let last = -1;
  evaluasi.values.forEach((row, r) => {
    if (r >= HEADER_ROW && row[keyCol] !== "" && row[keyCol] !== undefined) last = r;
  });
  for (let r = HEADER_ROW; r < last; r++)
    if ((evaluasi.values[r]?.[keyCol] ?? "") === "" && !isMemo(evaluasi.notes?.[r]?.[keyCol] ?? ""))
      return true;
  return false;
}

/** Writes (or rewrites in place) the summary tab and its chart over the evaluation tab just written. */
function writeRingkasan(
  port: WorkbookPort,
  wb: Workbook,
  evaluasi: EvaluasiResult,
  base: Pick<RingkasanInput, "tw" | "tahun" | "opd" | "scale">,
): string {
  const name = ringkasanTabName(base.tw, base.tahun);
  const existing = wb.tabs.some((t) => t.name === name) ? port.read(name, { formulas: false }) : undefined;
  if (existing && !String(existing.values[0]?.[0] ?? "").startsWith("RINGKASAN EVALUASI KINERJA")) {
    throw notOurTab(name);
  }
  const summary = buildRingkasan({
    ...base,
    evaluasiTab: evaluasi.tabName,
    bidang: evaluasi.bidang,
    previousRows: existing?.values.length ?? 0,
  });
  if (!existing) port.create(name);
  // A person's column widths stay: only a column whose header is new in this version gets ours.
  if (existing) {
    const header = (row: unknown[] | undefined, c: number) => String(row?.[c] ?? "");
    summary.format.columnWidths = (summary.format.columnWidths ?? []).filter(
      (w) => header(summary.cells[4], w.col - 1) !== header(existing.values[4], w.col - 1),
    );
  }
  port.write(name, [{ row: 1, col: 1, cells: summary.cells }], summary.format);
  port.chart(name, summary.chart);
  return name;
}

/**
 * A person's formats in the evaluation tab survive its rewrite: cell formats (fill, number format,
 * font colour and size) follow their cells, and the widths of the columns the tab had are not set
 * again (only a column new in this version of the tab gets the add-on's width). Row heights cannot
 * be read in one call: the sheet's rows are inserted and deleted first (`rowSteps`, at most 8
 * steps) so that rows carry their heights where they go; a row that moves otherwise is named.
 */
function keepPersonFormats(
  port: WorkbookPort,
  existing: TabSnapshot,
  result: EvaluasiResult,
): { cells: number; shifted: number[] } {
  const moves = result.moves ?? { rows: [], cols: [] };
  const steps = rowSteps(moves.rows, 8);
  if (steps?.steps.length) port.rows(result.tabName, steps.steps);
  // Rows the steps pushed past the written height (a row moved up into the table) are cleared.
  const height = existing.values.length + (steps?.steps ?? []).reduce((n, s) => n + s.count, 0);
  const width = result.cells[0]?.length ?? 0;
  while (result.cells.length < height) {
    result.cells.push(new Array(width).fill(""));
    result.notes?.push(new Array(width).fill(""));
  }
  const kept = existing.formats
    ? keptFormats(existing.formats, result.format, moves, followsFigures)
    : { styles: [], cells: 0 };
  result.format.styles = [...(result.format.styles ?? []), ...kept.styles];
  const before = new Set((existing.values[HEADER_ROW - 1] ?? []).map(String));
  const header = result.cells[HEADER_ROW - 1] ?? [];
  result.format.columnWidths = (result.format.columnWidths ?? []).filter(
    (w) => !before.has(String(header[w.col - 1] ?? "")),
  );
  const typedRows = new Set(existing.values.map((row, r) => (row.some((v) => v !== "") ? r : -1)));
  // Where those rows are now (sheet rows), so the message can say which rows to look at.
  const shifted = moves.rows
    .filter(([from, to]) => from !== to && typedRows.has(from) && (steps?.moved.has(from) ?? true))
    .map(([, to]) => to + 1)
    .sort((a, b) => a - b);
  return { cells: kept.cells, shifted };
}

/** What happened to a person's formats, in the same message ("" when they had none and no row shifted). */
function formatSummary(f: { cells: number; shifted: number[] } | null): string {
  const parts = f?.cells
    ? [`format Anda (warna isi, format angka, warna dan ukuran huruf) di ${f.cells} sel tetap pada selnya`]
    : [];
  if (f?.shifted.length)
    parts.push(
      `${f.shifted.length} baris pindah letak (sekarang ${rowList(f.shifted)}); bila Anda pernah mengatur tinggi barisnya, atur lagi (tinggi baris tidak ikut pindah)`,
    );
  return parts.join("; ");
}

/** "baris 8–19, 23, 30–31 dan 4 rentang lain": sorted rows as at most three ranges. */
function rowList(rows: number[]): string {
  const ranges: [number, number][] = [];
  for (const r of rows) {
    const last = ranges[ranges.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else ranges.push([r, r]);
  }
  const shown = ranges.slice(0, 3).map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`));
  const more = ranges.length - shown.length;
  return `baris ${shown.join(", ")}${more ? ` dan ${more} rentang lain` : ""}`;
}

const INSERTED = "baris yang Anda sisipkan di dalam tabel";

/** What happened to what people typed, honestly counted. */
function typedSummary(r: EvaluasiResult): string {
  const parts = [
    `isian Anda: ${r.kept} tetap di tempatnya, ${r.moved} dipindah ke bagian indikator yang ${NOT_IN_PLAN}`,
    ...(r.personRows.length
      ? [
          `${r.personRows.length} ${INSERTED} tetap di bawah indikator (atau baris BIDANG) di atasnya (sekarang baris ${r.personRows.join(", ")})`,
        ]
      : []),
    ...(r.insertedRows.length
      ? [
          `${r.insertedRows.length} ${INSERTED} dipindah ke bawah tabel bersama ${r.insertedItems} isiannya (${movedWhy(r)})`,
        ]
      : []),
    `${r.rewritten} sel hitungan ditulis ulang`,
    ...(r.restored.length ? [restoredSummary(r.restored)] : []),
    r.lost.length ? `tidak dapat dipertahankan: ${r.lost.join(", ")}` : "tidak ada isian yang hilang",
  ];
  if (r.sifatTyped)
    parts.push(
      `${r.sifatTyped} Sifat target yang Anda ubah tetap tertulis, tetapi hitungan mengikuti tab bidang: ubah sifatnya di tab bidang`,
    );
  return parts.join("; ");
}

/**
 * "rumus D13 (Indikator, tadinya “Stok reagen TCM kosong”) ditulis lagi …": the computed cells a
 * person typed over, restored, with what stood there (kept in each cell's note).
 */
function restoredSummary(restored: EvaluasiResult["restored"]): string {
  const named = restored.slice(0, 3).map((x) => `${x.cell} (${x.header}, tadinya “${x.text.slice(0, 40)}”)`);
  const more = restored.length > 3 ? ` dan ${restored.length - 3} sel lain` : "";
  return `rumus ${named.join(", ")}${more} ditulis lagi (dihitung dari tab bidang; yang diketik ada di catatan selnya)`;
}

/** "sekarang baris 40 dan 41, karena …; sekarang baris 42, karena …": the moved rows by reason. */
function movedWhy(r: EvaluasiResult): string {
  const byWhy = new Map<string, number[]>();
  r.insertedRows.forEach((row, i) => {
    const why = r.insertedWhy[i] ?? "";
    byWhy.set(why, [...(byWhy.get(why) ?? []), row]);
  });
  return [...byWhy].map(([why, rows]) => `sekarang baris ${rows.join(", ")}, karena ${why}`).join("; ");
}

/**
 * dd/mm/yyyy of `d` in the spreadsheet's time zone (trial 7 #20: the server's own zone, UTC, dated a
 * plan change of 02.40 WIB the day before the Riwayat and the Pernyataan did).
 */
function ddmmyyyy(d: Date, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat("id-ID", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone,
  })
    .formatToParts(d)
    .reduce<Record<string, string>>((o, p) => Object.assign(o, { [p.type]: p.value }), {});
  return `${parts.day}/${parts.month}/${parts.year}`;
}

/** The "sendiri" scale kept in Pengaturan D:E (the range KRITERIA reads), for the kriteria colours. */
function ownScale(wb: Workbook): Scale {
  const scale = customScaleOf(wb);
  if ("kind" in scale) throw new UserError(`Tab Pengaturan, kolom D:E: ${scale.message}`);
  return scale;
}

/**
 * "Realisasi TW I–IV belum terbaca di tab 'Bidang A'; ": said before the count, so "5 indikator" is
 * never read as an evaluated quarter when the office's realisasi columns were not found.
 */
function unreadRealisasi(plans: readonly PlanTable[]): string {
  const parts = plans.flatMap((p) => {
    const has = (f: string) => p.columns[f as keyof PlanTable["columns"]] !== undefined;
    const fields = [
      ...(has("realisasiTw1") || has("realisasiTahunan") ? [] : ["Realisasi TW I–IV"]),
      ...(has("pagu") && !has("realisasiAnggaranTw1") ? ["Realisasi Anggaran TW I–IV"] : []),
    ];
    return fields.length ? [`${fields.join(" dan ")} di tab '${p.tab}'`] : [];
  });
  return parts.length
    ? `Kolom ${parts.join("; ")} belum terbaca, jadi realisasi dan capaiannya kosong: t${SHOW_COLUMNS} (sakip membacanya juga). `
    : "";
}

/**
 * "Kolom Realisasi Anggaran TW III belum ada di tab 'RENAKSI 2026', …": a plan with TW I's column of a
 * family and not this TW's (offices add one a quarter, trial 7 #22), whose figures are "belum diisi".
 */
function missingTw(plans: readonly PlanTable[], tw: number): string {
  const q = ROMAN[tw - 1];
  return plans
    .flatMap((p) => {
      const has = (f: string) => p.columns[f as keyof PlanTable["columns"]] !== undefined;
      const missing = [
        ["realisasiTw", `Realisasi TW ${q}`, `realisasi TW ${q} dan capaiannya`],
        [
          "realisasiAnggaranTw",
          `Realisasi Anggaran TW ${q}`,
          `realisasi anggaran s.d. TW ${q} dan serapannya`,
        ],
      ].filter(([f]) => has(`${f}1`) && !has(`${f}${tw}`) && !has(`${f.replace("Tw", "SdTw")}${tw}`));
      return missing.length
        ? [
            `Kolom ${missing.map((m) => m[1]).join(" dan ")} belum ada di tab '${p.tab}', jadi ${missing.map((m) => m[2]).join(" serta ")} "${BELUM_DIISI}": tambahkan kolomnya di tab bidang, isi, lalu buat ulang tab Triwulan. `,
          ]
        : [];
    })
    .join("");
}

function hasTargets(columns: Partial<Record<string, number>>): boolean {
  return columns.targetTahunan !== undefined || columns.targetTw1 !== undefined;
}
