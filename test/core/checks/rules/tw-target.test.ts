/**
 * A consistency rule on rows of the reference documents (Rencana Aksi and LAKIP TW I
 * Luwu Timur 2024, LKjIP Kutai Kartanegara 2024): every defect a rule can see is found, and the
 * correct rows around it give no galat.
 */
import { describe, expect, it } from "vitest";
import { twTarget } from "../../../../src/core/checks/rules/tw-target";
import { col, type Row, templateTab, tw } from "../../../fixtures/checks";
import { r, run } from "../../../utils/checks";

describe("tw-target: TW targets against the annual target by sifat", () => {
  // Rencana Aksi Luwu Timur 2024 (Sekretariat).
  const fine: Row[] = [
    // akhir: only the last TW carries the target
    {
      indikator: "Persentase BMD-PD penunjang yang terpenuhi",
      satuan: "%",
      targetTahunan: 100,
      ...tw("targetTw", [0, 0, 0, 100]),
    },
    {
      indikator: "Persentase Penunjang Urusan Perangkat Daerah berjalan sesuai standar",
      satuan: "%",
      targetTahunan: 95,
      ...tw("targetTw", [0, 0, 0, "95%"]),
    },
    // kumulatif: 4 + 2 + 2 + 2
    {
      indikator: "Jumlah dokumen evaluasi kinerja pelayanan perangkat daerah yang disusun",
      satuan: "Dokumen",
      targetTahunan: 10,
      ...tw("targetTw", [4, 2, 2, 2]),
    },
    // tetap: 25 every TW
    {
      indikator: "Jumlah ASN yang Gaji dan Tunjangannya terbayarkan",
      satuan: "Orang",
      targetTahunan: 25,
      ...tw("targetTw", [25, 25, 25, 25]),
    },
    // Sasaran row with TW IV only, text numbers
    {
      indikator: "Persentase Warga Transmigran Mandiri",
      satuan: "%",
      sifat: "Akhir",
      targetTahunan: "63,57",
      ...tw("targetTw", ["", "", "", "63,57"]),
    },
    {
      indikator: "Jumlah Rapat Koordinasi dan Konsultasi SKPD yang diikuti",
      satuan: "Kali",
      sifat: "Kumulatif",
      targetTahunan: 60,
      ...tw("targetTw", [18, 10, 20, 12]),
    },
  ];

  it("accepts akhir 0, 0, 0, 100 → 100, kumulatif 4, 2, 2, 2 → 10 and tetap 25 × 4 → 25, with or without a written sifat", () => {
    expect(run(twTarget, [templateTab("Renaksi Sekretariat", fine)])).toEqual([]);
  });

  it("flags a kumulatif indicator that does not add up, pointing at the last TW target", () => {
    const rows: Row[] = [
      ...fine,
      {
        indikator: "Jumlah Rapat Koordinasi dan Konsultasi SKPD",
        satuan: "Kali",
        sifat: "Kumulatif",
        targetTahunan: 60,
        ...tw("targetTw", [18, 10, 20, 10]),
      },
    ];
    const [f, ...rest] = run(twTarget, [templateTab("Renaksi Sekretariat", rows)]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "tw-target",
      severity: "error",
      cell: `${col("targetTw4")}${r(6)}`,
      row: r(6),
    });
    expect(f.message).toContain("(18; 10; 20; 10) adalah 58, tidak sama dengan target tahunan 60");
    expect(f.related).toContainEqual({
      sheet: "Renaksi Sekretariat",
      cell: `${col("targetTahunan")}${r(6)}`,
    });
  });

  it("flags akhir whose last TW is not the annual target and tetap with a differing TW", () => {
    const rows: Row[] = [
      {
        indikator: "Persentase Penetapan Kawasan Transmigrasi",
        satuan: "%",
        sifat: "Akhir",
        targetTahunan: 100,
        ...tw("targetTw", [25, 50, 75, 90]),
      },
      {
        indikator: "Jumlah ASN yang Gaji dan Tunjangannya terbayarkan",
        satuan: "Orang",
        sifat: "Tetap",
        targetTahunan: 25,
        ...tw("targetTw", [25, 25, 24, 25]),
      },
      // Written kumulatif, so 0, 0, 0, 100 → 100 fits.
      {
        indikator: "Jumlah Dokumen DPA yang disusun tepat waktu",
        satuan: "Dokumen",
        sifat: "kumulatif",
        targetTahunan: 2,
        ...tw("targetTw", [0, 0, 0, 2]),
      },
    ];
    const fs = run(twTarget, [templateTab("Bidang", rows)]);
    expect(fs.map((f) => f.cell)).toEqual([`${col("targetTw4")}${r(0)}`, `${col("targetTw3")}${r(1)}`]);
    expect(fs[0].message).toContain("90 tidak sama dengan target tahunan 100 (sifat akhir");
    expect(fs[1].message).toContain("TW III");
    expect(fs[1].message).toContain("(24)");
  });

  it("without a sifat reports only when no reading fits (sum, last, all equal)", () => {
    const rows: Row[] = [
      // LAKIP vs Renaksi: 38, 38, 38, 36 against an annual 148 (the LAKIP's 38 + 38 + 36 + 36)
      {
        indikator: "Jumlah tamu yang difasilitasi",
        satuan: "Orang",
        targetTahunan: 148,
        ...tw("targetTw", [38, 38, 38, 36]),
      },
    ];
    const [f] = run(twTarget, [templateTab("Bidang", rows)]);
    expect(f.cell).toBe(`${col("targetTahunan")}${r(0)}`);
    expect(f.message).toBe(
      'Target TW I–IV indikator "Jumlah tamu yang difasilitasi" (38; 38; 38; 36) tidak cocok dengan target tahunan 148: jumlahnya 150, triwulan terakhir 36, dan tidak semuanya 148, jadi capaian s.d. TW dihitung sebagai kumulatif.',
    );
  });
});
