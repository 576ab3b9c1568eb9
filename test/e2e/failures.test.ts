/**
 * The panel answers a failure by its kind, in a real browser on `npm start`'s demo office: while
 * another execution holds the document lock, "Buat tab Triwulan" says so and offers "Coba lagi",
 * which makes the tab once the lock is free; a year that is no year in the template form is
 * marked and focused. Screenshots go to test-results/.
 */
import type { Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCK_BUSY } from "../../src/gas/sheetsPort";
import { type Local, openLocal, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/failures.test.ts");

describe.skipIf(!runBrowserTests)("the panel reacts to a failure by its kind, in Chromium", () => {
  let local: Local;
  let panel: Frame;
  const status = () => panel.locator("#status");

  beforeAll(async () => {
    local = await openLocal("gagal");
    ({ panel } = local);
  });

  afterAll(async () => {
    await local?.close();
  });

  it("a busy document: the sentence and Coba lagi, which succeeds once the lock is free", async () => {
    await local.textOf(panel.locator("#plans")).toContain("Sekretariat");
    const release = local.server.gas.holdLock();
    await panel.locator("#make-tw").click();
    await local.textOf(status()).toBe(`${LOCK_BUSY} Coba lagi`);
    const retry = panel.locator("#retry");
    await expect.poll(() => retry.isVisible()).toBe(true);
    await expect.poll(() => retry.evaluate((b) => b === document.activeElement)).toBe(true);
    await local.shot("terkunci");
    release();
    await retry.click();
    await local.textOf(status()).toMatch(/^Tab 'Evaluasi TW I 2024' dibuat/);
    await expect.poll(() => panel.locator("#retry").count()).toBe(0);
    await local.textOf(local.page.locator("#tabs")).toContain("Evaluasi TW I 2024");
  });

  it("bad input: the field it is about is marked and focused, and unmarked on the next try", async () => {
    await panel.locator("#template summary").click();
    const bidang = panel.locator("#t-bidang");
    const tahun = panel.locator("#t-tahun");
    const focused = (l: typeof tahun) => expect.poll(() => l.evaluate((i) => i === document.activeElement));
    await bidang.fill("");
    await panel.locator("#make-template").click();
    await local
      .textOf(status())
      .toBe("Isi paling sedikit satu nama bidang, misalnya Bidang Penempatan Tenaga Kerja.");
    await expect.poll(() => bidang.getAttribute("aria-invalid")).toBe("true");
    await focused(bidang).toBe(true);
    await bidang.fill("Bidang Uji");
    await tahun.fill("20x4");
    await panel.locator("#make-template").click();
    await local.textOf(status()).toBe('Tahun "20x4" tidak valid: tulis empat angka, misalnya 2024.');
    await expect.poll(() => tahun.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => bidang.getAttribute("aria-invalid")).toBe(null);
    await focused(tahun).toBe(true);
    await local.shot("masukan");
    await tahun.fill("2025");
    await panel.locator("#make-template").click();
    await expect.poll(() => tahun.getAttribute("aria-invalid")).toBe(null);
  });
});
