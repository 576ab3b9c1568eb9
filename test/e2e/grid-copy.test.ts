/**
 * Ctrl+C in `npm start`'s grid (a new user's try, 5 Dec 2026): nothing was copied, and the Ctrl+V
 * after it said "Papan klip kosong". As Sheets does for other programs, the selected cell's shown
 * text goes on the clipboard ("28.336.000", "61,68%"), and a paste into another cell reads it back
 * as the same value, typed in an id-ID spreadsheet.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoWorkbook } from "../../src/emulator/demo";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { type Local, openLocal, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/grid-copy.test.ts");

describe.skipIf(!runBrowserTests)("copying from the npm start grid", () => {
  let local: Local;
  let workbook: MemoryWorkbook;

  beforeAll(async () => {
    workbook = demoWorkbook();
    local = await openLocal("grid-copy", "Bidang Transmigrasi", workbook);
    await local.page.context().grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: local.server.url,
    });
  });

  afterAll(async () => {
    await local?.close();
  });

  it("Ctrl+C puts the cell's shown text on the clipboard; Ctrl+V elsewhere gives the same value", async () => {
    const { page, cell, textOf } = local;
    const tab = workbook.getTab("Bidang Transmigrasi");
    await cell("N7").click();
    await textOf(cell("N7")).toBe("28.336.000");
    await page.keyboard.press("Control+c");
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe("28.336.000");
    await textOf(page.locator("#status")).toBe("Disalin: Bidang Transmigrasi!N7.");
    await cell("AC7").click();
    await page.keyboard.press("Control+v");
    await expect.poll(() => workbook.value(tab, 7, 29)).toBe(28_336_000);
  });
});
