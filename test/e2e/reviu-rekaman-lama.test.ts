/**
 * The story of a sent quarter while the next one is typed, in `npm start` through Chromium: the
 * Dinas sends TW I, types TW II's realisasi in the bidang tab, and the reviewer's Verifikasi and
 * Pernyataan still hold; the same with a file sent by the add-on at 068be64 (record version 2, which
 * holds the bidang tab's rows whole): Verifikasi names the TW II cells filled in since instead of
 * "berubah". Screenshots go to test-results/rekaman-lama-*.png.
 */
import { join } from "node:path";
import type { Frame } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { loadXlsx } from "../../src/emulator/xlsx";
import { type Local, openLocal, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/reviu-rekaman-lama.test.ts");

describe.skipIf(!runBrowserTests)("a sent TW I while TW II is typed, in Chromium", () => {
  let local: Local | undefined;
  afterAll(async () => {
    await local?.close();
  });

  async function verifyAndState(l: Local, panel: Frame, shot: string) {
    const status = panel.locator("#status");
    // The reviewer verifies and states it, with their own account (never the sender).
    await l.asUser("Reviewer Inspektorat");
    await panel.locator("#reviewer summary").click();
    await panel.locator("#verify").click();
    await l.textOf(status).toMatch(/^Tidak ada perubahan/);
    const said = (await status.textContent()) ?? "";
    await l.shot(`${shot}-verifikasi`);
    await panel.locator("#statement").click();
    await l.textOf(status).toMatch(/^Tab 'Pernyataan Reviu TW I 2024' dibuat|^Ada \d+ galat/);
    // Sent with galat: the reviewer ticks that the statement names them.
    if ((await status.textContent())?.startsWith("Ada")) {
      await panel.locator("#statement-confirm").check();
      await panel.locator("#statement").click();
    }
    await l.textOf(status).toMatch(/^Tab 'Pernyataan Reviu TW I 2024' dibuat: pernyataan telah direviu TW I/);
    await l.shot(`${shot}-pernyataan`);
    return said;
  }

  it("the current add-on: sent, TW II typed, verified unchanged and certified", async () => {
    local = await openLocal("rekaman-lama-kini", "Bidang Transmigrasi");
    const { panel } = local;
    const status = panel.locator("#status");
    await panel.locator("#tw").selectOption("1");
    await panel.locator("#make-tw").click();
    await local.textOf(status).toContain("Tab 'Evaluasi TW I 2024' dibuat");
    await panel.locator("#send").click();
    await local.textOf(status).toMatch(/^Pemeriksaan menemukan \d+ galat|^TW I dikirim untuk reviu/);
    if ((await status.textContent())?.startsWith("Pemeriksaan")) {
      await panel.locator("#force-reason").fill("Menunggu SP2D");
      await panel.locator("#send-force").click();
    }
    await local.textOf(status).toMatch(/^TW I dikirim untuk reviu/);
    await local.openTab("Bidang Transmigrasi");
    const cell = await local.cellOf("Persentase Warga Transmigran Mandiri", "U");
    await local.type(cell, "62,10");
    await local.shot("kini-tw2-diketik");
    // A later quarter's realisasi (the demo reports TW I and II): not TW I's data, and said where it differs.
    expect(await verifyAndState(local, panel, "kini")).toMatch(
      /^Tidak ada perubahan pada data TW I sejak dikirim \(Riwayat Reviu baris 2\): yang berbeda hanya isian triwulan setelahnya, yang tidak dibaca TW I: tab 'Bidang Transmigrasi' U\d+ \(Realisasi TW III\)\.$/,
    );
    await local.close();
    local = undefined;
  }, 180_000);

  it("a file sent at 068be64 (record version 2): TW II typed is named as filled in, not 'berubah'", async () => {
    const wb = await loadXlsx(join(__dirname, "../fixtures/rekaman/tw1-v2-068be64.xlsx"));
    local = await openLocal("rekaman-lama-v2", "Rencana Aksi Transmigrasi", wb);
    await local.type("T3", "40");
    await local.type("X3", "1000000");
    await local.shot("v2-tw2-diketik");
    const said = await verifyAndState(local, local.panel, "v2");
    expect(said).toContain(
      "Tidak ada perubahan pada data TW I sejak dikirim (Riwayat Reviu baris 2): yang berbeda hanya sel yang kosong saat dikirim dan diisi setelahnya, yang tidak dibaca TW I: tab 'Rencana Aksi Transmigrasi' T3 (Realisasi TW II), X3 (Realisasi Anggaran TW II).",
    );
    // The counts an older add-on recorded are said not comparable, never a refusal.
    expect(said).toMatch(
      / Catatan: jumlah peringatan dan info tidak dapat dibandingkan karena kiriman ini dicatat oleh versi add-on sebelumnya, yang aturan pemeriksaannya berbeda: saat dikirim tercatat \d+ peringatan, \d+ info \(Riwayat Reviu baris 2\)/,
    );
  }, 180_000);
});
