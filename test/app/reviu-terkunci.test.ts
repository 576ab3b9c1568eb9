/**
 * What Kirim locks as sent is what the record covers (trial 5 #10: after the Pernyataan, the TW II
 * realisasi and a billion rupiah of spending were rewritten in the locked bidang tabs and Verifikasi
 * said "Tidak ada perubahan … semua tab yang dicakup sama", because the evaluation tab did not read
 * those cells). Every cell of a locked tab is in the record and a change is named by tab, cell and
 * indicator; only the later quarters' realisasi, which the quarter does not report, lies outside it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/app/plans";
import { rekapFile } from "../../src/app/rekap";
import { fingerprintOf, statement, submitForReview, verify } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { sha256 } from "../../src/cli/sakip";
import { columnLetter } from "../../src/core/a1";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { BARIS_PER_TW, RENSTRA_PER_TAHUN } from "../fixtures/layouts";
import { reviuDeps as deps } from "../fixtures/reviu";
import { REVIEWER, STAFF } from "../utils/reviu";

const CIPTA = "Cipta Karya";
const BINA = "Bina Marga";
const STATEMENT = "Pernyataan Reviu TW II 2026";

/** A Dinas PUPR as trial 5 built it (one row per TW; a Renstra block), TW II generated and sent. */
function sentTw2(before?: (wb: MemoryWorkbook) => void) {
  const wb = new MemoryWorkbook({ name: "DPUPR" });
  wb.write(wb.addTab(BINA), 1, 1, RENSTRA_PER_TAHUN);
  wb.write(wb.addTab(CIPTA), 1, 1, BARIS_PER_TW);
  wb.write(wb.addTab("Pengaturan"), 1, 1, [
    ["OPD", "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Sukamaju"],
    ["Tahun", 2026],
  ]);
  before?.(wb);
  const staff = emulatedPort(wb, { user: STAFF, owner: STAFF });
  generateTriwulan(staff.port, { tw: 2 });
  const sent = submitForReview(staff.port, deps(STAFF), { tw: 2, force: true, reason: "uji" });
  expect(sent.status).toBe("dikirim");
  const reviewer = emulatedPort(wb, { user: REVIEWER, owner: STAFF });
  const check = () => verify(reviewer.port, deps(REVIEWER), { tw: 2 });
  const state = () => rekapFile(reviewer.port, "dpupr.xlsx", 2, sha256).row.sidikBerubah;
  return { wb, staff, reviewer, check, state };
}

/**
 * The later quarters' realisasi and realisasi anggaran as the reading maps them (TW III and IV):
 * Bina Marga's "Real. Kinerja" / "Real. Ang." III–IV on its indicator rows, Cipta Karya's Realisasi
 * and Realisasi Anggaran on each indicator's TW III and TW IV rows.
 */
const LATER: Record<string, { rows: number[]; cols: number[] }> = {
  [BINA]: { rows: [7, 8, 9, 10], cols: [27, 28, 31, 32] },
  [CIPTA]: { rows: [6, 7, 10, 11], cols: [9, 12] },
};
const later = (tab: string, row: number, col: number) =>
  LATER[tab].rows.includes(row) && LATER[tab].cols.includes(col);

describe("the bidang tabs locked as sent are in the record (trial 5 #10)", () => {
  it("the trial's edits after the statement: TW II realisasi and realisasi anggaran, named by tab, cell and indicator", () => {
    const c = sentTw2();
    expect(c.check().changed).toBe(false);
    statement(c.reviewer.port, deps(REVIEWER), { tw: 2 });
    const tab = c.wb.getTab(CIPTA);
    expect([c.wb.value(tab, 5, 9), c.wb.value(tab, 5, 12)]).toEqual(["83,4", 610_000_000]);
    c.wb.write(tab, 5, 9, [[90]]);
    c.wb.write(tab, 5, 12, [[1_610_000_000]]);
    const indicator = '(indikator "Persentase rumah tangga dengan akses air minum layak")';
    expect(c.check()).toEqual({
      changed: true,
      message: `Data berubah sejak dikirim: '${CIPTA}'!I5 ${indicator}: Realisasi TW II "83,4" → 90; '${CIPTA}'!L5 ${indicator}: Realisasi Anggaran TW II 610.000.000 → 1.610.000.000.`,
    });
    expect(c.state()).toBe(true);
  });

  it.each([
    [BINA, 7, 17, "Target TW III", 70, '(indikator "Persentase jalan kabupaten kondisi mantap")'],
    [BINA, 7, 13, "Kondisi Akhir Renstra", 72.5, '(indikator "Persentase jalan kabupaten kondisi mantap")'],
    [BINA, 9, 22, "Anggaran (RAK) TW III", 1_500_000_000, '(indikator "Panjang jalan yang ditingkatkan")'],
    [CIPTA, 6, 8, "Target TW III", 85, '(indikator "Persentase rumah tangga dengan akses air minum layak")'],
    [
      CIPTA,
      10,
      11,
      "Anggaran (RAK) TW III",
      700_000_000,
      '(indikator "Jumlah sambungan rumah (SR) terpasang")',
    ],
  ])(
    "'%s' row %i column %i (%s), locked but not read by the TW II evaluation, is named and refused for the statement",
    (tab, row, col, header, was, indicator) => {
      const c = sentTw2();
      const t = c.wb.getTab(tab);
      expect(c.wb.value(t, row, col)).toBe(was);
      c.wb.write(t, row, col, [[1]]);
      const cell = `'${tab}'!${columnLetter(col)}${row}`;
      const shown = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 }).format(was);
      expect(c.check().message).toBe(
        `Data berubah sejak dikirim: ${cell} ${indicator}: ${header} ${shown} → 1.`,
      );
      expect(() => statement(c.reviewer.port, deps(REVIEWER), { tw: 2 })).toThrow(
        `Pernyataan tidak dibuat karena data berubah sejak dikirim (${cell} ${indicator}`,
      );
      expect(c.wb.tab(STATEMENT)).toBeUndefined();
      expect(c.state()).toBe(true);
    },
  );

  it("the later quarters' realisasi typed after sending (a '-' replaced too) is not TW II's data: said so, the statement is made", () => {
    const c = sentTw2((wb) => wb.write(wb.getTab(BINA), 9, 27, [["-"]]));
    c.wb.write(c.wb.getTab(BINA), 7, 27, [[70]]);
    c.wb.write(c.wb.getTab(BINA), 7, 31, [[1_000_000_000]]);
    c.wb.write(c.wb.getTab(BINA), 9, 27, [[4]]);
    c.wb.write(c.wb.getTab(CIPTA), 6, 9, [[84]]);
    expect(c.check()).toEqual({
      changed: false,
      message:
        "Tidak ada perubahan pada data TW II sejak dikirim (Riwayat Reviu baris 2): yang berbeda hanya isian triwulan setelahnya, yang tidak dibaca TW II: " +
        `tab '${BINA}' AA7, AA9 (Realisasi TW III), AE7 (Realisasi Anggaran TW III); tab '${CIPTA}' I6 (Realisasi TW III).`,
    });
    expect(c.state()).toBe(false);
    expect(statement(c.reviewer.port, deps(REVIEWER), { tw: 2 }).tab).toBe(STATEMENT);
    // Beside a change of TW II's own data, only that change is named.
    c.wb.write(c.wb.getTab(CIPTA), 5, 9, [[90]]);
    expect(c.check().message).toBe(
      `Data berubah sejak dikirim: '${CIPTA}'!I5 (indikator "Persentase rumah tangga dengan akses air minum layak"): Realisasi TW II "83,4" → 90.`,
    );
  });

  it("a later quarter's cell that held a formula when sent and was changed since is named, never 'Data berubah sejak dikirim: .' (review 6)", () => {
    const c = sentTw2((wb) => wb.write(wb.getTab(BINA), 7, 27, [[{ formula: "=60+10" }]]));
    c.wb.write(c.wb.getTab(BINA), 7, 27, [[75]]);
    const { message } = c.check();
    expect(message).toMatch(new RegExp(`^Data berubah sejak dikirim: '${BINA}'!AA7 `));
    expect(() => statement(c.reviewer.port, deps(REVIEWER), { tw: 2 })).toThrow(`(${"'"}${BINA}'!AA7`);
  });

  it("what is locked is what is recorded: the tabs locked for TW II are the record's (Pengaturan and the history aside)", () => {
    const c = sentTw2();
    const book = c.staff.gas.SpreadsheetApp.getActiveSpreadsheet();
    const locked = book
      .getSheets()
      .filter((s) =>
        s
          .getProtections(c.staff.gas.SpreadsheetApp.ProtectionType.SHEET)
          .some((p) => p.getDescription() === "SAKIP: dikirim untuk reviu TW II"),
      )
      .map((s) => s.getName());
    const recorded = fingerprintOf(readWorkbook(c.staff.port, { notes: true }), 2, sha256)
      .tabs.map((t) => t.tab)
      .filter((t) => t !== "Riwayat Reviu" && t !== "Pengaturan");
    expect(recorded).toEqual(expect.arrayContaining([BINA, CIPTA]));
    expect([...locked].sort()).toEqual([...recorded].sort());
  });

  it("any cell of a locked bidang tab changed after sending, filled or emptied, is named by Verifikasi (property)", () => {
    const c = sentTw2();
    const size = (tab: string) => c.wb.usedSize(c.wb.getTab(tab));
    const cell = fc
      .constantFrom(BINA, CIPTA)
      .chain((tab) =>
        fc.record({
          tab: fc.constant(tab),
          row: fc.integer({ min: 1, max: size(tab).rows + 2 }),
          col: fc.integer({ min: 1, max: size(tab).cols + 1 }),
        }),
      )
      .filter(({ tab, row, col }) => !later(tab, row, col));
    fc.assert(
      fc.property(cell, fc.boolean(), ({ tab, row, col }, empty) => {
        const t = c.wb.getTab(tab);
        const was = c.wb.value(t, row, col);
        const now = was === "" ? 7 : empty ? "" : typeof was === "number" ? was + 1 : `${was}x`;
        c.wb.write(t, row, col, [[now]]);
        try {
          const { changed, message } = c.check();
          expect(changed).toBe(true);
          expect(message).toMatch(/^Data berubah sejak dikirim: /);
          expect(message).toContain(`'${tab}'!${columnLetter(col)}${row}`);
        } finally {
          c.wb.write(t, row, col, [[was]]);
        }
      }),
      { numRuns: 25 },
    );
    expect(c.check().changed).toBe(false);
  });
});
