/**
 * What remains to the Renstra end target: a difference of percentages is in "poin persen" (the
 * reference LKjIP's "naik 1,20 poin persen"), a percentage of something stays "%", other satuan as typed.
 */
import { expect, it } from "vitest";
import type { IndicatorFigures } from "../../../src/core/report/figures";
import { difference, renstraSentence } from "../../../src/core/report/narrative";

const figure = (satuan: string, targetAkhir: number, realisasiSd: number) =>
  ({
    row: {
      indikator: "Persentase desa ODF (Stop BABS)",
      satuan,
      polaritas: "positif",
      targetTw: ["", "", "", ""],
    },
    realisasiSd,
    renstra: { targetAkhir, tahunAkhir: 2026, realisasiSd: "" },
  }) as unknown as IndicatorFigures;

it("says 'masih kurang 3,42 poin persen' for a percentage indicator, not '3,42 %'", () => {
  expect(renstraSentence(figure("%", 65, 61.58))).toBe(
    "Target akhir Renstra (2026) Persentase desa ODF (Stop BABS) yaitu 65 %; realisasi saat ini 61,58 % atau 94,74 % dari target akhir, masih kurang 3,42 poin persen.",
  );
});

it("keeps the satuan of other indicators: 'masih kurang 12 Desa'", () => {
  expect(renstraSentence(figure("Desa", 60, 48))).toMatch(/masih kurang 12 Desa\.$/);
  expect(difference(1.5, "persen")).toBe("1,5 poin persen");
});
