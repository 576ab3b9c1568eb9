import type { CheckResult } from "../api";
import { rect } from "../core/cells";
import { checkWorkbook, ruleTitles, summaryMessage } from "../core/checks";
import { type CheckInput, checkInput } from "../core/checks/input";
import type { Finding } from "../core/checks/types";
import { UserError } from "../core/result";
import { headerStyle, type Style, TITLE_STYLE, widths } from "../core/style";
import { readWorkbook, scaleOf, type Workbook } from "./plans";
import type { TabInfo, WorkbookPort, WriteCell } from "./port";

export const REPORT_TAB = "Hasil Pemeriksaan";
/** Tabs the add-on writes for its own records: never checked. */
/** The add-on's own record and report tabs: never checked (a report's table is not a plan). */
const OWN_TABS =
  /^(Hasil Pemeriksaan|Riwayat Reviu|Catatan Reviu|Pernyataan Reviu|Ringkasan TW|Laporan (TW|Tahunan))/;

const SEVERITY_LABEL: Record<Finding["severity"], string> = {
  error: "Galat",
  warning: "Peringatan",
  info: "Info",
};
const SEVERITY_BG: Record<Finding["severity"], string> = {
  error: "#f8d7da",
  warning: "#fff3cd",
  info: "#e7f1ff",
};
const HEADERS = ["Waktu", "Tingkat", "Aturan", "Tab", "Sel", "Pesan", "Saran"];

export interface PeriksaOptions {
  tw?: number;
  /** When the report tab is written (tests pass a fixed time). */
  now?: Date;
  /** false: only compute (the CLI on a file it must not change). */
  writeReport?: boolean;
  /** The year a person gave (`--tahun`): which year's columns a table of several years is read by. */
  tahun?: string;
}

/**
 * "Periksa konsistensi": runs every rule over the workbook and writes (or refreshes) the
 * "Hasil Pemeriksaan" tab. Nothing else in the workbook changes. (The CLI and the tests run it in
 * one process; the Sheets panel runs the rules itself over `checkInputOf`, and `reportCheck` writes.)
 */
export function periksa(port: WorkbookPort, options: PeriksaOptions = {}): CheckResult {
  // The add-on's own record tabs are never checked, so never read.
  const run = () => checkAndReport(port, readForCheck(port, options.tahun), options);
  return options.writeReport === false ? run() : port.withLock(run);
}

/** The workbook as Periksa reads it: every tab but the add-on's own records, number formats too. */
export function readForCheck(port: WorkbookPort, tahun?: string): Workbook {
  // Number formats: a percent-formatted cell is read as the evaluation tab reads it (core/persen.ts).
  return readWorkbook(port, { tabs: (name) => !OWN_TABS.test(name), tahun, numberFormats: true });
}

/** What the panel checks (core/checks/input.ts), from a workbook already read. */
export function checkInputOf(wb: Workbook, tw?: number): string {
  return checkInput(checkedTabs(wb), { currentTw: tw, reading: wb.reading, scale: scaleOf(wb) });
}

const checkedTabs = (wb: Workbook) => [...wb.snapshots.values()].filter((s) => !OWN_TABS.test(s.name));

/** The check over a workbook already read; the caller holds the lock when it writes the report. */
export function checkAndReport(port: WorkbookPort, wb: Workbook, options: PeriksaOptions = {}): CheckResult {
  const { findings, summary } = checkWorkbook(checkedTabs(wb), {
    currentTw: options.tw,
    reading: wb.reading,
    scale: scaleOf(wb),
  });
  const result = { findings, titles: ruleTitles(), summary, message: summaryMessage(summary) };
  if (options.writeReport !== false) reportCheck(port, wb.tabs, result, options.now);
  return result;
}

/**
 * Writes a check's findings in the "Hasil Pemeriksaan" tab (the caller holds the lock). Nothing
 * checked (no plan tab, no indicator) is no "Tidak ada temuan.": no report tab is made; one made
 * before says so instead of keeping findings that no longer hold.
 */
export function reportCheck(
  port: WorkbookPort,
  tabs: TabInfo[],
  check: ReportedCheck,
  now = new Date(),
): void {
  const { findings, summary, message } = check;
  const nothing = summary.tabs === 0 || (summary.indicators === 0 && summary.error === 0);
  const previous = tabs.find((t) => t.name === REPORT_TAB);
  if (!previous && nothing) return;
  // A tab's id (for the links) is asked for only when a finding points into it.
  const id = (sheet: string) => tabs.find((t) => t.name === sheet)?.id;
  if (!previous) port.create(REPORT_TAB);
  const none = nothing ? message : "Tidak ada temuan.";
  writeReport(port, findings, check.titles, id, now, previous ? previous.rows : null, none);
}

/**
 * "Bidang A!N12" as a link to that cell (a tab's id makes it one), else as text: a cell that is no
 * A1 reference (the panel sends the findings, and anyone can call the server) never enters a formula.
 */
export function cellLink(sheet: string, cell: string, id: number | undefined): WriteCell {
  const label = `${sheet}!${cell}`;
  if (id === undefined || !/^[A-Z]{1,3}\d{1,7}(:[A-Z]{1,3}\d{1,7})?$/.test(cell)) return label;
  return { formula: `=HYPERLINK("#gid=${id}&range=${cell}","${label.replace(/"/g, '""')}")` };
}

/** What Hasil Pemeriksaan shows of a finding. */
export type ReportedFinding = Pick<
  Finding,
  "rule" | "severity" | "sheet" | "cell" | "message" | "suggestion"
>;

function writeReport(
  port: WorkbookPort,
  findings: ReportedFinding[],
  titles: Record<string, string>,
  idOf: (sheet: string) => number | undefined,
  now: Date,
  /** The rows of the report tab already there; null: the tab is new. */
  previousRows: number | null,
  /** What the tab says when there is no finding. */
  none: string,
): void {
  // Staff read the rule's name ("Format angka tidak konsisten"); its code ("format-angka") stays in the CLI's --json.
  const rows: WriteCell[][] = [
    [
      "HASIL PEMERIKSAAN KONSISTENSI",
      "",
      "",
      "",
      "",
      "Tab ini ditulis ulang setiap pemeriksaan; kolom Waktu memakai zona waktu spreadsheet.",
      "",
    ],
    HEADERS,
    ...findings.map((f): WriteCell[] => [
      now,
      SEVERITY_LABEL[f.severity],
      titles[f.rule] ?? f.rule,
      f.sheet,
      cellLink(f.sheet, f.cell, idOf(f.sheet)),
      f.message,
      f.suggestion,
    ]),
  ];
  if (!findings.length) rows.push(["", "", "", "", "", none, ""]);
  // Old rows beyond the new report are blanked so no stale finding survives.
  while (rows.length < (previousRows ?? 0)) rows.push(HEADERS.map(() => ""));
  port.write(REPORT_TAB, [{ row: 1, col: 1, cells: rows }]);
  // Every report row gets its format, also the blanked ones: no colour of an old finding stays, and
  // the port needs to read no format back. It spans the written block, so the port formats the very
  // range it wrote.
  const styles: Style[] = [
    {
      range: rect(1, 1, rows.length, HEADERS.length),
      bold: false,
      background: "#ffffff",
      wrap: false,
    },
    TITLE_STYLE,
    headerStyle(2, HEADERS.length),
  ];
  // One background per run of equal severity (findings are sorted by severity).
  for (let i = 0; i < findings.length; ) {
    let j = i;
    while (j < findings.length && findings[j].severity === findings[i].severity) j++;
    styles.push({
      range: rect(3 + i, 2, j - i),
      bold: false,
      background: SEVERITY_BG[findings[i].severity],
    });
    i = j;
  }
  // Frozen rows and widths are given once, to the new tab: a person's widths stay. Tab and Sel
  // ("Bidang Transmigrasi!N12") as wide as Aturan: one setColumnWidths for the three; Tingkat has
  // the width of a new column (no call).
  const layout =
    previousRows === null
      ? {
          frozenRows: 2,
          columnWidths: widths([120, 100, 150, 150, 150, 420, 300]),
        }
      : {};
  port.format(REPORT_TAB, { ...layout, styles });
}

/** A check's result as Hasil Pemeriksaan and the review record need it. */
export type ReportedCheck = Omit<CheckResult, "findings"> & { findings: ReportedFinding[] };

/** A check the Sheets panel ran (core/checks/panel.ts) over `checkInputOf`, as the server takes it. */
export interface PanelClaim {
  check: ReportedCheck;
  /** The digest of the input the panel checked (`checkInputOf`), as the server handed it out. */
  basis: string;
}

/**
 * The panel's check over the workbook read now: taken only when the input it checked is what this
 * workbook gives now (else the sheet changed in between, and the person presses again). The server
 * keeps of it only what it cannot redo without the panel's rules: the findings (with the server
 * rules' own, which it found itself, put back when a claim left them out) and their titles; the
 * counts, the tabs and indicators read and the sentence are its own.
 */
export function claimedCheck(
  wb: Workbook,
  tw: number | undefined,
  claim: PanelClaim,
  digest: (text: string) => string,
): ReportedCheck {
  const input = checkInputOf(wb, tw);
  if (digest(input) !== claim.basis)
    throw new UserError(
      "Isi spreadsheet berubah selama pemeriksaan (misalnya sel yang sedang diketik): tekan tombolnya sekali lagi.",
      "terkunci",
    );
  const { plans, pk, found } = JSON.parse(input) as CheckInput;
  const key = (f: ReportedFinding) => [f.rule, f.sheet, f.cell, f.message].join("\n");
  const claimed = new Set(claim.check.findings.map(key));
  const findings = [...claim.check.findings, ...found.filter((f) => !claimed.has(key(f)))];
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  const summary = {
    error: count("error"),
    warning: count("warning"),
    info: count("info"),
    tabs: plans.length + (pk ? 1 : 0),
    indicators: plans.reduce((n, p) => n + p.table.rows.filter((r) => r.indikator).length, 0),
  };
  return { titles: claim.check.titles, findings, summary, message: summaryMessage(summary) };
}
