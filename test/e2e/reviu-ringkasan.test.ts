/**
 * The review records as a person meets them in `npm start`: a quarter sent for review, its Ringkasan
 * count typed over in the grid, Verifikasi naming the cell, the statement refused, Buat tab Triwulan
 * refused on the sent quarter with when and by whom, Buka kembali, and the statement still refused
 * until the quarter is sent again. Screenshots in test-results/records-*.png.
 */
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoWorkbook } from "../../src/emulator/demo";
import { type Local, openLocal, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/reviu-ringkasan.test.ts");

const RINGKASAN = "Ringkasan TW II 2024";

describe.skipIf(!runBrowserTests)("a doctored Ringkasan and a reopened quarter in Chromium", () => {
  let local: Local;
  let page: Page;
  let panel: Frame;
  const status = () => panel.locator("#status");

  beforeAll(async () => {
    local = await openLocal("records");
    ({ page, panel } = local);
  });

  afterAll(async () => {
    await local?.close();
  });

  it("sends TW II, catches the count typed over in the Ringkasan, refuses the statement and the rewrite", async () => {
    await panel.locator("#tw").selectOption("2");
    await panel.locator("#make-tw").click();
    await local.textOf(status()).toContain("Tab 'Evaluasi TW II 2024' dibuat");
    await panel.locator("#send").click();
    await local.textOf(status()).toMatch(/^Pemeriksaan menemukan \d+ galat/);
    await panel.locator("#force-reason").fill("Realisasi anggaran menunggu SP2D");
    await panel.locator("#send-force").click();
    await local
      .textOf(status())
      .toMatch(
        /^TW II dikirim untuk reviu: \d+ tab dikunci \(peringatan\) dan isinya dicatat di tab Riwayat Reviu/,
      );
    await local.shot("dikirim");

    // Someone types a better-looking count over the Ringkasan's formula (a warning-only lock).
    await local.openTab(RINGKASAN);
    await local.type("B6", "9");
    await local.textOf(page.locator("#status")).toContain("Perhatian: sel ini dilindungi");
    await local.shot("ringkasan-diubah");

    // The reviewer verifies, with their own account.
    await local.asUser("Reviewer Inspektorat");
    await panel.locator("#reviewer summary").click();
    await panel.locator("#verify").click();
    await local
      .textOf(status())
      .toMatch(
        new RegExp(
          `^Data berubah sejak dikirim: '${RINGKASAN}'!B6 \\("Sekretariat"\\): Sangat Tinggi \\d+ \\(rumus\\) → 9 \\(diketik, bukan rumus\\)\\. Ringkasan tidak sesuai: tab '${RINGKASAN}' tidak sama dengan hitungan dari tab 'Evaluasi TW II 2024': B6 tertulis 9, seharusnya \\d+\\.$`,
        ),
      );
    await local.shot("verifikasi");
    await panel.locator("#statement").click();
    await local
      .textOf(status())
      .toMatch(
        new RegExp(
          `^Pernyataan tidak dibuat karena data berubah sejak dikirim \\('${RINGKASAN}'!B6 \\("Sekretariat"\\): Sangat Tinggi \\d+ \\(rumus\\) → 9 \\(diketik, bukan rumus\\)\\)`,
        ),
      );
    expect(await local.tab("Pernyataan Reviu TW II 2024").count()).toBe(0);

    await panel.locator("#make-tw").click();
    await local
      .textOf(status())
      .toMatch(
        /^TW II sudah dikirim untuk reviu pada \d{1,2} \w+ \d{4} pukul \d\d\.\d\d oleh .+, jadi tab Triwulan-nya tidak dibuat ulang agar data yang direviu tidak berubah: tekan "Buka kembali untuk perbaikan" di panel dulu/,
      );
    await local.shot("triwulan-ditolak");
  });

  it("after Buka kembali the statement waits for the quarter to be sent again", async () => {
    // The sender reopens it.
    await local.asUser("Pengirim");
    await panel.locator("#reviewer summary").click();
    await panel.locator("#reopen-reason").fill("Ringkasan diketik ulang; dibuat ulang dari tab evaluasi.");
    await panel.locator("#reopen").click();
    await local
      .textOf(status())
      .toMatch(/^TW II dibuka kembali untuk perbaikan; tercatat di tab Riwayat Reviu\./);
    await panel.locator("#statement").click();
    await local
      .textOf(status())
      .toMatch(
        /^Pernyataan tidak dibuat karena TW II dibuka kembali untuk perbaikan pada .* dan belum dikirim lagi/,
      );
    await local.shot("pernyataan-ditolak");
    // Reopened, the tab is made again: the Ringkasan is computed again.
    await panel.locator("#make-tw").click();
    await local.textOf(status()).toContain("Tab 'Evaluasi TW II 2024' diperbarui");
    await local.openTab(RINGKASAN);
    await expect.poll(() => local.cell("B6").textContent()).not.toBe("9");
    await local.shot("ringkasan-dihitung-ulang");
  });

  it("sent again: a second Kirim is refused, and a name typed over the five lowest is named with what it should say", async () => {
    await panel.locator("#send").click();
    await local.textOf(status()).toMatch(/^Pemeriksaan menemukan \d+ galat/);
    await panel.locator("#force-reason").fill("Realisasi anggaran menunggu SP2D");
    await panel.locator("#send-force").click();
    await local.textOf(status()).toMatch(/^TW II dikirim untuk reviu:/);
    await panel.locator("#send").click();
    await local
      .textOf(status())
      .toMatch(
        /^TW II sudah dikirim untuk reviu pada .* \(Riwayat Reviu baris \d+\), jadi tidak dikirim lagi agar catatan yang direviu tidak tergantikan: tekan "Buka kembali untuk perbaikan" dulu, perbaiki, lalu kirim lagi\.$/,
      );
    await local.openTab(RINGKASAN);
    const title = page
      .locator("#grid td")
      .filter({ hasText: "Indikator dengan capaian s.d. TW II terendah" });
    const at = Number((await title.first().getAttribute("data-cell"))?.slice(1));
    const cell = `A${at + 2}`;
    const was = (await local.cell(cell).textContent()) ?? "";
    expect(was.length).toBeGreaterThan(0);
    await local.type(cell, "Indikator yang tampak baik");
    await local.asUser("Reviewer Inspektorat");
    await panel.locator("#reviewer summary").click();
    await panel.locator("#verify").click();
    await local
      .textOf(status())
      .toContain(`${cell} tertulis "Indikator yang tampak baik", seharusnya "${was.slice(0, 60)}`);
    await local.shot("terendah-diubah");
  });
});

describe.skipIf(!runBrowserTests)(
  "a person's fill in the evaluation tab through Buat tab Triwulan, in Chromium",
  () => {
    it("keeps the fill on its cell and says so in the panel", async () => {
      const workbook = demoWorkbook();
      const local = await openLocal("records-format", "Sekretariat", workbook);
      try {
        const { panel } = local;
        await panel.locator("#make-tw").click();
        await local.textOf(panel.locator("#status")).toContain("Tab 'Evaluasi TW I 2024' dibuat");
        // The grid has no fill button: the fill is given as Sheets would keep it, on the tab itself.
        const tab = workbook.getTab("Evaluasi TW I 2024");
        tab.patchStyle({ row: 8, col: 24, rows: 1, cols: 1 }, { background: "#ffcdd2" });
        await panel.locator("#make-tw").click();
        await local
          .textOf(panel.locator("#status"))
          .toMatch(
            /format Anda \(warna isi, format angka, warna dan ukuran huruf\) di 1 sel tetap pada selnya/,
          );
        await local.openTab("Evaluasi TW I 2024");
        await local.cssOf(local.cell("X8"), "background-color").toBe("rgb(255, 205, 210)");
        await local.shot("dipertahankan");
      } finally {
        await local.close();
      }
    });
  },
);
