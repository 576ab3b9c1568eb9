/**
 * A consistency rule on rows of the reference documents (Rencana Aksi and LAKIP TW I
 * Luwu Timur 2024, LKjIP Kutai Kartanegara 2024): every defect a rule can see is found, and the
 * correct rows around it give no galat.
 */
import { describe, expect, it } from "vitest";
import { capaianTertulis, printedAs } from "../../../../src/core/checks/rules/capaian-tertulis";
import { col, type Row, snapshot, templateTab, tw } from "../../../fixtures/checks";
import { run } from "../../../utils/checks";

describe("capaian-tertulis: a typed capaian equals the computed one", () => {
  const extra = ["capaian" as const];
  const row = (
    indikator: string,
    target: number | string,
    realisasi: number | string,
    capaian: number | string,
    polaritasText = "",
    extraRow: Row = {},
  ): Row => ({
    indikator,
    satuan: "%",
    polaritas: polaritasText,
    targetTahunan: target,
    ...tw("realisasiTw", ["", "", "", realisasi]),
    capaian,
    ...extraRow,
  });

  it("finds 92 % printed for unemployment, a negative indicator (the formula gives 107,95)", () => {
    const tab = templateTab(
      "IKU",
      [row("Tingkat Pengangguran Terbuka", "4,40", "4,05", "92%", "Negatif")],
      extra,
    );
    const [f, ...rest] = run(capaianTertulis, [tab]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "error", cell: `${col("capaian", extra)}2` });
    expect(f.message).toBe(
      'Capaian indikator "Tingkat Pengangguran Terbuka" tertulis 92, padahal hasil hitungnya 107,95 (target 4,4, realisasi 4,05, polaritas negatif); angka tertulis adalah hasil rumus positif.',
    );
    expect(f.suggestion).toContain("(2 × target − realisasi)");
  });

  it("accepts figures rounded or cut to their printed decimals (97,02; 99,18; 181; 111; 97,15; 72)", () => {
    const rows: Row[] = [
      row("Persentase Warga Transmigran Mandiri", "63,57", "61,68", "97,02 %"), // 97,0269…: cut
      row("Nilai SAKIP Perangkat Daerah", "71,50", "70,92", "99,18%"), // 99,1888…: cut (LKjIP Tabel 3.21)
      row("Persentase Pencari Kerja yang terdaftar Ditempatkan", "10,37", "18,86", "181%"), // 181,87: cut
      row("Persentase Tenaga Kerja Bersertifikat Kompetensi", "20,50", "22,77", 111),
      row("Nilai SAKIP Pemerintah Daerah", 73, "70,92", "97,15"),
      row("Jumlah Rapat Koordinasi dan Konsultasi SKPD yang diikuti", 18, 13, "72%"), // 72,22
      row("Persentase Laporan Administrasi kepegawaian yang disusun tepat waktu", 100, "62,5", 0.625), // a percent-formatted fraction
    ];
    expect(run(capaianTertulis, [templateTab("IKU", rows, extra)])).toEqual([]);
  });

  it("flags 72,3 for 18 → 13 (72,22 rounds and cuts to 72,2) and 100 for Nilai LPPD 3,6 → 3,11 (86,39)", () => {
    const rows: Row[] = [
      row("Jumlah Rapat Koordinasi dan Konsultasi SKPD yang diikuti", 18, 13, "72,3%"),
      row("Nilai LPPD", "3,6", "3,11", 100),
    ];
    const fs = run(capaianTertulis, [templateTab("IKU", rows, extra)]);
    expect(fs.map((f) => [f.severity, f.row])).toEqual([
      ["error", 2],
      ["error", 3],
    ]);
    expect(fs[0].message).toContain("tertulis 72,3, padahal hasil hitungnya 72,22");
    expect(fs[1].message).toContain("hasil hitungnya 86,39");
  });

  it("notes (info) a capaian capped at 100 and skips formulas and blank polaritas mistakes it cannot see", () => {
    const rows: Row[] = [
      // Jumlah Program Pengentasan Kemiskinan 1 → 2 printed 100 (LKjIP Tabel 3.2)
      row("Jumlah Program Pengentasan Kemiskinan", 1, 2, 100),
      // a formula is the sheet's own computation
      row("Jumlah surat masuk dan surat keluar", 312, 327, 50, "", {
        formulas: { capaian: "=CAPAIAN(I4,V4)" },
      }),
      // positive formula with blank polaritas gives 92,05: consistent here (the polaritas rule warns)
      row("Tingkat Pengangguran Terbuka", "4,40", "4,05", "92%"),
    ];
    const fs = run(capaianTertulis, [templateTab("IKU", rows, extra)]);
    expect(fs.map((f) => [f.severity, f.row])).toEqual([["info", 2]]);
    expect(fs[0].message).toContain("ditulis 100, sedangkan hasil hitungnya 200");
  });

  it("reads TW capaian of the LAKIP evaluation sheets (target per TW, realisasi TW I)", async () => {
    const plans = await import("../../../fixtures/plans");
    const fs = run(capaianTertulis, [snapshot(plans.LAKIP_SEKRETARIAT_TAB, plans.LAKIP_SEKRETARIAT)], 1);
    // 327 letters against 312 printed 100 %: capped, so only noted.
    expect(fs.map((f) => [f.severity, f.cell])).toEqual([["info", "U51"]]);
    expect(fs[0].message).toContain("hasil hitungnya 104,81 (target 312, realisasi 327");
  });

  it("documents the printed-precision rule", () => {
    expect(printedAs(97.02, 97.0269)).toBe(true);
    expect(printedAs(97.03, 97.0269)).toBe(true);
    expect(printedAs(99.18, (70.92 / 71.5) * 100)).toBe(true);
    expect(printedAs(99.19, (70.92 / 71.5) * 100)).toBe(true);
    expect(printedAs(99.17, (70.92 / 71.5) * 100)).toBe(false);
    expect(printedAs(72.3, (13 / 18) * 100)).toBe(false);
    expect(printedAs(92, 107.95)).toBe(false);
  });
});
