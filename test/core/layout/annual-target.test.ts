/**
 * An annual target no word names (issue 18 trial): "Tahun 2025" over the target the TW targets make
 * is read as Target Tahunan from its values (sum for kumulatif, last for akhir, equal for tetap),
 * with the year kept; a column of numbers the TW targets do not fit stays unread.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cells";
import { detectPlan, guessNotes } from "../../../src/core/layout";
import { KECAMATAN_DPA, TAHUN_2025, TAHUN_2025_MERGES } from "../../fixtures/layouts";

const read = (values: CellValue[][], merges = TAHUN_2025_MERGES) => {
  const d = detectPlan("Renaksi 2025", values, { merges });
  if (!d.ok) throw new Error(d.reason);
  return d.table;
};

describe("an annual target read from its values", () => {
  it("'Tahun 2025' is the Target Tahunan, sure, with the evidence and the year kept", () => {
    for (const merges of [TAHUN_2025_MERGES, []]) {
      const t = read(TAHUN_2025, merges);
      expect(t.columns.targetTahunan).toBe(4);
      expect(t.tahun).toBe(2025);
      const col = t.reading?.find((r) => r.col === 4);
      expect(col).toMatchObject({ fields: ["targetTahunan"], unsure: false, header: "tahun 2025" });
      expect(col?.evidence).toBe("sesuai target TW pada 4 dari 4 baris");
      expect(t.rows.map((r) => r.targetTahunan)).toEqual(["4,40", 160, 60, 2]);
    }
  });

  it("with the annual target read, the sifat of every row is read sure (no 'belum pasti' line)", () => {
    const notes = guessNotes(read(TAHUN_2025));
    expect(notes[0]).toBe(
      "Sifat target tidak ada kolomnya, dibaca dari nilai target: 2 kumulatif, 1 akhir, 1 tetap.",
    );
    expect(notes.some((n) => /belum pasti/.test(n))).toBe(false);
  });

  it("a column of numbers the TW targets do not fit (a weight, 'Bobot') stays unread", () => {
    const values = TAHUN_2025.map((row, r) => {
      const copy = [...row];
      if (r === 1) copy[4] = "Bobot";
      else if (r >= 3) copy[4] = [10, 25, 30, 35][r - 3];
      return copy;
    });
    const t = read(values);
    expect(t.columns.targetTahunan).toBeUndefined();
    expect(t.columns.targetTw1).toBe(5);
  });
});

describe("an annual target named by its word (trial 8 #25)", () => {
  // Two planning slips in the TW targets (Tw. IV 2 instead of 3; 0 instead of 12): the values alone no
  // longer fit on 80 % of the rows, the word still names the target, and the slips stay to be reported.
  const slipped = (header: string) =>
    KECAMATAN_DPA.map((row, r) => {
      const copy = [...row];
      if (r === 4) copy[4] = header;
      if (r === 8) copy[23] = 2;
      if (r === 10) copy[23] = 0;
      return copy;
    });
  it.each(["Vol.", "Volume", "Vol. Target", "Sasaran Vol.", "Target"])(
    "'%s' is the Target Tahunan",
    (header) => {
      const d = detectPlan("Renaksi Kec", slipped(header));
      if (!d.ok) throw new Error(d.reason);
      expect(d.table.columns.targetTahunan).toBe(4);
      expect(d.table.columns.sasaran).toBeUndefined();
      expect(d.table.rows.map((r) => r.targetTahunan)).toEqual([100, 24, 3, 90, 12]);
    },
  );
});
