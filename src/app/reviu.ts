import type { CheckResult, OpenNote } from "../api";
import { columnLetter } from "../core/a1";
import { evaluasiProblems } from "../core/checks/rules/evaluasi-hitungan";
import { fieldHeader } from "../core/columns";
import { firstOf, named } from "../core/derived";
import { evaluasiTabName, HEADER_ROW, ROMAN, type Tw } from "../core/evaluasi";
import {
  type CellChange,
  CHECK_VERSION,
  type Change,
  changedWhere,
  type Digest,
  FINGERPRINT_VERSION,
  type Fingerprint,
  keptValue,
  packedCheckVersion,
  packedVersion,
  packRows,
  RECORD_CELL,
  recordCells,
  unpackRows,
  wholeHash,
} from "../core/fingerprint";
import { checkTw, indicatorKeys, NAME_FIELDS, type PlanField, rowOf } from "../core/plan";
import { AIM, NO_DIFFERENCE, OUR_PART, PLAN_BASIS, SUBSTANCE, WE_DID } from "../core/report/lakip";
import { quote, UserError } from "../core/result";
import { ringkasanTabName } from "../core/ringkasan";
import { SETTINGS_TAB } from "../core/settings";
import { choiceRule, headerStyle } from "../core/style";
import { cellLink, checkAndReport, type ReportedCheck, reportCheck } from "./periksa";
import { opdOf, readWorkbook, tahunOf, unreadTabs, valuesOf, type Workbook } from "./plans";
import type { CellValue, Protection, TabFormat, TabSnapshot, WorkbookPort, WriteCell } from "./port";
import {
  compareRecord,
  coveredTabs,
  fingerprintOf,
  formatProblem,
  lockedTabs,
  type RecordComparison,
  recordedVersion,
  ringkasanProblem,
  sentFields,
  sentPrint,
  settingsLocked,
} from "./rekam";
import {
  HISTORY_HEADERS,
  HISTORY_TAB,
  type HistoryRow,
  historyOf,
  onBy,
  quarterState,
  REOPENED,
  SENT,
  twName,
  whenText,
} from "./riwayat";

export { HISTORY_TAB } from "./riwayat";
export { fingerprintOf, recordedVersion };
export const NOTES_TAB = "Catatan Reviu";

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
  /**
   * A store the spreadsheet's editors cannot write (in Sheets the add-on's document properties),
   * where Kirim keeps its own copy of the kode data: a history row edited afterwards (the owner can
   * edit any protected range) is then named. Absent outside Sheets (an .xlsx has no such store).
   */
  anchor?: { get(key: string): string | null; set(key: string, value: string): void };
}

/** A refusal because the quarter is not ready for the action (the panel tells it from bad input). */
const notReady = (message: string) => new UserError(message, "belum-siap");

type Stored = Pick<ReviuDeps, "anchor" | "digest" | "timeZone">;
const anchorKey = (tw: Tw) => `sakip.dikirim.${tw}`;

/** The Dikirim row's cells B:K but J as the anchor keeps them: a time to the second, a long text by its hash. */
const sentCells = (row: CellValue[], digest: Digest) =>
  row.slice(1, 11).map((v, i) => {
    // The kode data (J) is the anchor's first field, said as such.
    const t =
      i === 8
        ? ""
        : v instanceof Date
          ? new Date(Math.round(v.getTime() / 1e3) * 1e3).toISOString()
          : String(v);
    return t.length > 80 ? `#${digest(t).slice(0, 16)}` : t;
  });

/**
 * The history's last submission of the TW against the add-on's own copy (`ReviuDeps.anchor`: the
 * kode data, the SHA-256 of its per-row record, and every other cell of the Dikirim row: sender,
 * time, counts, reason), or without one (an .xlsx) against what its record covers (from version 7
 * the row's E:I, bound to its kode data): "" when they agree or neither holds it, else one sentence
 * saying the history was edited, naming the cell.
 */
function anchorProblem(deps: Stored, tw: Tw, sent: HistoryRow | null): string {
  const [hash, rows] = deps.anchor?.get(anchorKey(tw))?.split(" ") ?? [];
  const row = sent?.cells ?? [];
  let kept: string[];
  if (hash) {
    if (sent?.hash !== hash || (rows && deps.digest(sent.packed) !== rows))
      return `kiriman ${twName(tw)} di tab ${HISTORY_TAB}${sent ? ` (baris ${sent.row})` : ""} tidak sama dengan yang disimpan add-on saat dikirim (kode data ${hash.slice(0, 12)}…), jadi catatan kiriman diubah atau dihapus setelahnya dan perbandingan ini tidak dapat dipercaya`;
    kept = JSON.parse(deps.anchor?.get(`${anchorKey(tw)}.baris`) || "[]");
  } else {
    if (!sent) return "";
    const { tabs } = recordOf(sent);
    const fields = sentFields(tabs);
    if (!fields) return "";
    const was = [...row.slice(0, 4), ...fields, ...row.slice(9)];
    // The record's rows, its copy of the row included, must give the kode data again.
    const print = tabs.map((t) => (t.tab === HISTORY_TAB ? sentPrint(was, deps.digest) : t));
    if (wholeHash(print, deps.digest) !== sent.hash)
      return `rincian baris ${sent.row} di tab ${HISTORY_TAB} tidak sesuai kode datanya, ${EDITED}`;
    kept = sentCells(was, deps.digest);
  }
  const now = sentCells(row, deps.digest);
  const col = kept.findIndex((k, i) => k !== now[i]);
  if (col < 0) return "";
  const shown = (t = "") =>
    /^\d{4}-\d\d-\d\dT/.test(t)
      ? whenText(t, deps.timeZone)
      : t.startsWith("#")
        ? "(teks lain)"
        : t
          ? quote(t, 40)
          : "kosong";
  return `sel ${columnLetter(col + 2)}${sent.row} (${HISTORY_HEADERS[col + 1]}) di tab ${HISTORY_TAB} tertulis ${shown(now[col])}, padahal saat ${twName(tw)} dikirim tercatat ${shown(kept[col])}, ${EDITED}`;
}

/**
 * The Dikirim row against what the file's own history says of it (no store needed: an .xlsx, the
 * CLI): a later Diverifikasi ("kode data X… sama") or Pernyataan dibuat row of that submission, or
 * the statement in force, recording another kode data. "" when they agree.
 */
function historyProblem(deps: Stored, wb: Workbook, tw: Tw, sent: HistoryRow | null): string {
  const anchored = anchorProblem(deps, tw, sent);
  if (anchored || !sent) return anchored;
  const said = (where: string, x = "") =>
    x && !sent.hash.startsWith(x)
      ? `${where} mencatat kode data ${x.slice(0, 12)}…, baris Dikirim (${sent.row}) kini ${sent.hash.slice(0, 12)}…, ${EDITED}`
      : "";
  for (const h of historyOf(wb).filter((h) => h.row > sent.row && h.tw === sent.tw)) {
    const x =
      h.event === STATEMENT_MADE
        ? h.hash
        : h.event === VERIFIED
          ? /kode data ([0-9a-f]{12})… sama/.exec(h.note)?.[1]
          : "";
    const problem = said(`baris ${h.row} (${h.event})`, x);
    if (problem) return problem;
  }
  const tab = statementTab(tw, tahunOf(wb));
  const made = valuesOf(wb, tab).map((r) => String(r[0] ?? ""));
  // One no longer in force (marked so, or made over a submission since reopened) proves nothing of this one.
  if (
    made[0] !== STATEMENT_TITLE ||
    made[STATEMENT_STATUS_ROW - 1]?.startsWith("TIDAK BERLAKU") ||
    lastStatement(wb, tw).old
  )
    return "";
  const text = made.join("\n");
  const problem = said(`tab '${tab}'`, /kode data SHA-256 ([0-9a-f]{64})/.exec(text)?.[1]);
  // The sender and galat count it prints (what a record before version 7 does not cover) against the row's E and F.
  const row = sent.cells;
  const printed = [
    /dikirim pada [^\n]* oleh (\S+) \(tab /.exec(text)?.[1] ?? "",
    /selain (\d+) galat/.exec(text)?.[1] ?? "0",
  ];
  const col = [String(row[4] ?? ""), String(+row[5] || 0)].findIndex((v, i) => v !== printed[i]);
  // A statement rewritten since it was made proves nothing of the row: statementProblem names the tab.
  const { last } = lastStatement(wb, tw);
  const rewritten =
    !!last?.packed.startsWith(STATEMENT_LINE) &&
    last.packed.slice(STATEMENT_LINE.length) !== statementHash(valuesOf(wb, tab), deps.digest);
  return problem || col < 0 || rewritten
    ? problem
    : `sel ${"EF"[col]}${sent.row} (${HISTORY_HEADERS[col + 4]}) di tab ${HISTORY_TAB} tertulis ${quote(String(row[col + 4]), 40)}, padahal tab '${tab}' menyebut ${quote(printed[col], 40)}, ${EDITED}`;
}

const EDITED = "jadi catatan kiriman diubah setelahnya";
/** How a person undoes a number format that shows what a cell does not hold. */
const AUTOMATIC = "format angkanya ke Otomatis (Format → Angka → Otomatis)";

const protectionLabel = (tw: number) => `SAKIP: dikirim untuk reviu ${twName(tw)}`;

/** Every review use case reads the workbook whole, notes included (they are part of the record). */
const readAll = (port: WorkbookPort, numberFormats?: boolean) =>
  readWorkbook(port, { notes: true, numberFormats });

/**
 * Every history row is protected strictly for whoever wrote it (and the owner): the record cannot
 * be rewritten by others, yet every staff member who submits and the reviewer named later can
 * append, as a sheet protection made by the first submitter would not allow.
 */
const historyProtection = (row: number, cols: number): Protection => ({
  range: { row, col: 1, rows: 1, cols },
  description: `SAKIP: riwayat reviu baris ${row} (hanya ditambah)`,
  warningOnly: false,
});

/** Appends a row below the last used row; existing rows are never written. */
function append(port: WorkbookPort, wb: Workbook, tab: string, headers: string[], row: WriteCell[]): number {
  const history = tab === HISTORY_TAB;
  let existing = wb.snapshots.get(tab);
  if (!existing) {
    port.create(tab);
    port.write(tab, [{ row: 1, col: 1, cells: [headers] }]);
    port.format(tab, {
      frozenRows: 1,
      styles: [headerStyle(1, headers.length)],
      protections: history ? [historyProtection(1, headers.length)] : [],
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
  const numbered = [next - 1, ...row.slice(1)];
  port.write(tab, [{ row: next, col: 1, cells: [numbered] }]);
  // Each event writes every column (and a long record its cells after L): all of them are its own.
  if (history) port.format(tab, { protections: [historyProtection(next, row.length)] });
  existing.values.push(numbered.map((c) => (typeof c === "object" && !(c instanceof Date) ? "" : c)));
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
  append(port, wb, HISTORY_TAB, HISTORY_HEADERS, [0, when, twName(tw), event, deps.user(), ...rest]);
}

function lastUsedRow(values: CellValue[][]): number {
  for (let r = values.length - 1; r >= 0; r--) if (values[r].some((v) => v !== "")) return r + 1;
  return 0;
}

const records = new WeakMap<HistoryRow, Fingerprint>();
/** A submission's record (its Rincian), unpacked once however many checks read it. */
function recordOf(sent: HistoryRow): Fingerprint {
  const record = records.get(sent) ?? unpackRows(sent.hash, sent.packed);
  records.set(sent, record);
  return record;
}

export interface SubmitRequest {
  tw: number;
  /** Send although the check found galat; then a reason is required. */
  force?: boolean;
  reason?: string;
}

export type SubmitResult<C extends ReportedCheck = CheckResult> =
  | { status: "galat"; message: string; check: C }
  | { status: "dikirim"; message: string; hash: string; check: C };

/** "Kirim untuk reviu": check, record the fingerprint in the history, protect what was sent. */
export function submitForReview(port: WorkbookPort, deps: ReviuDeps, request: SubmitRequest): SubmitResult {
  return submitChecked(port, deps, request, (wb, tw) => checkAndReport(port, wb, { tw, writeReport: false }));
}

/**
 * "Kirim untuk reviu" with Periksa's result over the workbook it read (`check`): the rules run in
 * one process (`submitForReview`), or in the Sheets panel, whose result the server takes only for
 * exactly what it reads now (src/gas/endpoints.ts). The findings go into Hasil Pemeriksaan.
 */
export function submitChecked<C extends ReportedCheck>(
  port: WorkbookPort,
  deps: ReviuDeps,
  request: SubmitRequest,
  checkOf: (wb: Workbook, tw: Tw) => C,
): SubmitResult<C> {
  const tw = checkTw(request.tw);
  return port.withLock(() => {
    // Number formats too: its check reads a percent-formatted cell as Periksa and the tab do.
    const wb = readAll(port, true);
    // The reviewer could not verify their own sending (trial 8 #20a): refused before anything is written.
    const user = deps.user().trim().toLowerCase();
    if (
      user &&
      wb.settings.reviewer
        .toLowerCase()
        .split(/[\s,;<>]+/)
        .includes(user)
    )
      throw notReady(
        `${twName(tw)} tidak dikirim: akun Anda (${user}) adalah Email reviewer di Pengaturan; Kirim dilakukan staf OPD dengan akunnya sendiri.`,
      );
    // Sent again without "Buka kembali", a doctored quarter would replace the record the reviewer checks.
    const { sent, reopened } = quarterState(historyOf(wb), tw);
    if (sent && !reopened)
      throw notReady(
        `${twName(tw)} sudah dikirim untuk reviu ${onBy(sent, deps.timeZone)} (${HISTORY_TAB} baris ${sent.row}), jadi tidak dikirim lagi agar catatan yang direviu tidak tergantikan: tekan "Buka kembali untuk perbaikan" dulu, perbaiki, lalu kirim lagi.`,
      );
    const notSent = (why: string, fix: string) =>
      notReady(`${twName(tw)} belum dikirim karena ${why}: ${fix}, lalu kirim.`);
    const covered = coveredTabs(wb, tw);
    // A plan indicator the evaluation tab does not hold would be a finding nobody was shown.
    const gap = planGap(wb, tw, "");
    const again = "buat ulang tab Triwulan agar";
    if (gap) throw notSent(gap, `${again} semua indikator dievaluasi`);
    // A summary that is not the evaluation tab's is never sent: the reviewer would sign over it.
    const ringkasan = ringkasanProblem(wb, tw, covered);
    if (ringkasan) throw notSent(ringkasan, `${again} ringkasannya dihitung lagi`);
    const tampilan = formatProblem(port, covered);
    if (tampilan) throw notSent(tampilan, `kembalikan ${AUTOMATIC}`);
    const check = checkOf(wb, tw);
    reportCheck(port, wb.tabs, check, deps.now());
    const reason = (request.reason ?? "").trim();
    const { error, warning, info } = check.summary;
    if (error > 0 && !request.force) {
      return {
        status: "galat",
        check,
        message: `Pemeriksaan menemukan ${error} galat: perbaiki dulu, atau kirim dengan galat dan tulis alasannya.`,
      };
    }
    if (error > 0 && !reason)
      throw new UserError(
        "Tulis alasan mengirim dengan galat agar reviewer mengetahuinya.",
        "masukan",
        "reason",
      );
    const when = deps.now();
    // Who sent it, the counts and the reason: part of what the kode data covers (an .xlsx has no other proof).
    const row: CellValue[] = [
      0,
      when,
      twName(tw),
      SENT,
      deps.user(),
      error,
      warning,
      info,
      // The reviewer named now is the one who may verify and state it (`reviewerProblem`); the row's record covers it.
      [
        wb.settings.reviewer.trim() && `${REVIEWER_LINE}${wb.settings.reviewer.trim()}`,
        error > 0 && `${WITH_GALAT}${reason}`,
      ]
        .filter(Boolean)
        .join("\n"),
    ];
    const print = fingerprintOf(wb, tw, deps.digest, undefined, true, row);
    const tabs = print.tabs.map((t) => t.tab).filter((n) => n !== HISTORY_TAB);
    // Lock first: a tab this user may not protect stops the submission before anything is recorded.
    const warningOnly = wb.settings.proteksi !== "ketat";
    const locked = lockedTabs(covered, wb, tabs);
    const lock = (range: Protection["range"]) => ({ range, description: protectionLabel(tw), warningOnly });
    for (const t of locked) port.format(t.name, { protections: [lock("sheet")] });
    // Of Pengaturan what the record covers (what changes the figures), not the reviewer's name and NIP.
    const settings = wb.snapshots.get(SETTINGS_TAB);
    try {
      if (settings) port.format(SETTINGS_TAB, { protections: settingsLocked(settings).map(lock) });
    } catch (e) {
      // Pengaturan locked by the owner against this user stays locked: nothing to add, nothing to stop.
      if (!(e instanceof UserError) || e.code !== "dilindungi") throw e;
    }
    const packed = packRows(print, FINGERPRINT_VERSION, CHECK_VERSION);
    // However large the plan: as many cells as it takes, each within what a cell holds.
    row.push(print.hash, tabs.join(", "), ...recordCells(packed));
    deps.anchor?.set(anchorKey(tw), `${print.hash} ${deps.digest(packed)}`);
    deps.anchor?.set(`${anchorKey(tw)}.baris`, JSON.stringify(sentCells(row, deps.digest)));
    record(port, wb, deps, tw, SENT, row.slice(5), when);
    const share = wb.settings.reviewer
      ? ` Bagikan spreadsheet ini ke ${wb.settings.reviewer} dengan peran Editor, agar reviewer dapat menulis di tab Catatan Reviu.`
      : " Isi Email reviewer di tab Pengaturan, lalu bagikan spreadsheet ini kepadanya dengan peran Editor.";
    return {
      status: "dikirim",
      check,
      hash: print.hash,
      message: `${twName(tw)} dikirim untuk reviu: ${locked.length} tab dikunci (${warningOnly ? "peringatan" : "ketat"}) dan isinya dicatat di tab ${HISTORY_TAB}; ${error} galat, ${warning} peringatan.${unreadTabs(wb) && ` ${unreadTabs(wb).trim()}`}${share}`,
    };
  });
}

/** What the workbook holds now against the TW's last submission, by the rules that record was made with. */
interface RecordFindings extends Omit<RecordComparison, "now"> {
  version: number;
  /** The fingerprint now, null when a tab it needs is gone. */
  hash: string | null;
  /** Why the Ringkasan is not what the record proves, "" when it is. */
  ringkasan: string;
}

function recordFindings(wb: Workbook, tw: Tw, sent: HistoryRow, digest: Digest): RecordFindings {
  const version = packedVersion(sent.packed);
  const recorded = recordOf(sent);
  let found: RecordComparison;
  try {
    found = compareRecord(wb, tw, version, recorded, digest, sent.cells);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    // A tab that was sent is gone (deleted or renamed): say which, never "buat tab Triwulan dulu".
    const gone = recorded.tabs.filter((t) => !wb.snapshots.has(t.tab));
    if (!gone.length) throw e;
    return {
      version,
      hash: null,
      ringkasan: "",
      changes: gone.map((t): Change => ({ tab: t.tab, rows: [], kind: "hilang" })),
      unsure: [],
      filled: [],
      converted: false,
      laporanOutside: "",
    };
  }
  const { now, changes } = found;
  let ringkasan: string;
  try {
    ringkasan = ringkasanProblem(wb, tw, coveredTabs(wb, tw), { version, recorded, now });
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    // A bidang tab it needs is gone: already said where the data changed.
    ringkasan = changes.length
      ? ""
      : `ringkasan tidak dapat dihitung ulang (${e.message.replace(/\.$/, "")})`;
  }
  return { ...found, version, hash: now.hash, ringkasan };
}

/**
 * A changed cell as the record can tell it: "'Bidang A'!S12 (indikator "Jumlah …"): Realisasi TW II
 * 61,68 → 70", or "… kini "x" (nilai sebelumnya tidak disimpan)" where it kept a hash only.
 */
function cellNamer(wb: Workbook, tw: Tw) {
  const derived = [evaluasiTabName(tw, tahunOf(wb)), ringkasanTabName(tw, tahunOf(wb))];
  return (tab: string, c: CellChange): string => {
    const t = wb.snapshots.get(tab);
    const at = (r: number, col = c.col) => t?.values[r - 1]?.[col - 1] ?? "";
    const plan = wb.plans.find((p) => p.tab === tab);
    let header = plan
      ? meaning(wb, tab, c.row, c.col)
      : String(derived.includes(tab) ? at(HEADER_ROW) : "").trim();
    const who = indicatorAt(wb, tab, c.row);
    // The row's label (a bidang in the Ringkasan, "OPD" in Pengaturan's A:B), not beside Pengaturan's other tables.
    let first = c.col > 1 && (tab !== SETTINGS_TAB || c.col === 2) ? String(at(c.row, 1)) : "";
    // A report table's numbered row ("1", "II"): its indicator (or program) names it, the table's header the column.
    if (/^(\d{1,3}|[IVX]+)$/.test(first)) {
      let h = c.row;
      while (--h > 0 && at(h, 1) !== "No");
      const head = t?.values[h - 1] ?? [];
      const i = head.findIndex((x) => /^Indikator/.test(String(x)));
      first = String(at(c.row, i < 0 ? 2 : i + 1)).trim();
      header ||= String(head[c.col - 1] ?? "");
    } else if (typeof at(c.row, 1) !== "string") first = "";
    const label = who ? ` (indikator ${quote(who, 60)})` : first ? ` (${quote(first, 40)})` : "";
    const note = t?.notes?.[c.row - 1]?.[c.col - 1];
    const v = at(c.row);
    const formula = !!t?.formulas[c.row - 1]?.[c.col - 1];
    const now = c.note
      ? note
        ? quote(note, 60)
        : "kosong"
      : formula
        ? v === ""
          ? "rumus"
          : `${named(v)} (rumus)`
        : `${named(v)}${v !== "" && c.was?.[0] === "=" ? " (diketik, bukan rumus)" : ""}`;
    const before = keptValue(c.was);
    const what = c.note ? `catatan${header && ` (${header})`}` : header || "isi";
    return `'${tab}'!${columnLetter(c.col)}${c.row}${label}: ${what} ${before === null ? `kini ${now} (nilai sebelumnya tidak disimpan)` : `${before} → ${now}`}`;
  };
}

const SAVED =
  "olom hitungan tab evaluasi kini berupa rumus standar karena berkas disimpan untuk Excel / LibreOffice";

/** Said of a record an earlier version of the add-on made (what it lacks follows). */
const EARLIER = "kiriman ini dicatat oleh versi add-on sebelumnya";
/** Said of a record made before version 2 of the fingerprint. */
const OLD_RECORD = `${EARLIER}, yang belum mencakup tab Ringkasan, catatan sel, skala kriteria dan koreksi cara baca di Pengaturan`;

/**
 * What Verifikasi says of the data against the record: unchanged, changed where, or (a record
 * holding the bidang tabs' rows whole) changed in rows where it cannot tell whether the quarter's
 * cells changed; and what an older record proved beside it (cells filled in later, the Excel save).
 */
function dataVerdict(wb: Workbook, tw: Tw, sent: HistoryRow, f: RecordFindings, max = 3): string {
  const outside = f.laporanOutside
    ? ` Tab '${f.laporanOutside}' tidak termasuk yang dicatat saat ${twName(tw)} dikirim (dibuat setelahnya, atau oleh versi add-on yang belum mencatatnya), jadi isinya tidak dijamin sama dengan yang dikirim.`
    : "";
  const rows = (cs: Change[]) => cs.map((c) => `tab '${c.tab}' baris ${c.rows.join(", ")}`).join("; ");
  const unsure = f.unsure.length
    ? `${rows(f.unsure)} berbeda dari yang dikirim, dan ${EARLIER} yang mencatat baris tab bidang utuh, jadi tidak dapat dipastikan apakah yang berubah data ${twName(tw)} atau isian lain di baris itu (misalnya realisasi triwulan berikutnya); minta pengirim membuka kembali dan mengirim ulang ${twName(tw)} bila perlu dipastikan.`
    : "";
  const saved = f.converted
    ? ` K${SAVED}; di luar baris yang disebut hitungannya sama dengan yang dikirim.`
    : "";
  if (f.changes.length)
    return `Data berubah sejak dikirim: ${changedWhere(f.changes, cellNamer(wb, tw), max, figuresFirst(wb))}.${unsure ? ` Selain itu ${unsure}` : ""}${saved}${outside}`;
  if (unsure)
    return `Tab evaluasi dan bagian lain yang dicakup sama dengan yang dikirim, tetapi ${unsure}${outside}`;
  const where = `(${HISTORY_TAB} baris ${sent.row})`;
  if (!f.filled.length && !f.converted)
    return `Tidak ada perubahan sejak dikirim ${where}: semua tab yang dicakup sama dengan yang dikirim (kode data ${sent.hash.slice(0, 12)}… sama).${outside}`;
  const also: string[] = [];
  if (f.filled.length)
    also.push(
      `yang berbeda hanya ${f.version > 7 ? "isian triwulan setelahnya" : "sel yang kosong saat dikirim dan diisi setelahnya"}, yang tidak dibaca ${twName(tw)}: ${filledText(wb, f.filled)}`,
    );
  if (f.converted) also.push(`k${SAVED}, dengan hitungan yang sama`);
  return `Tidak ada perubahan pada data ${twName(tw)} sejak dikirim ${where}: ${also.join("; ")}.${outside}`;
}

/** The field the reading takes from a cell of a plan tab on that row (also on a TW's own row). */
function fieldAt(wb: Workbook, tab: string, row: number, col: number): PlanField | undefined {
  const plan = wb.plans.find((p) => p.tab === tab);
  const pr = plan?.rows.find((r) => [r.row, ...(r.twRows ?? [])].includes(row - 1));
  const fields = Object.entries(pr?.columns ?? {}) as [PlanField, number][];
  return fields.find(([f, c]) => c === col - 1 && pr && rowOf(pr, f) === row - 1)?.[0];
}

/** The fields a figure is not made of: names, codes, remarks. */
const TEXT_FIELDS = new Set<string>([
  ...NAME_FIELDS,
  "no",
  "kode",
  "indikator",
  "satuan",
  "penanggungJawab",
  "keterangan",
]);

/**
 * Where a changed cell goes in a list cut at a few (trial 7 #13: a realisasi turning 91,67 into 100
 * hidden behind "dan 2 sel lain"): a figure first (a field the capaian is made of, a number), a text
 * or a note after.
 */
const figuresFirst = (wb: Workbook) => (tab: string, c: CellChange) => {
  if (c.note) return 1;
  const field = fieldAt(wb, tab, c.row, c.col);
  if (field) return TEXT_FIELDS.has(field) ? 1 : 0;
  return typeof wb.snapshots.get(tab)?.values[c.row - 1]?.[c.col - 1] === "number" || c.was?.[0] === "#"
    ? 0
    : 1;
};

/**
 * What a cell of a plan tab is: the field the reading takes from it on that row ("Realisasi TW III",
 * also on a TW's own row), else its column's header rows as the tab writes them; "" when neither.
 */
function meaning(wb: Workbook, tab: string, row: number, col: number): string {
  const plan = wb.plans.find((p) => p.tab === tab);
  const field = fieldAt(wb, tab, row, col);
  // A typed capaian or a remark by its own header: it may name its TW ("Capaian s.d. TW II (%)").
  if (field && field !== "capaian" && field !== "keterangan") return fieldHeader(field);
  const rows = plan ? wb.snapshots.get(tab)?.values.slice(plan.headerTop, plan.headerBottom + 1) : [];
  return (rows ?? [])
    .map((r) => String(r[col - 1] ?? "").trim())
    .filter(Boolean)
    .join(" ");
}

/** "tab 'Bidang A' T3, T5 (Realisasi TW III), X3 (Realisasi Anggaran TW III)": cells named by what they hold. */
function filledText(wb: Workbook, filled: RecordFindings["filled"]): string {
  return filled
    .map(({ tab, cells }) => {
      const byName = new Map<string, string[]>();
      for (const c of cells) {
        const h = meaning(wb, tab, c.row, c.col);
        byName.set(h, [
          ...(byName.get(h) ?? []),
          `${columnLetter(c.col)}${c.row}${c.note ? " (catatan)" : ""}`,
        ]);
      }
      const shown = [...byName].map(([h, names]) => {
        const list = firstOf(names, 6, ", ");
        return h ? `${list} (${h})` : list;
      });
      return `tab '${tab}' ${firstOf(shown, 8, ", ", "kolom")}`;
    })
    .join("; ");
}

/** A misleading number format on the TW's evaluation tab or Ringkasan, "" when none (or a tab is gone). */
function shownProblem(port: WorkbookPort, wb: Workbook, tw: Tw, max?: number): string {
  try {
    return formatProblem(port, coveredTabs(wb, tw), max);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return "";
  }
}

/** A plan indicator the quarter's evaluation tab does not hold (typed into its bidang tab later). */
export interface NotEvaluated {
  tab: string;
  /** Its sheet row (1-based). */
  row: number;
  indikator: string;
  /** As the evaluation tab's Kunci column keys a row (`indicatorKeys`). */
  key: string;
}

/**
 * What a report of the quarter must mark: when the TW is sent for review (and not reopened since),
 * the submission and the plan indicators added after it, which are not in what was sent (the
 * workbook read with the Riwayat Reviu, the evaluation tab and the bidang tabs); else null.
 */
export function notInSent(wb: Workbook, tw: Tw): { sent: HistoryRow; rows: NotEvaluated[] } | null {
  const { sent, reopened } = quarterState(historyOf(wb), tw);
  const rows: NotEvaluated[] = [];
  planGap(wb, tw, "", rows);
  return sent && !reopened ? { sent, rows } : null;
}

/**
 * Indicator rows of the bidang tabs the quarter's evaluation tab evaluates that it does not hold
 * (added after sending; also into `added`), and its indicators no longer in their tab (deleted): a
 * plan indicator not evaluated is a finding, though no sent figure changed. "" when they agree.
 */
function planGap(wb: Workbook, tw: Tw, since = " setelah dikirim", added?: NotEvaluated[]): string {
  const ev = wb.snapshots.get(evaluasiTabName(tw, tahunOf(wb)));
  const head = ev?.values[HEADER_ROW - 1] ?? [];
  const k = head.indexOf("Kunci");
  if (!ev || k < 0) return "";
  const sent = new Map<string, number>();
  ev.values.forEach((r, i) => {
    if (i >= HEADER_ROW && r[k]) sent.set(String(r[k]), i);
  });
  const keyOf = indicatorKeys();
  const out: string[] = [];
  const kept = new Set<string>();
  for (const p of wb.plans) {
    if (![...sent.keys()].some((key) => key.startsWith(`${p.tab}|`))) continue;
    for (const row of p.rows) {
      if (!row.indikator) continue;
      const key = keyOf(p, row);
      kept.add(key);
      if (sent.has(key)) continue;
      added?.push({ tab: p.tab, row: row.row + 1, indikator: row.indikator, key });
      out.push(
        `tab '${p.tab}' baris ${row.row + 1}: indikator baru '${row.indikator.slice(0, 60)}'${since}, belum ada di tab '${ev.name}'${since && " yang dikirim"}`,
      );
    }
  }
  const ind = head.indexOf("Indikator");
  for (const [key, i] of sent) {
    const [tab, , name] = key.split("|");
    const shown = String(ev.values[i][ind] ?? "");
    if (!kept.has(key))
      out.push(
        `tab '${ev.name}' baris ${i + 1}: indikator '${(shown.startsWith("#") ? name.replace(/#\d+$/, "") : shown).slice(0, 60)}' tidak ada lagi di tab '${tab}' (dihapus${since})`,
      );
  }
  // A whole bidang added after sending: the first few, and how many more.
  return firstOf(out, 20, "; ", "indikator");
}

/** The reviewer panel's Periksa counts now (`verify`, `statement`); absent from an older panel. */
export interface Recount {
  galat?: number;
  peringatan?: number;
  info?: number;
}

/**
 * The counts of the Dikirim row (F:H) against the reviewer's own Periksa over the same data: the
 * sender's panel ran the rules, so its counts are a claim (a panel can be made to send any count)
 * that the reviewer's check proves or names (`problem`: "galat", "peringatan dan info" … and the
 * sentence). Nothing when they agree, when no recount is given, or when the data changed since (the
 * counts then differ for that reason, said already); a `note` when they cannot be compared.
 */
function countProblem(
  sent: HistoryRow,
  found: RecordFindings,
  now: Recount,
): { kinds: string; problem: string; note: string } {
  const differ = (["galat", "peringatan", "info"] as const)
    .map((kind, i) => ({ kind, was: +(sent.cells[5 + i] as number) || 0, is: now[kind] }))
    .filter((c) => c.is !== undefined && c.is !== c.was);
  const none = { kinds: "", problem: "", note: "" };
  if (!differ.length || found.changes.length || found.unsure.length) return none;
  const list = (k: "was" | "is") => differ.map((c) => `${c[k]} ${c.kind}`).join(", ");
  // Periksa now sees more than was sent (a later quarter typed in the bidang tabs) or counts by the
  // rules of a newer add-on: the counts differ without anyone forging one, so it is said, not refused.
  const why =
    found.version < FINGERPRINT_VERSION
      ? `${EARLIER}, yang aturan pemeriksaannya berbeda`
      : packedCheckVersion(sent.packed) < CHECK_VERSION
        ? "data yang sama dibaca berbeda oleh versi add-on yang lebih baru (aturan atau cara baca kolom Periksa konsistensi berubah sejak dikirim)"
        : found.filled.length
          ? "isian triwulan setelahnya sudah diisi sejak dikirim"
          : "";
  const kinds = differ.map((c) => c.kind).join(" dan ");
  const sentCount = `saat dikirim tercatat ${list("was")} (${HISTORY_TAB} baris ${sent.row})`;
  return why
    ? {
        ...none,
        note: `Catatan: jumlah ${kinds} tidak dapat dibandingkan karena ${why}: ${sentCount}, Periksa konsistensi kini menemukan ${list("is")}.`,
      }
    : {
        ...none,
        kinds,
        problem: `${sentCount}, tetapi Periksa konsistensi atas data yang sama kini menemukan ${list("is")}`,
      };
}

/** The Dikirim row's Keterangan: the reviewer named in Pengaturan when sending (first line), then the reason sent with galat. */
const REVIEWER_LINE = "Reviewer: ";
const WITH_GALAT = "Dikirim dengan galat: ";

/**
 * Who may verify a submission and state it: the reviewer, never the account that sent it (its
 * recount would prove nothing), and when Pengaturan named reviewers at Kirim only those. ""
 * when `deps.user()` may; else why not, one clause ending the sentence.
 */
function reviewerProblem(deps: ReviuDeps, sent: HistoryRow): string {
  const user = deps.user().trim().toLowerCase();
  const named = sent.note.startsWith(REVIEWER_LINE)
    ? sent.note.slice(REVIEWER_LINE.length).split("\n")[0].trim()
    : "";
  // The cell may name a team ("ketua@…, anggota@…"), or a name and its address ("Drs. Ahmad <ahmad@…>"): each address named may.
  const addresses = named
    .toLowerCase()
    .split(/[\s,;<>]+/)
    .filter((a) => a.includes("@"));
  const ask = `minta reviewer${named && ` (${named})`} melakukannya dengan akun Google-nya sendiri.`;
  if (!user)
    return `email akun Anda tidak terbaca oleh add-on, jadi tidak dapat dipastikan bahwa Anda reviewer dan bukan pengirim ${sent.tw}: buka spreadsheet dengan akun Google reviewer, lalu ulangi.`;
  if (user === sent.by.trim().toLowerCase())
    return `akun Anda (${user}) yang mengirim ${sent.tw} untuk reviu, padahal verifikasi dan pernyataan dibuat oleh reviewer Inspektorat: ${ask}`;
  return addresses.length && !addresses.includes(user)
    ? `${sent.tw} dikirim untuk direviu oleh ${named} (tab ${HISTORY_TAB} baris ${sent.row}, Keterangan), bukan oleh akun Anda (${user}): ${ask}`
    : "";
}

/**
 * "Verifikasi": recomputes the fingerprint and the Ringkasan, and says whether and where the data
 * changed; `changed` is null when an older record cannot tell (rows it holds whole differ).
 */
export function verify(
  port: WorkbookPort,
  deps: ReviuDeps,
  /** `galat`: what the reviewer's own Periksa finds now (the panel runs it before asking). */
  request: { tw: number } & Recount,
): { changed: boolean | null; message: string } {
  const tw = checkTw(request.tw);
  return port.withLock(() => {
    const wb = readAll(port);
    const { sent, reopened } = quarterState(historyOf(wb), tw);
    const riwayat = historyProblem(deps, wb, tw, sent);
    if (!sent)
      throw notReady(
        riwayat ? `Riwayat tidak sesuai: ${riwayat}.` : `${twName(tw)} belum pernah dikirim untuk reviu.`,
      );
    const who = reviewerProblem(deps, sent);
    if (who) throw notReady(`Verifikasi tidak dilakukan karena ${who}`);
    const found = recordFindings(wb, tw, sent, deps.digest);
    const { version, changes, hash, ringkasan } = found;
    const dataChanged = changes.length > 0;
    const gap = planGap(wb, tw);
    const old: string[] = [];
    const pernyataan = statementProblem(wb, tw, deps.digest, deps.timeZone, old);
    const tampilan = shownProblem(port, wb, tw);
    const hitungan = computedProblem(wb, tw);
    const { kinds, problem: galat, note: galatNote } = countProblem(sent, found, request);
    // One leading verdict: "Tidak ada perubahan" only when nothing is wrong.
    const problems = [
      galat && `Jumlah ${kinds} tidak sesuai: ${galat}.`,
      gap && `Rencana aksi berubah: ${gap}.`,
      ringkasan && `Ringkasan tidak sesuai: ${ringkasan}.`,
      pernyataan && `Pernyataan tidak sesuai: ${pernyataan}.`,
      tampilan && `Tampilan tidak sesuai isi: ${tampilan}.`,
      hitungan && `Sel hitungan tidak sesuai: ${hitungan}.`,
    ].filter(Boolean);
    let data = dataVerdict(wb, tw, sent, found);
    // The history row names every changed cell (the message at most three).
    const short = data;
    if (problems.length && data.startsWith("Tidak ada perubahan"))
      data = `Ada yang tidak sesuai: ${problems.join(" ")} Selain itu, ${data.replace(/^Tidak ada perubahan/, "isi yang dicatat tidak berubah")}`;
    else data = [data, ...problems].join(" ");
    const parts = [data];
    if (riwayat) parts.unshift(`Riwayat tidak sesuai: ${riwayat}.`);
    if (version < 2)
      parts.push(
        `Catatan: ${OLD_RECORD}, jadi perubahan di sana tidak terlihat; minta pengirim membuka kembali dan mengirim ulang ${twName(tw)}.`,
      );
    if (reopened)
      parts.push(`${twName(tw)} dibuka kembali ${onBy(reopened, deps.timeZone)} dan belum dikirim lagi.`);
    parts.push(...old);
    const bySender = senderStatement(wb, tw);
    if (bySender) parts.push(`Catatan: ${bySender}.`);
    if (galatNote) parts.push(galatNote);
    const message = parts.join(" ");
    // The history row holds every cell named (the message at most a few).
    const full = tampilan.includes(" sel lain") ? shownProblem(port, wb, tw, 1e6) : tampilan;
    const detail = message
      .replace(tampilan, full)
      .replace(short, () => dataVerdict(wb, tw, sent, found, 1e9));
    // A list longer than a cell holds goes on in Rincian, over as many cells as it takes.
    const long = detail.length > RECORD_CELL;
    // The panel shows the first few; the row it writes now holds them all (trial 7 #13).
    const row = lastUsedRow(valuesOf(wb, HISTORY_TAB)) + 1;
    const all = detail === message ? "" : ` Daftar lengkapnya di tab ${HISTORY_TAB} baris ${row}.`;
    record(port, wb, deps, tw, VERIFIED, [
      "",
      "",
      "",
      long ? `${message} (Daftar lengkap: kolom Rincian.)` : detail,
      hash ?? "",
      "",
      ...recordCells(long ? detail : ""),
    ]);
    const changed = dataChanged || !!riwayat || problems.length > 0;
    // Rows an older record cannot judge: neither changed nor unchanged.
    return { changed: changed || (found.unsure.length ? null : false), message: message + all };
  });
}

/**
 * A value typed over the add-on's computed cells of the quarter's evaluation tab, or an error they
 * show ("P11 berisi 'Tinggi' … "), as Periksa finds it: null when there is none.
 */
function computedProblem(wb: Workbook, tw: Tw): string | null {
  const found = evaluasiProblems([...wb.snapshots.values()], tw);
  if (!found.length) return null;
  const more = found.length > 1 ? ` (dan ${found.length - 1} sel hitungan lain)` : "";
  return `di tab '${found[0].sheet}' ${found[0].message.replace(/: .*$/s, "")}${more}`;
}

const statementTab = (tw: Tw, tahun: string) => `Pernyataan Reviu ${twName(tw)} ${tahun}`;
const STATEMENT_MADE = "Pernyataan dibuat";
const VERIFIED = "Diverifikasi";
/** The statement's own hash in its history row's detail column: "#pernyataan <sha-256>". */
const STATEMENT_LINE = "#pernyataan ";

/**
 * The hash of a statement's text: every non-empty cell (a sentence typed beside it counts), the
 * status row left out (reopening writes "TIDAK BERLAKU LAGI" there), trailing blanks ignored.
 */
function statementHash(values: CellValue[][], digest: Digest): string {
  const rows = values.map((row, r) => {
    if (r === STATEMENT_STATUS_ROW - 1) return [];
    const cells = row.map((v) => (v instanceof Date ? v.toISOString() : String(v ?? "")));
    while (cells.length && cells[cells.length - 1] === "") cells.pop();
    return cells;
  });
  while (rows.length && !rows[rows.length - 1].length) rows.pop();
  return digest(JSON.stringify(rows));
}

/** The TW's last Pernyataan dibuat row, and whether the TW was reopened after it (the statement is then history). */
function lastStatement(wb: Workbook, tw: Tw) {
  const rows = historyOf(wb).filter((h) => h.tw === twName(tw));
  const last = rows.filter((h) => h.event === STATEMENT_MADE).pop();
  return { last, old: rows.some((h) => h.event === REOPENED && h.row > (last?.row ?? 0)) };
}

/**
 * What is wrong with the TW's statement tab, "" when nothing: one the add-on did not record, one
 * edited after it was made, or, while the TW is reopened, one without the "TIDAK BERLAKU LAGI"
 * notice. A statement made over a submission since reopened is history: once the TW is sent again
 * it is no finding against the new submission (Buat pernyataan replaces it), and `said` gets the
 * sentence that says so.
 */
/**
 * The TW's statement recorded as made by the account that sent it (an add-on before the
 * reviewer-only rule let it): "" when not. Who made it is no change of the data: Verifikasi says so
 * in a Catatan and the rekap counts the TW as sent, not reviewed, and never as changed.
 */
function senderStatement(wb: Workbook, tw: Tw): string {
  const tab = statementTab(tw, tahunOf(wb));
  const { last, old } = lastStatement(wb, tw);
  const { sent } = quarterState(historyOf(wb), tw);
  if (!wb.snapshots.has(tab) || !last || old || !last.by || last.by.toLowerCase() !== sent?.by.toLowerCase())
    return "";
  return `tab '${tab}' dibuat oleh ${last.by} (${HISTORY_TAB} baris ${last.row}), yang juga mengirim ${twName(tw)}, bukan oleh reviewer, jadi ${twName(tw)} belum direviu: reviewer membuat pernyataan dengan akunnya sendiri`;
}

function statementProblem(wb: Workbook, tw: Tw, digest: Digest, timeZone: string, said?: string[]): string {
  const tab = statementTab(tw, tahunOf(wb));
  const made = wb.snapshots.get(tab);
  if (!made || !isStatement(made)) return "";
  const { last, old } = lastStatement(wb, tw);
  if (!last)
    return `tab '${tab}' tidak tercatat di ${HISTORY_TAB}, jadi bukan pernyataan yang dibuat reviewer dengan add-on`;
  const { reopened } = quarterState(historyOf(wb), tw);
  const notice = String(made.values[STATEMENT_STATUS_ROW - 1]?.[0] ?? "").startsWith("TIDAK BERLAKU");
  if (old) {
    if (reopened)
      return notice
        ? ""
        : `tab '${tab}' tidak berlaku lagi karena ${twName(tw)} dibuka kembali ${onBy(reopened, timeZone)}, tetapi tanda "TIDAK BERLAKU LAGI" di baris ${STATEMENT_STATUS_ROW} tidak ada`;
    said?.push(
      `Tab '${tab}' memuat pernyataan lama (${HISTORY_TAB} baris ${last.row}), tidak berlaku untuk kiriman ini: Buat pernyataan menggantinya.`,
    );
    return "";
  }
  if (
    last.packed.startsWith(STATEMENT_LINE) &&
    last.packed.slice(STATEMENT_LINE.length) !== statementHash(made.values, digest)
  )
    return `tab '${tab}' diubah setelah pernyataan dibuat ${onBy(last, timeZone)} (${HISTORY_TAB} baris ${last.row})`;
  return "";
}
const STATEMENT_TITLE = "PERNYATAAN TELAH DIREVIU";
/** A tab the add-on wrote as a statement: its title in A1. */
const isStatement = (t: TabSnapshot) => String(t.values[0]?.[0] ?? "") === STATEMENT_TITLE;
/** A blank of the form, where Pengaturan gives no name, NIP or place. */
const DOTS = "……………………………";
/** The statement's fourth row: blank while it holds, the notice that it no longer does once reopened. */
const STATEMENT_STATUS_ROW = 4;

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
    const wb = readAll(port);
    const { sent } = quarterState(historyOf(wb), tw);
    if (!sent) throw notReady(`${twName(tw)} belum pernah dikirim, jadi tidak perlu dibuka kembali.`);
    const covered = lockedTabs(
      coveredTabs(wb, tw),
      wb,
      recordOf(sent).tabs.map((t) => t.tab),
    );
    const settings = wb.snapshots.get(SETTINGS_TAB);
    for (const t of settings ? [...covered, settings] : covered) {
      if (port.unprotect(t.name, protectionLabel(tw))) continue;
      // A strict protection keeps its editors to the submitter and the owner, so that a reviewer
      // cannot change the data under review: then only they can lift it.
      throw new UserError(
        `${twName(tw)} hanya dapat dibuka kembali oleh ${sent.by || "pengirimnya"} (yang mengirim) atau pemilik spreadsheet, karena tab '${t.name}' dikunci ketat agar reviewer tidak dapat mengubah data yang direviu: minta mereka menekan "Buka kembali" dengan alasan yang sama.`,
        "dilindungi",
      );
    }
    const when = deps.now();
    record(
      port,
      wb,
      deps,
      tw,
      REOPENED,
      ["", "", "", reason, "", covered.map((t) => t.name).join(", "), ""],
      when,
    );
    // A statement made over the data before it was reopened no longer holds: it says so on its face.
    const tab = statementTab(tw, tahunOf(wb));
    const made = wb.snapshots.get(tab);
    let also = "";
    if (made && isStatement(made)) {
      const notice = `TIDAK BERLAKU LAGI: ${twName(tw)} dibuka kembali untuk perbaikan ${onBy({ when, by: deps.user() }, deps.timeZone)} (alasan: ${reason.replace(/[.\s]+$/, "")}). Pernyataan baru dibuat setelah ${twName(tw)} dikirim ulang dan direviu lagi.`;
      port.write(tab, [{ row: STATEMENT_STATUS_ROW, col: 1, cells: [[notice]] }], {
        styles: [statusStyle(true)],
      });
      also = ` Tab '${tab}' ditandai tidak berlaku lagi.`;
    }
    return {
      message: `${twName(tw)} dibuka kembali untuk perbaikan; tercatat di tab ${HISTORY_TAB}.${also} Kirim lagi setelah selesai.`,
    };
  });
}

/** The statement's status row: red while it no longer holds, plain again when a new one is made. */
function statusStyle(void_: boolean): NonNullable<TabFormat["styles"]>[number] {
  return {
    range: { row: STATEMENT_STATUS_ROW, col: 1, rows: 1, cols: 1 },
    bold: void_,
    background: void_ ? "#c62828" : "#ffffff",
    fontColor: void_ ? "#ffffff" : "#000000",
    wrap: true,
  };
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
  // A cell of "Evaluasi TW II 2024" is noted under TW II, whatever TW the panel shows.
  const onTab = /^Evaluasi TW (I{1,3}|IV)\b/.exec(request.sheet)?.[1];
  const tw = checkTw(onTab ? (ROMAN as readonly string[]).indexOf(onTab) + 1 : request.tw);
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
    const link = cellLink(request.sheet, cell, id);
    const row = append(port, wb, NOTES_TAB, NOTE_HEADERS, [
      0,
      deps.now(),
      twName(tw),
      request.sheet,
      link,
      indikator,
      catatan,
      NOTE_OPEN,
      deps.user(),
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
  // A TW's own row too, where each TW has one ("TW I … IV" down a column).
  if (plan) return plan.rows.find((r) => [r.row, ...(r.twRows ?? [])].includes(row - 1))?.indikator ?? "";
  const values = valuesOf(wb, sheet);
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
  /**
   * `confirm` false (the panel's box unticked; the panel always sends it): a quarter sent with galat
   * is not stated yet. `galat`: what the reviewer's own Periksa finds now (as for `verify`).
   */
  request: { tw: number; confirm?: boolean } & Recount,
): { message: string; tab: string } {
  const tw = checkTw(request.tw);
  const name = twName(tw);
  return port.withLock(() => {
    const wb = readAll(port);
    const { sent, reopened } = quarterState(historyOf(wb), tw);
    if (!sent) throw notReady(`${name} belum dikirim untuk reviu: pernyataan dibuat setelah reviu.`);
    // Every refusal says why, and the quarter is not ready for a statement yet.
    const refused = (why: string) => notReady(`Pernyataan tidak dibuat karena ${why}`);
    const regenerate = `: minta pengirim membuka kembali ${name}, membuat ulang tab Triwulan dan mengirim lagi.`;
    if (reopened)
      throw refused(
        `${name} dibuka kembali untuk perbaikan ${onBy(reopened, deps.timeZone)} (${HISTORY_TAB} baris ${reopened.row}) dan belum dikirim lagi: pernyataan dibuat setelah pengirim mengirim ulang ${name} dan Anda memverifikasinya.`,
      );
    // Made by the reviewer only (a quarter reopened says so first: nobody states it now).
    const who = reviewerProblem(deps, sent);
    if (who) throw refused(who);
    const riwayat = historyProblem(deps, wb, tw, sent);
    if (riwayat) throw refused(`${riwayat}.`);
    if (packedVersion(sent.packed) < 2)
      throw refused(
        `${OLD_RECORD}, sehingga perubahan di sana tidak dapat dibuktikan: minta pengirim menekan "Buka kembali untuk perbaikan" lalu "Kirim untuk reviu" lagi (datanya tidak perlu diubah).`,
      );
    const found = recordFindings(wb, tw, sent, deps.digest);
    const { changes, ringkasan } = found;
    if (changes.length) {
      throw refused(
        `data berubah sejak dikirim (${changedWhere(changes, cellNamer(wb, tw), 3, figuresFirst(wb))}): minta pengirim memperbaiki dan mengirim ulang ${name}, lalu verifikasi lagi.`,
      );
    }
    const gap = planGap(wb, tw);
    if (gap) throw refused(`rencana aksi berubah sejak dikirim (${gap})${regenerate}`);
    if (found.unsure.length) throw refused(dataVerdict(wb, tw, sent, found).replace(/^Tab/, "tab"));
    if (ringkasan) throw refused(`${ringkasan}${regenerate}`);
    const tampilan = shownProblem(port, wb, tw);
    if (tampilan)
      throw refused(`${tampilan}: minta pengirim mengembalikan ${AUTOMATIC}, lalu verifikasi lagi.`);
    const galatNow = countProblem(sent, found, request).problem;
    // The statement names the galat sent with: never a count the data does not give.
    if (galatNow)
      throw refused(
        `${galatNow}: minta pengirim membuka kembali ${name} dan mengirimnya lagi, lalu verifikasi lagi.`,
      );
    const hitungan = computedProblem(wb, tw);
    if (hitungan)
      throw refused(
        `${hitungan}: minta pengirim membuka kembali ${name}, memperbaikinya, dan mengirim lagi.`,
      );
    const tahun = tahunOf(wb);
    const tab = statementTab(tw, tahun);
    // The name the report and the rekap print; an issued statement never carries a placeholder.
    const opd = opdOf(wb);
    if (!opd)
      throw refused(
        "nama OPD tidak ditemukan di tab Pengaturan maupun di judul rencana aksi: isi nama OPD di tab Pengaturan, lalu buat pernyataan lagi.",
      );
    const open = notesFrom(valuesOf(wb, NOTES_TAB)).filter((n) => n.tw === name).length;
    // Sent with galat (the Dikirim row's Galat, its Keterangan "Dikirim dengan galat: <alasan>"): the
    // statement names them, never "tidak terdapat" alone; the panel asks the reviewer first.
    const galat = +(sent.cells[5] as number) || 0;
    const sentWith = galat
      ? `${galat} galat pemeriksaan otomatis saat dikirim (alasan pengirim: ${sent.note.split(WITH_GALAT)[1] ?? ""})`
      : "";
    if (request.confirm === false && galat)
      throw new UserError(
        `Ada ${sentWith}: centang "Sebutkan galat kiriman", lalu ulangi.`,
        "masukan",
        "confirm",
      );
    const date = deps.now();
    const lines: string[] = [
      STATEMENT_TITLE,
      `ATAS LAPORAN KINERJA ${opd.toUpperCase()}`,
      `TRIWULAN ${ROMAN[tw - 1]} TAHUN ${tahun}`,
      "",
      `${WE_DID} reviu atas Laporan Kinerja ${opd} ${name} tahun ${tahun} ${PLAN_BASIS}`,
      `${SUBSTANCE} manajemen perangkat daerah; ${OUR_PART}`,
      `Reviu ${AIM} terbatas atas capaian kinerja yang dilaporkan.`,
      `Berdasarkan reviu kami, ${open ? `masih terdapat ${open} catatan yang perlu diperbaiki (tab ${NOTES_TAB})` : NO_DIFFERENCE}${sentWith && `, selain ${sentWith}`}.`,
      "",
      `Data yang direviu: ${name} sebagaimana dikirim ${onBy(sent, deps.timeZone)} (tab ${HISTORY_TAB} baris ${sent.row}; kode data SHA-256 ${sent.hash}).`,
      "",
      `${wb.settings.tempatReviu || DOTS.slice(7)}, ${whenText(date, deps.timeZone).replace(/ pukul.*/, "")}`,
      "REVIEWER INSPEKTORAT",
      "",
      "",
      // As the form: name and NIP from Pengaturan, a dotted line for what is not given (never the e-mail).
      wb.settings.namaReviewer || DOTS,
      `NIP ${wb.settings.nipReviewer || DOTS}`,
    ];
    const existing = wb.snapshots.get(tab);
    if (existing && !isStatement(existing)) {
      throw new UserError(
        `Tab '${tab}' sudah ada tetapi bukan buatan add-on SAKIP: ganti namanya dulu.`,
        "tab-bukan-milik-add-on",
      );
    }
    if (!existing) port.create(tab);
    const rows: WriteCell[][] = lines.map((l) => [l]);
    while (rows.length < (existing?.values.length ?? 0)) rows.push([""]);
    port.write(tab, [{ row: 1, col: 1, cells: rows }]);
    // The statement's own text is recorded too: Verifikasi says when it was edited afterwards.
    const made = statementHash(
      lines.map((l) => [l]),
      deps.digest,
    );
    record(
      port,
      wb,
      deps,
      tw,
      STATEMENT_MADE,
      ["", "", "", `Tab '${tab}'`, sent.hash, tab, `${STATEMENT_LINE}${made}`],
      date,
    );
    port.format(tab, {
      // As every reviewed tab: typing over it warns ("sel ini dilindungi"); Verifikasi names an edit.
      protections: [{ range: "sheet", description: `SAKIP: pernyataan reviu ${name}`, warningOnly: true }],
      columnWidths: [{ col: 1, width: 720 }],
      styles: [
        { range: { row: 1, col: 1, rows: 3, cols: 1 }, bold: true, horizontalAlignment: "center" },
        { range: { row: 5, col: 1, rows: 6, cols: 1 }, wrap: true },
        ...(existing ? [statusStyle(false)] : []),
      ],
    });
    return {
      tab,
      message: `Tab '${tab}' dibuat: pernyataan telah direviu ${name}${open ? `, dengan ${open} catatan terbuka` : ""}.`,
    };
  });
}

/** Where a quarter stands in the review, from the history (the Inspektorat's rekap reads it). */
export interface ReviewState {
  status: "dikirim" | "belum dikirim" | "dibuka kembali" | "direviu";
  /** The last "Dikirim" of the TW: when and by whom; null when never sent. */
  sentAt: Date | null;
  sentBy: string | null;
  /**
   * What Verifikasi would call changed: the fingerprint differs from the one recorded when it was
   * sent, the Ringkasan or the statement is not what the record proves, or (given the port) a
   * number format shows what a cell does not hold; null when never sent, or when an older record
   * cannot tell (rows of a bidang tab it holds whole differ).
   */
  changed: boolean | null;
  /** What Verifikasi says of the data when an older record is read with more than its hash ("" otherwise). */
  note: string;
}

/**
 * The TW's last event that moves it (Dikirim, Dibuka kembali, Pernyataan dibuat; Diverifikasi does
 * not) and whether its data changed after the last submission: the same checks as Verifikasi.
 */
export function reviewState(
  wb: Workbook,
  tw: Tw,
  digest: Digest,
  port?: WorkbookPort,
  timeZone = "UTC",
): ReviewState {
  const moves = historyOf(wb).filter(
    (h) => h.tw === twName(tw) && [SENT, REOPENED, STATEMENT_MADE].includes(h.event),
  );
  const { sent } = quarterState(historyOf(wb), tw);
  if (!sent) return { status: "belum dikirim", sentAt: null, sentBy: null, changed: null, note: "" };
  const last = moves[moves.length - 1]?.event;
  const bySender = last === STATEMENT_MADE ? senderStatement(wb, tw) : "";
  const status =
    last === REOPENED ? "dibuka kembali" : last === STATEMENT_MADE && !bySender ? "direviu" : "dikirim";
  let changed: boolean | null;
  let note = "";
  const riwayat = historyProblem({ digest, timeZone }, wb, tw, sent);
  try {
    // By the rules the record was made with (an older record covers less), as Verifikasi does.
    const found = recordFindings(wb, tw, sent, digest);
    changed =
      found.changes.length > 0 ||
      !!found.ringkasan ||
      !!planGap(wb, tw) ||
      !!statementProblem(wb, tw, digest, timeZone) ||
      (!!port && !!shownProblem(port, wb, tw));
    if (found.unsure.length || found.filled.length || found.converted || found.laporanOutside)
      note = dataVerdict(wb, tw, sent, found);
    if (!changed && found.unsure.length) changed = null;
    if (bySender) note = `Pernyataan: ${bySender}. ${note}`.trim();
    if (riwayat) [changed, note] = [true, `Riwayat tidak sesuai: ${riwayat}. ${note}`.trim()];
  } catch (e) {
    // The evaluation tab (or a bidang tab) that was sent is gone: the data changed.
    if (!(e instanceof UserError)) throw e;
    changed = true;
  }
  return {
    status,
    sentAt: sent.when instanceof Date ? sent.when : null,
    sentBy: sent.by || null,
    changed,
    note,
  };
}
