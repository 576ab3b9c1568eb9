/**
 * A quarter sent with galat (trial 4, #3): the Pernyataan never says "tidak terdapat … perbedaan" as
 * if nothing were found. The panel asks the reviewer first (its box "Sebutkan galat kiriman"
 * unticked: refused, saying how many galat and the sender's reason), and the statement names them.
 */
import { expect, it } from "vitest";
import type { CellValue } from "../../src/app/port";
import { HISTORY_TAB, statement, submitForReview } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { settingsCells } from "../../src/core/settings";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { TEMPLATE_TRANSMIGRASI, TEMPLATE_TRANSMIGRASI_TAB } from "../fixtures/plans";
import { reviuDeps as deps } from "../fixtures/reviu";
import { REVIEWER, STAFF } from "../utils/reviu";

const STATEMENT = "Pernyataan Reviu TW I 2024";
const REASON = "Pagu sub kegiatan menunggu DPA perubahan";

it("a quarter sent with galat: refused until the reviewer ticks, then the statement names the galat and the reason", () => {
  const wb = new MemoryWorkbook();
  const settings = settingsCells({
    opd: "Dinas Transmigrasi",
    tahun: "2024",
    skala: "permendagri86",
    bidang: [],
    namaBidang: [],
    reviewer: REVIEWER,
    proteksi: "peringatan",
  });
  wb.write(wb.addTab("Pengaturan"), 1, 1, settings as CellValue[][]);
  const plan = wb.addTab(TEMPLATE_TRANSMIGRASI_TAB);
  wb.write(plan, 1, 1, TEMPLATE_TRANSMIGRASI);
  // A realisasi that is no number: a galat of Periksa.
  wb.write(plan, 2, TEMPLATE_TRANSMIGRASI[0].indexOf("Realisasi TW I") + 1, [["dalam proses"]]);
  const staff = emulatedPort(wb, { user: STAFF, owner: STAFF });
  generateTriwulan(staff.port, { tw: 1 });
  const sent = submitForReview(staff.port, deps(STAFF), { tw: 1, force: true, reason: REASON });
  const galat = sent.check.summary.error;
  expect([sent.status, galat > 0]).toEqual(["dikirim", true]);
  const reviewer = emulatedPort(wb, { user: REVIEWER, owner: STAFF }).port;

  // The panel's box unticked: nothing is issued, and the sentence says what is at stake.
  expect(() => statement(reviewer, deps(REVIEWER), { tw: 1, confirm: false })).toThrow(
    `Ada ${galat} galat pemeriksaan otomatis saat dikirim (alasan pengirim: ${REASON}): centang "Sebutkan galat kiriman", lalu ulangi.`,
  );
  expect(wb.tab(STATEMENT)).toBeUndefined();

  statement(reviewer, deps(REVIEWER), { tw: 1, confirm: true });
  const lines = wb
    .values(wb.getTab(STATEMENT), { row: 1, col: 1, rows: 12, cols: 1 })
    .map((r) => String(r[0]));
  const conclusion = lines.find((l) => l.startsWith("Berdasarkan reviu kami"));
  expect(conclusion).toBe(
    `Berdasarkan reviu kami, tidak terdapat kondisi atau hal-hal yang menimbulkan perbedaan dalam penyajian informasi yang dilaporkan, selain ${galat} galat pemeriksaan otomatis saat dikirim (alasan pengirim: ${REASON}).`,
  );
  // The Dikirim row it cites says the same.
  const history = wb.values(wb.getTab(HISTORY_TAB), { row: 2, col: 1, rows: 1, cols: 9 })[0];
  expect([history[3], history[5], history[8]]).toEqual(["Dikirim", galat, `Dikirim dengan galat: ${REASON}`]);
});
