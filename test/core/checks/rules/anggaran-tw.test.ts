/**
 * A consistency rule on rows of the reference documents (Rencana Aksi and LAKIP TW I
 * Luwu Timur 2024, LKjIP Kutai Kartanegara 2024): every defect a rule can see is found, and the
 * correct rows around it give no galat.
 */
import { describe, expect, it } from "vitest";
import { anggaranTw } from "../../../../src/core/checks/rules/anggaran-tw";
import { col, type Row, snapshot, templateTab, tw } from "../../../fixtures/checks";
import { r, run } from "../../../utils/checks";

describe("anggaran-tw: RAK TW I–IV adds up to the pagu", () => {
  it("finds the RAK total 286.944.496 against the pagu 2.869.444.960 and says a digit went missing", () => {
    const rows: Row[] = [
      {
        kode: "2.07.01.2.02.0001",
        uraian: "Penyediaan Gaji dan Tunjangan ASN",
        indikator: "Jumlah ASN yang Gaji dan Tunjangannya terbayarkan",
        satuan: "Orang",
        targetTahunan: 25,
        pagu: "2.869.444.960",
        ...tw("rakTw", [71_736_124, 71_736_124, 71_736_124, 71_736_124]),
      },
    ];
    const [f, ...rest] = run(anggaranTw, [templateTab("Sekretariat", rows)]);
    expect(rest).toEqual([]);
    expect(f.message).toMatch(
      /^Jumlah anggaran TW I–IV Rp 286\.944\.496 tidak sama dengan pagu Rp 2\.869\.444\.960 \(selisih Rp 2\.582\.500\.464\)/,
    );
    expect(f.suggestion).toContain("digit");
    expect(f).toMatchObject({ severity: "error", cell: `${col("pagu")}2` });
    expect(f.related.map((x) => x.cell)).toEqual(
      ["rakTw1", "rakTw2", "rakTw3", "rakTw4"].map((c) => `${col(c as "rakTw1")}2`),
    );
  });

  it("tolerates the rounding of an even split (≤ 4 rupiah), not more", () => {
    const rows: Row[] = [
      // 82.476.650 / 4 = 20.619.162,5 → four times 20.619.163 = 82.476.652
      {
        uraian: "Pencadangan Tanah untuk Kawasan Transmigrasi",
        indikator: "Luas Kawasan Transmigrasi yang dicanangkan",
        satuan: "Ha",
        targetTahunan: 60,
        pagu: 82_476_650,
        ...tw("rakTw", [20_619_163, 20_619_163, 20_619_163, 20_619_163]),
      },
      // LAKIP TW I: target anggaran kas TW I 30.580.000 = the whole pagu
      {
        uraian: "Penyuluhan Transmigrasi",
        indikator: "Jumlah Calon Warga Transmigrasi yang diseleksi",
        satuan: "KK",
        targetTahunan: 38,
        pagu: 30_580_000,
        ...tw("rakTw", [30_580_000, 0, 0, "-"]),
      },
      {
        uraian: "Penyediaan Jasa Surat Menyurat",
        indikator: "Jumlah surat yang diadministrasikan",
        satuan: "Surat",
        targetTahunan: 1250,
        pagu: 17_662_657,
        ...tw("rakTw", [4_415_663, 4_415_663, 4_415_663, 4_415_663]),
      },
    ];
    const fs = run(anggaranTw, [templateTab("Sekretariat", rows)]);
    expect(fs.map((f) => f.row)).toEqual([r(2)]);
    expect(fs[0].message).toContain("(selisih Rp 5)");
  });

  it("reads the planted split error of the Luwu Timur Renaksi fixture (RAK TW II 6.000.000 for 60.000.000)", async () => {
    const plans = await import("../../../fixtures/plans");
    const tab = snapshot(plans.RENCANA_AKSI_TRANSMIGRASI_TAB, plans.RENCANA_AKSI_TRANSMIGRASI);
    const fs = run(anggaranTw, [tab]);
    expect(fs).toHaveLength(1);
    expect(fs[0].row).toBe(plans.TRANSMIGRASI_RAK_ERROR.row + 1);
    expect(fs[0].message).toContain(
      "Rp 164.710.800 tidak sama dengan pagu Rp 218.710.800 (selisih Rp 54.000.000)",
    );
  });
});
