/**
 * The local run (issue 18): a row a person inserted under an indicator of the TW II tab (in Sheets;
 * the local grid has no "insert row", so the workbook arrives with it) stays under that indicator
 * when the real sidebar's "Buat tab Triwulan" runs again, the panel says so, and the Ringkasan
 * counts as before. Screenshots go to test-results/.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";
import { rowsOf } from "../utils/reviu";
import { type Local, openLocal, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/person-rows.test.ts");

const EVALUASI = "Evaluasi TW II 2024";
const RINGKASAN = "Ringkasan TW II 2024";
const MOU = "Jumlah MoU yang direalisasikan";
const CATATAN = "Catatan rapat 3 Juli: MoU kedua menunggu DPRD";

describe.skipIf(!runBrowserTests)("a person's row inside the TW II table in Chromium", () => {
  let local: Local;
  let summaryBefore: unknown[][];
  let workbook: ReturnType<typeof demoWorkbook>;

  beforeAll(async () => {
    const wb = demoWorkbook();
    const { port } = emulatedPort(wb);
    generateTriwulan(port, { tw: 2 });
    summaryBefore = rowsOf(wb, RINGKASAN).slice(5, 11);
    const rows = rowsOf(wb, EVALUASI);
    const header = rows[4].map(String);
    const at = rows.findIndex((r) => r[header.indexOf("Indikator")] === MOU) + 2;
    wb.insertRowsAfter(wb.getTab(EVALUASI), at - 1, 1);
    wb.write(wb.getTab(EVALUASI), at, header.indexOf("Sasaran / Program / Kegiatan / Sub Kegiatan") + 1, [
      [CATATAN],
    ]);
    workbook = wb;
    local = await openLocal("baris-sisipan", EVALUASI, wb);
  });

  afterAll(async () => {
    await local?.close();
  });

  it("stays under its indicator after Buat tab Triwulan, said so in the panel", async () => {
    const { panel, textOf, page } = local;
    await panel.locator("#tw").selectOption("2");
    await panel.locator("#make-tw").click();
    await textOf(panel.locator("#status")).toContain(`Tab '${EVALUASI}' diperbarui`);
    const status = (await panel.locator("#status").textContent()) ?? "";
    expect(status).toMatch(
      /1 baris yang Anda sisipkan di dalam tabel tetap di bawah indikator \(atau baris BIDANG\) di atasnya \(sekarang baris \d+\)/,
    );
    expect(status).toContain("tidak ada isian yang hilang");
    await local.openTab(EVALUASI);
    const rowOf = (text: string) =>
      page
        .locator("#grid td[data-cell]")
        .filter({ hasText: new RegExp(`^${text}$`) })
        .first()
        .getAttribute("data-r");
    const [mou, catatan] = [Number(await rowOf(MOU)), Number(await rowOf(CATATAN))];
    expect(catatan).toBe(mou + 1);
    await local.cell(`C${catatan}`).scrollIntoViewIfNeeded();
    await local.shot("evaluasi");
    await local.openTab(RINGKASAN);
    await local.shot("ringkasan");
    // The same counts, averages and budget as before the row was inserted (the served workbook).
    expect(rowsOf(workbook, RINGKASAN).slice(5, 11)).toEqual(summaryBefore);
  });
});
