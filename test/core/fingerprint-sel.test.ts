/**
 * Record version 6 keeps each row's cells: Verifikasi names the changed cell and what it held when
 * sent, where the record kept it (a number, a short text, the number a formula showed), and says
 * when it kept a hash only. Older records (no cells) are compared by row as before.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue, TabSnapshot } from "../../src/app/port";
import { sha256 } from "../../src/cli/sakip";
import {
  type Change,
  compare,
  fingerprint,
  joinCells,
  keptValue,
  packRows,
  recordCells,
  unpackRows,
} from "../../src/core/fingerprint";

const tab = (
  name: string,
  values: CellValue[][],
  formulas?: string[][],
  notes?: string[][],
): TabSnapshot => ({
  name,
  values,
  formulas: formulas ?? values.map((r) => r.map(() => "")),
  notes,
});
/** Sent as `before` (through the history cell: packed and read back), compared with `after`. */
const changed = (before: TabSnapshot[], after: TabSnapshot[], version = 6): Change[] => {
  const sent = fingerprint(before, sha256);
  const recorded = unpackRows(sent.hash, packRows(sent, version));
  return compare(recorded, fingerprint(after, sha256));
};
const was = (c: Change[]) =>
  c.flatMap((x) => x.cells ?? []).map((cell) => ({ ...cell, was: keptValue(cell.was) }));

describe("record version 6 names the changed cell with what it held", () => {
  it("a typed realisasi: the number sent", () => {
    const header = ["Indikator", "Target TW II", "Realisasi TW II"];
    const c = changed(
      [tab("Bidang A", [header, ["Persentase warga mandiri", 65, 61.68]])],
      [tab("Bidang A", [header, ["Persentase warga mandiri", 65, 70]])],
    );
    expect(c).toEqual([expect.objectContaining({ tab: "Bidang A", rows: [2], kind: "berubah" })]);
    expect(was(c)).toEqual([{ row: 2, col: 3, note: false, was: "61,68" }]);
  });

  it("a realisasi typed as text ('61,68') is kept as its text; a long text by its hash only", () => {
    const long = "Persentase warga transmigran yang mandiri secara ekonomi";
    const c = changed([tab("A", [[long, "61,68"]])], [tab("A", [[`${long} (revisi)`, "70"]])]);
    expect(was(c)).toEqual([
      { row: 1, col: 1, note: false, was: null },
      { row: 1, col: 2, note: false, was: '"61,68"' },
    ]);
  });

  it("a formula typed over: the number it showed; a formula whose result alone moved is not named", () => {
    const before = tab("Ringkasan", [["Bidang A", 8, 3]], [["", "=COUNTIF(X1:X9,1)", "=COUNTIF(Y1:Y9,1)"]]);
    // B1 typed over with 7; C1 still its formula, showing another count because the data it reads moved.
    const after = tab("Ringkasan", [["Bidang A", 7, 4]], [["", "", "=COUNTIF(Y1:Y9,1)"]]);
    expect(was(changed([before], [after]))).toEqual([{ row: 1, col: 2, note: false, was: "8 (rumus)" }]);
  });

  it("a note: named as the cell's note, its earlier wording not kept", () => {
    const values = [["Realisasi", 61.68]];
    const c = changed(
      [tab("Evaluasi", values, undefined, [["", "angka sementara"]])],
      [tab("Evaluasi", values, undefined, [["", "angka final BPS"]])],
    );
    expect(was(c)).toEqual([{ row: 1, col: 2, note: true, was: null }]);
  });

  it("a cell filled where it was empty, and one emptied: 'kosong' on the side where it was", () => {
    const c = changed([tab("A", [[1, ""]])], [tab("A", [["", 2]])]);
    expect(was(c)).toEqual([
      { row: 1, col: 1, note: false, was: "1" },
      { row: 1, col: 2, note: false, was: "kosong" },
    ]);
  });

  it("any edit of a number is located at its cell (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), {
            minLength: 1,
            maxLength: 6,
          }),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        fc.nat(),
        fc.nat(),
        fc.integer(),
        (rows, r0, c0, v) => {
          const r = r0 % rows.length;
          const col = c0 % rows[r].length;
          // -0 is 0 to Sheets and to the record.
          fc.pre(String(rows[r][col]) !== String(v));
          const after = rows.map((row) => [...row]);
          after[r][col] = v;
          const cells = changed([tab("A", rows)], [tab("A", after)]).flatMap((x) => x.cells ?? []);
          expect(cells).toEqual([{ row: r + 1, col: col + 1, note: false, was: expect.any(String) }]);
          expect(keptValue(cells[0].was)).not.toBeNull();
        },
      ),
    );
  });
});

describe("what is stored", () => {
  it("an older record (version 5) keeps no cells: the change is named by row, as before", () => {
    const c = changed([tab("A", [[1, 2]])], [tab("A", [[1, 3]])], 5);
    expect(c).toEqual([{ tab: "A", rows: [1], kind: "berubah" }]);
  });

  const big = tab(
    "Evaluasi",
    Array.from({ length: 1500 }, (_, i) => [`Indikator ${i}`, i * 1.5, i * 2.25, "Sangat Tinggi"]),
  );
  const small = tab("Bidang A", [["Realisasi", 61.68]]);
  const doctored = [
    tab("Bidang A", [["Realisasi", 70]]),
    { ...big, values: big.values.map((r, i) => (i === 9 ? [...r.slice(0, 3), "Rendah"] : r)) },
  ];

  it("every tab keeps its cells, however large, over as many history cells as it takes", () => {
    const sent = fingerprint([small, big], sha256);
    const cells = recordCells(packRows(sent));
    expect(cells.length).toBeGreaterThan(1);
    const recorded = unpackRows(sent.hash, joinCells(cells));
    expect(recorded.tabs.map((t) => [t.tab, !!t.cells])).toEqual([
      ["Bidang A", true],
      ["Evaluasi", true],
    ]);
    expect(compare(recorded, fingerprint(doctored, sha256))).toEqual([
      {
        tab: "Bidang A",
        rows: [1],
        kind: "berubah",
        cells: [{ row: 1, col: 2, note: false, was: "#61.68" }],
      },
      {
        tab: "Evaluasi",
        rows: [10],
        kind: "berubah",
        cells: [{ row: 10, col: 4, note: false, was: '"Sangat%20Tinggi' }],
      },
    ]);
  });

  it("a version 6 record of an earlier add-on, capped at 30.000 characters in one cell, names its largest tab by row, as before", () => {
    const sent = fingerprint([small, big], sha256);
    // As the add-on wrote it until 2026-12: the tabs whose cells did not fit keep their rows only.
    const [head, bidang, evaluasi] = packRows(sent).split("\n");
    const capped = [head, bidang, evaluasi.split("\t").slice(0, 3).join("\t")].join("\n");
    expect(capped.length).toBeLessThan(30_000);
    expect(joinCells([capped, "ketikan orang di kolom M"])).toBe(capped);
    expect(compare(unpackRows(sent.hash, capped), fingerprint(doctored, sha256))).toEqual([
      {
        tab: "Bidang A",
        rows: [1],
        kind: "berubah",
        cells: [{ row: 1, col: 2, note: false, was: "#61.68" }],
      },
      { tab: "Evaluasi", rows: [10], kind: "berubah" },
    ]);
  });
});
