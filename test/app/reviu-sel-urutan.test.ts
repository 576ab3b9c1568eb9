/**
 * Verifikasi names a few changed cells and then "dan N sel lain": the figures come first (a realisasi
 * that turns a capaian, a polaritas), the texts after (names, remarks), and the message says which
 * Riwayat Reviu row holds them all (trial 7 #13: the realisasi that turned 91,67 into 100 was one of
 * the "2 sel lain").
 */
import { expect, it } from "vitest";
import { statement, verify } from "../../src/app/reviu";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, PLAN, REVIEWER, rowsOf, sendTw1 } from "../utils/reviu";

it("a realisasi changed below three changed names is named first; the Riwayat row holding them all is given", () => {
  const { wb } = dinasTw1();
  const { reviewer } = sendTw1(wb);
  const plan = rowsOf(wb, PLAN);
  const col = (h: string) => plan[0].map(String).indexOf(h) + 1;
  const [pj, realisasi] = [col("Penanggung Jawab"), col("Realisasi TW I")];
  // Three remarks on rows 3–5, then the figure on a row below them.
  for (const row of [3, 4, 5]) wb.write(wb.getTab(PLAN), row, pj, [["Kepala Seksi"]]);
  const last = plan.length;
  wb.write(wb.getTab(PLAN), last, realisasi, [[999]]);
  const { changed, message } = verify(reviewer, deps(REVIEWER), { tw: 1 });
  expect(changed).toBe(true);
  const rows = rowsOf(wb, "Riwayat Reviu");
  expect(message).toMatch(
    new RegExp(
      `^Data berubah sejak dikirim: '${PLAN}'!S${last} \\(indikator .*\\): Realisasi TW I .* → 999; '${PLAN}'!AA3 .*; '${PLAN}'!AA4 .* dan 1 sel lain\\. Daftar lengkapnya di tab Riwayat Reviu baris ${rows.length}\\.$`,
    ),
  );
  expect(rows[rows.length - 1][3]).toBe("Diverifikasi");
  // The statement's refusal names the figure first too.
  expect(() => statement(reviewer, deps(REVIEWER), { tw: 1 })).toThrow(
    new RegExp(`^Pernyataan tidak dibuat karena data berubah sejak dikirim \\('${PLAN}'!S${last} `),
  );
});
