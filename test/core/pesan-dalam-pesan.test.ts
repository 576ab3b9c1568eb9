/**
 * A cell whose input is already the add-on's message shows a short message of its own, never the
 * other message quoted and cut (trial 3 #21: Efisiensi 'Realisasi anggaran "Ada angka tersimpan
 * sebagai t…" bukan angka.' after "seratus juta" was typed in a realisasi anggaran cell). The
 * functions run over a column, as the evaluation tab's one formula per column: a bad row says so in
 * its own row.
 */
import { describe, expect, it } from "vitest";
import { TEXT_IN_SUM } from "../../src/core/evaluasi-formulas";
import { CAPAIAN, EFISIENSI } from "../../src/core/functions";

type Cell = string | number;
/** The first row's result of a two-row column (the second row a correct one). */
const first = (v: unknown) => (v as Cell[][])[0][0];
const col = (x: Cell, ok: Cell) => [[x], [ok]];

const capaianMessage = first(CAPAIAN(col(63.57, 63.57), col("sekitar enam puluh persen", 61.68)));

describe("a message as the input of another computation", () => {
  it.each([
    [
      "EFISIENSI, realisasi anggaran a sum over text",
      () => EFISIENSI(col(107.95, 100), col(400_000_000, 1), col(TEXT_IN_SUM, 1)),
      "Realisasi anggaran bukan angka.",
    ],
    [
      "EFISIENSI, pagu a message",
      () => EFISIENSI(col(107.95, 100), col(TEXT_IN_SUM, 1), col(1_000, 1)),
      "Pagu bukan angka.",
    ],
    [
      "CAPAIAN, realisasi s.d. TW a sum over text",
      () => CAPAIAN(col(90, 90), col(TEXT_IN_SUM, 50)),
      "Realisasi bukan angka.",
    ],
    [
      "CAPAIAN, target s.d. TW a sum over text",
      () => CAPAIAN(col(TEXT_IN_SUM, 90), col(58, 50)),
      "Target bukan angka: isi angka, rentang seperti 80-90, atau batas seperti ≥ 80.",
    ],
    [
      "CAPAIAN, realisasi another capaian's message",
      () => CAPAIAN(col(90, 90), col(capaianMessage, 50)),
      "Realisasi bukan angka.",
    ],
  ])("%s: its own short message, nothing quoted", (_, run, expected) => {
    const shown = first(run());
    expect(shown).toBe(expected);
    expect(String(shown)).not.toMatch(/["…]/);
  });

  it("a person's text is still quoted, so they see what they typed", () => {
    expect(first(EFISIENSI(col(107.95, 100), col(400_000_000, 1), col("seratus juta", 1)))).toBe(
      'Realisasi anggaran "seratus juta" bukan angka.',
    );
    expect(capaianMessage).toBe('Realisasi "sekitar enam puluh persen" bukan angka.');
  });
});
