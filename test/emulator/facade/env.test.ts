import { describe, expect, it } from "vitest";
import { createGas } from "../../../src/emulator/facade";
import { MemoryWorkbook } from "../../../src/emulator/workbook";

/** Two executions over one workbook, as two sidebar calls close together. */
function twoExecutions() {
  const workbook = new MemoryWorkbook({ name: "Renaksi 2024" });
  workbook.addTab("Sheet1");
  const a = createGas(workbook, { user: "a@example.go.id" });
  const b = createGas(workbook, { user: "b@example.go.id" });
  const sheet = (g: typeof a) => g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  return { workbook, a, b, sheet };
}

describe("writes under the document lock land at flush, as Sheets bundles them", () => {
  it("an unflushed block of values and formulas, partly beyond the data, is undone for the next holder and lands again whole", () => {
    const { a, b, sheet } = twoExecutions();
    sheet(a)
      .getRange("A1:B2")
      .setValues([
        [2, "=A1*10"],
        [3, "=A2*10"],
      ]);
    const lockA = a.LockService.getDocumentLock();
    lockA.waitLock(1000);
    // Over the data (B1:B2) and beyond it (C1:C3, row 3): what was there comes back for B.
    sheet(a)
      .getRange("B1:C3")
      .setValues([
        ["=A1*100", "teks"],
        ["=SUM(A1:A2)", 7],
        ["", "=B1+1"],
      ]);
    lockA.releaseLock();
    const lockB = b.LockService.getDocumentLock();
    lockB.waitLock(1000);
    expect(sheet(b).getRange("A1:C3").getValues()).toEqual([
      [2, 20, ""],
      [3, 30, ""],
      ["", "", ""],
    ]);
    expect(sheet(b).getRange("B1:B2").getFormulas()).toEqual([["=A1*10"], ["=A2*10"]]);
    lockB.releaseLock();
    a.end();
    expect(sheet(b).getRange("A1:C3").getValues()).toEqual([
      [2, 200, "teks"],
      [3, 5, 7],
      ["", "", 201],
    ]);
    expect(sheet(b).getRange("B1:C3").getFormulas()).toEqual([
      ["=A1*100", ""],
      ["=SUM(A1:A2)", ""],
      ["", "=B1+1"],
    ]);
  });

  it("an unflushed clear is undone for the next holder and clears again at the end of its execution", () => {
    const { a, b, sheet } = twoExecutions();
    sheet(a)
      .getRange("A1:B1")
      .setValues([[4, "=A1+1"]]);
    const lockA = a.LockService.getDocumentLock();
    lockA.waitLock(1000);
    sheet(a).getRange("A1:B1").clearContent();
    lockA.releaseLock();
    b.LockService.getDocumentLock().waitLock(1000);
    expect(sheet(b).getRange("A1:B1").getValues()).toEqual([[4, 5]]);
    a.end();
    expect(sheet(b).getRange("A1:B1").getValues()).toEqual([["", ""]]);
  });
});
