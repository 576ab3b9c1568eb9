/**
 * INDIRECT as Google documents it (https://support.google.com/docs/answer/3093377): "Returns a cell
 * reference specified by a string", A1 by default, R1C1 when is_A1_notation is FALSE; a cell or an
 * area. HyperFormula has none: the emulator's own plugin (src/emulator/indirect.ts).
 */
import { describe, expect, it } from "vitest";
import { formulaFromLocale } from "../../src/emulator/format";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { loadXlsx, xlsxBuffer } from "../../src/emulator/xlsx";

function workbook() {
  const wb = new MemoryWorkbook();
  const t = wb.addTab("Lembar");
  const bidang = wb.addTab("Bidang A");
  wb.write(bidang, 2, 2, [[40]]);
  wb.write(bidang, 3, 2, [[60]]);
  return { wb, t, bidang };
}
const typed = (text: string) => ({ formula: formulaFromLocale(text) });

describe("INDIRECT (support.google.com/docs/answer/3093377)", () => {
  it("reads a cell, a quoted tab, an area in SUM and R1C1, as Sheets", () => {
    const { wb, t } = workbook();
    wb.write(t, 1, 1, [[5, typed("=A1*2"), typed('=INDIRECT("B1")'), typed("=INDIRECT(\"'Bidang A'!B2\")")]]);
    wb.write(t, 2, 1, [[typed("=SUM(INDIRECT(\"'Bidang A'!B2:B3\"))"), typed('=INDIRECT("R1C2"; FALSE)')]]);
    wb.write(t, 3, 1, [["B1", typed("=INDIRECT(A3)+1"), typed('=INDIRECT("A"&1)')]]);
    expect([wb.value(t, 1, 3), wb.value(t, 1, 4)]).toEqual([10, 40]);
    expect([wb.value(t, 2, 1), wb.value(t, 2, 2)]).toEqual([100, 10]);
    expect([wb.value(t, 3, 2), wb.value(t, 3, 3)]).toEqual([11, 5]);
    // A literal area spills, as Sheets' result of an area does.
    wb.write(t, 5, 1, [[typed("=INDIRECT(\"'Bidang A'!B2:B3\")")]]);
    expect([wb.value(t, 5, 1), wb.value(t, 6, 1)]).toEqual([40, 60]);
  });

  it('takes whole columns and rows, as Sheets: INDIRECT("\'Bidang A\'!B:B") and INDIRECT("2:2")', () => {
    const { wb, t } = workbook();
    wb.write(t, 2, 1, [[1, 2, 3]]);
    wb.write(t, 1, 5, [
      [
        typed("=SUM(INDIRECT(\"'Bidang A'!B:B\"))"),
        typed('=SUM(INDIRECT("2:2"))'),
        typed('=COUNTA(INDIRECT("A:C"))'),
      ],
    ]);
    expect([wb.value(t, 1, 5), wb.value(t, 1, 6), wb.value(t, 1, 7)]).toEqual([100, 6, 3]);
  });

  it("follows a change of the cell it reads, and of the text naming it", () => {
    const { wb, t } = workbook();
    wb.write(t, 1, 1, [[5, typed("=A1*2"), typed('=INDIRECT("B1")'), "B1", typed("=INDIRECT(D1)")]]);
    wb.write(t, 1, 1, [[7]]);
    expect([wb.value(t, 1, 3), wb.value(t, 1, 5)]).toEqual([14, 14]);
    wb.write(t, 1, 4, [["A1"]]);
    expect(wb.value(t, 1, 5)).toBe(7);
    // A formula typed later where INDIRECT points.
    wb.write(t, 2, 1, [[typed('=INDIRECT("C2")'), 1]]);
    wb.write(t, 2, 3, [[typed("=B2+1")]]);
    expect(wb.value(t, 2, 1)).toBe(2);
    wb.write(t, 2, 2, [[10]]);
    expect(wb.value(t, 2, 1)).toBe(11);
  });

  it("a text naming no cell is #REF! with one Indonesian sentence", () => {
    const { wb, t } = workbook();
    wb.write(t, 1, 1, [[typed('=INDIRECT("bukan alamat")'), typed("=INDIRECT(\"'Tidak Ada'!A1\")")]]);
    for (const col of [1, 2]) {
      const error = wb.cellError(t, 1, col);
      expect(error?.code).toBe("#REF!");
      expect(error?.message).toMatch(/^Rujukan INDIRECT tidak valid: ".+" bukan alamat sel atau rentang/);
    }
  });

  it("is computed in a workbook loaded from .xlsx", async () => {
    const { wb, t } = workbook();
    wb.write(t, 1, 1, [[typed("=INDIRECT(\"'Bidang A'!B3\")"), typed('=INDIRECT("C1")'), typed("=A1*2")]]);
    const loaded = await loadXlsx(new Uint8Array(await xlsxBuffer(wb)));
    const lembar = loaded.getTab("Lembar");
    expect([loaded.value(lembar, 1, 1), loaded.value(lembar, 1, 2)]).toEqual([60, 120]);
  });
});
