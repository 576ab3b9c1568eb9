import { addOnComputed, sheetsForms } from "../core/computed-cells";
import { derivedDifferences, differencesText, firstOf, misleadingFormats } from "../core/derived";
import { type BidangRows, evaluasiTabName, HEADER_ROW, spillColumns, type Tw } from "../core/evaluasi";
import {
  type Change,
  compare,
  type Digest,
  FINGERPRINT_VERSION,
  type FilledCell,
  type Fingerprint,
  filledSince,
  fingerprint,
  formulaReferences,
  onlyCells,
  onlyFree,
  packedVersion,
  type TabPrint,
  wholeHash,
} from "../core/fingerprint";
import { KOREKSI_COL } from "../core/koreksi";
import { namedScale } from "../core/kriteria";
import { type PlanField, type PlanTable, rowOf, twFields } from "../core/plan";
import { isMemo } from "../core/regenerate";
import { laporanTabName } from "../core/report/lakip";
import { UserError } from "../core/result";
import { ringkasanTabName } from "../core/ringkasan";
import { lowestValues } from "../core/ringkasan-lowest";
import { SETTINGS_TAB } from "../core/settings";
import { chooseBidang, PK_TAB_NAME, scaleOf, tahunOf, type Workbook } from "./plans";
import type { CellValue, RangeRef, TabSnapshot, WorkbookPort, WriteCell } from "./port";
import { HISTORY_TAB, historyOf, quarterState } from "./riwayat";
import { expectedRingkasan } from "./triwulan";

/**
 * What a review record covers and how it is checked: the tabs a submission locks, what the
 * fingerprint hashes (by version), and the Ringkasan recomputed from the evaluation tab.
 */

/** The tabs a submission locks: the bidang plan tabs, the TW's evaluation tab and its Ringkasan. */
export interface Covered {
  plans: TabSnapshot[];
  evaluasi: TabSnapshot;
  /** Absent only in a file made before the add-on wrote it (or after a person deleted it). */
  ringkasan?: TabSnapshot;
  /** The quarter's report tab (Buat laporan), when it exists: what the reviewer reads and signs over. */
  laporan?: TabSnapshot;
}

function evaluasiOf(wb: Workbook, tw: Tw): TabSnapshot {
  const evalName = evaluasiTabName(tw, tahunOf(wb));
  const evaluasi = wb.snapshots.get(evalName);
  if (!evaluasi)
    throw new UserError(`Tab '${evalName}' belum ada: buat tab Triwulan dulu, lalu kirim.`, "belum-siap");
  return evaluasi;
}

export function coveredTabs(wb: Workbook, tw: Tw): Covered {
  const tahun = tahunOf(wb);
  const evaluasi = evaluasiOf(wb, tw);
  const plans = chooseBidang(wb).map((p) => wb.snapshots.get(p.tab) as TabSnapshot);
  return {
    plans,
    evaluasi,
    ringkasan: wb.snapshots.get(ringkasanTabName(tw, tahun)),
    laporan: wb.snapshots.get(laporanTabName(tw, tahun)),
  };
}

/**
 * Every tab the record covers, locked on Kirim: the bidang tabs (listed, or read by the evaluation
 * tab's formulas: an own-layout tab), evaluation, Ringkasan, report and PK tabs (`recorded`: the
 * record's tab names; Pengaturan, covered only in part, stays open).
 */
export const lockedTabs = (c: Covered, wb: Workbook, recorded: string[]) => {
  const names = [...c.plans.map((t) => t.name), ...recorded].filter(
    (n) => n !== SETTINGS_TAB && n !== HISTORY_TAB,
  );
  const plans = [...new Set(names)].map((n) => wb.snapshots.get(n));
  return [...new Set([...plans, c.evaluasi, c.ringkasan, c.laporan])].filter((t): t is TabSnapshot => !!t);
};

/** The fields each TW fills (realisasi, and a typed Capaian TW I–IV): a record from version 8 leaves out those of the quarters after its own. */
const TW_FIELDS: PlanField[] = [
  ...twFields("realisasiTw"),
  ...twFields("realisasiAnggaranTw"),
  ...twFields("capaianTw"),
];

/** "TW II", "Triwulan 3" in a header path as the reading keeps it (lower case): the TWs it names. */
const ROMAN_TW = ["i", "ii", "iii", "iv"];
const TW_NAMED = /\b(?:tw|triwulan)\s*(iv|i{1,3}|[1-4])\b/g;

/**
 * The columns of a plan the TWs after `tw` fill and the quarter's figures do not take: a typed
 * capaian of a later TW ("Capaian s.d. TW II"), and a column whose header names only later TWs read
 * as nothing, as a remark ("Keterangan TW II", "Bukti Dukung TW III") or as those TWs' realisasi
 * ("Realisasi TW III", added when TW III comes). 0-based.
 */
function laterColumns(p: PlanTable, tw: Tw): number[] {
  const cols = (p.reading ?? [])
    .filter((c) => {
      const named = [...c.header.matchAll(TW_NAMED)].map((m) => ROMAN_TW.indexOf(m[1]) + 1 || +m[1]);
      return (
        named.length &&
        named.every((n) => n > tw) &&
        c.fields.every((f) => f === "keterangan" || (TW_FIELDS.includes(f) && +f.slice(-1) > tw))
      );
    })
    .map((c) => c.col);
  const capaian = p.columns.capaian;
  return capaian !== undefined && (p.capaianTw ?? 0) > tw ? [...cols, capaian] : cols;
}

/** The Pengaturan rows a reviewer relies on (by label in column A): whose report, which year, which scale. */
const FINGERPRINTED_SETTINGS: Record<number, Set<string>> = {
  1: new Set(["opd", "tahun"]),
  2: new Set(["opd", "tahun", "skala kriteria"]),
};

/**
 * What the fingerprint covers: the submitted tabs as people typed them (the evaluation tab
 * without the spilled results of CAPAIAN, KRITERIA and EFISIENSI), the PK tabs, and of Pengaturan
 * only what changes what the numbers say; so naming the reviewer later changes nothing.
 * Version 1 (records made before 2026-12): plan, evaluation and PK tabs, OPD and year. Version 2
 * adds the Ringkasan tab (a derived tab is signed over too), the notes people wrote in the covered
 * tabs, the kriteria scale with a custom scale (D:E) and the reading corrections (G:I). Version 3
 * covers of the bidang tabs only the cells the evaluation tab's formulas read (with their notes):
 * the quarter's report is made of them, and the next quarter's realisasi typed beside them leaves
 * it as sent; it adds the Ringkasan's notes and what is typed below the table in a result column.
 * Version 4 hashes a computed column holding the add-on's own formulas (one spill formula in Sheets,
 * or one standard formula per row in a file saved for Excel / LibreOffice) as which computation it
 * is, marked in its header cell, not as the formula text: the add-on's conversion of the same
 * column is the same record, while a value or another formula in such a cell is hashed as itself.
 * Version 8 covers every tab a submission locks whole (`lockedTabs`): the bidang tabs and any tab
 * the evaluation tab reads, with their notes (the later quarters' realisasi is told apart when
 * compared, see `compareRecord`).
 */
export function fingerprintedTabs(wb: Workbook, tw: Tw, version: number, laporan = true): TabSnapshot[] {
  const tahun = tahunOf(wb);
  const v2 = version >= 2;
  const v3 = version >= 3;
  const covered: Covered =
    v3 && version < 8
      ? {
          plans: [],
          evaluasi: evaluasiOf(wb, tw),
          ringkasan: wb.snapshots.get(ringkasanTabName(tw, tahun)),
        }
      : coveredTabs(wb, tw);
  const evaluasi = covered.evaluasi;
  if (v2 && !evaluasi.notes) throw new Error("fingerprintOf: read the workbook with its notes");
  const spills = spillColumns(evaluasi);
  const keyCol = (evaluasi.values[HEADER_ROW - 1] ?? []).indexOf("Kunci");
  // The spilled results lie within the table (down to its last keyed row); below it, a cell is typed.
  let lastKeyed = evaluasi.values.length;
  if (v3 && keyCol >= 0) {
    while (lastKeyed > HEADER_ROW && evaluasi.values[lastKeyed - 1]?.[keyCol] === "") lastKeyed--;
  }
  const addOn = version >= 4 ? addOnComputed(evaluasi, scaleOf(wb)) : null;
  const ours = (r: number, c: number) => addOn?.cells.has(`${r},${c}`) ?? false;
  const typed: TabSnapshot = {
    ...evaluasi,
    values: evaluasi.values.map((row, r) =>
      r < HEADER_ROW || r >= lastKeyed
        ? row.map((v, c) =>
            r === HEADER_ROW - 1 && addOn?.columns.has(c)
              ? `${String(v)} [dihitung add-on: ${addOn.columns.get(c)}]`
              : ours(r, c)
                ? ""
                : v,
          )
        : row.map((v, c) =>
            (spills.has(c) && !evaluasi.formulas[r]?.[c] && !addOn?.rowwise.has(c)) || ours(r, c) ? "" : v,
          ),
    ),
    formulas: addOn
      ? evaluasi.formulas.map((row, r) => row.map((f, c) => (ours(r, c) ? "" : f)))
      : evaluasi.formulas,
    // The add-on's memos on the hidden key cells are its bookkeeping, not what a person reads.
    notes: v2
      ? evaluasi.notes?.map((row) => row.map((n, c) => (c === keyCol && isMemo(n) ? "" : n)))
      : undefined,
  };
  const withNotes = (t: TabSnapshot): TabSnapshot => (v2 ? t : { ...t, notes: undefined });
  const isPk = (name: string) => PK_TAB_NAME.test(name.trim());
  const pk = [...wb.snapshots.values()].filter((t) => isPk(t.name)).map(withNotes);
  const derived =
    v2 && covered.ringkasan
      ? [{ ...covered.ringkasan, notes: v3 ? covered.ringkasan.notes : undefined }]
      : [];
  const settings = wb.snapshots.get(SETTINGS_TAB);
  let plans = covered.plans.map(withNotes);
  if (v3) {
    const refs = formulaReferences(evaluasi.formulas);
    const own = new Set([evaluasi.name, covered.ringkasan?.name, SETTINGS_TAB]);
    const read = [...refs.keys()]
      .filter((name) => !own.has(name) && !isPk(name) && wb.snapshots.has(name))
      .sort()
      .map((name) => wb.snapshots.get(name) as TabSnapshot);
    // A reference built from text (INDIRECT, OFFSET) cannot be listed: every bidang tab counts whole.
    // From version 8 every tab locked as sent, whole: the bidang tabs and any tab the evaluation reads.
    plans =
      version > 7
        ? [...new Set([...plans, ...read])]
        : refs.has("*")
          ? coveredTabs(wb, tw).plans
          : read.map((tab) => {
              const cells = refs.get(tab.name);
              return cells === "semua" || cells === undefined ? tab : onlyCells(tab, cells);
            });
  }
  // Version 5: the report tab as it stands (its text, what a person typed in it, its notes).
  const report = version >= 5 && laporan ? wb.snapshots.get(laporanTabName(tw, tahun)) : undefined;
  return [
    ...plans,
    typed,
    ...derived,
    ...(report ? [report] : []),
    ...pk,
    ...(settings ? [settingsPrint(settings, version)] : []),
  ];
}

/**
 * The ranges of Pengaturan a record from version 2 covers, locked with the quarter: the A:B of the
 * OPD, Tahun and Skala kriteria rows, the custom scale (D2:E12) when it is used, and the reading
 * corrections (G:I). The rest (the reviewer's name and NIP for the statement) stays open.
 */
export function settingsLocked(settings: TabSnapshot): RangeRef[] {
  const print = settingsPrint(settings, FINGERPRINT_VERSION);
  // Consecutive rows as one range (in the template OPD, Tahun and Skala kriteria are A2:B4).
  const runs: RangeRef[] = [];
  print.values.forEach((row, r) => {
    const last = runs[runs.length - 1];
    if (row[0] === "") return;
    if (last && last.row + last.rows === r + 1) last.rows++;
    else runs.push({ row: r + 1, col: 1, rows: 1, cols: 2 });
  });
  const custom = print.values.some((row) => row[3] !== "" || row[4] !== "");
  return [
    ...runs,
    ...(custom ? [{ row: 2, col: 4, rows: 11, cols: 2 }] : []),
    { row: 1, col: KOREKSI_COL, rows: Math.max(settings.values.length, 1), cols: 3 },
  ];
}

/** Pengaturan as fingerprinted: the kept rows' A:B, and from version 2 the custom scale and the corrections. */
function settingsPrint(settings: TabSnapshot, version: number): TabSnapshot {
  const labels = FINGERPRINTED_SETTINGS[Math.min(version, 2)];
  const label = (r: number) =>
    String(settings.values[r]?.[0] ?? "")
      .trim()
      .toLowerCase();
  const custom =
    version >= 2 &&
    settings.values.some(
      (row, r) => label(r) === "skala kriteria" && /^\s*sendiri\s*$/i.test(String(row[1])),
    );
  const kept = (r: number, c: number) => {
    if (c < 2) return labels.has(label(r));
    if (version < 2) return false;
    // The custom scale is where KRITERIA reads it (Pengaturan!$D$2:$E$12); the corrections are G:I.
    if (c === 3 || c === 4) return custom && r >= 1 && r <= 11;
    return c >= KOREKSI_COL - 1 && c <= KOREKSI_COL + 1;
  };
  const pick = <T>(row: T[], r: number, blank: T) => row.map((v, c) => (kept(r, c) ? v : blank));
  return {
    name: settings.name,
    values: settings.values.map((row, r) => pick<CellValue>(row, r, "")),
    formulas: settings.values.map((_, r) => pick(settings.formulas[r] ?? [], r, "")),
  };
}

/**
 * The fingerprint of a TW's submitted data, by the current rules (read `wb` with its notes); from
 * version 7 with the Dikirim row's E:I (`sent`, the row Kirim writes; else the TW's last in the history).
 */
export function fingerprintOf(
  wb: Workbook,
  tw: Tw,
  digest: Digest,
  version = FINGERPRINT_VERSION,
  laporan = true,
  sent?: CellValue[],
): Fingerprint {
  const print = fingerprint(fingerprintedTabs(wb, tw, version, laporan), digest);
  const row = sent ?? sentRow(wb, tw);
  if (version < 7 || !row) return print;
  const tabs = [...print.tabs, sentPrint(row, digest)];
  return { hash: wholeHash(tabs, digest), tabs };
}

/** The TW's last Dikirim row as the history tab holds it, undefined when never sent. */
export function sentRow(wb: Workbook, tw: Tw): CellValue[] | undefined {
  return quarterState(historyOf(wb), tw).sent?.cells;
}

/** A Dikirim row's Oleh, Galat, Peringatan, Info and Keterangan (E:I) as a record covers them: each whole, as text. */
export function sentPrint(row: readonly CellValue[], digest: Digest): TabPrint {
  const code = [4, 5, 6, 7, 8].map((c) => encodeURIComponent(String(row[c] ?? ""))).join(";");
  return { tab: HISTORY_TAB, hash: digest(code), rows: {}, cells: { 1: code } };
}

/** What a record kept of its Dikirim row's E:I (`sentPrint`), as text; undefined before version 7. */
export const sentFields = (tabs: TabPrint[]) =>
  tabs
    .find((t) => t.tab === HISTORY_TAB)
    ?.cells?.[1]?.split(";")
    .map(decodeURIComponent);

/** What the workbook holds now against a record, by the rules of the record's version. */
export interface RecordComparison {
  now: Fingerprint;
  /** Where the data the record covers differs from it. */
  changes: Change[];
  /**
   * Rows of a bidang tab that a record holding whole rows (before version 3) finds changed where it
   * cannot tell whether a cell the quarter reads changed or one beside it (the next TW's realisasi).
   */
  unsure: Change[];
  /** Cells the quarter does not read that differ since, proven to be all that does: filled in (`filledSince`), or a later quarter's realisasi (`onlyFree`). */
  filled: { tab: string; cells: FilledCell[] }[];
  /** The evaluation tab's computed columns were saved for Excel / LibreOffice since (proven, see `sheetsForms`). */
  converted: boolean;
  /** The quarter's report tab, when it exists now but the record does not hold it ("" otherwise). */
  laporanOutside: string;
}

/**
 * The workbook against a record. A record made before version 4 hashes the computed columns'
 * formula text, so a tab saved for Excel since is compared in the form Sheets held it; one made
 * before version 3 holds the bidang tabs' rows whole, so the cells filled in beside the quarter are
 * looked for; one from version 8 holds them whole with each row's cells, so a difference only in the
 * later quarters' realisasi is proven (and named apart from the quarter's own changed cells); what
 * none can show stays a change (or, for such rows, unsure), never unchanged.
 * `sent`: the submission's Dikirim row, which the record covers from version 7.
 */
export function compareRecord(
  wb: Workbook,
  tw: Tw,
  version: number,
  recorded: Fingerprint,
  digest: Digest,
  sent: CellValue[],
): RecordComparison {
  const report = laporanTabName(tw, tahunOf(wb));
  // A report tab made after sending (or by an add-on that did not record it) is not in the record.
  const held = recorded.tabs.some((t) => t.tab === report);
  const laporanOutside = wb.snapshots.has(report) && !held ? report : "";
  let now = fingerprintOf(wb, tw, digest, version, held, sent);
  let changes = now.hash === recorded.hash ? [] : compare(recorded, now);
  let book = wb;
  let converted = false;
  const evaluasi = evaluasiOf(wb, tw);
  if (version < 4 && changes.some((c) => c.tab === evaluasi.name)) {
    // The form that leaves the fewest rows changed (rows are located by their hashes, as always).
    const rowsOf = (cs: Change[]) => cs.find((c) => c.tab === evaluasi.name)?.rows.length ?? 0;
    for (const form of sheetsForms(evaluasi, scaleOf(wb))) {
      const other = { ...wb, snapshots: new Map(wb.snapshots).set(evaluasi.name, form) };
      const print = fingerprintOf(other, tw, digest, version, held, sent);
      const left = compare(recorded, print);
      if (rowsOf(left) >= rowsOf(changes) && left.some((c) => c.tab === evaluasi.name)) continue;
      [now, book, converted, changes] = [print, other, true, left];
      if (!rowsOf(left)) break;
    }
  }
  const unsure: Change[] = [];
  const filled: RecordComparison["filled"] = [];
  if ((version < 3 || version > 7) && changes.length) {
    const tabs = new Map(fingerprintedTabs(book, tw, version, held).map((t) => [t.name, t]));
    const plans = new Set(coveredTabs(book, tw).plans.map((t) => t.name));
    const refs = formulaReferences((book.snapshots.get(evaluasi.name) ?? evaluasi).formulas);
    // From version 8 a bidang tab is recorded whole: only what the later quarters fill (their realisasi
    // as the reading maps them, typed after sending or a "-" replaced; a later TW's typed capaian or
    // remarks) is outside the quarter's data.
    const later = new Set<string>();
    const heads = new Set<string>();
    for (const p of book.plans) {
      const cols = laterColumns(p, tw);
      for (const pr of p.rows) {
        for (const field of TW_FIELDS.filter((f) => +f.slice(-1) > tw)) {
          const [row, col] = [rowOf(pr, field), pr.columns[field]];
          if (row !== undefined && col !== undefined) later.add(`${p.tab}!${row + 1},${col + 1}`);
        }
        for (const col of cols) later.add(`${p.tab}!${pr.row + 1},${col + 1}`);
      }
      // Such a column added since: its header cells too, when they were empty at Kirim (`free`).
      for (const col of cols)
        for (let r = p.headerTop; r <= p.headerBottom; r++) heads.add(`${p.tab}!${r + 1},${col + 1}`);
    }
    changes = changes.flatMap((c) => {
      const tab = tabs.get(c.tab);
      const was = recorded.tabs.find((t) => t.tab === c.tab);
      if (c.kind !== "berubah" || !plans.has(c.tab) || !tab || !was) return [c];
      const read = refs.has("*") ? "semua" : refs.get(c.tab);
      const empty = new Set(c.cells?.filter((x) => !x.was).map((x) => `${c.tab}!${x.row},${x.col}`));
      const free = (r: number, col: number, at = `${c.tab}!${r},${col}`) =>
        read !== "semua" &&
        !read?.has(`${r},${col}`) &&
        (version < 3 || later.has(at) || (heads.has(at) && empty.has(at)));
      const cells = version > 7 ? onlyFree(tab, was, c, free, digest) : filledSince(tab, was, free, digest);
      if (cells) filled.push({ tab: c.tab, cells });
      else if (version < 3) unsure.push(c);
      else {
        // Named by the quarter's own cells that changed, not the later quarters' beside them; where
        // only later quarters' cells changed that cannot be proven free (a formula when sent), by those.
        const own = c.cells?.filter((x) => !free(x.row, x.col)) ?? [];
        if (!own.length) return [c];
        const rows = c.rows.filter((r) => own.some((x) => x.row === r) || !c.cells?.some((x) => x.row === r));
        return [{ ...c, rows, cells: own }];
      }
      return [];
    });
  }
  // The Dikirim row's own cells are the history's to name (Riwayat tidak sesuai), not the data's.
  changes = changes.filter((c) => c.tab !== HISTORY_TAB);
  return { now, changes, unsure, filled, converted, laporanOutside };
}

/**
 * The fingerprint version of the TW's last submission (the current one when it was never sent), so
 * that `sakip sidik` prints what the record holds, also for a record an older version made.
 */
export function recordedVersion(wb: Workbook, tw: Tw): number {
  const { sent } = quarterState(historyOf(wb), tw);
  return sent ? packedVersion(sent.packed) : FINGERPRINT_VERSION;
}

/** What a submission recorded and what the workbook gives now, by the rules of the record's version. */
export interface RecordCheck {
  version: number;
  recorded: Fingerprint;
  now: Fingerprint;
}

/**
 * The Ringkasan tab recomputed from the evaluation tab and compared cell by cell: "" when it is
 * exactly what the add-on writes, else one sentence naming the cells that differ.
 *
 * Against a record (Verifikasi, the statement, the rekap) the record is the proof: a record made
 * before the Ringkasan was covered (version 1) does not judge it; a covered Ringkasan whose hash
 * is the recorded one is as it was sent, when the add-on that sent it recomputed it, so a later
 * add-on that writes the table differently (a new column, other formulas) does not call it
 * changed. Only a Ringkasan changed since it was sent is recomputed, and only its changed rows are
 * named; if cells of unchanged rows differ too, the tab was written by another version of the
 * add-on and what a changed cell should hold cannot be computed by this one: then the rows are
 * named.
 */
export function ringkasanProblem(wb: Workbook, tw: Tw, covered: Covered, record?: RecordCheck): string {
  const name = ringkasanTabName(tw, tahunOf(wb));
  if (record && record.version < 2) return "";
  const was = record?.recorded.tabs.find((t) => t.tab === name);
  const is = record?.now.tabs.find((t) => t.tab === name);
  if (!covered.ringkasan) return `tab '${name}' tidak ada`;
  const current = scaleOf(wb).bands.map((b) => b.label);
  const labels = new Set(
    [...["permendagri86", "lakip", "akip"].map(namedScale), scaleOf(wb)].flatMap(
      (sc) => sc?.bands.map((b) => b.label) ?? [],
    ),
  );
  const scale = scaleChanged(current, covered.ringkasan.values[HEADER_ROW - 1] ?? [], labels);
  if (scale)
    return `tab '${name}' dibuat dengan skala kriteria lain (kolom ${scale.was}), bukan skala "${wb.settings.skala}" di Pengaturan (kolom ${scale.is}): skala kriteria diganti sejak tab itu dibuat`;
  if (was && is && was.hash === is.hash) return "";
  let expected: WriteCell[][];
  let values: (CellValue | undefined)[][];
  try {
    let bidang: BidangRows[];
    ({ cells: expected, values, bidang } = expectedRingkasan(wb, covered.evaluasi, tw));
    // The five lowest (names, capaian, kriteria, No) under their block's title, as their formulas give them.
    const title = expected.findIndex((r) => String(r[0] ?? "").endsWith(" terendah"));
    if (title >= 0)
      lowestValues(bidang, covered.evaluasi.values).forEach((row, k) => {
        values[title + 2 + k] = row;
      });
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return `tab '${name}' tidak dapat dihitung ulang dari tab '${covered.evaluasi.name}' (${e.message.replace(/\.$/, "")})`;
  }
  let diffs = derivedDifferences(expected, covered.ringkasan, values);
  if (was && is) {
    const rows = new Set([...Object.keys(was.rows), ...Object.keys(is.rows)].map(Number));
    const changed = new Set([...rows].filter((r) => was.rows[r] !== is.rows[r]));
    if (diffs.some((d) => !changed.has(d.row))) {
      const listed = [...changed].sort((a, b) => a - b).join(", ");
      return `tab '${name}' baris ${listed} berubah sejak dikirim; tab itu dibuat oleh versi add-on sebelumnya, jadi isi yang seharusnya tidak dapat dihitung ulang di sini`;
    }
    diffs = diffs.filter((d) => changed.has(d.row));
  }
  return diffs.length
    ? `tab '${name}' tidak sama dengan hitungan dari tab '${covered.evaluasi.name}': ${differencesText(diffs)}`
    : "";
}

/**
 * The kriteria columns of a Ringkasan header (found by their labels, not by position) against the
 * scale in Pengaturan now: when they differ, the scale changed since the tab was made.
 */
function scaleChanged(
  current: string[],
  actual: CellValue[],
  labels: ReadonlySet<string>,
): { was: string; is: string } | null {
  const have = actual.map((v) => String(v ?? "").trim()).filter((h) => labels.has(h));
  const gone = have.filter((h) => !current.includes(h));
  const added = current.filter((h) => !have.includes(h));
  // A Ringkasan with no kriteria column is left to the cell-by-cell comparison.
  if (!have.length || (!gone.length && !added.length)) return null;
  return { was: gone.join(", ") || "yang sama", is: added.join(", ") || "yang sama" };
}

/**
 * A number format that shows what a cell does not hold (a figure typed into the format, `"7"`, or
 * one that hides the cell, `;;;`) on the evaluation tab or the Ringkasan: the reviewer would read a
 * figure the record does not contain. Formats are not in the fingerprint (a person may show more
 * decimals), so the tabs are read with them here: "" when none misleads.
 */
export function formatProblem(port: WorkbookPort, covered: Covered, max = 3): string {
  const tabs = [covered.evaluasi, ...(covered.ringkasan ? [covered.ringkasan] : [])];
  const found = tabs.flatMap((t) => {
    const formats = port.read(t.name, { formats: true }).formats?.numberFormat ?? [];
    const cells = misleadingFormats(formats, t.values);
    if (!cells.length) return [];
    return cells.map((d) => `di tab '${t.name}' ${d.cell} memakai ${d.found}`);
  });
  return firstOf(found, max);
}
