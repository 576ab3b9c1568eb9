/**
 * "Cara dibaca" in a real browser: a person opens how the Sekretariat tab was read, corrects one
 * column in the panel, and finds the correction in the visible table of Pengaturan and in the
 * panel after it reloads. Only the page and the real sidebar are used. Screenshots: test-results/.
 */
import type { Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Local, openLocal, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/baca.test.ts");

describe.skipIf(!runBrowserTests)("correcting how a tab is read, in Chromium", () => {
  let local: Local;
  let panel: Frame;

  beforeAll(async () => {
    local = await openLocal("baca");
    ({ panel } = local);
  });

  afterAll(async () => {
    await local?.close();
  });

  it("shows the reading of a tab and keeps a corrected column in Pengaturan", async () => {
    await local.textOf(panel.locator("#plans")).toContain("Sekretariat — 12 indikator");
    const reading = panel.locator('details.reading[data-tab="Sekretariat"]');
    await reading.locator(":scope > summary").click();
    await local
      .textOf(reading.locator(":scope > summary"))
      .toBe("Cara dibaca: baris judul 3, data mulai baris 4, 12 indikator");
    const aa = panel.locator("#baca-AA-Sekretariat");
    await expect.poll(() => aa.inputValue()).toBe("penanggungJawab");
    await local
      .textOf(reading.locator("li.col").filter({ has: aa }).locator("label"))
      .toBe("AA Penanggung Jawab");
    await local.shot("terbaca");

    // This office writes notes in its last column: read it as Keterangan.
    await aa.selectOption("keterangan");
    await local
      .textOf(panel.locator("#status"))
      .toBe(
        "Koreksi disimpan di tab Pengaturan: kolom AA tab 'Sekretariat' dibaca sebagai Keterangan. Semua perintah memakai pembacaan ini.",
      );
    // The panel reloaded with the reading still open, the column marked as corrected.
    await expect.poll(() => panel.locator("#baca-AA-Sekretariat").inputValue()).toBe("keterangan");
    await local.textOf(reading.locator(":scope > summary")).toContain("(dikoreksi)");
    await expect.poll(() => reading.getAttribute("open")).toBe("");
    await expect.poll(() => reading.locator("li.col.corrected").count()).toBe(1);
    await local.shot("dikoreksi");

    // The correction is a visible row in Pengaturan (it travels with an .xlsx export).
    await local.openTab("Pengaturan");
    await local.textOf(local.cell("G1")).toBe("Koreksi pembacaan: tab");
    await local.textOf(local.cell("G2")).toBe("Sekretariat");
    await local.textOf(local.cell("H2")).toBe("AA");
    await local.textOf(local.cell("I2")).toBe("Keterangan");
    await local.shot("pengaturan");
  });
});
