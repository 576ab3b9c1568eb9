/**
 * `npm start`'s grid speaks Indonesian when a formula goes wrong, as an id-ID Google Sheets does:
 * an unbalanced formula, an unknown function, an array that would spill over data, and a number
 * typed with thousands dots inside a formula each show their error value with one Indonesian
 * sentence, never the formula engine's English.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoWorkbook } from "../../src/emulator/demo";
import { type Local, openLocal, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/grid-errors.test.ts");

/** Words of HyperFormula's English messages (and of any English error text). */
const ENGLISH =
  /Parsing|Expecting|token|RParen|recognized|No space|array result|Function name|Error\b|Unknown/;

describe.skipIf(!runBrowserTests)("formula errors in the npm start grid", () => {
  let local: Local;

  beforeAll(async () => {
    // Pengaturan as a small .xlsx brings it: 36 rows, so typing in row 38 adds rows first
    // (Sheet.insertRowsAfter), as Sheets' "add more rows" does.
    const workbook = demoWorkbook();
    workbook.getTab("Pengaturan").maxRows = 36;
    local = await openLocal("grid-errors", "Pengaturan", workbook);
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

  it("survive hostile input: a circular ARRAYFORMULA, a tab renamed away, rows added while a spill waits, 1/0, a formula typed into a spill, a formula reading an unparsable one, text over Sheets' limit", async () => {
    const { cell, textOf, page } = local;
    const tip = (a1: string) => expect.poll(() => cell(a1).getAttribute("title"));

    // A circular reference: #REF! in the formula cell only, as Sheets ("Circular dependency detected").
    await local.type("G34", "=ARRAYFORMULA(G34:G36*2)");
    await textOf(cell("G34")).toBe("#REF!");
    await tip("G34").toBe(
      "#REF! Dependensi melingkar terdeteksi: rumus ini merujuk ke dirinya sendiri, langsung atau lewat sel lain.",
    );
    await textOf(cell("G35")).toBe("");

    // K30:K32 hold 100, 90, 80 (typed above). An array result blocked by a value, then a formula naming a tab that no longer exists typed
    // over it; then a value typed below the tab's last row adds rows and tries the spill again
    // (HyperFormula stopped there with "There's no sheet with id").
    await local.type("H35", "x");
    await local.type("H34", "=ARRAYFORMULA(K30:K32*1)");
    await textOf(cell("H34")).toBe("#REF!");
    await local.type("H34", "='Lama'!B1+1");
    await textOf(cell("H34")).toBe("#REF!");
    await tip("H34").toBe("#REF! Tab yang dirujuk tidak ada: periksa nama tabnya.");
    await local.type("I38", "sesudah");
    await textOf(cell("I38")).toBe("sesudah");
    await local.type("H34", "=ARRAYFORMULA(K30:K32*1)");
    await textOf(cell("H34")).toBe("#REF!");
    await local.type("H35", "", "dblclick");
    await textOf(cell("H36")).toBe("80");

    await local.type("I34", "=1/0");
    await textOf(cell("I34")).toBe("#DIV/0!");
    await tip("I34").toBe("#DIV/0! Pembagian dengan nol: pembaginya 0 atau sel kosong.");

    // A formula typed into a spilled result blocks it; the formula's own value shows.
    await local.type("J34", "=ARRAYFORMULA(K30:K32*1)");
    await textOf(cell("J36")).toBe("80");
    await local.type("J35", "=2+2");
    await textOf(cell("J35")).toBe("4");
    await textOf(cell("J34")).toBe("#REF!");
    await tip("J34").toContain("#REF! Hasil array tidak diperluas");

    // A sound formula reading the unbalanced J30 names J30 to fix, not its own syntax.
    await local.type("K35", "=J30*2");
    await textOf(cell("K35")).toBe("#ERROR!");
    await tip("K35").toBe(
      "#ERROR! Sel J30 yang dirujuk rumus ini berisi rumus yang tidak dapat diurai: perbaiki rumus di sel itu.",
    );

    // More than the 50.000 characters a Sheets cell holds: refused in one Indonesian sentence.
    await cell("K34").click();
    await page.keyboard.type("a");
    await page.locator("#grid td.editing input").fill("a".repeat(50_001));
    await page.keyboard.press("Enter");
    await textOf(page.locator("#status")).toBe("Isi sel terlalu panjang (paling banyak 50000 huruf).");
    await page.keyboard.press("Escape");
    await textOf(cell("K34")).toBe("");
    await local.shot("hostile");

    for (const a1 of ["G34", "H34", "I34", "J34", "J35", "I38", "K35"]) {
      const title = (await cell(a1).getAttribute("title")) ?? "";
      expect(title).not.toMatch(ENGLISH);
    }
    expect(await page.locator("#status").textContent()).not.toMatch(ENGLISH);
  });
});
