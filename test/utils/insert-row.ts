import type { WriteCell } from "../../src/core/cells";
import { moveRefs } from "../../src/core/regenerate";
import type { MemoryWorkbook } from "../../src/emulator/workbook";

/** A formula that spills over a range of rows: ARRAYFORMULA or one of the add-on's functions over a range. */
const SPILLING = /^=(ARRAYFORMULA|CAPAIAN|KRITERIA|EFISIENSI)\(.*\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+/;

/**
 * Inserts an empty row after row `after` (1-based) of a tab, as Sheets does: the rows below move
 * down, and ranges that span the new row grow over it, those of a spilling formula too. The
 * emulator's engine cannot move the cells of a spill ("Destination already occupied"), so the
 * spilling formulas are lifted first and written back with their ranges grown. Returns the new
 * row's number.
 */
export function insertRow(wb: MemoryWorkbook, tabName: string, after: number): number {
  const tab = wb.getTab(tabName);
  const size = wb.usedSize(tab);
  const formulas = wb.formulas(tab, { row: 1, col: 1, rows: size.rows, cols: size.cols });
  const spills: { row: number; col: number; formula: string }[] = [];
  formulas.forEach((line, r) => {
    line.forEach((f, c) => {
      if (SPILLING.test(f)) spills.push({ row: r + 1, col: c + 1, formula: f });
    });
  });
  for (const s of spills) wb.write(tab, s.row, s.col, [[""]]);
  wb.insertRowsAfter(tab, after, 1);
  const rows = new Map<number, number>();
  for (let r = 0; r < size.rows + 1; r++) rows.set(r, r < after ? r : r + 1);
  for (const s of spills) {
    const row = s.row <= after ? s.row : s.row + 1;
    const cell: WriteCell = { formula: moveRefs(s.formula, rows, new Map()) };
    wb.write(tab, row, s.col, [[cell]]);
  }
  return after + 1;
}
