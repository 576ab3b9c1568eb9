/**
 * `npm start` in a real browser: the built add-on on the demo office, driven through the page and
 * the real sidebar with the system Chromium. Without Chromium the tests are skipped (loudly), except
 * on CI (CI=true), where that is a failure. Screenshots go to test-results/.
 */
import { join } from "node:path";
import type { Frame, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadXlsx } from "../../src/emulator/xlsx";
import { type Local, openLocal, results, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/local.test.ts");

const EVALUASI = "Evaluasi TW II 2024";
const HOSTILE_HTML = "<img src=x onerror=alert(1)>";
const HOSTILE_FORMULA = '=HYPERLINK("http://x","y")';
const HOSTILE_TAB = "<img src=x onerror=alert(2)>";

describe.skipIf(!runBrowserTests)("npm start in Chromium", () => {
  let local: Local;
  let page: Page;
  let panel: Frame;
  let dialogs: string[];

  const textOf = (l: Locator) => local.textOf(l);
  const cssOf = (l: Locator, property: string) => local.cssOf(l, property);
  const shot = (name: string) => local.shot(name);
  const grid = () => local.grid();
  const cell = (a1: string) => local.cell(a1);
  const tab = (name: string) => local.tab(name);
  const cellOf = (indikator: string, column: string) => local.cellOf(indikator, column);
  const openTab = (name: string) => local.openTab(name);
  const type = (a1: string, text: string, how?: "type" | "dblclick") => local.type(a1, text, how);

  beforeAll(async () => {
    local = await openLocal("local");
    ({ page, panel, dialogs } = local);
  });

  afterAll(async () => {
    await local?.close();
  });

  it("shows the workbook and the real sidebar, which reads the bidang tabs through google.script.run", async () => {
    await expect.poll(() => tab("Sekretariat").getAttribute("aria-selected")).toBe("true");
    expect(await page.locator("#tabs button").allTextContents()).toEqual([
      "Pengaturan",
      "PK",
      "Sekretariat",
      "Bidang Transmigrasi",
      "Bidang Pemberdayaan Naker",
      "Bidang Hubungan Industrial",
    ]);
    await textOf(cell("A1")).toBe("RENCANA AKSI SEKRETARIAT");
    await textOf(panel.locator("#plans")).toContain("Bidang Hubungan Industrial — 10 indikator");
    await textOf(panel.locator("#office")).toBe(
      "Dinas Transmigrasi dan Tenaga Kerja Kabupaten Luwu Timur · 2024",
    );
    // Rupiah in the id_ID format the sheet shows: 3.701.398.372.
    await textOf(grid()).toContain("3.701.398.372");
    await shot("awal");
  });

  it("creates the TW II tab from the sidebar and shows it with computed capaian and kriteria colours", async () => {
    await panel.locator("#tw").selectOption("2");
    await panel.locator("#make-tw").click();
    await textOf(panel.locator("#status")).toContain(`Tab '${EVALUASI}' dibuat`);
    // The add-on activated the new tab: the page follows it.
    await expect.poll(() => tab(EVALUASI).getAttribute("aria-selected")).toBe("true");
    // Tingkat Pengangguran Terbuka is negative: (2 × 4,40 − 4,05) / 4,40 × 100 = 107,95.
    const tpt = await cellOf("Tingkat Pengangguran Terbuka", "M");
    await textOf(cell(tpt)).toBe("107,95");
    const kriteria = await cellOf("Tingkat Pengangguran Terbuka", "P");
    await textOf(cell(kriteria)).toBe("Sangat Tinggi");
    await cssOf(cell(kriteria), "background-color").toBe("rgb(30, 123, 52)");
    // One CAPAIAN call per column, over the whole range (its first row holds the formula), shown
    // in the formula bar the id_ID way.
    await cell("M6").click();
    await textOf(page.locator("#content")).toMatch(
      /^=ARRAYFORMULA\(IF\(.*"–";CAPAIAN\(I6:I\d+;K6:K\d+;F6:F\d+\)\)\)$/,
    );
    await cell(kriteria).click();
    await shot("evaluasi");
  });

  it("recomputes capaian and kriteria in the evaluation tab when a realisasi is typed in a bidang tab", async () => {
    const rapat = "Jumlah Rapat Koordinasi dan Konsultasi SKPD yang diikuti";
    const capaianSd = await cellOf(rapat, "N");
    const kriteria = await cellOf(rapat, "P");
    // Target s.d. TW II 18 + 10 = 28, realisasi 13 + 9 = 22: 78,57 %, Tinggi.
    await textOf(cell(capaianSd)).toBe("78,57");
    await textOf(cell(kriteria)).toBe("Tinggi");

    await openTab("Sekretariat");
    // Realisasi TW II is column T in the template.
    const realisasi = await cellOf(rapat, "T");
    await textOf(cell(realisasi)).toBe("9");
    await type(realisasi, "4");
    await textOf(cell(realisasi)).toBe("4");
    await cssOf(cell(realisasi), "text-align").toBe("right");
    // The polaritas dropdown refuses other words, as Sheets does, and the cell keeps its value.
    const polaritas = await cellOf(rapat, "G");
    await type(polaritas, "tinggi");
    await textOf(page.locator("#status")).toMatch(/^Isian "tinggi" ditolak: Pilih positif/);
    // As Sheets' "reject input": the cell stays in edit with what was typed, the message stays.
    expect(await page.locator(`td[data-cell="${polaritas}"] input`).inputValue()).toBe("tinggi");
    await page.keyboard.press("Tab");
    await textOf(page.locator("#status")).toMatch(/^Isian "tinggi" ditolak: Pilih positif/);
    expect(await page.locator(`td[data-cell="${polaritas}"] input`).inputValue()).toBe("tinggi");
    await page.keyboard.press("Escape");
    await textOf(cell(polaritas)).toBe("positif");
    // The words CAPAIAN accepts are in the dropdown too: naik means positif.
    await type(polaritas, "naik");
    await textOf(cell(polaritas)).toBe("naik");

    await openTab(EVALUASI);
    // 17 / 28 = 60,71 %: Rendah, Kuning Muda.
    await textOf(cell(capaianSd)).toBe("60,71");
    await textOf(cell(kriteria)).toBe("Rendah");
    await cssOf(cell(kriteria), "background-color").toBe("rgb(255, 241, 118)");
  });

  it("runs Periksa konsistensi and selects the cell of a finding in the grid", async () => {
    await panel.locator("#check").click();
    const findings = panel.locator("#findings button.finding");
    await findings.first().waitFor({ state: "visible" });
    const finding = findings.filter({ hasText: "tidak sama dengan pagu" }).first();
    const where = (await finding.locator(".where").textContent()) ?? "";
    const [sheet, a1] = where.split("!");
    expect(sheet).toBe("Bidang Transmigrasi");
    await finding.click();
    await textOf(panel.locator("#status")).toBe(`Sel ${where} dipilih.`);
    await expect.poll(() => tab(sheet).getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => cell(a1).getAttribute("class")).toMatch(/\bsel\b/);
    await textOf(page.locator("#ref")).toBe(a1);
    await shot("temuan");
  });

  it("downloads the workbook as .xlsx with the tabs made in the session", async () => {
    const download = page.waitForEvent("download");
    await page.locator("#save").click();
    const file = join(results, "local-unduhan.xlsx");
    await (await download).saveAs(file);
    const saved = await loadXlsx(file);
    expect(saved.tabs().map((t) => t.name)).toContain(EVALUASI);
    const sekretariat = saved.getTab("Sekretariat");
    const rows = saved.values(sekretariat, { row: 1, col: 1, rows: 20, cols: 21 });
    expect(
      rows.some((r) => r[4] === "Jumlah Rapat Koordinasi dan Konsultasi SKPD yang diikuti" && r[19] === 4),
    ).toBe(true);
  });

  it("shows a hostile indicator name and tab name as inert text, in the grid and in the sidebar", async () => {
    await openTab("Bidang Hubungan Industrial");
    // The first empty rows below the plan (rows 4–13 hold its 10 indicators).
    // With a satuan each is an indicator of its own (a row with only a name continues the one above).
    await type("E15", HOSTILE_HTML);
    await type("F15", "Kasus");
    await type("E16", `'${HOSTILE_FORMULA}`);
    await type("F16", "Kasus", "dblclick");
    await textOf(cell("E15")).toBe(HOSTILE_HTML);
    await textOf(cell("E16")).toBe(HOSTILE_FORMULA);

    await panel.locator("#check").click();
    const findings = panel.locator("#findings");
    await textOf(findings).toContain(HOSTILE_HTML);
    await textOf(findings).toContain(HOSTILE_FORMULA);

    // A tab named like markup, made from the sidebar's own form.
    await panel.locator("#template summary").click();
    await panel.locator("#t-bidang").fill(HOSTILE_TAB);
    await panel.locator("#make-template").click();
    await textOf(panel.locator("#status")).toContain("Kerangka dibuat");
    await textOf(tab(HOSTILE_TAB)).toBe(HOSTILE_TAB);
    await textOf(panel.locator("#plans")).toContain(HOSTILE_TAB);

    expect(await page.locator("#grid img, #tabs img").count()).toBe(0);
    expect(await panel.locator("#findings img, #plans img").count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await shot("teks-asing");
  });
  it("takes formulas typed the id_ID way beside the data, shows them so, and renames a tab", async () => {
    await openTab("Sekretariat");
    // The grid goes on past the last used column: type in its last column.
    const last = (await page.locator("#grid thead th").last().textContent()) ?? "";
    await type(`${last}2`, "=SUM(1,5; 2,5)");
    await textOf(cell(`${last}2`)).toBe("4");
    await cell(`${last}2`).click();
    await textOf(page.locator("#content")).toBe("=SUM(1,5; 2,5)");
    await type(`${last}3`, "=ROUND(CAPAIAN(63,57; 61,68); 2)");
    await textOf(cell(`${last}3`)).toBe("97,03");
    await cell(`${last}3`).click();
    await textOf(page.locator("#content")).toBe("=ROUND(CAPAIAN(63,57; 61,68); 2)");

    // Double-click a tab, type the new name: formulas that refer to it follow.
    await tab("Bidang Hubungan Industrial").dblclick();
    const input = page.locator("#tabs input.rename");
    await input.fill("Bidang HI");
    await input.press("Enter");
    await textOf(page.locator("#status")).toBe(
      "Tab 'Bidang Hubungan Industrial' diganti namanya menjadi 'Bidang HI'.",
    );
    await openTab(EVALUASI);
    const kode = await cellOf("Jumlah Perusahaan yang dibina", "B");
    await cell(kode).click();
    await textOf(page.locator("#content")).toMatch(/^=IF\('Bidang HI'!/);
    // A taken name is refused with a sentence.
    await tab("Bidang HI").dblclick();
    await page.locator("#tabs input.rename").fill("sekretariat");
    await page.locator("#tabs input.rename").press("Enter");
    await textOf(page.locator("#status")).toBe('Tab bernama "sekretariat" sudah ada: pilih nama lain.');
  });
});
