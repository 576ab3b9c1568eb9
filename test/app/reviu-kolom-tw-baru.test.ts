/**
 * An office adds each quarter's columns when the quarter comes (trial 7 #22: at TW II its plan has
 * "Realisasi TW I", "TW II" and "Realisasi Anggaran TW I", "TW II" only). While TW II is under review
 * it adds the header cell of a later TW's column beside them, and starts filling it: nothing TW II's
 * figures are made of changed, so Verifikasi says so and the statement is made. A header cell of TW
 * II's own, or one naming no TW, typed there still counts as a change.
 */
import { describe, expect, it } from "vitest";
import { statement, submitForReview, verify } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import type { CellValue } from "../../src/core/cells";
import { settingsCells } from "../../src/core/settings";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { reviuDeps as deps } from "../fixtures/reviu";
import { REVIEWER, STAFF } from "../utils/reviu";

const TAB = "RENAKSI 2026";
// biome-ignore format: the trial's Kecamatan Sukamaju rows (kec.xlsx), figures as numbers
const ROWS: (string | number)[][] = [
  [1, "Persentase pelayanan administrasi terselesaikan tepat waktu", "%", 95, 95, 95, 95, 95, 325000000, 93, 96, 70000000, 85500000],
  [2, "Jumlah dokumen laporan penyelenggaraan pemerintahan kecamatan", "dokumen", 12, 3, 3, 3, 3, 85000000, 3, 3, 20000000, 21250000],
  [3, "Jumlah berkas perizinan non-berusaha dilayani", "berkas", 1200, 300, 300, 300, 300, 95000000, 287, 312, 22000000, 24000000],
];
// biome-ignore format: one header row
const HEADER = ["No", "Indikator", "Satuan", "Target Tahunan", "Target TW I", "Target TW II", "Target TW III", "Target TW IV", "Pagu", "Realisasi TW I", "Realisasi TW II", "Realisasi Anggaran TW I", "Realisasi Anggaran TW II"];
/** The first column after the table (N). */
const NEXT = HEADER.length + 1;

/** TW II generated and sent by the staff; the reviewer's Verifikasi and statement. */
function sentTw2() {
  const wb = new MemoryWorkbook({ name: "kec" });
  const settings = settingsCells({
    opd: "Kecamatan Sukamaju",
    tahun: "2026",
    skala: "permendagri86",
    bidang: [],
    namaBidang: [],
    reviewer: REVIEWER,
    proteksi: "peringatan",
  });
  wb.write(wb.addTab("Pengaturan"), 1, 1, settings as CellValue[][]);
  const tab = wb.addTab(TAB);
  wb.write(tab, 1, 1, [HEADER, ...ROWS]);
  const staff = emulatedPort(wb, { user: STAFF, owner: STAFF }).port;
  generateTriwulan(staff, { tw: 2 });
  expect(submitForReview(staff, deps(STAFF), { tw: 2, force: true, reason: "uji" }).status).toBe("dikirim");
  const reviewer = emulatedPort(wb, { user: REVIEWER, owner: STAFF }).port;
  return {
    type: (row: number, col: number, cells: CellValue[][]) => wb.write(tab, row, col, cells),
    verify: () => verify(reviewer, deps(REVIEWER), { tw: 2 }),
    statement: () => statement(reviewer, deps(REVIEWER), { tw: 2, confirm: true }),
  };
}

describe("a later TW's column added to the plan while TW II is under review", () => {
  it.each([
    ["Realisasi TW III", [[287], [3], [290]]],
    ["Realisasi Anggaran TW III", [[70000000], [""], [21000000]]],
    ["Realisasi TW III", []],
  ])("'%s' with %j under it is not TW II's data: said so, the statement made", (header, below) => {
    const r = sentTw2();
    r.type(1, NEXT, [[header]]);
    if (below.length) r.type(2, NEXT, below);
    const { changed, message } = r.verify();
    expect(message).toMatch(
      /^Tidak ada perubahan pada data TW II sejak dikirim \(Riwayat Reviu baris 2\): yang berbeda hanya isian triwulan setelahnya/,
    );
    expect(message).toMatch(new RegExp(`'${TAB}' N1(, N\\d)* \\(${header}\\)\\.$`));
    expect(changed).toBe(false);
    expect(r.statement().tab).toBe("Pernyataan Reviu TW II 2026");
  });

  it("a TW III column added after another new column, both headers typed: neither is TW II's data", () => {
    const r = sentTw2();
    r.type(1, NEXT, [["Realisasi TW III", "Realisasi Anggaran TW III"]]);
    r.type(2, NEXT, [[90, 71000000]]);
    const { changed, message } = r.verify();
    expect(changed).toBe(false);
    expect(message).toMatch(/^Tidak ada perubahan pada data TW II/);
  });

  it.each([["Realisasi TW II (revisi)"], ["Keterangan"], ["Catatan reviu"]])(
    "a header '%s' typed there is a change of TW II's data: named, the statement refused",
    (header) => {
      const r = sentTw2();
      r.type(1, NEXT, [[header]]);
      const { changed, message } = r.verify();
      expect(changed).toBe(true);
      expect(message).toMatch(new RegExp(`^Data berubah sejak dikirim: '${TAB}'!N1`));
      expect(() => r.statement()).toThrow(/^Pernyataan tidak dibuat karena data berubah/);
    },
  );

  it("TW II's own realisasi changed beside the new column is still named", () => {
    const r = sentTw2();
    r.type(1, NEXT, [["Realisasi TW III"]]);
    r.type(2, 11, [[99]]);
    const { changed, message } = r.verify();
    expect(changed).toBe(true);
    expect(message).toMatch(new RegExp(`^Data berubah sejak dikirim: '${TAB}'!K2 .*96 → 99`));
    expect(message).not.toContain("N1");
  });
});

describe("two header rows: a group 'Realisasi' over 'TW I', 'TW II'", () => {
  // biome-ignore format: two header rows, the TW under its group
  const TOP = ["No", "Indikator", "Satuan", "Target Tahunan", "Target", "", "", "", "Pagu", "Realisasi", "", "Realisasi Anggaran", ""];
  // biome-ignore format: the leaves
  const LEAF = ["", "", "", "", "TW I", "TW II", "TW III", "TW IV", "", "TW I", "TW II", "TW I", "TW II"];

  it("'Realisasi' / 'TW III' typed with its figures after the table's last column is not TW II's data", () => {
    const wb = new MemoryWorkbook({ name: "kec2" });
    const settings = settingsCells({
      opd: "Kecamatan Sukamaju",
      tahun: "2026",
      skala: "permendagri86",
      bidang: [],
      namaBidang: [],
      reviewer: REVIEWER,
      proteksi: "peringatan",
    });
    wb.write(wb.addTab("Pengaturan"), 1, 1, settings as CellValue[][]);
    const tab = wb.addTab(TAB);
    wb.write(tab, 1, 1, [TOP, LEAF, ...ROWS]);
    const staff = emulatedPort(wb, { user: STAFF, owner: STAFF }).port;
    generateTriwulan(staff, { tw: 2 });
    expect(submitForReview(staff, deps(STAFF), { tw: 2, force: true, reason: "uji" }).status).toBe("dikirim");
    // Realisasi (fisik) TW III inserted nowhere: the office types it after the table's last column.
    wb.write(tab, 1, NEXT, [["Realisasi"], ["TW III"], [290], [3], [300]]);
    const reviewer = emulatedPort(wb, { user: REVIEWER, owner: STAFF }).port;
    const { changed, message } = verify(reviewer, deps(REVIEWER), { tw: 2 });
    expect(message).toMatch(/^Tidak ada perubahan pada data TW II sejak dikirim/);
    expect(changed).toBe(false);
  });
});
