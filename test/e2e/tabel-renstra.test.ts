/**
 * Trial 6 #13: a Renstra tab is no Tab bidang in the panel: it is listed with the sentence of how it
 * was read and its Cara dibaca, and Buat tab Triwulan with the panel's ticks makes the evaluation tab.
 */
import type { Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withRenstraTab } from "../fixtures/renstra";
import { PLAN } from "../utils/reviu";
import { type Local, openLocal, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/tabel-renstra.test.ts");

describe.skipIf(!runBrowserTests)("a Renstra tab in the panel of npm start", () => {
  let local: Local;
  let panel: Frame;

  beforeAll(async () => {
    local = await openLocal("tabel-renstra", PLAN, withRenstraTab());
    ({ panel } = local);
  });
  afterAll(async () => {
    await local?.close();
  });

  it("is not ticked as a Tab bidang, and says how it was read", async () => {
    const plans = panel.locator("#plans");
    await expect
      .poll(async () => (await plans.textContent()) ?? "")
      .toContain("dibaca sebagai tabel Renstra");
    const ticks = await panel
      .locator("#bidang input")
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(ticks).toContain(PLAN);
    expect(ticks).not.toContain("Renstra");
  });
});
