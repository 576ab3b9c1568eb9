/**
 * What a record of version 3 covers of a bidang tab: the cells the evaluation tab's formulas read,
 * listed from the formulas themselves (so a renamed tab, an inserted row or a person's own formula
 * is followed), never from text inside quotes; whole when the formula cannot be listed.
 */
import { describe, expect, it } from "vitest";
import { formulaReferences, onlyCells } from "../../src/core/fingerprint";

const keys = (refs: ReturnType<typeof formulaReferences>, tab: string) => {
  const cells = refs.get(tab);
  return cells === "semua" || cells === undefined ? cells : [...cells].sort();
};

describe("formulaReferences", () => {
  it.each([
    ["a quoted tab and one cell", `=IF('Rencana Aksi'!S2="","",'Rencana Aksi'!S2)`, "Rencana Aksi", ["2,19"]],
    ["a range", "=SUM('Bidang A'!J5:K5)", "Bidang A", ["5,10", "5,11"]],
    ["absolute, reversed", "=SUM(Bidang!$K$6:$J$5)", "Bidang", ["5,10", "5,11", "6,10", "6,11"]],
    ["a quote doubled in the name", "=('Dinas ''Baru'''!A1)", "Dinas 'Baru'", ["1,1"]],
    ["an unquoted name with a dot", "=PK.2024!B3*2", "PK.2024", ["3,2"]],
    ["a whole column", "=SUM('Bidang A'!S:S)", "Bidang A", "semua"],
    ["whole rows", "=SUM('Bidang A'!2:3)", "Bidang A", "semua"],
    ["a range too large to list", "=SUM('Bidang A'!A1:Z9999)", "Bidang A", "semua"],
  ])("%s", (_name, formula, tab, expected) => {
    expect(keys(formulaReferences([[formula]]), tab)).toEqual(expected);
  });

  it("text in quotes is not a reference, a reference beside it is", () => {
    const refs = formulaReferences([[`=IF(A1="lihat 'Bidang B'!C3",'Bidang A'!C3,"")`]]);
    expect([...refs.keys()]).toEqual(["Bidang A"]);
  });

  it("INDIRECT or OFFSET cannot be listed: every tab counts whole", () => {
    expect(formulaReferences([[`=INDIRECT("'Bidang A'!S"&ROW())`]]).get("*")).toBe("semua");
    expect(formulaReferences([["=SUM(OFFSET('Bidang A'!A1,1,18))"]]).get("*")).toBe("semua");
    expect(formulaReferences([["=SUM('Bidang A'!A1)"]]).has("*")).toBe(false);
  });
});

describe("onlyCells", () => {
  it("keeps the listed cells' values, formulas and notes, blanks the rest", () => {
    const tab = {
      name: "Bidang A",
      values: [
        ["Indikator", "Target TW I", "Target TW II"],
        ["Dokumen", 2, 3],
      ],
      formulas: [
        ["", "", ""],
        ["", "=1+1", ""],
      ],
      notes: [
        ["", "", ""],
        ["", "direvisi", "nanti"],
      ],
    };
    expect(onlyCells(tab, new Set(["2,2"]))).toEqual({
      name: "Bidang A",
      values: [
        ["", "", ""],
        ["", 2, ""],
      ],
      formulas: [
        ["", "", ""],
        ["", "=1+1", ""],
      ],
      notes: [
        ["", "", ""],
        ["", "direvisi", ""],
      ],
    });
  });
});
