/**
 * The local grid's formula bar shows a number as Sheets does: at most 15 significant digits, so the
 * float noise of a sum (42,50000000000001 for 100 − 57,49999999999999) reads 42,5.
 */
import { expect, it } from "vitest";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { sheetView } from "../../src/local/view";

it("shows 15 significant digits in the formula bar, the typed number whole", () => {
  const wb = new MemoryWorkbook({ name: "angka" });
  const tab = wb.addTab("Angka");
  wb.write(tab, 1, 1, [[0.1 + 0.2, 100 - 57.49999999999999, 1852283616, 63.57, 1 / 3]]);
  const [row] = sheetView(wb, tab).cells;
  const bar = row.slice(0, 5).map((c) => c?.e ?? c?.t);
  expect(bar).toEqual(["0,3", "42,5", "1852283616", "63,57", "0,333333333333333"]);
});
