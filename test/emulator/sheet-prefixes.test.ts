/**
 * The tab names of a formula turned to the engine's and back (src/emulator/sheet-prefixes.ts): the
 * one-scan replacement gives what the regular expression it replaced gives, for the add-on's
 * formulas and for any formula-like text (literals with and without their closing quote, quoted
 * names with `''`, names after a dot, a quote or a letter, accented and surrogate characters).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { everySheetPrefix, replaceSheetPrefixes } from "../../src/emulator/sheet-prefixes";

const SHEET_PREFIX =
  /"(?:[^"]|"")*"|'((?:[^']|'')+)'!|(?<![A-Za-z\u00C0-\u02AF0-9_.'])([A-Za-z\u00C0-\u02AF0-9_]+)!/g;

/** A replacement that shows what it was given, so any difference in the parts shows. */
const mark = (match: string, quoted?: string, plain?: string) =>
  match.startsWith('"') ? match : `<${match}|${quoted ?? "-"}|${plain ?? "-"}>`;

const formulaText = fc
  .array(
    fc.oneof(
      fc.constantFrom('"', '""', "'", "''", "!", ".", "_", "$", ":", "(", ",", " ", "&", "=", "1", "7"),
      fc.constantFrom("A1", "Data!", "'Bidang A'!", "Data TW2!", "é", "×", "ʰ", "😀", "\uD83D", "_3!"),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 24 },
  )
  .map((parts) => `=${parts.join("")}`);

describe("replaceSheetPrefixes", () => {
  it("replaces what the regular expression replaces, with the same parts", () => {
    for (const f of [
      "=IF('Bidang Besar'!B2=\"\",\"\",'Bidang Besar'!B2)",
      '=SUM(Data!A1:B2)/Pengaturan!$D$2&"Data!"',
      "='a''b'!C3&'x'&.Data!A1&_1!A1",
      '="abc""',
      "=''!A1&'!'!A1",
      "=x.y!A1&é!A1&÷!A1",
    ])
      expect(replaceSheetPrefixes(f, mark)).toBe(f.replace(SHEET_PREFIX, mark));
    fc.assert(
      fc.property(formulaText, (f) => {
        expect(replaceSheetPrefixes(f, mark)).toBe(f.replace(SHEET_PREFIX, mark));
      }),
      { numRuns: 20000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (f) => {
        expect(replaceSheetPrefixes(f, mark)).toBe(f.replace(SHEET_PREFIX, mark));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives the formula itself back when it names no tab", () => {
    const f = '=IF(A1="x!","",B2)';
    expect(replaceSheetPrefixes(f, mark)).toBe(f);
  });

  it("asks everySheetPrefix about the same parts, in order, and stops at the first refused", () => {
    /** The prefixes the expression finds, with their parts (string literals are not prefixes). */
    const expected = (f: string) =>
      [...f.matchAll(SHEET_PREFIX)].filter((m) => !m[0].startsWith('"')).map((m) => mark(m[0], m[1], m[2]));
    fc.assert(
      fc.property(formulaText, (f) => {
        const seen: string[] = [];
        expect(everySheetPrefix(f, (...parts) => seen.push(mark(...parts)) > 0)).toBe(true);
        expect(seen).toEqual(expected(f));
        const firstOnly: string[] = [];
        const all = everySheetPrefix(f, (...parts) => {
          firstOnly.push(mark(...parts));
          return false;
        });
        expect(all).toBe(expected(f).length === 0);
        expect(firstOnly).toEqual(expected(f).slice(0, 1));
      }),
      { numRuns: 5000 },
    );
  });
});
