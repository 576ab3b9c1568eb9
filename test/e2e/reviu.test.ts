/**
 * The review flow of `npm start` in a real browser, as the Dinas and its Inspektorat reviewer go
 * through it on the demo office: make the TW II tab, send it for review (with its galat and a
 * reason), verify the fingerprint before and after a realisasi is changed in the grid, add a review
 * note on an indicator and follow it back, make the "telah direviu" statement, and reopen the TW.
 * Only the page and the real sidebar are used, as a person would. Screenshots go to test-results/.
 */
import type { Frame, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Local, openLocal, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/reviu.test.ts");

const EVALUASI = "Evaluasi TW II 2024";
const BIDANG = "Bidang Transmigrasi";
const INDIKATOR = "Persentase Warga Transmigran Mandiri";
const RIWAYAT = "Riwayat Reviu";
const CATATAN = "Catatan Reviu";
const PERNYATAAN = "Pernyataan Reviu TW II 2024";
const ALASAN_KIRIM = "Realisasi anggaran menunggu SP2D";
const CATATAN_TEKS = "Realisasi TW II naik tanpa bukti dukung; lampirkan data transmigran mandiri.";
const ALASAN_BUKA = "Catatan reviewer: bukti dukung realisasi dilengkapi.";

describe.skipIf(!runBrowserTests)("the review flow in Chromium", () => {
  let local: Local;
  let page: Page;
  let panel: Frame;
  const status = () => panel.locator("#status");

  /** Whether the element is wholly inside the sidebar's visible area (not scrolled away). */
  const inView = (l: Locator) =>
    expect.poll(() =>
      l.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
      }),
    );

  /** The texts of the data rows (from row 2) of a tab as the grid shows them, empty trailing cells cut. */
  async function rowsOf(name: string): Promise<string[][]> {
    await local.openTab(name);
    return page.locator("#grid tbody tr").evaluateAll((trs) =>
      trs
        .slice(1)
        .map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""))
        .map((cells) => {
          while (cells.length && cells[cells.length - 1] === "") cells.pop();
          return cells;
        })
        .filter((cells) => cells.length),
    );
  }

  beforeAll(async () => {
    local = await openLocal("reviu");
    ({ page, panel } = local);
  });

  afterAll(async () => {
    await local?.close();
  });

  it("makes the TW II evaluation tab from the sidebar", async () => {
    await local.textOf(panel.locator("#plans")).toContain(`${BIDANG} — `);
    await panel.locator("#tw").selectOption("2");
    await panel.locator("#make-tw").click();
    await local.textOf(status()).toContain(`Tab '${EVALUASI}' dibuat`);
    await expect.poll(() => local.tab(EVALUASI).getAttribute("aria-selected")).toBe("true");
  });

  it("sends TW II for review: shows the galat, asks for a reason, then records the fingerprint", async () => {
    await panel.locator("#send").click();
    await local.textOf(status()).toMatch(/^Pemeriksaan menemukan \d+ galat: perbaiki dulu/);
    await inView(status()).toBe(true);
    // The galat the demo carries: a RAK split that does not add up to the pagu.
    await local.textOf(panel.locator("#findings .group.error")).toContain("tidak sama dengan pagu");
    const force = panel.locator("#force");
    await expect.poll(() => force.isVisible()).toBe(true);
    await local.textOf(force.locator("label")).toBe("Alasan mengirim dengan galat");
    // The reason box has the focus, ready to type in.
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe("force-reason");
    await local.shot("galat");

    // Without a reason: refused, in Indonesian, and the findings stay.
    await panel.locator("#send-force").click();
    await local.textOf(status()).toBe("Tulis alasan mengirim dengan galat agar reviewer mengetahuinya.");
    await expect.poll(() => status().getAttribute("class")).toBe("error");
    await inView(status()).toBe(true);
    await local.textOf(panel.locator("#findings .group.error")).toContain("tidak sama dengan pagu");

    await panel.locator("#force-reason").fill(ALASAN_KIRIM);
    await panel.locator("#send-force").click();
    await local.textOf(status()).toMatch(/^TW II dikirim untuk reviu: \d+ tab dikunci \(peringatan\)/);
    await expect.poll(() => status().getAttribute("class")).toBe("");
    await inView(status()).toBe(true);
    await expect.poll(() => force.isVisible()).toBe(false);
    await local.shot("dikirim");

    await expect.poll(() => local.tab(RIWAYAT).count()).toBe(1);
    const rows = await rowsOf(RIWAYAT);
    expect(rows).toHaveLength(1);
    const [no, , tw, event, , , , , keterangan, hash, covered] = rows[0];
    expect([no, tw, event]).toEqual(["1", "TW II", "Dikirim"]);
    expect(keterangan).toBe(`Dikirim dengan galat: ${ALASAN_KIRIM}`);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(covered).toContain(BIDANG);
    expect(covered).toContain(EVALUASI);
    await local.shot("riwayat");
  });

  it("verifies: nothing changed, then names the cell of a realisasi changed in the grid, its indicator, the value sent and the value now", async () => {
    // The sender cannot verify its own submission: the reviewer does, with their own account.
    await panel.locator("#reviewer summary").click();
    await panel.locator("#verify").click();
    await local
      .textOf(status())
      .toMatch(/^Verifikasi tidak dilakukan karena akun Anda \(.+\) yang mengirim TW II untuk reviu/);
    await local.shot("verifikasi-pengirim-ditolak");
    await local.asUser("Reviewer Inspektorat");
    await panel.locator("#reviewer summary").click();
    await panel.locator("#verify").click();
    await local.textOf(status()).toMatch(/^Tidak ada perubahan sejak dikirim \(Riwayat Reviu baris 2\)/);
    await inView(status()).toBe(true);

    // The sent tabs are protected with a warning only (the demo's Pengaturan): as in Sheets after its
    // "edit anyway?", the edit goes through, and the page says the cell is protected.
    await local.openTab(BIDANG);
    const realisasi = await local.cellOf(INDIKATOR, "T");
    await local.textOf(local.cell(realisasi)).toBe("61,68");
    await local.type(realisasi, "75");
    await local.textOf(local.cell(realisasi)).toBe("75");
    await local
      .textOf(page.locator("#status"))
      .toBe(
        `Sel ${BIDANG}!${realisasi} diperbarui. Perhatian: sel ini dilindungi (SAKIP: dikirim untuk reviu TW II).`,
      );
    await local.shot("diubah");

    await panel.locator("#verify").click();
    await local
      .textOf(status())
      .toMatch(
        new RegExp(
          `^Data berubah sejak dikirim: '${BIDANG}'!${realisasi} \\(indikator "${INDIKATOR}"\\): Realisasi TW II 61,68 → 75[;.]`,
        ),
      );
    await inView(status()).toBe(true);
    await local.shot("verifikasi");
  });

  it("adds a note on the indicator of the selected cell, lists it for the submitter and follows it back", async () => {
    await local.openTab(BIDANG);
    const target = await local.cellOf(INDIKATOR, "E");
    await local.cell(target).click();
    await local.textOf(page.locator("#ref")).toBe(target);
    await panel.locator("#note").fill(CATATAN_TEKS);
    await panel.locator("#add-note").click();
    await local
      .textOf(status())
      .toBe(`Catatan untuk "${INDIKATOR}" ditambahkan ke tab ${CATATAN} (baris 2).`);
    // The panel's own list of open notes shows it at once.
    const note = panel.locator("#notes button.finding").filter({ hasText: CATATAN_TEKS });
    const listed = `${INDIKATOR}: ${CATATAN_TEKS}TW II · ${BIDANG}!${target}`;
    await local.textOf(note).toBe(listed);
    await expect.poll(() => local.tab(CATATAN).count()).toBe(1);
    const notes = await rowsOf(CATATAN);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(`${BIDANG}!${target}`);
    expect(notes[0]).toContain(INDIKATOR);
    expect(notes[0]).toContain(CATATAN_TEKS);
    expect(notes[0]).toContain("perlu perbaikan");

    // The submitter opens the panel again: the open note is listed, and the panel is on TW II (the
    // latest evaluation tab), not back on TW I.
    await panel.evaluate(() => location.reload());
    await panel.waitForLoadState();
    await local.textOf(note).toBe(listed);
    await expect.poll(() => panel.locator("#tw").inputValue()).toBe("2");
    await local.textOf(panel.locator("#reviewer-tw")).toBe("TW II");
    await local.shot("catatan");

    await local.openTab(EVALUASI);
    await note.click();
    await local.textOf(status()).toBe(`Sel ${BIDANG}!${target} dipilih.`);
    await expect.poll(() => local.tab(BIDANG).getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => local.cell(target).getAttribute("class")).toMatch(/\bsel\b/);
    await local.textOf(page.locator("#ref")).toBe(target);
    await local.shot("catatan-dipilih");
  });

  it("refuses the statement while the data differs from what was sent, then makes it", async () => {
    // The sender's own statement is refused whatever the data.
    await local.asUser("Pengirim");
    await panel.locator("#reviewer summary").click();
    await panel.locator("#statement").click();
    await local
      .textOf(status())
      .toMatch(/^Pernyataan tidak dibuat karena akun Anda \(.+\) yang mengirim TW II untuk reviu/);
    expect(await local.tab(PERNYATAAN).count()).toBe(0);
    await local.shot("pernyataan-pengirim-ditolak");
    await local.asUser("Reviewer Inspektorat");
    await panel.locator("#reviewer summary").click();
    await panel.locator("#statement").click();
    await local.openTab(BIDANG);
    const realisasi = await local.cellOf(INDIKATOR, "T");
    await local
      .textOf(status())
      .toMatch(
        new RegExp(
          `^Pernyataan tidak dibuat karena data berubah sejak dikirim \\('${BIDANG}'!${realisasi} \\(indikator .*\\): Realisasi TW II 61,68 → 75\\): minta pengirim`,
        ),
      );
    await expect.poll(() => status().getAttribute("class")).toBe("error");
    expect(await local.tab(PERNYATAAN).count()).toBe(0);
    await local.shot("pernyataan-ditolak");
    // The realisasi is typed back as it was sent: the data is the submitted data again.
    await local.type(realisasi, "61,68");
    expect(await panel.locator("#statement-galat").isVisible()).toBe(false);
    // Sent with galat: the reviewer is asked first, the box appears, and the statement names them.
    await panel.locator("#statement").click();
    await local
      .textOf(status())
      .toMatch(
        /^Ada \d+ galat pemeriksaan otomatis saat dikirim \(alasan pengirim: .+\): centang "Sebutkan galat kiriman", lalu ulangi\.$/,
      );
    expect(await local.tab(PERNYATAAN).count()).toBe(0);
    await expect.poll(() => panel.locator("#statement-galat").isVisible()).toBe(true);
    await local.shot("pernyataan-galat-ditanya");
    await panel.locator("#statement-confirm").check();
    await panel.locator("#statement").click();
    await local
      .textOf(status())
      .toBe(`Tab '${PERNYATAAN}' dibuat: pernyataan telah direviu TW II, dengan 1 catatan terbuka.`);
    await expect.poll(() => panel.locator("#statement-galat").isVisible()).toBe(false);
    await expect.poll(() => local.tab(PERNYATAAN).count()).toBe(1);
    await local.openTab(PERNYATAAN);
    await local.textOf(local.cell("A1")).toBe("PERNYATAAN TELAH DIREVIU");
    await local
      .textOf(local.grid())
      .toMatch(
        /masih terdapat 1 catatan yang perlu diperbaiki \(tab Catatan Reviu\), selain \d+ galat pemeriksaan otomatis saat dikirim/,
      );
    await local.shot("pernyataan");
  });

  it("reopens TW II only with a reason, recorded below the earlier history rows", async () => {
    const before = await rowsOf(RIWAYAT);
    expect(before.map((r) => r[3])).toEqual(["Dikirim", "Diverifikasi", "Diverifikasi", "Pernyataan dibuat"]);
    // The sender reopens it.
    await local.asUser("Pengirim");
    await panel.locator("#reviewer summary").click();

    await panel.locator("#reopen").click();
    await local
      .textOf(status())
      .toBe("Tulis alasan membuka kembali, misalnya catatan reviewer yang diperbaiki.");
    await expect.poll(() => status().getAttribute("class")).toBe("error");
    await inView(status()).toBe(true);

    await panel.locator("#reopen-reason").fill(ALASAN_BUKA);
    await panel.locator("#reopen").click();
    await local
      .textOf(status())
      .toBe(
        `TW II dibuka kembali untuk perbaikan; tercatat di tab ${RIWAYAT}. Tab '${PERNYATAAN}' ditandai tidak berlaku lagi. Kirim lagi setelah selesai.`,
      );
    await inView(status()).toBe(true);

    const after = await rowsOf(RIWAYAT);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(before.length + 1);
    const last = after[after.length - 1];
    expect([last[0], last[2], last[3], last[8]]).toEqual(["5", "TW II", "Dibuka kembali", ALASAN_BUKA]);
    await local.shot("dibuka-kembali");

    // The statement made before no longer holds, says so on its face, and no new one is made.
    await local.openTab(PERNYATAAN);
    await local
      .textOf(local.cell("A4"))
      .toMatch(/^TIDAK BERLAKU LAGI: TW II dibuka kembali untuk perbaikan pada /);
    await local.shot("pernyataan-tidak-berlaku");
    await panel.locator("#statement").click();
    await local
      .textOf(status())
      .toMatch(
        /^Pernyataan tidak dibuat karena TW II dibuka kembali untuk perbaikan pada .* dan belum dikirim lagi/,
      );

    // Reopened, the bidang tab is no longer protected: the Dinas corrects the realisasi freely.
    await local.openTab(BIDANG);
    const realisasi = await local.cellOf(INDIKATOR, "T");
    await local.type(realisasi, "62,5");
    await local.textOf(page.locator("#status")).toBe(`Sel ${BIDANG}!${realisasi} diperbarui.`);
  });
});
