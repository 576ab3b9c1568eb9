/**
 * Trial 7 #5: "Jumlah gangguan trantibum" and "Jumlah pelanggaran pemanfaatan ruang" (counts of bad
 * events, kumulatif targets of equal quarters, so no falling trend) were rated 116,67 and 110,00
 * "Sangat Tinggi" with no polaritas doubt anywhere. Counts of disturbances, violations, incidents,
 * accidents, fires… now raise the doubt "kematian" raises (the evaluation tab's guess, Cara dibaca,
 * Periksa's peringatan, the LAKIP's note); the same words in a handled share ("yang ditangani") do not.
 */
import { describe, expect, it } from "vitest";
import { polaritas } from "../../src/core/checks/rules/polaritas";
import { negativeWords, weaklyNegative } from "../../src/core/polaritas";
import { type Row, templateTab, tw } from "../fixtures/checks";
import { run } from "../utils/checks";

describe("words of indicators where lower is better", () => {
  it.each([
    ["Jumlah gangguan trantibum", "gangguan"],
    ["Jumlah pelanggaran pemanfaatan ruang", "pelanggaran"],
    ["Jumlah kejadian luar biasa (KLB) penyakit", "kejadian"],
    ["Jumlah kecelakaan lalu lintas", "kecelakaan"],
    ["Jumlah kejadian kebakaran", "kejadian"],
    ["Frekuensi kebakaran permukiman", "kebakaran"],
    ["Persentase luas kawasan permukiman kumuh", "kumuh"],
    ["Jumlah kasus kekerasan terhadap anak", "kasus"],
    ["Angka kematian ibu", "kematian"],
  ])("%s: kata %s", (indikator, word) => {
    expect(negativeWords(indikator)).toBe(word);
    expect(weaklyNegative(indikator)).toBe(false);
  });

  it.each([
    "Persentase gangguan ketentraman yang ditangani",
    "Persentase pelanggaran Perda yang ditindak",
    "Persentase penegakan pelanggaran Perda",
    "Persentase kejadian kebakaran yang dipadamkan",
    "Cakupan penanganan kebakaran",
    "Jumlah rumah tangga dengan akses air minum layak",
  ])("%s: no sign", (indikator) => {
    expect(negativeWords(indikator)).toBe("");
  });
});

/** kec.xlsx row 9: target 12 a year, 3 a quarter, realisasi 5 and 2 (kumulatif, no falling trend). */
const trantibum: Row = {
  uraian: "Penyelenggaraan ketentraman dan ketertiban umum",
  indikator: "Jumlah gangguan trantibum",
  satuan: "Kejadian",
  targetTahunan: 12,
  ...tw("targetTw", [3, 3, 3, 3]),
  ...tw("realisasiTw", ["5 kej", "2 kej", "", ""]),
};

describe("Periksa on a count of bad events without a Polaritas column", () => {
  it("gives the peringatan kematian gets: polaritas meragukan, computed positif", () => {
    const fs = run(polaritas, [templateTab("RENAKSI 2026", [trantibum])], 2);
    expect(fs.map((f) => [f.severity, f.message])).toEqual([
      [
        "warning",
        'Indikator "Jumlah gangguan trantibum" tampaknya makin rendah makin baik (kata "gangguan"), tetapi polaritasnya kosong, jadi capaian dihitung positif.',
      ],
    ]);
  });
});
