/**
 * A Pernyataan its own sender made (an add-on before the reviewer-only rule let any account make it)
 * proves nothing of the recount: Verifikasi names it, and the rekap does not count the quarter as
 * reviewed (review 6-b #0).
 */
import { expect, it } from "vitest";
import { HISTORY_TAB, statement, verify } from "../../src/app/reviu";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, REVIEWER, rowsOf, STAFF, sendTw1 } from "../utils/reviu";

it("a statement recorded as made by the sender is named by Verifikasi", () => {
  const { wb } = dinasTw1();
  const { reviewer } = sendTw1(wb);
  statement(reviewer, deps(REVIEWER), { tw: 1, confirm: true });
  const rows = rowsOf(wb, HISTORY_TAB);
  const made = rows.findIndex((r) => r[3] === "Pernyataan dibuat") + 1;
  // As an older add-on recorded a statement the sender made.
  wb.write(wb.getTab(HISTORY_TAB), made, 5, [[STAFF]]);
  const { changed, message } = verify(reviewer, deps(REVIEWER), { tw: 1 });
  expect(changed).toBe(true);
  expect(message).toContain(
    `Pernyataan tidak sesuai: tab 'Pernyataan Reviu TW I 2024' dibuat oleh ${STAFF} (${HISTORY_TAB} baris ${made}), yang juga mengirim TW I, bukan oleh reviewer.`,
  );
});
