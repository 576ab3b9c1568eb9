/**
 * An office's own layout no fixture has, end to end in `npm start` (issue 18 trial): a two-row merged
 * header, "Tahun 2025" over the annual targets (no word says target: its values do), "Rencana Capaian
 * per Triwulan" over I … IV and realisasi under a word no list holds ("Progres Lapangan"), no Sifat
 * Target and no Polaritas column. The panel reads it whole, offers the one unsure sifat with a choice,
 * the choice is kept in Pengaturan in one action, and "Buat tab Triwulan" shows the corrected sifat
 * beside the guessed ones. Screenshots: test-results/unseen-*.png.
 */
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { CellValue } from "../../src/core/cells";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { type Local, openLocal, results, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/reading-unseen.test.ts");

const TAB = "Pelatihan Kerja";
const E = "";
// biome-ignore format: one sheet row per line reads like the sheet
const PLAN: CellValue[][] = [
  ["RENCANA AKSI DAN REALISASI BIDANG PELATIHAN KERJA", E, E, E, E, E, E, E, E, E, E, E, E, E],
  ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Tahun 2025", "Rencana Capaian per Triwulan", E, E, E, "Progres Lapangan", E, E, E, "Penanggung Jawab"],
  [E, E, E, E, E, "I", "II", "III", "IV", "I", "II", "III", "IV", E],
  [1, "Menurunnya pengangguran", "Tingkat pengangguran terbuka", "%", 4.4, 4.4, 4.4, 4.4, 4.4, 4.3, 4.05, E, E, "Kabid Pelatihan"],
  [2, "Meningkatnya kompetensi tenaga kerja", "Jumlah peserta pelatihan berbasis kompetensi", "orang", 160, 40, 40, 40, 40, "38 orang", 41, E, E, "Seksi Pelatihan"],
  [3, E, "Jumlah instruktur yang digaji", "orang", E, 25, 25, 25, 25, 25, 25, E, E, "Subbag Umum"],
  [4, E, "Persentase lembaga pelatihan terakreditasi", "%", 60, 15, 30, 45, 60, 16, 31, E, E, "Seksi Kelembagaan"],
  [5, E, "Jumlah dokumen perencanaan pelatihan", "dokumen", 2, 0, 1, 1, 0, 0, 1, E, E, "Seksi Program"],
];

function workbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook({ name: "Dinas Tenaga Kerja" });
  const tab = wb.addTab(TAB);
  wb.write(tab, 1, 1, PLAN);
  for (const c of [1, 2, 3, 4, 5, 14]) tab.merges.push({ row: 2, col: c, rows: 2, cols: 1 });
  tab.merges.push({ row: 2, col: 6, rows: 1, cols: 4 }, { row: 2, col: 10, rows: 1, cols: 4 });
  return wb;
}

describe.skipIf(!runBrowserTests)("an unseen layout, read and corrected in the panel", () => {
  let local: Local | undefined;
  afterEach(async () => {
    await local?.close();
    local = undefined;
  });

  it("reads Tahun 2025 as the annual target, corrects one sifat in one action, and the evaluation tab follows", async () => {
    local = await openLocal("unseen", TAB, workbook());
    const { panel, page } = local;
    await local.textOf(panel.locator("#plans")).toContain(`${TAB} — 5 indikator`);
    const reading = panel.locator(`details.reading[data-tab="${TAB}"]`);
    await reading.locator(":scope > summary").click();
    // "Tahun 2025" is the Target Tahunan, sure; only the realisasi family under a word nobody listed is
    // marked unsure (read from its values alone).
    await local
      .textOf(reading.locator(".unsure-summary"))
      .toBe("Belum pasti: kolom J, K, L, M (ditandai). Pilih artinya bila kolom itu dipakai.");
    const e = panel.locator(`select[id="baca-E-${TAB}"]`);
    expect(await e.inputValue()).toBe("targetTahunan");
    // The year is the one the header names.
    await local.textOf(panel.locator("#office")).toContain("2025");

    // The one unsure sifat (25 every TW, no annual target): offered with its reading.
    const sifat = panel.locator(`select[id="sifat-6-${TAB}"]`);
    const item = reading.locator("li").filter({ has: sifat });
    await local.textOf(item.locator(".header")).toBe("Jumlah instruktur yang digaji");
    await local.textOf(item.locator(".unsure")).toContain("tetap atau kumulatif?");
    await sifat.scrollIntoViewIfNeeded();
    await local.shot("sebelum");

    // Keyboard: browse to "tetap", Enter saves it as one row of Pengaturan.
    await sifat.focus();
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await local
      .textOf(panel.locator("#status"))
      .toBe(
        `Koreksi disimpan di tab Pengaturan: sifat target baris 6 tab '${TAB}' dibaca tetap. Semua perintah memakai pembacaan ini.`,
      );
    await local
      .textOf(reading.locator(".guesses"))
      .toContain('Sifat target baris 6 "Jumlah instruktur yang digaji": tetap (koreksi di Pengaturan).');
    await panel.locator(`select[id="sifat-6-${TAB}"]`).scrollIntoViewIfNeeded();
    await local.shot("dikoreksi");
    await page.locator("iframe#sidebar").screenshot({ path: join(results, "unseen-panel.png") });
    await local.openTab("Pengaturan");
    await local.textOf(local.cell("H2")).toBe("baris 6: Jumlah instruktur yang digaji");
    await local.textOf(local.cell("I2")).toBe("sifat tetap");

    // Buat tab Triwulan (TW I, the panel's choice): the corrected sifat as written, the others marked
    // as guesses.
    await panel.locator("#make-tw").click();
    await local.textOf(panel.locator("#status")).toContain("dibuat: 5 indikator");
    const tab = "Evaluasi TW I 2025";
    await expect.poll(() => local?.tab(tab).getAttribute("aria-selected")).toBe("true");
    const g = await local.cellOf("Jumlah instruktur yang digaji", "G");
    await local.textOf(local.cell(g)).toBe("tetap");
    await local.textOf(local.cell(g.replace("G", "J"))).toBe("25");
    const tpt = await local.cellOf("Tingkat pengangguran terbuka", "G");
    await local.textOf(local.cell(tpt)).toBe("tetap (tebakan)");
    await local.textOf(local.cell(tpt.replace("G", "H"))).toBe("4,40");
    await local.shot("triwulan");
  });
});
