/**
 * `npm run bench -- --only reviu`: Kirim untuk reviu and Verifikasi on offices of 500 and 10.000
 * indicators (TW II generated first, not counted): the Sheets calls each makes (the same for both
 * sizes: the record grows in cells, not in calls), beside the naive port's (one call per cell), the
 * Riwayat Reviu cells the record takes, and the time in the emulator.
 */
import { submitForReview, verify } from "../src/app/reviu";
import { HISTORY_TAB } from "../src/app/riwayat";
import { generateTriwulan } from "../src/app/triwulan";
import { TEMPLATE_COLUMNS } from "../src/core/columns";
import { emulatedPort } from "../src/emulator/session";
import { reviuDeps } from "../test/fixtures/reviu";
import { opdWorkbook } from "../test/utils/opd";
import { NaivePort } from "./bench-naive";

const STAFF = "staf@dinas.go.id";
const REVIEWER = "reviewer@inspektorat.go.id";
const REALISASI = TEMPLATE_COLUMNS.findIndex((c) => c.header === "Realisasi TW II") + 1;

function office(n: number, naive = false) {
  const wb = opdWorkbook(2, n, 3);
  const staff = emulatedPort(wb, { user: STAFF, owner: STAFF });
  generateTriwulan(staff.port, { tw: 2 });
  const port = (gas: typeof staff.gas, batch: typeof staff.port) =>
    naive ? new NaivePort(gas.SpreadsheetApp, gas.LockService) : batch;
  // Builders (newProtection…) run inside Apps Script: only calls that reach the sheet count.
  const sheets = (gas: typeof staff.gas) => gas.calls.total - gas.calls.local;
  staff.gas.calls.reset();
  let start = performance.now();
  const sent = submitForReview(port(staff.gas, staff.port), reviuDeps(STAFF), {
    tw: 2,
    force: true,
    reason: "bench",
  });
  const kirimMs = performance.now() - start;
  if (sent.status !== "dikirim") throw new Error(`Kirim: ${sent.message}`);
  const kirim = sheets(staff.gas);
  const history = wb.getTab(HISTORY_TAB);
  const cells = wb.values(history, { row: 2, col: 12, rows: 1, cols: wb.usedSize(history).cols - 11 })[0];
  // The reviewer's Verifikasi after one realisasi was changed far down the last bidang tab.
  wb.write(wb.getTab("Bidang C"), Math.floor(n / 3), REALISASI, [[777]]);
  const reviewer = emulatedPort(wb, { user: REVIEWER, owner: STAFF });
  reviewer.gas.calls.reset();
  start = performance.now();
  const checked = verify(port(reviewer.gas, reviewer.port), reviuDeps(REVIEWER), { tw: 2 });
  const verifyMs = performance.now() - start;
  if (!checked.message.includes("→ 777")) throw new Error(`Verifikasi: ${checked.message.slice(0, 300)}`);
  return {
    kirim,
    verify: sheets(reviewer.gas),
    cells: cells.filter((v) => v !== "").length,
    kirimMs: Math.round(kirimMs),
    verifyMs: Math.round(verifyMs),
  };
}

export function reviuMetrics(): Record<string, number> {
  const small = office(500);
  const naive = office(500, true);
  const large = office(10_000);
  return {
    kirim_500_calls: small.kirim,
    kirim_500_naive_calls: naive.kirim,
    kirim_10k_calls: large.kirim,
    verifikasi_500_calls: small.verify,
    verifikasi_500_naive_calls: naive.verify,
    verifikasi_10k_calls: large.verify,
    record_500_cells: small.cells,
    record_10k_cells: large.cells,
    kirim_10k_ms: large.kirimMs,
    verifikasi_10k_ms: large.verifyMs,
  };
}
