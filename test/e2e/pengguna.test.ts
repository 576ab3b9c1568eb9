/**
 * "Pengguna" in `npm start`'s top bar: the Dinas sends TW II as the spreadsheet's owner, then the
 * page acts as the Inspektorat reviewer named in Pengaturan, whose panel verifies the quarter, and
 * Riwayat Reviu records each step under the e-mail of the person who made it. Before, the page
 * was one person only, so "only the reviewer verifies and makes the statement" could not be tried.
 */
import type { Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Local, openLocal, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/pengguna.test.ts");

const OWNER = "pengguna@example.go.id";
const REVIEWER = "inspektur@inspektorat.luwutimurkab.go.id";

describe.skipIf(!runBrowserTests)("acting as the sender, then as the reviewer", () => {
  let local: Local;
  let panel: Frame;
  const status = () => panel.locator("#status");

  beforeAll(async () => {
    local = await openLocal("pengguna", "Pengaturan");
    panel = local.panel;
  });

  afterAll(async () => {
    await local?.close();
  });

  it("the sender sends TW II, the reviewer verifies it, and Riwayat Reviu names each", async () => {
    const { page, textOf } = local;
    const user = page.locator("#user");
    await expect.poll(() => user.inputValue()).toBe(OWNER);
    // The sender names the reviewer in Pengaturan: the top bar offers that person.
    const row = await page
      .locator("#grid td")
      .filter({ hasText: /^Email reviewer$/ })
      .getAttribute("data-r");
    await local.type(`B${row}`, REVIEWER);
    await textOf(user.locator("option").nth(1)).toBe(`Reviewer Inspektorat (${REVIEWER})`);

    await panel.locator("#tw").selectOption("2");
    await panel.locator("#make-tw").click();
    await textOf(status()).toContain("Tab 'Evaluasi TW II 2024' dibuat");
    await panel.locator("#send").click();
    await textOf(status()).toMatch(/^Pemeriksaan menemukan \d+ galat/);
    await panel.locator("#force-reason").fill("Realisasi anggaran menunggu SP2D");
    await panel.locator("#send-force").click();
    await textOf(status()).toMatch(/^TW II dikirim untuk reviu/);
    // "Bagikan spreadsheet ini ke inspektur@inspektorat.luwutimurkab.go.id …" wraps within the 300 px panel.
    expect(await status().evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);

    await local.asUser("Reviewer Inspektorat");
    await expect.poll(() => user.inputValue()).toBe(REVIEWER);
    await textOf(page.locator("#status")).toBe(
      `Sekarang bertindak sebagai Reviewer Inspektorat (${REVIEWER}): panel SAKIP dibuka ulang untuknya.`,
    );
    await local.shot("reviewer");
    await panel.locator("#tw").selectOption("2");
    await panel.locator("#reviewer summary").click();
    await panel.locator("#verify").click();
    await textOf(status()).toMatch(/^Tidak ada perubahan sejak dikirim/);
    await local.shot("reviewer-verifikasi");

    await local.openTab("Riwayat Reviu");
    const byWho = await page.locator("#grid tbody tr").evaluateAll((trs) =>
      trs.slice(1, 3).map((tr) => {
        const cells = [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "");
        return [cells[3], cells[4]];
      }),
    );
    expect(byWho).toEqual([
      ["Dikirim", OWNER],
      ["Diverifikasi", REVIEWER],
    ]);
    await local.shot("riwayat");
  });
});
