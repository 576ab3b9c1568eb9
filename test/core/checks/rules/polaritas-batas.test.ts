/**
 * A bound target against the row's polaritas (trial 8; trial8 #1: "Net Death Rate" ≤ 25 computed
 * positif was "Sangat Tinggi" at 27,1): "maks. 9" on a positif row says lower is better, "minimal 80"
 * on a negatif row says higher is. Periksa gives one peringatan per row naming it and what to check;
 * the capaian is never flipped on the guess. A bound on the side of the polaritas says nothing.
 */
import { describe, expect, it } from "vitest";
import { boundSide } from "../../../../src/core/capaian";
import { polaritas } from "../../../../src/core/checks/rules/polaritas";
import { col, type Row, templateTab } from "../../../fixtures/checks";
import { run } from "../../../utils/checks";

const tw = (t: string) => ({ targetTw1: t, targetTw2: t, targetTw3: t, targetTw4: t });

describe("polaritas: a bound target on the other side", () => {
  it("reads the side of a bound as CAPAIAN does", () => {
    expect(
      [
        "≥ 80%",
        "min. 80",
        "minimal 80 orang",
        "paling sedikit 12",
        "≤ 9",
        "maks. 9",
        "Paling banyak 4,5 %",
        "80",
        "80-90",
        "WTP",
      ].map(boundSide),
    ).toEqual(["min", "min", "min", "min", "maks", "maks", "maks", null, null, null]);
  });

  it("warns once per row: maks. on a positif row, minimal on a negatif row; not a bound on its side", () => {
    const rows: Row[] = [
      {
        indikator: "Persentase kepuasan pelanggan",
        satuan: "%",
        polaritas: "positif",
        targetTahunan: "maks. 9",
        ...tw("maks. 9"),
      },
      {
        indikator: "Persentase balita ditimbang",
        satuan: "%",
        polaritas: "Negatif",
        targetTahunan: "minimal 80",
        ...tw("min. 80"),
      },
      // No Polaritas written: computed positif, and the ceiling says lower is better.
      { indikator: "Net Death Rate (NDR)", satuan: "‰", polaritas: "", targetTahunan: "≤ 25", ...tw("≤ 25") },
      // On their side: nothing.
      {
        indikator: "Persentase lowongan terisi",
        satuan: "%",
        polaritas: "positif",
        targetTahunan: "≥ 80%",
        ...tw("≥ 80%"),
      },
      {
        indikator: "Jumlah aduan masyarakat",
        satuan: "aduan",
        polaritas: "negatif",
        targetTahunan: "maks. 12",
        ...tw("maks. 3"),
      },
      {
        indikator: "Jumlah dokumen perencanaan",
        satuan: "dokumen",
        polaritas: "positif",
        targetTahunan: 4,
        ...tw("1"),
      },
    ];
    const fs = run(polaritas, [templateTab("IKU", rows)]);
    expect(fs.map((f) => [f.row, f.severity])).toEqual([
      [2, "warning"],
      [3, "warning"],
      [4, "warning"],
    ]);
    expect(fs.every((f) => f.cell.startsWith(col("polaritas")))).toBe(true);
    expect(fs[0].message).toBe(
      'Indikator "Persentase kepuasan pelanggan" tampaknya makin rendah makin baik (target berupa batas atas "maks. 9"), tetapi polaritasnya tertulis positif.',
    );
    expect(fs[1].message).toBe(
      'Indikator "Persentase balita ditimbang" bertarget batas bawah "minimal 80", tetapi polaritasnya negatif (makin rendah makin baik): capaiannya dihitung dengan rumus negatif.',
    );
    expect(fs[1].suggestion).toContain("isi polaritas positif");
    expect(fs[1].suggestion).toContain("batas atas");
    expect(fs[2].message).toContain('(target berupa batas atas "≤ 25"), tetapi polaritasnya kosong');
  });
});
