import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../src/app/port";
import { capaianPlain, capaianRow } from "../src/core/capaian";
import { efisiensi, efisiensiPlain, type MetodeEfisiensi } from "../src/core/efisiensi";
import { CAPAIAN, EFISIENSI, KRITERIA, type SheetArg, type SheetResult } from "../src/core/functions";
import { kriteria, kriteriaPlain, SCALES } from "../src/core/kriteria";
import { parseNumber, plainNumber } from "../src/core/numbers";
import type { Computed } from "../src/core/result";

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

// Everything a cell can hold, including the texts offices type.
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.constantFrom(
    "",
    "-",
    "--",
    "63,57",
    "1.852.283.616",
    "89,335,000",
    "95%",
    "7,3T",
    "1 UPT",
    "WTP",
    "80-90",
  ),
  fc.constantFrom(
    "negatif",
    "positif",
    "negatif-rasio",
    "lakip",
    "akip",
    "selisih",
    "rasio",
    "0",
    "Rp 5.000,00",
  ),
  fc.string(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
);

const arg: fc.Arbitrary<SheetArg> = fc.oneof(
  cell,
  fc.integer({ min: 1, max: 4 }).chain((n) =>
    fc.array(
      fc.tuple(cell).map((t) => [...t]),
      { minLength: n, maxLength: n },
    ),
  ),
);

function cellsOf(r: SheetResult): CellValue[] {
  return Array.isArray(r) ? r.flat() : [r];
}

function callSafely(f: () => SheetResult): SheetResult | null {
  try {
    return f();
  } catch (e) {
    // The only throws allowed: an Error with an Indonesian message, never a JavaScript one.
    expect(e).toBeInstanceOf(Error);
    const message = (e as Error).message;
    expect(message).not.toMatch(/TypeError|Cannot read|is not a function|undefined/);
    return null;
  }
}

describe("properties: nothing thrown but the documented errors, never NaN or Infinity", () => {
  it("parseNumber never throws and never gives a non-finite number", () => {
    fc.assert(
      fc.property(cell, (v) => {
        const p = parseNumber(v);
        if (p.kind === "number") expect(Number.isFinite(p.value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("formatted numbers read back to themselves", () => {
    const id = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2, minimumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), fc.integer({ min: 0, max: 99 }), (i, f) => {
        const n = Number(`${i}.${String(f).padStart(2, "0")}`);
        expect(parseNumber(id.format(n))).toMatchObject({ kind: "number", value: n });
        expect(parseNumber(`Rp ${id.format(n)}`)).toMatchObject({ kind: "number", value: n });
      }),
    );
  });

  it("CAPAIAN, KRITERIA and EFISIENSI give finite numbers or text", () => {
    fc.assert(
      fc.property(arg, arg, arg, arg, (a, b, c, d) => {
        for (const f of [() => CAPAIAN(a, b, c, d), () => KRITERIA(a, b), () => EFISIENSI(a, b, c, d)]) {
          const out = callSafely(f);
          if (out === null) continue;
          for (const v of cellsOf(out)) {
            if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
            else expect(typeof v).toBe("string");
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("a range result has the shape of the range", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 30 }), (rows) => {
        const out = CAPAIAN(
          rows.map(([t]) => [t]),
          rows.map(([, r]) => [r]),
        ) as CellValue[][];
        expect(out.length).toBe(rows.length);
        for (const row of out) expect(row.length).toBe(1);
      }),
    );
  });
});

describe("custom functions under hostile cells", () => {
  it("refuses a 50.000-character cell in its own row, quoting only a short excerpt", () => {
    const huge = `${"1.234.567,".repeat(5_000)}x`;
    const spaces = `${" ".repeat(50_000)}63,57${" ".repeat(50_000)}`;
    const out = CAPAIAN(col(huge, 80, "80"), col(70, huge, spaces)) as CellValue[][];
    expect(out[0][0]).toBe(
      'Target "1.234.567,1.234.567,1.234.567…" bukan angka: isi angka atau rentang seperti 80-90.',
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
    expect(out[0][0]).toBe("Target tanggal 2 Jan 2024 bukan angka: isi angka atau rentang seperti 80-90.");
    expect(out[1][0]).toBe("Realisasi tanggal 2 Jan 2024 bukan angka.");
    expect(out[2][0]).toBe("Target kotak centang bukan angka: isi angka atau rentang seperti 80-90.");
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
