import { describe, expect, it } from "vitest";
import { detectPlan } from "../../../src/core/layout";
import { periodOf } from "../../../src/core/layout/evidence";
import { LKJIP_TABEL_3_18, LKJIP_TABEL_3_19 } from "../../fixtures/layouts";

describe("columns of other periods", () => {
  it.each<[string[], ReturnType<typeof periodOf>]>([
    [["tahun 2023", "target kinerja"], { kind: "year", role: "target", year: 2023 }],
    [["tahun 2023", "persentase realisasi kinerja"], { kind: "year", role: "persentase", year: 2023 }],
    [["realisasi 2023"], { kind: "year", role: "realisasi", year: 2023 }],
    [["target sasaran akhir renstra 2026"], { kind: "renstra", role: "target", year: 2026 }],
    [
      ["realisasi target sasaran renstra sampai tahun 2024"],
      { kind: "renstra", role: "realisasi", year: 2024 },
    ],
    [["kondisi akhir"], { kind: "renstra", role: "target", year: null }],
    [
      ["target renstra pd pada tahun 2026 akhir periode renstra", "keuangan"],
      { kind: "past", role: null, year: 2026 },
    ],
    [
      ["realisasi capaian kinerja renstra pd sampai dengan renja pd tahun lalu"],
      { kind: "past", role: null, year: null },
    ],
    [["target kinerja"], null],
  ])("%j", (path, period) => {
    expect(periodOf(path)).toEqual(period);
  });
});

describe("several years side by side (LKjIP Tabel 3.18)", () => {
  it("measures the latest year and keeps the earlier one per indicator", () => {
    const d = detectPlan("Perbandingan", LKJIP_TABEL_3_18);
    if (!d.ok) throw new Error(d.reason);
    expect(d.table.tahun).toBe(2024);
    expect(d.table.rows[1]).toMatchObject({
      targetTahunan: "20,50",
      realisasiTahunan: "22,77",
      capaian: "111%",
      tahunLain: [{ tahun: 2023, target: "18,59", realisasi: "22,90", persentase: "123%" }],
    });
    const roles = d.table.reading?.filter((c) => c.role).map((c) => c.role);
    expect(roles).toEqual(["Tahun 2023: Target", "Tahun 2023: Realisasi", "Tahun 2023: Persentase"]);
  });

  it("measures the year Pengaturan names: 2023 read as the measurement, 2024 kept by nobody", () => {
    const d = detectPlan("Perbandingan", LKJIP_TABEL_3_18, { tahun: 2023 });
    if (!d.ok) throw new Error(d.reason);
    expect(d.table.tahun).toBe(2023);
    expect(d.table.columns).toMatchObject({ targetTahunan: 3, realisasiTahunan: 4, capaian: 5 });
    expect(d.table.rows[1].tahunLain).toBeUndefined();
  });
});

describe("the Renstra (LKjIP Tabel 3.19)", () => {
  it("reads the end target with its year, the realisasi to date and the printed persentase", () => {
    const d = detectPlan("Renstra", LKJIP_TABEL_3_19);
    if (!d.ok) throw new Error(d.reason);
    expect(d.table.tahun).toBe(2024);
    expect(d.table.rows[0].renstra).toEqual({
      tahunAkhir: 2026,
      targetAkhir: "112,15",
      realisasiSd: "61,05",
      persentase: "54,26%",
    });
  });
});
