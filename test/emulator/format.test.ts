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
