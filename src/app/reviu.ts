import type { CheckResult, OpenNote } from "../api";
import { columnLetter } from "../core/a1";
import { evaluasiTabName, HEADER_ROW, ROMAN, spillColumns, type Tw } from "../core/evaluasi";
import {
  changedWhere,
  compare,
  type Digest,
  describeChanges,
  type Fingerprint,
  fingerprint,
  packRows,
  unpackRows,
} from "../core/fingerprint";
import { checkTw } from "../core/plan";
import { UserError } from "../core/result";
import { SETTINGS_TAB } from "../core/settings";
import { choiceRule, headerStyle } from "../core/style";
import { checkAndReport } from "./periksa";
import { chooseBidang, PK_TAB_NAME, readWorkbook, tahunOf, type Workbook } from "./plans";
import type { CellValue, Protection, TabSnapshot, WorkbookPort, WriteCell } from "./port";

export const HISTORY_TAB = "Riwayat Reviu";
export const NOTES_TAB = "Catatan Reviu";

const HISTORY_HEADERS = [
  "No",
  "Waktu",
  "TW",
  "Peristiwa",
  "Oleh",
  "Galat",
  "Peringatan",
  "Info",
  "Keterangan",
  "Sidik jari (SHA-256)",
  "Tab yang dicakup",
  "Rincian baris",
];
const NOTE_HEADERS = ["No", "Waktu", "TW", "Tab", "Sel", "Indikator", "Catatan", "Status", "Oleh"];
const NOTE_OPEN = "perlu perbaikan";
const NOTE_DONE = "diterima";

/** What the shells give the use cases: the SHA-256 they have, who is acting, and the time. */
export interface ReviuDeps {
  digest: Digest;
  user: () => string;
  now: () => Date;
  /** The spreadsheet's time zone (a Dinas in Sulawesi is on WITA), for dates written as text. */
  timeZone: string;
}

const twName = (tw: number) => `TW ${ROMAN[tw - 1]}`;
const protectionLabel = (tw: number) => `SAKIP: dikirim untuk reviu ${twName(tw)}`;

/** The data a submission covers: the bidang plan tabs and the TW's evaluation tab. */
function coveredTabs(wb: Workbook, tw: Tw): TabSnapshot[] {
  const evalName = evaluasiTabName(tw, tahunOf(wb));
  const evaluasi = wb.snapshots.get(evalName);
  if (!evaluasi)
    throw new UserError(`Tab '${evalName}' belum ada: buat tab Triwulan dulu, lalu kirim.`, "belum-siap");
  const plans = chooseBidang(wb).map((p) => wb.snapshots.get(p.tab) as TabSnapshot);
  return [...plans, evaluasi];
}

/** The settings a reviewer relies on: whose report, which year. */
const FINGERPRINTED_SETTINGS = new Set(["opd", "tahun"]);

/**
 * What the fingerprint covers: the submitted tabs as people typed them (the evaluation tab
 * without the spilled results of CAPAIAN, KRITERIA and EFISIENSI), the PK tabs, and the OPD and
 * year in Pengaturan; nothing else of Pengaturan, so naming the reviewer later changes nothing.
 */
function fingerprintedTabs(wb: Workbook, tw: Tw): TabSnapshot[] {
  const covered = coveredTabs(wb, tw);
  const evaluasi = covered[covered.length - 1];
  const spills = spillColumns(evaluasi);
  const typed: TabSnapshot = {
    ...evaluasi,
    values: evaluasi.values.map((row, r) =>
      r < HEADER_ROW ? row : row.map((v, c) => (spills.has(c) && !evaluasi.formulas[r]?.[c] ? "" : v)),
    ),
  };
  const pk = [...wb.snapshots.values()].filter((t) => PK_TAB_NAME.test(t.name.trim()));
  const settings = wb.snapshots.get(SETTINGS_TAB);
  const kept = (row: CellValue[]) => FINGERPRINTED_SETTINGS.has(String(row[0]).trim().toLowerCase());
  const pengaturan: TabSnapshot[] = settings
    ? [
        {
          name: settings.name,
          values: settings.values.map((row) => (kept(row) ? row.slice(0, 2) : [])),
          formulas: settings.values.map((row, r) =>
            kept(row) ? (settings.formulas[r] ?? []).slice(0, 2) : [],
          ),
        },
      ]
    : [];
  return [...covered.slice(0, -1), typed, ...pk, ...pengaturan];
}

export function fingerprintOf(wb: Workbook, tw: Tw, digest: Digest): Fingerprint {
  return fingerprint(fingerprintedTabs(wb, tw), digest);
}

/**
 * Every block of history rows is protected strictly for whoever wrote it (and the owner): the
 * record cannot be rewritten by others, yet every staff member who submits and the reviewer
 * named later can append, as a sheet protection made by the first submitter would not allow.
 */
function historyProtection(row: number, rows: number): Protection {
  return {
    range: { row, col: 1, rows, cols: HISTORY_HEADERS.length },
    description: `SAKIP: riwayat reviu baris ${row}${rows > 1 ? `-${row + rows - 1}` : ""} (hanya ditambah)`,
    warningOnly: false,
  };
}

/** Appends rows below the last used row; existing rows are never written. */
function append(
  port: WorkbookPort,
  wb: Workbook,
  tab: string,
  headers: string[],
  rows: WriteCell[][],
): number {
  let existing = wb.snapshots.get(tab);
  if (!existing) {
    port.create(tab);
    port.write(tab, [{ row: 1, col: 1, cells: [headers] }]);
    port.format(tab, {
      frozenRows: 1,
      styles: [headerStyle(1, headers.length)],
      protections: tab === HISTORY_TAB ? [historyProtection(1, 1)] : [],
    });
    existing = {
      name: tab,
      values: [headers],
      formulas: [headers.map(() => "")],
      notes: [headers.map(() => "")],
    };
    wb.snapshots.set(tab, existing);
  }
  const next = lastUsedRow(existing.values) + 1;
  const numbered = rows.map((r, i) => [next - 1 + i, ...r.slice(1)]);
  port.write(tab, [{ row: next, col: 1, cells: numbered }]);
  if (tab === HISTORY_TAB) port.format(tab, { protections: [historyProtection(next, numbered.length)] });
  for (const r of numbered)
    existing.values.push(r.map((c) => (typeof c === "object" && !(c instanceof Date) ? "" : c)));
  return next;
}

/** One event in the history: No, Waktu, TW, Peristiwa and Oleh, then the rest of its columns. */
function record(
  port: WorkbookPort,
  wb: Workbook,
  deps: ReviuDeps,
  tw: Tw,
  event: string,
  rest: WriteCell[],
  when = deps.now(),
): void {
  append(port, wb, HISTORY_TAB, HISTORY_HEADERS, [[0, when, twName(tw), event, deps.user(), ...rest]]);
}

function lastUsedRow(values: CellValue[][]): number {
  for (let r = values.length - 1; r >= 0; r--) if (values[r].some((v) => v !== "")) return r + 1;
  return 0;
}

interface HistoryRow {
  row: number;
  tw: string;
  event: string;
  by: string;
  hash: string;
  packed: string;
}

function history(wb: Workbook): HistoryRow[] {
  const values = wb.snapshots.get(HISTORY_TAB)?.values ?? [];
  return values.slice(1).map((r, i) => ({
    row: i + 2,
    tw: String(r[2]),
    event: String(r[3]),
    by: String(r[4]),
    hash: String(r[9]),
    packed: String(r[11]),
  }));
}

function lastSubmission(wb: Workbook, tw: Tw): HistoryRow | null {
  const rows = history(wb).filter((h) => h.tw === twName(tw) && h.event === "Dikirim");
  return rows[rows.length - 1] ?? null;
}

export interface SubmitRequest {
  tw: number;
  /** Send although the check found galat; then a reason is required. */
  force?: boolean;
  reason?: string;
}

export type SubmitResult =
  | { status: "galat"; message: string; check: CheckResult }
  | { status: "dikirim"; message: string; hash: string; check: CheckResult };

/** "Kirim untuk reviu": check, record the fingerprint in the history, protect what was sent. */
export function submitForReview(port: WorkbookPort, deps: ReviuDeps, request: SubmitRequest): SubmitResult {
  const tw = checkTw(request.tw);
  return port.withLock(() => {
    const wb = readWorkbook(port);
    const covered = coveredTabs(wb, tw);
    const check = checkAndReport(port, wb, { tw, now: deps.now() });
    const reason = (request.reason ?? "").trim();
    if (check.summary.error > 0 && !request.force) {
      return {
        status: "galat",
        check,
        message: `Pemeriksaan menemukan ${check.summary.error} galat: perbaiki dulu, atau kirim dengan galat dan tulis alasannya.`,
      };
    }
    if (check.summary.error > 0 && !reason)
      throw new UserError(
        "Tulis alasan mengirim dengan galat agar reviewer mengetahuinya.",
        "masukan",
        "reason",
      );
    const print = fingerprintOf(wb, tw, deps.digest);
    // Lock first: a tab this user may not protect stops the submission before anything is recorded.
    const warningOnly = wb.settings.proteksi !== "ketat";
    for (const t of covered) {
      port.format(t.name, {
        protections: [{ range: "sheet", description: protectionLabel(tw), warningOnly }],
      });
    }
    record(port, wb, deps, tw, "Dikirim", [
      check.summary.error,
      check.summary.warning,
      check.summary.info,
      check.summary.error > 0 ? `Dikirim dengan galat: ${reason}` : "",
      print.hash,
      print.tabs.map((t) => t.tab).join(", "),
      packRows(print),
    ]);
    const share = wb.settings.reviewer
      ? ` Bagikan spreadsheet ini ke ${wb.settings.reviewer}: klik Bagikan, tulis email itu, pilih peran Editor (agar reviewer dapat menulis di tab Catatan Reviu), lalu Kirim.`
      : " Isi Email reviewer di tab Pengaturan, lalu bagikan spreadsheet ini kepadanya dengan peran Editor.";
    return {
      status: "dikirim",
      check,
      hash: print.hash,
      message: `${twName(tw)} dikirim untuk reviu: ${covered.length} tab dikunci (${warningOnly ? "peringatan" : "ketat"}), sidik jari ${print.hash.slice(0, 16)}…, ${check.summary.error} galat, ${check.summary.warning} peringatan.${share}`,
    };
  });
}

/** "Verifikasi": recomputes the fingerprint and says whether and where the data changed. */
export function verify(
  port: WorkbookPort,
  deps: ReviuDeps,
  request: { tw: number },
): { changed: boolean; message: string } {
  const tw = checkTw(request.tw);
  return port.withLock(() => {
    const wb = readWorkbook(port);
    const sent = lastSubmission(wb, tw);
    if (!sent) throw new UserError(`${twName(tw)} belum pernah dikirim untuk reviu.`, "belum-siap");
    const now = fingerprintOf(wb, tw, deps.digest);
    const changed = now.hash !== sent.hash;
    const message = changed
      ? describeChanges(compare(unpackRows(sent.hash, sent.packed), now))
      : `Tidak ada perubahan sejak dikirim (riwayat baris ${sent.row}); sidik jari ${now.hash.slice(0, 16)}… sama.`;
    record(port, wb, deps, tw, "Diverifikasi", ["", "", "", message, now.hash, "", ""]);
    return { changed, message };
  });
}

/** "Buka kembali untuk perbaikan": recorded in the history, protections of that TW removed. */
export function reopen(
  port: WorkbookPort,
  deps: ReviuDeps,
  request: { tw: number; reason: string },
): { message: string } {
  const tw = checkTw(request.tw);
  const reason = request.reason.trim();
  if (!reason)
    throw new UserError(
      "Tulis alasan membuka kembali, misalnya catatan reviewer yang diperbaiki.",
      "masukan",
      "reason",
    );
  return port.withLock(() => {
    const wb = readWorkbook(port);
    const sent = lastSubmission(wb, tw);
    if (!sent)
      throw new UserError(
        `${twName(tw)} belum pernah dikirim, jadi tidak perlu dibuka kembali.`,
        "belum-siap",
      );
    const covered = coveredTabs(wb, tw);
    for (const t of covered) {
      if (port.unprotect(t.name, protectionLabel(tw))) continue;
      // A strict protection keeps its editors to the submitter and the owner, so that a reviewer
      // cannot change the data under review: then only they can lift it.
      throw new UserError(
        `${twName(tw)} hanya dapat dibuka kembali oleh ${sent.by || "pengirimnya"} (yang mengirim) atau pemilik spreadsheet, karena tab '${t.name}' dikunci ketat agar reviewer tidak dapat mengubah data yang direviu: minta mereka menekan "Buka kembali" dengan alasan yang sama.`,
        "dilindungi",
      );
    }
    record(port, wb, deps, tw, "Dibuka kembali", [
      "",
      "",
      "",
      reason,
      "",
      covered.map((t) => t.name).join(", "),
      "",
    ]);
    return {
      message: `${twName(tw)} dibuka kembali untuk perbaikan; tercatat di tab ${HISTORY_TAB}. Kirim lagi setelah selesai.`,
    };
  });
}

export interface NoteRequest {
  tw: number;
  sheet: string;
  /** 1-based row and column of the cell the reviewer selected. */
  row: number;
  col: number;
  catatan: string;
}

/** A reviewer's note on the indicator of the selected row, with a link back to it. */
export function addNote(port: WorkbookPort, deps: ReviuDeps, request: NoteRequest): { message: string } {
  const tw = checkTw(request.tw);
  const catatan = request.catatan.trim();
  if (!catatan) throw new UserError("Tulis catatan reviu terlebih dahulu.", "masukan", "catatan");
  return port.withLock(() => {
    const wb = readWorkbook(port);
    const indikator = indicatorAt(wb, request.sheet, request.row);
    if (!indikator) {
      throw new UserError(
        `Baris ${request.row} di tab '${request.sheet}' bukan baris indikator: pilih sel pada baris indikator yang dicatat.`,
      );
    }
    const id = wb.tabs.find((t) => t.name === request.sheet)?.id;
    const cell = `${columnLetter(request.col)}${request.row}`;
    const label = `${request.sheet}!${cell}`;
    const link: WriteCell =
      id === undefined
        ? label
        : { formula: `=HYPERLINK("#gid=${id}&range=${cell}","${label.replace(/"/g, '""')}")` };
    const row = append(port, wb, NOTES_TAB, NOTE_HEADERS, [
      [0, deps.now(), twName(tw), request.sheet, link, indikator, catatan, NOTE_OPEN, deps.user()],
    ]);
    port.format(NOTES_TAB, {
      validations: [
        choiceRule(
          { row, col: 8, rows: 1, cols: 1 },
          [NOTE_OPEN, NOTE_DONE],
          `Pilih ${NOTE_OPEN} atau ${NOTE_DONE}.`,
        ),
      ],
    });
    return { message: `Catatan untuk "${indikator}" ditambahkan ke tab ${NOTES_TAB} (baris ${row}).` };
  });
}

/** The indicator name on a row of a plan tab or an evaluation tab. */
function indicatorAt(wb: Workbook, sheet: string, row: number): string {
  const plan = wb.plans.find((p) => p.tab === sheet);
  if (plan) return plan.rows.find((r) => r.row + 1 === row)?.indikator ?? "";
  const values = wb.snapshots.get(sheet)?.values ?? [];
  const col = (values[HEADER_ROW - 1] ?? []).indexOf("Indikator");
  return col >= 0 && row > HEADER_ROW ? String(values[row - 1]?.[col] ?? "") : "";
}

/** Notes still "perlu perbaikan", for the submitter's panel. */
export function openNotes(port: WorkbookPort): OpenNote[] {
  return port.tabs().some((t) => t.name === NOTES_TAB) ? notesFrom(port.read(NOTES_TAB).values) : [];
}

export function notesFrom(values: CellValue[][]): OpenNote[] {
  return values
    .slice(1)
    .map((r, i) => ({ r, row: i + 2 }))
    .filter(({ r }) => r[6] !== "" && String(r[7]).trim().toLowerCase() !== NOTE_DONE)
    .map(({ r, row }) => {
      const [sheet, cell] = String(r[4]).split(/!(?=[A-Z]+\d+$)/);
      return {
        row,
        tw: String(r[2]),
        sheet: sheet || String(r[3]),
        cell: cell ?? "A1",
        indikator: String(r[5]),
        catatan: String(r[6]),
      };
    });
}

/** "Pernyataan telah direviu", modelled on the reference's "PERNYATAAN TELAH DIEVALUASI". */
export function statement(
  port: WorkbookPort,
  deps: ReviuDeps,
  request: { tw: number },
): { message: string; tab: string } {
  const tw = checkTw(request.tw);
  return port.withLock(() => {
    const wb = readWorkbook(port);
    const sent = lastSubmission(wb, tw);
    if (!sent)
      throw new UserError(
        `${twName(tw)} belum dikirim untuk reviu: pernyataan dibuat setelah reviu.`,
        "belum-siap",
      );
    const now = fingerprintOf(wb, tw, deps.digest);
    if (now.hash !== sent.hash) {
      throw new UserError(
        `Pernyataan tidak dibuat karena data berubah sejak dikirim (${changedWhere(compare(unpackRows(sent.hash, sent.packed), now))}): minta pengirim memperbaiki dan mengirim ulang ${twName(tw)}, lalu verifikasi lagi.`,
        "belum-siap",
      );
    }
    const tahun = tahunOf(wb);
    const tab = `Pernyataan Reviu ${twName(tw)} ${tahun}`;
    const opd = wb.settings.opd || "(nama OPD di tab Pengaturan)";
    const open = notesFrom(wb.snapshots.get(NOTES_TAB)?.values ?? []).filter(
      (n) => n.tw === twName(tw),
    ).length;
    const date = deps.now();
    const lines: string[] = [
      "PERNYATAAN TELAH DIREVIU",
      `ATAS LAPORAN KINERJA ${opd.toUpperCase()}`,
      `TRIWULAN ${ROMAN[tw - 1]} TAHUN ${tahun}`,
      "",
      `Kami telah melakukan reviu atas Laporan Kinerja ${opd} ${twName(tw)} tahun ${tahun} berdasarkan Rencana Aksi yang disusun sebelumnya.`,
      "Substansi informasi yang dimuat dalam Laporan Kinerja menjadi tanggung jawab manajemen perangkat daerah; tanggung jawab kami sebatas pada saran perbaikan yang diberikan.",
      "Reviu ini bertujuan untuk memberikan keyakinan terbatas atas capaian kinerja yang dilaporkan.",
      open
        ? `Berdasarkan reviu kami, masih terdapat ${open} catatan yang perlu diperbaiki (tab ${NOTES_TAB}).`
        : "Berdasarkan reviu kami, tidak terdapat kondisi atau hal-hal yang menimbulkan perbedaan dalam penyajian informasi yang dilaporkan.",
      "",
      `Data yang direviu: sidik jari SHA-256 ${sent.hash} (tab ${HISTORY_TAB} baris ${sent.row}).`,
      "",
      `…………, ${new Intl.DateTimeFormat("id-ID", { dateStyle: "long", timeZone: deps.timeZone }).format(date)}`,
      "REVIEWER INSPEKTORAT",
      "",
      "",
      deps.user() || "(nama reviewer)",
    ];
    const existing = wb.snapshots.get(tab);
    if (existing && String(existing.values[0]?.[0] ?? "") !== lines[0]) {
      throw new UserError(
        `Tab '${tab}' sudah ada tetapi bukan buatan add-on SAKIP: ganti namanya dulu.`,
        "tab-bukan-milik-add-on",
      );
    }
    if (!existing) port.create(tab);
    const rows: WriteCell[][] = lines.map((l) => [l]);
    while (rows.length < (existing?.values.length ?? 0)) rows.push([""]);
    port.write(tab, [{ row: 1, col: 1, cells: rows }]);
    record(port, wb, deps, tw, "Pernyataan dibuat", ["", "", "", `Tab '${tab}'`, sent.hash, "", ""], date);
    port.format(tab, {
      columnWidths: [{ col: 1, width: 720 }],
      styles: [
        { range: { row: 1, col: 1, rows: 3, cols: 1 }, bold: true, horizontalAlignment: "center" },
        { range: { row: 5, col: 1, rows: 4, cols: 1 }, wrap: true },
      ],
    });
    return {
      tab,
      message: `Tab '${tab}' dibuat: pernyataan telah direviu ${twName(tw)}${open ? `, dengan ${open} catatan terbuka` : ""}.`,
    };
  });
}

/** Where a quarter stands in the review, from the history (the Inspektorat's rekap reads it). */
export interface ReviewState {
  status: "dikirim" | "belum dikirim" | "dibuka kembali" | "direviu";
  /** The last "Dikirim" of the TW: when and by whom; null when never sent. */
  sentAt: Date | null;
  sentBy: string | null;
  /** The fingerprint now differs from the one recorded when it was sent; null when never sent. */
  changed: boolean | null;
}

/**
 * The TW's last event that moves it (Dikirim, Dibuka kembali, Pernyataan dibuat; Diverifikasi does
 * not) and whether its data changed after the last submission: the same fingerprint as Verifikasi.
 */
export function reviewState(wb: Workbook, tw: Tw, digest: Digest): ReviewState {
  const moves = history(wb).filter(
    (h) => h.tw === twName(tw) && ["Dikirim", "Dibuka kembali", "Pernyataan dibuat"].includes(h.event),
  );
  const sent = lastSubmission(wb, tw);
  if (!sent) return { status: "belum dikirim", sentAt: null, sentBy: null, changed: null };
  const last = moves[moves.length - 1]?.event;
  const status =
    last === "Dibuka kembali" ? "dibuka kembali" : last === "Pernyataan dibuat" ? "direviu" : "dikirim";
  const when = wb.snapshots.get(HISTORY_TAB)?.values[sent.row - 1]?.[1];
  let changed: boolean;
  try {
    changed = fingerprintOf(wb, tw, digest).hash !== sent.hash;
  } catch (e) {
    // The evaluation tab (or a bidang tab) that was sent is gone: the data changed.
    if (!(e instanceof UserError)) throw e;
    changed = true;
  }
  return { status, sentAt: when instanceof Date ? when : null, sentBy: sent.by || null, changed };
}
