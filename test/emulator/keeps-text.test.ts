/**
 * Which formulas the workbook keeps as written (src/emulator/workbook.ts, keepsItsText): the one-
 * scan check answers as the regular expressions it was first written with, for the add-on's
 * formulas and for any formula-like text (literals with and without their closing quote, numbers
 * in every form, small letters, quoted tab names).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keepsItsText } from "../../src/emulator/workbook";

/** The check as first written: literals cut out, then small letters, quotes and each number. */
function asFirstWritten(formula: string): boolean {
  const code = formula.includes('"') ? formula.replace(/"(?:[^"]|"")*"/g, '""') : formula;
  if (/[a-z']/.test(code)) return false;
  for (const m of code.matchAll(/(?<![A-Za-z0-9_$])\.?\d+(?:\.\d*)?/g)) {
    const next = code[(m.index ?? 0) + m[0].length] ?? "";
    if (/[A-Za-z.]/.test(next) || String(Number(m[0])) !== m[0]) return false;
  }
  return true;
}

const formulaText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '"',
        '""',
        "'",
        "$",
        ".",
        "_",
        "!",
        ":",
        "(",
        ")",
        ";",
        ",",
        " ",
        "&",
        "-",
        "=",
        "E",
        "e",
      ),
      fc.constantFrom("0", "1", "01", "1.5", "1.50", ".5", "5.", "1e5", "91", "100", "0.1", "007"),
      fc.constantFrom("A1", "$B$7", "_0!H5", "IF(", "SUM(", "MINIFS(", '"teks"', '"a""b"', "'Bidang A'!"),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 20 },
  )
  .map((parts) => `=${parts.join("")}`);

describe("keepsItsText", () => {
  it("answers as the regular expressions it was first written with", () => {
    for (const f of [
      '=IF(_0!H5="","",_0!H5*1.5)',
      '=IF(N7>=91,"Sangat Tinggi",IF(N7>=76,"Tinggi","Rendah"))',
      "=SUM(A1:B2)/_3!$D$2",
      "=A1*1.50",
      "=1E5",
      "=sum(a1)",
      '="abc',
      '="a""b',
      "=.5+A.5",
    ])
      expect(keepsItsText(f), f).toBe(asFirstWritten(f));
    fc.assert(
      fc.property(formulaText, (f) => {
        expect(keepsItsText(f)).toBe(asFirstWritten(f));
      }),
      { numRuns: 20000 },
    );
  });
});
