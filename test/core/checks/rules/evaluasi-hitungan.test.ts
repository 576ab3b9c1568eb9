/**
 * Trial item 1: a value typed over a computed cell of the evaluation tab (the reviewer's "Tinggi"
 * over a Kriteria cell) is a galat naming the cell, what it holds and what to do, in both formula
 * kinds: the panel's one spill formula per column and the CLI's one standard formula per row.
 */
import { describe, expect, it } from "vitest";
import { periksa } from "../../../../src/app/periksa";
import { generateTriwulan } from "../../../../src/app/triwulan";
import { HEADER_ROW } from "../../../../src/core/evaluasi";
import { standardFormulas } from "../../../../src/core/standard";
import { emulatedPort } from "../../../../src/emulator/session";
import type { MemoryWorkbook } from "../../../../src/emulator/workbook";
import { transmigrasiWorkbook } from "../../../fixtures/dinas";
import { EVAL, PLAN } from "../../../utils/reviu";

function dinas(standard: boolean) {
  const wb = transmigrasiWorkbook({ bidang: [PLAN] });
  const { port } = emulatedPort(wb);
  generateTriwulan(port, { tw: 1, ...(standard ? { standard: standardFormulas } : {}) });
  return { wb, port };
}

/** 1-based column of a header and the sheet rows whose Indikator is filled. */
function layout(wb: MemoryWorkbook) {
  const tab = wb.getTab(EVAL);
  const size = wb.usedSize(tab);
  const values = wb.values(tab, { row: 1, col: 1, rows: size.rows, cols: size.cols });
  const header = values[HEADER_ROW - 1].map(String);
  const col = (h: string) => header.indexOf(h) + 1;
  const rows = values.flatMap((r, i) => (i >= HEADER_ROW && r[col("Indikator") - 1] !== "" ? [i + 1] : []));
  return { tab, values, col, rows };
}

const galat = (port: Parameters<typeof periksa>[0]) =>
  periksa(port, { tw: 1, writeReport: false }).findings.filter((f) => f.rule === "evaluasi-hitungan");

describe.each([
  ["the panel's spill formulas", false],
  ["the CLI's standard formulas", true],
])("a value typed over a Kriteria cell (%s)", (_, standard) => {
  it("is no finding while the add-on's formulas stand", () => {
    const { port } = dinas(standard);
    expect(galat(port)).toEqual([]);
  });

  it("is a galat naming the cell, what it holds and what to do", () => {
    const { wb, port } = dinas(standard);
    const { tab, col, rows } = layout(wb);
    const row = rows[rows.length - 1];
    wb.write(tab, row, col("Kriteria"), [["Tinggi"]]);
    const after = layout(wb);
    if (!standard) {
      // The spill is blocked: the column no longer shows any other row's kriteria.
      expect(after.values[rows[0] - 1][col("Kriteria") - 1]).not.toBe(
        layout(dinas(false).wb).values[rows[0] - 1][col("Kriteria") - 1],
      );
    }
    const found = galat(port);
    expect(found).toHaveLength(1);
    const cell = `${String.fromCharCode(64 + col("Kriteria"))}${row}`;
    expect(found[0]).toMatchObject({ severity: "error", sheet: EVAL, cell });
    expect(found[0].message).toContain(`${cell} berisi 'Tinggi' yang diketik di atas rumus`);
    expect(found[0].message).toMatch(
      standard ? /buat ulang tab Triwulan/ : /hapus isinya agar kolom Kriteria dihitung lagi\.$/,
    );
  });
});

describe("an error value in a computed column", () => {
  it("is a galat once per column with how many more cells show it", () => {
    const { wb, port } = dinas(true);
    const { tab, col, rows } = layout(wb);
    for (const r of rows.slice(0, 2))
      wb.write(tab, r, col("Efisiensi thd RAK s.d. TW I"), [[{ formula: "=1/0" }]]);
    const found = galat(port);
    expect(found.map((f) => f.message)).toContainEqual(
      expect.stringMatching(/menampilkan #DIV\/0! \(bagi nol\) \(dan 1 sel lain di kolom itu\)/),
    );
  });
});
