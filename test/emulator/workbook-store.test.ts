/**
 * A workbook of typed values keeps its cells without a formula engine (src/emulator/workbook.ts,
 * `store`): the engine is built only when a formula must be computed. Whatever is written, cleared,
 * inserted or deleted, every value, formula, error, display value and size reads exactly as in a
 * workbook whose engine holds the cells; a loaded plan of typed values is read and saved without
 * one; and `sakip triwulan`'s job on such a plan (read it, write the evaluation and Ringkasan tabs
 * with formulas waiting, save) never builds it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { standardFormulas } from "../../src/core/standard";
import { demoWorkbook } from "../../src/emulator/demo";
import { formatDisplay } from "../../src/emulator/format";
import { emulatedPort } from "../../src/emulator/session";
import { type CellInput, MemoryWorkbook } from "../../src/emulator/workbook";
import { loadXlsx, xlsxBuffer } from "../../src/emulator/xlsx";

const TABS = ["Bidang A", "Catatan"];
const ROWS = 7;
const COLS = 5;

const date = fc
  .date({ min: new Date("1899-12-30T00:00:00Z"), max: new Date("2200-12-31T00:00:00Z"), noInvalidDate: true })
  .chain((d) =>
    fc.constantFrom(
      d,
      // Whole days in Jakarta, as a typed date is.
      new Date(Math.floor((d.getTime() + 7 * 3_600_000) / 86_400_000) * 86_400_000 - 7 * 3_600_000),
    ),
  );

/** What a person or the add-on types: numbers, text (some looking like numbers), truth values, dates. */
const typed: fc.Arbitrary<CellInput> = fc.oneof(
  fc.integer({ min: -1000, max: 10_000_000 }),
  // Within the dates a date format can show (a larger number there is no date in Sheets either).
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(-0, 0.1 + 0.2, Number.NaN, Number.POSITIVE_INFINITY),
  fc.constantFrom("", "teks", "1,5", "'awal", "=bukan rumus", "TRUE", "#N/A", "12%", " 3 ", null),
  fc.boolean(),
  date,
);

const FORMATS = [undefined, "0.00", "dd/MM/yyyy", "HH:mm", "@", "0.0%"];

type Op =
  | { kind: "write"; tab: number; row: number; col: number; cells: CellInput[][] }
  | { kind: "format"; tab: number; row: number; col: number; format: string | undefined }
  | { kind: "clear"; tab: number; row: number; col: number }
  | { kind: "insertRows"; tab: number; row: number; count: number }
  | { kind: "deleteRows"; tab: number; row: number; count: number }
  | { kind: "insertColumns"; tab: number; col: number; count: number }
  | { kind: "rename" };

const at = fc.record({
  tab: fc.constantFrom(0, 1),
  row: fc.integer({ min: 1, max: ROWS }),
  col: fc.integer({ min: 1, max: COLS }),
});

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(at, fc.array(fc.array(typed, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }))
      .map(([a, cells]) => ({ kind: "write" as const, ...a, cells })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(at, fc.constantFrom(...FORMATS))
      .map(([a, format]) => ({ kind: "format" as const, ...a, format })),
  },
  { weight: 1, arbitrary: at.map((a) => ({ kind: "clear" as const, ...a })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(at, fc.integer({ min: 1, max: 2 }))
      .map(([a, count]) => ({ kind: "insertRows" as const, tab: a.tab, row: a.row - 1, count })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(at, fc.integer({ min: 1, max: 2 }))
      .map(([a, count]) => ({ kind: "deleteRows" as const, tab: a.tab, row: a.row, count })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(at, fc.integer({ min: 1, max: 2 }))
      .map(([a, count]) => ({ kind: "insertColumns" as const, tab: a.tab, col: a.col - 1, count })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "rename" as const }) },
);

function apply(wb: MemoryWorkbook, ops: Op[]): void {
  for (const o of ops) {
    if (o.kind === "rename") {
      const [first, second] = wb.tabs().map((t) => t.name);
      wb.renameTab(first, "sementara");
      wb.renameTab(second, first);
      wb.renameTab("sementara", second);
      continue;
    }
    const tab = wb.tabs()[o.tab];
    if (o.kind === "write") wb.write(tab, o.row, o.col, o.cells);
    else if (o.kind === "format")
      tab.patchStyle({ row: o.row, col: o.col, rows: 2, cols: 2 }, { numberFormat: o.format });
    else if (o.kind === "clear") wb.clear(tab, { row: o.row, col: o.col, rows: 2, cols: 2 });
    else if (o.kind === "insertRows") wb.insertRowsAfter(tab, o.row, o.count);
    else if (o.kind === "deleteRows") wb.deleteRows(tab, o.row, o.count);
    else wb.insertColumnsAfter(tab, o.col, o.count);
  }
}

/** A workbook whose engine is built from the start: a formula was written (in a tab since gone). */
function withEngine(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.write(wb.addTab("Rumus"), 1, 1, [[{ formula: "=1+1" }]]);
  wb.removeTab("Rumus");
  return wb;
}

/** What a script or a person sees of every tab (the size first: it computes nothing). */
function seen(wb: MemoryWorkbook) {
  return wb.tabs().map((tab) => {
    const used = wb.usedSize(tab);
    const rect = { row: 1, col: 1, rows: ROWS + 5, cols: COLS + 3 };
    const values = wb.values(tab, rect);
    return {
      name: tab.name,
      used,
      values,
      shown: values.map((line, r) =>
        line.map((v, c) => formatDisplay(v, tab.style(r + 1, c + 1).numberFormat, wb.timeZone)),
      ),
      contents: wb.contents(tab, rect),
      formulas: wb.formulas(tab, rect),
      errors: values.map((line, r) => line.map((_, c) => wb.cellError(tab, r + 1, c + 1)?.code ?? "")),
      spills: values.map((line, r) => line.map((_, c) => wb.isArrayCell(tab, r + 1, c + 1).spilled)),
    };
  });
}

describe("a workbook of typed values without a formula engine", () => {
  it("reads exactly as one whose engine holds its cells, after any writes, clears, insertions and deletions", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 14 }), (ops) => {
        const stored = new MemoryWorkbook();
        const engine = withEngine();
        for (const wb of [stored, engine]) for (const name of TABS) wb.addTab(name);
        apply(stored, ops);
        apply(engine, ops);
        const expected = seen(engine);
        expect(seen(stored)).toEqual(expected);
        // The ones the engine refuses (NaN, ±Infinity: #NUM!) are given to an engine built for them.
        const refused = ops.some(
          (o) =>
            o.kind === "write" &&
            o.cells.some((line) => line.some((v) => typeof v === "number" && !Number.isFinite(v))),
        );
        expect(stored.engineBuilt).toBe(refused);
      }),
      { numRuns: 60 },
    );
  });

  it("computes a formula written later over its cells as the engine would have from the start", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 10 }), (ops) => {
        const stored = new MemoryWorkbook();
        const engine = withEngine();
        for (const wb of [stored, engine]) {
          for (const name of TABS) wb.addTab(name);
          apply(wb, ops);
          const tab = wb.tabs()[0];
          wb.write(tab, ROWS + 2, 1, [
            [
              { formula: `=SUM(A1:E${ROWS})` },
              { formula: `=COUNTA('${wb.tabs()[1].name}'!A1:E${ROWS})` },
              { formula: "=A1&B2" },
              { formula: '=IFERROR(A1+1,"x")' },
            ],
          ]);
        }
        expect(stored.engineBuilt).toBe(true);
        expect(seen(stored)).toEqual(seen(engine));
      }),
      { numRuns: 30 },
    );
  });

  it("loads and saves a plan of typed values without building the engine, and reads it the same", async () => {
    const plan = demoWorkbook();
    const loaded = await loadXlsx(await xlsxBuffer(plan));
    const again = await loadXlsx(await xlsxBuffer(loaded));
    expect(loaded.engineBuilt).toBe(false);
    expect(again.engineBuilt).toBe(false);
    const reference = await loadXlsx(await xlsxBuffer(plan));
    reference.write(reference.addTab("Rumus"), 1, 1, [[{ formula: "=1+1" }]]);
    reference.removeTab("Rumus");
    expect(reference.engineBuilt).toBe(true);
    expect(seen(again)).toEqual(seen(reference));
  });

  it("builds it when a loaded formula must be computed, and computes it as before", async () => {
    const wb = new MemoryWorkbook();
    const tab = wb.addTab("Bidang A");
    wb.write(tab, 1, 1, [[2, 3, { formula: "=A1*B1" }]]);
    const loaded = await loadXlsx(await xlsxBuffer(wb));
    expect(loaded.engineBuilt).toBe(false);
    const plan = loaded.getTab("Bidang A");
    // Typed values and the formula's text need no computing.
    expect(loaded.formula(plan, 1, 3)).toBe("=A1*B1");
    expect(loaded.literal(plan, 1, 1)).toBe(2);
    expect(loaded.engineBuilt).toBe(false);
    expect(loaded.values(plan, { row: 1, col: 1, rows: 1, cols: 3 })).toEqual([[2, 3, 6]]);
    expect(loaded.engineBuilt).toBe(true);
  });
});

describe("sakip triwulan's job on a plan of typed values", () => {
  it("reads the plan, writes both tabs with their formulas waiting and saves, never building the engine", async () => {
    const workbook = await loadXlsx(await xlsxBuffer(demoWorkbook()));
    workbook.deferFormulas = true;
    const { port } = emulatedPort(workbook);
    const report = generateTriwulan(port, {
      tw: 2,
      standard: standardFormulas,
      tahun: "2024",
      timeZone: () => workbook.timeZone,
    });
    expect(report.indicators).toBeGreaterThan(0);
    const saved = await xlsxBuffer(workbook);
    expect(workbook.engineBuilt).toBe(false);

    // The same job where the engine holds the plan from the start gives the same file's figures.
    const reference = await loadXlsx(await xlsxBuffer(demoWorkbook()));
    reference.write(reference.addTab("Rumus"), 1, 1, [[{ formula: "=1+1" }]]);
    reference.removeTab("Rumus");
    reference.deferFormulas = true;
    generateTriwulan(emulatedPort(reference).port, {
      tw: 2,
      standard: standardFormulas,
      tahun: "2024",
      timeZone: () => reference.timeZone,
    });
    const [mine, theirs] = [await loadXlsx(saved), await loadXlsx(await xlsxBuffer(reference))];
    const all = (wb: MemoryWorkbook) =>
      wb.tabs().map((t) => {
        const used = wb.usedSize(t);
        const rect = { row: 1, col: 1, rows: used.rows, cols: used.cols };
        return [t.name, wb.values(t, rect), wb.formulas(t, rect)];
      });
    expect(all(mine)).toEqual(all(theirs));
  });
});
