import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../src/app/port";
import { CAPAIAN, EFISIENSI, KRITERIA, type SheetArg, type SheetResult } from "../../src/core/functions";
import { parseNumber } from "../../src/core/numbers";

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
