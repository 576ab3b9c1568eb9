/**
 * A "Capaian Fisik (%)" family over TW I … IV beside the realisasi (trial 6 #4): staff type each
 * quarter's capaian. It was left unread ("tidak dipakai"), so only one column could be checked by
 * pointing it at Capaian (%). Now the family is read as Capaian TW I–IV and each TW's figure is
 * checked against that TW's computation: its own target and realisasi, or (kumulatif) the sums up
 * to it, as the evaluation tab's Capaian TW and s.d. TW give them.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../../src/core/cells";
import { capaianTertulis } from "../../../../src/core/checks/rules/capaian-tertulis";
import { detectPlan } from "../../../../src/core/layout";
import { snapshot } from "../../../fixtures/checks";
import { run } from "../../../utils/checks";

const E = "";
const TWS = ["TW I", "TW II", "TW III", "TW IV"];
/** Dinkes Kesmas (trial 6 dinkes.xlsx): imunisasi akhir 20/45/70/95, posyandu kumulatif 30 a TW. */
function tab(group: string, imunisasi: CellValue[], posyandu: CellValue[]): CellValue[][] {
  // biome-ignore format: one sheet row per line reads like the sheet
  return [
    ["No", "Indikator Kinerja", "Satuan", "Polaritas", "Tgt 2026", "Tgt Per Trw", E, E, E, "Realisasi Fisik", E, E, E, group, E, E, E],
    [E, E, E, E, E, ...TWS, ...TWS, ...TWS],
    [1, "Cakupan imunisasi dasar lengkap", "%", "positif", 95, 20, 45, 70, 95, 22, "44,5", E, E, ...imunisasi],
    [2, "Jumlah posyandu aktif yang dibina", "Posyandu", "positif", 120, 30, 30, 30, 30, 28, 35, E, E, ...posyandu],
    [3, "Angka kematian ibu", "per 100.000 KH", "negatif", 90, 90, 90, 90, 90, 95, 102, E, E, "94,44", "86,67", E, E],
  ];
}

describe("a Capaian TW I–IV family typed by staff", () => {
  it("is read as Capaian TW I–IV, also under a group of its own words", () => {
    for (const group of ["Capaian Fisik (%)", "Capaian Kinerja"]) {
      const d = detectPlan("Kesmas", tab(group, [110, 100, E, E], [93.33, 116.67, E, E]));
      if (!d.ok) throw new Error(d.reason);
      expect(d.table.columns).toMatchObject({
        capaianTw1: 13,
        capaianTw2: 14,
        capaianTw3: 15,
        capaianTw4: 16,
      });
      expect(d.table.columns).toMatchObject({ realisasiTw1: 9, realisasiTw2: 10 });
      expect(d.table.reading?.find((c) => c.col === 14)).toMatchObject({
        fields: ["capaianTw2"],
        unsure: false,
      });
    }
  });

  it.each<[string, CellValue[], CellValue[], string[]]>([
    [
      "every TW right (TW II of posyandu alone or s.d.: 116,67 or 105)",
      [110, "98,89", E, E],
      [93.33, 116.67, E, E],
      [],
    ],
    ["s.d. TW II of a kumulatif indicator is accepted too", [110, "98,89", E, E], [93.33, 105, E, E], []],
    // The evaluation tab's "Capaian thd target tahunan": 28 / 120 and 63 / 120 (review 7-b #6).
    [
      "against the annual target, as offices print progress",
      [110, "98,89", E, E],
      ["23,33", "52,5", E, E],
      [],
    ],
    [
      "imunisasi TW II typed 100 (akhir: 44,5 / 45 = 98,89), posyandu TW I typed 100",
      [110, 100, E, E],
      [100, 116.67, E, E],
      [
        'O3: Capaian TW II indikator "Cakupan imunisasi dasar lengkap" tertulis 100, padahal hasil hitungnya 98,89 (target 45, realisasi 44,5, polaritas positif).',
        'N4: Capaian TW I indikator "Jumlah posyandu aktif yang dibina" tertulis 100, padahal hasil hitungnya 93,33 (target 30, realisasi 28, polaritas positif).',
      ],
    ],
  ])("%s", (_, imunisasi, posyandu, messages) => {
    const found = run(
      capaianTertulis,
      [snapshot("Kesmas", tab("Capaian Fisik (%)", imunisasi, posyandu))],
      2,
    );
    expect(found.map((f) => `${f.cell}: ${f.message}`)).toEqual(messages);
    for (const f of found) expect(f.severity).toBe("error");
  });
});
