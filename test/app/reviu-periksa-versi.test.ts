/**
 * The Dikirim row's counts were made by the sender's Periksa. A newer add-on reading a column
 * differently (bb8f82c: a 'Capaian Fisik (%)' family now read and checked) counts other galat on the
 * same cells: for a record that does not say it was counted by today's rules ("#periksa 2"), that is
 * named as a reading of a newer add-on, never as a changed or forged count. A record that says so
 * and differs is still refused.
 */
import { expect, it } from "vitest";
import { HISTORY_TAB, statement, verify } from "../../src/app/reviu";
import { CHECK_VERSION } from "../../src/core/fingerprint";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, REVIEWER, rowsOf, sendTw1 } from "../utils/reviu";

const PACKED = 12;

it("a recount that differs from a record counted by an older add-on's rules is a reading, not a change", () => {
  const { wb } = dinasTw1();
  const { reviewer } = sendTw1(wb);
  const sent = rowsOf(wb, HISTORY_TAB).findIndex((r) => r[3] === "Dikirim") + 1;
  const packed = String(wb.value(wb.getTab(HISTORY_TAB), sent, PACKED));
  expect(packed.split("\n", 2)).toEqual(["#versi 8", `#periksa ${CHECK_VERSION}`]);
  const galat = Number(rowsOf(wb, HISTORY_TAB)[sent - 1][5]);
  // Today's rules, another count over the same data: refused, as before.
  const forged = verify(reviewer, deps(REVIEWER), { tw: 1, galat: galat + 6 });
  expect(forged.changed).toBe(true);
  expect(forged.message).toContain("Jumlah galat tidak sesuai");
  // As the add-on of a few hours ago recorded it: no "#periksa" line.
  wb.write(wb.getTab(HISTORY_TAB), sent, PACKED, [[packed.replace(`#periksa ${CHECK_VERSION}\n`, "")]]);
  const read = verify(reviewer, deps(REVIEWER), { tw: 1, galat: galat + 6 });
  expect(read.changed).toBe(false);
  expect(read.message).toMatch(/^Tidak ada perubahan sejak dikirim/);
  expect(read.message).toContain(
    `Catatan: jumlah galat tidak dapat dibandingkan karena data yang sama dibaca berbeda oleh versi add-on yang lebih baru (aturan atau cara baca kolom Periksa konsistensi berubah sejak dikirim): saat dikirim tercatat ${galat} galat (${HISTORY_TAB} baris ${sent}), Periksa konsistensi kini menemukan ${galat + 6} galat.`,
  );
  expect(statement(reviewer, deps(REVIEWER), { tw: 1, confirm: true, galat: galat + 6 }).tab).toBe(
    "Pernyataan Reviu TW I 2024",
  );
});
