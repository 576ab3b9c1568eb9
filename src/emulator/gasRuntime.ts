/**
 * Runs the built Apps Script bundle the way Apps Script loads it: one script, no module system, in a
 * fresh global scope whose globals are the facade's services. Top-level `function` declarations
 * become properties of the returned context.
 */
import vm from "node:vm";
import type { CellValue } from "../app/port";
import type { Gas } from "./facade";
import { isDate } from "./format";
import { CUSTOM_FUNCTION_NAMES, type MemoryWorkbook, type SheetArg, type SheetFn } from "./workbook";

export type GasContext = vm.Context & Record<string, unknown>;

export function loadBundle(code: string, gas: Gas, filename = "Code.gs"): GasContext {
  const context = vm.createContext({ ...gas.globals(), console }) as GasContext;
  // Errors and Dates the facade hands to the bundle must be the bundle's own (instanceof works).
  gas.setRealm(vm.runInContext("({ Error, Date })", context));
  vm.runInContext(code, context, { filename });
  return context;
}

/** Makes the workbook's CAPAIAN / KRITERIA / EFISIENSI call the bundle's global functions. */
export function bindCustomFunctions(workbook: MemoryWorkbook, context: GasContext): void {
  const RealmDate = vm.runInContext("Date", context) as DateConstructor;
  const toRealm = <T extends CellValue | null>(v: T): T | Date =>
    isDate(v) ? new RealmDate(v.getTime()) : v;
  const map: Record<string, SheetFn> = {};
  for (const name of CUSTOM_FUNCTION_NAMES) {
    const fn = context[name];
    if (typeof fn !== "function") continue;
    map[name] = (...args: SheetArg[]) =>
      fn(...args.map((a) => (Array.isArray(a) ? a.map((row) => row.map(toRealm)) : toRealm(a))));
  }
  workbook.setCustomFunctions(map);
}
