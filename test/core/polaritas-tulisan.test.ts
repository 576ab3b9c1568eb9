/**
 * Trial 8 #26: a Polaritas written as offices write it — "(-)", "Menurun", "Semakin kecil semakin
 * baik", "↓", "Minimize" — was read positif, and Periksa's peringatan said "tertulis positif" about a
 * cell holding "(-)". These are negatif (their opposites positif) in CAPAIAN, the evaluation tab's
 * formulas (Sheets and Excel) and Periksa; a Polaritas no one can read is a galat quoting the cell,
 * never silently positif.
 */
import { describe, expect, it } from "vitest";
import { capaian, parsePolaritas } from "../../src/core/capaian";
import { polaritas } from "../../src/core/checks/rules/polaritas";
import { arahPolaritas } from "../../src/core/evaluasi-formulas";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { type Row, templateTab } from "../fixtures/checks";
import { run } from "../utils/checks";

const NEGATIF = [
  "(-)",
  "Menurun",
  "Semakin kecil semakin baik",
  "↓",
  "Minimize",
  "semakin  kecil semakin baik ",
];
const POSITIF = ["(+)", "Meningkat", "Semakin besar semakin baik", "↑", "Maximize"];

describe("a Polaritas written as offices write it", () => {
  it("is negatif or positif for CAPAIAN and the evaluation tab's Arah polaritas cell alike", () => {
    const words = [...NEGATIF, ...POSITIF];
    expect(words.map(parsePolaritas)).toEqual([
      ...NEGATIF.map(() => "negatif"),
      ...POSITIF.map(() => "positif"),
    ]);
    // 4,05 against 4,40: (2 × 4,40 − 4,05) / 4,40 negatif.
    const c = capaian(4.4, 4.05, { polaritas: "(-)" });
    expect(c.kind === "value" && c.value).toBeCloseTo(107.95, 2);
    const wb = new MemoryWorkbook({ name: "arah" });
    const tab = wb.addTab("A");
    wb.write(
      tab,
      1,
      1,
      words.map((w, i) => [w, { formula: `=${arahPolaritas(`A${i + 1}`)}` }]),
    );
    const arah = wb.values(wb.getTab("A"), { row: 1, col: 2, rows: words.length, cols: 1 }).map((r) => r[0]);
    // Negatif (−2: computed negatif; a target 0 is "–" as for a positif one) or positif (1).
    expect(arah).toEqual([...NEGATIF.map(() => -2), ...POSITIF.map(() => 1)]);
  });

  it("Periksa: a Polaritas no one can read is a galat quoting the cell, not 'tertulis positif'", () => {
    const rows: Row[] = [
      { indikator: "Jumlah gangguan ketentraman dan ketertiban umum", satuan: "kejadian", polaritas: "(-)" },
      { indikator: "Jumlah gangguan trantibum", satuan: "kejadian", polaritas: "turun dong" },
      { indikator: "Persentase PNS yang dilatih", satuan: "%", polaritas: "positif" },
    ];
    const fs = run(polaritas, [templateTab("IKU", rows)]);
    expect(fs.map((f) => [f.row, f.severity])).toEqual([[3, "error"]]);
    expect(fs[0].message).toBe(
      'Polaritas "turun dong" indikator "Jumlah gangguan trantibum" tidak dikenal, jadi capaiannya tidak dihitung.',
    );
    expect(fs[0].suggestion).toContain("negatif");
  });
});
