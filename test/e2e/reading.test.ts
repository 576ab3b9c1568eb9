/**
 * The reading panel as a new user meets it, in `npm start`'s local run at the panel's 300 px: an
 * office whose realisasi sits right of "Penanggung Jawab" under a group word the reader does not know
 * (test/utils/appended.ts). The family is corrected in ONE action with the keyboard, then "Buat tab
 * Triwulan" shows its realisasi and capaian. "Tunjukkan atau tambahkan kolom" writes nothing unasked,
 * and a workbook whose year nobody names asks for it. Screenshots: test-results/reading-*.png.
 */
import { join } from "node:path";
import type { Frame } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { APPENDED_GROUP, APPENDED_TAB, appendedWorkbook } from "../utils/appended";
import { type Local, openLocal, results, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/reading.test.ts");

describe.skipIf(!runBrowserTests)("the reading panel at 300 px, in Chromium", () => {
  let local: Local | undefined;
  afterEach(async () => {
    await local?.close();
    local = undefined;
  });

  const family = (panel: Frame) => panel.locator(`select[id="baca-S-V-${APPENDED_TAB}"]`);

  it("corrects a TW family in one action, then Buat tab Triwulan shows its realisasi and capaian", async () => {
    local = await openLocal("reading", APPENDED_TAB, appendedWorkbook());
    const { panel, page } = local;
    expect(await panel.evaluate(() => document.body.getBoundingClientRect().width)).toBe(300);
    await local.textOf(panel.locator("#plans")).toContain(`${APPENDED_TAB} — 16 indikator`);
    const reading = panel.locator(`details.reading[data-tab="${APPENDED_TAB}"]`);
    await reading.locator(":scope > summary").click();

    // The appended family is one line: its group word, its four leaves, and why it is unsure.
    const item = reading.locator("li.family").filter({ has: family(panel) });
    await local.textOf(item.locator(":scope > .colhead")).toBe(`S–V ${APPENDED_GROUP}`);
    await local.textOf(item.locator(":scope > .leaves")).toBe("Jan–Mar · Apr–Jun · Jul–Sep · Okt–Des");
    await local
      .textOf(item.locator(":scope > .unsure"))
      .toBe("Belum pasti (S, T): berisi angka di 16 baris indikator, tetapi tidak dipakai.");
    await local.textOf(reading.locator(".unsure-summary")).toContain("Belum pasti: kolom S, T");
    // Whole headers, wrapped: no header text is cut at 300 px.
    const cut = await reading
      .locator(".colhead .header")
      .evaluateAll((spans) =>
        spans.filter((s) => s.scrollWidth > s.clientWidth + 1).map((s) => s.textContent),
      );
    expect(cut).toEqual([]);
    await local.textOf(panel.locator("#office")).toBe("Belum ada tab Pengaturan · 2024 (dari judul tab).");
    await family(panel).scrollIntoViewIfNeeded();
    await local.shot("sebelum");

    // An unused family the reading is unsure of shows "belum pasti" below "tidak dipakai", so
    // "tidak dipakai" is a choice that records itself.
    expect(await family(panel).inputValue()).toBe("__tetap");
    // Arrow keys only browse: nothing is saved, Pengaturan does not exist yet.
    await family(panel).focus();
    // Up from "belum pasti": tidak dipakai, Capaian (%) TW, Realisasi (Anggaran) s.d. TW, Realisasi Anggaran TW.
    for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowUp");
    expect(await family(panel).inputValue()).toBe("realisasiTw");
    await expect.poll(() => family(panel).getAttribute("class")).toBe("pending");
    expect(await local.tab("Pengaturan").count()).toBe(0);
    expect(await panel.locator("#status").textContent()).toBe("");
    // Enter saves the whole family: one action, four rows.
    await page.keyboard.press("Enter");
    await local
      .textOf(panel.locator("#status"))
      .toBe(
        `Koreksi disimpan di tab Pengaturan: kolom S–V tab '${APPENDED_TAB}' dibaca sebagai Realisasi TW I–IV. Semua perintah memakai pembacaan ini.`,
      );
    await expect.poll(() => family(panel).inputValue()).toBe("realisasiTw");
    await local
      .textOf(panel.locator("#office"))
      .toBe("Tab Pengaturan ada; nama OPD belum diisi · 2024 (dari judul tab).");
    await expect.poll(() => reading.getAttribute("open")).toBe("");
    await expect.poll(() => reading.locator(".unsure-summary").count()).toBe(0);
    // The keyboard user is where they were.
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe(`baca-S-V-${APPENDED_TAB}`);
    await family(panel).scrollIntoViewIfNeeded();
    await local.shot("dikoreksi");
    // The panel alone, as the README shows it (docs/cara-dibaca-keluarga.png is a copy).
    await page.locator("iframe#sidebar").screenshot({ path: join(results, "reading-panel.png") });

    await local.openTab("Pengaturan");
    for (const [row, letter, tw] of [
      [2, "S", "I"],
      [3, "T", "II"],
      [4, "U", "III"],
      [5, "V", "IV"],
    ]) {
      await local.textOf(local.cell(`H${row}`)).toBe(letter);
      await local.textOf(local.cell(`I${row}`)).toBe(`Realisasi TW ${tw}`);
    }

    // Buat tab Triwulan: the family's realisasi and its capaian are in the evaluation tab.
    await panel.locator("#make-tw").click();
    await local.textOf(panel.locator("#status")).toContain("Tab 'Evaluasi TW I 2024' dibuat: 16 indikator");
    // This office keeps no realisasi anggaran: said first, as a warning.
    await local
      .textOf(panel.locator("#status"))
      .toMatch(new RegExp(`^Kolom Realisasi Anggaran TW I–IV di tab '${APPENDED_TAB}' belum terbaca`));
    expect(await panel.locator("#status").getAttribute("class")).toBe("warn");
    await expect.poll(() => local?.tab("Evaluasi TW I 2024").getAttribute("aria-selected")).toBe("true");
    // "Persentase Penetapan Kawasan Transmigrasi": target 100, realisasi TW I 25 (S10 of the office).
    const row = await local.cellOf("Persentase Penetapan Kawasan Transmigrasi", "K");
    await local.textOf(local.cell(row)).toMatch(/^25(,00)?$/);
    await local.textOf(local.cell(row.replace("K", "O"))).toMatch(/^25(,00)?$/);
    await local.shot("triwulan");
  });

  it("confirms an unused family as 'tidak dipakai' in one action, which clears the doubt (trial 3, item 24)", async () => {
    local = await openLocal("reading-tidak-dipakai", APPENDED_TAB, appendedWorkbook());
    const { panel, page } = local;
    const reading = panel.locator(`details.reading[data-tab="${APPENDED_TAB}"]`);
    await reading.locator(":scope > summary").click();
    await local.textOf(reading.locator(".unsure-summary")).toContain("Belum pasti: kolom S, T");
    await family(panel).focus();
    await page.keyboard.press("ArrowUp");
    expect(await family(panel).inputValue()).toBe("");
    await page.keyboard.press("Enter");
    await local
      .textOf(panel.locator("#status"))
      .toBe(
        `Koreksi disimpan di tab Pengaturan: kolom S–V tab '${APPENDED_TAB}' dibaca sebagai tidak dipakai. Semua perintah memakai pembacaan ini.`,
      );
    await expect.poll(() => reading.locator(".unsure-summary").count()).toBe(0);
    await expect.poll(() => family(panel).inputValue()).toBe("");
    await family(panel).scrollIntoViewIfNeeded();
    await local.shot("tidak-dipakai");
  });

  it("writes no column unasked, points at an existing one instead, and asks for the year", async () => {
    local = await openLocal("reading-tanya", APPENDED_TAB, appendedWorkbook({ title: false }));
    const { panel, page } = local;
    /** A cell's text; the grid draws no cell beyond the used range: that is blank too. */
    const shown = async (a1: string) =>
      // Read in one step: between a count and a read the grid may redraw without the cell.
      (await local?.cell(a1).evaluateAll((tds) => tds[0]?.textContent ?? "")) ?? "";
    await local.textOf(panel.locator("#plans")).toContain(`${APPENDED_TAB} — 16 indikator`);

    // Nothing names the year: the panel asks at once, and Buat tab Triwulan asks again.
    await local.textOf(panel.locator("#office")).toBe("Belum ada tab Pengaturan.");
    await expect.poll(() => panel.locator("#tahun-ask").isVisible()).toBe(true);

    // "Tunjukkan atau tambahkan kolom": what would be written is shown, nothing is written.
    const plan = panel.locator("#plans > li").filter({ hasText: APPENDED_TAB });
    await plan.getByRole("button", { name: "Tunjukkan atau tambahkan kolom" }).click();
    await plan.getByRole("button", { name: "Lihat kolom baru yang akan ditulis" }).click();
    await local
      .textOf(panel.locator("#status"))
      .toBe(
        `Belum ada yang diubah: 8 judul kolom akan ditulis di tab '${APPENDED_TAB}' sel W7–AD7, di kanan kolom terakhir yang terisi; tidak ada isian yang bergeser.`,
      );
    await local.textOf(plan.locator(".preview li").first()).toBe("W7: Realisasi TW I");
    await local.shot("tanya-kolom");
    expect(await shown("W7")).toBe("");
    await plan.getByRole("button", { name: "Batal" }).click();
    await local.textOf(panel.locator("#status")).toBe("Tidak ada yang diubah.");
    expect(await shown("W7")).toBe("");

    // "This column is it": the appended family S–V, pointed at once.
    await plan.locator('select[id^="tunjuk-0-"]').selectOption({ label: `S–V: ${APPENDED_GROUP}` });
    await plan.getByRole("button", { name: "Pakai kolom ini" }).first().click();
    await local
      .textOf(panel.locator("#status"))
      .toContain(`kolom S–V tab '${APPENDED_TAB}' dibaca sebagai Realisasi TW I–IV`);
    expect(await shown("W7")).toBe("");

    // Buat tab Triwulan without a year: the field is focused, the year saved, the tab made.
    await panel.locator("#make-tw").click();
    await local
      .textOf(panel.locator("#status"))
      .toBe(
        "Tahun laporan tidak diketahui: tab Pengaturan dan judul tab Rencana Aksi tidak menyebutnya; isi tahunnya (misalnya 2024).",
      );
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe("tahun-input");
    await local.shot("tanya-tahun");
    await page.keyboard.type("2024");
    await page.keyboard.press("Enter");
    await local.textOf(panel.locator("#status")).toContain("Tab 'Evaluasi TW I 2024' dibuat: 16 indikator");
    await local.textOf(panel.locator("#office")).toBe("Tab Pengaturan ada; nama OPD belum diisi · 2024.");
    await expect.poll(() => panel.locator("#tahun-ask").isVisible()).toBe(false);
    await local.openTab("Pengaturan");
    await local.textOf(local.cell("A3")).toBe("Tahun");
    await local.textOf(local.cell("B3")).toBe("2024");

    // Pointing at one column of a TW family with a TW meaning offers the other three.
    const reading = panel.locator(`details.reading[data-tab="${APPENDED_TAB}"]`);
    // Still open: the panel keeps the reading that was corrected open across its reloads.
    expect(await reading.getAttribute("open")).toBe("");
    const sv = reading.locator("li.family").filter({ has: family(panel) });
    await sv.locator("details.per-column > summary").click();
    const t = panel.locator(`select[id="baca-T-${APPENDED_TAB}"]`);
    await t.selectOption("realisasiAnggaranTw2");
    const offer = sv.locator(".offer:not([hidden])");
    await local.textOf(offer.locator("p")).toBe("Kolom S, U, V juga Realisasi Anggaran TW I, III, IV?");
    await local.shot("tawaran");
    await offer.getByRole("button", { name: "Hanya kolom T" }).click();
    await local
      .textOf(panel.locator("#status"))
      .toBe(
        `Koreksi disimpan di tab Pengaturan: kolom T tab '${APPENDED_TAB}' dibaca sebagai Realisasi Anggaran TW II. Semua perintah memakai pembacaan ini.`,
      );

    // Esc puts the saved choice back; leaving the field with another choice saves it.
    const r = panel.locator(`select[id="baca-R-${APPENDED_TAB}"]`);
    await r.focus();
    await page.keyboard.press("ArrowDown");
    expect(await r.inputValue()).toBe("keterangan");
    await page.keyboard.press("Escape");
    expect(await r.inputValue()).toBe("penanggungJawab");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    await local
      .textOf(panel.locator("#status"))
      .toBe(
        `Koreksi disimpan di tab Pengaturan: kolom R tab '${APPENDED_TAB}' dibaca sebagai Keterangan. Semua perintah memakai pembacaan ini.`,
      );
  });
});
