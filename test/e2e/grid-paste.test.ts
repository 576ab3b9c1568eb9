/**
 * Ctrl+V in `npm start`'s grid (trial 3, #14: nothing happened): an office copies its Rencana Aksi
 * rows from Excel, or a table from a web page, and pastes them from the selected cell. As in an id-ID
 * Google Sheets, each cell is read as if typed there (1.250.000 and 61,68% are numbers, 2.07.03.2.02
 * stays text), the block is one change for Ctrl+Z, a cell whose validation rejects the text refuses
 * the whole paste, a warning-only protection lets it through with the warning, rows are added past
 * the tab's end, and keys typed meanwhile are kept. Ctrl+Shift+V ("paste values only", Sheets'
 * keyboard shortcuts, support.google.com/docs/answer/181110) pastes the same values: the grid
 * never pastes formats (Apps Script CopyPasteType.PASTE_VALUES: "the values ONLY without formats,
 * formulas or merges").
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoWorkbook } from "../../src/emulator/demo";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { type Local, openLocal, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/grid-paste.test.ts");

/** Puts text (and HTML, as a browser copying part of a page does) on the system clipboard. */
async function copy(page: Page, text: string, html?: string): Promise<void> {
  await page.evaluate(
    async ({ text, html }) => {
      const items: Record<string, Blob> = { "text/plain": new Blob([text], { type: "text/plain" }) };
      if (html) items["text/html"] = new Blob([html], { type: "text/html" });
      await navigator.clipboard.write([new ClipboardItem(items)]);
    },
    { text, html },
  );
}

/** Two Renaksi rows as Excel copies them: tabs, a quoted cell holding a line break, CRLF at the end. */
const EXCEL_ROWS =
  '2.07.03.2.02\tPelatihan Berbasis Kompetensi\torang\t80\t1.250.000\t61,68%\t"Lulus uji\r\nkompetensi"\r\n' +
  "2.07.03.2.03\tJob fair\tkali\t2\tRp 400.000.000\t-\t=M35*2\r\n";

describe.skipIf(!runBrowserTests)("pasting into the npm start grid", () => {
  let local: Local;
  let workbook: MemoryWorkbook;

  beforeAll(async () => {
    workbook = demoWorkbook();
    // 36 rows: a paste from row 35 runs past the end, and rows are added as Sheets adds them.
    workbook.getTab("Pengaturan").maxRows = 36;
    local = await openLocal("grid-paste", "Pengaturan", workbook);
    await local.page.context().grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: local.server.url,
    });
  });

  afterAll(async () => {
    await local?.close();
  });

  const tab = () => workbook.getTab("Pengaturan");
  const value = (row: number, col: number) => workbook.value(tab(), row, col);

  it("Ctrl+V pastes Excel's rows from the selected cell, read as id-ID typing, as one Ctrl+Z step", async () => {
    const { page, cell, textOf } = local;
    const status = page.locator("#status");
    await local.type("K35", "isian lama");

    await copy(page, EXCEL_ROWS);
    await cell("J35").click();
    await page.keyboard.press("Control+V");
    await textOf(status).toBe("Ditempel ke Pengaturan!J35:P36: 2 baris × 7 kolom, satu langkah Ctrl+Z.");
    await local.shot("excel");

    expect([value(35, 10), value(35, 11), value(35, 12), value(35, 13)]).toEqual([
      "2.07.03.2.02",
      "Pelatihan Berbasis Kompetensi",
      "orang",
      80,
    ]);
    expect([value(35, 14), value(35, 15), value(35, 16)]).toEqual([
      1_250_000,
      0.6168,
      "Lulus uji\nkompetensi",
    ]);
    expect([value(36, 14), value(36, 15), value(36, 16)]).toEqual([400_000_000, "-", 160]);
    await textOf(cell("O35")).toBe("61,68%");
    await textOf(cell("P36")).toBe("160");
    // Row 37 was not in the tab: the paste stopped at 36, no row was added for nothing.
    expect(tab().maxRows).toBe(36);

    // One step back: the whole block, and the cell typed before comes back.
    await page.keyboard.press("Control+Z");
    await textOf(status).toBe("Diurungkan: Pengaturan!J35:P36 kembali seperti sebelum ditempel.");
    expect([value(35, 10), value(35, 11), value(36, 16)]).toEqual(["", "isian lama", ""]);
    await page.keyboard.press("Control+Y");
    await textOf(status).toBe("Diulangi: tempel ke Pengaturan!J35:P36.");
    expect([value(35, 11), value(36, 16)]).toEqual(["Pelatihan Berbasis Kompetensi", 160]);
  });

  it("Ctrl+V pastes a web page's table (merged header, line breaks), Ctrl+Shift+V its plain text; rows are added past the end", async () => {
    const { page, cell, textOf } = local;
    const status = page.locator("#status");
    const html =
      "<meta charset='utf-8'><table><tr><th colspan='2'>Realisasi Keuangan</th><th>Ket.</th></tr>" +
      "<tr><td> 1.250.000,50 </td><td>45%</td><td>baris<br>kedua <b>tebal</b></td></tr>" +
      "<tr><td>TW III</td><td></td><td><script>alert(1)</script>aman</td></tr></table>";
    await copy(page, "Realisasi Keuangan Ket.\n1.250.000,50\t45%\tbaris kedua tebal\nTW III\t\taman", html);
    await cell("R35").click();
    await page.keyboard.press("Control+V");
    await textOf(status).toBe("Ditempel ke Pengaturan!R35:T37: 3 baris × 3 kolom, satu langkah Ctrl+Z.");
    expect(tab().maxRows).toBe(37);
    expect([value(35, 18), value(35, 19), value(35, 20)]).toEqual(["Realisasi Keuangan", "", "Ket."]);
    expect([value(36, 18), value(36, 19), value(36, 20)]).toEqual([1_250_000.5, 0.45, "baris\nkedua tebal"]);
    expect([value(37, 18), value(37, 20)]).toEqual(["TW III", "alert(1)aman"]);
    await textOf(cell("S36")).toBe("45%");
    expect(local.dialogs).toEqual([]);
    await local.shot("web");

    // Ctrl+Shift+V: the browser gives the page its plain text only (paste values only).
    await page.keyboard.press("Control+Z");
    await textOf(status).toBe("Diurungkan: Pengaturan!R35:T37 kembali seperti sebelum ditempel.");
    await page.keyboard.press("Control+Shift+V");
    await textOf(status).toBe("Ditempel ke Pengaturan!R35:T37: 3 baris × 3 kolom, satu langkah Ctrl+Z.");
    expect([value(35, 18), value(35, 19)]).toEqual(["Realisasi Keuangan Ket.", ""]);
    expect([value(36, 18), value(36, 20)]).toEqual([1_250_000.5, "baris kedua tebal"]);
  });

  it("a value its validation rejects refuses the whole paste; a warning-only protection warns", async () => {
    const { page, cell, textOf } = local;
    const status = page.locator("#status");
    // Pengaturan B4 takes only a scale from its list: the row pasted over A4:B4 changes nothing.
    await copy(page, "Skala\tngawur\r\n");
    await cell("A4").click();
    await page.keyboard.press("Control+V");
    await textOf(status).toMatch(
      /^Tempel ditolak, tidak ada sel yang diubah: isian "ngawur" untuk sel B4 tidak sesuai aturannya \(Pilih skala kriteria/,
    );
    expect([value(4, 1), value(4, 2)]).toEqual(["Skala kriteria", "permendagri86"]);

    tab().protections.push({
      type: "RANGE",
      range: { row: 30, col: 10, rows: 2, cols: 2 },
      description: "SAKIP: data terkirim untuk reviu",
      warningOnly: true,
      editors: null,
    });
    await copy(page, "1\t2\r\n3\t4\r\n");
    await cell("K31").click();
    await page.keyboard.press("Control+V");
    await textOf(status).toBe(
      "Ditempel ke Pengaturan!K31:L32: 2 baris × 2 kolom, satu langkah Ctrl+Z. Perhatian: sel ini dilindungi (SAKIP: data terkirim untuk reviu).",
    );
    expect([value(31, 11), value(32, 12)]).toEqual([1, 4]);
    await local.shot("ditolak");
  });

  it("keys typed while a save is in flight and the paste after them keep their order and cells", async () => {
    const { page, cell, textOf } = local;
    await page.route("**/api/edit", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await copy(page, "a\tb\r\n");
    await cell("J20").click();
    await page.keyboard.type("ketik", { delay: 20 });
    await page.keyboard.press("Tab");
    // Pasted while J20 is still being saved: it lands on K20, where Tab went.
    await page.keyboard.press("Control+V");
    await page.keyboard.type("x", { delay: 20 });
    await textOf(page.locator("#status")).toBe(
      "Ditempel ke Pengaturan!K20:L20: 1 baris × 2 kolom, satu langkah Ctrl+Z.",
    );
    await page.unroute("**/api/edit");
    expect([value(20, 10), value(20, 11), value(20, 12)]).toEqual(["ketik", "a", "b"]);
    // "x", typed after the paste, edits the selected cell (K20) as in Sheets; Escape keeps "a".
    await expect.poll(() => page.locator("#grid td.editing input").inputValue()).toBe("x");
    await page.keyboard.press("Escape");
    await textOf(cell("K20")).toBe("a");
    await textOf(cell("L20")).toBe("b");
  });

  it("a reply that is not the local server's (a proxy's error page) is said in Indonesian", async () => {
    const { page, cell, textOf } = local;
    await page.route("**/api/paste", (route) =>
      route.fulfill({ status: 502, contentType: "text/html", body: "<h1>502 Bad Gateway</h1>" }),
    );
    await copy(page, "a\tb\r\nc\td\r\n");
    await cell("J25").click();
    await page.keyboard.press("Control+V");
    await textOf(page.locator("#status")).toBe(
      "Jawaban server lokal tidak terbaca (kode 502): coba lagi, atau jalankan lagi npm start lalu muat ulang halaman ini.",
    );
    await page.unroute("**/api/paste");
    expect([value(25, 10), value(26, 11)]).toEqual(["", ""]);
  });
});
