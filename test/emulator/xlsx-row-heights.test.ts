import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { loadXlsx, xlsxBuffer } from "../../src/emulator/xlsx";

describe("saving row heights", () => {
  // More heights than a function call takes arguments (a spread of them threw "Maximum call stack").
  it("saves a tab whose 130.000 rows each have a height", async () => {
    const workbook = new MemoryWorkbook();
    const tab = workbook.addTab("Evaluasi TW I");
    for (let r = 1; r <= 130_000; r++) tab.rowHeights.set(r, 42);
    workbook.write(tab, 130_000, 1, [["Catatan terakhir"]]);
    const again = await loadXlsx(await xlsxBuffer(workbook));
    expect(again.tabs()[0].rowHeights.get(130_000)).toBe(42);
  }, 120_000);
});
