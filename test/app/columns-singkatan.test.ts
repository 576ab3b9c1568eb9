/**
 * Trial 8 #23: a kecamatan's tab ends with "Realisasi Angg. TW I | Realisasi Angg. TW II". "Tambahkan
 * kolom" wrote "Realisasi Anggaran TW III | IV" beside them, then read those two (still empty) as
 * "belum pasti: nilainya tidak sesuai dengan kata realisasi anggaran", offered them again and wrote
 * them twice. A short form and its full word are one family: the add-on's own headers are read as
 * what they say, nothing is offered again, nothing is written twice.
 */
import { describe, expect, it } from "vitest";
import { readings } from "../../src/app/baca";
import { addMissingColumns } from "../../src/app/columns";
import { familiesOf } from "../../src/core/layout/families";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { KECAMATAN_DPA } from "../fixtures/layouts";

const TAB = "Renaksi Kec. Mangkutana";

describe("the add-on's own headers beside the office's short forms", () => {
  it("are read as written: added once, not offered again", () => {
    const wb = new MemoryWorkbook();
    wb.write(wb.addTab(TAB), 1, 1, KECAMATAN_DPA);
    const { port } = emulatedPort(wb);
    const added = addMissingColumns(port, TAB, true);
    expect(added.planned.map((p) => `${p.cell} ${p.header}`)).toEqual([
      "AD6 Realisasi TW III",
      "AE6 Realisasi TW IV",
      "AF6 Realisasi Anggaran TW III",
      "AG6 Realisasi Anggaran TW IV",
    ]);
    const columns = readings(port).readings[0].columns.filter((c) => c.col >= 25);
    expect(columns.map((c) => [c.col, c.field, c.unsure])).toEqual([
      [25, "realisasiTw1", undefined],
      [26, "realisasiTw2", undefined],
      [27, "realisasiAnggaranTw1", undefined],
      [28, "realisasiAnggaranTw2", undefined],
      [29, "realisasiTw3", undefined],
      [30, "realisasiTw4", undefined],
      [31, "realisasiAnggaranTw3", undefined],
      [32, "realisasiAnggaranTw4", undefined],
    ]);
    expect(addMissingColumns(port, TAB, true)).toEqual({
      message: `Tab '${TAB}' sudah memiliki semua kolom yang diperlukan.`,
      added: [],
      planned: [],
    });
  });

  it.each([
    ["realisasi angg", "realisasi anggaran"],
    ["rlsi", "realisasi"],
    ["tgt", "target"],
    ["real keu", "realisasi keuangan"],
  ])("%s TW I–II and %s TW III–IV are one family", (short, full) => {
    expect(
      familiesOf([
        [short, "tw i"],
        [short, "tw ii"],
        [full, "tw iii"],
        [full, "tw iv"],
      ]),
    ).toEqual([{ key: short, members: { 1: 0, 2: 1, 3: 2, 4: 3 } }]);
  });
});
