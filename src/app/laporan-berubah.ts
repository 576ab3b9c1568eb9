/**
 * Whether a quarter's data changed after it was sent for review, in the sentence a report made from
 * it prints on its first page (trial 4 #7): the CLI, the local run and the panel's Buat laporan
 * (the server says it, `submitLaporan`).
 */
import type { Tw } from "../core/plan";
import { readWorkbook } from "./plans";
import type { WorkbookPort } from "./port";
import { HISTORY_TAB, type ReviuDeps, reviewState } from "./reviu";
import { historyOf, quarterState, twName, whenText } from "./riwayat";

/** What tells whether the data changed after the quarter was sent: the record's digest, the sheet's zone. */
export type LaporanDeps = Pick<ReviuDeps, "digest" | "timeZone">;

/**
 * "Data TW III berubah setelah dikirim untuk reviu pada … (Riwayat Reviu baris 8) …": the sentence on
 * the report's first page, the panel's message and the CLI's output when the quarter's data differ
 * from what was sent (and reviewed), by the checks of Verifikasi (Records' `reviewState`); "" when the
 * quarter was never sent, was reopened for correction, or is unchanged (trial 4 #7).
 */
export function changedSinceSent(port: WorkbookPort, tw: Tw, deps: LaporanDeps): string {
  // Never sent (no history): nothing to read.
  if (!port.tabs().some((t) => t.name === HISTORY_TAB)) return "";
  const wb = readWorkbook(port, { notes: true, numberFormats: true });
  const { sent } = quarterState(historyOf(wb), tw);
  if (!sent) return "";
  const state = reviewState(wb, tw, deps.digest, port, deps.timeZone);
  if (state.status === "dibuka kembali" || state.changed !== true) return "";
  const reviewed = state.status === "direviu" ? " dan direviu" : "";
  return `Perhatian: data ${twName(tw)} berubah setelah dikirim untuk reviu pada ${whenText(sent.when, deps.timeZone)}${reviewed} (${HISTORY_TAB} baris ${sent.row}), jadi angka laporan ini bukan angka yang dikirim${reviewed}; Verifikasi di panel menyebut sel yang berubah.`;
}
