/**
 * Trial 4 (#17): Verifikasi named a changed cell of the report tab by its "No" column,
 * "'Laporan TW III 2025'!H10 ("1"): isi "95,86" → 100": "1" says nothing. A numbered row of a report
 * table is named by its indicator (or, in the budget table, its program), and the cell by the
 * table's column header.
 */
import { describe, expect, it } from "vitest";
import { generateLaporan } from "../../src/app/laporan";
import { statement, submitForReview, verify } from "../../src/app/reviu";
import { columnLetter } from "../../src/core/a1";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, REVIEWER, rowsOf, STAFF } from "../utils/reviu";

const LAPORAN = "Laporan TW I 2024";

describe("a figure typed over the report tab after Kirim", () => {
  it.each([
    ["the capaian of the first indicator", "Indikator Kinerja", "Capaian s.d. TW I (%)", "1"],
    ["the pagu of the first program", "Program / Kegiatan / Sub Kegiatan", "Jumlah anggaran (Rp)", "I"],
  ])("%s is named by the row's name and the column's header", (_name, nameHeader, column, no) => {
    const c = dinasTw1();
    generateLaporan(c.port, { tw: 1 });
    expect(submitForReview(c.port, deps(STAFF), { tw: 1 }).status).toBe("dikirim");
    const values = rowsOf(c.wb, LAPORAN).map((r) => r.map(String));
    const head = values.findIndex((r) => r[0] === "No" && r.includes(column) && r.includes(nameHeader));
    expect(head).toBeGreaterThan(0);
    const row = head + 1 + values.slice(head + 1).findIndex((r) => r[0] === no);
    const col = values[head].indexOf(column) + 1;
    const name = values[row][values[head].indexOf(nameHeader)].trim();
    expect(name).not.toBe("");
    const cell = `'${LAPORAN}'!${columnLetter(col)}${row + 1}`;
    c.wb.write(c.wb.getTab(LAPORAN), row + 1, col, [[100]]);
    const said = `${cell} ("${name.slice(0, 39)}`;
    const checked = verify(c.reviewerPort, deps(REVIEWER), { tw: 1 });
    expect(checked.changed).toBe(true);
    expect(checked.message).toContain(said);
    expect(checked.message).toMatch(new RegExp(`"\\): ${column.replace(/[()]/g, "\\$&")} .+ → 100`));
    expect(checked.message).not.toContain(`${cell} ("${no}")`);
    expect(() => statement(c.reviewerPort, deps(REVIEWER), { tw: 1 })).toThrow(said);
  });
});
