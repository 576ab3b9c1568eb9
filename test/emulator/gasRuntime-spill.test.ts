/**
 * Trial 1, item 1, end to end through the built add-on on the SpreadsheetApp facade: a reviewer
 * types "Tinggi" over a Kriteria cell of the evaluation tab, which blocks the column's KRITERIA
 * result (#REF!, every other row blank) and Periksa names the cell; the staff member clears the cell
 * (hapus isinya: Range.clearContent, what the Delete key does) and the whole column comes back, as
 * in Sheets ("the values overflow into adjacent cells as long as those cells are empty": Custom
 * Functions in Google Sheets, developers.google.com/apps-script/guides/sheets/functions).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../src/app/port";
import { HEADER_ROW } from "../../src/core/evaluasi";
import { createGas } from "../../src/emulator/facade";
import { bindCustomFunctions, loadBundle } from "../../src/emulator/gasRuntime";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { panelCheck } from "../utils/panel";

const code = readFileSync(join(__dirname, "../../build/Code.js"), "utf8");

interface Answer {
  ok: boolean;
  data: { tab?: string };
}

function addon() {
  const wb = transmigrasiWorkbook();
  const gas = createGas(wb, { files: {} });
  const ctx = loadBundle(code, gas);
  // The evaluation tab's KRITERIA is the bundle's own custom function, as in Sheets.
  bindCustomFunctions(wb, ctx);
  const api = (name: string, args: unknown) =>
    (ctx as unknown as { api(n: string, a: unknown): Answer }).api(name, args);
  return { wb, gas, api };
}

describe("a Kriteria cell typed over and cleared again (trial 1, item 1), through the built bundle", () => {
  it("blocks the column with #REF! and a Periksa galat, and clearing the cell brings every row's kriteria back", () => {
    const { wb, gas, api } = addon();
    const made = api("createTriwulan", { tw: 1 });
    expect(made.ok).toBe(true);
    const tabName = made.data.tab as string;
    const sheet = gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tabName);
    if (!sheet) throw new Error(`no tab ${tabName}`);
    const header = sheet.getRange(HEADER_ROW, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
    const col = header.indexOf("Kriteria") + 1;
    const first = HEADER_ROW + 1;
    const kriteria = (): CellValue[] =>
      sheet
        .getRange(first, col, sheet.getLastRow() - HEADER_ROW, 1)
        .getValues()
        .flat();
    const before = kriteria();
    const rated = before.map((v, i) => (v !== "" ? first + i : 0)).filter(Boolean);
    expect(rated.length).toBeGreaterThan(2);
    const formula = sheet.getRange(first, col).getFormula();
    expect(formula).toMatch(/^=ARRAYFORMULA\(.*KRITERIA\(/);

    // The reviewer types "Tinggi" over the last rated row's Kriteria.
    const typed = rated[rated.length - 1];
    sheet.getRange(typed, col).setValue("Tinggi");
    const blocked = kriteria();
    expect(blocked[0]).toBe("#REF!");
    expect(blocked.filter((v) => v !== "")).toEqual(["#REF!", "Tinggi"]);
    expect(wb.cellError(wb.getTab(tabName), first, col)?.message).toMatch(/^Hasil array tidak diperluas/);
    const letter = String.fromCharCode(64 + col);
    const check = panelCheck(api, 1);
    expect(check.findings).toContainEqual(
      expect.objectContaining({ rule: "evaluasi-hitungan", sheet: tabName, cell: `${letter}${typed}` }),
    );

    // The staff member clears the cell (hapus isinya).
    sheet.getRange(typed, col).clearContent();
    expect(kriteria()).toEqual(before);
    expect(sheet.getRange(first, col).getFormula()).toBe(formula);
    const again = panelCheck(api, 1);
    expect(again.findings.filter((f) => f.rule === "evaluasi-hitungan")).toEqual([]);
  });
});
