import { describe, expect, it } from "vitest";
import { formulaFromLocale, formulaToLocale } from "../../src/emulator/format";
import { MemoryWorkbook } from "../../src/emulator/workbook";

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

// Google's "Using arrays in Google Sheets" (https://support.google.com/docs/answer/6208276): where
// the comma is the decimal separator (id-ID), `;` separates an array literal's rows and `\` its columns.
describe("array literals as an id-ID user types them (support.google.com/docs/answer/6208276)", () => {
  it("={1;2} is a column and ={1\\2} a row, in the formula bar and in the cells", () => {
    expect(formulaFromLocale("={1;2}")).toBe("={1;2}");
    expect(formulaFromLocale("={1\\2}")).toBe("={1,2}");
    expect(formulaFromLocale('={1,5\\2;SUM(3;4)\\"a;b\\c"}')).toBe('={1.5,2;SUM(3,4),"a;b\\c"}');
    expect(formulaToLocale('={1.5,2;SUM(3,4),"a,b"}')).toBe('={1,5\\2;SUM(3;4)\\"a,b"}');
    expect(formulaToLocale(formulaFromLocale("=SUM({1\\2;3\\4}; 5)"))).toBe("=SUM({1\\2;3\\4}; 5)");

    const wb = new MemoryWorkbook();
    const tab = wb.addTab("T");
    wb.write(tab, 1, 1, [[{ formula: formulaFromLocale("={1;2}") }]]);
    wb.write(tab, 1, 3, [[{ formula: formulaFromLocale("={1\\2}") }]]);
    expect([wb.value(tab, 1, 1), wb.value(tab, 2, 1), wb.value(tab, 1, 2)]).toEqual([1, 2, ""]);
    expect([wb.value(tab, 1, 3), wb.value(tab, 1, 4), wb.value(tab, 2, 3)]).toEqual([1, 2, ""]);
  });
});
