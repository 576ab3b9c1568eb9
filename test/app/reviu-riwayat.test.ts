/**
 * The Riwayat Reviu row of a submission edited afterwards (trial 3, #4): in Sheets the add-on keeps
 * every cell of the Dikirim row in its document properties, so a forged sender, galat count or reason
 * is named by Verifikasi and the statement is refused.
 */
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/app/plans";
import { rekapFile } from "../../src/app/rekap";
import { fingerprintOf, statement, submitForReview, verify } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { sha256 } from "../../src/cli/sakip";
import { packRows } from "../../src/core/fingerprint";
import { emulatedPort } from "../../src/emulator/session";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, PLAN, REVIEWER, STAFF, STATEMENT } from "../utils/reviu";

function withStore() {
  const store = new Map<string, string>();
  const anchor = {
    get: (k: string) => store.get(k) ?? null,
    set: (k: string, v: string) => void store.set(k, v),
  };
  return (user: string) => ({ ...deps(user), anchor });
}

function sentWithReason() {
  const c = dinasTw1();
  // A realisasi anggaran above the pagu is a galat: sent with a reason, as in the trial.
  c.wb.write(c.wb.getTab(PLAN), 3, 23, [[999_999_999_999]]);
  generateTriwulan(c.port, { tw: 1 });
  const live = withStore();
  const sent = submitForReview(c.port, live(STAFF), {
    tw: 1,
    force: true,
    reason: "Pagu menunggu DPA perubahan",
  });
  expect(sent.status).toBe("dikirim");
  const history = c.wb.getTab("Riwayat Reviu");
  expect(c.wb.value(history, 2, 4)).toBe("Dikirim");
  expect(c.wb.value(history, 2, 6)).toBeGreaterThan(0);
  return { c, live, history };
}

describe("the Dikirim row edited in a live session (document properties present)", () => {
  it("untouched: Verifikasi finds nothing and the statement names the real sender", () => {
    const { c, live } = sentWithReason();
    expect(verify(c.reviewerPort, live(REVIEWER), { tw: 1 }).message).toMatch(/^Tidak ada perubahan/);
    statement(c.reviewerPort, live(REVIEWER), { tw: 1 });
    expect(String(c.wb.value(c.wb.getTab(STATEMENT), 10, 1))).toContain(`oleh ${STAFF}`);
  });

  it.each([
    [
      "the sender",
      5,
      "kabid@dinas.go.id",
      /^Riwayat tidak sesuai: sel E2 \(Oleh\) di tab Riwayat Reviu tertulis "kabid@dinas\.go\.id", padahal saat TW I dikirim tercatat "staf@dinas\.go\.id"/,
    ],
    [
      "the reason",
      9,
      "Dikirim tanpa galat",
      /^Riwayat tidak sesuai: sel I2 \(Keterangan\) di tab Riwayat Reviu tertulis "Dikirim tanpa galat", padahal saat TW I dikirim tercatat \(teks lain\)/,
    ],
    [
      "the time",
      2,
      new Date("2024-04-01T01:00:00Z"),
      /^Riwayat tidak sesuai: sel B2 \(Waktu\) di tab Riwayat Reviu tertulis 1 April 2024 pukul 09\.00, padahal/,
    ],
  ])("%s rewritten: named by its cell, the statement refused", (_name, col, forged, said) => {
    const { c, live, history } = sentWithReason();
    c.wb.write(history, 2, col, [[forged]]);
    const checked = verify(c.reviewerPort, live(REVIEWER), { tw: 1 });
    expect(checked.changed).toBe(true);
    expect(checked.message).toMatch(said);
    expect(() => statement(c.reviewerPort, live(REVIEWER), { tw: 1 })).toThrow(
      /^Pernyataan tidak dibuat karena sel [BEI]2 \(/,
    );
    expect(c.wb.tab(STATEMENT)).toBeUndefined();
  });

  it("the galat count rewritten to 0 with the sender and the reason (trial 3, #4)", () => {
    const { c, live, history } = sentWithReason();
    const galat = c.wb.value(history, 2, 6);
    c.wb.write(history, 2, 5, [["kabid@dinas.go.id", 0, 0, 0, "Dikirim tanpa galat"]]);
    const message = verify(c.reviewerPort, live(REVIEWER), { tw: 1 }).message;
    expect(message).toMatch(/^Riwayat tidak sesuai: sel E2 \(Oleh\)/);
    expect(() => statement(c.reviewerPort, live(REVIEWER), { tw: 1 })).toThrow(/^Pernyataan tidak dibuat/);
    // Only the count: named with what was recorded.
    c.wb.write(history, 2, 5, [[STAFF, 0]]);
    expect(verify(c.reviewerPort, live(REVIEWER), { tw: 1 }).message).toMatch(
      new RegExp(
        `^Riwayat tidak sesuai: sel F2 \\(Galat\\) di tab Riwayat Reviu tertulis "0", padahal saat TW I dikirim tercatat "${galat}"`,
      ),
    );
  });
});

describe("an .xlsx without the add-on's store: the Dikirim row's kode rewritten after it was verified and signed (trial 3, #3)", () => {
  /** Sent, verified ("kode data X… sama"), statement made; then a realisasi changed and the new kode and rows written over the Dikirim row. */
  function doctored() {
    const c = dinasTw1();
    expect(submitForReview(c.port, deps(STAFF), { tw: 1 }).status).toBe("dikirim");
    expect(verify(c.reviewerPort, deps(REVIEWER), { tw: 1 }).changed).toBe(false);
    statement(c.reviewerPort, deps(REVIEWER), { tw: 1 });
    const history = c.wb.getTab("Riwayat Reviu");
    const x = String(c.wb.value(history, 2, 10));
    expect(c.wb.value(history, 4, 4)).toBe("Pernyataan dibuat");
    c.wb.write(c.wb.getTab(PLAN), 3, 19, [[77]]);
    const print = fingerprintOf(readWorkbook(emulatedPort(c.wb).port, { notes: true }), 1, sha256);
    c.wb.write(history, 2, 10, [[print.hash, c.wb.value(history, 2, 11), packRows(print)]]);
    return { c, history, x, y: print.hash };
  }
  const short = (h: string) => `${h.slice(0, 12)}…`;

  it("Verifikasi names the row that recorded the kode, the statement is refused and kept, the rekap flags it", () => {
    const { c, x, y } = doctored();
    const said = `baris 3 (Diverifikasi) mencatat kode data ${short(x)}, baris Dikirim (2) kini ${short(y)}, jadi catatan kiriman diubah setelahnya`;
    const checked = verify(c.reviewerPort, deps(REVIEWER), { tw: 1 });
    expect(checked.changed).toBe(true);
    expect(checked.message.startsWith(`Riwayat tidak sesuai: ${said}.`)).toBe(true);
    const before = c.wb.value(c.wb.getTab(STATEMENT), 10, 1);
    expect(String(before)).toContain(x);
    expect(() => statement(c.reviewerPort, deps(REVIEWER), { tw: 1 })).toThrow(
      `Pernyataan tidak dibuat karena ${said}.`,
    );
    // The statement already issued is not replaced.
    expect(c.wb.value(c.wb.getTab(STATEMENT), 10, 1)).toBe(before);
    const { row } = rekapFile(c.reviewerPort, "dinas.xlsx", 1, sha256);
    expect(row.sidikBerubah).toBe(true);
    expect(row.status).not.toBe("direviu");
    expect(row.sidikCatatan).toContain(`Riwayat tidak sesuai: ${said}.`);
  });

  it("the later rows blanked too: the statement tab printing the old kode still refuses", () => {
    const { c, history, x, y } = doctored();
    c.wb.write(history, 3, 1, [Array(12).fill(""), Array(12).fill("")]);
    const said = `tab '${STATEMENT}' mencatat kode data ${short(x)}, baris Dikirim (2) kini ${short(y)}`;
    expect(verify(c.reviewerPort, deps(REVIEWER), { tw: 1 }).message).toContain(
      `Riwayat tidak sesuai: ${said}`,
    );
    expect(() => statement(c.reviewerPort, deps(REVIEWER), { tw: 1 })).toThrow(
      `Pernyataan tidak dibuat karena ${said}`,
    );
    expect(String(c.wb.value(c.wb.getTab(STATEMENT), 10, 1))).toContain(x);
  });
});
