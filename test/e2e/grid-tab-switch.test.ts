/**
 * Opening another tab in `npm start`'s grid (trial 6 #23, #13): on a freshly started server the new
 * tab's grid came 300–800 ms after the click, and what was typed meanwhile went into the tab being
 * left — 'Kesmas'!A1, the tab title, overwritten while the person typed in 'Riwayat Reviu'!I2, the
 * status line saying "Sel Kesmas!I2 diperbarui". Here the new tab's grid is held back by the test
 * (a slow server, made deterministic) while the person clicks and types: nothing lands in a tab the
 * person does not see, no key is lost, and each tab opens at its own place (first time at A1).
 */
import type { Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoWorkbook } from "../../src/emulator/demo";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { type Local, openLocal, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/grid-tab-switch.test.ts");

const LEFT = "Sekretariat";

describe.skipIf(!runBrowserTests)("opening a tab in the npm start grid", () => {
  let local: Local;
  let workbook: MemoryWorkbook;

  beforeAll(async () => {
    workbook = demoWorkbook();
    local = await openLocal("grid-tab-switch", LEFT, workbook);
  });

  afterAll(async () => {
    await local?.close();
  });

  /** The whole tab as typed in it (values and formulas), to prove a tab was left untouched. */
  const contents = (name: string) => {
    const tab = workbook.getTab(name);
    const all = { row: 1, col: 1, rows: tab.maxRows, cols: tab.maxCols };
    return [workbook.values(tab, all), workbook.formulas(tab, all)];
  };

  /**
   * Holds the page's requests for the grid of `tab` (and, with `all`, every grid request) until
   * `release()`; `held()` counts the requests waiting.
   */
  async function holdGrid(tab: string | null) {
    const waiting: Route[] = [];
    let open = false;
    const matches = (url: URL) =>
      url.pathname === "/api/view" && (tab === null || url.searchParams.get("tab") === tab);
    const handler = async (route: Route) => {
      if (open) return route.continue();
      waiting.push(route);
    };
    await local.page.route(matches, handler);
    return {
      held: () => waiting.length,
      /** Lets the held requests go, oldest first unless `order` says otherwise. */
      async release(order?: (routes: Route[]) => Route[]) {
        open = true;
        for (const route of order ? order(waiting) : waiting) {
          const answered = local.page.waitForResponse((r) => r.request() === route.request());
          await route.continue();
          await answered;
        }
        await local.page.unroute(matches, handler);
      },
    };
  }

  it("a click and keys made while the tab opens go to the new tab, never into the tab left (#23)", async () => {
    const { page, cell, tab, textOf } = local;
    const status = page.locator("#status");
    const target = "Bidang Transmigrasi";
    await textOf(tab(LEFT)).toBe(LEFT);
    const left = contents(LEFT);
    // Where C8 of the tab being left is on the screen: the person clicks there just after the tab.
    const box = await cell("C8").boundingBox();
    if (!box) throw new Error("C8 tidak tampak");
    const point: [number, number] = [box.x + box.width / 2, box.y + box.height / 2];

    const grid = await holdGrid(target);
    await tab(target).click();
    await page.mouse.click(...point);
    await page.keyboard.type("D");
    await expect.poll(grid.held).toBe(1);
    // Meanwhile the tab left is gone from the screen and the tab clicked says it is on its way.
    await textOf(page.locator("#grid")).toBe(`Membuka tab '${target}'…`);
    expect(await tab(target).getAttribute("aria-busy")).toBe("true");
    await local.shot("membuka");
    await grid.release();
    await page.keyboard.type("ikirim tanpa galat");
    await page.keyboard.press("Enter");
    await textOf(status).toMatch(/diperbarui|ditolak/);

    // The tab clicked is shown, and the click landed on its cell at that place (C8: the bidang tabs
    // share their column widths), where the whole text went.
    await expect.poll(() => tab(target).getAttribute("aria-selected")).toBe("true");
    const landed = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.closest("td")?.dataset.cell,
      point,
    );
    expect(landed).toBe("C8");
    await textOf(status).toBe(`Sel ${target}!C8 diperbarui.`);
    expect(workbook.value(workbook.getTab(target), 8, 3)).toBe("Dikirim tanpa galat");
    await textOf(cell("C8")).toBe("Dikirim tanpa galat");
    // Nothing of it in the tab left: not in C8, not in A1 (its title), nowhere.
    expect(contents(LEFT)).toEqual(left);
    await local.shot("diketik");
  });

  it("keys typed right after a tab click go to that tab's own cell, none lost", async () => {
    const { page, cell, tab, textOf } = local;
    const status = page.locator("#status");
    const target = "Bidang Pemberdayaan Naker";
    // The tab was left at K40 earlier; typing after clicking it goes there, as in Sheets.
    await local.openTab(target);
    await cell("K40").click();
    await local.openTab(LEFT);
    const left = contents(LEFT);

    const grid = await holdGrid(target);
    await tab(target).click();
    await page.keyboard.type("Catatan ", { delay: 20 });
    await expect.poll(grid.held).toBe(1);
    await grid.release();
    await page.keyboard.type("verifikator");
    await page.keyboard.press("Enter");
    await textOf(status).toBe(`Sel ${target}!K40 diperbarui.`);
    expect(workbook.value(workbook.getTab(target), 40, 11)).toBe("Catatan verifikator");
    expect(contents(LEFT)).toEqual(left);
  });

  it("a refresh asked before the tab opened does not take the grid back to the tab left", async () => {
    const { page, panel, cell, tab, textOf } = local;
    const target = "Bidang Hubungan Industrial";
    await local.openTab(LEFT);
    const left = contents(LEFT);
    // Every grid request waits: the tab click's, then the refresh a panel call asks for when it ends.
    const grid = await holdGrid(null);
    await tab(target).click();
    await panel.evaluate(() => window.parent.postMessage({ type: "sakip:run" }, location.origin));
    await expect.poll(grid.held).toBe(2);
    await grid.release();
    await expect.poll(() => tab(target).getAttribute("aria-selected")).toBe("true");
    await cell("J12").click();
    await page.keyboard.type("42");
    await page.keyboard.press("Enter");
    await textOf(page.locator("#status")).toBe(`Sel ${target}!J12 diperbarui.`);
    expect(workbook.value(workbook.getTab(target), 12, 10)).toBe(42);
    expect(contents(LEFT)).toEqual(left);
  });

  it("an entry refused while the person already went to another tab is not typed into that tab", async () => {
    const { page, cell, tab, textOf } = local;
    const status = page.locator("#status");
    await local.openTab("Pengaturan");
    const pk = contents("PK");
    // The save of B4 (only a scale from its list is taken) answers late, after PK is shown.
    let release = () => {};
    const answered = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route("**/api/edit", async (route) => {
      await answered;
      await route.continue();
    });
    await cell("B4").click();
    await page.keyboard.type("ngawur");
    await page.keyboard.press("Enter");
    await local.openTab("PK");
    release();
    await textOf(status).toMatch(/^Sel Pengaturan!B4 tidak diubah: Isian "ngawur" ditolak/);
    await page.unroute("**/api/edit");
    // PK keeps its grid, no editor holds "ngawur" there, and an Enter writes nothing into it.
    expect(await page.locator("#grid td.editing").count()).toBe(0);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Escape");
    expect(await tab("PK").getAttribute("aria-selected")).toBe("true");
    expect(contents("PK")).toEqual(pk);
    expect(workbook.value(workbook.getTab("Pengaturan"), 4, 2)).toBe("permendagri86");
  });

  it("each tab opens at its own place: first time at A1, not scrolled like the tab before (#13)", async () => {
    const { page, cell, grid } = local;
    await local.openTab("Pengaturan");
    await cell("A1").click();
    await local.openTab(LEFT);
    await cell("Z20").scrollIntoViewIfNeeded();
    await cell("Z20").click();
    const scrolled = await grid().evaluate((g) => g.scrollLeft);
    expect(scrolled).toBeGreaterThan(0);

    await local.openTab("PK");
    await expect.poll(() => page.locator("#ref").textContent()).toBe("A1");
    expect(await grid().evaluate((g) => [g.scrollLeft, g.scrollTop])).toEqual([0, 0]);
    await local.shot("tab-baru-di-a1");

    // Back: the tab left is where it was.
    await local.openTab(LEFT);
    await expect.poll(() => page.locator("#ref").textContent()).toBe("Z20");
    expect(await grid().evaluate((g) => g.scrollLeft)).toBe(scrolled);
  });
});
