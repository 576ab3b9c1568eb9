/**
 * Saving to .xlsx and opening again gives back the same workbook, for any mix of what a tab holds:
 * numbers, text (also text that looks like a formula), booleans, formulas filled down a column
 * (saved as shared formulas) or standing alone, notes (also on empty cells and on rows that hold
 * nothing else), fills, bold and number formats (also on empty cells), list validations and row
 * heights. The save hands ExcelJS's writer each row's model instead of its Row and Cell objects.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CellInput, MemoryWorkbook, type Tab } from "../../src/emulator/workbook";
import { loadXlsx, xlsxBuffer } from "../../src/emulator/xlsx";

const ROWS = 12;
const COLS = 6;
const cellAt = fc.record({ row: fc.integer({ min: 1, max: ROWS }), col: fc.integer({ min: 1, max: COLS }) });
const text = fc.stringMatching(/^[A-Za-z0-9 .,;:%()=+\-–"'&<>]{1,12}$/);
const literal = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
  text,
  fc.boolean(),
);
const sheet = fc.record({
  cells: fc.array(fc.array(literal, { minLength: COLS, maxLength: COLS }), {
    minLength: ROWS,
    maxLength: ROWS,
  }),
  /** Columns given a formula filled down from a row to a row, reading the column left of it. */
  filled: fc.array(
    fc.record({
      col: fc.integer({ min: 2, max: COLS }),
      from: fc.integer({ min: 1, max: ROWS }),
      count: fc.nat(ROWS),
    }),
    { maxLength: 3 },
  ),
  alone: fc.array(fc.record({ at: cellAt, k: fc.integer({ min: 1, max: 99 }) }), { maxLength: 3 }),
  notes: fc.array(
    fc.record({
      at: fc.record({ row: fc.integer({ min: 1, max: ROWS + 3 }), col: fc.integer({ min: 1, max: COLS }) }),
      note: text,
    }),
    { maxLength: 6 },
  ),
  fills: fc.array(
    fc.record({ at: cellAt, background: fc.constantFrom("#1e7b34", "#fff176"), bold: fc.boolean() }),
    { maxLength: 6 },
  ),
  formats: fc.array(fc.record({ at: cellAt, numberFormat: fc.constantFrom("#,##0", "0.00%", "@") }), {
    maxLength: 4,
  }),
  lists: fc.array(cellAt, { maxLength: 3 }),
  heights: fc.array(
    fc.record({ row: fc.integer({ min: 1, max: ROWS + 3 }), px: fc.integer({ min: 30, max: 90 }) }),
    {
      maxLength: 3,
    },
  ),
  /** Rows emptied of values (notes, fills and validations may stay). */
  blank: fc.array(fc.integer({ min: 1, max: ROWS }), { maxLength: 4 }),
});

type Sheet = typeof sheet extends fc.Arbitrary<infer T> ? T : never;

function build(s: Sheet): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  const tab = wb.addTab("Data");
  const grid: CellInput[][] = s.cells.map((row) => [...row]);
  for (const f of s.filled)
    for (let r = f.from; r < Math.min(ROWS, f.from + f.count) + 1; r++)
      grid[r - 1][f.col - 1] = {
        formula: `=IF(ISNUMBER(${String.fromCharCode(63 + f.col)}${r}),${String.fromCharCode(63 + f.col)}${r}*2,"–")`,
      };
  for (const a of s.alone) grid[a.at.row - 1][a.at.col - 1] = { formula: `=${a.k}+1` };
  for (const r of s.blank) grid[r - 1] = grid[r - 1].map(() => null);
  wb.write(tab, 1, 1, grid);
  for (const f of s.fills)
    tab.patchStyle(
      { ...f.at, rows: 1, cols: 1 },
      { background: f.background, ...(f.bold ? { fontWeight: "bold" } : {}) },
    );
  for (const f of s.formats) tab.patchStyle({ ...f.at, rows: 1, cols: 1 }, { numberFormat: f.numberFormat });
  for (const at of s.lists)
    tab.setValidation(
      { ...at, rows: 1, cols: 1 },
      {
        criteria: "VALUE_IN_LIST",
        values: [["Positif", "Negatif"], true],
        allowInvalid: false,
        helpText: "",
      },
    );
  for (const h of s.heights) tab.rowHeights.set(h.row, h.px);
  for (const n of s.notes) tab.setNote(n.at.row, n.at.col, n.note);
  return wb;
}

/** What a person sees of the tab: per cell its formula or value, note, formats and validation; row heights. */
function seen(wb: MemoryWorkbook, tab: Tab) {
  const cells: string[] = [];
  for (let r = 1; r <= ROWS + 3; r++)
    for (let c = 1; c <= COLS; c++) {
      const formula = wb.formula(tab, r, c);
      const value = formula ? "" : wb.literal(tab, r, c);
      const style = tab.style(r, c);
      const rule = tab.validation(r, c);
      const parts = [
        formula || JSON.stringify(value),
        tab.note(r, c),
        style.background ?? "",
        style.fontWeight ?? "",
        style.numberFormat ?? "",
        rule ? JSON.stringify(rule.values) : "",
      ];
      if (parts.some((p, i) => p !== (i === 0 ? '""' : ""))) cells.push(`R${r}C${c} ${parts.join(" | ")}`);
    }
  const heights = [...tab.rowHeights].sort((a, b) => a[0] - b[0]);
  return { cells, heights };
}

describe("an .xlsx saved and opened again", () => {
  it("is the same workbook: values, formulas, notes, formats, validations and row heights", async () => {
    await fc.assert(
      fc.asyncProperty(sheet, async (s) => {
        const wb = build(s);
        const again = await loadXlsx(await xlsxBuffer(wb));
        expect(seen(again, again.getTab("Data"))).toEqual(seen(wb, wb.getTab("Data")));
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
