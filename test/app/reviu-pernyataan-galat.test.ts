/**
 * A quarter sent with galat (trial 4, #3): the Pernyataan never says "tidak terdapat … perbedaan" as
 * if nothing were found. The panel asks the reviewer first (its box "Sebutkan galat kiriman"
 * unticked: refused, saying how many galat and the sender's reason), and the statement names them.
 */
import { expect, it } from "vitest";
import { HISTORY_TAB, statement } from "../../src/app/reviu";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { TEMPLATE_TRANSMIGRASI } from "../fixtures/plans";
import { reviuDeps as deps } from "../fixtures/reviu";
import { PLAN, REVIEWER, STATEMENT, sendTw1 } from "../utils/reviu";

const REASON = "Pagu sub kegiatan menunggu DPA perubahan";

it("a quarter sent with galat: refused until the reviewer ticks, then the statement names the galat and the reason", () => {
  const wb = transmigrasiWorkbook({ reviewer: REVIEWER });
  // A realisasi that is no number: a galat of Periksa.
  wb.write(wb.getTab(PLAN), 2, TEMPLATE_TRANSMIGRASI[0].indexOf("Realisasi TW I") + 1, [["dalam proses"]]);
  const { sent, reviewer } = sendTw1(wb, REASON);
  const galat = sent.check.summary.error;
  expect([sent.status, galat > 0]).toEqual(["dikirim", true]);

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
  expect([history[3], history[5], history[8]]).toEqual([
    "Dikirim",
    galat,
    `Reviewer: ${REVIEWER}\nDikirim dengan galat: ${REASON}`,
  ]);
});
