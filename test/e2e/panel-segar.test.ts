/**
 * Trial 2, item 19: the panel's "Tab Rencana Aksi … N indikator" follows what is typed in the sheet:
 * coming back to the panel reads the counts again (one quiet call), instead of staying stale until
 * another action. A tab the person unticked stays unticked.
 */
import type { Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { demoWorkbook } from "../../src/emulator/demo";
import { type Local, openLocal, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/panel-segar.test.ts");

const letter = (field: string) =>
  String.fromCharCode(65 + TEMPLATE_COLUMNS.findIndex((c) => c.field === field));

describe.skipIf(!runBrowserTests)("the panel's indicator counts in npm start", () => {
  let local: Local;
  let panel: Frame;
  const wb = demoWorkbook();
  const used = wb.values(wb.getTab("Sekretariat"), { row: 1, col: 1, rows: 300, cols: 8 });
  const free =
    used.reduce<number>((last, r, i) => (r.some((v) => v !== "" && v !== null) ? i : last), -1) + 2;

  beforeAll(async () => {
    local = await openLocal("panel-segar", "Sekretariat", wb);
    ({ panel } = local);
  });
  afterAll(async () => {
    await local?.close();
  });

  it("counts a row typed in the sheet when the person comes back to the panel", async () => {
    const count = async () =>
      /Sekretariat — (\d+) indikator/.exec((await panel.locator("#plans").textContent()) ?? "")?.[1];
    await expect.poll(count).toMatch(/^\d+$/);
    const before = Number(await count());
    await panel.locator("#bidang input").nth(1).uncheck();
    await local.type(`${letter("indikator")}${free}`, "Jumlah dokumen baru");
    await local.type(`${letter("targetTahunan")}${free}`, "2");
    // Each click back into the panel (as a person does) may read the spreadsheet again.
    const back = async () => {
      await panel.locator("body").click({ position: { x: 5, y: 5 } });
      return count();
    };
    await expect.poll(back, { timeout: 20_000, interval: 2500 }).toBe(String(before + 1));
    expect(await panel.locator("#bidang input").nth(1).isChecked()).toBe(false);
  });
});
