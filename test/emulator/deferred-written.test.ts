/**
 * Formulas waiting outside the engine are kept as written (`'Bidang A'!B4`, not the engine's
 * `_0!B4`) and turned only when read or when the engine is built. Whatever tabs are added or
 * renamed meanwhile, and whatever the formulas name (a tab not there yet, a name in other letter
 * case, a function in small letters), every formula, value and saved formula equals that of a
 * workbook that turned and computed each formula at its write; and a run that writes formulas,
 * adds a tab and saves (as `sakip triwulan` does) never builds the engine.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Templates } from "../../src/core/row-formula";
import { type CellInput, MemoryWorkbook } from "../../src/emulator/workbook";
import { xlsxBuffer } from "../../src/emulator/xlsx";
import { setup } from "../utils/emulator";

const ROWS = 4;
const COLS = 3;

const ref = fc
  .tuple(
    fc.constantFrom("", "'Bidang A'!", "'bidang a'!", "Evaluasi!", "'Evaluasi'!", "Nanti!", "'Lain Kali'!"),
    fc.constantFrom("A", "B", "C"),
    fc.integer({ min: 1, max: ROWS }),
  )
  .map(([tab, col, row]) => `${tab}${col}${row}`);

const formula = fc.oneof(
  ref.map((r) => `=${r}`),
  fc.tuple(ref, ref).map(([a, b]) => `=IF(${a}="","",${a}+${b})`),
  ref.map((r) => `=sum(${r},1)`),
  fc.constantFrom('="Bidang A!"&A1', "=SUM(A1:B2)"),
);

const cell: fc.Arbitrary<CellInput> = fc.oneof(
  fc.integer({ min: -3, max: 9 }) as fc.Arbitrary<CellInput>,
  formula.map((f) => ({ formula: f })),
);

type Op =
  | { kind: "write"; tab: number; row: number; col: number; cells: CellInput[][] }
  | { kind: "add"; name: string }
  | { kind: "rename" }
  | { kind: "clear"; tab: number; row: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .record({
        tab: fc.constantFrom(0, 1),
        row: fc.integer({ min: 1, max: ROWS }),
        col: fc.integer({ min: 1, max: COLS }),
        cells: fc.array(fc.array(cell, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }),
      })
      .map((w) => ({ kind: "write" as const, ...w })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("Nanti", "Lain Kali", "Ringkasan")
      .map((name) => ({ kind: "add" as const, name })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "rename" as const }) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: ROWS }).map((row) => ({ kind: "clear" as const, tab: 0, row })),
  },
);

/**
 * `shared`: each formula written as the CLI's evaluation tab writes it (core/row-formula.ts), one
 * template per text, its A1 text made when read.
 */
function made(defer: boolean, ops: Op[], shared = false): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  for (const name of ["Bidang A", "Evaluasi"]) wb.addTab(name);
  wb.deferFormulas = defer;
  const templates = new Templates();
  const asWritten = (cells: CellInput[][]): CellInput[][] =>
    shared
      ? cells.map((line) =>
          line.map((c) =>
            c !== null && typeof c === "object" && "formula" in c ? templates.cell(c.formula, 1, 1) : c,
          ),
        )
      : cells;
  for (const o of ops) {
    if (o.kind === "write") wb.write(wb.tabs()[o.tab], o.row, o.col, asWritten(o.cells));
    else if (o.kind === "add") {
      if (!wb.tab(o.name)) wb.addTab(o.name);
    } else if (o.kind === "rename") {
      const [from, to] = wb.tab("Bidang A") ? ["Bidang A", "Bidang B"] : ["Bidang B", "Bidang A"];
      wb.renameTab(from, to);
    } else wb.clear(wb.tabs()[o.tab], { row: o.row, col: 1, rows: 1, cols: COLS });
  }
  return wb;
}

const rect = { row: 1, col: 1, rows: ROWS + 1, cols: COLS + 1 };

/** Every tab's formulas as read, as the save compares them, and (last: it computes) values. */
function seen(wb: MemoryWorkbook) {
  const tabs = wb.tabs();
  const formulas = tabs.map((t) => wb.formulas(t, rect));
  const written = tabs.map((t) =>
    Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.cols }, (_, c) => wb.writtenFormula(t, r + 1, c + 1) ?? ""),
    ),
  );
  const values = tabs.map((t) => wb.values(t, rect));
  return { names: tabs.map((t) => t.name), formulas, written, values };
}

/** The formulas of every cell of the saved file, as Excel reads them. */
async function saved(wb: MemoryWorkbook): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await xlsxBuffer(wb)) as unknown as ExcelJS.Buffer);
  const out: string[] = [];
  for (const ws of book.worksheets)
    ws.eachRow((row, r) =>
      row.eachCell((c, col) => {
        out.push(`${ws.name}!${r},${col}:${JSON.stringify(c.formula ?? c.value)}`);
      }),
    );
  return out;
}

describe("formulas waiting as written", () => {
  it("read, compare and compute as formulas turned at their write, whatever tabs come or are renamed", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 10 }), (ops) => {
        expect(seen(made(true, ops))).toEqual(seen(made(false, ops)));
      }),
      { numRuns: 100 },
    );
  });

  it("shared by rows of one shape (the CLI's) read, compare, compute and save as the same formulas as text", async () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 10 }), (ops) => {
        expect(seen(made(true, ops, true))).toEqual(seen(made(false, ops)));
      }),
      { numRuns: 100 },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 8 }), async (ops) => {
        expect(await saved(made(true, ops, true))).toEqual(await saved(made(false, ops)));
      }),
      { numRuns: 20 },
    );
  });

  it("shared by rows of one shape reach the workbook through setValues as their text would, kept as text in a text cell", () => {
    const { workbook, sheet } = setup();
    workbook.addTab("Bidang A");
    workbook.deferFormulas = true;
    const templates = new Templates();
    const text = '=IF(\'Bidang A\'!B\u00020\u0003="","",A\u0001*2)';
    sheet.getRange("C3").setNumberFormat("@");
    sheet
      .getRange("B2:C3")
      .setValues([2, 3].map((r) => [templates.cell(text, r, r + 5), templates.cell(text, r, r + 5)]));
    expect(sheet.getRange("B2:C3").getFormulas()).toEqual([
      [`=IF('Bidang A'!B7="","",A2*2)`, `=IF('Bidang A'!B7="","",A2*2)`],
      [`=IF('Bidang A'!B8="","",A3*2)`, ""],
    ]);
    expect(sheet.getRange("C3").getValue()).toBe(`=IF('Bidang A'!B8="","",A3*2)`);
  });

  it("are saved as the formulas turned at their write", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 8 }), async (ops) => {
        expect(await saved(made(true, ops))).toEqual(await saved(made(false, ops)));
      }),
      { numRuns: 40 },
    );
  });

  it("are written, joined by a new tab and saved without building the engine", async () => {
    const wb = new MemoryWorkbook();
    const plan = wb.addTab("Bidang A");
    wb.write(plan, 1, 1, [[5, "teks"]]);
    const evaluasi = wb.addTab("Evaluasi TW II");
    wb.deferFormulas = true;
    const rows = Array.from({ length: 50 }, (_, i) => [
      { formula: `=IF('Bidang A'!A${i + 1}="","",'Bidang A'!A${i + 1})` },
      { formula: `=A${i + 1}*2` },
    ]);
    wb.write(evaluasi, 1, 1, rows);
    wb.write(wb.addTab("Ringkasan TW II"), 1, 1, [[{ formula: "=COUNT('Evaluasi TW II'!A1:A50)" }]]);
    expect(wb.formula(evaluasi, 7, 1)).toBe(`=IF('Bidang A'!A7="","",'Bidang A'!A7)`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsxBuffer(wb)) as unknown as ExcelJS.Buffer);
    expect(wb.engineBuilt).toBe(false);
    expect(book.getWorksheet("Evaluasi TW II")?.getCell("A1").formula).toBe(
      `IF('Bidang A'!A1="","",'Bidang A'!A1)`,
    );
    // Computed once a value is read, as before.
    expect(wb.values(evaluasi, { row: 1, col: 1, rows: 1, cols: 2 })).toEqual([[5, 10]]);
  });

  it("naming a tab not there yet stay unresolved when a tab of that name comes", () => {
    const run = (defer: boolean) => {
      const wb = new MemoryWorkbook();
      const tab = wb.addTab("Evaluasi");
      wb.deferFormulas = defer;
      wb.write(tab, 1, 1, [[{ formula: "='Nanti'!A1" }]]);
      wb.write(wb.addTab("Nanti"), 1, 1, [[7]]);
      return [wb.formula(tab, 1, 1), wb.values(tab, { row: 1, col: 1, rows: 1, cols: 1 })];
    };
    expect(run(true)).toEqual(run(false));
    expect(run(true)[1]).toEqual([["#REF!"]]);
  });
});
