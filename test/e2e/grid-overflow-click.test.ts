/**
 * In `npm start`'s grid, text that runs on over empty cells to its right (a Penanggung Jawab beside
 * an empty realisasi column, as in every Rencana Aksi) never takes a click meant for those cells:
 * as in Sheets, a click selects the cell under the pointer, and what is typed there goes there, not
 * over the long text (trial 4 #5: a click on V9 selected U9 and "0" replaced its text).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Local, openLocal, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/grid-overflow-click.test.ts");

describe.skipIf(!runBrowserTests)("a click on a cell that a neighbour's text runs over", () => {
  let local: Local;

  beforeAll(async () => {
    local = await openLocal("grid-overflow-click", "Pengaturan");
  });

  afterAll(async () => {
    await local?.close();
  });

  it("selects the cell under the pointer, and typing there keeps the long text", async () => {
    const { page, cell, textOf } = local;
    const long = "Kepala Seksi Pencegahan dan Pengendalian Penyakit Menular";
    await local.type("J40", long);
    // The text runs on over K40 and further, drawn over them.
    await expect.poll(() => cell("J40").getAttribute("class")).toContain("spill");
    const box = await cell("K40").boundingBox();
    if (!box) throw new Error("K40 tidak tampil.");
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await local.shot("sebelum");

    await page.mouse.click(x, y);
    await expect.poll(() => page.locator("#ref").textContent()).toBe("K40");
    await page.keyboard.type("0");
    await page.keyboard.press("Tab");
    await textOf(page.locator("#status")).toBe("Sel Pengaturan!K40 diperbarui.");
    await page.keyboard.type("3");
    await page.keyboard.press("Enter");
    await textOf(page.locator("#status")).toBe("Sel Pengaturan!L40 diperbarui.");

    await textOf(cell("J40")).toBe(long);
    await textOf(cell("K40")).toBe("0");
    await textOf(cell("L40")).toBe("3");
    // A double-click on a run-over cell edits that cell, not the long text.
    await local.type("J41", long);
    const box2 = await cell("K41").boundingBox();
    if (!box2) throw new Error("K41 tidak tampil.");
    await page.mouse.dblclick(box2.x + box2.width / 2, box2.y + box2.height / 2);
    await expect.poll(() => page.locator("#grid td.editing").getAttribute("data-cell")).toBe("K41");
    await expect.poll(() => page.locator("#grid td.editing input").inputValue()).toBe("");
    await page.keyboard.press("Escape");
    await textOf(cell("J41")).toBe(long);
    await local.shot("sesudah");
  });
});
