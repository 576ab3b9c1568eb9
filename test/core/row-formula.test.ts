/**
 * The CLI's evaluation tab keeps one formula text per row shape (src/core/row-formula.ts): each
 * formula cell holds its template and rows, its A1 text made when read. What a person gets is the
 * same as with one text per cell: on every corpus layout, TW II with the CLI's standard formulas
 * and TW IV with the custom functions, first built and regenerated over itself, the evaluation
 * tab and its Ringkasan hold the same formulas, values and notes (the rows' memos included), and
 * the saved .xlsx the same cells.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { shapeHash } from "../../src/core/regenerate/formulas";
import { shapeHasher } from "../../src/core/regenerate/shape-templates";
import { FormulaTemplate, Templates } from "../../src/core/row-formula";
import { standardRowFormulas } from "../../src/core/standard-kualitatif";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { xlsxBuffer } from "../../src/emulator/xlsx";
import { CORPUS, type CorpusLayout } from "../fixtures/layouts";

function workbook(l: CorpusLayout): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  const width = Math.max(...l.values.map((r) => r.length));
  const tab = wb.addTab(l.tab);
  wb.write(
    tab,
    1,
    1,
    l.values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? "")),
  );
  for (const m of l.merges ?? []) tab.merges.push({ ...m });
  return wb;
}

/** Every tab's formulas, values and notes after `triwulan` twice (built, then regenerated), as the CLI runs it. */
function run(l: CorpusLayout, tw: number, standard: boolean, shared: boolean) {
  const wb = workbook(l);
  wb.deferFormulas = true;
  const { port } = emulatedPort(wb);
  const tabs: unknown[] = [];
  try {
    for (let i = 0; i < 2; i++) {
      const report = generateTriwulan(port, {
        tw,
        tahun: "2024",
        standard: standard ? standardRowFormulas : undefined,
        shapeHash: shapeHasher(),
        sharedTexts: shared ? () => new Templates() : undefined,
        now: new Date(2024, 6, 1),
      });
      tabs.push(report.message);
    }
  } catch (e) {
    // A layout without what the evaluation tab needs is refused alike.
    return { wb, tabs: [String(e)] };
  }
  for (const t of wb.tabs()) tabs.push(t.name, port.read(t.name, { notes: true }));
  return { wb, tabs };
}

/** The saved file's cells: formula or value, and note, per cell of every sheet. */
async function saved(wb: MemoryWorkbook): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await xlsxBuffer(wb)) as never);
  const out: string[] = [];
  for (const ws of book.worksheets)
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (c, col) => {
        const v = c.value as { formula?: string; sharedFormula?: string } | null;
        out.push(`${ws.name}!${r},${col}:${c.formula ?? ""}|${v?.sharedFormula ?? ""}|${c.note ?? ""}`);
      }),
    );
  return out;
}

describe("formula texts shared by rows of one shape", () => {
  it("give the same evaluation tab, Ringkasan, notes and saved file on every corpus layout and TW (II: the file's formulas, IV: Sheets')", async () => {
    let formulas = 0;
    for (const l of CORPUS)
      for (const [tw, standard] of [
        [2, true],
        [4, false],
      ] as const) {
        const plain = run(l, tw, standard, false);
        const shared = run(l, tw, standard, true);
        expect(shared.tabs, `${l.id} TW ${tw}`).toEqual(plain.tabs);
        formulas += JSON.stringify(plain.tabs).split('"=').length - 1;
        if (tw === 2 && standard) expect(await saved(shared.wb), l.id).toEqual(await saved(plain.wb));
      }
    expect(formulas).toBeGreaterThan(10_000);
  }, 600_000);

  it("keep one text for the rows of a shape, and make each row's own", () => {
    const templates = new Templates();
    const text = "=IF('Bidang A'!B\u00020\u0003=\"\",\"\",A\u0001+'Bidang A'!C\u00021\u0003)";
    const [a, b] = [templates.cell(text, 7, 2), templates.cell(text, 8, 3)];
    expect(a.template).toBe(b.template);
    expect(a.formula).toBe(`=IF('Bidang A'!B2="","",A7+'Bidang A'!C3)`);
    expect(b.formula).toBe(`=IF('Bidang A'!B3="","",A8+'Bidang A'!C4)`);
  });

  it("hash the memo's shape once per text, and per row where a row number stands in a literal", () => {
    const asked: string[] = [];
    const hash = (f: string) => {
      asked.push(f);
      return shapeHash(f);
    };
    const templates = new Templates();
    const plain = [7, 8, 9].map((r) => templates.cell("=A\u0001+'T'!B\u00020\u0003", r, r - 5));
    for (const c of plain) expect(c.template.shapeHash(hash, c)).toBe(shapeHash(c.formula));
    expect(asked).toHaveLength(1);
    // "'T'!B2 berisi #DIV/0!" names the plan cell in a literal: its text, so its shape, is the row's.
    const named = [7, 8].map((r) =>
      templates.cell("=IFERROR(A\u0001,\"'T'!B\u00020\u0003 berisi #DIV/0!\")", r, r - 5),
    );
    for (const c of named) expect(c.template.shapeHash(hash, c)).toBe(shapeHash(c.formula));
    expect(new Set(named.map((c) => c.template.shapeHash(shapeHash, c))).size).toBe(2);
    expect(new FormulaTemplate("=SUM(A1:A3)").at(9, 9)).toBe("=SUM(A1:A3)");
  });
});
