/**
 * Two Indikator columns (trial 5 #2, #3): the outcome "Hasil" on program rows and the output
 * "Keluaran" on kegiatan rows read as one indicator per row from whichever is filled, and a person's
 * Indikator column always counts.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cells";
import { detectPlan, type LayoutCorrection } from "../../../src/core/layout";
import { HASIL_KELUARAN } from "../../fixtures/layouts";

const read = (values: CellValue[][], correction?: LayoutCorrection) => {
  const d = detectPlan("Penataan Ruang", values, { correction });
  if (!d.ok) throw new Error(d.reason);
  return d.table;
};
const withHeaders = (e: string, f: string) =>
  HASIL_KELUARAN.map((r, i) => (i === 2 ? r.map((v, c) => (c === 4 ? e : c === 5 ? f : v)) : r));
const INDICATORS = [
  "Persentase pelanggaran pemanfaatan ruang",
  "Jumlah dokumen RDTR yang disusun",
  "Jumlah rekomendasi KKPR yang diterbitkan",
];

describe("two Indikator columns in one table", () => {
  it.each([
    ["Hasil", "Keluaran"],
    ["Indikator Hasil", "Indikator Keluaran"],
    ["Outcome", "Output"],
  ])("%s | %s: one indicator per row from whichever is filled, its own cell", (e, f) => {
    const t = read(withHeaders(e, f));
    expect(t.rows.map((r) => r.indikator)).toEqual(INDICATORS);
    expect(t.rows.map((r) => r.columns.indikator)).toEqual([4, 5, 5]);
    expect(t.rows[1]).toMatchObject({ satuan: "dokumen", targetTahunan: 2, pagu: 500e6 });
    expect(t.reading?.filter((c) => c.fields.includes("indikator")).map((c) => c.col)).toEqual([4, 5]);
  });

  it("a person's Indikator column is used even where another column was read as Indikator", () => {
    // E "Indikator Kinerja" (read by its word), F only a person says holds indicators.
    const values = withHeaders("Indikator Kinerja", "Uraian Lain");
    expect(read(values).rows.map((r) => r.indikator)).toEqual([INDICATORS[0]]);
    const t = read(values, { columns: [{ col: 5, field: "indikator" }] });
    expect(t.rows.map((r) => r.indikator)).toEqual(INDICATORS);
    expect(t.reading?.find((c) => c.col === 5)).toMatchObject({ fields: ["indikator"], corrected: true });
  });

  it("'Hasil' over numbers is no Indikator: the values decide", () => {
    const values = HASIL_KELUARAN.map((r, i) =>
      i < 4 ? r : r.map((v, c) => (c === 4 || c === 5 ? (i === 4 ? 12 : "") : v)),
    );
    expect(detectPlan("Penataan Ruang", values).ok).toBe(false);
  });

  it("a monthly Rencana Penarikan Dana (Jan … Des) is never the pagu; 'Ang. (Rp)' is", () => {
    const t = read(HASIL_KELUARAN);
    expect(t.columns.pagu).toBe(12);
    expect(t.reading?.filter((c) => c.col >= 13 && c.col <= 24).flatMap((c) => c.fields)).toEqual([]);
  });
});
