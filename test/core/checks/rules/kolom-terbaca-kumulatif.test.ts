/**
 * Trial 6 #22: realisasi columns headed "Realisasi Fisik Kumulatif" / "Realisasi Keuangan Kumulatif
 * (Rp)" over "s.d. TW I … s.d. TW IV" hold figures to date (posyandu 28 then 63), while the add-on
 * reads Realisasi TW I–IV per quarter and sums them again (63 + 28 = 91, capaian 151,67 %). Until
 * the reading can take figures to date, Cara dibaca marks the family unsure and Periksa says it as
 * a galat, when the words say so and the values agree (they never fall); per-quarter words say nothing.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../../src/core/cells";
import { kolomTerbaca } from "../../../../src/core/checks/rules/kolom-terbaca";
import { detectPlan } from "../../../../src/core/layout";
import { snapshot } from "../../../fixtures/checks";
import { run } from "../../../utils/checks";

const E = "";
/** Dinkes P2P (trial 6 dinkes6.xlsx): posyandu and kader, TW II reported. */
function tab(
  fisik: string,
  keuangan: string,
  leaf: (r: string) => string,
  posyandu = [28, 63],
): CellValue[][] {
  const tws = ["I", "II", "III", "IV"].map(leaf);
  // biome-ignore format: one sheet row per line reads like the sheet
  return [
    ["No", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target TW I", "Target TW II", "Target TW III", "Target TW IV", "Pagu", fisik, E, E, E, keuangan, E, E, E],
    [E, E, E, E, E, E, E, E, E, ...tws, ...tws],
    [1, "Jumlah posyandu aktif", "posyandu", 120, 30, 30, 30, 30, 300_000_000, ...posyandu, E, E, 40_000_000, 110_000_000, E, E],
    [2, "Jumlah kader kesehatan terlatih", "orang", 60, 10, 20, 20, 10, 150_000_000, 8, 25, E, E, 20_000_000, 70_000_000, E, E],
  ];
}
const SD = (r: string) => `s.d. TW ${r}`;
const PER_TW = (r: string) => `TW ${r}`;

describe("realisasi columns headed as figures to date", () => {
  it.each<[string, CellValue[][], string[]]>([
    [
      "Kumulatif over s.d. TW I…IV, values rising",
      tab("Realisasi Fisik Kumulatif", "Realisasi Keuangan Kumulatif (Rp)", SD),
      [
        "J3: Kolom J–M tab 'P2P' berjudul realisasi s.d. triwulan (kumulatif), tetapi dibaca sebagai Realisasi TW I–IV per triwulan, jadi evaluasinya menjumlahkannya lagi.",
        "N3: Kolom N–Q tab 'P2P' berjudul realisasi s.d. triwulan (kumulatif), tetapi dibaca sebagai Realisasi Anggaran TW I–IV per triwulan, jadi evaluasinya menjumlahkannya lagi.",
      ],
    ],
    [
      "s.d. TW under plain words",
      tab("Realisasi Fisik", "Realisasi Keuangan (Rp)", SD),
      [
        "J3: Kolom J–M tab 'P2P' berjudul realisasi s.d. triwulan (kumulatif), tetapi dibaca sebagai Realisasi TW I–IV per triwulan, jadi evaluasinya menjumlahkannya lagi.",
        "N3: Kolom N–Q tab 'P2P' berjudul realisasi s.d. triwulan (kumulatif), tetapi dibaca sebagai Realisasi Anggaran TW I–IV per triwulan, jadi evaluasinya menjumlahkannya lagi.",
      ],
    ],
    ["per-quarter words", tab("Realisasi Fisik", "Realisasi Keuangan (Rp)", PER_TW), []],
    [
      "the words say to date, a value falls: not said by Periksa",
      tab("Realisasi Fisik Kumulatif", "Realisasi Keuangan", PER_TW, [28, 20]),
      [],
    ],
  ])("%s", (_, values, messages) => {
    const found = run(kolomTerbaca, [snapshot("P2P", values)], 2);
    expect(found.map((f) => `${f.cell}: ${f.message}`)).toEqual(messages);
    for (const f of found) expect(f.severity).toBe("error");
  });

  it("Cara dibaca keeps the reading and marks it unsure, saying why", () => {
    const d = detectPlan("P2P", tab("Realisasi Fisik Kumulatif", "Realisasi Keuangan Kumulatif (Rp)", SD));
    if (!d.ok) throw new Error(d.reason);
    expect(d.table.columns.realisasiTw2).toBe(10);
    const j = d.table.reading?.find((c) => c.col === 9);
    expect(j?.unsure).toBe(true);
    expect(j?.doubt).toBe("judulnya menyebut s.d. triwulan (kumulatif), padahal dibaca per triwulan");
  });
});
