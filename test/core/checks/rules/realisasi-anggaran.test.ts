/**
 * A consistency rule on rows of the reference documents (Rencana Aksi and LAKIP TW I
 * Luwu Timur 2024, LKjIP Kutai Kartanegara 2024): every defect a rule can see is found, and the
 * correct rows around it give no galat.
 */
import { describe, expect, it } from "vitest";
import { realisasiAnggaran } from "../../../../src/core/checks/rules/realisasi-anggaran";
import { col, type Row, templateTab, tw } from "../../../fixtures/checks";
import { listrik, run } from "../../../utils/checks";

describe("realisasi-anggaran: realisasi within the pagu", () => {
  it("accepts realisasi within the pagu (LAKIP TW I: 600.000 of 2.500.000; LKjIP 11.567.169.818 of 16.052.340.000)", () => {
    const rows: Row[] = [
      listrik([600_000, "", "", ""]),
      {
        uraian: "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja",
        indikator: "Persentase Tenaga Kerja Bersertifikat Kompetensi",
        satuan: "Persen",
        targetTahunan: "20,50",
        pagu: "16.052.340.000",
        ...tw("realisasiAnggaranTw", ["2.000.000", "3.100.000.000", "4.000.000.000", "4.465.169.818"]),
      },
    ];
    expect(run(realisasiAnggaran, [templateTab("Bidang", rows)])).toEqual([]);
  });

  it("flags realisasi above the pagu; running totals that fit the pagu only as a warning", () => {
    const fs = run(realisasiAnggaran, [
      templateTab("Sekretariat", [
        listrik([600_000, 1_200_000, 900_000, ""]),
        {
          ...listrik([600_000, 1_200_000, 1_800_000, 2_400_000]),
          uraian: "Penyediaan Bahan Logistik Kantor",
        },
      ]),
    ]);
    expect(fs.map((f) => [f.severity, f.cell])).toEqual([
      ["error", `${col("realisasiAnggaranTw3")}2`],
      ["warning", `${col("realisasiAnggaranTw4")}3`],
    ]);
    expect(fs[0].message).toContain("TW I–III Rp 2.700.000 melebihi pagu Rp 2.500.000 (lebih Rp 200.000)");
  });
});
