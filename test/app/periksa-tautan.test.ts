/**
 * Hasil Pemeriksaan links each finding to its cell with HYPERLINK. The findings come from the panel
 * (Periksa's rules run there), and anyone can call the server with any text: a "cell" that is no A1
 * reference is written as text, never inside the formula (review 6).
 */
import { describe, expect, it } from "vitest";
import { cellLink } from "../../src/app/periksa";

describe("cellLink", () => {
  it("links an A1 cell or range of a tab with an id", () => {
    expect(cellLink("Bidang A", "N12", 7)).toEqual({
      formula: '=HYPERLINK("#gid=7&range=N12","Bidang A!N12")',
    });
    expect(cellLink("Bidang A", "N12:N15", 7)).toEqual({
      formula: '=HYPERLINK("#gid=7&range=N12:N15","Bidang A!N12:N15")',
    });
  });

  it.each(['A1",1)&IMAGE("x', "A1)+NOW(", "", "n12"])("writes %j as the label, no formula", (cell) => {
    expect(cellLink("Bidang A", cell, 7)).toBe(`Bidang A!${cell}`);
  });
});
