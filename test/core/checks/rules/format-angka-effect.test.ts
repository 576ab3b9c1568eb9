import { describe, expect, it } from "vitest";
import { buildContext } from "../../../../src/core/checks";
import { formatAngka } from "../../../../src/core/checks/rules/format-angka";
import { col, type Row, templateTab, tw } from "../../../fixtures/checks";

const run = (rows: Row[]) => formatAngka.run(buildContext([templateTab("Sekretariat", rows)]).ctx);

describe("format-angka: a finding as serious as its effect (issue 18)", () => {
  it("text money the evaluation tab reads is an info naming the number it counts", () => {
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
    expect(text.map((f) => [f.severity, f.cell])).toEqual([["info", `${col("rakTw2")}2`]]);
    expect(text[0].message).toBe(
      `Ada 1 sel di Anggaran (RAK) TW II (kolom ${col("rakTw2")}) yang berisi angka diketik sebagai teks, mis. ${col("rakTw2")}2 "89,335,000", yang dihitung sebagai 89.335.000.`,
    );
  });

  it("a realisasi with its unit is counted (info); one the tab cannot read is a galat naming the cell", () => {
    const fs = run([
      {
        indikator: "Jumlah UPT yang dibina",
        satuan: "unit",
        targetTahunan: 2,
        ...tw("realisasiTw", ["1 UPT", "4.40", "", ""]),
      },
    ]);
    const mine = fs.filter(
      (f) => f.cell.startsWith(col("realisasiTw1")) || f.cell.startsWith(col("realisasiTw2")),
    );
    expect(mine.map((f) => [f.severity, f.cell])).toEqual([
      ["info", `${col("realisasiTw1")}2`],
      ["error", `${col("realisasiTw2")}2`],
    ]);
    expect(mine[0].message).toContain(`"1 UPT", yang dihitung sebagai 1.`);
    expect(mine[1].message).toBe(
      `Ada 1 sel di Realisasi TW II (kolom ${col("realisasiTw2")}) berisi angka dengan tulisan yang tidak terbaca oleh rumus tab evaluasi, mis. ${col("realisasiTw2")}2 "4.40" (maksudnya 4,4), sehingga realisasi s.d. TW dan capaian barisnya tertulis “Ada angka tersimpan sebagai teks”, bukan angka.`,
    );
    expect(mine[1].suggestion).toBe(
      "Ketik angkanya saja (mis. 4,4) tanpa satuan, Rp, atau %, lalu atur format angkanya.",
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
