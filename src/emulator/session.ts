import type { WorkbookPort } from "../app/port";
import { CAPAIAN, EFISIENSI, KRITERIA } from "../core/functions";
import { SheetsPort } from "../gas/sheetsPort";
import { createGas, type Gas, type GasOptions } from "./facade";
import type { MemoryWorkbook } from "./workbook";

/**
 * The use cases on an emulated spreadsheet, without the built bundle: the same SheetsPort the
 * add-on uses in Sheets, over the SpreadsheetApp facade, with the core's custom functions in the
 * formula engine. This is what the CLI runs.
 */
export function emulatedPort(
  workbook: MemoryWorkbook,
  options: GasOptions = {},
): { port: WorkbookPort; gas: Gas } {
  workbook.setCustomFunctions({ CAPAIAN, KRITERIA, EFISIENSI });
  const gas = createGas(workbook, options);
  // The facade implements the Sheets surface SheetsPort calls (src/gas/surface.ts): no cast.
  return { port: new SheetsPort(gas.SpreadsheetApp, gas.LockService, gas.Session), gas };
}
