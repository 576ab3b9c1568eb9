import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capaian } from "../../src/core/capaian";
import {
  customScale,
  fractionColumn,
  kriteria,
  namedScale,
  SCALES,
  type Scale,
} from "../../src/core/kriteria";

const labels = (scale: Scale) => scale.bands.map((b) => b.label);
const zeroToFour = customScale([
  [0, "D"],
  [1, "C"],
  [2, "B"],
  [3, "A"],
]) as Scale;

describe("KRITERIA never refuses a capaian on the office's scale (issue 18)", () => {
  it.each([
    [0.5, "Sangat Rendah"],
    [1, "Sangat Rendah"],
    [1.2, "Sangat Rendah"],
    [97.03, "Sangat Tinggi"],
    [90.99, "Tinggi"],
  ])("KRITERIA(%s) → %s (a single value is taken as written)", (c, label) => {
    expect(kriteria(c, SCALES.permendagri86)).toEqual({ kind: "value", value: label });
  });

  it("KRITERIA(1,2) on a scale of 0–4 is C", () => {
    expect(kriteria(1.2, zeroToFour)).toEqual({ kind: "value", value: "C" });
    expect(kriteria("1,2", zeroToFour)).toEqual({ kind: "value", value: "C" });
  });

  it("rates every capaian the add-on computes, small ones included", () => {
    for (const [t, r] of [
      [100, 1],
      [100, 0.5],
      [179, 1],
      [150, "1 UPT"],
    ] as const) {
      const c = capaian(t, r);
      expect(c.kind).toBe("value");
      if (c.kind === "value") expect(kriteria(c.value, SCALES.permendagri86).kind).toBe("value");
    }
  });

  it("property: for any capaian c ≥ 0 on every scale, KRITERIA(c) is one of its labels", () => {
    const scales = [SCALES.permendagri86, SCALES.lakip, SCALES.akip, zeroToFour];
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constantFrom(...scales), (c, scale) => {
        const result = kriteria(c, scale);
        expect(result.kind).toBe("value");
        if (result.kind === "value") expect(labels(scale)).toContain(result.value);
      }),
      { numRuns: 3000 },
    );
  });

  it("property: the add-on's own CAPAIAN result is always rated", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1.5, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.constantFrom("positif", "negatif-rasio"),
        (t, r, p) => {
          const c = capaian(t, r, { polaritas: p });
          if (c.kind !== "value") return;
          expect(kriteria(c.value, SCALES.permendagri86).kind).toBe("value");
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("a column of capaian is read as fractions only when all of it is", () => {
  it.each([
    [[0.97, 1.02, 0.85], true],
    [[0.97, 0, 1.02, "", "–"], true],
    [[0.97], false],
    [[0.97, 0], false],
    [[0.97, 85, 1.02], false],
    [[0, 0, 0], false],
  ])("%j → %s", (column, expected) => {
    expect(fractionColumn(column, SCALES.permendagri86)).toBe(expected);
  });

  it("never on a scale that is itself small (0–4)", () => {
    expect(fractionColumn([0.5, 1.2, 1], zeroToFour)).toBe(false);
  });
});

describe("KRITERIA", () => {
  const label = (c: unknown, scale = SCALES.permendagri86) => {
    const r = kriteria(c as number, scale);
    return r.kind === "value" ? r.value : r.kind;
  };

  it("uses half-open bands of Permendagri 86/2017 so nothing falls between bands", () => {
    expect(label(97.03)).toBe("Sangat Tinggi");
    expect(label(91)).toBe("Sangat Tinggi");
    expect(label(90.99)).toBe("Tinggi"); // the printed scale "76% ≤ 90%" leaves 90–91 uncovered
    expect(label(76)).toBe("Tinggi");
    expect(label(75.5)).toBe("Sedang");
    expect(label(72.22)).toBe("Sedang");
    expect(label(65.9)).toBe("Rendah");
    expect(label(51)).toBe("Rendah");
    expect(label(48.45)).toBe("Sangat Rendah");
    expect(label("107,95")).toBe("Sangat Tinggi");
    expect(label("")).toBe("blank");
  });

  it("knows the LAKIP and Evaluasi AKIP scales by name", () => {
    expect(label(100, SCALES.lakip)).toBe("Sangat Berhasil");
    expect(label(99.19, SCALES.lakip)).toBe("Berhasil");
    expect(label(55, SCALES.lakip)).toBe("Cukup Berhasil");
    expect(label(54.9, SCALES.lakip)).toBe("Kurang Berhasil");
    expect(label(70.92, SCALES.akip)).toBe("BB");
    expect(label(70, SCALES.akip)).toBe("B");
    expect(label(90.01, SCALES.akip)).toBe("AA");
    expect(label(30, SCALES.akip)).toBe("D");
    expect(namedScale("Permendagri 86")?.id).toBe("permendagri86");
    expect(namedScale("LAKIP")?.id).toBe("lakip");
    expect(namedScale("entah")).toBeNull();
  });

  it("reads a scale the user keeps in the sheet", () => {
    const scale = customScale([
      ["Batas bawah", "Label"],
      [0, "Kurang"],
      ["85", "Baik"],
      [100, "Istimewa"],
    ]);
    if ("kind" in scale) throw new Error(scale.message);
    expect(label(99, scale)).toBe("Baik");
    expect(label(100, scale)).toBe("Istimewa");
    expect(label(-1, scale)).toBe("problem");
  });
});
