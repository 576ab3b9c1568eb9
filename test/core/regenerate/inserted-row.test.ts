/**
 * A row a person inserts inside the evaluation table cannot stay between the indicators (the
 * table's rows, formulas and ranges are laid out afresh): it goes below the table with all it holds,
 * and the message says so, with where it is now, instead of counting it as "tetap di tempatnya".
 */
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../../src/app/triwulan";
import { standardFormulas } from "../../../src/core/standard";
import { emulatedPort } from "../../../src/emulator/session";
import { transmigrasiWorkbook } from "../../fixtures/dinas";
import { rowsOf } from "../../utils/reviu";

const TAB = "Evaluasi TW I 2024";
const INDIKATOR = "Persentase Warga Transmigran Mandiri";
/** Row-by-row formulas (as `sakip triwulan` writes them): the emulator's engine cannot insert a row inside a spill, Sheets can. */
const standard = standardFormulas;
const CATATAN = "Catatan rapat 3 Juli: data BPS menyusul";

describe("a row a person inserted inside the table", () => {
  it("is moved below the table with its content, said so with its new row, then stays there", () => {
    const wb = transmigrasiWorkbook();
    const { port } = emulatedPort(wb);
    generateTriwulan(port, { tw: 1, standard });
    const header = rowsOf(wb, TAB)[4].map(String);
    const col = (h: string) => header.findIndex((x) => x.startsWith(h)) + 1;
    const tab = wb.getTab(TAB);
    const at = rowsOf(wb, TAB).findIndex((r) => r[col("Indikator") - 1] === INDIKATOR) + 1;
    wb.insertRowsAfter(tab, at, 1);
    wb.write(tab, at + 1, col("Program / Kegiatan"), [[CATATAN]]);
    tab.setNote(at + 1, col("Faktor pendorong"), "ditanyakan ke Bidang Transmigrasi");

    const report = generateTriwulan(port, { tw: 1, standard });
    const rows = rowsOf(wb, TAB);
    const now = rows.findIndex((r) => r[col("Program / Kegiatan") - 1] === CATATAN) + 1;
    const keys = rows.map((r) => r[col("Kunci") - 1]);
    const lastIndicator = keys.reduce<number>((last, k, i) => (k !== "" ? i + 1 : last), 0);
    expect(now).toBe(lastIndicator + 1);
    expect(tab.note(now, col("Faktor pendorong"))).toBe("ditanyakan ke Bidang Transmigrasi");
    // The indicators are one block again: the row below the indicator is the next indicator.
    expect(keys[at]).not.toBe("");
    expect(report.kept).toBe(0);
    expect(report.message).toContain(
      `isian Anda: 0 tetap di tempatnya, 0 dipindah ke bagian indikator yang tidak ada lagi di rencana; 1 baris yang Anda sisipkan di dalam tabel dipindah ke bawah tabel bersama 2 isiannya (sekarang baris ${now}), karena baris tabel disusun ulang setiap kali dibuat: tulis catatan per indikator di kolom Faktor atau Tindak lanjut barisnya;`,
    );

    // Below the table it is the person's, kept in place like a signature block.
    const again = generateTriwulan(port, { tw: 1, standard });
    expect(again.message).not.toContain("baris yang Anda sisipkan");
    expect(again.kept).toBe(2);
    expect(rowsOf(wb, TAB)[now - 1][col("Program / Kegiatan") - 1]).toBe(CATATAN);
  });
});
