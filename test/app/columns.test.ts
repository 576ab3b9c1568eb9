/** "Tambahkan kolom" never changes an office's tab unasked: it first says what would go where. */
import { describe, expect, it } from "vitest";
import { addMissingColumns } from "../../src/app/columns";
import { emulatedPort } from "../../src/emulator/session";
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
