/**
 * Periksa's typed-over check on a bidang tab with one row per TW (trial 5 DPUPR "Cipta Karya"): the
 * evaluation tab's Target TW and Realisasi TW cells are formulas reading that TW's own row, so a value
 * typed over them is named like any other, pointing back at the TW's row of the bidang tab. Before,
 * tables with TW I–IV down one column were skipped (one column for four TWs).
 */
import { describe, expect, it } from "vitest";
import { periksa } from "../../../../src/app/periksa";
import { generateTriwulan } from "../../../../src/app/triwulan";
import { columnLetter } from "../../../../src/core/a1";
import { emulatedPort } from "../../../../src/emulator/session";
import { MemoryWorkbook } from "../../../../src/emulator/workbook";
import { BARIS_PER_TW } from "../../../fixtures/layouts";
import { rowsOf } from "../../../utils/reviu";

const TAB = "Cipta Karya";
const EVAL = "Evaluasi TW II 2026";

describe("typed over a per-TW-row indicator's evaluation cell", () => {
  // The TW II row of each indicator: sheet row 5 (air minum) and 9 (sambungan rumah); H Target, I Realisasi.
  it.each([
    ["Persentase rumah tangga dengan akses air minum layak", "Target TW II", 90, '("85" dari H5 tab'],
    ["Persentase rumah tangga dengan akses air minum layak", "Realisasi TW II", 99, '("83,4" dari I5 tab'],
    ["Jumlah sambungan rumah (SR) terpasang", "Realisasi TW II", 400, '("350" dari I9 tab'],
  ])("%s, %s typed %s: a warning naming the TW's own cell", (name, header, typed, back) => {
    const wb = new MemoryWorkbook({ name: "DPUPR" });
    wb.write(wb.addTab(TAB), 1, 1, BARIS_PER_TW);
    const { port } = emulatedPort(wb);
    generateTriwulan(port, { tw: 2, tahun: "2026" });
    const rows = rowsOf(wb, EVAL);
    const col = rows[4].indexOf(header) + 1;
    const row = rows.findIndex((r) => r.includes(name)) + 1;
    expect(col * row).toBeGreaterThan(0);
    const before = periksa(port, { tw: 2, writeReport: false }).findings.filter((f) => f.sheet === EVAL);
    expect(before).toEqual([]);
    wb.write(wb.getTab(EVAL), row, col, [[typed]]);
    const found = periksa(port, { tw: 2, writeReport: false }).findings.filter((f) => f.sheet === EVAL);
    expect(found.map((f) => [f.cell, f.severity])).toEqual([[`${columnLetter(col)}${row}`, "warning"]]);
    expect(found[0].message).toContain(`berisi '${typed}' yang diketik di atas rumus`);
    expect(found[0].message).toContain(`${back} '${TAB}')`);
  });
});
