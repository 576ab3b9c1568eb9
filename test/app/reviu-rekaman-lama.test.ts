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
import { loadXlsx } from "../../src/emulator/xlsx";
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
