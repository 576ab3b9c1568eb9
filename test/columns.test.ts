import { describe, expect, it } from "vitest";
import { addMissingColumns } from "../src/app/columns";
import { detectPlan } from "../src/core/layout";
import { emulatedPort } from "../src/emulator/session";
import { MemoryWorkbook } from "../src/emulator/workbook";
import { RENCANA_AKSI_TRANSMIGRASI, RENCANA_AKSI_TRANSMIGRASI_TAB } from "./fixtures/plans";

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
