import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../src/app/port";
import { capaianPlain, capaianRow } from "../../src/core/capaian";
import { efisiensi, efisiensiPlain, type MetodeEfisiensi } from "../../src/core/efisiensi";
import { CAPAIAN, EFISIENSI, KRITERIA } from "../../src/core/functions";
import { kriteria, kriteriaPlain, SCALES } from "../../src/core/kriteria";
import { parseNumber, plainNumber } from "../../src/core/numbers";
import type { Computed } from "../../src/core/result";
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

const col = (...values: CellValue[]) => values.map((v) => [v]);

/** What a full computation shows in its cell (a problem is not a value: it never equals one). */
const shown = (c: Computed<CellValue>) => (c.kind === "value" ? c.value : c.kind === "blank" ? "" : null);

describe("custom functions as Sheets calls them", () => {
  it("maps a column range to a column of the same shape, one message per bad row", () => {
    const out = CAPAIAN(col("63,57", 18, 0, "", 1290), col("61,68", 13, 5, "", ""));
    expect(out).toHaveLength(5);
    const rows = out as CellValue[][];
    expect(rows[0][0]).toBeCloseTo(97.03, 2);
    expect(rows[1][0]).toBeCloseTo(72.22, 2);
    expect(rows[2][0]).toBe("Target 0: capaian tidak dapat dihitung.");
    expect(rows[3][0]).toBe("");
    expect(rows[4][0]).toBe("");
  });

  it("broadcasts a single polaritas over the range and takes a polaritas column too", () => {
    expect((CAPAIAN(col("4,40"), col("4,05"), "negatif") as number[][])[0][0]).toBeCloseTo(107.95, 2);
    const out = CAPAIAN(col(4.4, 63.57), col(4.05, 61.68), col("negatif", "positif")) as number[][];
    expect(out[0][0]).toBeCloseTo(107.95, 2);
    expect(out[1][0]).toBeCloseTo(97.03, 2);
  });

  it("throws an Indonesian error for a single cell with an invalid argument", () => {
    expect(() => CAPAIAN(0, 5)).toThrow("Target 0: capaian tidak dapat dihitung.");
    // A word of every object is no polarity (found by the property below).
    for (const word of ["__proto__", "constructor", "toString"]) {
      expect(() => CAPAIAN(5, 5, word)).toThrow("Polaritas");
      expect(() => CAPAIAN(word, "WTP")).toThrow(/Target "\w+" bukan angka/);
      expect(() => KRITERIA(95, word)).toThrow(/Skala "\w+" tidak dikenal/);
      expect(() => EFISIENSI(120, 100, 50, word)).toThrow(/Metode "\w+" tidak dikenal/);
    }
    expect(() => KRITERIA(95, "entah")).toThrow(/Skala "entah" tidak dikenal/);
    expect(() => EFISIENSI(120, 100, 50, "acak")).toThrow(/Metode "acak" tidak dikenal/);
    expect(() => CAPAIAN(col(1, 2), col(1, 2, 3))).toThrow(/Ukuran rentang tidak sama/);
  });

  it("gives blank for a blank single cell", () => {
    expect(CAPAIAN("", "")).toBe("");
    expect(KRITERIA("")).toBe("");
    expect(EFISIENSI("", "", "")).toBe("");
  });

  it("KRITERIA reads a 2-column scale from the sheet, EFISIENSI a whole column", () => {
    const scale = [
      ["Batas", "Label"],
      [90, "Baik sekali"],
      [0, "Perlu perbaikan"],
    ];
    expect(KRITERIA(col(95, 50, ""), scale)).toEqual(col("Baik sekali", "Perlu perbaikan", ""));
    const eff = EFISIENSI(col(181, 99), col("8.672.399.000", 100), col("7.715.264.852", 50)) as CellValue[][];
    expect(eff[0][0]).toBeCloseTo(11.04, 2);
    expect(eff[1][0]).toBe("");
  });
});

describe("custom functions under hostile cells", () => {
  it("refuses a 50.000-character cell in its own row, quoting only a short excerpt", () => {
    const huge = `${"1.234.567,".repeat(5_000)}x`;
    const spaces = `${" ".repeat(50_000)}63,57${" ".repeat(50_000)}`;
    const out = CAPAIAN(col(huge, 80, "80"), col(70, huge, spaces)) as CellValue[][];
    expect(out[0][0]).toBe(
      'Target "1.234.567,1.234.567,1.234.567…" bukan angka: isi angka, rentang seperti 80-90, atau batas seperti ≥ 80.',
    );
    expect(out[1][0]).toBe('Realisasi "1.234.567,1.234.567,1.234.567…" bukan angka.');
    // Text a person padded with spaces is still the number it shows.
    expect(out[2][0]).toBeCloseTo(79.4625, 6);
    expect(() => EFISIENSI(100, huge, 5)).toThrow(
      /^Pagu "1\.234\.567,1\.234\.567,1\.234\.567…" bukan angka\.$/,
    );
    expect(() => KRITERIA(95, huge)).toThrow(/^Skala "1\.234\.567,1\.234\.567,1\.234\.567…" tidak dikenal/);
  });

  it("names a date cell and a checkbox as a person sees them, never as a JavaScript Date", () => {
    // A date cell reaches the function as midnight in the spreadsheet's time zone (WITA here).
    const date = new Date("2024-01-02T00:00:00+08:00");
    const out = CAPAIAN(col(date, 80, true), col(70, date, 5)) as CellValue[][];
    expect(out[0][0]).toBe(
      "Target tanggal 2 Jan 2024 bukan angka: isi angka, rentang seperti 80-90, atau batas seperti ≥ 80.",
    );
    expect(out[1][0]).toBe("Realisasi tanggal 2 Jan 2024 bukan angka.");
    expect(out[2][0]).toBe(
      "Target kotak centang bukan angka: isi angka, rentang seperti 80-90, atau batas seperti ≥ 80.",
    );
    expect(() => CAPAIAN(80, 70, true)).toThrow("Polaritas kotak centang tidak dikenal");
    for (const row of out) expect(String(row[0])).not.toMatch(/GMT|true|false/);
  });

  it('reads "Rp -" as nothing, like "-"', () => {
    for (const nothing of ["Rp -", "Rp. -", "Rp -,-", "Rp –"])
      expect(parseNumber(nothing).kind).toBe("empty");
    expect(CAPAIAN(col(100, 100), col("Rp -", "-"))).toEqual([[""], [""]]);
    expect(EFISIENSI(120, 1_000_000, "Rp -")).toBe("");
  });

  it("never gives -0", () => {
    const out = CAPAIAN(
      col(-5, "-5", -5),
      col(0, "0", "0"),
      col("positif", "positif", "negatif-rasio"),
    ) as CellValue[][];
    expect(Object.is(out[0][0], 0)).toBe(true);
    expect(Object.is(out[1][0], 0)).toBe(true);
    expect(Object.is(EFISIENSI(100, 100, 100, "selisih"), 0)).toBe(true);
    expect(Object.is(EFISIENSI(-0, 100, 0, "selisih"), 0)).toBe(true);
  });

  it("computes the plain rows of a column on a fast path that agrees with the full one", () => {
    const decimals = fc.option(fc.stringMatching(/^[0-9]{1,5}$/), { nil: undefined });
    const digitText = fc
      .tuple(
        fc.oneof(
          fc.stringMatching(/^[0-9]{1,9}$/),
          // Thousands dots as offices type them: "1.852.283.616".
          fc.integer({ min: 0, max: 999_999_999_999 }).map((n) => n.toLocaleString("id-ID")),
          fc.stringMatching(/^[0-9]{1,4}(\.[0-9]{1,4}){1,3}$/),
        ),
        decimals,
      )
      .map(([a, b]) => (b === undefined ? a : `${a},${b}`));
    // Blank cells too: a column is mostly filled in quarter by quarter.
    const cell = fc.oneof(digitText, fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(""));
    const polaritas = fc.constantFrom("positif", "negatif", "negatif-rasio", "naik", "bukan polaritas");
    fc.assert(
      fc.property(digitText, (text) => {
        const fast = plainNumber(text);
        const full = parseNumber(text);
        return fast === undefined || (full.kind === "number" && full.value === fast);
      }),
    );
    fc.assert(
      fc.property(cell, cell, polaritas, (t, r, p) => {
        const fast = capaianPlain(t, r, p, "");
        return fast === undefined || Object.is(shown(capaianRow(t, r, p, "")), fast);
      }),
    );
    const scale = fc.constantFrom(SCALES.permendagri86, SCALES.lakip, SCALES.akip);
    fc.assert(
      fc.property(cell, scale, (c, s) => {
        const fast = kriteriaPlain(c, s);
        return fast === undefined || shown(kriteria(c, s)) === fast;
      }),
    );
    const metode = fc.constantFrom<MetodeEfisiensi>("lkjip", "selisih", "rasio", "kategori");
    fc.assert(
      fc.property(cell, cell, cell, metode, (c, p, r, m) => {
        const fast = efisiensiPlain(c, p, r, m);
        return fast === undefined || Object.is(shown(efisiensi(c, p, r, m)), fast);
      }),
    );
  });
});
