import { describe, expect, it } from "vitest";
import { efisiensi, serapan } from "../../src/core/efisiensi";

describe("EFISIENSI (LKjIP Tabel 3.20)", () => {
  const eff = (...a: Parameters<typeof efisiensi>) => {
    const r = efisiensi(...a);
    return r.kind === "value" ? r.value : r.kind;
  };

  it("computes min(capaian,100) − serapan when the target is met", () => {
    // Program Penempatan Tenaga Kerja: capaian 181 %, serapan 88,96 → 11,04
    expect(eff(181, "8.672.399.000", "7.715.264.852")).toBeCloseTo(11.04, 2);
    // Program Pelatihan Kerja: capaian 100 %, 11.567.169.818 of 16.052.340.000 → 27,94
    expect(eff(100, "16.052.340.000", "11.567.169.818")).toBeCloseTo(27.94, 2);
  });

  it("leaves it blank below 100 % capaian, never 0", () => {
    expect(eff(99.19, 15094099333, 12552570451)).toBe("blank");
  });

  it("offers selisih, kategori and rasio", () => {
    expect(eff(90, 100, 95, "selisih")).toBe(-5);
    expect(eff(90, 100, 95, "kategori")).toBe("Cukup efisien");
    expect(eff(90, 100, 80, "kategori")).toBe("Efisien");
    expect(eff(90, 100, 100, "kategori")).toBe("Tidak efisien");
    expect(eff(90, 100, 90, "rasio")).toBe(1);
  });

  it("reports pagu 0 instead of dividing by it", () => {
    expect(serapan(0, 10)).toMatchObject({ kind: "problem", message: expect.stringMatching(/^Pagu/) });
    expect(serapan(100, "")).toEqual({ kind: "blank" });
  });
});
