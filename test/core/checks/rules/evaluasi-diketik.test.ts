/**
 * Periksa says, before the next "Buat tab Triwulan", that a cell the add-on computes from the bidang
 * tab was typed over in the evaluation tab (an Indikator name, a realisasi), and what the rebuild puts
 * back (the formula, showing the plan's value) — a warning: the typed text is kept in the cell's note
 * then (test/core/regenerate/typed-over-formula.test.ts). A manual column typed in is no finding.
 * Rows of the reference Rencana Aksi (Luwu Timur: "Persentase Warga Transmigran Mandiri").
 */
import { describe, expect, it } from "vitest";
import { periksa } from "../../../../src/app/periksa";
import { generateTriwulan } from "../../../../src/app/triwulan";
import { columnLetter } from "../../../../src/core/a1";
import { emulatedPort } from "../../../../src/emulator/session";
import { transmigrasiWorkbook } from "../../../fixtures/dinas";
import { TEMPLATE_TRANSMIGRASI_TAB } from "../../../fixtures/plans";
import { rowsOf } from "../../../utils/reviu";

const TAB = "Evaluasi TW I 2024";
const NAME = "Persentase Warga Transmigran Mandiri";

describe("Periksa on an evaluation tab whose computed cells were typed over", () => {
  it("warns of each, says the formula comes back with the plan's value, and is silent on manual columns", () => {
    const wb = transmigrasiWorkbook({ bidang: [TEMPLATE_TRANSMIGRASI_TAB] });
    const { port } = emulatedPort(wb);
    generateTriwulan(port, { tw: 1 });
    const rows = rowsOf(wb, TAB);
    const col = (h: string) => rows[4].indexOf(h) + 1;
    const row = rows.findIndex((r) => r[col("Indikator") - 1] === NAME) + 1;
    const tab = wb.getTab(TAB);
    const before = periksa(port, { tw: 1, writeReport: false }).findings.filter((f) => f.sheet === TAB);
    expect(before).toEqual([]);
    wb.write(tab, row, col("Indikator"), [["Stok reagen TCM kosong"]]);
    wb.write(tab, row, col("Realisasi TW I"), [[99]]);
    wb.write(tab, row, col("Faktor pendorong"), [["Pendampingan rutin"]]);
    const found = periksa(port, { tw: 1, writeReport: false }).findings.filter((f) => f.sheet === TAB);
    const cell = (h: string) => `${columnLetter(col(h))}${row}`;
    expect(found.map((f) => [f.cell, f.severity])).toEqual([
      [cell("Indikator"), "warning"],
      [cell("Realisasi TW I"), "warning"],
    ]);
    expect(found[0].message).toMatch(
      new RegExp(
        `^${cell("Indikator")} \\(Indikator\\) berisi 'Stok reagen TCM kosong' yang diketik di atas rumus: Buat tab Triwulan menulis lagi rumusnya \\("${NAME}" dari [A-Z]+\\d+ tab '${TEMPLATE_TRANSMIGRASI_TAB}'\\) dan menyimpan isian itu di catatan sel\\.$`,
      ),
    );
    expect(found[1].message).toContain('menulis lagi rumusnya ("61,68" dari');
  });
});
