/**
 * Trial 8 #22: in real offices the capaian column is a formula of their own, "=IFERROR(Q10/G10*100,"")"
 * per row. Its figure is what the office prints, yet formula cells were skipped: the hospital's BOR at
 * 9.066,67 % (68 in points over a target cell of 0,75) passed. A formula's value is checked as a
 * typed one is, the saran names the formula; only the add-on's own CAPAIAN is never refused.
 */
import { describe, expect, it } from "vitest";
import type { CellValue, TabSnapshot } from "../../../../src/core/cells";
import { checkWorkbook } from "../../../../src/core/checks";
import { capaianTertulis } from "../../../../src/core/checks/rules/capaian-tertulis";
import { SCALES } from "../../../../src/core/kriteria";
import { type Row, templateTab, tw } from "../../../fixtures/checks";
import { LKJIP_TABEL_3_2 } from "../../../fixtures/layouts";
import { run } from "../../../utils/checks";

const OFFICE = '=IFERROR(Q10/G10*100,"")';
const bor = (capaianTw1: CellValue, formula: string): Row => ({
  indikator: "Bed Occupancy Rate (BOR)",
  satuan: "%",
  polaritas: "positif",
  targetTahunan: 75,
  ...tw("targetTw", [75, 75, 75, 75]),
  ...tw("realisasiTw", [68, "71,2", "", ""]),
  capaianTw1,
  formulas: formula ? { capaianTw1: formula } : {},
});

describe("a capaian per TW the office computes with its own formula", () => {
  it.each<[string, CellValue, string, [string, string, string] | null]>([
    [
      "its formula gives 9.066,67: a galat naming the formula",
      9066.666666666666,
      OFFICE,
      [
        "error",
        'Capaian indikator "Bed Occupancy Rate (BOR)" tertulis 9.066,67, padahal hasil hitungnya 90,67 (target 75, realisasi 68, polaritas positif).',
        'Rumus di sel ini (=IFERROR(Q10/G10*100,"")) memberi angka lain dari hitungan target dan realisasinya: ganti dengan rumus CAPAIAN.',
      ],
    ],
    ["its formula gives the right figure", 90.66666666666667, OFFICE, null],
    ["its formula gives nothing yet", "", OFFICE, null],
    ["its formula gives an error", "#DIV/0!", "=Q10/G10*100", null],
    ["the add-on's CAPAIAN, whatever it shows, is its own", 9066.67, "=CAPAIAN(G10;Q10)", null],
    [
      "the same figure typed",
      "9066,67",
      "",
      [
        "error",
        'Capaian indikator "Bed Occupancy Rate (BOR)" tertulis 9.066,67, padahal hasil hitungnya 90,67 (target 75, realisasi 68, polaritas positif).',
        "Ganti angka ketikan dengan rumus CAPAIAN agar capaian selalu sesuai target dan realisasi.",
      ],
    ],
  ])("%s", (_, value, formula, expected) => {
    const found = run(capaianTertulis, [templateTab("RSUD", [bor(value, formula)], ["capaianTw1"])], 1);
    expect(found.map((f) => [f.severity, f.message, f.suggestion])).toEqual(expected ? [expected] : []);
  });

  it("a long formula is named by its first 59 characters", () => {
    const long = `=IFERROR(IF(G10="","",IF(Q10="","",ROUND(Q10/G10*100,2))),"")${" ".repeat(20)}`;
    const [f] = run(capaianTertulis, [templateTab("RSUD", [bor(50, long)], ["capaianTw1"])], 1);
    expect(f.suggestion).toBe(
      `Rumus di sel ini (${long.slice(0, 59)}…) memberi angka lain dari hitungan target dan realisasinya: ganti dengan rumus CAPAIAN.`,
    );
  });
});

describe("an annual measurement table's capaian formula (LKjIP Tabel 3.2)", () => {
  // Nilai LPPD: target 3,6, realisasi 3,11, printed 100 (the formula gives 86,39).
  const withFormula = (formula: string): TabSnapshot => ({
    name: "Pengukuran Kinerja",
    values: LKJIP_TABEL_3_2,
    formulas: LKJIP_TABEL_3_2.map((r, i) => r.map((_, c) => (i === 15 && c === 5 ? formula : ""))),
  });
  const at16 = (formula: string) =>
    checkWorkbook([withFormula(formula)], { scale: SCALES.permendagri86 })
      .findings.filter((f) => f.rule === "capaian-tahunan" && f.cell === "F16")
      .map((f) => [f.severity, f.suggestion]);

  it("is checked as printed, the saran naming it; the add-on's CAPAIAN is not", () => {
    expect(at16("=MIN(100,E16/D16*100)")).toEqual([
      [
        "error",
        "Rumus di sel ini (=MIN(100,E16/D16*100)) memberi angka lain dari hitungan target dan realisasinya: ganti dengan rumus CAPAIAN.",
      ],
    ]);
    expect(at16("=CAPAIAN(D16,E16)")).toEqual([]);
  });
});
