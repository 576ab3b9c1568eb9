/**
 * The evaluation tab's title row says what "Buat tab Triwulan" run again does with what people typed,
 * and the rebuild does just that (issue 18): it said "isian Anda tidak ditimpa", but a value typed
 * over a formula that reads the bidang tab is replaced by the formula again (kept in the cell's note);
 * the yellow and Faktor/Tindak lanjut columns are not overwritten.
 */
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { emulatedPort } from "../../src/emulator/session";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { TEMPLATE_TRANSMIGRASI_TAB } from "../fixtures/plans";
import { rowsOf } from "../utils/reviu";

const TAB = "Evaluasi TW I 2024";
const NAME = "Persentase Warga Transmigran Mandiri";

describe("the evaluation tab's title on what a rebuild keeps", () => {
  it("says what the rebuild then does: manual columns kept, typed-over formulas back with a note", () => {
    const wb = transmigrasiWorkbook({ bidang: [TEMPLATE_TRANSMIGRASI_TAB] });
    const { port } = emulatedPort(wb);
    generateTriwulan(port, { tw: 1 });
    const tab = wb.getTab(TAB);
    const title = () => String(rowsOf(wb, TAB)[2][0]);
    expect(title()).toContain(
      "isian kolom kuning, Faktor/Tindak lanjut dan kolom atau baris Anda sendiri tidak ditimpa; yang diketik di atas rumus yang membaca tab bidang diganti lagi dengan rumusnya (isiannya disimpan di catatan sel).",
    );
    expect(title()).not.toContain("isian Anda tidak ditimpa");
    const rows = rowsOf(wb, TAB);
    const col = (h: string) => rows[4].indexOf(h) + 1;
    const row = rows.findIndex((r) => r[col("Indikator") - 1] === NAME) + 1;
    wb.write(tab, row, col("Indikator"), [["Nama yang diketik"]]);
    wb.write(tab, row, col("Faktor pendorong"), [["Pendampingan rutin"]]);
    generateTriwulan(port, { tw: 1 });
    const after = rowsOf(wb, TAB)[row - 1];
    expect(after[col("Faktor pendorong") - 1]).toBe("Pendampingan rutin");
    expect(after[col("Indikator") - 1]).toBe(NAME);
    expect(tab.note(row, col("Indikator"))).toContain("Nama yang diketik");
  });
});
