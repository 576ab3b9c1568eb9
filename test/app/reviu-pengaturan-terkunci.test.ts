/**
 * Pengaturan is locked with the quarter where it changes the figures (review 6-b: it was recorded
 * but open): OPD, Tahun, Skala kriteria and the reading corrections cannot be typed over by someone
 * the strict lock leaves out, while the reviewer's name and NIP for the statement stay open; Buka
 * kembali lifts the lock with the bidang tabs'.
 */
import { describe, expect, it } from "vitest";
import { reopen, submitForReview } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { KOREKSI_COL } from "../../src/core/koreksi";
import { createGas } from "../../src/emulator/facade";
import { emulatedPort } from "../../src/emulator/session";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { reviuDeps as deps } from "../fixtures/reviu";
import { PLAN, REVIEWER, rowsOf, STAFF } from "../utils/reviu";

function sent(proteksi: "ketat" | "peringatan") {
  const wb = transmigrasiWorkbook({ bidang: [PLAN], reviewer: REVIEWER, proteksi });
  const staff = emulatedPort(wb, { user: STAFF, owner: STAFF });
  generateTriwulan(staff.port, { tw: 1 });
  expect(submitForReview(staff.port, deps(STAFF), { tw: 1, force: true, reason: "uji" }).status).toBe(
    "dikirim",
  );
  const row = (label: string) => rowsOf(wb, "Pengaturan").findIndex((r) => r[0] === label) + 1;
  const reviewer = createGas(wb, { user: REVIEWER, owner: STAFF, editors: [STAFF, REVIEWER] });
  const sheet = reviewer.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Pengaturan");
  const type = (r: number, c: number, v: string | number) => () => sheet?.getRange(r, c).setValue(v);
  return { wb, staff: staff.port, reviewer, row, type };
}

describe("Pengaturan while the quarter is under review", () => {
  it("strict: OPD, Tahun, Skala kriteria and the corrections are locked, the reviewer's name is not; Buka kembali lifts it", () => {
    const c = sent("ketat");
    for (const label of ["OPD", "Tahun", "Skala kriteria"])
      expect(c.type(c.row(label), 2, "2025"), label).toThrow(/protected/);
    expect(c.type(2, KOREKSI_COL, "Rencana Aksi Transmigrasi")).toThrow(/protected/);
    // What the reviewer types for the statement.
    expect(c.type(c.row("Nama reviewer"), 2, "Drs. Andi")).not.toThrow();
    expect(c.type(c.row("NIP reviewer"), 2, "19700101 199003 1 001")).not.toThrow();

    reopen(c.staff, deps(STAFF), { tw: 1, reason: "perbaikan" });
    expect(c.type(c.row("Tahun"), 2, 2024)).not.toThrow();
  });

  it("peringatan: typing over the Tahun warns as the bidang tabs do", () => {
    const c = sent("peringatan");
    c.type(c.row("Tahun"), 2, 2024)();
    expect(c.reviewer.warnings).toEqual([expect.stringContaining("SAKIP: dikirim untuk reviu TW I")]);
  });
});
