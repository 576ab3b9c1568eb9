/**
 * Trial 7 #15: a Kecamatan at TW II whose plan has Real Angg TW1 and TW2 columns (the TW III and IV
 * ones are added in October) got a peringatan "Kolom Realisasi Anggaran TW III, IV … belum terbaca,
 * jadi evaluasi triwulannya kosong" and the panel "tambahkan kolom tersebut agar evaluasi triwulan
 * dapat dihitung", while TW II is computed. A column only a later TW needs is now a note for then.
 */
import { describe, expect, it } from "vitest";
import { kolomTerbaca } from "../../../../src/core/checks/rules/kolom-terbaca";
import { missingMessage } from "../../../../src/core/layout";
import { snapshot } from "../../../fixtures/checks";
import { run } from "../../../utils/checks";

/** kec.xlsx's one header row: Real Angg TW1 and TW2 only. */
const kec = snapshot("RENAKSI 2026", [
  [
    "No",
    "Indikator",
    "Sat",
    "Tgt Thn",
    "Tgt TW1",
    "Tgt TW2",
    "Tgt TW3",
    "Tgt TW4",
    "Angg. (Rp)",
    "Real TW1",
    "Real TW2",
    "Real TW3",
    "Real TW4",
    "Real Angg TW1",
    "Real Angg TW2",
  ],
  [
    "1",
    "Jumlah kegiatan koordinasi yg dilaksanakan",
    "keg",
    8,
    2,
    2,
    2,
    2,
    60_000_000,
    2,
    3,
    "",
    "",
    15_000_000,
    18_200_000,
  ],
  [
    "2",
    "Jumlah dokumen perencanaan yang disusun",
    "dok",
    3,
    1,
    1,
    0,
    1,
    40_000_000,
    1,
    1,
    "",
    "",
    10_000_000,
    12_000_000,
  ],
]);

describe("kolom-terbaca: a column only a later TW needs", () => {
  it("is a note for that TW at TW II, not a peringatan", () => {
    const fs = run(kolomTerbaca, [kec], 2);
    expect(fs.map((f) => [f.severity, f.cell])).toEqual([["info", "A1"]]);
    expect(fs[0].message).toBe(
      "Kolom Realisasi Anggaran TW III, IV di tab 'RENAKSI 2026' belum ada; TW II tidak memerlukannya, tetapi evaluasi TW III nanti memerlukannya.",
    );
    expect(fs[0].suggestion).toMatch(/^Sebelum mengevaluasi TW III, tambahkan kolom tersebut/);
  });

  it("is a peringatan at TW III, which needs it", () => {
    const fs = run(kolomTerbaca, [kec], 3);
    expect(fs.map((f) => f.severity)).toEqual(["warning"]);
    expect(fs[0].message).toContain("belum terbaca, jadi evaluasi triwulannya kosong");
  });

  it("the panel says the earlier TWs are computed and when to add the column", () => {
    expect(missingMessage(["realisasiAnggaranTw3", "realisasiAnggaranTw4"])).toBe(
      "Kolom Realisasi Anggaran TW III dan Realisasi Anggaran TW IV belum ada: evaluasi TW I–II tetap dihitung; tambahkan kolom tersebut sebelum mengevaluasi TW III.",
    );
    expect(missingMessage(["realisasiTw1", "realisasiTw2", "realisasiTw3", "realisasiTw4"])).toBe(
      "Kolom Realisasi TW I–IV belum ada; tambahkan kolom tersebut agar evaluasi triwulan dapat dihitung.",
    );
  });
});
