/**
 * A value typed over a cell the add-on computes from the bidang tab (an Indikator name, a realisasi)
 * made the evaluation tab say what the plan and the report do not, and "Buat tab Triwulan" kept it
 * as "isian Anda" (trial 4 #8): the formula is written again, the message names the cell and what
 * stood there, and the typed text is kept in the cell's note. Typed text in a manual column stays.
 * Rows of the reference Rencana Aksi (Luwu Timur: "Persentase Warga Transmigran Mandiri").
 */
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../../src/app/triwulan";
import { columnLetter } from "../../../src/core/a1";
import { emulatedPort } from "../../../src/emulator/session";
import type { MemoryWorkbook } from "../../../src/emulator/workbook";
import { transmigrasiWorkbook } from "../../fixtures/dinas";
import { TEMPLATE_TRANSMIGRASI_TAB } from "../../fixtures/plans";
import { rowsOf } from "../../utils/reviu";

const TAB = "Evaluasi TW I 2024";
const NAME = "Persentase Warga Transmigran Mandiri";
const TYPED = "Stok reagen TCM kosong";

function made() {
  const wb = transmigrasiWorkbook({ bidang: [TEMPLATE_TRANSMIGRASI_TAB] });
  const port = emulatedPort(wb).port;
  generateTriwulan(port, { tw: 1, now: new Date(2024, 3, 10) });
  const rows = rowsOf(wb, TAB);
  const col = (h: string) => rows[4].indexOf(h) + 1;
  const row = rows.findIndex((r) => r[col("Indikator") - 1] === NAME) + 1;
  const run = () => generateTriwulan(port, { tw: 1, now: new Date(2024, 3, 10) });
  return { wb, col, row, run };
}

const formulaAt = (wb: MemoryWorkbook, row: number, col: number) => wb.formula(wb.getTab(TAB), row, col);

describe("a computed cell of the evaluation tab typed over", () => {
  it("gets its formula back, the message names the cell and the typed text, the note keeps it", () => {
    const { wb, col, row, run } = made();
    const [ind, real] = [col("Indikator"), col("Realisasi TW I")];
    const formula = formulaAt(wb, row, ind);
    expect(formula).toMatch(/^=IF\(/);
    wb.write(wb.getTab(TAB), row, ind, [[TYPED]]);
    wb.write(wb.getTab(TAB), row, real, [[99]]);
    const report = run();
    expect(rowsOf(wb, TAB)[row - 1][ind - 1]).toBe(NAME);
    expect(formulaAt(wb, row, ind)).toBe(formula);
    expect(formulaAt(wb, row, real)).toMatch(/^=/);
    expect(rowsOf(wb, TAB)[row - 1][real - 1]).toBe(61.68);
    const cell = `${columnLetter(ind)}${row}`;
    expect(report.restored.map((x) => [x.cell, x.header, x.text])).toEqual([
      [cell, "Indikator", TYPED],
      [`${columnLetter(real)}${row}`, "Realisasi TW I", "99"],
    ]);
    expect(report.message).toContain(
      `rumus ${cell} (Indikator, tadinya “${TYPED}”), ${columnLetter(real)}${row} (Realisasi TW I, tadinya “99”) ditulis lagi (dihitung dari tab bidang; yang diketik ada di catatan selnya)`,
    );
    expect(report.message).toContain("isian Anda: 0 tetap di tempatnya");
    expect(wb.getTab(TAB).note(row, ind)).toBe(`Diketik di atas rumus sebelum 10/04/2024: “${TYPED}”.`);
    expect(wb.getTab(TAB).note(row, real)).toBe("Diketik di atas rumus sebelum 10/04/2024: “99”.");
    // Run again: nothing more is restored, the note is the person's now (kept).
    const again = run();
    expect(again.restored).toEqual([]);
    expect(again.message).toContain("isian Anda: 2 tetap di tempatnya");
    expect(again.message).not.toContain("tadinya");
    expect(wb.getTab(TAB).note(row, ind)).toContain(TYPED);
  });

  it("keeps a note the person had on the cell, before the add-on's", () => {
    const { wb, col, row, run } = made();
    const ind = col("Indikator");
    wb.write(wb.getTab(TAB), row, ind, [[TYPED]]);
    wb.getTab(TAB).setNote(row, ind, "cek lagi");
    run();
    expect(wb.getTab(TAB).note(row, ind)).toBe(
      `cek lagi\n\nDiketik di atas rumus sebelum 10/04/2024: “${TYPED}”.`,
    );
  });

  it("leaves text typed in Faktor penghambat where it is", () => {
    const { wb, col, row, run } = made();
    wb.write(wb.getTab(TAB), row, col("Faktor penghambat"), [[TYPED]]);
    const report = run();
    expect(report.restored).toEqual([]);
    expect(report.message).toContain("isian Anda: 1 tetap di tempatnya");
    expect(rowsOf(wb, TAB)[row - 1][col("Faktor penghambat") - 1]).toBe(TYPED);
  });
});
