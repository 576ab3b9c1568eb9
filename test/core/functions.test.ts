import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CAPAIAN, EFISIENSI, KRITERIA } from "../../src/core/functions";
import { createGas } from "../../src/emulator/facade";
import { bindCustomFunctions, loadBundle } from "../../src/emulator/gasRuntime";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

type Fns = { CAPAIAN: typeof CAPAIAN; KRITERIA: typeof KRITERIA; EFISIENSI: typeof EFISIENSI };

/** The built bundle's global functions, as Apps Script loads them (test/bundle-gas.test.ts style). */
function builtFunctions(wb = new MemoryWorkbook()): Fns {
  const gas = createGas(wb, { files: {} });
  const code = readFileSync(join(__dirname, "../../build/Code.js"), "utf8");
  const g = loadBundle(code, gas) as unknown as Fns;
  bindCustomFunctions(wb, g as never);
  return g;
}

const shells: [string, () => Fns][] = [
  ["the source", () => ({ CAPAIAN, KRITERIA, EFISIENSI })],
  ["the built bundle", () => builtFunctions()],
];

describe.each(shells)("custom functions through %s (issue 18)", (_, load) => {
  it("computes genuine small realisasi and values with a unit", () => {
    const f = load();
    expect(f.CAPAIAN(100, 1)).toBe(1);
    expect(f.CAPAIAN(100, 0.5)).toBe(0.5);
    expect(f.CAPAIAN(179, 1)).toBeCloseTo(0.5587, 4);
    expect(f.CAPAIAN(150, "1 UPT")).toBeCloseTo(0.6667, 4);
    expect(f.CAPAIAN(104, "Rp 1", "turun")).toBeCloseTo(199.04, 2);
  });

  it("refuses a fraction target against points in one sentence, and only that", () => {
    const f = load();
    expect(() => f.CAPAIAN(0.95, 94)).toThrow(
      /^Target 0,95 tampak sebagai pecahan .* 9\.894,74%: tulis target 95/,
    );
  });

  it("rates small capaian: KRITERIA(1,2) and the add-on's own CAPAIAN results", () => {
    const f = load();
    expect(f.KRITERIA(1.2)).toBe("Sangat Rendah");
    expect(f.KRITERIA(f.CAPAIAN(100, 1))).toBe("Sangat Rendah");
    expect(
      f.KRITERIA(1.2, [
        [0, "D"],
        [1, "C"],
        [2, "B"],
        [3, "A"],
      ]),
    ).toBe("C");
  });

  it("decides the scale of a range per column", () => {
    const f = load();
    // Column 1 is all fractions (percent-formatted): asked to be fixed. Column 2 holds points,
    // so its 0,5 is a genuine small capaian.
    const out = f.KRITERIA([
      [0.97, 97],
      [1.02, 0.5],
      [0, 45],
      ["", ""],
    ]) as unknown[][];
    expect(out[0][0]).toBe(
      "Kolom capaian ini berisi pecahan dari sel berformat persen (0,97 = 97%) sedangkan skala dalam poin persen: isi capaian dalam persen (97), misalnya hasil CAPAIAN.",
    );
    expect(out[1][0]).toMatch(/^Kolom capaian ini berisi pecahan/);
    expect(out[2][0]).toBe("Sangat Rendah");
    expect(out.map((r) => r[1])).toEqual(["Sangat Tinggi", "Sangat Rendah", "Sangat Rendah", ""]);
    // A target column of points: its small target is a genuine one (1 dokumen, 20 done), but a
    // 0,95 beside a realisasi of 94 is still the same percentage on two scales.
    const capaian = f.CAPAIAN([[12], [1], [0.95]], [[10], [20], [94]]) as unknown[][];
    expect(capaian[0][0]).toBeCloseTo(83.33, 2);
    expect(capaian[1][0]).toBe(2000);
    expect(capaian[2][0]).toMatch(/^Target 0,95 tampak sebagai pecahan/);
    // The same target 1 alone is taken as written: over 1.000 % from a fraction.
    expect(() => f.CAPAIAN(1, 20)).toThrow(/tampak sebagai pecahan/);
  });

  it("reads a skipped argument, null or undefined, as blank", () => {
    const f = load();
    expect(f.CAPAIAN(312, 327, null, 100)).toBe(100);
    expect(f.CAPAIAN(312, 327, undefined, 100)).toBe(100);
    expect(f.KRITERIA(97, null)).toBe("Sangat Tinggi");
    expect(f.EFISIENSI(181, 8672399000, 7715264852, null)).toBeCloseTo(11.04, 2);
    expect(f.CAPAIAN([[312], [18]], [[327], [13]], null, 100)).toEqual([[100], [(13 / 18) * 100]]);
  });
});

describe("in a sheet, a skipped middle argument arrives as Sheets passes it", () => {
  it.each([
    ["the source", (wb: MemoryWorkbook) => emulatedPort(wb).gas],
    [
      "the built bundle",
      (wb: MemoryWorkbook) => {
        const gas = createGas(wb, { files: {} });
        bindCustomFunctions(
          wb,
          loadBundle(readFileSync(join(__dirname, "../../build/Code.js"), "utf8"), gas),
        );
        return gas;
      },
    ],
  ])("=CAPAIAN(312, 327, , 100) → 100 through %s", (_, start) => {
    const wb = new MemoryWorkbook();
    wb.addTab("Data");
    const gas = start(wb);
    const received: unknown[][] = [];
    const bound = wb.customFunction("CAPAIAN");
    wb.setCustomFunctions({
      ...Object.fromEntries(["KRITERIA", "EFISIENSI"].map((n) => [n, wb.customFunction(n) as never])),
      CAPAIAN: (...args) => {
        received.push(args);
        return bound ? bound(...args) : "";
      },
    });
    const sheet = gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Data");
    sheet?.getRange(1, 1).setFormula("=CAPAIAN(312,327,,100)");
    expect(sheet?.getRange(1, 1).getValue()).toBe(100);
    expect(received[received.length - 1]).toEqual([312, 327, null, 100]);
  });
});

describe("properties over ranges (issue 18)", () => {
  it("KRITERIA rates every c ≥ 0 of a column that holds a value ≥ 1,5 (a small value among points)", async () => {
    const fc = (await import("fast-check")).default;
    const labels = ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah", ""];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: 0, max: 1.5, noNaN: true }), fc.constant("")), { maxLength: 30 }),
        fc.double({ min: 1.5, max: 1e5, noNaN: true }),
        fc.nat(30),
        (small, point, at) => {
          const column = [...small];
          column.splice(at % (column.length + 1), 0, point);
          const out = KRITERIA(column.map((c) => [c])) as unknown[][];
          for (const [cell] of out) expect(labels).toContain(cell);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("CAPAIAN computes every row against targets ≥ 1,5, whatever the realisasi column holds", async () => {
    const fc = (await import("fast-check")).default;
    const realisasi = fc.oneof(
      fc.double({ min: 0, max: 1e6, noNaN: true }),
      fc.integer({ min: 0, max: 1e6 }).map((v) => `${v} UPT`),
      fc.constant(""),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 1.5, max: 1e6, noNaN: true }), realisasi), {
          minLength: 1,
          maxLength: 30,
        }),
        (rows) => {
          const out = CAPAIAN(
            rows.map(([t]) => [t]),
            rows.map(([, r]) => [r]),
          ) as unknown[][];
          out.forEach(([cell], i) => {
            if (rows[i][1] === "") expect(cell).toBe("");
            else expect(typeof cell).toBe("number");
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
