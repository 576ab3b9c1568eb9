import { describe, expect, it } from "vitest";
import { periksa } from "../../src/app/periksa";
import type { CellValue } from "../../src/core/cells";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { BAPPEDA_IKK } from "../fixtures/layouts";

const E = "";
// Trial 7 #23/#24: the Bappeda's one-row header of short forms, its three indicators and an eselon total.
const TOTAL: CellValue[] = [
  E,
  E,
  "TOTAL ESELON IV",
  E,
  E,
  E,
  E,
  E,
  E,
  1580000000,
  E,
  E,
  E,
  E,
  270000000,
  585000000,
  E,
];

function checked(rows: CellValue[][]) {
  const wb = new MemoryWorkbook();
  wb.write(wb.addTab("Bappeda"), 1, 1, rows);
  return periksa(emulatedPort(wb).port, { writeReport: false });
}

describe("Periksa on a Bappeda tab of IKK, Trg and Rls columns (trial 7 #24, #23)", () => {
  it.each([
    ["without a total row", BAPPEDA_IKK],
    ["with a TOTAL ESELON IV row under it", [...BAPPEDA_IKK, TOTAL]],
  ])("checks its three indicators %s, and never asks a total row's target", (_, rows) => {
    const r = checked(rows);
    expect(r.summary.indicators).toBe(3);
    expect(r.findings.filter((f) => /TOTAL ESELON/i.test(JSON.stringify(f)))).toEqual([]);
  });
});
