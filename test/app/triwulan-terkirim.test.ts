/**
 * "Buat tab Triwulan" on a quarter sent for review would change the record under review without a
 * word: it is refused with one sentence saying when and by whom the quarter was sent, until it is
 * reopened.
 */
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/app/plans";
import { fingerprintOf, reopen, submitForReview } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { sha256 } from "../../src/cli/sakip";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, EVAL, STAFF } from "../utils/reviu";

const SENT =
  /^TW I sudah dikirim untuk reviu pada \d{1,2} April 2024 pukul \d\d\.\d\d oleh staf@dinas\.go\.id, jadi tab Triwulan-nya tidak dibuat ulang agar data yang direviu tidak berubah: tekan "Buka kembali untuk perbaikan" di panel dulu, lalu buat ulang dan kirim lagi\.$/;

describe("Buat tab Triwulan on a quarter sent for review", () => {
  it("is refused with the date and the sender, and changes nothing", () => {
    const { wb, port } = dinasTw1();
    submitForReview(port, deps(STAFF), { tw: 1 });
    const before = fingerprintOf(readWorkbook(port, { notes: true }), 1, sha256).hash;
    const cells = JSON.stringify(wb.getTab(EVAL));
    expect(() => generateTriwulan(port, { tw: 1, timeZone: () => "Asia/Makassar" })).toThrow(SENT);
    expect(JSON.stringify(wb.getTab(EVAL))).toBe(cells);
    expect(fingerprintOf(readWorkbook(port, { notes: true }), 1, sha256).hash).toBe(before);
    // The other quarters are not under review.
    expect(generateTriwulan(port, { tw: 2 }).tab).toBe("Evaluasi TW II 2024");
  });

  it("dates the refusal in the spreadsheet's time zone (10.01 WITA is 09.01 WIB)", () => {
    const { port } = dinasTw1();
    submitForReview(port, { ...deps(STAFF), now: () => new Date("2024-04-05T02:01:00Z") }, { tw: 1 });
    expect(() => generateTriwulan(port, { tw: 1, timeZone: () => "Asia/Makassar" })).toThrow(
      "pada 5 April 2024 pukul 10.01 oleh",
    );
    expect(() => generateTriwulan(port, { tw: 1, timeZone: () => "Asia/Jakarta" })).toThrow(
      "pada 5 April 2024 pukul 09.01 oleh",
    );
  });

  it("runs again once the quarter is reopened", () => {
    const { port } = dinasTw1();
    submitForReview(port, deps(STAFF), { tw: 1 });
    reopen(port, deps(STAFF), { tw: 1, reason: "Realisasi dikoreksi" });
    expect(generateTriwulan(port, { tw: 1 }).message).toMatch(/^Tab 'Evaluasi TW I 2024' diperbarui/);
  });
});
