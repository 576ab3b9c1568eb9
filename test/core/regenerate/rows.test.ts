/**
 * The sheet-row steps taken before a regenerated tab is written: applied to the sheet, they put
 * every row they keep exactly where the new layout wants it (so its height goes with it), keep as
 * many rows as keep their order, and give up past the limit.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RowStep, rowSteps } from "../../../src/core/regenerate/rows";

/** The sheet after the steps: each position holds the old row (0-based) or -1 for an inserted row. */
function apply(height: number, steps: RowStep[]): number[] {
  const sheet = [...Array(height).keys()];
  for (const s of steps) {
    if (s.count > 0) sheet.splice(s.row, 0, ...Array(s.count).fill(-1));
    else sheet.splice(s.row - 1, -s.count);
  }
  return sheet;
}

describe("rowSteps", () => {
  it("inserts one row where the plan gained an indicator, and deletes where one left", () => {
    // Title 0–4, indicators 5–9; a new line at 7 pushes 7–9 down.
    const grown = [0, 1, 2, 3, 4, 5, 6, 8, 9, 10].map((to, from) => [from, to] as const);
    expect(rowSteps(grown, 10)).toEqual({ steps: [{ row: 7, count: 1 }], moved: new Set() });
    // Row 6 left the plan: it goes to the section at 20, rows 7–9 move up.
    const shrunk: [number, number][] = [
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
      [6, 20],
      [7, 6],
      [8, 7],
      [9, 8],
    ];
    expect(rowSteps(shrunk, 10)).toEqual({ steps: [{ row: 7, count: -1 }], moved: new Set([6]) });
    expect(
      rowSteps(
        [
          [0, 0],
          [1, 1],
        ],
        10,
      ),
    ).toEqual({ steps: [], moved: new Set() });
  });

  it("puts each row it keeps where it goes, keeps the most in order, and gives up past the limit", () => {
    const moves = fc
      .uniqueArray(fc.integer({ min: 1, max: 80 }), { maxLength: 30 })
      .chain((targets) =>
        fc
          .shuffledSubarray([...Array(40).keys()].slice(1), {
            minLength: targets.length,
            maxLength: targets.length,
          })
          .map((froms) => [
            [0, 0] as [number, number],
            ...froms.map((f, i) => [f, targets[i]] as [number, number]),
          ]),
      )
      .filter((m) => m.every(([f]) => f < 40));
    fc.assert(
      fc.property(moves, (m) => {
        const result = rowSteps(m, 1000);
        if (!result) return false;
        const sheet = apply(40, result.steps);
        for (const [from, to] of m) if (!result.moved.has(from)) expect(sheet[to]).toBe(from);
        // Those it moves could not all keep their order with the rest.
        const kept = m.filter(([f]) => !result.moved.has(f)).length;
        const sorted = [...m].sort((a, b) => a[0] - b[0]).map(([, t]) => t);
        const lis = sorted.reduce<number[]>((tails, t) => {
          const i = tails.findIndex((x) => x >= t);
          if (i < 0) tails.push(t);
          else tails[i] = t;
          return tails;
        }, []).length;
        expect(kept).toBe(lis);
        const steps = result.steps.length;
        if (steps) expect(rowSteps(m, steps - 1)).toBeNull();
      }),
    );
  });
});
