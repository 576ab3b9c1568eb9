/**
 * An error typed in a bidang tab (trial 3 #22: Renaksi!X9 "=1/0" in the realisasi TW III of the job
 * fair) is one Periksa finding on the cell typed, naming what it holds; the evaluation tab's cells
 * that only show it (four visible and hidden ones of that row) are no findings of their own. Here the
 * reference Rencana Aksi's "Jumlah Rapat Koordinasi dan Konsultasi SKPD yang diikuti", TW III.
 */
import { describe, expect, it } from "vitest";
import { periksa } from "../../src/app/periksa";
import { generateTriwulan } from "../../src/app/triwulan";
import { columnLetter } from "../../src/core/a1";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { standardFormulas } from "../../src/core/standard";
import { DEMO_BIDANG, demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";

const RAPAT = "Jumlah Rapat Koordinasi dan Konsultasi SKPD yang diikuti";
const col = (field: string) => TEMPLATE_COLUMNS.findIndex((c) => c.field === field) + 1;

describe.each([
  ["--rumus sakip", false],
  ["standard formulas", true],
])("a #DIV/0! typed in a bidang tab's realisasi TW III, %s", (_, standard) => {
  it("is one galat on the plan cell, none on the evaluation tab's cells that show it", () => {
    const wb = demoWorkbook();
    const tab = wb.getTab(DEMO_BIDANG[0]);
    const values = wb.values(tab, { row: 1, col: 1, rows: 100, cols: TEMPLATE_COLUMNS.length });
    const row = values.findIndex((r) => r[col("indikator") - 1] === RAPAT) + 1;
    expect(row).toBeGreaterThan(0);
    wb.write(tab, row, col("realisasiTw3"), [[{ formula: "=1/0" }]]);
    const { port } = emulatedPort(wb);
    generateTriwulan(port, { tw: 3, ...(standard ? { standard: standardFormulas } : {}) });
    const result = periksa(port, { tw: 3, writeReport: false });
    const cell = `${columnLetter(col("realisasiTw3"))}${row}`;
    const onIt = result.findings.filter((f) => f.message.includes("#DIV/0!"));
    expect(onIt.map((f) => [f.sheet, f.cell, f.severity])).toEqual([[DEMO_BIDANG[0], cell, "error"]]);
    expect(onIt[0].message).toContain("realisasi TW III berisi #DIV/0!");
    expect(result.findings.filter((f) => f.sheet.startsWith("Evaluasi TW III"))).toEqual([]);
  });
});
