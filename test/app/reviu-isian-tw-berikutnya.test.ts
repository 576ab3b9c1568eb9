/**
 * While TW I is under review the staff go on with TW II: besides its realisasi, a typed capaian of a
 * later TW ("Capaian s.d. TW II (%)") and a later TW's remarks ("Keterangan TW II", "Bukti Dukung TW
 * III") are not TW I's data. Verifikasi says so and the statement is made (review 6-b #5: they were
 * "Data berubah sejak dikirim" of TW I); it is proven by putting back what the record kept, and the
 * same columns of TW I itself, or a remark naming no TW, stay TW I's.
 */
import { describe, expect, it } from "vitest";
import { statement, submitForReview, verify } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { columnLetter } from "../../src/core/a1";
import { emulatedPort } from "../../src/emulator/session";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { reviuDeps as deps } from "../fixtures/reviu";
import { PLAN, REVIEWER, rowsOf, STAFF, STATEMENT } from "../utils/reviu";

/** TW I sent, the plan having after its last column the headers `extra`; the indicator row and those columns. */
function sent(extra: string[]) {
  const wb = transmigrasiWorkbook({ bidang: [PLAN], reviewer: REVIEWER });
  const rows = rowsOf(wb, PLAN);
  const width = Math.max(...rows.map((r) => r.length));
  wb.write(wb.getTab(PLAN), 1, width + 1, [extra]);
  const staff = emulatedPort(wb, { user: STAFF, owner: STAFF });
  generateTriwulan(staff.port, { tw: 1 });
  expect(submitForReview(staff.port, deps(STAFF), { tw: 1, force: true, reason: "uji" }).status).toBe(
    "dikirim",
  );
  const reviewer = emulatedPort(wb, { user: REVIEWER, owner: STAFF }).port;
  const type = (i: number, v: string | number) => wb.write(wb.getTab(PLAN), 3, width + 1 + i, [[v]]);
  const col = (i: number) => columnLetter(width + 1 + i);
  return { wb, reviewer, type, col, check: () => verify(reviewer, deps(REVIEWER), { tw: 1 }) };
}

describe("a later TW's capaian and remarks typed during the review of TW I", () => {
  it("are not TW I's data: said so, and the statement is made", () => {
    const c = sent(["Capaian s.d. TW II (%)", "Keterangan TW II", "Bukti Dukung TW III"]);
    c.type(0, 98.5);
    c.type(1, "Menunggu laporan UPT");
    c.type(2, "SK Bupati");
    const { changed, message } = c.check();
    expect(message).toBe(
      `Tidak ada perubahan pada data TW I sejak dikirim (Riwayat Reviu baris 2): yang berbeda hanya isian triwulan setelahnya, yang tidak dibaca TW I: tab '${PLAN}' ${c.col(0)}3 (Capaian s.d. TW II (%)), ${c.col(1)}3 (Keterangan TW II), ${c.col(2)}3 (Bukti Dukung TW III).`,
    );
    expect(changed).toBe(false);
    expect(statement(c.reviewer, deps(REVIEWER), { tw: 1 }).tab).toBe(STATEMENT);
  });

  it("a typed Capaian TW I–IV family's TW II is not TW I's data either (review 7-b #3)", () => {
    const c = sent(["Capaian TW I (%)", "Capaian TW II (%)", "Capaian TW III (%)", "Capaian TW IV (%)"]);
    c.type(1, 98.5);
    const { changed, message } = c.check();
    expect(message).toMatch(/^Tidak ada perubahan pada data TW I sejak dikirim/);
    expect(message).toContain(`${c.col(1)}3 (Capaian (%) TW II)`);
    expect(changed).toBe(false);
  });

  it.each([
    ["TW I's own typed capaian", "Capaian s.d. TW I (%)"],
    ["TW I's remarks", "Keterangan TW I"],
    ["a remark naming no TW", "Keterangan"],
  ])("%s stay TW I's data: named, the statement refused", (_name, header) => {
    const c = sent([header]);
    c.type(0, "diubah");
    const { changed, message } = c.check();
    expect(changed).toBe(true);
    expect(message).toMatch(new RegExp(`^Data berubah sejak dikirim: '${PLAN}'!${c.col(0)}3 `));
    expect(() => statement(c.reviewer, deps(REVIEWER), { tw: 1 })).toThrow(
      /^Pernyataan tidak dibuat karena data berubah/,
    );
  });
});
