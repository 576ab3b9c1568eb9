import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createGas, PROTECTED_MESSAGE } from "../src/emulator/facade";
import { formulaFromLocale, formulaToLocale } from "../src/emulator/format";
import { MemoryWorkbook } from "../src/emulator/workbook";

function setup(options?: Parameters<typeof createGas>[1]) {
  const workbook = new MemoryWorkbook({ name: "Renaksi 2024" });
  workbook.addTab("Sheet1");
  const gas = createGas(workbook, options);
  const ss = gas.SpreadsheetApp.getActiveSpreadsheet();
  return { workbook, gas, ss, sheet: ss.getSheets()[0] };
}

describe("values", () => {
  it("getValues returns typed computed values", () => {
    const { sheet } = setup();
    sheet
      .getRange("A1:F1")
      .setValues([[12, "teks", true, new Date("2024-03-31T00:00:00+07:00"), "", "=A1*2"]]);
    const [row] = sheet.getRange("A1:F1").getValues();
    expect(row.slice(0, 3)).toEqual([12, "teks", true]);
    expect(row[3]).toBeInstanceOf(Date);
    expect((row[3] as Date).toISOString()).toBe("2024-03-30T17:00:00.000Z");
    expect(row[4]).toBe("");
    expect(row[5]).toBe(24);
    expect(sheet.getRange("A1:F1").getFormulas()).toEqual([["", "", "", "", "", "=A1*2"]]);
    expect(sheet.getRange("D1").getDisplayValue()).toBe("31/03/2024");
  });

  it("setValues parses strings as an id_ID spreadsheet does", () => {
    const { sheet } = setup();
    const input = [
      ["63,57", "1.234.567", "95%", "-5", "+5", "TRUE", "false", "Zona Hijau", "1.5", "89,335,000"],
    ];
    const range = sheet.getRange(1, 1, 1, input[0].length);
    range.setValues(input);
    expect(range.getValues()).toEqual([
      [63.57, 1234567, 0.95, -5, 5, true, false, "Zona Hijau", "1.5", "89,335,000"],
    ]);
    expect(sheet.getRange("C1").getNumberFormat()).toBe("0%");
    expect(range.getDisplayValues()[0].slice(0, 3)).toEqual(["63,57", "1234567", "95%"]);
  });

  it("a leading apostrophe stores the rest as text; '@' cells keep text", () => {
    const { sheet } = setup();
    sheet.getRange("A1:C1").setValues([["'=SUM(1)", "'0012", "'+62"]]);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([["=SUM(1)", "0012", "+62"]]);
    expect(sheet.getRange("A1:C1").getFormulas()).toEqual([["", "", ""]]);
    sheet.getRange("D1").setNumberFormat("@").setValue("63,57");
    expect(sheet.getRange("D1").getValue()).toBe("63,57");
  });

  it("rejects data of the wrong shape with Sheets' message", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange("A1:B2").setValues([[1, 2]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() => sheet.getRange("A1:B1").setValues([[1, 2, 3]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.",
    );
  });

  it("formats numbers for display in id_ID", () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1:E1").setValues([[1234567.891, 0.9703, -8672399000, 61.68, 1852283616]]);
    r.setNumberFormats([["#,##0.00", "0.00%", "#,##0", "0.0", '"Rp "#,##0']]);
    expect(r.getDisplayValues()).toEqual([
      ["1.234.567,89", "97,03%", "-8.672.399.000", "61,7", "Rp 1.852.283.616"],
    ]);
  });

  it("dates typed in id_ID and date arithmetic give Dates", () => {
    const { sheet } = setup();
    sheet.getRange("A1:B1").setValues([["31/12/2024", "=A1+1"]]);
    const [[a, b]] = sheet.getRange("A1:B1").getValues();
    expect(a).toBeInstanceOf(Date);
    expect((b as Date).toISOString()).toBe("2024-12-31T17:00:00.000Z");
    expect(sheet.getRange("A1:B1").getDisplayValues()).toEqual([["31/12/2024", "01/01/2025"]]);
  });

  it("evaluates formulas with cross-sheet references and shows errors as Sheets does", () => {
    const { ss, sheet } = setup();
    const data = ss.insertSheet("Data Bidang");
    data.getRange("A1:B2").setValues([
      [8672399000, 7715264852],
      [10, 0],
    ]);
    sheet
      .getRange("A1:C1")
      .setFormulas([["='Data Bidang'!B1/'Data Bidang'!A1*100", "=SUM('Data Bidang'!A1:A2)", "=A2/0"]]);
    const [[serapan, total, div]] = sheet.getRange("A1:C1").getValues();
    expect(serapan).toBeCloseTo(88.96, 2);
    expect(total).toBe(8672399010);
    expect(div).toBe("#DIV/0!");
    // Changing a precedent recomputes the dependent.
    data.getRange("B1").setValue(8672399000);
    expect(sheet.getRange("A1").getValue()).toBe(100);
    expect(sheet.getRange("A1").getFormula()).toBe("='Data Bidang'!B1/'Data Bidang'!A1*100");
  });
});

describe("custom functions", () => {
  it("a range argument arrives as a 2-D array and the result spills over the column", () => {
    const { workbook, sheet } = setup();
    const seen: unknown[] = [];
    workbook.setCustomFunctions({
      CAPAIAN: (target, realisasi) => {
        seen.push(target, realisasi);
        const t = target as (number | string)[][];
        const r = realisasi as (number | string)[][];
        return t.map((row, i) =>
          row[0] === "" || r[i][0] === "" ? [""] : [((r[i][0] as number) / (row[0] as number)) * 100],
        );
      },
      KRITERIA: (capaian) => ((capaian as number) >= 91 ? "Sangat Tinggi" : "Tinggi"),
    });
    sheet.getRange("A1:B3").setValues([
      [63.57, 61.68],
      [18, 13],
      [1290, ""],
    ]);
    sheet.getRange("C1").setFormula("=CAPAIAN(A1:A3, B1:B3)");
    sheet.getRange("D1").setFormula("=KRITERIA(C1)");
    const values = sheet.getRange("C1:D3").getValues();
    expect(values[0][0]).toBeCloseTo(97.03, 2);
    expect(values[1][0]).toBeCloseTo(72.22, 2);
    expect(values[2][0]).toBe("");
    expect(values[0][1]).toBe("Sangat Tinggi");
    expect(seen[0]).toEqual([[63.57], [18], [1290]]);
    expect(seen[1]).toEqual([[61.68], [13], [""]]);
    // Only the origin holds the formula; the spilled cells count as content.
    expect(sheet.getRange("C1:C3").getFormulas()).toEqual([["=CAPAIAN(A1:A3, B1:B3)"], [""], [""]]);
    expect(sheet.getLastRow()).toBe(3);
    // A new realisasi recomputes the column.
    sheet.getRange("B3").setValue(625);
    expect(sheet.getRange("C3").getValue()).toBeCloseTo(48.45, 2);
  });

  it("a thrown Error shows #ERROR! and keeps its message", () => {
    const { workbook, sheet } = setup();
    workbook.setCustomFunctions({
      EFISIENSI: () => {
        throw new Error("Pagu harus angka");
      },
    });
    sheet.getRange("A1").setFormula("=EFISIENSI(1, 2)");
    expect(sheet.getRange("A1").getValue()).toBe("#ERROR!");
    expect(workbook.cellError(workbook.getTab("Sheet1"), 1, 1)).toEqual({
      code: "#ERROR!",
      message: "Pagu harus angka",
    });
  });

  it("a provider set after the formulas recomputes them; workbooks keep their own providers", () => {
    const a = setup();
    const b = setup();
    a.sheet.getRange("A1").setFormula("=KRITERIA(95)");
    b.sheet.getRange("A1").setFormula("=KRITERIA(95)");
    expect(a.sheet.getRange("A1").getValue()).toBe("#NAME?");
    a.workbook.setCustomFunctions({ KRITERIA: () => "dari A" });
    b.workbook.setCustomFunctions({ KRITERIA: () => "dari B" });
    expect(a.sheet.getRange("A1").getValue()).toBe("dari A");
    expect(b.sheet.getRange("A1").getValue()).toBe("dari B");
  });
});

describe("sheets and ranges", () => {
  it("insertSheet refuses a taken name; getSheetByName gives null when absent", () => {
    const { ss } = setup();
    ss.insertSheet("Evaluasi TW I");
    expect(ss.getActiveSheet().getName()).toBe("Evaluasi TW I");
    expect(() => ss.insertSheet("Evaluasi TW I")).toThrow(
      'A sheet with the name "Evaluasi TW I" already exists. Please enter another name.',
    );
    expect(ss.getSheetByName("Tidak Ada")).toBeNull();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Sheet1", "Evaluasi TW I"]);
    expect(ss.getSpreadsheetLocale()).toBe("id_ID");
    expect(ss.getSpreadsheetTimeZone()).toBe("Asia/Jakarta");
  });

  it("ranges stay inside the sheet; insertRowsAfter grows it", () => {
    const { sheet, ss } = setup();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(() => sheet.getRange(1001, 1)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    sheet.getRange("A1:A2").setValues([[1], ["=A1+1"]]);
    sheet.insertRowsAfter(1, 5);
    expect(sheet.getMaxRows()).toBe(1005);
    expect(sheet.getRange("A7").getFormula()).toBe("=A1+1");
    expect(sheet.getLastRow()).toBe(7);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:A7");
    expect(ss.getRange("'Sheet1'!B2:C3").getA1Notation()).toBe("B2:C3");
    expect(sheet.getRange("A2:C").getNumRows()).toBe(1004);
    // Sheet.getRangeList: the ranges of the notations, in their order, each a Range of the sheet.
    const list = sheet.getRangeList(["B2:C3", "A7", "A1:A2"]).getRanges();
    expect(list.map((r) => r.getA1Notation())).toEqual(["B2:C3", "A7", "A1:A2"]);
    expect(list[1].getFormula()).toBe("=A1+1");
    expect(() => sheet.getRangeList([])).toThrow();
  });

  it("keeps formats, merges, notes, validations and conditional rules", () => {
    const { gas, sheet } = setup();
    const header = sheet.getRange("A1:C1");
    header.merge().setFontWeight("bold").setBackground("#1E7B34").setFontColor("#ffffff").setWrap(true);
    header.setHorizontalAlignment("center").setNote("Judul");
    sheet.setFrozenRows(1);
    sheet.setColumnWidths(1, 2, 240);
    expect(header.getFontWeights()).toEqual([["bold", "bold", "bold"]]);
    expect(header.getBackgrounds()[0][0]).toBe("#1e7b34");
    expect(sheet.getRange("A2").getBackground()).toBe("#ffffff");
    expect(
      sheet
        .getRange("B1")
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["A1:C1"]);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getColumnWidth(2)).toBe(240);
    expect(sheet.getRange("A1").getNote()).toBe("Judul");

    const rule = gas.SpreadsheetApp.newDataValidation()
      .requireValueInList(["Positif", "Negatif"], true)
      .setAllowInvalid(false)
      .setHelpText("Pilih Positif atau Negatif")
      .build();
    sheet.getRange("D2:D5").setDataValidation(rule);
    const got = sheet.getRange("D3").getDataValidation();
    expect(got?.getCriteriaType()).toBe(gas.SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(got?.getCriteriaValues()).toEqual([["Positif", "Negatif"], true]);
    expect(got?.getAllowInvalid()).toBe(false);
    expect(sheet.getRange("D6").getDataValidation()).toBeNull();

    const cf = gas.SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo("Sangat Tinggi")
      .setBackground("#1E7B34")
      .setFontColor("#FFFFFF")
      .setRanges([sheet.getRange("E2:E50")])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), cf]);
    const [stored] = sheet.getConditionalFormatRules();
    expect(stored.getRanges().map((r) => r.getA1Notation())).toEqual(["E2:E50"]);
    const cond = stored.getBooleanCondition();
    expect(cond.getCriteriaType()).toBe("TEXT_EQUAL_TO");
    expect(cond.getCriteriaValues()).toEqual(["Sangat Tinggi"]);
    expect(cond.getBackground()).toBe("#1e7b34");
  });
});

describe("call counting", () => {
  it("counts every method call on facade objects, by method", () => {
    const { gas } = setup();
    gas.calls.reset();
    const sheet = gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Sheet1");
    sheet?.getRange(1, 1, 2, 2).setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet?.getDataRange().getValues();
    gas.SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build();
    expect(gas.calls.byMethod).toEqual({
      "SpreadsheetApp.getActiveSpreadsheet": 1,
      "Spreadsheet.getSheetByName": 1,
      "Sheet.getRange": 1,
      "Range.setValues": 1,
      "Sheet.getDataRange": 1,
      "Range.getValues": 1,
      "SpreadsheetApp.newDataValidation": 1,
      "DataValidationBuilder.requireNumberGreaterThanOrEqualTo": 1,
      "DataValidationBuilder.build": 1,
    });
    expect(gas.calls.total).toBe(9);
    // The builder runs inside Apps Script: three calls that never reach the spreadsheet.
    expect(gas.calls.local).toBe(3);
    gas.calls.reset();
    expect(gas.calls.total).toBe(0);
    expect(gas.calls.local).toBe(0);
  });

  it("per-cell access costs one call per cell", () => {
    const { gas, sheet } = setup();
    gas.calls.reset();
    for (let r = 1; r <= 10; r++) sheet.getRange(r, 1).setValue(r);
    expect(gas.calls.byMethod["Range.setValue"]).toBe(10);
    expect(gas.calls.total).toBe(20);
  });
});

describe("protections", () => {
  it("a strict protection stops a non-editor and not the owner; warning-only is recorded", () => {
    const workbook = new MemoryWorkbook();
    workbook.addTab("Renaksi");
    const owner = createGas(workbook, { user: "kepala@dinas.go.id" });
    const sheet = owner.SpreadsheetApp.getActiveSheet();
    const p = sheet.getRange("A1:C10").protect().setDescription("Target dikunci");
    p.removeEditors(p.getEditors());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(["kepala@dinas.go.id"]);
    sheet.getRange("A1").setValue(1); // the owner can always edit
    sheet.getRange("E1:E5").protect().setWarningOnly(true).setDescription("Hati-hati");

    const staff = createGas(workbook, { user: "staf@dinas.go.id", owner: "kepala@dinas.go.id" });
    const staffSheet = staff.SpreadsheetApp.getActiveSheet();
    expect(() => staffSheet.getRange("B2:D2").setValues([[1, 2, 3]])).toThrow(PROTECTED_MESSAGE);
    expect(() => staffSheet.getRange("C5").setBackground("#ff0000")).toThrow(PROTECTED_MESSAGE);
    expect(staffSheet.getRange("B2").getValue()).toBe("");
    staffSheet.getRange("D1").setValue("boleh");
    staffSheet.getRange("E2").setValue("peringatan");
    expect(staffSheet.getRange("E2").getValue()).toBe("peringatan");
    expect(staff.warnings).toHaveLength(1);
    const [rangeProtection] = staffSheet.getProtections(staff.SpreadsheetApp.ProtectionType.RANGE);
    expect(rangeProtection.canEdit()).toBe(false);
    expect(rangeProtection.getDescription()).toBe("Target dikunci");
    expect(() => rangeProtection.remove()).toThrow(PROTECTED_MESSAGE);
    // An editor added by the owner may write.
    p.addEditor("staf@dinas.go.id");
    staffSheet.getRange("B2").setValue(5);
    expect(staffSheet.getRange("B2").getValue()).toBe(5);
  });
});

describe("services", () => {
  it("the document lock can be held by another process", () => {
    const { gas } = setup();
    const release = gas.holdLock();
    const lock = gas.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(() => lock.waitLock(1000)).toThrow(
      "Lock timeout: another process was holding the lock for too long.",
    );
    release();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(gas.LockService.getDocumentLock().tryLock(10)).toBe(false);
    lock.releaseLock();
    expect(gas.LockService.getDocumentLock().tryLock(10)).toBe(true);
  });

  it("computeDigest returns signed bytes equal to Node's sha256", () => {
    const { gas } = setup();
    const text = "Dinas Transmigrasi — capaian 97,03%";
    const digest = gas.Utilities.computeDigest(
      gas.Utilities.DigestAlgorithm.SHA_256,
      text,
      gas.Utilities.Charset.UTF_8,
    );
    const expected = [...createHash("sha256").update(text, "utf8").digest()].map((b) =>
      b > 127 ? b - 256 : b,
    );
    expect(digest).toEqual(expected);
    expect(digest.some((b) => b < 0)).toBe(true);
    expect(gas.Utilities.base64Encode("SAKIP")).toBe("U0FLSVA=");
    expect(
      gas.Utilities.formatDate(new Date("2024-03-31T17:30:00Z"), "Asia/Jakarta", "yyyy-MM-dd HH:mm"),
    ).toBe("2024-04-01 00:30");
  });

  it("Ui records menus, sidebars and alerts; HtmlService serves project files", () => {
    const { gas } = setup({ files: { Sidebar: "<p>Halo</p>" } });
    const ui = gas.SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem("Buka panel", "showSidebar")
      .addSeparator()
      .addSubMenu(ui.createMenu("Periksa").addItem("Konsistensi", "checkConsistency"))
      .addToUi();
    expect(gas.ui.menus).toEqual([
      {
        title: "SAKIP",
        addon: true,
        items: [
          { caption: "Buka panel", functionName: "showSidebar" },
          { separator: true },
          {
            submenu: {
              title: "Periksa",
              addon: false,
              items: [{ caption: "Konsistensi", functionName: "checkConsistency" }],
            },
          },
        ],
      },
    ]);
    const html = gas.HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("SAKIP");
    ui.showSidebar(html);
    expect(gas.ui.sidebar?.getContent()).toBe("<p>Halo</p>");
    expect(gas.ui.sidebar?.getTitle()).toBe("SAKIP");
    expect(() => gas.HtmlService.createHtmlOutputFromFile("Tidak")).toThrow(
      "No HTML file named Tidak was found.",
    );
    expect(ui.alert("Judul", "Lanjutkan?", ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(gas.ui.alerts).toEqual([{ title: "Judul", prompt: "Lanjutkan?", buttons: "YES_NO" }]);
  });

  it("properties and session", () => {
    const { gas, workbook } = setup({ user: "a@dinas.go.id" });
    gas.PropertiesService.getDocumentProperties().setProperty("tahun", "2024");
    const other = createGas(workbook, { user: "b@dinas.go.id" });
    expect(other.PropertiesService.getDocumentProperties().getProperty("tahun")).toBe("2024");
    gas.PropertiesService.getUserProperties().setProperty("skala", "LAKIP");
    expect(other.PropertiesService.getUserProperties().getProperty("skala")).toBeNull();
    expect(gas.Session.getActiveUser().getEmail()).toBe("a@dinas.go.id");
    expect(gas.Session.getScriptTimeZone()).toBe("Asia/Jakarta");
  });
});

describe("formulas as an id_ID user types them", () => {
  it("reads ; and the decimal comma, keeps strings and quoted tab names, and shows them back", () => {
    expect(formulaFromLocale("=CAPAIAN(63,57; 61,68)")).toBe("=CAPAIAN(63.57, 61.68)");
    expect(formulaFromLocale("=IF(A1=\"1,5;2\";'Bidang A, B'!C3;SUM(A1:A3,B2))")).toBe(
      "=IF(A1=\"1,5;2\",'Bidang A, B'!C3,SUM(A1:A3,B2))",
    );
    expect(formulaToLocale("=ROUND(CAPAIAN(63.57, 61.68), 2)")).toBe("=ROUND(CAPAIAN(63,57; 61,68); 2)");
    expect(formulaToLocale("=IF(LOG10(A1)>1.5,\"a,b\",'X.1'!B2)")).toBe(
      "=IF(LOG10(A1)>1,5;\"a,b\";'X.1'!B2)",
    );
    const wb = new MemoryWorkbook();
    const tab = wb.addTab("T");
    wb.write(tab, 1, 1, [[{ formula: formulaFromLocale("=SUM(1,5; 2,5)") }]]);
    expect(wb.value(tab, 1, 1)).toBe(4);
  });
});
