/**
 * A consistency rule on rows of the reference documents (Rencana Aksi and LAKIP TW I
 * Luwu Timur 2024, LKjIP Kutai Kartanegara 2024): every defect a rule can see is found, and the
 * correct rows around it give no galat.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../../src/core/cells";
import { realisasiKosong } from "../../../../src/core/checks/rules/realisasi-kosong";
import { col, type Row, templateTab, tw } from "../../../fixtures/checks";
import { listrik, run } from "../../../utils/checks";

describe("realisasi-kosong: realisasi asked for up to the current TW", () => {
  it("asks for realisasi up to the current TW, but not where the TW target is 0 and not when 0 is typed", () => {
    const rows: Row[] = [
      // kumulatif 4, 2, 2, 2: TW II missing
      {
        indikator: "Jumlah dokumen evaluasi kinerja pelayanan perangkat daerah yang disusun",
        satuan: "Dokumen",
        targetTahunan: 10,
        ...tw("targetTw", [4, 2, 2, 2]),
        ...tw("realisasiTw", [4, "", "", ""]),
      },
      // akhir 0, 0, 0, 100: nothing expected before TW IV
      {
        indikator: "Persentase BMD-PD penunjang yang terpenuhi",
        satuan: "%",
        targetTahunan: 100,
        ...tw("targetTw", [0, 0, 0, 100]),
      },
      // a real 0 is a value
      {
        indikator: "Jumlah Rapat Koordinasi dan Konsultasi SKPD yang diikuti",
        satuan: "Kali",
        targetTahunan: 60,
        ...tw("targetTw", [18, 10, 20, 12]),
        ...tw("realisasiTw", [13, 0, "", ""]),
      },
      // anggaran: RAK TW II planned, no realisasi
      { ...listrik([600_000, "", "", ""]) },
    ];
    const tab = templateTab("Sekretariat", rows);
    expect(run(realisasiKosong, [tab])).toEqual([]);
    const fs = run(realisasiKosong, [tab], 2);
    expect(fs.map((f) => f.cell)).toEqual([
      `${col("realisasiTw2")}2`,
      `${col("realisasiTw1")}5`,
      `${col("realisasiAnggaranTw2")}5`,
    ]);
    expect(fs[0].message).toBe(
      'Realisasi TW II indikator "Jumlah dokumen evaluasi kinerja pelayanan perangkat daerah yang disusun" belum diisi (laporan sampai TW II).',
    );
    expect(fs[1].message).toContain("Realisasi TW I dan II");
    expect(fs.every((f) => f.severity === "warning")).toBe(true);
  });

  it("says a kumulatif sum to date is not rated while an earlier TW is blank, as the evaluation tab", () => {
    const rapat = (sifat: string): Row => ({
      indikator: "Jumlah Rapat Koordinasi dan Konsultasi SKPD yang diikuti",
      satuan: "Kali",
      sifat,
      targetTahunan: 60,
      ...tw("targetTw", [18, 10, 20, 12]),
      ...tw("realisasiTw", [13, "", 20, ""]),
    });
    const [kumulatif, akhir] = ["kumulatif", "akhir"].map(
      (sifat) => run(realisasiKosong, [templateTab("Sekretariat", [rapat(sifat)])], 3)[0].message,
    );
    expect(kumulatif).toBe(
      'Realisasi TW II indikator "Jumlah Rapat Koordinasi dan Konsultasi SKPD yang diikuti" belum diisi (laporan sampai TW III, jadi realisasi s.d. TW III belum dinilai).',
    );
    // akhir: TW III's own value is the figure to date, rated; the blank TW II is still asked for.
    expect(akhir).toMatch(/belum diisi \(laporan sampai TW III\)\.$/);
  });

  it("asks nothing of a program or kegiatan whose spending is on its sub kegiatan rows, each filled (trial 8 #3)", () => {
    const line = (kode: string, uraian: string, pagu: number, spent: [CellValue, CellValue]): Row => ({
      kode,
      uraian,
      indikator: `Persentase ${uraian.toLowerCase()} terlaksana`,
      satuan: "%",
      targetTahunan: 100,
      ...tw("targetTw", [25, 25, 25, 25]),
      ...tw("realisasiTw", [25, 50, "", ""]),
      pagu,
      ...tw("rakTw", [pagu / 4, pagu / 4, pagu / 4, pagu / 4]),
      ...tw("realisasiAnggaranTw", [...spent, "", ""]),
    });
    const plan = (sub2: [CellValue, CellValue]) => [
      templateTab("RENAKSI 2026", [
        line("1.02.01", "Program Pelayanan Kesehatan", 1_000_000_000, ["", ""]),
        line("1.02.01.2.01", "Pelayanan Rawat Inap", 1_000_000_000, ["", ""]),
        line("1.02.01.2.01.0001", "Penyediaan Obat", 600_000_000, [100_000_000, 150_000_000]),
        line("1.02.01.2.01.0002", "Pemeliharaan Alat", 400_000_000, sub2),
      ]),
    ];
    expect(run(realisasiKosong, plan([50_000_000, 80_000_000]), 2)).toEqual([]);
    // One sub kegiatan's TW II not filled: it, and the lines it adds up to, are asked for.
    const asked = run(realisasiKosong, plan([50_000_000, ""]), 2).map((f) => f.message);
    expect(asked).toHaveLength(3);
    expect(asked[2]).toContain("Pemeliharaan Alat");
  });
});
