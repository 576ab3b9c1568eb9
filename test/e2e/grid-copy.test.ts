/**
 * Ctrl+C in `npm start`'s grid (a new user's try, 5 Dec 2026): nothing was copied, and the Ctrl+V
 * after it said "Papan klip kosong". As Sheets does for other programs, the selected cell's shown
 * text goes on the clipboard ("28.336.000", "61,68%"), and a paste into another cell reads it back
 * as the same value, typed in an id-ID spreadsheet. A Ctrl+C pressed while another tab opens copies
 * that tab's cell, as the keys typed meanwhile go there: it copied the cell of the tab being left.
 */
import type { Route } from "playwright-core";
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

  it("Ctrl+C pressed while another tab opens copies that tab's cell, not the cell of the tab left", async () => {
    const { page, cell, tab, textOf } = local;
    await local.openTab("Bidang Transmigrasi");
    await cell("N7").click();
    await page.keyboard.press("Control+c");
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe("28.336.000");
    // PK's grid comes late (a slow server, made deterministic): the copy is pressed before it does.
    const waiting: Route[] = [];
    const pkGrid = (url: URL) => url.pathname === "/api/view" && url.searchParams.get("tab") === "PK";
    await page.route(pkGrid, (route) => void waiting.push(route));
    await tab("PK").click();
    await page.keyboard.press("Control+c");
    await expect.poll(() => waiting.length).toBe(1);
    await waiting[0].continue();
    await page.unroute(pkGrid);
    await expect.poll(() => tab("PK").getAttribute("aria-selected")).toBe("true");
    // PK opens at A1 (its first time): its title is what was copied.
    const title = String(workbook.value(workbook.getTab("PK"), 1, 1));
    expect(title).not.toBe("");
    await textOf(page.locator("#status")).toBe("Disalin: PK!A1.");
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(title);
    await local.shot("salin-saat-membuka-tab");
  });
});
