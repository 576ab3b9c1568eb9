/** Number formats that show what a cell does not hold, and those that only dress its value. */
import { describe, expect, it } from "vitest";
import { misleadingFormat } from "../../src/core/derived";

describe("misleadingFormat", () => {
  it.each([
    ['"7"', "angka tetap"],
    ["\\7", "angka tetap"],
    ['0;0;"3"', "angka tetap"],
    ['[=3]"7";General', "angka tetap"],
    ['"100,00"', "angka tetap"],
    [";;;", "tersembunyi"],
  ])("%s shows %s", (format, kind) => {
    expect(misleadingFormat(format)).toBe(kind);
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
  ])("%s only dresses the value", (format) => {
    expect(misleadingFormat(format)).toBeNull();
  });
});
