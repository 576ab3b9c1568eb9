/**
 * Trial 6 #12: a negative kumulatif indicator ("Insiden kasus DBD per 100.000 penduduk", a ceiling of
 * 50 cases a year, TW 12/13/13/12, 15 + 9 = 24 cases by TW II) showed "Capaian thd target tahunan"
 * 152 = (2·50 − 24)/50: half a year's cases against the year's ceiling, read as the year's target
 * beaten by half. Before TW IV that figure is "dinilai di akhir tahun" in the evaluation tab (Sheets
 * and Excel formulas), the LAKIP's table and its sentence, which says why; the capaian s.d. TW II
 * (104 = (2·25 − 24)/25) is unchanged, a positive kumulatif row still shows its progress (63/120 =
 * 52,5) and at TW IV the year's figure is computed. Where its realisasi s.d. TW is not reported
 * (review 7), it says "belum diisi", not "dinilai di akhir tahun" (which reads as nothing to do).
 */
import { describe, expect, it } from "vitest";
import { laporanDocument, laporanInput } from "../../src/app/laporan";
import { generateTriwulan } from "../../src/app/triwulan";
import type { CellValue } from "../../src/core/cells";
import { addOnComputed } from "../../src/core/computed-cells";
import { evaluasiTabName } from "../../src/core/evaluasi";
import { SCALES } from "../../src/core/kriteria";
import type { ReportTable } from "../../src/core/report/model";
import { capaianSentence } from "../../src/core/report/narrative";
import { standardRowFormulas } from "../../src/core/standard-kualitatif";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

const HEADER = [
  "No",
  "Indikator",
  "Satuan",
  "Polaritas",
  "Target Tahunan",
  ...["I", "II", "III", "IV"].map((t) => `Target TW ${t}`),
  ...["I", "II", "III", "IV"].map((t) => `Realisasi TW ${t}`),
];
// Trial 6's dinkes2.xlsx rows: DBD (negatif, kumulatif by its targets), posyandu (positif, kumulatif).
const DBD: CellValue[] = [
  1,
  "Insiden kasus DBD per 100.000 penduduk",
  "kasus",
  "negatif",
  50,
  12,
  13,
  13,
  12,
  15,
  9,
  8,
  10,
];
const POSYANDU: CellValue[] = [
  2,
  "Jumlah posyandu aktif",
  "posyandu",
  "positif",
  120,
  30,
  30,
  30,
  30,
  28,
  35,
  30,
  30,
];

function evaluation(tw: 2 | 4, standard: boolean, dbd = DBD) {
  const wb = new MemoryWorkbook();
  wb.write(wb.addTab("P2P"), 1, 1, [["RENCANA AKSI BIDANG P2P TAHUN 2026"], [""], HEADER, dbd, POSYANDU]);
  const { port } = emulatedPort(wb);
  generateTriwulan(port, { tw, ...(standard ? { standard: standardRowFormulas } : {}) });
  const tab = port.read(evaluasiTabName(tw, "2026"), { formulas: true });
  const col = (h: string) => tab.values[4].findIndex((x) => String(x).startsWith(h));
  const rows = tab.values.slice(5).filter((r) => typeof r[0] === "number");
  return { port, tab, rows, col };
}

describe("a negative kumulatif indicator's capaian against the annual target", () => {
  it.each([
    ["Sheets", false],
    ["Excel", true],
  ])(
    "%s TW II: 'dinilai di akhir tahun', not 152; s.d. TW II 104; posyandu 52,5; the tab says why",
    (_, standard) => {
      const { tab, rows, col } = evaluation(2, standard);
      const tahunan = col("Capaian thd target tahunan");
      expect(rows[0][tahunan]).toBe("dinilai di akhir tahun");
      expect(rows[0][col("Capaian s.d. TW II")]).toBeCloseTo(104, 9);
      expect(rows[1][tahunan]).toBeCloseTo(52.5, 9);
      expect(String(tab.values[2][0])).toContain(
        "“dinilai di akhir tahun”: capaian thd target tahunan indikator kumulatif yang makin rendah makin baik dinilai setelah TW IV",
      );
      // The review record still knows the column as the add-on's own computation.
      expect([...addOnComputed(tab, SCALES.permendagri86).columns.values()]).toContain("capaianTahunan");
    },
  );

  it.each([
    ["Sheets", false],
    ["Excel", true],
  ])(
    "%s TW II without its TW II cases reported: 'belum diisi', as its kriteria; still the add-on's formula",
    (_, standard) => {
      const { tab, rows, col } = evaluation(2, standard, [...DBD.slice(0, 10), "", "", ""]);
      expect(rows[0][col("Capaian thd target tahunan")]).toBe("belum diisi");
      expect(rows[0][col("Kriteria")]).toBe("belum diisi");
      expect([...addOnComputed(tab, SCALES.permendagri86).columns.values()]).toContain("capaianTahunan");
    },
  );

  it.each([
    ["Sheets", false],
    ["Excel", true],
  ])(
    "%s: the formula of the version before ('dinilai di akhir tahun' whatever was reported) is still the add-on's own",
    (_, standard) => {
      const { tab, col } = evaluation(2, standard);
      const c = col("Capaian thd target tahunan");
      const before = (f: string) =>
        f.replace(/IF\(([A-Z]+\d+(:[A-Z]+\d+)?)="","belum diisi",("dinilai di akhir tahun")\)/, "$3");
      const formulas = tab.formulas.map((r) => r.map((f, i) => (i === c && f ? before(f) : f)));
      expect(formulas.flat().filter((f) => f.includes('"belum diisi","dinilai'))).toEqual([]);
      expect(formulas.flat().some((f) => f.includes('"dinilai di akhir tahun"'))).toBe(true);
      const computed = addOnComputed({ ...tab, formulas }, SCALES.permendagri86);
      expect([...computed.columns.values()]).toContain("capaianTahunan");
    },
  );

  it.each([
    ["Sheets", false],
    ["Excel", true],
  ])("%s TW IV: the year's cases 42 against 50 → (100 − 42)/50 = 116", (_, standard) => {
    const { rows, col } = evaluation(4, standard);
    expect(rows[0][col("Capaian thd target tahunan")]).toBeCloseTo(116, 9);
  });

  it("the LAKIP TW II prints it in its table and says why in the sentence", () => {
    const { port } = evaluation(2, false);
    const f = laporanInput(port, { tw: 2 }).figures[0];
    expect(f.capaianTahunan).toBe("dinilai di akhir tahun");
    expect(capaianSentence(f, "Triwulan II Tahun 2026")).toEqual({
      text: "Capaian Insiden kasus DBD per 100.000 penduduk pada Triwulan II Tahun 2026 yaitu 24 kasus dari target s.d. triwulan ini 25 kasus atau dengan tingkat capaian 104,00 % (Sangat Tinggi). Capaian terhadap target tahunan (50 kasus) dinilai di akhir tahun: indikator ini makin rendah makin baik dan realisasinya dijumlah per triwulan, sehingga jumlah sebagian tahun belum sebanding dengan batas setahun.",
      placeholder: false,
    });
    const doc = laporanDocument(port, { tw: 2 });
    const cells = doc.blocks
      .filter((b): b is ReportTable => b.kind === "table")
      .flatMap((t) => t.rows.filter((r) => r.cells.some((c) => c.text.startsWith("Insiden kasus DBD"))))
      .map((r) => r.cells.map((c) => c.text));
    expect(cells.some((r) => r.includes("dinilai di akhir tahun"))).toBe(true);
    expect(cells.flat()).not.toContain("152,00");
  });
});
