import { submitForReview } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import type { Settings } from "../../src/core/settings";
import { emulatedPort } from "../../src/emulator/session";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { TEMPLATE_TRANSMIGRASI_TAB } from "../fixtures/plans";
import { reviuDeps } from "../fixtures/reviu";

export const STAFF = "staf@dinas.go.id";
export const REVIEWER = "reviewer@inspektorat.go.id";
export const PLAN = TEMPLATE_TRANSMIGRASI_TAB;
export const EVAL = "Evaluasi TW I 2024";
export const RINGKASAN = "Ringkasan TW I 2024";
export const STATEMENT = "Pernyataan Reviu TW I 2024";
/** An indicator row (kode … sifat) added to the plan after a quarter was sent. */
export const NEW_ROW = [
  "",
  "3.32.04.2.01.0003",
  "",
  "Pemindahan Transmigran",
  "Jumlah KK transmigran yang dipindahkan",
  "KK",
  "Positif",
  "Kumulatif",
];

/** A Dinas with its TW I evaluation and Ringkasan tabs generated, the staff's and the reviewer's ports. */
export function dinasTw1(settings: Partial<Settings> = {}) {
  const wb = transmigrasiWorkbook({ bidang: [PLAN], reviewer: REVIEWER, ...settings });
  const staff = emulatedPort(wb, { user: STAFF, owner: STAFF });
  generateTriwulan(staff.port, { tw: 1 });
  const reviewer = emulatedPort(wb, { user: REVIEWER, owner: STAFF });
  return { wb, port: staff.port, gas: staff.gas, reviewerPort: reviewer.port };
}

/** The staff generate TW I and send it for review anyway, with a reason; the reviewer's port. */
export function sendTw1(wb: MemoryWorkbook, reason = "uji") {
  const staff = emulatedPort(wb, { user: STAFF, owner: STAFF });
  generateTriwulan(staff.port, { tw: 1 });
  const sent = submitForReview(staff.port, reviuDeps(STAFF), { tw: 1, force: true, reason });
  return { sent, reviewer: emulatedPort(wb, { user: REVIEWER, owner: STAFF }).port };
}

/** A tab's used cells, values. */
export function rowsOf(wb: MemoryWorkbook, tab: string) {
  const t = wb.getTab(tab);
  const size = wb.usedSize(t);
  return wb.values(t, { row: 1, col: 1, rows: size.rows, cols: size.cols });
}
