/**
 * Which formats of the evaluation tab are a person's, kept through a rewrite (keptFormats): the
 * add-on's own figure format with the decimals of an earlier run is not (trial 5 #13: "61,68%"
 * pasted after a first build showed 61,7 while the capaian used 61,68), a person's other format is.
 */
import { describe, expect, it } from "vitest";
import type { CellFormats, TabFormat } from "../../../src/core/cells";
import { keptFormats } from "../../../src/core/regenerate/formats";

const one = (numberFormat: string): CellFormats => ({
  background: [[""]],
  numberFormat: [[numberFormat]],
  fontColor: [[""]],
  fontSize: [[10]],
});
const ours = (numberFormat: string): TabFormat => ({
  styles: [{ range: { row: 1, col: 1, rows: 1, cols: 1 }, numberFormat }],
});

describe("a number format found on a cell the add-on formats now", () => {
  it.each([
    ["#,##0.0", "#,##0.00", false],
    ["#,##0", "#,##0.00", false],
    ["#,##0.00", "#,##0", false],
    ["#,##0.00", "#,##0.00", false],
    ["General", "#,##0.00", false],
    ["0.0", "#,##0.00", true],
    ["0.00%", "#,##0.00", true],
    ["#,##0.0", '"Rp "#,##0', true],
  ])("%s where the add-on writes %s by the row's figures: kept %s", (found, written, kept) => {
    const { styles } = keptFormats(one(found), ours(written), { rows: [], cols: [] }, () => true);
    expect(styles.length > 0).toBe(kept);
    if (kept) expect(styles[0].numberFormat).toBe(found);
  });

  // A person's whole numbers on a capaian column, whose format does not follow the figures (review 6:
  // it was reset at every Buat tab Triwulan).
  it.each([
    ["#,##0", "#,##0.00"],
    ["#,##0.0", "#,##0.00"],
  ])("%s where the add-on always writes %s: kept", (found, written) => {
    const { styles } = keptFormats(one(found), ours(written), { rows: [], cols: [] }, (c) => c !== 0);
    expect(styles.map((s) => s.numberFormat)).toEqual([found]);
  });
});
