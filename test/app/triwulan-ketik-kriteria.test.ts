/**
 * Trial 3, item 10 (issue 18): a person types "Tinggi" over one cell of the Kriteria column, a spill
 * (one formula over the whole column) in Sheets, one formula per row in the Excel file. Regenerating
 * never loses what was typed, and never leaves the column blank without a word: its message names the
 * cell, what it blocks, and what to do, as Periksa does.
 */
import { describe, expect, it } from "vitest";
import type { CellValue, WorkbookPort } from "../../src/app/port";
import { generateTriwulan } from "../../src/app/triwulan";
import { evaluasiColumn, HEADER_ROW } from "../../src/core/evaluasi";
import { standardRowFormulas } from "../../src/core/standard-kualitatif";
import { emulatedPort } from "../../src/emulator/session";
import { binapentaWorkbook } from "../utils/binapenta";

const KRITERIA = evaluasiColumn("kriteria");

/** The TW II tab of the trial's plan, with "Tinggi" typed over the Kriteria of the job fair row. */
function typedOver(standard: boolean) {
  const wb = binapentaWorkbook();
  const { port } = emulatedPort(wb);
  const request = { tw: 2, ...(standard ? { standard: standardRowFormulas } : {}) };
  const first = generateTriwulan(port, request);
  const rows = port.read(first.tab).values;
  const header = rows[HEADER_ROW - 1].map(String);
  const row =
    rows.findIndex((r) => r[header.indexOf("Indikator")] === "Jumlah job fair yang dilaksanakan") + 1;
  const cell = `${KRITERIA}${row}`;
  wb.write(wb.getTab(first.tab), row, header.indexOf("Kriteria") + 1, [["Tinggi"]]);
  return { port, request, tab: first.tab, row, cell, column: header.indexOf("Kriteria") };
}

const column = (port: WorkbookPort, tab: string, c: number): CellValue[] =>
  port
    .read(tab)
    .values.slice(HEADER_ROW)
    .map((r) => r[c]);

describe("'Tinggi' typed over the spilled Kriteria column (Sheets)", () => {
  it("is kept, and the message says the whole column is not computed and which cell to clear", () => {
    const { port, request, tab, cell, row, column: c } = typedOver(false);
    const report = generateTriwulan(port, request);
    expect(report.lost).toEqual([]);
    expect(port.read(tab).values[row - 1][c]).toBe("Tinggi");
    expect(report.message).toContain(
      `; perhatian: ${cell} berisi 'Tinggi' yang diketik di atas rumus, sehingga seluruh kolom Kriteria tidak dihitung (${KRITERIA}${HEADER_ROW + 1} menampilkan #REF!): hapus isinya agar kolom Kriteria dihitung lagi (isian itu tidak ditimpa);`,
    );
    // Cleared, the column computes again and the message says nothing more about it.
    port.write(tab, [{ row, col: c + 1, cells: [[""]] }]);
    const again = generateTriwulan(port, request);
    expect(again.message).not.toContain("perhatian");
    expect(column(port, tab, c)).toContain("Sangat Tinggi");
  });
});

describe("'Tinggi' typed over the Kriteria formula of one row (Excel file)", () => {
  it("is kept, never overwritten, and the message names the row not computed", () => {
    const { port, request, tab, cell, row, column: c } = typedOver(true);
    const report = generateTriwulan(port, request);
    expect(report.lost).toEqual([]);
    expect(port.read(tab).values[row - 1][c]).toBe("Tinggi");
    expect(report.message).toContain(`; perhatian: ${cell} berisi 'Tinggi' yang diketik di atas rumus`);
  });
});
