/**
 * The review flow against what Google's Apps Script reference documents about protections,
 * locks and flush, on the SpreadsheetApp facade (which does what those pages say).
 */
import { describe, expect, it } from "vitest";
import { HISTORY_TAB, reopen, submitForReview, verify } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { createGas, type GasOptions } from "../../src/emulator/facade";
import { emulatedPort } from "../../src/emulator/session";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { TEMPLATE_TRANSMIGRASI_TAB } from "../fixtures/plans";
import { reviuDeps } from "../fixtures/reviu";

const OWNER = "kadis@dinas.go.id";
const STAFF = "staf@dinas.go.id";
const STAFF2 = "staf2@dinas.go.id";
const REVIEWER = "reviewer@inspektorat.go.id";
const PLAN = TEMPLATE_TRANSMIGRASI_TAB;
const deps = reviuDeps;
const col = (header: string) => TEMPLATE_COLUMNS.findIndex((c) => c.header === header) + 1;
/** Everyone the Dinas shares the file with as editor. */
const SHARED = [STAFF, STAFF2, REVIEWER];
const as = (wb: MemoryWorkbook, user: string, options: GasOptions = {}) =>
  emulatedPort(wb, { user, owner: OWNER, editors: SHARED, ...options });

function dinas(proteksi: "ketat" | "peringatan", reviewer = REVIEWER) {
  const wb = transmigrasiWorkbook({ bidang: [PLAN], reviewer, proteksi });
  generateTriwulan(as(wb, STAFF).port, { tw: 1 });
  return wb;
}

const history = (wb: MemoryWorkbook) => {
  const t = wb.getTab(HISTORY_TAB);
  return wb.values(t, { row: 1, col: 1, rows: wb.usedSize(t).rows, cols: 5 });
};
const descriptions = (wb: MemoryWorkbook, tab: string) =>
  wb.getTab(tab).protections.map((p) => `${p.type}:${p.description}`);

describe("protections as Sheet.protect() and Class Protection document them", () => {
  it("never takes over the owner's sheet protection: ours is a range protection beside it", () => {
    const wb = dinas("peringatan");
    const owner = createGas(wb, { user: OWNER, editors: SHARED });
    const sheet = owner.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(PLAN);
    sheet?.protect().setDescription("Dikunci Kepala Dinas").removeEditors(SHARED).addEditor(STAFF);
    const before = structuredClone(wb.getTab(PLAN).protections);

    expect(submitForReview(as(wb, STAFF).port, deps(STAFF), { tw: 1 }).status).toBe("dikirim");
    const after = wb.getTab(PLAN).protections;
    expect(after[0]).toEqual(before[0]);
    expect(after[1]).toMatchObject({
      type: "RANGE",
      description: "SAKIP: dikirim untuk reviu TW I",
      warningOnly: true,
    });
    reopen(as(wb, STAFF).port, deps(STAFF), { tw: 1, reason: "perbaikan" });
    expect(wb.getTab(PLAN).protections).toEqual(before);
  });

  it("keeps one protection per submitted TW on a bidang tab, so reopening TW I leaves TW II", () => {
    const wb = dinas("ketat");
    const { port } = as(wb, STAFF);
    submitForReview(port, deps(STAFF), { tw: 1 });
    generateTriwulan(port, { tw: 2 });
    submitForReview(port, deps(STAFF), { tw: 2, force: true, reason: "uji" });
    expect(descriptions(wb, PLAN)).toEqual([
      "SHEET:SAKIP: dikirim untuk reviu TW I",
      "RANGE:SAKIP: dikirim untuk reviu TW II",
    ]);
    reopen(port, deps(STAFF), { tw: 1, reason: "perbaikan TW I" });
    expect(descriptions(wb, PLAN)).toEqual(["RANGE:SAKIP: dikirim untuk reviu TW II"]);
    // TW II still stops the reviewer.
    const reviewer = createGas(wb, { user: REVIEWER, owner: OWNER, editors: SHARED });
    const cell = reviewer.SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName(PLAN)
      ?.getRange(5, col("Realisasi TW II"));
    expect(() => cell?.setValue(1)).toThrow(/protected/);
  });

  it("strict protection works when the submitter edits through a Google Group", () => {
    const wb = dinas("ketat");
    const group = { "bidang-transmigrasi@dinas.go.id": [STAFF] };
    const { port } = as(wb, STAFF, { editors: ["bidang-transmigrasi@dinas.go.id", REVIEWER], groups: group });
    expect(submitForReview(port, deps(STAFF), { tw: 1 }).status).toBe("dikirim");
    expect(wb.getTab(PLAN).protections[0].editors).toEqual([OWNER, STAFF]);
    const reviewer = createGas(wb, { user: REVIEWER, owner: OWNER, editors: SHARED });
    const planSheet = reviewer.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(PLAN);
    expect(() => planSheet?.getRange(5, col("Realisasi TW I")).setValue(9)).toThrow(/protected/);
    // Class Protection: getEditors() and canDomainEdit() throw for a user who cannot edit it.
    const theirs = planSheet?.getProtections(reviewer.SpreadsheetApp.ProtectionType.SHEET)[0];
    expect(() => theirs?.getEditors()).toThrow(/permission/);
    expect(() => theirs?.canDomainEdit()).toThrow(/permission/);
    expect(theirs?.canEdit()).toBe(false);
  });

  it("keeps the history writable for every submitter and the reviewer named later, not rewritable by others", () => {
    const wb = dinas("peringatan", "");
    submitForReview(as(wb, STAFF).port, deps(STAFF), { tw: 1 });
    // Another staff member reopens and sends again, and the reviewer, named only now, verifies.
    reopen(as(wb, STAFF2).port, deps(STAFF2), { tw: 1, reason: "Realisasi dikoreksi" });
    submitForReview(as(wb, STAFF2).port, deps(STAFF2), { tw: 1 });
    expect(verify(as(wb, REVIEWER).port, deps(REVIEWER), { tw: 1 }).changed).toBe(false);
    expect(history(wb).map((r) => [r[3], r[4]])).toEqual([
      ["Peristiwa", "Oleh"],
      ["Dikirim", STAFF],
      ["Dibuka kembali", STAFF2],
      ["Dikirim", STAFF2],
      ["Diverifikasi", REVIEWER],
    ]);
    const reviewer = createGas(wb, { user: REVIEWER, owner: OWNER, editors: SHARED });
    const sheet = reviewer.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(HISTORY_TAB);
    expect(() => sheet?.getRange(2, 10).setValue("0".repeat(64))).toThrow(/protected/);
  });

  it("a reviewer's Buka kembali under strict protection names who must do it, in one sentence", () => {
    const wb = dinas("ketat");
    submitForReview(as(wb, STAFF).port, deps(STAFF), { tw: 1 });
    const protections = structuredClone(wb.getTab(PLAN).protections);
    expect(() =>
      reopen(as(wb, REVIEWER, { language: "id" }).port, deps(REVIEWER), { tw: 1, reason: "catatan" }),
    ).toThrow(
      `TW I hanya dapat dibuka kembali oleh ${STAFF} (yang mengirim) atau pemilik spreadsheet, karena tab '${PLAN}' dikunci ketat agar reviewer tidak dapat mengubah data yang direviu: minta mereka menekan "Buka kembali" dengan alasan yang sama.`,
    );
    expect(wb.getTab(PLAN).protections).toEqual(protections);
    expect(history(wb).map((r) => r[3])).toEqual(["Peristiwa", "Dikirim"]);
    // Under warning-only protection the reviewer can reopen.
    const open = dinas("peringatan");
    submitForReview(as(open, STAFF).port, deps(STAFF), { tw: 1 });
    reopen(as(open, REVIEWER).port, deps(REVIEWER), { tw: 1, reason: "catatan" });
    expect(open.getTab(PLAN).protections).toEqual([]);
  });

  it("a colleague who may not edit the owner's locked tab gets one Indonesian sentence on submitting", () => {
    const wb = dinas("ketat");
    const owner = createGas(wb, { user: OWNER, editors: SHARED });
    owner.SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName(PLAN)
      ?.protect()
      .setDescription("Dikunci Kepala Dinas")
      .removeEditors(SHARED);
    const before = structuredClone(wb.getTab(PLAN).protections);
    expect(() => submitForReview(as(wb, STAFF, { language: "id" }).port, deps(STAFF), { tw: 1 })).toThrow(
      `Tab '${PLAN}' dilindungi ("Dikunci Kepala Dinas") dan Anda bukan editor perlindungan itu: minta pemilik spreadsheet atau pembuat perlindungan membukanya, lalu coba lagi.`,
    );
    expect(wb.getTab(PLAN).protections).toEqual(before);
    expect(wb.tab(HISTORY_TAB)).toBeUndefined();
  });

  it("Pengaturan locked by the owner against the sender: the quarter is still sent, the owner's lock kept", () => {
    const wb = dinas("ketat");
    const owner = createGas(wb, { user: OWNER, editors: SHARED });
    owner.SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName("Pengaturan")
      ?.protect()
      .setDescription("Dikunci Kepala Dinas")
      .removeEditors(SHARED);
    const before = structuredClone(wb.getTab("Pengaturan").protections);
    expect(
      submitForReview(as(wb, STAFF).port, deps(STAFF), { tw: 1, force: true, reason: "uji" }).status,
    ).toBe("dikirim");
    expect(wb.getTab("Pengaturan").protections).toEqual(before);
    reopen(as(wb, STAFF).port, deps(STAFF), { tw: 1, reason: "perbaikan" });
    expect(wb.getTab("Pengaturan").protections).toEqual(before);
  });

  it("recognises a protection refusal in any language and says it in Indonesian", () => {
    const wb = dinas("ketat");
    submitForReview(as(wb, STAFF).port, deps(STAFF), { tw: 1 });
    // A colleague whose Google account speaks Indonesian writes into the submitted plan (Buat tab
    // Triwulan on a sent TW is refused before it writes anything: test/app/triwulan-terkirim.test.ts).
    const { port } = as(wb, STAFF2, { language: "id" });
    expect(() => port.write(PLAN, [{ row: 5, col: 1, cells: [["x"]] }])).toThrow(
      /^Tab '.+' dilindungi \("SAKIP: dikirim untuk reviu TW I"\) dan Anda bukan editor perlindungan itu: minta pemilik spreadsheet atau pembuat perlindungan membukanya, lalu coba lagi\.$/,
    );
  });
});

describe("the document lock and SpreadsheetApp.flush()", () => {
  it("two submissions close together each get their own history row", () => {
    const wb = dinas("peringatan");
    submitForReview(as(wb, STAFF).port, deps(STAFF), { tw: 1 });
    // Two executions: the first releases the lock; its execution has not ended when the second
    // takes the lock. Only what was flushed before the release is visible to the second, which may
    // send again only because it sees the first's reopening.
    const first = as(wb, STAFF);
    const second = as(wb, STAFF2);
    reopen(first.port, deps(STAFF), { tw: 1, reason: "Realisasi dikoreksi" });
    submitForReview(second.port, deps(STAFF2), { tw: 1 });
    first.gas.end();
    second.gas.end();
    expect(history(wb).map((r) => [r[0], r[3], r[4]])).toEqual([
      ["No", "Peristiwa", "Oleh"],
      [1, "Dikirim", STAFF],
      [2, "Dibuka kembali", STAFF],
      [3, "Dikirim", STAFF2],
    ]);
  });

  it("the facade loses an unflushed write to the next holder of the lock, as Sheets can", () => {
    const wb = dinas("peringatan");
    const a = createGas(wb, { user: STAFF });
    const b = createGas(wb, { user: STAFF2 });
    const cell = (g: typeof a) =>
      g.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(PLAN)?.getRange(40, 1);
    const lockA = a.LockService.getDocumentLock();
    lockA.waitLock(1000);
    cell(a)?.setValue("dari A");
    lockA.releaseLock();
    const lockB = b.LockService.getDocumentLock();
    lockB.waitLock(1000);
    expect(cell(b)?.getValue()).toBe("");
    cell(b)?.setValue("dari B");
    b.SpreadsheetApp.flush();
    lockB.releaseLock();
    a.end();
    expect(cell(b)?.getValue()).toBe("dari A");
  });
});
