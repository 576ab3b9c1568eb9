/**
 * Files sent for review by older versions of the add-on (test/fixtures/rekaman, made by the add-on
 * at those commits): nobody changed them, so Verifikasi, the rekap and the statement find them as
 * sent, although this add-on writes the Ringkasan differently (a "belum diisi" column, MINIFS ties);
 * a real change in them is still caught. Trial: both showed "berubah setelah dikirim" and
 * "Ringkasan tidak sesuai … H5 tertulis "Belum ada capaian", seharusnya …".
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rekapFile } from "../../src/app/rekap";
import { statement, verify } from "../../src/app/reviu";
import { sha256 } from "../../src/cli/sakip";
import { emulatedPort } from "../../src/emulator/session";
import { loadXlsx, xlsxBuffer } from "../../src/emulator/xlsx";
import { standardExport } from "../../src/local/export";
import { reviuDeps as deps } from "../fixtures/reviu";
import { PLAN, REVIEWER, RINGKASAN, STAFF, STATEMENT } from "../utils/reviu";

const FILES = join(__dirname, "../fixtures/rekaman");

async function open(file: string) {
  const wb = await loadXlsx(join(FILES, file));
  const { port } = emulatedPort(wb, { user: REVIEWER, owner: STAFF });
  return { wb, port };
}

describe("a record made before the Ringkasan gained its 'belum diisi' column (version 2)", () => {
  const FILE = "tw1-v2-068be64.xlsx";

  it("verifies clean, is not 'berubah' in the rekap, and the statement is made", async () => {
    const { wb, port } = await open(FILE);
    expect(wb.values(wb.getTab(RINGKASAN), { row: 5, col: 8, rows: 1, cols: 1 })[0][0]).toBe(
      "Belum ada capaian",
    );
    const checked = verify(port, deps(REVIEWER), { tw: 1 });
    expect(checked.changed).toBe(false);
    expect(checked.message).toMatch(/^Tidak ada perubahan sejak dikirim \(Riwayat Reviu baris 2\)/);
    expect(checked.message).not.toContain("Ringkasan tidak sesuai");
    expect(rekapFile(port, FILE, 1, sha256).row).toMatchObject({ status: "dikirim", sidikBerubah: false });
    expect(statement(port, deps(REVIEWER), { tw: 1 }).tab).toBe(STATEMENT);
    expect(rekapFile(port, FILE, 1, sha256).row).toMatchObject({ status: "direviu", sidikBerubah: false });
  });

  it("a count typed over its Ringkasan is still caught, named by row, and refused for the statement", async () => {
    const { wb, port } = await open(FILE);
    wb.write(wb.getTab(RINGKASAN), 6, 2, [[7]]);
    const checked = verify(port, deps(REVIEWER), { tw: 1 });
    expect(checked).toEqual({
      changed: true,
      message: `Data berubah sejak dikirim: tab '${RINGKASAN}' baris 6. Ringkasan tidak sesuai: tab '${RINGKASAN}' baris 6 berubah sejak dikirim; tab itu dibuat oleh versi add-on sebelumnya, jadi isi yang seharusnya tidak dapat dihitung ulang di sini.`,
    });
    expect(rekapFile(port, FILE, 1, sha256).row.sidikBerubah).toBe(true);
    expect(() => statement(port, deps(REVIEWER), { tw: 1 })).toThrow(
      `Pernyataan tidak dibuat karena data berubah sejak dikirim (tab '${RINGKASAN}' baris 6)`,
    );
  });

  it("a realisasi changed in the plan tab is still caught", async () => {
    const { wb, port } = await open(FILE);
    const plan = wb.getTab(PLAN);
    const [[was]] = wb.values(plan, { row: 2, col: 19, rows: 1, cols: 1 });
    expect(was).not.toBe("");
    wb.write(plan, 2, 19, [[99]]);
    const checked = verify(port, deps(REVIEWER), { tw: 1 });
    expect(checked.changed).toBe(true);
    expect(checked.message).toMatch(new RegExp(`^Data berubah sejak dikirim: tab '${PLAN}' baris 2\\.`));
    expect(rekapFile(port, FILE, 1, sha256).row.sidikBerubah).toBe(true);
  });
});

describe("a record of version 1 (before the Ringkasan was covered)", () => {
  const FILE = "tw1-v1-f1189ae.xlsx";

  it("verifies clean by what it covered, saying what it did not cover; the rekap does not call it changed", async () => {
    const { port } = await open(FILE);
    const checked = verify(port, deps(REVIEWER), { tw: 1 });
    expect(checked.changed).toBe(false);
    expect(checked.message).not.toContain("Ringkasan tidak sesuai");
    expect(checked.message).toContain(
      "Catatan: kiriman ini dicatat oleh versi add-on sebelumnya, yang belum mencakup tab Ringkasan",
    );
    expect(rekapFile(port, FILE, 1, sha256).row.sidikBerubah).toBe(false);
  });

  it("a realisasi changed in the plan tab is still caught", async () => {
    const { wb, port } = await open(FILE);
    wb.write(wb.getTab(PLAN), 2, 19, [[99]]);
    expect(verify(port, deps(REVIEWER), { tw: 1 }).changed).toBe(true);
    expect(rekapFile(port, FILE, 1, sha256).row.sidikBerubah).toBe(true);
  });
});

/**
 * Files sent by the add-on at ab41a05 (record version 4, the evaluation tab's long number-reading
 * formulas): in Sheets formulas, in standard formulas (sakip triwulan --rumus excel), and the Sheets
 * one saved "untuk Excel / LibreOffice" then. A later add-on that writes the tab with other formulas
 * must still find them as sent, also when it saves the Sheets file for Excel itself.
 */
describe.each([
  ["Sheets formulas", "tw1-v4-ab41a05-sakip.xlsx"],
  ["standard formulas", "tw1-v4-ab41a05-excel.xlsx"],
  ["Sheets formulas saved for Excel", "tw1-v4-ab41a05-sakip-disimpan-excel.xlsx"],
])("a record of version 4 in %s", (_, FILE) => {
  it("verifies clean, is not 'berubah' in the rekap, and the statement is made", async () => {
    const { port } = await open(FILE);
    const checked = verify(port, deps(REVIEWER), { tw: 1 });
    expect(checked.message).toMatch(/^Tidak ada perubahan sejak dikirim \(Riwayat Reviu baris 2\)/);
    expect(checked.changed).toBe(false);
    expect(rekapFile(port, FILE, 1, sha256).row).toMatchObject({ status: "dikirim", sidikBerubah: false });
    expect(statement(port, deps(REVIEWER), { tw: 1 }).tab).toBe(STATEMENT);
  });

  it("stays as sent while TW II realisasi is typed, and a TW I realisasi changed is caught", async () => {
    const { wb, port } = await open(FILE);
    const plan = wb.getTab(PLAN);
    wb.write(plan, 3, 20, [[40]]); // Realisasi TW II
    wb.write(plan, 3, 24, [[1_000_000]]); // Realisasi Anggaran TW II
    expect(verify(port, deps(REVIEWER), { tw: 1 }).changed).toBe(false);
    wb.write(plan, 3, 19, [[99]]); // Realisasi TW I
    const checked = verify(port, deps(REVIEWER), { tw: 1 });
    expect(checked.changed).toBe(true);
    expect(checked.message).toMatch(new RegExp(`^Data berubah sejak dikirim: tab '${PLAN}' baris 3\\.`));
    expect(rekapFile(port, FILE, 1, sha256).row.sidikBerubah).toBe(true);
  });
});

describe("the version-4 Sheets file saved for Excel by this add-on", () => {
  it("verifies clean", async () => {
    const { wb } = await open("tw1-v4-ab41a05-sakip.xlsx");
    const again = await loadXlsx(await xlsxBuffer(wb, { rewrite: standardExport(wb) }));
    const { port } = emulatedPort(again, { user: REVIEWER, owner: STAFF });
    const checked = verify(port, deps(REVIEWER), { tw: 1 });
    expect(checked.message).toMatch(/^Tidak ada perubahan sejak dikirim/);
    expect(checked.changed).toBe(false);
  });
});
