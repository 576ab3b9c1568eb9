/**
 * The LAKIP TW II capaian table and chart for indicators whose work starts later in the year: a
 * quarter without a target reads "–" against the annual target too (not 0,00), and its bar is grey,
 * never the Sangat Rendah red of a 0 against the annual target.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cells";
import { SCALES } from "../../../src/core/kriteria";
import type { Quad } from "../../../src/core/plan";
import { indicatorFigures } from "../../../src/core/report/figures";
import { capaianChart, capaianTable, capaianTahunanShown } from "../../../src/core/report/tables";
import { planRow, planTable } from "../../utils/plan-row";

const scale = SCALES.permendagri86;

const row = (indikator: string, sifat: string, targetTw: Quad<CellValue>, realisasiTw: Quad<CellValue>) =>
  planRow({
    level: "sasaran",
    sasaran: "Meningkatnya mutu layanan kesehatan",
    indikator,
    satuan: "Puskesmas",
    sifat,
    targetTahunan: 2,
    targetTw,
    realisasiTw,
  });

// Puskesmas terakreditasi paripurna: accreditation comes in TW IV (target only then), TW I–II 0 so far.
const plan = planTable("Bidang Yankes", [
  row("Jumlah Puskesmas terakreditasi paripurna", "akhir", ["", "", "", 2], [0, 0, "", ""]),
  row("Jumlah Puskesmas dengan SIMPUS", "akhir", [1, 1, 2, 2], [1, 1, "", ""]),
]);

describe("a quarter without a target (TW II)", () => {
  const figures = indicatorFigures([plan], { tw: 2, scale });

  it("reads '–' against the annual target, not 0,00; a targeted indicator keeps its figure", () => {
    const table = capaianTable("iku", "Capaian", figures, scale, "TW II");
    const cells = table.rows.map((r) => r.cells.map((c) => c.text));
    // Target tahunan | Target s.d. TW II | Realisasi s.d. TW II | Capaian s.d. TW II | Kriteria | thd tahunan
    expect(cells[0].slice(4)).toEqual(["2", "–", "0", "–", "–", "–"]);
    expect(cells[1].slice(4)).toEqual(["2", "1", "1", "100,00", "Sangat Tinggi", "50,00"]);
  });

  it("draws the untargeted quarter grey and without a bar, the rated one in its kriteria colour", () => {
    const chart = capaianChart("grafik-capaian", "Capaian", figures, scale, (f) => ({
      capaian: capaianTahunanShown(f),
      kriteria: f.kriteria,
    }));
    const red = scale.bands.find((b) => b.label === "Sangat Rendah")?.background;
    expect(chart.barColors).toEqual([
      "#9e9e9e",
      scale.bands.find((b) => b.label === "Sangat Tinggi")?.background,
    ]);
    expect(chart.barColors).not.toContain(red);
    expect(chart.series[0].values).toEqual([null, 50]);
  });
});
