/**
 * Cara dibaca on a Kecamatan's monthly Rencana Penarikan Dana whose month headers the reader does not
 * know ("P1" … "P12", trial 8 #14): "RAK per bulan" on column H asks where December is (S by default)
 * and saves the twelve months in one action; "otomatis (hapus koreksi)" on any month takes them all
 * away. Screenshots: test-results/reading-bulan-*.png.
 */
import type { Frame } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { KECAMATAN_DPA } from "../fixtures/layouts";
import { type Local, openLocal, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/reading-bulan.test.ts");

const TAB = "Renaksi Kec";

function kecamatan(): MemoryWorkbook {
  const values = KECAMATAN_DPA.map((r) => [...r]);
  for (let i = 0; i < 12; i++) values[5][7 + i] = `P${i + 1}`;
  const wb = new MemoryWorkbook();
  wb.write(wb.addTab(TAB), 1, 1, values);
  return wb;
}

describe.skipIf(!runBrowserTests)("Cara dibaca: a monthly RPD, in Chromium", () => {
  let local: Local | undefined;
  afterEach(async () => {
    await local?.close();
    local = undefined;
  });
  const column = (panel: Frame, letter: string) => panel.locator(`select[id="baca-${letter}-${TAB}"]`);

  it("saves H–S as the months in one action, and 'otomatis' takes the twelve away", async () => {
    local = await openLocal("reading-bulan", TAB, kecamatan());
    const { panel } = local;
    const reading = panel.locator(`details.reading[data-tab="${TAB}"]`);
    await reading.locator(":scope > summary").click();

    await column(panel, "H").selectOption("RAK per bulan");
    const until = panel.locator(`select[id="bulan-sampai-H-${TAB}"]`);
    expect(await until.inputValue()).toBe("18");
    // December is the last end offered: no thirteenth month.
    expect(await until.locator("option").last().getAttribute("value")).toBe("18");
    await local.shot("pilih");
    await panel.getByRole("button", { name: "Simpan sebagai RAK per bulan" }).click();
    await local
      .textOf(panel.locator("#status"))
      .toBe(
        `Koreksi disimpan di tab Pengaturan: kolom H–S tab '${TAB}' dibaca sebagai RAK per bulan. Semua perintah memakai pembacaan ini.`,
      );
    await expect
      .poll(() => column(panel, "M").locator("option:checked").textContent())
      .toBe("RAK TW II (bulan ke-6)");
    await local.shot("bulan");

    await column(panel, "M").selectOption("otomatis");
    await local
      .textOf(panel.locator("#status"))
      .toBe(
        `Koreksi disimpan di tab Pengaturan: kolom H–S tab '${TAB}' dibaca otomatis lagi. Semua perintah memakai pembacaan ini.`,
      );
    expect(await column(panel, "H").locator("option[value='otomatis']").count()).toBe(0);
  });
});
