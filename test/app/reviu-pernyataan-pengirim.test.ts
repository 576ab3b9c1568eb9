/**
 * A Pernyataan its own sender made (an add-on before the reviewer-only rule let any account make it)
 * proves nothing of the recount: Verifikasi names it, and the rekap does not count the quarter as
 * reviewed (review 6-b #0). Who made it is no change of the data: Verifikasi still says "Tidak ada
 * perubahan" and the rekap "dikirim … sama dengan yang dikirim" (trial 6's A-direviu.xlsx said
 * "berubah setelah direviu … berubah setelah dikirim" though nobody typed in it).
 */
import { expect, it } from "vitest";
import { readWorkbook } from "../../src/app/plans";
import { HISTORY_TAB, reviewState, statement, verify } from "../../src/app/reviu";
import { TEMPLATE_TRANSMIGRASI } from "../fixtures/plans";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, PLAN, REVIEWER, rowsOf, STAFF, sendTw1 } from "../utils/reviu";

it("a statement recorded as made by the sender is named by Verifikasi", () => {
  const { wb } = dinasTw1();
  const { reviewer } = sendTw1(wb);
  statement(reviewer, deps(REVIEWER), { tw: 1, confirm: true });
  const rows = rowsOf(wb, HISTORY_TAB);
  const made = rows.findIndex((r) => r[3] === "Pernyataan dibuat") + 1;
  // As an older add-on recorded a statement the sender made.
  wb.write(wb.getTab(HISTORY_TAB), made, 5, [[STAFF]]);
  const sentence = `tab 'Pernyataan Reviu TW I 2024' dibuat oleh ${STAFF} (${HISTORY_TAB} baris ${made}), yang juga mengirim TW I, bukan oleh reviewer, jadi TW I belum direviu`;
  const state = reviewState(readWorkbook(reviewer, { notes: true }), 1, deps(REVIEWER).digest);
  expect(state).toMatchObject({ status: "dikirim", changed: false });
  expect(state.note).toContain(`Pernyataan: ${sentence}`);
  const { changed, message } = verify(reviewer, deps(REVIEWER), { tw: 1 });
  expect(changed).toBe(false);
  expect(message).toMatch(/^Tidak ada perubahan/);
  expect(message).toContain(`Catatan: ${sentence}`);
  // A cell really typed over after it was sent is still a change.
  wb.write(wb.getTab(PLAN), 2, TEMPLATE_TRANSMIGRASI[0].indexOf("Realisasi TW I") + 1, [[12345]]);
  expect(reviewState(readWorkbook(reviewer, { notes: true }), 1, deps(REVIEWER).digest)).toMatchObject({
    status: "dikirim",
    changed: true,
  });
  expect(verify(reviewer, deps(REVIEWER), { tw: 1 }).changed).toBe(true);
});
