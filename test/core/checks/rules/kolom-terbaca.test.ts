/** Plan tabs whose triwulan columns were not read: one finding per tab, saying where to show them. */
import { describe, expect, it } from "vitest";
import { kolomTerbaca } from "../../../../src/core/checks/rules/kolom-terbaca";
import { snapshot, templateTab, tw } from "../../../fixtures/checks";
import { run } from "../../../utils/checks";

const E = "";

describe("kolom-terbaca: triwulan columns not read", () => {
  it("names the Target TW and Realisasi TW a per-quarter tab lacks, once per tab, with the panel and Pengaturan G:I", () => {
    // A Rencana Aksi whose TW columns sit under a header the reader did not take (as the Dinkes
    // trial's did before its band was fixed): only the annual target and realisasi are read.
    const renaksi = snapshot("Renaksi 2024", [
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Target 2024",
        "Rencana Penarikan Dana TW I",
        "Rencana Penarikan Dana TW II",
        "Rencana Penarikan Dana TW III",
        "Rencana Penarikan Dana TW IV",
        "REALISASI KINERJA",
      ],
      [1, "Cakupan imunisasi dasar lengkap", "%", 95, 200, 250, 250, 150, "46,8"],
      [2, "Persentase ibu hamil mendapat pelayanan K4", "%", 90, 80, 80, 80, 80, "44,0"],
    ]);
    const fs = run(kolomTerbaca, [renaksi]);
    expect(fs.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["warning", "Renaksi 2024", "A1"]]);
    expect(fs[0].message).toBe(
      "Kolom Target TW I–IV dan Realisasi TW I–IV di tab 'Renaksi 2024' belum terbaca, jadi evaluasi triwulannya kosong untuk kolom itu.",
    );
    expect(fs[0].suggestion).toContain("panel (Cara dibaca)");
    expect(fs[0].suggestion).toContain("Pengaturan kolom G:I");
  });

  it("an annual table is told as info, with Realisasi Anggaran TW only where it has a pagu", () => {
    const tahunan = snapshot("Capaian 2024", [
      [E, E, E, E, E],
      ["Indikator Kinerja", "Satuan", "Target", "Realisasi", "Pagu"],
      ["Nilai SAKIP Perangkat Daerah", "Nilai", "71,50", "70,92", 1_000_000],
    ]);
    const fs = run(kolomTerbaca, [tahunan]);
    expect(fs.map((f) => [f.severity, f.cell])).toEqual([["info", "A2"]]);
    expect(fs[0].message).toContain("Target TW I–IV, Realisasi TW I–IV dan Realisasi Anggaran TW I–IV");
  });

  it("says nothing of a tab that reads every triwulan column (the template)", () => {
    const rows = [{ no: 1, indikator: "Jumlah dokumen", satuan: "Dokumen", ...tw("targetTw", [0, 0, 1, 1]) }];
    expect(run(kolomTerbaca, [templateTab("Sekretariat", rows)])).toEqual([]);
  });
});
