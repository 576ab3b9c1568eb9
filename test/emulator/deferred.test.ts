/**
 * Formulas that wait outside the formula engine (`deferFormulas`, what `sakip triwulan` turns on)
 * read as if the engine had them from the start: after any mix of writes, clears, row insertions,
 * renames and reads, every value, formula, error and the used size of each tab equal those of a
 * workbook that computes each formula as it is written. A file saved while they wait holds the
 * formulas without results and asks the spreadsheet that opens it to compute them; opened again
 * here it shows the same values.
 */
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellInput, MemoryWorkbook as Workbook } from "../../src/emulator/workbook";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { loadXlsx, xlsxBuffer } from "../../src/emulator/xlsx";

/** One file of a zip (an .xlsx), found in its central directory. */
function zipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  for (let at = zip.readUInt32LE(end + 16); zip.readUInt32LE(at) === 0x02014b50; ) {
    const [nameLength, extra, comment] = [28, 30, 32].map((o) => zip.readUInt16LE(at + o));
    const size = zip.readUInt32LE(at + 20);
    if (zip.toString("utf8", at + 46, at + 46 + nameLength).replace(/^\//, "") === name) {
      const local = zip.readUInt32LE(at + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (zip.readUInt16LE(at + 10) === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error(`${name} tidak ada`);
}

const TABS = ["Bidang A", "Evaluasi"];
const ROWS = 6;
const COLS = 4;

const cellRef = fc
  .tuple(
    fc.constantFrom("", "'Bidang A'!", "Evaluasi!"),
    fc.constantFrom("A", "B", "C", "D"),
    fc.integer({ min: 1, max: ROWS }),
  )
  .map(([tab, col, row]) => `${tab}${col}${row}`);

/** Formulas of the kinds the add-on writes: references, IF over blanks, sums, text, errors. */
const formula = fc.oneof(
  cellRef.map((r) => `=${r}`),
  fc.tuple(cellRef, cellRef).map(([a, b]) => `=IF(${a}="","",${a}+${b})`),
  fc.tuple(cellRef, cellRef).map(([a, b]) => `=IFERROR(${a}/${b},"galat")`),
  fc.constantFrom("=SUM(A1:B3)", '=COUNTIF(A1:D6,">1")', "=AVERAGE('Bidang A'!A1:A6)", '=A1&"x"', "=1/0"),
  // Not deferred: may spill, so the engine takes it at once.
  fc.constantFrom("=ARRAYFORMULA(H1:H3+1)"),
);

const literal = fc.oneof(
  fc.integer({ min: -5, max: 50 }),
  fc.double({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom("", "teks", "1,5", "-", null),
);

const cell: fc.Arbitrary<CellInput> = fc.oneof(
  { weight: 2, arbitrary: literal as fc.Arbitrary<CellInput> },
  { weight: 3, arbitrary: formula.map((f) => ({ formula: f })) },
);

const at = fc.record({
  tab: fc.constantFrom(0, 1),
  row: fc.integer({ min: 1, max: ROWS }),
  col: fc.integer({ min: 1, max: COLS }),
});

type Op =
  | { kind: "write"; tab: number; row: number; col: number; cells: CellInput[][] }
  | { kind: "clear"; tab: number; row: number; col: number }
  | { kind: "insert"; tab: number; row: number }
  | { kind: "rename"; tab: number }
  | { kind: "read"; tab: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(at, fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }))
      .map(([a, cells]) => ({ kind: "write" as const, ...a, cells })),
  },
  { weight: 1, arbitrary: at.map((a) => ({ kind: "clear" as const, ...a })) },
  { weight: 1, arbitrary: at.map((a) => ({ kind: "insert" as const, tab: a.tab, row: a.row })) },
  { weight: 1, arbitrary: at.map((a) => ({ kind: "rename" as const, tab: a.tab })) },
  { weight: 1, arbitrary: at.map((a) => ({ kind: "read" as const, tab: a.tab })) },
);

const withoutSpill = (o: Op) =>
  o.kind !== "read" && !(o.kind === "write" && JSON.stringify(o.cells).includes("ARRAYFORMULA"));

function apply(wb: Workbook, ops: Op[]): void {
  for (const o of ops) {
    const tab = wb.tabs()[o.tab];
    if (o.kind === "write") wb.write(tab, o.row, o.col, o.cells);
    else if (o.kind === "clear") wb.clear(tab, { row: o.row, col: o.col, rows: 2, cols: 2 });
    else if (o.kind === "insert") wb.insertRowsAfter(tab, o.row, 1);
    else if (o.kind === "rename") {
      // The two tabs swap names, so every name a formula uses stays a tab's.
      const [first, second] = wb.tabs().map((t) => t.name);
      wb.renameTab(first, "sementara");
      wb.renameTab(second, first);
      wb.renameTab("sementara", second);
    } else wb.values(tab, { row: 1, col: 1, rows: ROWS, cols: COLS });
  }
}

function made(defer: boolean, ops: Op[]): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  for (const name of TABS) wb.addTab(name);
  wb.deferFormulas = defer;
  apply(wb, ops);
  return wb;
}

/** What a script or a person can see of every tab, the size first (it computes nothing). */
function seen(wb: MemoryWorkbook) {
  return wb.tabs().map((tab) => {
    const used = wb.usedSize(tab);
    const rect = { row: 1, col: 1, rows: ROWS + 4, cols: COLS + 1 };
    return {
      name: tab.name,
      used,
      contents: wb.contents(tab, rect),
      formulas: wb.formulas(tab, rect),
      values: wb.values(tab, rect),
      errors: wb
        .formulas(tab, rect)
        .map((line, r) => line.map((_, c) => wb.cellError(tab, r + 1, c + 1)?.code ?? "")),
    };
  });
}

describe("formulas deferred outside the formula engine", () => {
  it("read exactly as formulas the engine computes as they are written", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        const eager = made(false, ops);
        const deferred = made(true, ops);
        expect(seen(deferred)).toEqual(seen(eager));
      }),
      { numRuns: 150 },
    );
  });

  it("are saved without results, and the file opens with the values the engine computes", async () => {
    await fc.assert(
      // Without ARRAYFORMULA: spills are saved as they were (test/emulator/xlsx.test.ts).
      fc.asyncProperty(fc.array(op.filter(withoutSpill), { maxLength: 10 }), async (ops) => {
        const eager = made(false, ops);
        const deferred = made(true, ops);
        const again = await loadXlsx(await xlsxBuffer(deferred));
        const tabs = (wb: MemoryWorkbook) =>
          wb.tabs().map((t) => [t.name, wb.values(t, { row: 1, col: 1, rows: ROWS + 4, cols: COLS + 1 })]);
        expect(tabs(again)).toEqual(tabs(eager));
      }),
      { numRuns: 40 },
    );
  });

  it("leave the results to Excel and LibreOffice, with fullCalcOnLoad, only while they wait", async () => {
    const wb = new MemoryWorkbook();
    const tab = wb.addTab("Evaluasi");
    wb.deferFormulas = true;
    wb.write(tab, 1, 1, [[2, { formula: "=A1*3" }, "teks"]]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsxBuffer(wb)) as unknown as ExcelJS.Buffer);
    expect(book.getWorksheet("Evaluasi")?.getCell("B1").value).toEqual({ formula: "A1*3" });
    expect(zipEntry(await xlsxBuffer(wb), "xl/workbook.xml")).toContain('fullCalcOnLoad="1"');
    // Read once (as getValues does), the formula is computed and saved with its result.
    expect(wb.values(tab, { row: 1, col: 1, rows: 1, cols: 3 })).toEqual([[2, 6, "teks"]]);
    const computed = new ExcelJS.Workbook();
    await computed.xlsx.load((await xlsxBuffer(wb)) as unknown as ExcelJS.Buffer);
    expect(computed.getWorksheet("Evaluasi")?.getCell("B1").value).toEqual({ formula: "A1*3", result: 6 });
    expect(zipEntry(await xlsxBuffer(wb), "xl/workbook.xml")).not.toContain("fullCalcOnLoad");
  });

  it("are computed before the save where a formula calls a function only the add-on knows", async () => {
    const wb = new MemoryWorkbook({
      customFunctions: { CAPAIAN: (t, r) => ((r as number) / (t as number)) * 100 },
    });
    const tab = wb.addTab("Evaluasi");
    wb.deferFormulas = true;
    wb.write(tab, 1, 1, [[40, 30, { formula: "=CAPAIAN(A1,B1)" }, { formula: "=C1+1" }]]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsxBuffer(wb)) as unknown as ExcelJS.Buffer);
    const ws = book.getWorksheet("Evaluasi");
    // Excel and LibreOffice show #NAME? for CAPAIAN: the result computed here is what they show.
    expect(ws?.getCell("C1").value).toEqual({ formula: "CAPAIAN(A1,B1)", result: 75 });
    expect(ws?.getCell("D1").value).toEqual({ formula: "C1+1", result: 76 });
  });
});
