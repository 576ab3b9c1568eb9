/**
 * Cara dibaca on a Dinas PUPR whose kode is split over five columns under words the reader does not
 * know ("Nomor Rekening" over U | BU | P | K | SK): "Kode (bagian)" on column A asks up to which column
 * the kode goes (E by default) and saves the five parts in one action; "otomatis (hapus koreksi)" on
 * any part takes them all away, and the tab reads as guessed again. Screenshots:
 * test-results/reading-kode-*.png.
 */
import type { Frame } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { KODE_TERPECAH } from "../fixtures/layouts";
import { type Local, openLocal, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/reading-kode.test.ts");

const TAB = "Eselon IV";

function pupr(): MemoryWorkbook {
  const values = KODE_TERPECAH.map((r) => [...r]);
  values[1][0] = "Nomor Rekening";
  values[2].splice(0, 5, "U", "BU", "P", "K", "SK");
  const wb = new MemoryWorkbook();
  wb.write(wb.addTab(TAB), 1, 1, values);
  return wb;
}

describe.skipIf(!runBrowserTests)("Cara dibaca: a split kode, in Chromium", () => {
  let local: Local | undefined;
  afterEach(async () => {
    await local?.close();
    local = undefined;
  });
  const column = (panel: Frame, letter: string) => panel.locator(`select[id="baca-${letter}-${TAB}"]`);

  it("saves A–E as one kode in one action, and 'otomatis' takes the five parts away", async () => {
    local = await openLocal("reading-kode", TAB, pupr());
    const { panel } = local;
    const reading = panel.locator(`details.reading[data-tab="${TAB}"]`);
    await reading.locator(":scope > summary").click();

    await column(panel, "A").selectOption("Kode (bagian)");
    const until = panel.locator(`select[id="kode-sampai-A-${TAB}"]`);
    expect(await until.inputValue()).toBe("4");
    await local.shot("pilih");
    await panel.getByRole("button", { name: "Simpan sebagai satu kode" }).click();
    await local
      .textOf(panel.locator("#status"))
      .toBe(
        `Koreksi disimpan di tab Pengaturan: kolom A–E tab '${TAB}' dibaca sebagai Kode (bagian). Semua perintah memakai pembacaan ini.`,
      );
    await expect.poll(() => reading.getAttribute("open")).toBe("");
    await expect
      .poll(() => column(panel, "C").locator("option:checked").textContent())
      .toBe("Kode (bagian 3 dari 5)");
    await local.shot("satu-kode");

    await column(panel, "C").selectOption("otomatis");
    await local
      .textOf(panel.locator("#status"))
      .toBe(
        `Koreksi disimpan di tab Pengaturan: kolom A–E tab '${TAB}' dibaca otomatis lagi. Semua perintah memakai pembacaan ini.`,
      );
    // As guessed: unused, unsure ("belum pasti: pilih artinya").
    await expect.poll(() => column(panel, "A").inputValue()).toBe("__tetap");
    expect(await column(panel, "A").locator("option[value='otomatis']").count()).toBe(0);
  });
});
