import { describe, expect, it } from "vitest";
import { setup } from "../../utils/emulator";

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
