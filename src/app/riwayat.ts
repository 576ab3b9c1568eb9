import { ROMAN } from "../core/evaluasi";
import { joinCells } from "../core/fingerprint";
import type { CellValue } from "./port";

/**
 * The review history ("Riwayat Reviu"): one appended row per event. Which state a quarter is in
 * (never sent, sent, reopened and not sent again) is read from it by every use case that must
 * respect a submission: the review use cases and "Buat tab Triwulan".
 */
export const HISTORY_TAB = "Riwayat Reviu";

/** Headers of a new history tab; an older tab keeps its own (the rows are read by position). */
export const HISTORY_HEADERS = [
  "No",
  "Waktu",
  "TW",
  "Peristiwa",
  "Oleh",
  "Galat",
  "Peringatan",
  "Info",
  "Keterangan",
  "Kode data (SHA-256, untuk reviewer)",
  "Tab yang dicakup",
  "Rincian per baris (untuk reviewer)",
];

export const SENT = "Dikirim";
export const REOPENED = "Dibuka kembali";

export const twName = (tw: number) => `TW ${ROMAN[tw - 1]}`;

export interface HistoryRow {
  /** 1-based sheet row. */
  row: number;
  when: CellValue;
  tw: string;
  event: string;
  by: string;
  /** Keterangan (column I). */
  note: string;
  hash: string;
  /** Rincian (L and, for a long record, the cells after it). */
  packed: string;
  /** The row as the tab holds it. */
  cells: CellValue[];
}

export function historyRows(values: CellValue[][]): HistoryRow[] {
  return values.slice(1).map((r, i) => ({
    row: i + 2,
    when: r[1] ?? "",
    tw: String(r[2] ?? ""),
    event: String(r[3] ?? ""),
    by: String(r[4] ?? ""),
    note: String(r[8] ?? ""),
    hash: String(r[9] ?? ""),
    // A record too long for one cell goes on in the cells after L (`recordCells`).
    packed: joinCells(r.slice(11)),
    cells: r,
  }));
}

const parsed = new WeakMap<CellValue[][], HistoryRow[]>();

/**
 * The history of a workbook as a use case read it, parsed once however many of its checks ask (a
 * long record joins cells of up to 30.000 characters); a row appended since is read again.
 */
export function historyOf(wb: { snapshots: ReadonlyMap<string, { values: CellValue[][] }> }): HistoryRow[] {
  const values = wb.snapshots.get(HISTORY_TAB)?.values ?? [];
  let rows = parsed.get(values);
  if (!rows || rows.length !== Math.max(values.length - 1, 0)) {
    rows = historyRows(values);
    parsed.set(values, rows);
  }
  return rows;
}

export interface ReviewState {
  /** The last submission of the quarter, if any. */
  sent: HistoryRow | null;
  /** The reopening after that submission, if the quarter has not been sent again since. */
  reopened: HistoryRow | null;
}

export function quarterState(rows: HistoryRow[], tw: number): ReviewState {
  let sent: HistoryRow | null = null;
  let reopened: HistoryRow | null = null;
  for (const h of rows) {
    if (h.tw !== twName(tw)) continue;
    if (h.event === SENT) [sent, reopened] = [h, null];
    else if (h.event === REOPENED && sent) reopened = h;
  }
  return { sent, reopened };
}

/** "5 April 2024 pukul 10.01" in the spreadsheet's time zone (the runtime's when not given). */
export function whenText(when: CellValue, timeZone?: string): string {
  const date = when instanceof Date ? when : new Date(String(when));
  if (Number.isNaN(date.getTime())) return String(when) || "tanggal yang tidak tercatat";
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat("id-ID", { ...options, timeZone }).format(date);
  return `${format({ dateStyle: "long" })} pukul ${format({ hour: "2-digit", minute: "2-digit", hour12: false })}`;
}

/** "pada 5 April 2024 pukul 10.01 oleh staf@dinas.go.id": when and by whom an event happened. */
export function onBy(h: Pick<HistoryRow, "when" | "by">, timeZone?: string): string {
  return `pada ${whenText(h.when, timeZone)}${h.by ? ` oleh ${h.by}` : ""}`;
}
