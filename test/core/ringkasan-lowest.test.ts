/**
 * The five lowest as Verifikasi computes them (to say what a doctored cell should be) are what the
 * Ringkasan's formulas show in the formula engine: ties in plan order, blanks and text skipped,
 * fewer than five numbers, over several bidang.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columnNumber } from "../../src/core/a1";
import type { CellValue } from "../../src/core/cells";
import { evaluasiColumn } from "../../src/core/evaluasi";
import { namedScale, type Scale } from "../../src/core/kriteria";
import { buildRingkasan } from "../../src/core/ringkasan";
import { LOWEST_ROWS, lowestValues } from "../../src/core/ringkasan-lowest";
import { MemoryWorkbook } from "../../src/emulator/workbook";

const EVAL = "Evaluasi TW II 2024";
const col = (id: string) => columnNumber(evaluasiColumn(id));

/** A capaian cell as the evaluation tab may hold it. */
const capaian = fc.oneof(
  fc.constantFrom<CellValue>("", "–", "belum diisi", 0, 50, 100, 100),
  fc.double({ min: 0, max: 250, noNaN: true }),
);

describe("lowestValues", () => {
  it("equals what the formula engine shows in the Ringkasan's five-lowest block", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(capaian, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 }),
        (groups) => {
          const wb = new MemoryWorkbook();
          const evaluasi = wb.addTab(EVAL);
          const bidang: { name: string; first: number; last: number; paguRows: number[] }[] = [];
          let row = 6;
          let no = 0;
          for (const [g, caps] of groups.entries()) {
            wb.write(evaluasi, row, 3, [[`BIDANG: ${g}`]]);
            row++;
            const first = row;
            for (const c of caps) {
              no++;
              wb.write(evaluasi, row, col("no"), [[no]]);
              wb.write(evaluasi, row, col("indikator"), [[`Indikator ${no}`]]);
              wb.write(evaluasi, row, col("capaianSd"), [[c]]);
              wb.write(evaluasi, row, col("kriteria"), [[typeof c === "number" ? `K${Math.floor(c)}` : c]]);
              wb.write(evaluasi, row, col("kunci"), [[`kunci ${no}`]]);
              row++;
            }
            bidang.push({ name: `Bidang ${g}`, first, last: row - 1, paguRows: [] });
          }
          const built = buildRingkasan({
            tw: 2,
            tahun: "2024",
            opd: "Dinas",
            scale: namedScale("permendagri86") as Scale,
            evaluasiTab: EVAL,
            bidang,
            previousRows: 0,
          });
          const tab = wb.addTab("Ringkasan TW II 2024");
          wb.write(tab, 1, 1, built.cells);
          const title = built.cells.findIndex((r) => String(r[0]).endsWith(" terendah"));
          const shown = wb.values(tab, { row: title + 3, col: 1, rows: LOWEST_ROWS, cols: 4 });
          const size = wb.usedSize(evaluasi);
          const values = wb.values(evaluasi, { row: 1, col: 1, rows: size.rows, cols: size.cols });
          const computed = lowestValues(bidang, values);
          for (let r = 0; r < LOWEST_ROWS; r++)
            for (let c = 0; c < 4; c++) {
              const want = shown[r][c];
              const got = computed[r][c];
              if (typeof want === "number") expect(got).toBeCloseTo(want, 9);
              else expect(got).toEqual(want);
            }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("names five different indicators on a tie, in plan order", () => {
    const grid: CellValue[][] = [];
    const put = (row: number, no: number, cap: CellValue) => {
      grid[row - 1] = [];
      grid[row - 1][col("no") - 1] = no;
      grid[row - 1][col("indikator") - 1] = `I${no}`;
      grid[row - 1][col("capaianSd") - 1] = cap;
      grid[row - 1][col("kriteria") - 1] = "Sangat Rendah";
      grid[row - 1][col("kunci") - 1] = `k${no}`;
    };
    for (const [i, c] of [0, 0, 50, 0, 0, 0, 0].entries()) put(7 + i, i + 1, c);
    const got = lowestValues([{ name: "A", first: 7, last: 13, paguRows: [] }], grid);
    expect(got.map((r) => r[0])).toEqual(["I1", "I2", "I4", "I5", "I6"]);
    expect(got.map((r) => r[3])).toEqual([1, 2, 4, 5, 6]);
  });
});
