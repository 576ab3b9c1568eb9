/**
 * `npm start`'s grid speaks Indonesian when a formula goes wrong, as an id-ID Google Sheets does:
 * an unbalanced formula, an unknown function, an array that would spill over data, and a number
 * typed with thousands dots inside a formula each show their error value with one Indonesian
 * sentence, never the formula engine's English.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Local, openLocal, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/grid-errors.test.ts");

/** Words of HyperFormula's English messages (and of any English error text). */
const ENGLISH =
  /Parsing|Expecting|token|RParen|recognized|No space|array result|Function name|Error\b|Unknown/;

describe.skipIf(!runBrowserTests)("formula errors in the npm start grid", () => {
  let local: Local;

  beforeAll(async () => {
    local = await openLocal("grid-errors", "Pengaturan");
  });

  afterAll(async () => {
    await local?.close();
  });

  it("are said in Indonesian: unbalanced, unknown function, spill into data, thousands dots", async () => {
    const { cell, textOf, page } = local;
    const tip = (a1: string) => expect.poll(() => cell(a1).getAttribute("title"));

    await local.type("J30", "=SUM(1;2");
    await textOf(cell("J30")).toBe("#ERROR!");
    await tip("J30").toBe(
      '#ERROR! Kesalahan penguraian formula: 1 kurung buka "(" belum ditutup dengan ")".',
    );

    await local.type("J31", "=FOO(1)");
    await textOf(cell("J31")).toBe("#NAME?");
    await tip("J31").toBe("#NAME? Fungsi tidak dikenal: 'FOO'.");

    // CAPAIAN over three rows spills down from L30; L31 holds a person's text.
    await local.type("K30", "100");
    await local.type("K31", "90");
    await local.type("K32", "80");
    await local.type("L31", "catatan");
    await local.type("L30", "=CAPAIAN(K30:K32; K30:K32)");
    await textOf(cell("L30")).toBe("#REF!");
    await tip("L30").toBe(
      "#REF! Hasil array tidak diperluas karena akan menimpa data di sel di bawah atau di sebelah kanannya: kosongkan sel-sel itu agar hasilnya muat.",
    );
    await textOf(cell("L31")).toBe("catatan");

    // As in an id-ID Sheets, a formula takes no thousands dots: the cell says so, the formula bar
    // keeps what was typed (it used to show 1,852.283.616).
    await local.type("J33", "=CAPAIAN(1.852.283.616; 1)");
    await textOf(cell("J33")).toBe("#ERROR!");
    await tip("J33").toContain("angka 1.852.283.616 ditulis dengan titik ribuan");
    await cell("J33").click();
    await textOf(page.locator("#content")).toBe("=CAPAIAN(1.852.283.616; 1)");
    await local.shot("pesan");

    for (const a1 of ["J30", "J31", "L30", "J33"]) {
      const title = (await cell(a1).getAttribute("title")) ?? "";
      expect(title).not.toMatch(ENGLISH);
    }
    // Clearing the cell in the way spills the result again.
    await local.type("L31", "", "dblclick");
    await textOf(cell("L31")).toBe("100");
  });
});
