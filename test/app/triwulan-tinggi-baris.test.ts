/**
 * Row heights a person set in the evaluation tab go with their rows when "Buat tab Triwulan" runs
 * again and rows shift (issue 18: a person's formats, row height included, were reset). Apps Script
 * has only `getRowHeight`, one row per call (Class Sheet), so heights are never read: the sheet's
 * rows are inserted and deleted before the tab is written, and each row carries its own height and
 * formats; a new row has Sheets' default height and formats; a row that moves on its own (to the
 * "tidak ada lagi di rencana" section) is named in the message, since its height stays behind.
 */
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { emulatedPort } from "../../src/emulator/session";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { TEMPLATE_TRANSMIGRASI_TAB } from "../fixtures/plans";
import { rowsOf } from "../utils/reviu";

const TAB = "Evaluasi TW I 2024";

function office() {
  const wb = transmigrasiWorkbook();
  const { port, gas } = emulatedPort(wb);
  generateTriwulan(port, { tw: 1 });
  const sheet = gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(TAB);
  if (!sheet) throw new Error("no tab");
  const header = rowsOf(wb, TAB)[4].map(String);
  const col = (h: string) => header.findIndex((x) => x.startsWith(h)) + 1;
  const rowOf = (name: string) => rowsOf(wb, TAB).findIndex((r) => r[col("Indikator") - 1] === name) + 1;
  const names = rowsOf(wb, TAB)
    .map((r) => String(r[col("Indikator") - 1] ?? ""))
    .filter((n, i) => i > 4 && n !== "");
  const plan = wb.getTab(TEMPLATE_TRANSMIGRASI_TAB);
  const planCol = (h: string) => TEMPLATE_COLUMNS.findIndex((c) => c.header === h) + 1;
  return { wb, port, gas, sheet, col, rowOf, names, plan, planCol };
}

describe("row heights in the evaluation tab", () => {
  it("move with their rows when the plan gains an indicator; the new row has Sheets' default", () => {
    const { wb, port, gas, sheet, col, rowOf, names, plan, planCol } = office();
    const [first, last] = [names[0], names[names.length - 1]];
    const [r1, r2] = [rowOf(first), rowOf(last)];
    sheet.setRowHeight(r1, 64).setRowHeight(r2, 40);
    sheet.getRange(r1, col("Faktor pendorong")).setBackground("#ffcdd2");
    // A new indicator at the top of the plan: every row of the table moves down.
    wb.insertRowsAfter(plan, 1, 1);
    wb.write(plan, 2, planCol("Indikator"), [["Jumlah MoU yang direalisasikan"]]);
    wb.write(plan, 2, planCol("Target Tahunan"), [[3]]);
    gas.calls.reset();
    const grown = generateTriwulan(port, { tw: 1 });
    // One step: the row inserted, its height and its formats given back (4 Sheets calls).
    const by = gas.calls.byMethod;
    expect([by["Sheet.insertRowsAfter"], by["Sheet.setRowHeights"], by["Range.clearFormat"]]).toEqual([
      1, 1, 1,
    ]);
    const added = rowOf("Jumlah MoU yang direalisasikan");
    expect(rowOf(first)).toBeGreaterThan(r1);
    expect(sheet.getRowHeight(rowOf(first))).toBe(64);
    expect(sheet.getRowHeight(rowOf(last))).toBe(40);
    expect(sheet.getRange(rowOf(first), col("Faktor pendorong")).getBackground()).toBe("#ffcdd2");
    // The new row takes nothing of its neighbour's.
    expect(sheet.getRowHeight(added)).toBe(21);
    expect(sheet.getRange(added, col("Faktor pendorong")).getBackground()).not.toBe("#ffcdd2");
    expect(grown.message).not.toContain("tinggi baris");
  });

  it("say which row's height stayed behind when an indicator leaves the plan and moves below", () => {
    const { wb, port, sheet, col, rowOf, names, plan, planCol } = office();
    const [gone, after] = [names[1], names[2]];
    const r = rowOf(after);
    sheet.setRowHeight(r, 50);
    sheet.getRange(rowOf(gone), col("Faktor pendorong")).setValue("Lahan belum bersertifikat");
    const planRow =
      rowsOf(wb, TEMPLATE_TRANSMIGRASI_TAB).findIndex((x) => x[planCol("Indikator") - 1] === gone) + 1;
    wb.deleteRows(plan, planRow, 1);
    const shrunk = generateTriwulan(port, { tw: 1 });
    expect(rowOf(after)).toBe(r - 1);
    expect(sheet.getRowHeight(r - 1)).toBe(50);
    const now = rowOf(gone);
    expect(now).toBeGreaterThan(r);
    expect(shrunk.message).toContain(`1 baris pindah letak (sekarang baris ${now})`);
  });
});
