import { describe, expect, it } from "vitest";
import { createGas, PROTECTED_MESSAGE } from "../../../src/emulator/facade";
import { MemoryWorkbook } from "../../../src/emulator/workbook";

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
