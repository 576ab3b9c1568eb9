/** Number formats that show what a cell does not hold, and those that only dress its value. */
import { describe, expect, it } from "vitest";
import { misleadingFormat, misleadingFormats } from "../../src/core/derived";

describe("misleadingFormat", () => {
  it.each([
    ['"7"', "angka tetap"],
    ["\\7", "angka tetap"],
    ['0;0;"3"', "angka tetap"],
    ['[=3]"7";General', "angka tetap"],
    ['"100,00"', "angka tetap"],
    [";;;", "tersembunyi"],
    ["#,##0,", "skala"],
    ["0.0,,", "skala"],
  ])("%s shows %s", (format, kind) => {
    expect(misleadingFormat(format)).toBe(kind);
  });

  it.each(["0%", "0.00%", '#,##0.00" "%'])("%s on a cell of percent points shows it times 100", (format) => {
    expect(misleadingFormat(format, true)).toBe("persen");
    expect(misleadingFormat(format, false)).toBeNull();
  });

  it.each([
    "General",
    "",
    "#,##0",
    "#,##0.00",
    '0.00" %"',
    '"Rp "#,##0',
    '#,##0;(#,##0);"-"',
    "[$-421]dd mmmm yyyy",
    "[Red]#,##0.00",
    "@",
    "0.00E+00",
    '#,##0,"rb"',
    '#,##0.0,," jt"',
  ])("%s only dresses the value", (format) => {
    expect(misleadingFormat(format)).toBeNull();
  });
});

describe("misleadingFormats", () => {
  it("a percent format misleads under a '(%)' header or on a number no fraction is, not on a fraction", () => {
    const values = [
      ["Target", "Capaian (%)", "Jumlah"],
      [0.6357, 97.03, 3],
      [1.2, 0.5, 1],
    ];
    const formats = values.map((r) => r.map(() => "0%"));
    expect(misleadingFormats(formats, values).map((d) => d.cell)).toEqual(["B2", "C2", "B3"]);
  });
});
