/**
 * sifat-target: an indicator whose sifat the values leave open is named, with the reading used, on
 * rows of the Rencana Aksi Luwu Timur 2024; the rows whose values decide give nothing, and a
 * written sifat silences it.
 */
import { describe, expect, it } from "vitest";
import { sifatTarget } from "../../../../src/core/checks/rules/sifat-target";
import { col, type Row, snapshot, templateTab, tw } from "../../../fixtures/checks";
import { r, run } from "../../../utils/checks";

const rows: Row[] = [
  // Decided by the values: akhir, kumulatif, tetap.
  {
    indikator: "Persentase BMD-PD penunjang yang terpenuhi",
    satuan: "%",
    targetTahunan: 100,
    ...tw("targetTw", [0, 0, 0, 100]),
  },
  {
    indikator: "Jumlah dokumen evaluasi kinerja yang disusun",
    satuan: "Dokumen",
    targetTahunan: 10,
    ...tw("targetTw", [4, 2, 2, 2]),
  },
  {
    indikator: "Jumlah ASN yang Gaji dan Tunjangannya terbayarkan",
    satuan: "Orang",
    targetTahunan: 25,
    ...tw("targetTw", [25, 25, 25, 25]),
  },
  // A percentage whose targets add up to the annual one: read akhir, said so.
  {
    indikator: "Persentase Tenaga Kerja yang ditempatkan",
    satuan: "%",
    targetTahunan: 100,
    ...tw("targetTw", [25, 25, 25, 25]),
  },
  // The same with Sifat Target written: a person's word, nothing to say.
  {
    indikator: "Persentase Informasi pasar kerja yang disebarkan",
    satuan: "%",
    sifat: "Kumulatif",
    targetTahunan: 100,
    ...tw("targetTw", [25, 25, 25, 25]),
  },
  // Fits nothing beside an annual target: tw-target's galat, not repeated here.
  {
    indikator: "Jumlah tamu yang difasilitasi",
    satuan: "Orang",
    targetTahunan: 148,
    ...tw("targetTw", [38, 38, 38, 36]),
  },
];

describe("sifat-target", () => {
  it("names the percentage whose TW targets add up to the annual one, at its Sifat Target cell", () => {
    const fs = run(sifatTarget, [templateTab("Bidang Penempatan", rows)]);
    expect(fs.map((f) => [f.cell, f.severity])).toEqual([[`${col("sifat")}${r(3)}`, "warning"]]);
    expect(fs[0].message).toBe(
      'Sifat target indikator "Persentase Tenaga Kerja yang ditempatkan" belum pasti (jumlah target TW = target tahunan, tetapi persentase atau rasio tidak dijumlahkan per triwulan), jadi capaian s.d. TW dihitung sebagai akhir.',
    );
    expect(fs[0].suggestion).toBe(
      `Isi Sifat Target indikator ini (kumulatif, akhir, atau tetap) di tab bidang, atau pilih sifatnya di panel (Cara dibaca: disimpan di Pengaturan sebagai “baris ${r(3)} | sifat …”); koreksi Anda selalu dipakai.`,
    );
  });

  it("without a Sifat Target column (and without Target Tahunan) points at the last TW target and asks for the column", () => {
    const tab = snapshot("Bidang Pelatihan", [
      ["No", "Indikator", "Satuan", "Target TW I", "Target TW II", "Target TW III", "Target TW IV"],
      [1, "Jumlah peserta pelatihan berbasis kompetensi", "Orang", 10, 20, 30, 40],
      [2, "Jumlah ASN yang Gaji dan Tunjangannya terbayarkan", "Orang", 25, 25, 25, 25],
      [3, "Persentase pencari kerja yang ditempatkan", "%", 25, 50, 75, 100],
      [4, "Jumlah laporan keuangan", "Laporan", 4, 2, 2, 2],
    ]);
    const fs = run(sifatTarget, [tab]);
    expect(fs.map((f) => f.cell)).toEqual(["G2", "G3"]);
    expect(fs[0].message).toContain("terus naik (akhir atau kumulatif?)");
    expect(fs[1].message).toContain("sama semua (tetap atau kumulatif?)");
    expect(fs[0].suggestion).toBe(
      "Tambahkan kolom “Sifat Target” di tab bidang dan isi kumulatif, akhir, atau tetap untuk indikator ini, atau pilih sifatnya di panel (Cara dibaca: disimpan di Pengaturan sebagai “baris 2 | sifat …”); koreksi Anda selalu dipakai.",
    );
  });
});
