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
  // The facade implements the documented subset of SpreadsheetApp that SheetsPort calls.
  const app = gas.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const lock = gas.LockService as unknown as GoogleAppsScript.Lock.LockService;
  const session = gas.Session as unknown as GoogleAppsScript.Base.Session;
  return { port: new SheetsPort(app, lock, session), gas };
}
