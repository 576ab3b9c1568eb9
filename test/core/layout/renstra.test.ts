import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cells";
import { readCorrections } from "../../../src/core/koreksi";
import { detectPlan, type LayoutCorrection } from "../../../src/core/layout";
import { RENSTRA_PER_TAHUN } from "../../fixtures/layouts";

const read = (values: CellValue[][], correction?: LayoutCorrection) => {
  const d = detectPlan("Bina Marga", values, { correction });
  if (!d.ok) throw new Error(d.reason);
  return d.table;
};
/** The layout without its "Kondisi Akhir Renstra" column (M). */
const withoutKondisiAkhir = RENSTRA_PER_TAHUN.map((r) => [...r.slice(0, 12), ...r.slice(13)]);

describe("a Renstra block: Target Renstra over 2022 … 2026 (trial 5 #4)", () => {
  it("takes the Kondisi Akhir column as the end target, with the block's last year; the years are yearly targets", () => {
    const t = read(RENSTRA_PER_TAHUN);
    expect(t.rows[0].renstra).toMatchObject({
      tahunAkhir: 2026,
      targetAkhir: 72.5,
      targetTahunan: [
        { tahun: 2022, target: 60 },
        { tahun: 2023, target: 63 },
        { tahun: 2024, target: 66 },
        { tahun: 2025, target: 69 },
        { tahun: 2026, target: 72.5 },
      ],
    });
    expect(t.rows[1].renstra).toMatchObject({ tahunAkhir: 2026, targetAkhir: 12 });
    const roles = (t.reading ?? []).filter((c) => c.col >= 7 && c.col <= 12).map((c) => c.role);
    expect(roles).toEqual([
      "Renstra: Target 2022",
      "Renstra: Target 2023",
      "Renstra: Target 2024",
      "Renstra: Target 2025",
      "Renstra: Target 2026",
      "Renstra: Target akhir (2026)",
    ]);
  });

  it("without a Kondisi Akhir column, the last year is the end target", () => {
    const t = read(withoutKondisiAkhir);
    expect(t.rows[0].renstra).toMatchObject({ tahunAkhir: 2026, targetAkhir: 72.5 });
    expect(t.rows[1].renstra?.targetAkhir).toBe(12);
    expect(t.rows[0].renstra?.targetTahunan?.map((y) => y.tahun)).toEqual([2022, 2023, 2024, 2025]);
  });

  it("a person's choice of the end target in Pengaturan wins (Cara dibaca offers the Renstra meanings)", () => {
    const fix = readCorrections([
      ["", "", "", "", "", "", "Koreksi pembacaan: tab", "Kolom / baris", "Dibaca sebagai"],
      ["", "", "", "", "", "", "Bina Marga", "K", "Renstra: Target akhir"],
    ]).get("Bina Marga");
    expect(fix?.renstra).toEqual([{ col: 10, meaning: "akhir" }]);
    const t = read(RENSTRA_PER_TAHUN, fix);
    expect(t.rows[0].renstra).toMatchObject({ tahunAkhir: 2025, targetAkhir: 69 });
    const k = t.reading?.find((c) => c.col === 10);
    expect(k).toMatchObject({ role: "Renstra: Target akhir (2025)", corrected: true });
    // "tidak dipakai" on the end target: the next one by its words takes its place.
    const off = read(RENSTRA_PER_TAHUN, { columns: [{ col: 12, field: null }] });
    expect(off.rows[0].renstra).toMatchObject({ tahunAkhir: 2026, targetAkhir: 72.5 });
    expect(off.periodColumns?.renstra?.target).toBe(11);
  });
});
