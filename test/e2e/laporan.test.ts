/**
 * "Buat laporan" as a person uses it in `npm start`: the panel makes the "Laporan TW II 2024" tab
 * (with the evaluation's faktor typed first), says how to get the .docx, and the page's "Unduh
 * laporan .docx" downloads the Word document. Screenshots go to test-results/ (and docs/).
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Local, openLocal, results, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/laporan.test.ts");

describe.skipIf(!runBrowserTests)("Buat laporan in npm start", () => {
  let local: Local;
  let page: Page;
  let panel: Frame;

  beforeAll(async () => {
    local = await openLocal("laporan");
    ({ page, panel } = local);
  });
  afterAll(async () => {
    await local?.close();
  });

  it("makes the report tab from the panel, with its charts, and says how to get the .docx", async () => {
    await local.textOf(panel.locator("#plans")).toContain("Bidang Hubungan Industrial");
    await panel.locator("#tw").selectOption("2");
    await panel.locator("#make-tw").click();
    await local.textOf(panel.locator("#status")).toContain("Tab 'Evaluasi TW II 2024' dibuat");
    // "Buat laporan" follows the chosen triwulan (trial 2 item 14: it stayed on LAKIP TW I).
    expect(await panel.locator("#laporan-tw").inputValue()).toBe("2");
    await panel.locator("#make-laporan").click();
    await local
      .textOf(panel.locator("#status"))
      .toMatch(/^Tab 'Laporan TW II 2024' dibuat: .*3 grafik; 0 isian Anda tertimpa\.$/);
    await expect.poll(() => local.tab("Laporan TW II 2024").getAttribute("aria-selected")).toBe("true");
    await local.textOf(local.grid()).toContain("LAPORAN KINERJA TRIWULAN II TAHUN 2024");
    await local
      .textOf(local.grid())
      .toContain(
        "[Draf] Capaian Persentase Warga Transmigran Mandiri pada Triwulan II Tahun 2024 yaitu 61,68 %",
      );
    // The paragraph whole in one row merged over A–G, nothing of it cut off, and all of it in view
    // beside the panel without scrolling sideways; the row as tall as the add-on made it.
    const draft = local.grid().locator("td").filter({ hasText: "[Draf] Capaian Persentase Warga" }).first();
    const box = await draft.evaluate((td: HTMLTableCellElement) => ({
      span: td.colSpan,
      cut: td.scrollHeight - td.clientHeight,
      height: td.parentElement?.getBoundingClientRect().height ?? 0,
      right:
        td.getBoundingClientRect().right -
        (document.getElementById("grid")?.getBoundingClientRect().right ?? 0),
    }));
    expect(box.span).toBe(7);
    expect(box.right).toBeLessThanOrEqual(0);
    expect(box.cut).toBeLessThanOrEqual(1);
    expect(box.height).toBeGreaterThanOrEqual(53);
    // The capaian chart's axis: 0 % to 120 %, every 20 %, and the 100 % target as a line.
    const capaian = page.locator("#grid figure.chart").first();
    const labels = await capaian.locator("svg > text").allTextContents();
    expect(labels).toEqual(expect.arrayContaining(["0 %", "20 %", "100 %", "120 %"]));
    expect(await capaian.locator("svg > polyline").count()).toBe(1);
    // What to do in Sheets, in plain Indonesian: no terminal command (trial 2 item 15).
    await local.textOf(panel.locator("#laporan-docx")).toContain("File › Cetak, A4 lanskap");
    expect(await panel.locator("#laporan-docx").textContent()).not.toMatch(/npm|sakip --|terminal/);
    await local.shot("tab");
  });

  it("downloads from the page the report chosen in the panel: one choice, never two that disagree", async () => {
    // The top bar has no report select of its own: its button names the panel's choice.
    expect(await page.locator("#laporan select").count()).toBe(0);
    await local.textOf(page.locator("#laporan button")).toBe("Unduh LAKIP TW II .docx");
    // Choosing a triwulan moves the panel's report (until one is picked there), and the button.
    await panel.locator("#tw").selectOption("3");
    await local.textOf(page.locator("#laporan button")).toBe("Unduh LAKIP TW III .docx");
    await panel.locator("#laporan-tw").selectOption("tahunan");
    await local.textOf(page.locator("#laporan button")).toBe("Unduh LKjIP Bab III .docx");
    await panel.locator("#laporan-tw").selectOption("1");
    await local.textOf(page.locator("#laporan button")).toBe("Unduh LAKIP TW I .docx");
    await local.shot("satu-pilihan");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#laporan button").click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      "LAKIP TW I 2024 Dinas Transmigrasi dan Tenaga Kerja Kabupaten Luwu Timur.docx",
    );
    const path = join(results, "laporan-tw1.docx");
    await download.saveAs(path);
    const xml = execFileSync("unzip", ["-p", path, "word/document.xml"], { encoding: "utf8" });
    expect(xml).toContain("285.785.522");
    expect(xml).toContain("PERNYATAAN TELAH DIEVALUASI");
  });

  it("refuses a document doctored on its way to the server; the tab keeps the evaluation's figure", async () => {
    // A forger changes the LAKIP TW II's capaian 97,03 into 100,00 between the panel and the server.
    await page.route("**/api/run", (route) => {
      const body = route.request().postData() ?? "";
      return route.continue(
        body.includes('"createLaporan"') ? { postData: body.replaceAll('"97,03"', '"100,00"') } : {},
      );
    });
    try {
      await panel.locator("#laporan-tw").selectOption("2");
      await panel.locator("#make-laporan").click();
      await local
        .textOf(panel.locator("#status"))
        .toMatch(
          /^Laporan tidak ditulis: \d+ angka berbeda dari hitungan tab Evaluasi \(.*: 100,00.*\); buat laporan lagi dari panel\.$/,
        );
      await local.shot("dipalsukan");
    } finally {
      await page.unroute("**/api/run");
    }
    await local.tab("Laporan TW II 2024").click();
    await local.textOf(local.grid()).toContain("97,03");
  });
});
