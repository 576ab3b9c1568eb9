/**
 * A new user's first clicks, on a spreadsheet with nothing in it yet (the trial's 01–03 screenshots):
 * "Buat tab Triwulan" and "Buat laporan" say there is no Rencana Aksi tab yet and to build the
 * template first (not "Pilih paling sedikit satu tab bidang." with no bidang listed), and "Periksa
 * konsistensi" says nothing was checked and writes no "Hasil Pemeriksaan" tab saying "Tidak ada
 * temuan.". Screenshots go to test-results/.
 */
import type { Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { type Local, openLocal, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/kosong.test.ts");

const NO_PLAN =
  "Belum ada tab Rencana Aksi di spreadsheet ini: buat kerangkanya dulu di bagian “Buat kerangka Rencana Aksi” di bawah (isi nama OPD, tahun dan nama bidang, lalu tekan “Buat kerangka”), lalu isi tab bidangnya.";

describe.skipIf(!runBrowserTests)("the panel on an empty spreadsheet, in Chromium", () => {
  let local: Local;
  let panel: Frame;
  const wb = new MemoryWorkbook({ name: "kosong" });
  const status = () => panel.locator("#status");

  beforeAll(async () => {
    wb.addTab("Sheet1");
    local = await openLocal("kosong", "Sheet1", wb);
    ({ panel } = local);
  });

  afterAll(async () => {
    await local?.close();
  });

  it("Buat tab Triwulan and Buat laporan say to build the Rencana Aksi template first", async () => {
    await local.textOf(panel.locator("#plans")).toContain("tidak ada Rencana Aksi yang bisa dibaca");
    // The template form names the button the sentence points to.
    expect(await panel.locator("#template summary").textContent()).toBe("Buat kerangka Rencana Aksi");
    expect(await panel.locator("#make-template").textContent()).toBe("Buat kerangka");
    await panel.locator("#template summary").click();
    await panel.locator("#make-tw").click();
    await local.textOf(status()).toBe(NO_PLAN);
    expect(await panel.locator("#template").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await local.shot("triwulan");
    await panel.evaluate(() => {
      const s = document.getElementById("status");
      if (s) s.textContent = "";
    });
    await panel.locator("#make-laporan").click();
    await local.textOf(status()).toBe(NO_PLAN);
    await local.shot("laporan");
  });

  it("Periksa says there is no plan tab and writes no Hasil Pemeriksaan tab", async () => {
    await panel.locator("#check").click();
    await local.textOf(status()).toMatch(/^Tidak ada tab Rencana Aksi atau PK yang dikenali/);
    await local.shot("periksa");
    expect(await local.page.locator("#tabs button").allTextContents()).toEqual(["Sheet1"]);
    expect(wb.tabs().map((t) => t.name)).toEqual(["Sheet1"]);
  });
});
