import { describe, expect, it } from "vitest";
import { parseSifat, readSifat } from "../../src/core/sifat";

describe("sifat target as offices write it", () => {
  it("reads the words and leaves unknown ones to the targets", () => {
    expect(parseSifat("Kumulatif")).toBe("kumulatif");
    expect(parseSifat("Akhir  Tahun")).toBe("akhir");
    expect(parseSifat("Tetap")).toBe("tetap");
    expect(parseSifat("Non Kumulatif")).toBeNull();
    // Not written: "4, 2, 2, 2" of 10 adds up; "0, 0, 0, 100" % is progress; "25 ×4" of 25 is a level.
    expect(readSifat({ sifat: "", targetTahunan: 10, targetTw: [4, 2, 2, 2], satuan: "Dokumen" }).sifat).toBe(
      "kumulatif",
    );
    expect(readSifat({ sifat: "", targetTahunan: 100, targetTw: [0, 0, 0, 100], satuan: "%" }).sifat).toBe(
      "akhir",
    );
    expect(
      readSifat({ sifat: "", targetTahunan: 25, targetTw: [25, 25, 25, 25], satuan: "Orang" }).sifat,
    ).toBe("tetap");
  });
});
