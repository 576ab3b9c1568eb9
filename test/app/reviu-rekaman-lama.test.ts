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
import { reopen, statement, submitForReview, verify } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
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

  it("a realisasi of TW I changed in the plan tab is never called unchanged: the record cannot tell that cell from its neighbours, and says so", async () => {
    const { wb, port } = await open(FILE);
    const plan = wb.getTab(PLAN);
    const [[was]] = wb.values(plan, { row: 2, col: 19, rows: 1, cols: 1 });
    expect(was).not.toBe("");
    wb.write(plan, 2, 19, [[99]]);
    const checked = verify(port, deps(REVIEWER), { tw: 1 });
    expect(checked).toEqual({ changed: null, message: unsure(2) });
    expect(rekapFile(port, FILE, 1, sha256).row).toMatchObject({
      sidikBerubah: null,
      sidikCatatan: unsure(2),
    });
    expect(() => statement(port, deps(REVIEWER), { tw: 1 })).toThrow(
      `Pernyataan tidak dibuat karena tab evaluasi dan bagian lain yang dicakup sama dengan yang dikirim, tetapi tab '${PLAN}' baris 2 berbeda`,
    );
  });
});

/** What Verifikasi says of bidang-tab rows an older record holds whole and finds changed. */
const unsure = (...rows: number[]) =>
  `Tab evaluasi dan bagian lain yang dicakup sama dengan yang dikirim, tetapi tab '${PLAN}' baris ${rows.join(", ")} berbeda dari yang dikirim, dan kiriman ini dicatat oleh versi add-on sebelumnya yang mencatat baris tab bidang utuh, jadi tidak dapat dipastikan apakah yang berubah data TW I atau isian lain di baris itu (misalnya realisasi triwulan berikutnya); minta pengirim membuka kembali dan mengirim ulang TW I bila perlu dipastikan.`;

/** Realisasi and realisasi anggaran of TW II typed into the plan tab's row 3 (T3, X3) after TW I was sent. */
function typeTw2(wb: Awaited<ReturnType<typeof open>>["wb"]) {
  const plan = wb.getTab(PLAN);
  expect(wb.values(plan, { row: 3, col: 20, rows: 1, cols: 5 })[0]).toEqual(["", "", "", 770000, ""]);
  wb.write(plan, 3, 20, [[40]]);
  wb.write(plan, 3, 24, [[1_000_000]]);
}

const FILLED = `yang berbeda hanya sel yang kosong saat dikirim dan diisi setelahnya, yang tidak dibaca TW I: tab '${PLAN}' T3 (Realisasi TW II), X3 (Realisasi Anggaran TW II)`;

/**
 * Trial: records of versions 1 and 2 hold the bidang tabs' rows whole, so typing TW II's realisasi
 * made the sent TW I "berubah" in Verifikasi and the rekap, although nothing TW I reports changed.
 */
describe.each([
  ["version 2", "tw1-v2-068be64.xlsx", ""],
  [
    "version 1",
    "tw1-v1-f1189ae.xlsx",
    " Catatan: kiriman ini dicatat oleh versi add-on sebelumnya, yang belum mencakup tab Ringkasan, catatan sel, skala kriteria dan koreksi cara baca di Pengaturan, jadi perubahan di sana tidak terlihat; minta pengirim membuka kembali dan mengirim ulang TW I.",
  ],
])("a record of %s while TW II is typed", (_, FILE, catatan) => {
  it("says plainly that only cells TW I does not read were filled in since, naming them; the rekap agrees", async () => {
    const { wb, port } = await open(FILE);
    typeTw2(wb);
    const checked = verify(port, deps(REVIEWER), { tw: 1 });
    const said = `Tidak ada perubahan pada data TW I sejak dikirim (Riwayat Reviu baris 2): ${FILLED}.`;
    expect(checked).toEqual({ changed: false, message: `${said}${catatan}` });
    expect(rekapFile(port, FILE, 1, sha256).row).toMatchObject({ sidikBerubah: false, sidikCatatan: said });
    if (!catatan) expect(statement(port, deps(REVIEWER), { tw: 1 }).tab).toBe(STATEMENT);
  });

  it("a TW II figure edited (not filled in) is neither a change nor unchanged: it says what the record cannot tell", async () => {
    const { wb, port } = await open(FILE);
    typeTw2(wb);
    wb.write(wb.getTab(PLAN), 4, 11, [[5]]); // Target TW II was 0
    const checked = verify(port, deps(REVIEWER), { tw: 1 });
    // Row 3's TW II cells alone would be found; but the tab as a whole cannot be proven, so neither row is.
    expect(checked).toEqual({ changed: null, message: `${unsure(3, 4)}${catatan}` });
    expect(rekapFile(port, FILE, 1, sha256).row).toMatchObject({
      sidikBerubah: null,
      sidikCatatan: unsure(3, 4),
    });
  });

  it("a change TW I reports elsewhere (its evaluation tab) is still a change, with the rows it cannot judge", async () => {
    const { wb, port } = await open(FILE);
    typeTw2(wb);
    wb.write(wb.getTab(PLAN), 4, 11, [[5]]);
    wb.write(wb.getTab("Evaluasi TW I 2024"), 8, 24, [["Realisasi dipercepat"]]);
    const checked = verify(port, deps(REVIEWER), { tw: 1 });
    expect(checked.changed).toBe(true);
    expect(checked.message).toContain(
      `Data berubah sejak dikirim: tab 'Evaluasi TW I 2024' baris 8. Selain itu tab '${PLAN}' baris 3, 4 berbeda dari yang dikirim`,
    );
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

  it("a realisasi of TW I changed in the plan tab is never called unchanged", async () => {
    const { wb, port } = await open(FILE);
    wb.write(wb.getTab(PLAN), 2, 19, [[99]]);
    expect(verify(port, deps(REVIEWER), { tw: 1 }).changed).toBe(null);
    expect(rekapFile(port, FILE, 1, sha256).row.sidikBerubah).toBe(null);
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

const CONVERTED =
  "kolom hitungan tab evaluasi kini berupa rumus standar karena berkas disimpan untuk Excel / LibreOffice, dengan hitungan yang sama";

/**
 * Trial: a record made before version 4 hashes the computed columns' formula text, so a file sent
 * from Sheets and saved "untuk Excel / LibreOffice" showed every row of its evaluation tab changed.
 */
describe("records of versions 1-3 of a file saved for Excel / LibreOffice after it was sent", () => {
  it.each([
    ["version 3, saved then", "tw1-v3-b2c3c39-sakip-disimpan-excel.xlsx", false],
    ["version 3, saved by this add-on", "tw1-v3-b2c3c39-sakip.xlsx", true],
    ["version 2, saved by this add-on", "tw1-v2-068be64.xlsx", true],
    ["version 1, saved by this add-on", "tw1-v1-f1189ae.xlsx", true],
  ])(
    "%s: Verifikasi says no change and that the computed columns are standard formulas now; the rekap agrees",
    async (_, FILE, save) => {
      let { wb, port } = await open(FILE);
      if (save) {
        wb = await loadXlsx(await xlsxBuffer(wb, { rewrite: standardExport(wb) }));
        port = emulatedPort(wb, { user: REVIEWER, owner: STAFF }).port;
      }
      const said = `Tidak ada perubahan pada data TW I sejak dikirim (Riwayat Reviu baris 2): ${CONVERTED}.`;
      const checked = verify(port, deps(REVIEWER), { tw: 1 });
      expect(checked.message.startsWith(said)).toBe(true);
      expect(checked.changed).toBe(false);
      expect(rekapFile(port, FILE, 1, sha256).row).toMatchObject({ sidikBerubah: false, sidikCatatan: said });
      if (!FILE.includes("v1")) expect(statement(port, deps(REVIEWER), { tw: 1 }).tab).toBe(STATEMENT);
    },
  );

  it("version 3: TW II typed changes nothing; a kriteria typed over its standard formula is named by row", async () => {
    const { wb, port } = await open("tw1-v3-b2c3c39-sakip-disimpan-excel.xlsx");
    typeTw2(wb);
    expect(verify(port, deps(REVIEWER), { tw: 1 }).changed).toBe(false);
    wb.write(wb.getTab("Evaluasi TW I 2024"), 9, 16, [["Sangat Tinggi"]]);
    const checked = verify(port, deps(REVIEWER), { tw: 1 });
    expect(checked.changed).toBe(true);
    expect(checked.message).toMatch(/^Data berubah sejak dikirim: tab 'Evaluasi TW I 2024' baris 9\./);
  });

  it.each([["tw1-v3-b2c3c39-sakip.xlsx"], ["tw1-v3-b2c3c39-excel.xlsx"]])(
    "version 3 as sent (%s) verifies clean",
    async (FILE) => {
      const { port } = await open(FILE);
      const checked = verify(port, deps(REVIEWER), { tw: 1 });
      expect(checked.message).toMatch(
        /^Tidak ada perubahan sejak dikirim \(Riwayat Reviu baris 2\): semua tab/,
      );
    },
  );
});

/**
 * Records of version 4 made by the add-on at ab41a05 (test/fixtures/rekaman/make-v4-tw2.ts.txt), whose
 * evaluation tab reads number text ("1 UPT", "89,335,000") with the long LEFT/FIND/SUBSTITUTE
 * formulas in each column: saved with the add-on's formulas and saved "untuk Excel / LibreOffice".
 */
describe.each([
  ["with the add-on's formulas", "tw2-v4-ab41a05.xlsx"],
  ["saved for Excel / LibreOffice", "tw2-v4-ab41a05-excel.xlsx"],
])("a record of version 4 with the long number-text formulas, %s", (_, FILE) => {
  const EVAL2 = "Evaluasi TW II 2024";
  const longest = (wb: Awaited<ReturnType<typeof open>>["wb"]) => {
    const tab = wb.getTab(EVAL2);
    return Math.max(
      ...wb
        .formulas(tab, { row: 6, col: 1, ...wb.usedSize(tab) })
        .flat()
        .map((f) => f.length),
    );
  };

  it("verifies clean, is not 'berubah' in the rekap, and the statement is made", async () => {
    const { wb, port } = await open(FILE);
    expect(longest(wb)).toBeGreaterThan(1500);
    const checked = verify(port, deps(REVIEWER), { tw: 2 });
    expect(checked.message).toMatch(/^Tidak ada perubahan sejak dikirim/);
    expect(checked.changed).toBe(false);
    expect(rekapFile(port, FILE, 2, sha256).row).toMatchObject({ status: "dikirim", sidikBerubah: false });
    expect(statement(port, deps(REVIEWER), { tw: 2 }).tab).toBe("Pernyataan Reviu TW II 2024");
  });

  it("a realisasi changed in the plan tab is still caught", async () => {
    const { wb, port } = await open(FILE);
    wb.write(wb.getTab(PLAN), 4, 20, [[99]]);
    const checked = verify(port, deps(REVIEWER), { tw: 2 });
    expect(checked.message).toMatch(new RegExp(`^Data berubah sejak dikirim: tab '${PLAN}' baris 4\\.`));
  });

  it("reopened and regenerated, takes the current form keeping what a person typed, and verifies when sent again", async () => {
    const { wb } = await open(FILE);
    const staff = emulatedPort(wb, { user: STAFF, owner: STAFF }).port;
    const before = staff.read(EVAL2);
    reopen(staff, deps(STAFF), { tw: 2, reason: "Perbaikan" });
    const report = generateTriwulan(staff, { tw: 2 });
    expect(report.lost).toEqual([]);
    const after = staff.read(EVAL2);
    const header = after.values[4].map(String);
    expect(after.values[7][header.indexOf("Tindak lanjut")]).toBe("Tambah pendamping lapangan");
    // Every figure the tab showed is the figure it shows now, except on the row whose realisasi was
    // typed "4.40": the evaluation tab now reads a dot-decimal text as the number it is (4,4).
    const was = (id: string) => before.values[4].map(String).indexOf(id);
    const text = before.values.findIndex((r, i) => i >= 5 && r[was("Realisasi TW II")] === "4.40");
    expect(after.values[text][header.indexOf("Realisasi TW II")]).toBe(4.4);
    const others = (rows: typeof before.values) => rows.filter((_, i) => i >= 5 && i !== text);
    for (const id of [
      "Target TW II",
      "Target s.d. TW II",
      "Realisasi TW II",
      "Realisasi s.d. TW II",
      "Kriteria",
    ]) {
      const c = header.indexOf(id);
      expect(others(after.values).map((r) => r[c])).toEqual(others(before.values).map((r) => r[was(id)]));
    }
    expect(submitForReview(staff, deps(STAFF), { tw: 2, force: true, reason: "Perbaikan" }).status).toBe(
      "dikirim",
    );
    const reviewer = emulatedPort(wb, { user: REVIEWER, owner: STAFF }).port;
    expect(verify(reviewer, deps(REVIEWER), { tw: 2 }).changed).toBe(false);
  });
});
