import { describe, expect, it } from "vitest";
import type { CellValue, TabSnapshot } from "../../../../src/core/cells";
import { checkWorkbook } from "../../../../src/core/checks";
import { LKJIP_TABEL_3_18, LKJIP_TABEL_3_19 } from "../../../fixtures/layouts";

const snap = (name: string, values: CellValue[][]): TabSnapshot => ({
  name,
  values,
  formulas: values.map((r) => r.map(() => "")),
});
const found = (name: string, values: CellValue[][]) =>
  checkWorkbook([snap(name, values)]).findings.filter((f) => f.rule === "persentase-lain");

describe("persentase of earlier years and against the Renstra's end target", () => {
  it("accepts the 2023 persentase of the reference Tabel 3.18, rounded or cut (114 for 114,73; 164 for 163,89)", () => {
    expect(found("Perbandingan", LKJIP_TABEL_3_18)).toEqual([]);
  });

  it("finds the two wrong persentase of the reference Tabel 3.19 and names the cell and numbers", () => {
    expect(found("Renstra", LKJIP_TABEL_3_19).map((f) => [f.cell, f.message])).toEqual([
      [
        "D4",
        'Persentase indikator "Persentase Tenaga Kerja yang Bersertifikat Kompetensi" terhadap target akhir Renstra (2026) tertulis 54,26, padahal hasil hitungnya 54,44 (realisasi 61,05 dari target 112,15).',
      ],
      [
        "D5",
        'Persentase indikator "Persentase Pencari Kerja yang terdaftar ditempatkan" terhadap target akhir Renstra (2026) tertulis 66,41, padahal hasil hitungnya 78,36 (realisasi 40,63 dari target 51,85).',
      ],
    ]);
  });

  it.each<[string, CellValue, boolean]>([
    ["right, rounded", "114,73", false],
    ["right, cut", "114,7", false],
    ["a cap of 100 above the formula", 100, false],
    ["wrong", "104%", true],
    ["blank", "", false],
  ])("a 2023 persentase %s", (_, printed, wrong) => {
    const values = LKJIP_TABEL_3_18.map((r) => [...r]);
    values[4][5] = printed; // 81,80 / 71,30 → 114,727…
    expect(found("Perbandingan", values).length).toBe(wrong ? 1 : 0);
  });
});
