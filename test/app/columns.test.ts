/** "Tambahkan kolom" never changes an office's tab unasked: it first says what would go where. */
import { describe, expect, it } from "vitest";
import { addMissingColumns } from "../../src/app/columns";
import { detectPlan } from "../../src/core/layout";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { RENCANA_AKSI_TRANSMIGRASI, RENCANA_AKSI_TRANSMIGRASI_TAB } from "../fixtures/plans";
import { APPENDED_TAB, appendedWorkbook } from "../utils/appended";

describe("Tambahkan kolom", () => {
  it("writes nothing until asked: it answers with the header cells it would write", () => {
    const wb = appendedWorkbook();
    const tab = wb.getTab(APPENDED_TAB);
    const size = wb.usedSize(tab);
    const before = wb.values(tab, { row: 1, col: 1, ...size });
    const { port } = emulatedPort(wb);
    const plan = addMissingColumns(port, APPENDED_TAB);
    expect(plan.added).toEqual([]);
    expect(plan.planned.map((p) => `${p.cell} ${p.header}`)).toEqual([
      "W7 Realisasi TW I",
      "X7 Realisasi TW II",
      "Y7 Realisasi TW III",
      "Z7 Realisasi TW IV",
      "AA7 Realisasi Anggaran TW I",
      "AB7 Realisasi Anggaran TW II",
      "AC7 Realisasi Anggaran TW III",
      "AD7 Realisasi Anggaran TW IV",
    ]);
    expect(plan.message).toBe(
      `Belum ada yang diubah: 8 judul kolom akan ditulis di tab '${APPENDED_TAB}' sel W7–AD7, di kanan kolom terakhir yang terisi; tidak ada isian yang bergeser.`,
    );
    expect(wb.usedSize(tab)).toEqual(size);
    expect(wb.values(tab, { row: 1, col: 1, ...size })).toEqual(before);

    // Asked: exactly those cells, nothing a person typed moved.
    const done = addMissingColumns(port, APPENDED_TAB, true);
    expect(done.added).toHaveLength(8);
    expect(wb.values(tab, { row: 7, col: 23, rows: 1, cols: 8 })[0]).toEqual(
      plan.planned.map((p) => p.header),
    );
    expect(wb.values(tab, { row: 1, col: 1, ...size })).toEqual(before);
  });
});

describe("Tambahkan kolom yang belum ada", () => {
  it("adds the realisasi columns an office's Rencana Aksi lacks, right of its header, and nothing else", () => {
    const wb = new MemoryWorkbook();
    const tab = wb.addTab(RENCANA_AKSI_TRANSMIGRASI_TAB);
    wb.write(tab, 1, 1, RENCANA_AKSI_TRANSMIGRASI);
    const before = wb.usedSize(tab);
    const original = wb.values(tab, { row: 1, col: 1, ...before });
    const { port } = emulatedPort(wb);
    const first = addMissingColumns(port, RENCANA_AKSI_TRANSMIGRASI_TAB, true);
    expect(first.added).toEqual([
      "Realisasi TW I",
      "Realisasi TW II",
      "Realisasi TW III",
      "Realisasi TW IV",
      "Realisasi Anggaran TW I",
      "Realisasi Anggaran TW II",
      "Realisasi Anggaran TW III",
      "Realisasi Anggaran TW IV",
    ]);
    const after = port.read(RENCANA_AKSI_TRANSMIGRASI_TAB).values;
    // Every cell a person typed is where it was.
    expect(after.slice(0, original.length).map((row) => row.slice(0, original[0].length))).toEqual(original);
    const detection = detectPlan(RENCANA_AKSI_TRANSMIGRASI_TAB, after);
    expect(detection.ok && detection.missing).toEqual([]);
    expect(addMissingColumns(port, RENCANA_AKSI_TRANSMIGRASI_TAB).added).toEqual([]);
  });
});
