import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createGas } from "../../src/emulator/facade";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { loadXlsx, saveXlsx, xlsxBuffer } from "../../src/emulator/xlsx";

const dir = mkdtempSync(join(tmpdir(), "sakip-xlsx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sample() {
  const workbook = new MemoryWorkbook({
    customFunctions: {
      CAPAIAN: (t, r) => (t as number[][]).map((row, i) => [((r as number[][])[i][0] / row[0]) * 100]),
    },
  });
  workbook.addTab("Renaksi");
  workbook.addTab("Evaluasi TW I");
  const gas = createGas(workbook);
  const ss = gas.SpreadsheetApp.getActiveSpreadsheet();
  const renaksi = ss.getSheetByName("Renaksi");
  const evaluasi = ss.getSheetByName("Evaluasi TW I");
  if (!renaksi || !evaluasi) throw new Error("tab hilang");
  renaksi.getRange("A1:D1").setValues([["Indikator", "Target", "Realisasi", "Tanggal"]]);
  renaksi.getRange("A2:D3").setValues([
    ["Tingkat pengangguran", 63.57, 61.68, new Date("2024-03-31T00:00:00+07:00")],
    ["Jumlah dokumen", 18, 13, new Date("2024-06-30T00:00:00+07:00")],
  ]);
  renaksi.getRange("E2").setFormula("=CAPAIAN(B2:B3, C2:C3)");
  renaksi.getRange("F2").setFormula("=SUM(B2:B3)");
  renaksi.getRange("A1:F1").setFontWeight("bold").setBackground("#1E7B34").setFontColor("#FFFFFF");
  renaksi.getRange("B2:C3").setNumberFormat("#,##0.00");
  renaksi.getRange("A5:C5").merge();
  renaksi.getRange("A5").setValue("Catatan gabungan").setNote("Catatan reviu");
  renaksi.setFrozenRows(1);
  renaksi.setColumnWidth(1, 240);
  renaksi
    .getRange("G2:G3")
    .setDataValidation(
      gas.SpreadsheetApp.newDataValidation()
        .requireValueInList(["Positif", "Negatif"])
        .setAllowInvalid(false)
        .build(),
    );
  renaksi.setConditionalFormatRules([
    gas.SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo("Sangat Tinggi")
      .setBackground("#1e7b34")
      .setRanges([renaksi.getRange("H2:H10")])
      .build(),
  ]);
  evaluasi.getRange("A1:B1").setFormulas([["=Renaksi!F2*2", "=1/0"]]);
  return workbook;
}

describe("xlsx", () => {
  it("round trip keeps values, formulas, cached results and formatting", async () => {
    const path = join(dir, "renaksi.xlsx");
    await saveXlsx(sample(), path);

    // What Excel or LibreOffice would see: formulas without "=" and their computed results.
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(path);
    const cellOf = (tab: string, a1: string) => {
      const ws = excel.getWorksheet(tab);
      if (!ws) throw new Error(`tab ${tab} hilang`);
      return ws.getCell(a1).value;
    };
    const f2 = cellOf("Renaksi", "F2") as ExcelJS.CellFormulaValue;
    expect(f2).toMatchObject({ formula: "SUM(B2:B3)", result: 81.57 });
    const e2 = cellOf("Renaksi", "E2") as ExcelJS.CellFormulaValue;
    expect(e2.formula).toBe("CAPAIAN(B2:B3, C2:C3)");
    expect(e2.result).toBeCloseTo(97.03, 2);
    expect(cellOf("Renaksi", "E3")).toBeCloseTo(72.22, 2);
    expect((cellOf("Evaluasi TW I", "B1") as ExcelJS.CellFormulaValue).result).toEqual({
      error: "#DIV/0!",
    });

    const loaded = await loadXlsx(path);
    loaded.setCustomFunctions({ CAPAIAN: () => [[1], [2]] });
    const gas = createGas(loaded);
    const ss = gas.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getName()).toBe("renaksi");
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Renaksi", "Evaluasi TW I"]);
    const renaksi = ss.getSheetByName("Renaksi");
    if (!renaksi) throw new Error("tab hilang");
    const values = renaksi.getRange("A2:F3").getValues();
    expect(values[0].slice(0, 3)).toEqual(["Tingkat pengangguran", 63.57, 61.68]);
    expect((values[1][3] as Date).toISOString()).toBe("2024-06-29T17:00:00.000Z");
    expect(values.map((r) => r[4])).toEqual([1, 2]); // the spill came back as one formula
    expect(values[0][5]).toBe(81.57);
    expect(renaksi.getRange("E2:F3").getFormulas()).toEqual([
      ["=CAPAIAN(B2:B3, C2:C3)", "=SUM(B2:B3)"],
      ["", ""],
    ]);
    expect(ss.getRange("'Evaluasi TW I'!A1:B1").getValues()).toEqual([[163.14, "#DIV/0!"]]);
    expect(renaksi.getRange("A1").getFontWeight()).toBe("bold");
    expect(renaksi.getRange("A1").getBackground()).toBe("#1e7b34");
    expect(renaksi.getRange("A1").getFontColor()).toBe("#ffffff");
    expect(renaksi.getRange("B2").getNumberFormat()).toBe("#,##0.00");
    expect(renaksi.getRange("B2").getDisplayValue()).toBe("63,57");
    expect(renaksi.getRange("A5").getMergedRanges()[0].getA1Notation()).toBe("A5:C5");
    expect(renaksi.getRange("A5").getNote()).toBe("Catatan reviu");
    expect(renaksi.getFrozenRows()).toBe(1);
    expect(renaksi.getColumnWidth(1)).toBe(240);
    expect(renaksi.getRange("G3").getDataValidation()?.getCriteriaValues()).toEqual([
      ["Positif", "Negatif"],
      true,
    ]);
    expect(renaksi.getRange("G3").getDataValidation()?.getAllowInvalid()).toBe(false);
    const [rule] = renaksi.getConditionalFormatRules();
    expect(rule.getBooleanCondition().getCriteriaValues()).toEqual(["Sangat Tinggi"]);
    expect(rule.getRanges()[0].getA1Notation()).toBe("H2:H10");
  });

  it("expands shared formulas and flattens rich text and hyperlinks", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Data");
    ws.getCell("A1").value = 1;
    ws.getCell("A2").value = 2;
    ws.getCell("A3").value = 3;
    ws.getCell("B1").value = { formula: "A1*2", result: 2 };
    ws.getCell("B2").value = { sharedFormula: "B1", result: 4 };
    ws.getCell("B3").value = { sharedFormula: "B1", result: 6 };
    ws.getCell("C1").value = {
      richText: [{ text: "Sasaran " }, { font: { bold: true }, text: "strategis" }],
    };
    ws.getCell("C2").value = { text: "Laporan", hyperlink: "https://example.go.id" };
    ws.getCell("C3").value = { formula: '_xlfn.IFS(A3>2,"besar",TRUE,"kecil")', result: "besar" };
    const workbook = await loadXlsx(new Uint8Array(await book.xlsx.writeBuffer()));
    const tab = workbook.getTab("Data");
    expect(workbook.formulas(tab, { row: 1, col: 2, rows: 3, cols: 1 })).toEqual([
      ["=A1*2"],
      ["=A2*2"],
      ["=A3*2"],
    ]);
    expect(workbook.values(tab, { row: 1, col: 2, rows: 3, cols: 2 })).toEqual([
      [2, "Sasaran strategis"],
      [4, "Laporan"],
      [6, "besar"],
    ]);
  });

  it("saves to a buffer that loads again", async () => {
    const workbook = new MemoryWorkbook();
    workbook.write(workbook.addTab("A"), 1, 1, [["=x", { formula: "=LEN(A1)" }]]);
    const again = await loadXlsx(await xlsxBuffer(workbook));
    expect(again.values(again.getTab("A"), { row: 1, col: 1, rows: 1, cols: 2 })).toEqual([["=x", 2]]);
  });

  it("a file that is not an xlsx gives an Indonesian error", async () => {
    const path = join(dir, "bukan.xlsx");
    writeFileSync(path, "ini bukan spreadsheet");
    await expect(loadXlsx(path)).rejects.toThrow(
      `Berkas "${path}" bukan spreadsheet .xlsx (isinya bukan workbook Excel): periksa berkas yang dipilih.`,
    );
    await expect(loadXlsx(join(dir, "tidak-ada.xlsx"))).rejects.toThrow(
      /tidak dapat dibaca: berkasnya tidak ada atau tidak boleh dibuka\.$/,
    );
  });
});

describe("a large .xlsx", () => {
  it("is loaded from ExcelJS's model of its rows: no Row or Cell object per row, no row-walking column count", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Bidang Besar");
    for (let r = 1; r <= 400; r++) ws.addRow([r, `Indikator ${r}`, "63,57", r * 1000]);
    const sheetProto = Object.getPrototypeOf(ws) as { columnCount: number };
    const rowProto = Object.getPrototypeOf(ws.getRow(1)) as { model: unknown };
    const columnCount = vi.spyOn(sheetProto, "columnCount", "get");
    const rowMade = vi.spyOn(rowProto, "model", "set");
    try {
      const loaded = await loadXlsx(new Uint8Array(await book.xlsx.writeBuffer()));
      const tab = loaded.getTab("Bidang Besar");
      expect(loaded.usedSize(tab)).toEqual({ rows: 400, cols: 4 });
      expect(loaded.values(tab, { row: 400, col: 1, rows: 1, cols: 4 })).toEqual([
        [400, "Indikator 400", "63,57", 400_000],
      ]);
      expect(columnCount).not.toHaveBeenCalled();
      expect(rowMade).not.toHaveBeenCalled();
    } finally {
      columnCount.mockRestore();
      rowMade.mockRestore();
    }
  });
});

describe("cell styles in the saved .xlsx", () => {
  it("a formula's date without a number format shows as a date, its unformatted neighbours as numbers and text, styled cells keep their formats", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addTab("A");
    const sheet = createGas(workbook).SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    sheet.getRange("A1:D2").setValues([
      [5, "=DATE(2024,3,31)", "teks", "=A1*2"],
      ["=DATE(2024,6,30)", 7, "=A1+1", "lagi"],
    ]);
    sheet.getRange("C1:C2").setNumberFormat("#,##0.00").setFontWeight("bold");
    sheet.getRange("E1").setBackground("#ffff00");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsxBuffer(workbook)) as unknown as ExcelJS.Buffer);
    const ws = book.getWorksheet("A");
    if (!ws) throw new Error("tab A hilang");
    const numFmt = (a: string) => ws.getCell(a).numFmt ?? "";
    const dateFormat = /[dmy]/i;
    expect(numFmt("B1")).toMatch(dateFormat);
    expect(numFmt("A2")).toMatch(dateFormat);
    for (const a of ["A1", "D1", "B2", "D2"]) expect(numFmt(a) || "General").not.toMatch(dateFormat);
    expect(numFmt("C2")).toBe("#,##0.00");
    expect(ws.getCell("C1").font?.bold).toBe(true);
    expect(ws.getCell("D1").font?.bold ?? false).toBe(false);
    expect((ws.getCell("E1").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFFF00");
    // And back in the emulator, the dates are dates again.
    const again = await loadXlsx(await xlsxBuffer(workbook));
    expect(again.value(again.getTab("A"), 1, 2)).toBeInstanceOf(Date);
    expect(again.value(again.getTab("A"), 2, 2)).toBe(7);
  });
});
