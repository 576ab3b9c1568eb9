/**
 * Trial 6 #3: the typed-capaian check follows what the evaluation tab reads when the plan writes
 * neither sifat nor polaritas. An "akhir" indicator read from its targets (20/45/70/95 of 95 %) is
 * never quoted with TW sums ("102,31 (target 65, realisasi 66,5)", filed as an ignorable cap note for
 * a typed 100 where the tab shows 98,89); a capaian of an indicator whose polaritas is only guessed
 * positif while it looks lower-is-better ("Angka kematian ibu") is accepted on the negative formulas
 * and, matching none, said with both figures as a peringatan, not asserted positive.
 */
import { describe, expect, it } from "vitest";
import { capaianTertulis } from "../../../../src/core/checks/rules/capaian-tertulis";
import { type Row, templateTab, tw } from "../../../fixtures/checks";
import { run } from "../../../utils/checks";

const imunisasi = (capaian: number | string): Row => ({
  indikator: "Cakupan imunisasi dasar lengkap",
  satuan: "%",
  targetTahunan: 95,
  ...tw("targetTw", [20, 45, 70, 95]),
  ...tw("realisasiTw", [22, "44,5", "", ""]),
  capaian,
});
const aki = (capaian: number | string): Row => ({
  indikator: "Angka kematian ibu",
  satuan: "per 100.000 KH",
  targetTahunan: 90,
  ...tw("targetTw", [90, 90, 90, 90]),
  ...tw("realisasiTw", [95, 102, "", ""]),
  capaian,
});

describe("capaian-tertulis on a plan without Sifat and Polaritas columns (TW II)", () => {
  it.each<[string, Row, [string, string] | null]>([
    [
      "akhir read from the targets, typed 100",
      imunisasi(100),
      [
        "error",
        'Capaian indikator "Cakupan imunisasi dasar lengkap" tertulis 100, padahal hasil hitungnya 98,89 (target 45, realisasi 44,5, polaritas positif).',
      ],
    ],
    ["akhir read from the targets, typed 98,89", imunisasi("98,89"), null],
    ["kematian ibu typed target / realisasi (negatif rasio)", aki("88,24"), null],
    ["kematian ibu typed (2 × target − realisasi) / target", aki("86,67"), null],
    ["kematian ibu typed the positive figure", aki("113,33"), null],
    [
      "kematian ibu typed a figure of no formula",
      aki(70),
      [
        "warning",
        'Capaian indikator "Angka kematian ibu" tertulis 70, padahal hasil hitungnya 113,33 bila positif (polaritas belum diisi) atau 86,67 bila negatif (target 90, realisasi 102).',
      ],
    ],
  ])("%s", (_, row, expected) => {
    const found = run(capaianTertulis, [templateTab("Kesmas", [row], ["capaian"])], 2);
    expect(found.map((f) => [f.severity, f.message])).toEqual(expected ? [expected] : []);
  });
});
