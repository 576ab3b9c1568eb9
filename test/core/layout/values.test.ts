import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cells";
import { familyValues, type TwKind } from "../../../src/core/layout/values";

// Columns: 0 indikator | 1 satuan | 2 target | 3 pagu | 4–7 the family.
const rows = (...fam: CellValue[][]): CellValue[][] =>
  fam.map((f, i) => [
    `Indikator ${i + 1}`,
    i === 0 ? "%" : "Dokumen",
    i === 0 ? 100 : 4,
    i === 0 ? 1_000_000 : 400_000,
    ...f,
  ]);
const best = (values: CellValue[][]) => {
  const v = familyValues(
    values,
    0,
    { 1: 4, 2: 5, 3: 6, 4: 7 },
    { indikator: [0], satuan: 1, targetTahunan: 2, pagu: 3 },
  );
  const top = (Object.entries(v.scores) as [TwKind, number][]).sort((a, b) => b[1] - a[1])[0];
  return top[1] > 0 ? top[0] : null;
};

describe("what the values under four TW columns say", () => {
  it.each<[string, CellValue[][], TwKind | null]>([
    [
      "they add up to the pagu: RAK",
      rows([250_000, 250_000, 250_000, 250_000], [100_000, 100_000, 200_000, 0]),
      "rakTw",
    ],
    [
      "money never above the pagu, filled up to a TW: realisasi anggaran",
      rows([210_000, "", "", ""], [95_000, 120_000, "", ""]),
      "realisasiAnggaranTw",
    ],
    [
      "they fit the target tahunan (akhir, kumulatif): targets",
      rows([25, 50, 75, 100], [0, 1, 1, 2]),
      "targetTw",
    ],
    ["filled up to a TW and blank after: realisasi", rows([27, "", "", ""], [1, 1, "", ""]), "realisasiTw"],
    ["nothing typed: no evidence", rows(["", "", "", ""], ["", "", "", ""]), null],
  ])("%s", (_, values, kind) => {
    expect(best(values)).toBe(kind);
  });

  it("says what it saw, in Indonesian", () => {
    const v = familyValues(
      rows([250_000, 250_000, 250_000, 250_000]),
      0,
      { 1: 4, 2: 5, 3: 6, 4: 7 },
      { pagu: 3 },
    );
    expect(v.evidence).toBe("nilai rupiah; jumlah TW I–IV sama dengan pagu pada 1 dari 1 baris");
  });
});
