/**
 * "Simpan .xlsx untuk Excel" of `npm start` on a plan with a qualitative target ("Zona Hijau",
 * "WTP"): the file computes the capaian CAPAIAN computes in Sheets, as `sakip triwulan`'s file does
 * with the row's hidden "Skala …" cells (src/core/standard-kualitatif.ts), never "Bukan angka: pakai
 * add-on". The saved file is opened by the emulator's loader, which computes every formula.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../src/app/port";
import { generateTriwulan } from "../../src/app/triwulan";
import { emulatedPort } from "../../src/emulator/session";
import { loadXlsx, xlsxBuffer } from "../../src/emulator/xlsx";
import { standardExport } from "../../src/local/export";
import { binapentaWorkbook } from "../utils/binapenta";
import { evaluationRows } from "../utils/evaluasi";

const ZONA = "Predikat Zona Integritas";
const COLUMNS = ["Capaian TW #", "Capaian s.d. TW #", "Capaian thd target tahunan", "Kriteria"];
const OPINI = { G10: "WTP", H10: "WTP", I10: "WTP", J10: "WTP", K10: "WTP", V10: "WDP", W10: "Opini WTP" };
/** The same row with a range target (trial 4 #10): Zona realisasi replaced by numbers, 85 inside, 92 above. */
const RENTANG = {
  G10: "80 s.d. 90",
  H10: "80–90",
  I10: "80–90",
  J10: "80–90",
  K10: "80–90",
  V10: 85,
  W10: 92,
};

describe.each([
  ["Zona Kuning, then Zona Hijau", {}, [66.67, 100]],
  ["WTP target, WDP then 'Opini WTP'", OPINI, [75, 100]],
  ["a range target 80–90, 85 then 92", RENTANG, [100, 102.22]],
] as const)("%s", (_, cells, expected) => {
  for (const tw of [1, 2] as const) {
    it(`TW ${tw}: the file for Excel computes what CAPAIAN computes in the grid`, async () => {
      const wb = binapentaWorkbook(cells);
      const { port } = emulatedPort(wb);
      const { tab } = generateTriwulan(port, { tw });
      const zona = (p: typeof port) => {
        const row = evaluationRows(p, tab).find((r) => r.Indikator === ZONA) as Record<string, CellValue>;
        return COLUMNS.map((h) => {
          const key = Object.keys(row).find((k) => k.startsWith(h.replace("#", tw === 1 ? "I" : "II")));
          const v = row[key ?? ""];
          return typeof v === "number" ? Number(v.toFixed(2)) : v;
        });
      };
      const inGrid = zona(port);
      expect(inGrid[0]).toBe(expected[tw - 1]);
      const saved = await loadXlsx(await xlsxBuffer(wb, { rewrite: standardExport(wb) }));
      const inFile = zona(emulatedPort(saved).port);
      expect(inFile).toEqual(inGrid);
      expect(inFile.join(" ")).not.toMatch(/Bukan angka/);
    });
  }
});
