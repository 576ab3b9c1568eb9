/**
 * `npm start` in Chromium, as the trial did it: "61,68%" typed into the realisasi TW I of
 * "Persentase Warga Transmigran Mandiri" (target 63,57) is stored 0,6168 in a cell formatted as
 * percent; Buat tab Triwulan from the real panel shows the reference LAKIP's 97,03 and says in
 * Keterangan that it read 61,68 from a percent-formatted cell. Screenshot to test-results/.
 */
import { afterAll, beforeAll, describe, it } from "vitest";
import { columnLetter } from "../../src/core/a1";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { type Local, openLocal, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/persen.test.ts");

const INDIKATOR = "Persentase Warga Transmigran Mandiri";
const letter = (field: string) => columnLetter(TEMPLATE_COLUMNS.findIndex((c) => c.field === field) + 1);

describe.skipIf(!runBrowserTests)("a realisasi typed with % in npm start", () => {
  let local: Local;

  beforeAll(async () => {
    local = await openLocal("persen", "Bidang Transmigrasi");
  });

  afterAll(async () => {
    await local?.close();
  });

  it("computes 97,03 in the evaluation tab and says it read 61,68 from a percent-formatted cell", async () => {
    const { page, panel, textOf, cell } = local;
    const at = await local.cellOf(INDIKATOR, letter("realisasiTw1"));
    await local.type(at, "61,68%");
    // The sheet shows what was typed, as Sheets does: the percent format it gave the cell.
    await textOf(cell(at)).toBe("61,68%");
    await panel.locator("#tw").selectOption("1");
    await panel.locator("#make-tw").click();
    await textOf(panel.locator("#status")).toContain("Tab 'Evaluasi TW I 2024' dibuat");
    // The status can come before the grid has drawn the new tab: find the row in that tab only.
    await local.openTab("Evaluasi TW I 2024");
    const capaian = await local.cellOf(INDIKATOR, "O");
    await textOf(cell(capaian)).toBe("97,03");
    const keterangan = await local.cellOf(INDIKATOR, "Q");
    await textOf(cell(keterangan)).toContain("sel % dibaca dalam poin");
    await textOf(cell(await local.cellOf(INDIKATOR, "K"))).toBe("61,68");
    await cell(capaian).click();
    await textOf(page.locator("#content")).toMatch(/^97,02689/);
    await local.shot("evaluasi");
  });
});
