/**
 * The figure Periksa quotes for a typed capaian is the evaluation tab's: by the sifat the tab reads,
 * guessed from the targets when the plan does not write it (trial 4 #9: a DBD rate with target 50
 * in every TW, read "tetap (tebakan)", was quoted with TW I + II sums, 97 from target 100 and
 * realisasi 103, while the tab shows (2·50 − 55)/50 = 90).
 */
import { describe, expect, it } from "vitest";
import { capaianTertulis } from "../../../../src/core/checks/rules/capaian-tertulis";
import { type Row, templateTab, tw } from "../../../fixtures/checks";
import { run } from "../../../utils/checks";

const extra = ["capaian" as const];
const dbd = (
  sifat: string,
  capaian: number | string,
  targets: [number, number, number, number] = [50, 50, 50, 50],
  tahunan = 50,
): Row => ({
  indikator: "Angka kesakitan DBD per 100.000 penduduk",
  satuan: "per 100.000",
  polaritas: "negatif",
  sifat,
  targetTahunan: tahunan,
  ...tw("targetTw", targets),
  ...tw("realisasiTw", [48, 55, "", ""]),
  capaian,
});

describe("capaian-tertulis quotes the evaluation tab's figure", () => {
  it("of a tetap indicator read from its targets (sifat not written): the TW's own target and realisasi", () => {
    const [f, ...rest] = run(capaianTertulis, [templateTab("P2P", [dbd("", 110)], extra)], 2);
    expect(rest).toEqual([]);
    expect(f.message).toBe(
      'Capaian indikator "Angka kesakitan DBD per 100.000 penduduk" tertulis 110, padahal hasil hitungnya 90 (target 50, realisasi 55, polaritas negatif); angka tertulis adalah hasil rumus positif.',
    );
  });

  it("of a written tetap as before, and of a kumulatif one by its sums", () => {
    const [tetap] = run(capaianTertulis, [templateTab("P2P", [dbd("Tetap", 110)], extra)], 2);
    expect(tetap.message).toContain("hasil hitungnya 90 (target 50, realisasi 55,");
    const [kumulatif] = run(
      capaianTertulis,
      [templateTab("P2P", [dbd("", 110, [25, 25, 25, 25], 100)], extra)],
      2,
    );
    // (2·50 − 103)/50: TW I + II of both.
    expect(kumulatif.message).toContain("hasil hitungnya -6 (target 50, realisasi 103,");
  });

  it("still accepts the figure of the other reading when the sifat is only a guess", () => {
    // (2·100 − 103)/100 = 97: the TW I + II sums, a reading the office may have meant.
    expect(run(capaianTertulis, [templateTab("P2P", [dbd("", 97)], extra)], 2)).toEqual([]);
  });
});
