/**
 * Trial 1, item 1, in `npm start`'s grid as a person does it: "Tinggi" typed over one Kriteria
 * cell of the TW II evaluation tab blocks the column's spilled KRITERIA result (its first cell shows
 * #REF!, every other row's kriteria goes blank); selecting the cell and pressing Delete (hapus
 * isinya) brings every row's kriteria back, as Sheets spills a result again once the cells in its way
 * are empty (Custom Functions in Google Sheets, developers.google.com/apps-script/guides/sheets/functions).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { HEADER_ROW } from "../../src/core/evaluasi";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";
import { rowsOf } from "../utils/reviu";
import { type Local, openLocal, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/kriteria-hapus-isi.test.ts");

describe.skipIf(!runBrowserTests)(
  "a Kriteria cell typed over, then cleared with Delete, in the npm start grid",
  () => {
    let local: Local;
    const wb = demoWorkbook();
    let tab = "";
    let letter = "";
    let before: unknown[] = [];
    let typed = 0;
    const kriteria = () => rowsOf(wb, tab).map((line) => line[letter.charCodeAt(0) - 65]);

    beforeAll(async () => {
      tab = generateTriwulan(emulatedPort(wb).port, { tw: 2 }).tab;
      const header = rowsOf(wb, tab)[HEADER_ROW - 1].map(String);
      letter = String.fromCharCode(65 + header.indexOf("Kriteria"));
      before = kriteria();
      before.forEach((v, i) => {
        if (i >= HEADER_ROW && v === "Sangat Tinggi") typed = i + 1;
      });
      local = await openLocal("kriteria-hapus-isi", tab, wb);
    });

    afterAll(async () => {
      await local?.close();
    });

    it("blocks the column with #REF!, and Delete on the typed cell brings the whole column back", async () => {
      const { cell, textOf, page } = local;
      const origin = `${letter}${HEADER_ROW + 1}`;
      const target = `${letter}${typed}`;
      await local.type(target, "Tinggi");
      await textOf(cell(origin)).toBe("#REF!");
      await expect
        .poll(() => cell(origin).getAttribute("title"))
        .toMatch(/^#REF! Hasil array tidak diperluas/);
      expect(kriteria().filter((v) => v !== "")).toEqual(["Kriteria", "#REF!", "Tinggi"]);
      await local.shot("diketik");

      await cell(target).click();
      await page.keyboard.press("Delete");
      await textOf(cell(target)).toBe("Sangat Tinggi");
      await textOf(cell(origin)).toBe(String(before[HEADER_ROW]));
      expect(kriteria()).toEqual(before);
      await local.shot("dihapus");
    });
  },
);
