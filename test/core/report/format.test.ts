/**
 * A realisasi typed as text ("73,2%", as staff paste it) is printed as the add-on read it, without its
 * own percent sign; it was printed raw, "yaitu 73,2% % dari target 72 %" (trial 6 #17).
 */
import { describe, expect, it } from "vitest";
import { withSatuan } from "../../../src/core/report/format";
import { valueCell } from "../../../src/core/report/tables";

describe("a figure typed as text in a report", () => {
  it.each([
    ["73,2%", "%", "73,2 %"],
    ["61,68%", "persen", "61,68 %"],
    ["1.250.000", "orang", "1.250.000 orang"],
    ["17,00", "%", "17,00 %"],
    ["85,5", "%", "85,5 %"],
    [73.2, "%", "73,2 %"],
    // Words and values with their own unit stay as typed, without the satuan.
    ["Zona Hijau Terbaik 2", "predikat", "Zona Hijau Terbaik 2"],
    ["1 UPT", "unit", "1 UPT"],
  ])("%s with satuan %s reads %s", (value, satuan, printed) => {
    expect(withSatuan(value, satuan, 1)).toBe(printed);
  });

  it("a table cell prints the number, right-aligned, without the typed %", () => {
    expect(valueCell("73,2%")).toMatchObject({ text: "73,2", align: "right" });
    expect(valueCell("17,00")).toMatchObject({ text: "17,00", align: "right" });
    expect(valueCell("WTP")).toMatchObject({ text: "WTP", align: "left" });
  });
});
