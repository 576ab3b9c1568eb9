/**
 * The CLI's shape hasher (src/core/regenerate/shape-templates.ts) reuses the hash of a formula
 * whose text differs only in the digits of its references: it gives exactly `shapeHash` for any
 * sequence of formula-like texts, and the evaluation tab's notes (the rows' memos) are the same
 * with it on every corpus layout.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../../src/app/triwulan";
import { shapeHash } from "../../../src/core/regenerate/formulas";
import { fits, partsOf, shapeHasher } from "../../../src/core/regenerate/shape-templates";
import { standardRowFormulas } from "../../../src/core/standard-kualitatif";
import { emulatedPort } from "../../../src/emulator/session";
import { MemoryWorkbook } from "../../../src/emulator/workbook";
import { CORPUS, type CorpusLayout } from "../../fixtures/layouts";
import { formulaText as formulaTextOf } from "../../utils/formula-text";

const formulaText = formulaTextOf([
  "A1",
  "$B$7",
  "XFD9",
  "AB",
  "Data!",
  "'Bidang A'!",
  "Sheet1",
  "LOG10(",
  "x9",
  '"A1"',
]);

/** The formula with each run of digits replaced by one of the given digit strings, in turn. */
function renumbered(formula: string, digits: string[]): string {
  let k = 0;
  return formula.replace(/\d+/g, () => digits[k++ % digits.length]);
}

const variants = fc
  .tuple(
    formulaText,
    fc.array(fc.array(fc.stringMatching(/^\d{1,3}$/), { minLength: 1, maxLength: 4 }), { maxLength: 4 }),
  )
  .map(([f, numberings]) => [f, ...numberings.map((d) => renumbered(f, d))]);

describe("shapeHasher", () => {
  it("gives shapeHash of every formula, whatever came before it", () => {
    fc.assert(
      fc.property(
        fc.array(variants, { maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        (groups, order) => {
          const all = groups.flat();
          const hash = shapeHasher();
          const asked = [...all, ...order.map((i) => all[i % Math.max(1, all.length)]).filter(Boolean)];
          // Asked by column (a row's memo), and without one (a regenerated tab's cells).
          asked.forEach((f, i) => {
            expect(hash(f, ["", "kode", "Angka:pagu"][i % 3])).toBe(shapeHash(f));
          });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("cuts a formula at the row numbers of its references, and not inside string literals", () => {
    const f = `=IF('Bidang Besar'!B4="","A1 x",$AD$9+AD9*LOG10(2))`;
    expect(partsOf(f)).toEqual([`=IF('Bidang Besar'!B`, `="","A1 x",$AD$`, "+AD", "*LOG", "(2))"]);
    expect(fits(partsOf(f), `=IF('Bidang Besar'!B17="","A1 x",$AD$22+AD22*LOG10(2))`)).toBe(true);
    expect(fits(partsOf(f), `=IF('Bidang Besar'!B17="","A2 x",$AD$22+AD22*LOG10(2))`)).toBe(false);
    expect(fits(partsOf(f), `=IF('Bidang Besar'!B17="","A1 x",$AD$22+AD22*LOG10(3))`)).toBe(false);
    expect(fits(partsOf(f), `=IF('Bidang Besar'!B="","A1 x",$AD$22+AD22*LOG10(2))`)).toBe(false);
  });

  it("writes the same notes in the evaluation tab of every corpus layout", () => {
    const notes = (l: CorpusLayout, standard: boolean, hasher: typeof shapeHash) => {
      const wb = new MemoryWorkbook();
      const width = Math.max(...l.values.map((r) => r.length));
      const tab = wb.addTab(l.tab);
      wb.write(
        tab,
        1,
        1,
        l.values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? "")),
      );
      for (const m of l.merges ?? []) tab.merges.push({ ...m });
      // As the CLI runs it: the formulas wait, the notes are what the evaluation tab is written with.
      wb.deferFormulas = true;
      const { port } = emulatedPort(wb);
      let written: string[][] = [];
      const write = port.write.bind(port);
      port.write = (name, blocks, format) => {
        if (name.startsWith("Evaluasi")) written = blocks[0].notes ?? [];
        write(name, blocks, format);
      };
      try {
        generateTriwulan(port, {
          tw: 2,
          tahun: "2024",
          standard: standard ? standardRowFormulas : undefined,
          shapeHash: hasher,
        });
        return written;
      } catch (e) {
        // A layout without what the evaluation tab needs (an annual table of the Renstra) is refused alike.
        return [[String(e)]];
      }
    };
    let memos = 0;
    // The CLI's standard formulas (the hasher is the CLI's), and the custom functions' on one layout.
    for (const [l, standard] of [...CORPUS.map((x) => [x, true] as const), [CORPUS[0], false] as const]) {
      const plain = notes(l, standard, shapeHash);
      // Rows naming a formula's shape (by its number in the header row's list of the column's shapes).
      memos += plain.flat().filter((n) => /"f":"[-\w]*\w/.test(n)).length;
      expect(notes(l, standard, shapeHasher()), l.id).toEqual(plain);
    }
    expect(memos).toBeGreaterThan(150);
  });
});
