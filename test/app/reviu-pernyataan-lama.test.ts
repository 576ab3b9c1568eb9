/**
 * Trial 4, #13: after "Buka kembali" and a resend, Verifikasi called the old statement (typed over
 * before it was reopened) a finding, and Buat pernyataan then ignored its own finding. One rule: a
 * statement made over a submission since reopened is history; once the quarter is sent again it is
 * no finding against the new submission, Verifikasi says so in one sentence, and Buat pernyataan
 * replaces it. And the statement tab warns "sel ini dilindungi" as every reviewed tab does.
 */
import { describe, expect, it } from "vitest";
import { rekapFile } from "../../src/app/rekap";
import { reopen, statement, submitForReview, verify } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { sha256 } from "../../src/cli/sakip";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, PLAN, REVIEWER, STAFF, STATEMENT } from "../utils/reviu";

const OLD = `Tab '${STATEMENT}' memuat pernyataan lama (Riwayat Reviu baris 3), tidak berlaku untuk kiriman ini: Buat pernyataan menggantinya.`;

/** Sent, the statement made (history row 3), then its A10 typed over, as in the trial. */
function signedThenTyped() {
  const c = dinasTw1();
  expect(submitForReview(c.port, deps(STAFF), { tw: 1 }).status).toBe("dikirim");
  statement(c.reviewerPort, deps(REVIEWER), { tw: 1 });
  expect(c.wb.value(c.wb.getTab("Riwayat Reviu"), 3, 4)).toBe("Pernyataan dibuat");
  c.wb.write(c.wb.getTab(STATEMENT), 10, 1, [["Data yang direviu: semuanya benar."]]);
  return c;
}

/** Reopened, a realisasi corrected, the tab Triwulan made again, sent again. */
function resent(c: ReturnType<typeof dinasTw1>) {
  reopen(c.port, deps(STAFF), { tw: 1, reason: "Realisasi TW I dikoreksi" });
  c.wb.write(c.wb.getTab(PLAN), 3, 19, [[77]]);
  generateTriwulan(c.port, { tw: 1 });
  expect(submitForReview(c.port, deps(STAFF), { tw: 1 }).status).toBe("dikirim");
}

describe("a statement of an earlier submission (trial 4, #13)", () => {
  it("edited while it held: a finding; once reopened and sent again: history, said so, and replaced", () => {
    const c = signedThenTyped();
    expect(verify(c.reviewerPort, deps(REVIEWER), { tw: 1 }).message).toContain(
      `Pernyataan tidak sesuai: tab '${STATEMENT}' diubah setelah pernyataan dibuat`,
    );
    resent(c);
    const checked = verify(c.reviewerPort, deps(REVIEWER), { tw: 1 });
    expect(checked.message).not.toContain("Pernyataan tidak sesuai");
    expect(checked.message).toMatch(/^Tidak ada perubahan sejak dikirim/);
    expect(checked.message).toContain(OLD);
    expect(checked.changed).toBe(false);
    expect(rekapFile(c.reviewerPort, "dinas.xlsx", 1, sha256).row.sidikBerubah).toBe(false);
    // What Verifikasi calls no finding, Buat pernyataan does not stop at: the new statement replaces the old.
    statement(c.reviewerPort, deps(REVIEWER), { tw: 1 });
    const tab = c.wb.getTab(STATEMENT);
    expect(String(c.wb.value(tab, 10, 1))).toMatch(/^Data yang direviu: TW I sebagaimana dikirim /);
    expect(c.wb.value(tab, 4, 1)).toBe("");
    const after = verify(c.reviewerPort, deps(REVIEWER), { tw: 1 });
    expect(after.changed).toBe(false);
    expect(after.message).not.toContain("pernyataan lama");
  });

  it("its notice removed after the resend of changed data: said, not a forged history, and replaced", () => {
    const c = signedThenTyped();
    resent(c);
    c.wb.write(c.wb.getTab(STATEMENT), 4, 1, [[""]]);
    const checked = verify(c.reviewerPort, deps(REVIEWER), { tw: 1 });
    expect(checked.message).not.toContain("Riwayat tidak sesuai");
    expect(checked.message).toContain(OLD);
    expect(checked.changed).toBe(false);
    expect(statement(c.reviewerPort, deps(REVIEWER), { tw: 1 }).message).toMatch(/^Tab '.*' dibuat/);
  });

  it("while reopened and not sent again, a statement without its notice is still a finding, and none is made", () => {
    const c = signedThenTyped();
    reopen(c.port, deps(STAFF), { tw: 1, reason: "Realisasi TW I dikoreksi" });
    expect(verify(c.reviewerPort, deps(REVIEWER), { tw: 1 }).message).not.toContain(
      "Pernyataan tidak sesuai",
    );
    c.wb.write(c.wb.getTab(STATEMENT), 4, 1, [[""]]);
    expect(verify(c.reviewerPort, deps(REVIEWER), { tw: 1 }).message).toContain(
      `Pernyataan tidak sesuai: tab '${STATEMENT}' tidak berlaku lagi karena TW I dibuka kembali`,
    );
    expect(() => statement(c.reviewerPort, deps(REVIEWER), { tw: 1 })).toThrow(
      /dibuka kembali untuk perbaikan/,
    );
  });
});

describe("the statement tab is locked as the reviewed tabs are", () => {
  it("typing over it warns 'dilindungi' with the statement's lock, and a later reopen still marks it", () => {
    const c = dinasTw1();
    submitForReview(c.port, deps(STAFF), { tw: 1 });
    statement(c.reviewerPort, deps(REVIEWER), { tw: 1 });
    const lock = c.wb
      .getTab(STATEMENT)
      .protections.find((p) => p.description === "SAKIP: pernyataan reviu TW I");
    expect(lock?.warningOnly).toBe(true);
    const sheet = c.gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(STATEMENT);
    sheet?.getRange(8, 1).setValues([["Berdasarkan reviu kami, laporan ini sempurna."]]);
    expect(c.gas.warnings).toContain(`${STATEMENT}!A8: SAKIP: pernyataan reviu TW I`);
    reopen(c.port, deps(STAFF), { tw: 1, reason: "Realisasi TW I dikoreksi" });
    expect(String(c.wb.value(c.wb.getTab(STATEMENT), 4, 1))).toMatch(
      /^TIDAK BERLAKU LAGI: TW I dibuka kembali/,
    );
  });
});
