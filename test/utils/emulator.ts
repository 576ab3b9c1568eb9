/** A one-tab emulated spreadsheet and the SpreadsheetApp facade over it, as the emulator tests use. */
import { createGas } from "../../src/emulator/facade";
import { MemoryWorkbook } from "../../src/emulator/workbook";

export function setup(options?: Parameters<typeof createGas>[1]) {
  const workbook = new MemoryWorkbook({ name: "Renaksi 2024" });
  workbook.addTab("Sheet1");
  const gas = createGas(workbook, options);
  const ss = gas.SpreadsheetApp.getActiveSpreadsheet();
  return { workbook, gas, ss, sheet: ss.getSheets()[0] };
}
