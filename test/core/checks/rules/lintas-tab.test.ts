/**
 * A consistency rule on rows of the reference documents (Rencana Aksi and LAKIP TW I
 * Luwu Timur 2024, LKjIP Kutai Kartanegara 2024): every defect a rule can see is found, and the
 * correct rows around it give no galat.
 */
import { describe, expect, it } from "vitest";
import { lintasTab } from "../../../../src/core/checks/rules/lintas-tab";
import { col, type Row, templateTab, tw } from "../../../fixtures/checks";
import { run } from "../../../utils/checks";

describe("lintas-tab: the same indicator worded differently", () => {
  const gaji = (
    indikator: string,
    targetTahunan: number,
    uraian = "Penyediaan Gaji dan Tunjangan ASN",
  ): Row => ({
    uraian,
    indikator,
    satuan: "Orang",
    targetTahunan,
  });
  const A = "Jumlah ASN yang Gaji dan Tunjangannya terbayarkan";
  const B = "Jumlah Pegawai yang Menerima Gaji dan Tunjangan ASN";

  it("matches them under the same sub kegiatan by shared words and says how sure it is", () => {
    const fs = run(lintasTab, [
      templateTab("Eselon III", [gaji(A, 25)]),
      templateTab("Sekretariat", [gaji(B, 24)]),
    ]);
    expect(fs.map((f) => [f.severity, f.sheet, f.cell, f.message])).toEqual([
      [
        "warning",
        "Sekretariat",
        `${col("targetTahunan")}2`,
        `Indikator "${B}" tampaknya sama dengan "${A}" di 'Eselon III'!E2 (kemiripan kata 75 %), tetapi target tahunannya 24 berbeda dengan 25.`,
      ],
    ]);
  });

  it("does not match indicators of other kegiatan, different words, or rows that have a same-named twin", () => {
    const other = gaji(B, 24, "Penyediaan Jasa Surat Menyurat");
    expect(
      run(lintasTab, [templateTab("Eselon III", [gaji(A, 25)]), templateTab("Sekretariat", [other])]),
    ).toEqual([]);
    const dokumen = [gaji("Jumlah dokumen perencanaan", 2), gaji("Jumlah dokumen evaluasi", 4)];
    expect(
      run(lintasTab, [templateTab("Eselon III", [dokumen[0]]), templateTab("Sekretariat", [dokumen[1]])]),
    ).toEqual([]);
    const twins = run(lintasTab, [
      templateTab("Eselon III", [gaji(A, 25), gaji(B, 24)]),
      templateTab("Sekretariat", [gaji(B, 24), gaji(A, 25)]),
    ]);
    expect(twins).toEqual([]);
  });
});

describe("lintas-tab: the same thing agrees in every tab", () => {
  const tamu = (targets: [number, number, number, number], satuan = "Orang"): Row => ({
    uraian: "Fasilitasi Kunjungan Tamu",
    indikator: "Jumlah tamu yang difasilitasi",
    satuan,
    ...tw("targetTw", targets),
  });

  it("finds the TW targets 38, 38, 38, 36 (Renaksi) against 38, 38, 36, 36 (LAKIP evaluation)", () => {
    const fs = run(lintasTab, [
      templateTab("Renaksi Sekretariat", [tamu([38, 38, 38, 36])]),
      templateTab("Subbag Umum", [tamu([38, 38, 36, 36])]),
    ]);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: "error", sheet: "Subbag Umum", cell: `${col("targetTw1")}2` });
    expect(fs[0].message).toBe(
      "Target TW I–IV indikator \"Jumlah tamu yang difasilitasi\" (38; 38; 36; 36) berbeda dengan (38; 38; 38; 36) di 'Renaksi Sekretariat'!J2.",
    );
    expect(fs[0].related).toEqual([{ sheet: "Renaksi Sekretariat", cell: `${col("targetTw1")}2` }]);
  });

  it("matches names after normalising case, spacing and punctuation; reports satuan as a warning", () => {
    const other: Row = {
      ...tamu([38, 38, 38, 36], "Kali"),
      indikator: "jumlah  tamu yang difasilitasi.",
      uraian: "1. Fasilitasi kunjungan tamu",
    };
    const fs = run(lintasTab, [
      templateTab("Eselon III", [tamu([38, 38, 38, 36])]),
      templateTab("Bidang", [other]),
    ]);
    expect(fs.map((f) => [f.severity, f.sheet])).toEqual([["warning", "Bidang"]]);
    expect(fs[0].message).toContain('"Kali" berbeda dengan "Orang"');
  });

  it("does not compare one indicator text under two different sub kegiatan (Renaksi: Orang vs KK)", () => {
    const a: Row = {
      uraian: "Pemindahan dan Penempatan Transmigran",
      indikator: "Jumlah Calon Warga Transmigrasi yang diseleksi",
      satuan: "Orang",
      targetTahunan: 150,
    };
    const b: Row = {
      uraian: "Penyuluhan Transmigrasi",
      indikator: "Jumlah Calon Warga Transmigrasi yang diseleksi",
      satuan: "KK",
      targetTahunan: 38,
    };
    expect(run(lintasTab, [templateTab("Bidang A", [a]), templateTab("Bidang B", [b])])).toEqual([]);
  });

  it("takes the value most tabs agree on and flags the odd pagu, by kode or by name", () => {
    const row = (pagu: number, kode = "3.32.03.2.01.0004", uraian = "Penyuluhan Transmigrasi"): Row => ({
      kode,
      uraian,
      indikator: "Jumlah Calon Warga Transmigrasi yang diseleksi",
      satuan: "KK",
      targetTahunan: 38,
      pagu,
    });
    const fs = run(lintasTab, [
      templateTab("Eselon II", [row(30_580_000)]),
      templateTab("Eselon III", [row(30_850_000, "", "Sub Kegiatan Penyuluhan Transmigrasi")]),
      templateTab("Bidang PKT", [row(30_580_000)]),
    ]);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ sheet: "Eselon III", severity: "error" });
    expect(fs[0].message).toBe(
      "Pagu sub kegiatan \"Penyuluhan Transmigrasi\" Rp 30.850.000 berbeda dengan Rp 30.580.000 di 'Eselon II'!N2.",
    );
    expect(fs[0].related).toHaveLength(2);
  });
});
