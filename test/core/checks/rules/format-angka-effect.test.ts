import { describe, expect, it } from "vitest";
import { buildContext } from "../../../../src/core/checks";
import { formatAngka } from "../../../../src/core/checks/rules/format-angka";
import { TEMPLATE_COLUMNS } from "../../../../src/core/columns";
import { col, type Row, templateTab, tw } from "../../../fixtures/checks";

/** The template field of a cell's column ("T2" → "realisasiTw2"). */
const fieldAt = (cell: string) =>
  TEMPLATE_COLUMNS.find((c) => `${col(c.field)}${cell.replace(/^[A-Z]+/, "")}` === cell)?.field;
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

  it("a realisasi with its unit, a dot decimal or a % sign is counted (info), as CAPAIAN reads it", () => {
    const fs = run([
      {
        indikator: "Jumlah UPT yang dibina",
        satuan: "unit",
        targetTahunan: 2,
        ...tw("realisasiTw", ["1 UPT", "4.40", "61,68%", ""]),
      },
    ]);
    const mine = fs.filter((f) => /^realisasiTw[123]$/.test(String(f.cell && fieldAt(f.cell))));
    expect(mine.map((f) => [f.severity, f.cell])).toEqual([
      ["info", `${col("realisasiTw1")}2`],
      ["info", `${col("realisasiTw2")}2`],
      ["info", `${col("realisasiTw3")}2`],
    ]);
    expect(mine.map((f) => f.message.replace(/^.*, yang dihitung sebagai /, ""))).toEqual([
      "1.",
      "4,4.",
      "61,68.",
    ]);
  });

  it("what the tab cannot read says what happens to it, by row and column (issue 18)", () => {
    // The trial's rows: "12 500" typed with a space is read 12 by the tab; "Rp5jt" (the amount with
    // its scale glued on; "Rp 5.000.000" is read) in a RAK sum is “Ada angka tersimpan sebagai teks”;
    // "61rb" in a tetap row is shown as typed and only CAPAIAN reads it (the standard formulas of an
    // Excel file cannot).
    const fs = run([
      {
        indikator: "Jumlah pencari kerja yang ditempatkan",
        satuan: "orang",
        sifat: "kumulatif",
        targetTahunan: 120,
        ...tw("targetTw", [20, 30, 40, 30]),
        ...tw("realisasiTw", [18, "12 500", "", ""]),
        pagu: 600_000_000,
        ...tw("rakTw", ["Rp5jt", 180_000_000, 180_000_000, 140_000_000]),
      },
      {
        indikator: "Persentase lowongan kerja yang terisi",
        satuan: "%",
        sifat: "tetap",
        targetTahunan: 63.57,
        ...tw("targetTw", [63.57, 63.57, 63.57, 63.57]),
        ...tw("realisasiTw", [60.1, "", "61rb", ""]),
      },
    ]);
    const unread = fs.filter((f) => f.message.includes("tidak terbaca oleh rumus tab evaluasi"));
    expect(unread.map((f) => [f.severity, f.cell, f.message.replace(/^.*\(maksudnya [^)]*\)/, "")])).toEqual([
      [
        "error",
        `${col("rakTw1")}2`,
        ", sehingga realisasi anggaran, serapan dan efisiensi barisnya tertulis “Ada angka tersimpan sebagai teks”.",
      ],
      ["error", `${col("realisasiTw2")}2`, ", sehingga tab evaluasi membacanya 12."],
      [
        "warning",
        `${col("realisasiTw3")}3`,
        ", sehingga hanya CAPAIAN di Google Sheets yang menghitung capaiannya, rumus file Excel tidak.",
      ],
    ]);
    expect(unread[1].suggestion).toBe(
      "Ketik angkanya saja (mis. 12.500) tanpa satuan, Rp, atau %, lalu atur format angkanya.",
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
