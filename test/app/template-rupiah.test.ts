/**
 * Trial 2, item 5: rupiah typed in the template's bidang tab as staff write it ("89,335,000",
 * "27,250,000", "Rp 310.500.000,-") is not refused by the tab's data validation (as the local grid
 * and Sheets apply it to typed text), and the add-on reads each as the amount it is.
 */
import { expect, it } from "vitest";
import { readWorkbook } from "../../src/app/plans";
import { buildTemplate } from "../../src/app/template";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { toNumber } from "../../src/core/numbers";
import type { PlanRow } from "../../src/core/plan";
import { createGas } from "../../src/emulator/facade";
import { parseInput } from "../../src/emulator/format";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { validationMessage } from "../../src/local/view";

it("accepts rupiah the add-on reads and reads it as the amount", () => {
  const wb = new MemoryWorkbook();
  const { port } = emulatedPort(wb);
  buildTemplate(port, { opd: "Dinas Transmigrasi", tahun: "2024", bidang: ["Bidang Penempatan"] });
  const tab = wb.getTab("Bidang Penempatan");
  const col = (field: string) => TEMPLATE_COLUMNS.findIndex((c) => c.field === field) + 1;
  const sheet = createGas(wb).SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Bidang Penempatan");
  const typed: [string, string, (r: PlanRow) => unknown, number][] = [
    ["pagu", "89,335,000", (r) => r.pagu, 89_335_000],
    ["realisasiAnggaranTw1", "27,250,000", (r) => r.realisasiAnggaranTw[0], 27_250_000],
    ["realisasiAnggaranTw2", "Rp 310.500.000,-", (r) => r.realisasiAnggaranTw[1], 310_500_000],
  ];
  sheet?.getRange(4, col("indikator")).setValue("Jumlah UPT yang dibina");
  sheet?.getRange(4, col("targetTahunan")).setValue(5);
  for (const [field, text] of typed) {
    const rule = tab.validation(4, col(field));
    const refused =
      rule && !rule.allowInvalid
        ? validationMessage(rule, parseInput(text, "Asia/Makassar").value ?? "")
        : null;
    expect(refused, `${field} ${text}`).toBeNull();
    sheet?.getRange(4, col(field)).setValue(text);
  }
  const plan = readWorkbook(port).plans.find((p) => p.tab === "Bidang Penempatan");
  const row = plan?.rows.find((r) => r.indikator);
  for (const [, , of, amount] of typed) expect(toNumber(of(row as PlanRow) as string)).toBe(amount);
});
