/**
 * What the record covers besides the tabs' cells: the notes people write in the covered tabs, the
 * kriteria scale chosen in Pengaturan, a custom scale (D:E) and the reading corrections (G:I); and
 * a record made before they were covered, which stays verifiable but is not certified.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/app/plans";
import { fingerprintOf, HISTORY_TAB, statement, submitForReview, verify } from "../../src/app/reviu";
import { main, sha256 } from "../../src/cli/sakip";
import { packRows } from "../../src/core/fingerprint";
import { emulatedPort } from "../../src/emulator/session";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { loadXlsx, saveXlsx } from "../../src/emulator/xlsx";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, EVAL, PLAN, REVIEWER, rowsOf, STAFF } from "../utils/reviu";

const settingsRow = (wb: MemoryWorkbook, label: string) =>
  rowsOf(wb, "Pengaturan").findIndex((r) => r[0] === label) + 1;

function sent(settings: Parameters<typeof dinasTw1>[0] = {}) {
  const d = dinasTw1(settings);
  expect(submitForReview(d.port, deps(STAFF), { tw: 1 }).status).toBe("dikirim");
  return { ...d, check: () => verify(d.reviewerPort, deps(REVIEWER), { tw: 1 }) };
}

describe("what Verifikasi sees besides cell values", () => {
  it("a note written on the evaluation tab or the plan after sending (the add-on's own row memos are not part of it)", () => {
    const { wb, check } = sent();
    wb.getTab(EVAL).setNote(8, 12, "angka sementara, menunggu data BPS");
    expect(check().message).toBe(
      `Data berubah sejak dikirim: '${EVAL}'!L8 (indikator "Persentase Penetapan Kawasan Transmigrasi"): catatan (Realisasi s.d. TW I) kosong → "angka sementara, menunggu data BPS".`,
    );
    wb.getTab(EVAL).setNote(8, 12, "");
    // On a cell the TW I evaluation reads (Target TW I).
    wb.getTab(PLAN).setNote(5, 10, "target direvisi");
    expect(check().message).toMatch(
      new RegExp(
        `^Data berubah sejak dikirim: '${PLAN}'!J5 \\(indikator .*\\): catatan \\(Target TW I\\) kosong → "target direvisi"\\.$`,
      ),
    );
    wb.getTab(PLAN).setNote(5, 10, "");
    // On the plan of a later quarter (Target TW II): locked as sent, so recorded too (trial 5 #10).
    wb.getTab(PLAN).setNote(5, 11, "target TW II direvisi");
    expect(check().message).toMatch(
      /^Data berubah sejak dikirim: '.*'!K5 \(indikator .*\): catatan \(Target TW II\) kosong → "target TW II direvisi"\.$/,
    );
    wb.getTab(PLAN).setNote(5, 11, "");
    // On a later quarter's realisasi (Realisasi TW II): not TW I's data.
    wb.getTab(PLAN).setNote(5, 20, "angka sementara TW II");
    expect(check().changed).toBe(false);
  });

  it("the kriteria scale chosen in Pengaturan", () => {
    const { wb, check } = sent();
    const row = settingsRow(wb, "Skala kriteria");
    wb.write(wb.getTab("Pengaturan"), row, 2, [["lakip"]]);
    const { changed, message } = check();
    expect(changed).toBe(true);
    expect(message).toMatch(
      new RegExp(
        `^Data berubah sejak dikirim: 'Pengaturan'!B${row} \\("Skala kriteria"\\): isi "permendagri86" → "lakip"\\.`,
      ),
    );
  });

  it("a custom scale's bounds (D:E) when the scale is 'sendiri', not while another scale is chosen", () => {
    const custom = sent({ skala: "sendiri" });
    custom.wb.write(custom.wb.getTab("Pengaturan"), 3, 4, [[80]]);
    expect(custom.check().message).toMatch(/^Data berubah sejak dikirim: 'Pengaturan'!D3: isi \d+ → 80\./);
    const named = sent();
    named.wb.write(named.wb.getTab("Pengaturan"), 3, 4, [[80]]);
    expect(named.check().changed).toBe(false);
  });

  it("a reading correction added in Pengaturan G:I", () => {
    const { wb, check } = sent();
    wb.write(wb.getTab("Pengaturan"), 12, 7, [[PLAN, "Z", "tidak dipakai"]]);
    expect(check().message).toBe(
      `Data berubah sejak dikirim: 'Pengaturan'!G12: isi kosong → "${PLAN}"; 'Pengaturan'!H12: isi kosong → "Z"; 'Pengaturan'!I12: isi kosong → "tidak dipakai".`,
    );
  });

  it("the same after an .xlsx save and load, notes included", async () => {
    const { wb, port } = dinasTw1();
    wb.getTab(EVAL).setNote(8, 12, "angka sementara");
    const before = fingerprintOf(readWorkbook(port, { notes: true }), 1, sha256).hash;
    const file = join(mkdtempSync(join(tmpdir(), "sakip-sidik-catatan-")), "tw1.xlsx");
    await saveXlsx(wb, file);
    const again = emulatedPort(await loadXlsx(file)).port;
    expect(fingerprintOf(readWorkbook(again, { notes: true }), 1, sha256).hash).toBe(before);
  });
});

describe("a record made before notes, scale, corrections and the Ringkasan were covered", () => {
  /** The history row as the previous version wrote it: the version-1 fingerprint, no version line. */
  function oldRecord() {
    const d = sent();
    const print = fingerprintOf(readWorkbook(d.port, { notes: true }), 1, sha256, 1);
    d.wb.write(d.wb.getTab(HISTORY_TAB), 2, 10, [
      [print.hash, print.tabs.map((t) => t.tab).join(", "), packRows(print, 1)],
    ]);
    return d;
  }

  it("stays verifiable, and Verifikasi says what it does not cover", () => {
    const { wb, check } = oldRecord();
    expect(check()).toEqual({
      changed: false,
      message: expect.stringMatching(
        /^Tidak ada perubahan sejak dikirim \(Riwayat Reviu baris 2\).* Catatan: kiriman ini dicatat oleh versi add-on sebelumnya, yang belum mencakup tab Ringkasan, catatan sel, skala kriteria dan koreksi cara baca di Pengaturan, jadi perubahan di sana tidak terlihat; minta pengirim membuka kembali dan mengirim ulang TW I\.$/,
      ),
    });
    // A cell empty when sent that the quarter does not read, filled in: found and named, no change.
    wb.write(wb.getTab(PLAN), 5, 3, [["diubah"]]);
    expect(check()).toMatchObject({
      changed: false,
      message: expect.stringMatching(
        new RegExp(`^Tidak ada perubahan pada data TW I sejak dikirim .*: tab '${PLAN}' C5 \\(Sasaran\\)\\.`),
      ),
    });
    wb.write(wb.getTab(EVAL), 8, 24, [["diubah"]]);
    expect(check().message).toMatch(new RegExp(`^Data berubah sejak dikirim: tab '${EVAL}' baris 8\\.`));
  });

  it("is what `sakip sidik` prints for the file, by the rules it was made with", async () => {
    const { wb } = oldRecord();
    const recorded = rowsOf(wb, HISTORY_TAB)[1][9];
    const file = join(mkdtempSync(join(tmpdir(), "sakip-sidik-lama-")), "tw1.xlsx");
    await saveXlsx(wb, file);
    const printed: string[] = [];
    expect(await main(["sidik", file, "--tw", "1"], (s) => printed.push(s))).toBe(0);
    expect(printed.join("").trim()).toBe(recorded);
  });

  it("is not certified: the statement asks for the quarter to be sent again", () => {
    const { reviewerPort } = oldRecord();
    expect(() => statement(reviewerPort, deps(REVIEWER), { tw: 1 })).toThrow(
      'Pernyataan tidak dibuat karena kiriman ini dicatat oleh versi add-on sebelumnya, yang belum mencakup tab Ringkasan, catatan sel, skala kriteria dan koreksi cara baca di Pengaturan, sehingga perubahan di sana tidak dapat dibuktikan: minta pengirim menekan "Buka kembali untuk perbaikan" lalu "Kirim untuk reviu" lagi (datanya tidak perlu diubah).',
    );
  });
});
