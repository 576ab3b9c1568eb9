import { describe, expect, it } from "vitest";
import type { CellValue, RangeRef } from "../../../src/core/cells";
import { columnPath, fillBand, isUnitRow } from "../../../src/core/layout/families";

const E = "";
const paths = (rows: CellValue[][], merges: RangeRef[] = []) => {
  const width = rows[0].length;
  const grid = fillBand(rows, 0, rows.length - 1, width, merges);
  const units = grid.map(isUnitRow);
  return Array.from({ length: width }, (_, c) => columnPath(grid, units, c).join(" / "));
};

describe("header paths", () => {
  it.each<[string, CellValue[][], RangeRef[], string[]]>([
    [
      "a merged group",
      [
        ["Indikator", "Realisasi", E],
        [E, "TW I", "TW II"],
      ],
      [{ row: 1, col: 2, rows: 1, cols: 2 }],
      ["indikator", "realisasi / tw i", "realisasi / tw ii"],
    ],
    [
      "text left in the first cell",
      [
        ["Indikator", "Realisasi", E],
        [E, "TW I", "TW II"],
      ],
      [],
      ["indikator", "realisasi / tw i", "realisasi / tw ii"],
    ],
    [
      "text repeated",
      [
        ["Indikator", "Realisasi", "Realisasi"],
        [E, "TW I", "TW II"],
      ],
      [],
      ["indikator", "realisasi / tw i", "realisasi / tw ii"],
    ],
    [
      "a unit row: Rp turns the header to its budget side",
      [
        ["Indikator", "Realisasi", "Realisasi"],
        [E, "K", "Rp"],
      ],
      [],
      ["indikator", "realisasi", "keuangan / realisasi"],
    ],
  ])("%s", (_, rows, merges, expected) => {
    expect(paths(rows, merges)).toEqual(expected);
  });
});
