/**
 * Levels side by side (the LAKIP evaluation sheets: Program | Kegiatan | Sub Kegiatan, each with its
 * own Uraian, Indikator, Satuan, Target…) read from their structure when the level words over them
 * are words nobody listed: each block that starts with an Uraian and holds its own Indikator is a
 * level, outermost on the left.
 */
import { describe, expect, it } from "vitest";
import type { CellValue, RangeRef } from "../../../src/core/cells";
import { detectPlan } from "../../../src/core/layout";
import { LAKIP_COLUMNS, LAKIP_SEKRETARIAT } from "../../fixtures/plans";
import { UNSEEN_WORDS } from "../../utils/layout-builder";

const HEADER = 5;
const MERGES: RangeRef[] = [
  { row: 6, col: 1, rows: 1, cols: 7 },
  { row: 6, col: 8, rows: 1, cols: 7 },
  { row: 6, col: 15, rows: 1, cols: 7 },
];
const read = (values: CellValue[][], merges: RangeRef[] = MERGES) => {
  const d = detectPlan("Evaluasi Sekretariat TW I", values, { merges });
  if (!d.ok) throw new Error(d.reason);
  return d.table;
};
const withGroups = (words: string[]) =>
  LAKIP_SEKRETARIAT.map((row, r) =>
    r !== HEADER
      ? row
      : row.map((v, c) => {
          const k = [LAKIP_COLUMNS.program, LAKIP_COLUMNS.kegiatan, LAKIP_COLUMNS.subkegiatan].indexOf(
            c as 0,
          );
          return k >= 0 ? words[k] : v;
        }),
  );
const summary = (values: CellValue[][], merges?: RangeRef[]) => {
  const t = read(values, merges);
  return {
    columns: t.columns,
    rows: t.rows.map((r) => [r.level, r.uraian, r.indikator, r.program, r.kegiatan]),
  };
};

describe("levels side by side under words nobody listed", () => {
  const known = summary(LAKIP_SEKRETARIAT);

  it("the known words give program, kegiatan and sub kegiatan blocks (the baseline)", () => {
    expect(known.columns).toMatchObject({ program: 0, kegiatan: 7, subkegiatan: 14 });
    expect(new Set(known.rows.map((r) => r[0]))).toEqual(new Set(["program", "kegiatan", "subkegiatan"]));
  });

  it.each([
    ["three unseen words, merged", UNSEEN_WORDS.slice(0, 3), MERGES],
    ["the same unseen word over every block", [UNSEEN_WORDS[4], UNSEEN_WORDS[4], UNSEEN_WORDS[4]], MERGES],
    ["unseen words in the first cell only (no merges reported)", UNSEEN_WORDS.slice(5, 8), []],
  ])("%s: every indicator keeps its level and names", (_, words, merges) => {
    expect(summary(withGroups(words as string[]), merges)).toEqual(known);
  });
});
