import type { CellValue } from "../core/cells";
import { readCorrections } from "../core/koreksi";
import { customScale, namedScale, SCALES, type Scale } from "../core/kriteria";
import {
  detectPlan,
  HEADER_AREA_ROWS,
  type ReadOptions,
  renstraTableSentence,
  TITLE_YEAR,
  unreadSentence,
} from "../core/layout";
import { readPercentCells } from "../core/persen";
import type { PlanField, PlanTable } from "../core/plan";
import { opdOfWorkbook } from "../core/rekap";
import { UserError } from "../core/result";
import { checkTahun, readSettings, SETTINGS_TAB, type Settings, settingsCells } from "../core/settings";
import type { SnapshotOptions, TabInfo, TabSnapshot, WorkbookPort } from "./port";

/** Tabs the add-on writes itself, or that are not plans: never read as a Rencana Aksi. */
const NOT_PLAN =
  /^(pengaturan|pk|perjanjian kinerja|evaluasi tw|ringkasan tw|laporan (tw|tahunan)|hasil pemeriksaan|riwayat reviu|catatan reviu|pernyataan)/i;

/** The Perjanjian Kinerja tab(s): the targets the plan answers to. */
export const PK_TAB_NAME = /^(pk|perjanjian kinerja)\b/i;

export function isPlanCandidate(tab: string): boolean {
  return !NOT_PLAN.test(tab.trim());
}

export interface Workbook {
  tabs: TabInfo[];
  settings: Settings;
  snapshots: Map<string, TabSnapshot>;
  /** Every tab recognised as a plan, in workbook order. */
  plans: PlanTable[];
  /** Columns each plan lacks for a triwulan evaluation. */
  missing: Map<string, PlanField[]>;
  /** Tabs that looked like candidates but are not plans, with the reason. */
  skipped: { tab: string; reason: string }[];
  /** Tabs with a header but no Indikator column, as read (no rows): Cara dibaca lets a person point at it. */
  unread: PlanTable[];
  /** The office's Renstra tables (only Renstra targets): the reports' target akhir, never a bidang. */
  renstra: PlanTable[];
  /** How each tab is read: merged header ranges and a person's correction (Pengaturan). */
  reading: Map<string, ReadOptions>;
}

/** A tab's cells as read, none for a tab the workbook does not hold (or was not asked to read). */
export const valuesOf = (wb: Workbook, tab: string): CellValue[][] => wb.snapshots.get(tab)?.values ?? [];

export interface WorkbookNeeds extends SnapshotOptions {
  /** The tabs a use case needs besides Pengaturan (default: every tab). */
  tabs?: (name: string, settings: Settings) => boolean;
  /** The year a person gave for this run (`--tahun`, the panel's field), over Pengaturan's. */
  tahun?: string;
}

/** Reads the Pengaturan tab, then every tab the use case needs, once each (one read per tab). */
export function readWorkbook(port: WorkbookPort, needs: WorkbookNeeds = {}): Workbook {
  const tabs = port.tabs();
  const snapshots = new Map<string, TabSnapshot>();
  const read = (name: string) => snapshots.set(name, port.read(name, needs));
  if (tabs.some((t) => t.name === SETTINGS_TAB))
    snapshots.set(SETTINGS_TAB, port.read(SETTINGS_TAB, { ...needs, numberFormats: false }));
  const settingsValues = snapshots.get(SETTINGS_TAB)?.values ?? null;
  const settings = readSettings(settingsValues);
  const corrections = readCorrections(settingsValues);
  const measured = Number(needs.tahun?.trim() || settings.tahun) || undefined;
  const names = tabs
    .map((t) => t.name)
    .filter((n) => n !== SETTINGS_TAB && (needs.tabs?.(n, settings) ?? true));
  for (const name of names) read(name);
  const plans: PlanTable[] = [];
  const missing = new Map<string, PlanField[]>();
  const skipped: Workbook["skipped"] = [];
  const unread: PlanTable[] = [];
  const renstra: PlanTable[] = [];
  const reading = new Map<string, ReadOptions>();
  for (const name of names) {
    const { values } = snapshots.get(name) as TabSnapshot;
    // The snapshot is the data range: its size is the tab's used size, no need to ask Sheets.
    const used = values.length > 1 || values[0]?.some((v) => v !== "");
    const options: ReadOptions = { merges: [], correction: corrections.get(name) };
    // The measured year, where a table holds several side by side: the one given, else Pengaturan's,
    // else the tab's title ("RENCANA AKSI … TAHUN 2024"); only without any the reader takes the latest.
    const tahun = measured ?? titleYear(values);
    if (tahun) options.tahun = tahun;
    let detection = isPlanCandidate(name) ? detectPlan(name, values, options) : null;
    // Merged header cells read as blank beside their first cell, which the reader fills as a merge
    // would (the layout corpus reads the same with and without them). Sheets is asked for them only
    // when the values alone give no table: each merged range costs calls.
    if (used && detection && !detection.ok) {
      options.merges = port.headerMerges(name, Math.min(values.length, HEADER_AREA_ROWS), values[0].length);
      if (options.merges.length) detection = detectPlan(name, values, options);
    }
    reading.set(name, options);
    if (!detection) continue;
    if (detection.ok && detection.table.renstraTable) renstra.push(detection.table);
    else if (detection.ok) {
      // Percent-formatted quantities in points, when their formats were read (Buat tab Triwulan).
      readPercentCells(detection.table, snapshots.get(name)?.numberFormats);
      plans.push(detection.table);
      missing.set(name, detection.missing);
    } else {
      skipped.push({ tab: name, reason: detection.reason });
      if (detection.table) unread.push(detection.table);
    }
  }
  return { tabs, settings, snapshots, plans, missing, skipped, unread, renstra, reading };
}

/**
 * Which tabs a use case reads for its bidang plans: the tabs asked for, else every tab that may be a
 * plan (Pengaturan's list only orders and names them: see `chooseBidang`).
 */
export function bidangTabs(asked?: string[]): (name: string) => boolean {
  return (name) => (asked?.length ? asked.includes(name) : isPlanCandidate(name));
}

/**
 * The bidang plans to work on, one list for every surface (evaluation tab, Ringkasan, Periksa,
 * laporan, rekap, the review record): the tabs asked for, else every plan tab the add-on reads,
 * those Pengaturan's "Tab bidang" names first in its order. A tab named (asked for or listed) that
 * is not a usable plan is a UserError naming it; a tab that is no plan is named by `leftOut`.
 */
export function chooseBidang(wb: Workbook, asked?: string[]): PlanTable[] {
  // A Renstra table listed in Pengaturan's "Tab bidang" (an older list, or typed there) is no bidang.
  const isRenstra = (tab: string) => wb.renstra.some((t) => t.tab === tab);
  const wanted = asked?.length ? asked : wb.settings.bidang.filter((tab) => !isRenstra(tab));
  if (!wanted.length && !wb.plans.length) {
    throw new UserError(
      "Tidak ada tab Rencana Aksi yang dikenali: buat kerangka Rencana Aksi atau pastikan tab bidang memiliki baris judul kolom (Indikator, Target, Realisasi).",
      "tidak-ditemukan",
    );
  }
  const named = wanted.map((tab) => {
    const plan = wb.plans.find((p) => p.tab === tab);
    if (plan) return plan;
    if (!wb.snapshots.has(tab))
      throw new UserError(
        `Tab "${tab}" tidak ada di spreadsheet ini: periksa daftar tab bidang.`,
        "tidak-ditemukan",
      );
    if (isRenstra(tab)) throw new UserError(renstraTableSentence(tab));
    const reason = wb.skipped.find((s) => s.tab === tab)?.reason;
    throw new UserError(reason ?? `Tab "${tab}" bukan tab Rencana Aksi.`);
  });
  return asked?.length ? named : [...named, ...wb.plans.filter((p) => !named.includes(p))];
}

/** One sentence per tab that looked like a bidang tab but is left out, with why ("" when none). */
export function leftOut(wb: Workbook, plans: PlanTable[]): string {
  const used = new Set(plans.map((p) => p.tab));
  return wb.skipped
    .filter((s) => !used.has(s.tab))
    .map((s) => `Tab '${s.tab}' tidak ikut: ${s.reason.replace(/^Tab ['"][^'"]*['"]:?\s*/, "")}`)
    .join(" ");
}

/**
 * "Tab 'X' tidak terbaca: …" for each tab with a header but no Indikator column, and how a Renstra
 * table was read ("Tab 'Renstra' dibaca sebagai tabel Renstra …"), "" when none.
 */
export function unreadTabs(wb: Workbook): string {
  return [
    ...wb.unread.map((t) => unreadSentence(t.tab)),
    ...wb.renstra.map((t) => renstraTableSentence(t.tab)),
  ]
    .map((s) => `${s} `)
    .join("");
}

/** The kriteria scale Pengaturan names ("sendiri": the bands in D:E), else Permendagri 86/2017. */
export function scaleOf(wb: Workbook): Scale {
  if (wb.settings.skala.trim().toLowerCase() === "sendiri") {
    const custom = customScaleOf(wb);
    if ("bands" in custom) return custom;
  }
  return namedScale(wb.settings.skala) ?? SCALES.permendagri86;
}

/** The office's own bands in Pengaturan D:E (the range KRITERIA reads), or what is wrong with them. */
export function customScaleOf(wb: Workbook): ReturnType<typeof customScale> {
  const rows = valuesOf(wb, SETTINGS_TAB)
    .slice(1, 12)
    .map((r) => [r[3] ?? "", r[4] ?? ""]);
  return customScale(rows);
}

/**
 * The year is unknown: neither Pengaturan nor any plan's titles name it, and nobody gave it. Typed
 * (bad input about the argument "tahun"), so the panel asks for it in a field and the CLI points at
 * `--tahun`.
 */
export class TahunUnknown extends UserError {
  constructor() {
    super(
      "Tahun laporan tidak diketahui: tab Pengaturan dan judul tab Rencana Aksi tidak menyebutnya; isi tahunnya (misalnya 2024).",
      "masukan",
      "tahun",
    );
  }
}

/** Where the year came from, for the panel ("" when unknown). */
export type TahunSource = "diberikan" | "pengaturan" | "judul" | "";

/**
 * The year of the report: the one a person gave for this run (`--tahun`, the panel's field), else
 * Pengaturan, else "TAHUN 2024" in a plan's title rows. Never today's year: unknown is `TahunUnknown`.
 */
/** The office as the report, the rekap and the Pernyataan name it: Pengaturan, else the plan tabs' title rows. */
export function opdOf(wb: Workbook, plans: readonly PlanTable[] = wb.plans): string {
  return opdOfWorkbook(wb.settings.opd, plans, (tab) => wb.snapshots.get(tab)?.values);
}

export function tahunOf(wb: Workbook, given?: string): string {
  const found = findTahun(wb, given);
  if (!found.tahun) throw new TahunUnknown();
  return found.tahun;
}

/** The year and where it came from; `tahun` is "" when nothing names it. */
export function findTahun(wb: Workbook, given?: string): { tahun: string; source: TahunSource } {
  const asked = given?.trim() ?? "";
  if (asked) return { tahun: checkTahun(asked), source: "diberikan" };
  if (wb.settings.tahun) return { tahun: wb.settings.tahun, source: "pengaturan" };
  const titled = yearFromTitles(wb);
  return titled ? { tahun: titled, source: "judul" } : { tahun: "", source: "" };
}

/**
 * The year a tab's title names: a row of the first few with one filled cell ("RENCANA AKSI
 * SEKRETARIAT TAHUN 2024"), never a column header ("Realisasi Tahun 2023").
 */
function titleYear(values: CellValue[][]): number | undefined {
  for (const row of values.slice(0, HEADER_AREA_ROWS)) {
    const filled = row.filter((v) => v !== "" && v !== null && v !== undefined);
    const m = filled.length === 1 ? TITLE_YEAR.exec(String(filled[0])) : null;
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** One sentence saying which year was used and where it came from, for the CLI ("" when unknown). */
export function tahunSentence(wb: Workbook, given?: string): string {
  const { tahun, source } = findTahun(wb, given);
  if (!tahun) return "";
  const from =
    source === "diberikan"
      ? "dari --tahun"
      : source === "pengaturan"
        ? "dari baris Tahun di tab Pengaturan"
        : `dari judul tab '${titledTab(wb, tahun)}'; bila salah, jalankan lagi dengan --tahun`;
  return `Tahun ${tahun} dipakai (${from}).`;
}

/** The first plan tab whose title or table names the year. */
function titledTab(wb: Workbook, tahun: string): string {
  return wb.plans.find((p) => String(p.tahun ?? "") === tahun)?.tab ?? wb.plans[0]?.tab ?? "";
}

/** The year a plan's table names (the measured year of a table with several years), else its titles. */
function yearFromTitles(wb: Workbook): string {
  for (const plan of wb.plans) if (plan.tahun) return String(plan.tahun);
  for (const plan of wb.plans) {
    const rows = wb.snapshots.get(plan.tab)?.values.slice(0, plan.headerTop) ?? [];
    for (const row of rows) {
      for (const cell of row) {
        const m = TITLE_YEAR.exec(String(cell));
        if (m) return m[1];
      }
    }
  }
  return "";
}

/**
 * Writes the year a person gave to Pengaturan's "Tahun" row, under the document lock: a Pengaturan
 * with the settings rows is created when there is none (or only the correction table), an existing
 * "Tahun" row gets the year only when its value is empty. Never overwrites a year someone typed.
 */
export function saveTahun(port: WorkbookPort, given: string): { message: string; tahun: string } {
  const tahun = checkTahun(given);
  return port.withLock(() => {
    const tabs = port.tabs();
    const has = tabs.some((t) => t.name === SETTINGS_TAB);
    const values = has ? port.read(SETTINGS_TAB, { formulas: false }).values : [];
    const settings = readSettings(values);
    if (settings.tahun && settings.tahun !== tahun)
      throw new UserError(
        `Tab Pengaturan sudah menyebut tahun ${settings.tahun}: ubah langsung di tab Pengaturan bila tahunnya salah.`,
      );
    const done = { message: `Tahun ${tahun} disimpan di tab Pengaturan; semua perintah memakainya.`, tahun };
    if (settings.tahun === tahun) return done;
    if (!has) port.create(SETTINGS_TAB);
    const label = (r: CellValue[] | undefined) => String(r?.[0] ?? "").trim();
    const row = values.findIndex((r) => /^tahun$/i.test(label(r)));
    const emptyAtoE = values.slice(0, 8).every((r) => r.slice(0, 5).every((v) => v === "" || v === null));
    if (row >= 0) port.write(SETTINGS_TAB, [{ row: row + 1, col: 2, cells: [[tahun]] }]);
    else if (emptyAtoE)
      port.write(SETTINGS_TAB, [{ row: 1, col: 1, cells: settingsCells({ ...settings, tahun }) }]);
    else {
      let last = values.length;
      while (last > 0 && label(values[last - 1]) === "") last--;
      port.write(SETTINGS_TAB, [{ row: last + 1, col: 1, cells: [["Tahun", tahun, "Tahun anggaran"]] }]);
    }
    return done;
  });
}
