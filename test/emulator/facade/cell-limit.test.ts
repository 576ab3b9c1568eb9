/**
 * Sheets holds at most 50.000 characters in one cell: a longer value or formula written through
 * setValue(s) / setFormula(s) raises Sheets' exception ("Your input contains more than the maximum
 * of 50000 characters in a single cell."), and nothing of that write lands. The emulator enforces
 * it, so what would fail in Google Sheets fails in the tests, the CLI and `npm start` too.
 */
import { describe, expect, it } from "vitest";
import { createGas } from "../../../src/emulator/facade";
import { MemoryWorkbook } from "../../../src/emulator/workbook";

const MESSAGE = "Your input contains more than the maximum of 50000 characters in a single cell.";

function sheet(language?: "en" | "id") {
  const workbook = new MemoryWorkbook({ name: "Renaksi 2024" });
  workbook.addTab("Sheet1");
  const gas = createGas(workbook, { user: "a@example.go.id", ...(language ? { language } : {}) });
  return gas.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
}

describe("a cell holds at most 50.000 characters", () => {
  it("50.000 characters are written whole; one more is refused with Sheets' message, in every write method", () => {
    const s = sheet();
    s.getRange("A1").setValue("x".repeat(50_000));
    expect(String(s.getRange("A1").getValue())).toHaveLength(50_000);
    const long = "y".repeat(50_001);
    expect(() => s.getRange("B1").setValue(long)).toThrow(MESSAGE);
    expect(() => s.getRange("B1:C1").setValues([["kecil", long]])).toThrow(MESSAGE);
    expect(() => s.getRange("B1").setFormula(`="${"z".repeat(49_998)}"`)).toThrow(MESSAGE);
    expect(() => s.getRange("B1:B2").setFormulas([["=1"], [`="${"z".repeat(49_998)}"`]])).toThrow(MESSAGE);
    // Nothing of a refused block lands, not even its short cells.
    expect(s.getRange("B1:C2").getValues()).toEqual([
      ["", ""],
      ["", ""],
    ]);
  });

  it("numbers, dates and short texts beside it are unaffected; the limit is per cell, not per write", () => {
    const s = sheet();
    const part = "a".repeat(40_000);
    s.getRange("A1:C1").setValues([[part, part, 12.5]]);
    expect(
      s
        .getRange("A1:C1")
        .getValues()[0]
        .map((v) => String(v).length),
    ).toEqual([40_000, 40_000, 4]);
  });

  it("an Indonesian account gets the exception in Indonesian", () => {
    expect(() => sheet("id").getRange("A1").setValue("x".repeat(50_001))).toThrow(
      "Input Anda berisi lebih dari maksimum 50000 karakter dalam satu sel.",
    );
  });
});
