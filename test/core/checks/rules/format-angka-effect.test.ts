import { describe, expect, it } from "vitest";
import { buildContext } from "../../../../src/core/checks";
import { formatAngka } from "../../../../src/core/checks/rules/format-angka";
import { col, type Row, templateTab, tw } from "../../../fixtures/checks";

const run = (rows: Row[]) => formatAngka.run(buildContext([templateTab("Sekretariat", rows)]).ctx);

describe("format-angka: a finding as serious as its effect (issue 18)", () => {
  it("text money in a RAK column is a warning that names the blank serapan of the evaluation tab", () => {
    const fs = run([
      {
        indikator: "Jumlah laporan keuangan",
        satuan: "Laporan",
        targetTahunan: 12,
        pagu: 357_340_000,
        ...tw("rakTw", [89_335_000, "89,335,000", 89_335_000, 89_335_000]),
      },
    ]);
    const text = fs.filter((f) => f.message.includes("diketik sebagai teks"));
    expect(text.map((f) => [f.severity, f.cell])).toEqual([["warning", `${col("rakTw2")}2`]]);
    expect(text[0].message).toBe(
      `Ada 1 sel di Anggaran (RAK) TW II (kolom ${col("rakTw2")}) yang berisi angka diketik sebagai teks, mis. ${col("rakTw2")}2 "89,335,000": tab evaluasi tidak dapat menjumlahkannya (“Ada angka tersimpan sebagai teks”), sehingga serapan dan efisiensi barisnya kosong.`,
    );
  });

  it("words against a qualitative target are a warning, never a galat; against a number, a galat", () => {
    const fs = run([
      {
        indikator: "Nilai Kepatuhan Standar Pelayanan Pemerintah Daerah",
        satuan: "Predikat",
        targetTahunan: "Zona Hijau",
        ...tw("realisasiTw", ["Zona Hijau Terbaik 2", "Terbaik 2", "", ""]),
      },
      {
        indikator: "Jumlah dokumen laporan keuangan bulanan",
        satuan: "Laporan",
        targetTahunan: 12,
        ...tw("realisasiTw", [3, "tiga", "", ""]),
      },
    ]);
    expect(fs.map((f) => [f.severity, f.cell])).toEqual([
      ["error", `${col("realisasiTw2")}3`],
      ["warning", `${col("realisasiTw2")}2`],
    ]);
    // "Zona Hijau Terbaik 2" names the scale word: compared, no finding at all.
    expect(fs.some((f) => f.message.includes("Zona Hijau Terbaik 2"))).toBe(false);
  });
});
