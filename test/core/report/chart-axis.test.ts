/** The value axis of the report tab's charts: 0 to a round number a little above the tallest bar. */
import { describe, expect, it } from "vitest";
import { chartAxis } from "../../../src/core/report/sheet";

describe("chartAxis", () => {
  // biome-ignore format: a table
  const cases: [string, number, { max: number; step: number }][] = [
    ["capaian near the 100 % target", 100, { max: 120, step: 20 }],
    ["capaian 107,95 %", 107.95, { max: 120, step: 20 }],
    ["capaian 179 %", 179, { max: 200, step: 50 }],
    ["serapan 17 %", 17.43, { max: 20, step: 5 }],
    ["15 indicators stacked", 15, { max: 20, step: 5 }],
    ["5 indicators", 5, { max: 6, step: 1 }],
    ["nothing yet", 0, { max: 1, step: 1 }],
    ["Rp 2.636.969.744", 2_636_969_744, { max: 3_000_000_000, step: 500_000_000 }],
  ];
  it.each(cases)("%s", (_, top, axis) => {
    expect(chartAxis(top)).toEqual(axis);
    // Above the tallest bar, 2 to 8 ticks, whole-number steps.
    expect(axis.max).toBeGreaterThan(top);
    expect(axis.max / axis.step + 1).toBeLessThanOrEqual(8);
    expect(Number.isInteger(axis.step)).toBe(true);
  });
});
