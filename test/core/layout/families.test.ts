import { describe, expect, it } from "vitest";
import type { CellValue, RangeRef } from "../../../src/core/cells";
import { columnPath, familiesOf, fillBand, isUnitRow } from "../../../src/core/layout/families";

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

describe("TW families", () => {
  it.each<[string, string[][], { key: string; members: Record<number, number> }[]]>([
    [
      "one group over TR I … IV",
      [
        ["indikator"],
        ["target triwulan", "tr i"],
        ["target triwulan", "tr ii"],
        ["target triwulan", "tr iii"],
        ["target triwulan", "tr iv"],
      ],
      [{ key: "target triwulan", members: { 1: 1, 2: 2, 3: 3, 4: 4 } }],
    ],
    [
      "leaves that carry the word (Realisasi TW I …)",
      [["realisasi tw i"], ["realisasi tw ii"], ["anggaran tw i"], ["anggaran tw ii"]],
      [
        { key: "realisasi", members: { 1: 0, 2: 1 } },
        { key: "anggaran", members: { 1: 2, 2: 3 } },
      ],
    ],
    [
      "K | Rp interleaved under each TW (form E.81)",
      [
        ["realisasi", "i"],
        ["realisasi", "keuangan", "i"],
        ["realisasi", "ii"],
        ["realisasi", "keuangan", "ii"],
      ],
      [
        { key: "realisasi", members: { 1: 0, 2: 2 } },
        { key: "realisasi / keuangan", members: { 1: 1, 2: 3 } },
      ],
    ],
    [
      "group text only over the first TW",
      [["anggaran kas", "tw i"], ["tw ii"], ["tw iii"], ["tw iv"]],
      [{ key: "anggaran kas", members: { 1: 0, 2: 1, 3: 2, 4: 3 } }],
    ],
    [
      "TW words alone are a family too; the same words again start a second one",
      [["tw i"], ["tw ii"], ["x", "tw i"], ["x", "tw ii"], ["x", "tw i"], ["x", "tw ii"]],
      [
        { key: "", members: { 1: 0, 2: 1 } },
        { key: "x", members: { 1: 2, 2: 3 } },
        { key: "x", members: { 1: 4, 2: 5 } },
      ],
    ],
  ])("%s", (_, paths, expected) => {
    expect(familiesOf(paths)).toEqual(expected);
  });
});
