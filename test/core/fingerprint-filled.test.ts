/**
 * `filledSince`: which cells of a tab held whole by an older record (versions 1 and 2) were filled
 * in after sending. It answers only with proof (the rebuilt tab gives the recorded SHA-256), so it
 * never calls a changed cell the quarter reads "filled in", and never names a cell that was there.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256 } from "../../src/cli/sakip";
import type { CellValue, TabSnapshot } from "../../src/core/cells";
import { filledSince, fingerprint } from "../../src/core/fingerprint";

const tab = (values: CellValue[][], notes?: string[][]): TabSnapshot => ({
  name: "Bidang A",
  values,
  formulas: values.map((r) => r.map(() => "")),
  notes,
});
const printOf = (t: TabSnapshot) => fingerprint([t], sha256).tabs[0];
/** Columns 1-3 are what the quarter reads (kode, target, realisasi TW I); 4-6 are the later TWs. */
const free = (_row: number, col: number) => col > 3;

const SENT: CellValue[][] = [
  ["Kode", "Target", "Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Penanggung jawab"],
  ["1.01", 10, 4, "", "", "Kabid"],
  ["1.02", 20, 7, "", "", ""],
];
const now = (edit: (v: CellValue[][]) => void) => {
  const v = SENT.map((r) => [...r]);
  edit(v);
  return v;
};

describe("filledSince", () => {
  it.each([
    [
      "the next TW's realisasi typed",
      (v: CellValue[][]) => {
        v[1][3] = 5;
        v[2][3] = 9;
      },
      ["D2", "D3"],
    ],
    [
      "a whole new row of later cells",
      (v: CellValue[][]) => v.push(["", "", "", 3, 1, "Kasi"]),
      ["D4", "E4", "F4"],
    ],
    ["nothing", () => undefined, []],
  ])("%s: names the cells", (_, edit, cells) => {
    const found = filledSince(tab(now(edit)), printOf(tab(SENT)), free, sha256);
    expect(found?.map((c) => `${"ABCDEF"[c.col - 1]}${c.row}`)).toEqual(cells);
  });

  it("a note added on a later cell is named as a note", () => {
    const notes = SENT.map((r) => r.map(() => ""));
    notes[1][4] = "angka sementara";
    expect(filledSince(tab(SENT, notes), printOf(tab(SENT)), free, sha256)).toEqual([
      { row: 2, col: 5, note: true },
    ]);
  });

  it.each([
    ["a cell the quarter reads changed", (v: CellValue[][]) => (v[1][2] = 5)],
    ["a cell the quarter reads filled in", (v: CellValue[][]) => (v[2][0] = "x")],
    ["a later cell edited, not filled in", (v: CellValue[][]) => (v[1][5] = "Kasi")],
    ["a later cell emptied", (v: CellValue[][]) => (v[1][5] = "")],
    ["a row emptied", (v: CellValue[][]) => v.splice(2, 1)],
  ])("%s: cannot tell (null)", (_, edit) => {
    expect(filledSince(tab(now(edit)), printOf(tab(SENT)), free, sha256)).toBeNull();
  });

  it("property: an answer is always the exact set of free cells filled in, else null", () => {
    const cell = fc.oneof(fc.constant(""), fc.integer({ min: 0, max: 9 }), fc.constantFrom("a", "b"));
    const grid = fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 5 });
    const edits = fc.array(
      fc.record({
        row: fc.nat(4),
        col: fc.nat(5),
        value: fc.oneof(fc.integer({ min: 1, max: 9 }), fc.constant("")),
      }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(grid, edits, (sent, changes) => {
        const after = sent.map((r) => [...r]);
        for (const e of changes) if (after[e.row]) after[e.row][e.col] = e.value;
        const found = filledSince(tab(after), printOf(tab(sent)), free, sha256);
        // The cells that differ, and whether each was a free cell filled in from empty.
        const differ = after.flatMap((r, i) =>
          r.flatMap((v, c) =>
            v === sent[i][c]
              ? []
              : [{ row: i + 1, col: c + 1, filled: sent[i][c] === "" && free(i + 1, c + 1) }],
          ),
        );
        if (differ.every((d) => d.filled))
          expect(found?.map(({ row, col }) => ({ row, col, filled: true }))).toEqual(differ);
        else expect(found).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
