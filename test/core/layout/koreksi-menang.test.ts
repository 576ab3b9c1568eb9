/** A column a person sets in Pengaturan is the one read, also where another column was read so (trial 5 #3). */
import { describe, expect, it } from "vitest";
import { detectPlan } from "../../../src/core/layout";

const VALUES = [
  ["No", "Program / Kegiatan", "Indikator Kinerja", "Ukuran Keluaran", "Satuan", "Target"],
  [1, "Program Penataan Ruang", "Persentase pelanggaran pemanfaatan ruang", "Jumlah dokumen RDTR", "%", 8],
  [
    2,
    "Koordinasi Pemanfaatan Ruang",
    "Persentase izin tepat waktu",
    "Jumlah rekomendasi KKPR",
    "dokumen",
    120,
  ],
];

describe("a person's correction wins over the guess in the same block", () => {
  it("column D set to Indikator is read as the Indikator, though C says 'Indikator Kinerja'", () => {
    const d = detectPlan("Penataan Ruang", VALUES, {
      correction: { columns: [{ col: 3, field: "indikator" }] },
    });
    if (!d.ok) throw new Error(d.reason);
    expect(d.table.columns.indikator).toBe(3);
    expect(d.table.rows.map((r) => r.indikator)).toEqual(["Jumlah dokumen RDTR", "Jumlah rekomendasi KKPR"]);
    expect(d.table.reading?.find((c) => c.col === 3)).toMatchObject({
      fields: ["indikator"],
      corrected: true,
    });
  });
});
