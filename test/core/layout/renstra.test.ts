import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cells";
import { detectPlan } from "../../../src/core/layout";
import { RENSTRA_PER_TAHUN } from "../../fixtures/layouts";

const read = (values: CellValue[][]) => {
  const d = detectPlan("Bina Marga", values);
  if (!d.ok) throw new Error(d.reason);
  return d.table;
};
/** The layout without its "Kondisi Akhir Renstra" column (M). */
const withoutKondisiAkhir = RENSTRA_PER_TAHUN.map((r) => [...r.slice(0, 12), ...r.slice(13)]);

describe("a Renstra block: Target Renstra over 2022 … 2026 (trial 5 #4)", () => {
  it("takes the Kondisi Akhir column as the end target, with the block's last year; the years are yearly targets", () => {
    const t = read(RENSTRA_PER_TAHUN);
    expect(t.rows[0].renstra).toMatchObject({ tahunAkhir: 2026, targetAkhir: 72.5 });
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
  });
});
