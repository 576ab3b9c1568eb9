/**
 * The Inspektorat's rekap in `npm start`, in Chromium: from the spreadsheet page to the rekap page,
 * a folder of OPD files picked as a reviewer picks it, the table with its total, the ranking, the
 * chart and the findings shown, and the .xlsx downloaded. Screenshots go to test-results/.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph } from "docx";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeOpdSet } from "../utils/opd";
import { type Local, openLocal, results, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/rekap.test.ts");

describe.skipIf(!runBrowserTests)("the rekap page of npm start in Chromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "sakip-rekap-e2e-"));
  const folder = join(dir, "opd-tw2");
  let local: Local;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(folder);
    await writeOpdSet(folder);
    local = await openLocal("rekap");
  }, 180_000);

  afterAll(async () => {
    await local?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("opens from the spreadsheet page and rekaps a whole folder, the broken file a row saying why", async () => {
    const [popup] = await Promise.all([
      local.page.context().waitForEvent("page"),
      local.page.getByRole("link", { name: "Rekap Inspektorat" }).click(),
    ]);
    page = popup;
    await page.waitForLoadState();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Rekap Inspektorat");
    await page.locator("#tw").selectOption("2");
    await page.locator("#folder").setInputFiles(folder);
    await expect
      .poll(() => page.locator("#status").textContent(), { timeout: 120_000 })
      .toBe("Rekap selesai: 7 berkas, 1 tidak dapat dibaca (lihat kolom Keterangan).");
    const rows = page.locator("#table tbody tr");
    await expect.poll(() => rows.count()).toBe(8);
    const text = (await page.locator("#table").textContent()) ?? "";
    expect(text).toContain("Dinas Contoh 2");
    expect(text).toContain("berubah setelah dikirim");
    expect(text).toContain("Dinas Transmigrasi dan Tenaga Kerja");
    expect(text).toMatch(/Berkas "opd-tw2\/07-rusak\.xlsx" bukan spreadsheet \.xlsx/);
    expect(await rows.last().textContent()).toContain("Jumlah (7 berkas, 1 tidak terbaca)");
    // In the order the folder lists them.
    expect(await rows.nth(0).textContent()).toContain("Dinas Contoh 1");
    expect(await rows.nth(5).textContent()).toContain("Dinas Transmigrasi dan Tenaga Kerja");
    // Numbers as an Indonesian reader writes them.
    expect(text).toMatch(/Rp \d{1,3}(\.\d{3})+/);
    // The ranking and the chart drawn by the reports' renderer.
    await expect.poll(() => page.locator("#ranking tbody tr").count()).toBe(5);
    await expect
      .poll(() =>
        page.locator("#chart").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
      )
      .toBeGreaterThan(300);
    await page.screenshot({ path: join(results, "rekap-tabel.png"), fullPage: true });
  }, 180_000);

  it("downloads the rekap .xlsx with its three tabs", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Unduh rekap .xlsx" }).click(),
    ]);
    const path = join(dir, "unduhan.xlsx");
    await download.saveAs(path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Rekap TW II", "Peringkat", "Temuan"]);
    expect((book.getWorksheet("Rekap TW II") as ExcelJS.Worksheet).getImages()).toHaveLength(1);
  }, 60_000);

  it("gives a Word document chosen among the .xlsx files its own row: 'dokumen Word, bukan workbook .xlsx'", async () => {
    // Trial 2 item 17: the .docx was dropped without a row ("Rekap selesai: 3 berkas").
    const docx = join(dir, "laporan.docx");
    const word = new Document({ sections: [{ children: [new Paragraph("LAKIP TW II")] }] });
    writeFileSync(docx, await Packer.toBuffer(word));
    const first = readdirSync(folder).filter((f) => f.endsWith(".xlsx"))[0];
    await page.locator("#files").setInputFiles([join(folder, first), docx]);
    await expect
      .poll(() => page.locator("#status").textContent(), { timeout: 120_000 })
      .toBe("Rekap selesai: 2 berkas, 1 tidak dapat dibaca (lihat kolom Keterangan).");
    expect(await page.locator("#table").textContent()).toContain(
      'Berkas "laporan.docx" adalah dokumen Word, bukan workbook .xlsx',
    );
  }, 180_000);

  it("says what to do when nothing was picked, in Indonesian", async () => {
    await page.locator("#files").setInputFiles([]);
    const answer = await page.evaluate(async () => (await fetch("/rekap/unduh.xlsx")).status);
    expect(answer).toBe(200);
    const fresh = await page.evaluate(async () => {
      await fetch("/api/rekap/mulai?tw=2", { method: "POST" });
      const r = await fetch("/api/rekap/selesai", { method: "POST" });
      return { status: r.status, body: await r.json() };
    });
    expect(fresh).toEqual({
      status: 400,
      body: { error: "Belum ada berkas: pilih berkas .xlsx atau foldernya dulu." },
    });
  });
});
