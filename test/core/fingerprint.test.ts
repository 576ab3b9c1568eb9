/**
 * The fingerprint a review certifies is injective and exact: no cell text can imitate a row, cell
 * or tab boundary, and two workbooks share a fingerprint only when their cells are the same.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue, TabSnapshot } from "../../src/app/port";
import { sha256 } from "../../src/cli/sakip";
import { fingerprint } from "../../src/core/fingerprint";

const tab = (name: string, values: CellValue[][], formulas?: string[][]): TabSnapshot => ({
  name,
  values,
  formulas: formulas ?? values.map((r) => r.map(() => "")),
});
const hashOf = (...tabs: TabSnapshot[]) => fingerprint(tabs, sha256).hash;

describe("the canonical form is injective", () => {
  it("a line break inside a cell cannot imitate a row boundary", () => {
    expect(hashOf(tab("A", [["Catatan\n2:1=n:1500000"], [""]]))).not.toBe(
      hashOf(tab("A", [["Catatan"], [1500000]])),
    );
  });

  it("a unit separator inside a cell cannot imitate a cell boundary", () => {
    expect(hashOf(tab("A", [["a\u001f2=s:b"]]))).not.toBe(hashOf(tab("A", [["a", "b"]])));
  });

  it("numbers are exact: RAK 1.234.567.890.123 and 1.234.567.890.124 differ", () => {
    expect(hashOf(tab("A", [[1234567890123]]))).not.toBe(hashOf(tab("A", [[1234567890124]])));
    expect(hashOf(tab("A", [[0.1 + 0.2]]))).not.toBe(hashOf(tab("A", [[0.3]])));
  });

  it("a tab name cannot imitate the tab list", () => {
    const a = tab("A", [[1]]);
    expect(hashOf(a, tab("B", [[2]]))).not.toBe(hashOf({ ...a, name: `A"],["x` }, tab("B", [[2]])));
  });

  /** What a fingerprint must distinguish: each tab's name and its non-empty cells. */
  const content = (tabs: TabSnapshot[]) =>
    JSON.stringify(
      tabs.map((t) => [
        t.name,
        t.values.flatMap((row, r) =>
          row.flatMap((v, c) => {
            const f = t.formulas[r]?.[c] ?? "";
            if (f) return [[r, c, "f", f]];
            if (v === "") return [];
            return [[r, c, v instanceof Date ? "d" : typeof v, v instanceof Date ? v.getTime() : v]];
          }),
        ),
      ]),
    );

  it("two different workbooks have different fingerprints (property)", () => {
    // Small alphabets so that near-identical workbooks, and identical ones, come up often.
    const cell = fc.oneof(
      fc.constantFrom<CellValue>("", "", "a", "1", "Catatan\n2", "\u001f", "=1", ":", true, false),
      fc.constantFrom(0, 1, -1, 1500000, 1234567890123, 1234567890124, 0.1, 1e-7),
      fc.date({ min: new Date("2024-01-01"), max: new Date("2024-01-03"), noInvalidDate: true }),
    );
    const formula = fc.constantFrom("", "", "", "=A1", "=CAPAIAN(A1,B1)");
    const sheet = fc
      .tuple(
        fc.constantFrom("A", "B", "A\nB"),
        fc.array(fc.array(fc.tuple(cell, formula), { minLength: 1, maxLength: 3 }), { maxLength: 3 }),
      )
      .map(([name, rows]) =>
        tab(
          name,
          rows.map((r) => r.map(([v]) => v)),
          rows.map((r) => r.map(([, f]) => f)),
        ),
      );
    const workbook = fc.array(sheet, { minLength: 1, maxLength: 2 });
    // The second workbook is the first with one cell typed over (maybe with the same content),
    // or an unrelated one.
    const edit = fc.record({ t: fc.nat(), r: fc.nat(), c: fc.nat(), cell, formula });
    const pair = fc.oneof(
      fc.tuple(workbook, workbook),
      fc.tuple(workbook, edit).map(([a, e]) => {
        const b = a.map((t) =>
          tab(
            t.name,
            t.values.map((r) => [...r]),
            t.formulas.map((r) => [...r]),
          ),
        );
        const t = b[e.t % b.length];
        if (t.values.length) {
          const r = e.r % t.values.length;
          const c = e.c % t.values[r].length;
          t.values[r][c] = e.cell;
          t.formulas[r][c] = e.formula;
        }
        return [a, b];
      }),
    );
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const same = content(a) === content(b);
        expect(hashOf(...a) === hashOf(...b)).toBe(same);
      }),
      { numRuns: 2000 },
    );
  });
});
