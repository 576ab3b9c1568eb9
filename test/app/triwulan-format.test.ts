/**
 * A person's formats in the evaluation tab survive "Buat tab Triwulan" run again: fills, number
 * formats, font colours and sizes follow their cells (also when the plan grows and rows shift),
 * column widths stay, and the message says what it keeps.
 */
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { emulatedPort } from "../../src/emulator/session";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { TEMPLATE_TRANSMIGRASI_TAB } from "../fixtures/plans";
import { rowsOf } from "../utils/reviu";

const TAB = "Evaluasi TW I 2024";
const INDIKATOR = "Persentase Warga Transmigran Mandiri";

describe("a person's formats in the evaluation tab", () => {
  it("stay on their cells through a regeneration, also when the plan grows and rows shift", () => {
    const wb = transmigrasiWorkbook();
    const { port, gas } = emulatedPort(wb);
    generateTriwulan(port, { tw: 1 });
    const header = rowsOf(wb, TAB)[4].map(String);
    const col = (h: string) => header.findIndex((x) => x.startsWith(h)) + 1;
    const rowOf = () => rowsOf(wb, TAB).findIndex((r) => r[col("Indikator") - 1] === INDIKATOR) + 1;
    const sheet = gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(TAB);
    if (!sheet) throw new Error("no tab");
    const r = rowOf();
    const faktor = col("Faktor pendorong");
    const realisasi = col("Realisasi TW I");
    sheet.getRange(r, faktor).setBackground("#ffcdd2");
    sheet.getRange(r, realisasi).setNumberFormat("0.0");
    sheet.getRange(r, col("Indikator")).setFontColor("#c62828").setFontSize(12);
    sheet.setColumnWidth(faktor, 320);
    const ringkasan = gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Ringkasan TW I 2024");
    ringkasan?.setColumnWidth(1, 420);
    const formatsAt = (row: number) => ({
      fill: sheet.getRange(row, faktor).getBackground(),
      number: sheet.getRange(row, realisasi).getNumberFormat(),
      colour: sheet.getRange(row, col("Indikator")).getFontColor(),
      size: sheet.getRange(row, col("Indikator")).getFontSize(),
    });
    const mine = { fill: "#ffcdd2", number: "0.0", colour: "#c62828", size: 12 };
    expect(formatsAt(r)).toEqual(mine);

    const again = generateTriwulan(port, { tw: 1 });
    expect(again.message).toContain(
      "format Anda (warna isi, format angka, warna dan ukuran huruf) di 3 sel tetap pada selnya",
    );
    expect(formatsAt(r)).toEqual(mine);
    expect(sheet.getColumnWidth(faktor)).toBe(320);
    expect(ringkasan?.getColumnWidth(1)).toBe(420);
    // No row moved: nothing is said about row heights (trial 2 item 13).
    expect(again.message).not.toContain("pindah letak");

    // The plan gains an indicator at the top: the row moves down, its formats with it.
    const plan = wb.getTab(TEMPLATE_TRANSMIGRASI_TAB);
    const planCol = (h: string) => TEMPLATE_COLUMNS.findIndex((c) => c.header === h) + 1;
    wb.insertRowsAfter(plan, 1, 1);
    wb.write(plan, 2, planCol("Indikator"), [["Jumlah MoU yang direalisasikan"]]);
    wb.write(plan, 2, planCol("Target Tahunan"), [[3]]);
    const grown = generateTriwulan(port, { tw: 1 });
    expect(rowOf()).toBe(r + 1);
    expect(formatsAt(r + 1)).toEqual(mine);
    expect(sheet.getColumnWidth(faktor)).toBe(320);
    // The rows moved as sheet rows, heights with them: nothing to set again (test/app/triwulan-tinggi-baris.test.ts).
    expect(grown.message).not.toContain("pindah letak");
  });

  it("are not invented: a tab no one formatted keeps the add-on's formats and says nothing about them", () => {
    const wb = transmigrasiWorkbook();
    const { port } = emulatedPort(wb);
    generateTriwulan(port, { tw: 1 });
    // As a person sees them: a white fill is no fill (the port writes back what Sheets reports).
    const seen = () =>
      [...wb.getTab(TAB).styles]
        .map(([cell, s]) => [
          cell,
          { ...s, background: s.background === "#ffffff" ? undefined : s.background },
        ])
        .filter(([, s]) => Object.values(s).some((v) => v !== undefined))
        .map(([cell, s]) => JSON.stringify([cell, s]))
        .sort();
    const before = seen();
    expect(generateTriwulan(port, { tw: 1 }).message).not.toContain("format Anda");
    expect(seen()).toEqual(before);
  });
});
