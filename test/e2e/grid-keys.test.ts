/**
 * `npm start`'s grid keeps every key a person types, as Sheets does: a row typed with Tab at a fast
 * key rate keeps each cell's first letters while the cell before is still being saved (the trial
 * lost "Indikator Kinerja" → "tor Kinerja"), and Ctrl+Z / Ctrl+Y undo and redo the last cell edits,
 * a deleted formula coming back as the formula.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Local, openLocal, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/grid-keys.test.ts");

describe.skipIf(!runBrowserTests)("keys in the npm start grid", () => {
  let local: Local;

  beforeAll(async () => {
    local = await openLocal("grid-keys", "Pengaturan");
  });

  afterAll(async () => {
    await local?.close();
  });

  it("a row typed with Tab at 40 ms per key keeps every letter, in the right cells", async () => {
    const { page, cell, textOf } = local;
    // Each save answers after 400 ms, as on a busy machine or a slow Sheets call: the keys of the
    // next cell are typed while the cell before is in flight.
    await page.route("**/api/edit", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    const row = ["Indikator Kinerja", "Satuan", "Target 2024", "63,57", "Bidang HI"];
    await cell("J34").click();
    for (const [i, text] of row.entries()) {
      await page.keyboard.type(text, { delay: 40 });
      await page.keyboard.press(i === row.length - 1 ? "Enter" : "Tab");
    }
    // The last save is answered, and Enter went down from N34.
    await textOf(page.locator("#status")).toBe("Sel Pengaturan!N34 diperbarui.");
    await page.unroute("**/api/edit");
    for (const [i, text] of row.entries()) await textOf(cell(`${"JKLMN"[i]}34`)).toBe(text);
    await expect.poll(() => page.locator("#ref").textContent()).toBe("N35");
    await local.shot("tab-cepat");
  });

  it("Ctrl+Z brings a deleted formula back as the formula; Ctrl+Y and Ctrl+Shift+Z redo", async () => {
    const { page, cell, textOf } = local;
    const status = page.locator("#status");
    await local.type("J37", "=SUM(1,5; 2,5)");
    await textOf(cell("J37")).toBe("4");
    await local.type("K37", "catatan");

    // Delete over the formula, then over the text: two steps to undo.
    await cell("J37").click();
    await page.keyboard.press("Delete");
    await textOf(status).toBe("Sel Pengaturan!J37 diperbarui.");
    await textOf(cell("J37")).toBe("");
    await cell("K37").click();
    await page.keyboard.press("Delete");
    await textOf(cell("K37")).toBe("");

    await page.keyboard.press("Control+z");
    await textOf(cell("K37")).toBe("catatan");
    await page.keyboard.press("Control+z");
    await textOf(cell("J37")).toBe("4");
    await textOf(status).toBe('Diurungkan: sel Pengaturan!J37 kembali berisi "=SUM(1,5; 2,5)".');
    // A formula again, not the number 4: the formula bar shows it and it still computes.
    await expect.poll(() => page.locator("#ref").textContent()).toBe("J37");
    await textOf(page.locator("#content")).toBe("=SUM(1,5; 2,5)");
    await local.shot("urungkan");

    // The two typed entries before the deletes are undone next, then nothing is left of this test's.
    await page.keyboard.press("Control+z");
    await textOf(cell("K37")).toBe("");
    await page.keyboard.press("Control+y");
    await textOf(cell("K37")).toBe("catatan");
    await page.keyboard.press("Control+Shift+Z");
    await textOf(cell("J37")).toBe("");
    await textOf(status).toBe("Diulangi: sel Pengaturan!J37 kembali berisi kosong.");
    await page.keyboard.press("Control+Shift+Z");
    await textOf(cell("K37")).toBe("");
    await page.keyboard.press("Control+Shift+Z");
    await textOf(status).toBe("Tidak ada yang dapat diulangi.");

    // A new edit after an undo clears what could be redone, as in Sheets.
    await page.keyboard.press("Control+z");
    await textOf(cell("K37")).toBe("catatan");
    await local.type("L37", "baru");
    await cell("L37").click();
    await page.keyboard.press("Control+y");
    await textOf(status).toBe("Tidak ada yang dapat diulangi.");
    await textOf(cell("K37")).toBe("catatan");

    // A number typed over a spilled array result blocks it (#REF!); Ctrl+Z empties the cell again,
    // so the array spills back, instead of writing the shown number there as a constant.
    await local.type("K40", "100");
    await local.type("K41", "90");
    await local.type("L40", "=CAPAIAN(K40:K41; K40:K41)");
    await textOf(cell("L41")).toBe("100");
    await local.type("L41", "5");
    await textOf(cell("L40")).toBe("#REF!");
    await page.keyboard.press("Control+z");
    await textOf(status).toBe("Diurungkan: sel Pengaturan!L41 kembali berisi kosong.");
    await textOf(cell("L40")).toBe("100");
    await textOf(cell("L41")).toBe("100");
  });

  it("a cell typed in while a panel action runs keeps every letter, and the title in A1 stays", async () => {
    const { page, panel, cell, textOf } = local;
    const evaluasi = "Evaluasi TW II 2024";
    await panel.locator("#tw").selectOption("2");
    await panel.locator("#make-tw").click();
    await textOf(panel.locator("#status")).toContain(`Tab '${evaluasi}' dibuat`);
    await expect.poll(() => local.tab(evaluasi).getAttribute("aria-selected")).toBe("true");
    const title = (await cell("A1").textContent()) ?? "";
    const target = await local.cellOf("Jumlah MoU yang direalisasikan", "Y");

    // The page's redraw after the next run answers late: it arrives while the person is typing
    // (the trial saw "P" in Y10 and the rest of the sentence over the title in A1).
    await page.route("**/api/view**", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    const redrawAsked = page.waitForRequest(/\/api\/view/);
    const redrawn = page.waitForResponse(/\/api\/view/);
    await panel.locator("#make-tw").click();
    await redrawAsked;
    await cell(target).click();
    await page.keyboard.type("Peserta job fair", { delay: 40 });
    await redrawn;
    await page.keyboard.type(" kurang dari rencana", { delay: 40 });
    await page.keyboard.press("Enter");
    await page.unroute("**/api/view**");
    await textOf(page.locator("#status")).toBe(`Sel ${evaluasi}!${target} diperbarui.`);
    await textOf(cell(target)).toBe("Peserta job fair kurang dari rencana");
    await textOf(cell("A1")).toBe(title);
    await local.shot("ketik-saat-panel");
  });
});

describe.skipIf(!runBrowserTests)("undo on a Ringkasan sent for review", () => {
  let local: Local;

  beforeAll(async () => {
    local = await openLocal("grid-keys-reviu");
  });

  afterAll(async () => {
    await local?.close();
  });

  it("a Delete over B7's formula is undone with Ctrl+Z: the same formula and number are back", async () => {
    const { page, panel, cell, textOf } = local;
    const panelStatus = panel.locator("#status");
    await panel.locator("#tw").selectOption("2");
    await panel.locator("#make-tw").click();
    await textOf(panelStatus).toContain("Tab 'Evaluasi TW II 2024' dibuat");
    await panel.locator("#send").click();
    await textOf(panelStatus).toMatch(/^Pemeriksaan menemukan \d+ galat/);
    await panel.locator("#force-reason").fill("Realisasi anggaran menunggu SP2D");
    await panel.locator("#send-force").click();
    await textOf(panelStatus).toMatch(/^TW II dikirim untuk reviu/);

    await local.openTab("Ringkasan TW II 2024");
    await cell("B7").click();
    const formula = (await page.locator("#content").textContent()) ?? "";
    const shown = (await cell("B7").textContent()) ?? "";
    expect(formula).toMatch(/^=/);
    expect(shown).not.toBe("");

    await page.keyboard.press("Delete");
    await textOf(page.locator("#status")).toContain("Perhatian: sel ini dilindungi");
    await textOf(cell("B7")).toBe("");
    await page.keyboard.press("Control+z");
    await textOf(page.locator("#status")).toMatch(
      /^Diurungkan: sel Ringkasan TW II 2024!B7 kembali berisi "=/,
    );
    await textOf(cell("B7")).toBe(shown);
    await textOf(page.locator("#content")).toBe(formula);
    await local.shot("ringkasan-b7");
  });
});
