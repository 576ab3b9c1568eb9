import { describe, expect, it } from "vitest";
import { formatRupiah, parseNumber, toNumber } from "../../src/core/numbers";

describe("numbers as people type them", () => {
  it.each([
    ["63,57", 63.57],
    ["1.852.283.616", 1852283616],
    ["89,335,000", 89335000],
    ["Rp 1.234.567,00", 1234567],
    ["Rp. 8.672.399.000,-", 8672399000],
    ["8.672.399.000,00", 8672399000],
    ["95%", 95],
    ["7,3T", 7.3e12],
    ["1,5 M", 1.5e9],
    ["1 UPT", 1],
    [". 6.535.000", 6535000],
    ["74.200.000,", 74200000],
    ["4.40", 4.4],
    ["−4,05", -4.05],
    ["(1.234.000)", -1234000],
    ["1 234 567", 1234567],
    [61.68, 61.68],
  ])("%j → %d", (text, expected) => {
    expect(toNumber(text)).toBeCloseTo(expected, 9);
  });

  it("reads -, -- and blanks as nothing, not zero", () => {
    for (const t of ["", "-", "--", "  ", "—"]) expect(parseNumber(t)).toEqual({ kind: "empty" });
  });

  it("says which cells were text and which separator they used", () => {
    expect(parseNumber(1852283616)).toMatchObject({ fromText: false });
    expect(parseNumber("1.852.283.616")).toMatchObject({ fromText: true, thousands: "." });
    expect(parseNumber("89,335,000")).toMatchObject({ fromText: true, thousands: "," });
    expect(parseNumber("95%")).toMatchObject({ percent: true, value: 95 });
    expect(parseNumber("6.535")).toMatchObject({ value: 6535, ambiguous: true });
  });

  it("refuses what is not one number", () => {
    for (const t of ["abc", "1.2.3", "80-90", "80 s.d. 90", "12,5,3", "5 m2 x"]) {
      expect(parseNumber(t).kind, t).toBe("invalid");
    }
  });

  it("formats rupiah the Indonesian way", () => {
    expect(formatRupiah(2869444960)).toBe("Rp 2.869.444.960");
  });
});
