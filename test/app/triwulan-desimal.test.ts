/**
 * Trial 5 #13: "61,68%" pasted into a realisasi after a first "Buat tab Triwulan" showed 61,7 in the
 * rebuilt evaluation tab while its capaian used 61,68: the first run's "#,##0.0" was kept as if a
 * person had chosen it. The rebuilt tab shows the figures with the decimals they are typed with.
 */
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { RENSTRA_PER_TAHUN } from "../fixtures/layouts";

const TAB = "Bina Marga";
const EVAL = "Evaluasi TW II 2026";

describe("the decimals shown after a realisasi is pasted and the tab rebuilt", () => {
  // Z7: realisasi TW II of "Persentase jalan kabupaten kondisi mantap" (target TW II 68).
  it.each([
    // The indicator's most precise figure, at most two decimals (69,2 beside a typed 62).
    ["61,68%", "61,68"],
    ["61,685", "61,69"],
    ["62", "62,0"],
  ])("%s pasted into Z7 → Realisasi TW II shows %s", (pasted, shown) => {
    const wb = new MemoryWorkbook({ name: "DPUPR" });
    wb.write(wb.addTab(TAB), 1, 1, RENSTRA_PER_TAHUN);
    const { port, gas } = emulatedPort(wb);
    generateTriwulan(port, { tw: 2, tahun: "2026" });
    const plan = gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(TAB);
    plan?.getRange(7, 26).setValue(pasted);
    generateTriwulan(port, { tw: 2, tahun: "2026" });
    const sheet = gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(EVAL);
    const header = sheet?.getRange(5, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
    const names =
      sheet
        ?.getRange(6, header.indexOf("Indikator") + 1, 10, 1)
        .getValues()
        .flat() ?? [];
    const row = 6 + names.indexOf("Persentase jalan kabupaten kondisi mantap");
    for (const h of ["Realisasi TW II", "Realisasi s.d. TW II"])
      expect(sheet?.getRange(row, header.indexOf(h) + 1).getDisplayValue()).toBe(shown);
  });

  it("keeps a person's whole-number format on a capaian column through the rebuild (review 6: it was reset)", () => {
    const wb = new MemoryWorkbook({ name: "DPUPR" });
    wb.write(wb.addTab(TAB), 1, 1, RENSTRA_PER_TAHUN);
    const { port, gas } = emulatedPort(wb);
    generateTriwulan(port, { tw: 2, tahun: "2026" });
    const sheet = () => gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(EVAL);
    const header =
      sheet()
        ?.getRange(5, 1, 1, sheet()?.getLastColumn() ?? 1)
        .getValues()[0] ?? [];
    const col = header.indexOf("Capaian s.d. TW II (%)") + 1;
    expect(col).toBeGreaterThan(0);
    sheet()?.getRange(6, col, 10, 1).setNumberFormat("#,##0");
    generateTriwulan(port, { tw: 2, tahun: "2026" });
    expect(sheet()?.getRange(7, col).getNumberFormat()).toBe("#,##0");
  });
});
