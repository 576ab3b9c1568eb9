import { describe, expect, it } from "vitest";
import { setup } from "../utils/emulator";

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
