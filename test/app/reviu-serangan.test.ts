/**
 * The review record attacked as an auditor would, after Kirim untuk reviu: each change is caught by
 * Verifikasi (said where, in Indonesian), refused for the statement and marked changed in the rekap.
 */
import { describe, expect, it } from "vitest";
import { rekapFile } from "../../src/app/rekap";
import { statement, submitForReview, verify } from "../../src/app/reviu";
import { sha256 } from "../../src/cli/sakip";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, EVAL, PLAN, REVIEWER, RINGKASAN, STAFF, STATEMENT } from "../utils/reviu";

function sent() {
  const c = dinasTw1();
  expect(submitForReview(c.port, deps(STAFF), { tw: 1 }).status).toBe("dikirim");
  return c;
}

/** Verifikasi's message, the statement refused, the rekap's flag. */
function caught(c: ReturnType<typeof dinasTw1>, where: string) {
  const checked = verify(c.reviewerPort, deps(REVIEWER), { tw: 1 });
  expect(checked.changed).toBe(true);
  expect(() => statement(c.reviewerPort, deps(REVIEWER), { tw: 1 })).toThrow(
    `Pernyataan tidak dibuat karena data berubah sejak dikirim (${where}): minta pengirim memperbaiki dan mengirim ulang TW I, lalu verifikasi lagi.`,
  );
  expect(c.wb.tab(STATEMENT)).toBeUndefined();
  expect(rekapFile(c.reviewerPort, "dinas.xlsx", 1, sha256).row.sidikBerubah).toBe(true);
  return checked.message;
}

describe("a tab that was sent is renamed or deleted (trial: Verifikasi stopped with 'buat tab Triwulan dulu, lalu kirim')", () => {
  it.each([
    [
      "the evaluation tab renamed",
      EVAL,
      (c: ReturnType<typeof dinasTw1>) => c.wb.renameTab(EVAL, `${EVAL} (lama)`),
    ],
    ["the evaluation tab deleted", EVAL, (c: ReturnType<typeof dinasTw1>) => c.wb.removeTab(EVAL)],
    ["the bidang tab renamed", PLAN, (c: ReturnType<typeof dinasTw1>) => c.wb.renameTab(PLAN, `${PLAN} 2`)],
    ["the Ringkasan deleted", RINGKASAN, (c: ReturnType<typeof dinasTw1>) => c.wb.removeTab(RINGKASAN)],
  ])("%s: said gone, never 'buat tab Triwulan'", (_name, tab, attack) => {
    const c = sent();
    attack(c);
    const where = `tab '${tab}' hilang (dihapus atau diganti namanya)`;
    const message = caught(c, where);
    expect(message).toMatch(new RegExp(`^Data berubah sejak dikirim: ${where.replace(/[()]/g, "\\$&")}`));
    expect(message).not.toContain("buat tab Triwulan");
  });
});

describe("a formula replaced by the value it showed (trial: 'B6 tertulis 3, seharusnya 3')", () => {
  it.each([
    [RINGKASAN, 6, 2, "B6 tertulis 3 (diketik, bukan rumus), seharusnya rumus yang menghasilkan 3"],
    [
      RINGKASAN,
      11,
      1,
      'A11 tertulis "Jumlah Calon Warga Transmigrasi yang di…" (diketik, bukan rumus), seharusnya rumus yang menghasilkan "Jumlah Calon Warga Transmigrasi yang diseleksi"',
    ],
  ])("in %s row %i column %i is named as typed over its formula", (tab, row, col, said) => {
    const c = sent();
    const t = c.wb.getTab(tab);
    expect(c.wb.formula(t, row, col)).toMatch(/^=/);
    c.wb.write(t, row, col, [[c.wb.value(t, row, col)]]);
    expect(caught(c, `tab '${tab}' baris ${row}`)).toContain(`'${EVAL}': ${said}.`);
  });

  it("in the evaluation tab (a realisasi read from the bidang tab) is caught at its row", () => {
    const c = sent();
    const t = c.wb.getTab(EVAL);
    expect(c.wb.formula(t, 7, 11)).toMatch(/^=IF\('Rencana Aksi Transmigrasi'!S2/);
    c.wb.write(t, 7, 11, [[c.wb.value(t, 7, 11)]]);
    expect(caught(c, `tab '${EVAL}' baris 7`)).toBe(`Data berubah sejak dikirim: tab '${EVAL}' baris 7.`);
  });
});
