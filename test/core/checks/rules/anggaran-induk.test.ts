/**
 * A consistency rule on rows of the reference documents (Rencana Aksi and LAKIP TW I
 * Luwu Timur 2024, LKjIP Kutai Kartanegara 2024): every defect a rule can see is found, and the
 * correct rows around it give no galat.
 */
import { describe, expect, it } from "vitest";
import { anggaranInduk } from "../../../../src/core/checks/rules/anggaran-induk";
import { col, LKJIP_PENEMPATAN, LKJIP_PENUNJANG, type Row, templateTab } from "../../../fixtures/checks";
import { r, run } from "../../../utils/checks";

describe("anggaran-induk: sub kegiatan → kegiatan → program", () => {
  it("finds no galat in the LKjIP table, including codes missing a dot and a sub kegiatan without kode", () => {
    const fs = run(anggaranInduk, [templateTab("Renaksi", [...LKJIP_PENUNJANG, ...LKJIP_PENEMPATAN])]);
    expect(fs).toEqual([]);
  });

  it("flags a kegiatan whose sub kegiatan add up to more (by kode); the program still matches its kegiatan", () => {
    const rows = LKJIP_PENUNJANG.map((row) =>
      row.kode === "2.07.01.2.06.0009" ? { ...row, pagu: 540_000_000 } : row,
    );
    const fs = run(anggaranInduk, [templateTab("Renaksi", rows)]);
    const kegiatan = rows.findIndex((x) => x.kode === "2.07.01.2.06");
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: "error", cell: `${col("pagu")}${r(kegiatan)}` });
    expect(fs[0].message).toBe(
      'Jumlah pagu 8 sub kegiatan Rp 1.049.700.000 melebihi pagu kegiatan "Administrasi Umum Perangkat Daerah" Rp 959.700.000 (selisih Rp 90.000.000).',
    );
    expect(fs[0].related).toHaveLength(8);
  });

  it("groups by layout when there is no kode (LAKIP TW I Luwu Timur, Administrasi Umum)", () => {
    const sub = (uraian: string, pagu: number): Row => ({
      uraian,
      indikator: `Jumlah ${uraian}`,
      satuan: "Jenis",
      targetTahunan: 1,
      pagu,
    });
    const rows: Row[] = [
      {
        uraian: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
        indikator: "Persentase Penunjang Urusan Perangkat Daerah berjalan sesuai standar",
        satuan: "%",
        targetTahunan: 95,
        pagu: 362_233_600,
      },
      {
        uraian: "Kegiatan Administrasi Umum Perangkat Daerah",
        indikator: "Persentase Rata-Rata Capaian Kinerja administrasi umum PD",
        satuan: "%",
        targetTahunan: 100,
        pagu: 362_233_600,
      },
      sub("Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", 2_500_000),
      sub("Penyediaan Bahan Logistik Kantor", 6_389_500),
      sub("Penyediaan Barang Cetak dan Penggandaan", 9_614_700),
      sub("Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan", 7_500_000),
      sub("Fasilitasi Kunjungan Tamu", 15_125_000),
      sub("Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", 321_104_400),
    ];
    expect(run(anggaranInduk, [templateTab("Sekretariat", rows)])).toEqual([]);
    // 321.104.400 typed as 312.104.400: the children fall short of the kegiatan.
    rows[7] = sub("Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", 312_104_400);
    const fs = run(anggaranInduk, [templateTab("Sekretariat", rows)]);
    expect(fs.map((f) => [f.severity, f.row])).toEqual([["warning", r(1)]]);
    expect(fs[0].message).toContain("Rp 353.233.600 kurang dari pagu kegiatan");
    expect(fs[0].message).toContain("(selisih Rp 9.000.000)");
  });

  it("reads numbered rows without kode or level word under a program as peers, not kegiatan → sub kegiatan (trial 2)", () => {
    const row = (uraian: string, pagu: number): Row => ({
      uraian,
      indikator: `Indikator ${uraian}`,
      satuan: "Kasus",
      targetTahunan: 10,
      pagu,
    });
    const rows = [
      row("Program Penempatan Tenaga Kerja", 250_000_000),
      row("Pengembangan Kelembagaan Hubungan Industrial", 120_000_000),
      row("Pengawasan Norma Jamsostek", 95_000_000),
    ];
    expect(run(anggaranInduk, [templateTab("Bidang HI", rows)])).toEqual([]);
  });
});
