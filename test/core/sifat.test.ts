import { describe, expect, it } from "vitest";
import { parseSifat, resolveSifat } from "../../src/core/sifat";

describe("sifat target as offices write it", () => {
  it("reads the words and leaves unknown ones to the targets", () => {
    expect(parseSifat("Kumulatif")).toBe("kumulatif");
    expect(parseSifat("Akhir  Tahun")).toBe("akhir");
    expect(parseSifat("Tetap")).toBe("tetap");
    expect(parseSifat("Non Kumulatif")).toBeNull();
    // Not written: "4, 2, 2, 2" of 10 adds up; "0, 0, 0, 100" % is progress; "25 ×4" of 25 is a level.
    expect(resolveSifat("", 10, [4, 2, 2, 2], "Dokumen")).toBe("kumulatif");
    expect(resolveSifat("", 100, [0, 0, 0, 100], "%")).toBe("akhir");
    expect(resolveSifat("", 25, [25, 25, 25, 25], "Orang")).toBe("tetap");
  });
});
