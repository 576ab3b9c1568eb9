/**
 * Trial 6 #21: "nihil" typed as a realisasi (DBD cases TW II: none) is 0, the way a person reads it, in
 * the evaluation tab (Sheets and Excel formulas), Periksa and the report; "Nihil" and "nol" too. "-"
 * and "--" stay nothing (DOMAIN "Numbers as people type them"). The trial saw "Ada angka tersimpan
 * sebagai teks", "Bukan angka: pakai add-on" and a Periksa galat "bukan angka".
 */
import { describe, expect, it } from "vitest";
import { laporanInput } from "../../src/app/laporan";
import { periksa } from "../../src/app/periksa";
import { generateTriwulan } from "../../src/app/triwulan";
import type { CellValue } from "../../src/core/cells";
import { evaluasiTabName } from "../../src/core/evaluasi";
import { sheetNumber } from "../../src/core/evaluasi-formulas";
import { parseNumber } from "../../src/core/numbers";
import { standardFormulas } from "../../src/core/standard";
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
/** Trial 6's dinkes5 'P2P' row 9: a negative kumulatif ceiling of 50 cases, 15 in TW I, "nihil" in TW II. */
const dbd = (no: number, tw2: CellValue): CellValue[] => [
  no,
  `Insiden kasus DBD per 100.000 penduduk (${no})`,
  "kasus",
  "negatif",
  50,
  12,
  13,
  13,
  12,
  15,
  tw2,
  "",
  "",
];
const TYPED = ["nihil", "Nihil", " NOL ", "-", "--"];

function evaluation(standard: boolean) {
  const wb = new MemoryWorkbook();
  wb.write(wb.addTab("P2P"), 1, 1, [
    ["RENCANA AKSI BIDANG P2P TAHUN 2026"],
    [""],
    HEADER,
    ...TYPED.map((t, i) => dbd(i + 1, t)),
  ]);
  const { port } = emulatedPort(wb);
  generateTriwulan(port, { tw: 2, ...(standard ? { standard: standardFormulas } : {}) });
  const values = port.read(evaluasiTabName(2, "2026")).values;
  const col = (h: string) => values[4].indexOf(h);
  const rows = values.slice(5).filter((r) => typeof r[0] === "number");
  return { port, rows, col };
}

describe('"nihil" typed as a realisasi', () => {
  it.each([
    ["Sheets", false],
    ["Excel", true],
  ])("%s: is 0 — s.d. TW II 15 + 0 = 15, capaian (50 − 15) / 25 = 140; a dash stays empty", (_, standard) => {
    const { rows, col } = evaluation(standard);
    expect(rows.map((r) => r[col("Realisasi s.d. TW II")])).toEqual([15, 15, 15, "", ""]);
    const capaian = rows.map((r) => r[col("Capaian s.d. TW II (%)")]);
    for (const c of capaian.slice(0, 3)) expect(c).toBeCloseTo(140, 9);
    expect(rows.slice(3).map((r) => r[col("Kriteria")])).toEqual(["belum diisi", "belum diisi"]);
  });

  it("the checks, CAPAIAN's reader and the reports read it the same way", () => {
    expect(TYPED.map((t) => sheetNumber(t))).toEqual([0, 0, 0, "", ""]);
    expect(TYPED.map((t) => parseNumber(t).kind)).toEqual(["number", "number", "number", "empty", "empty"]);
    const { port } = evaluation(false);
    const found = periksa(port, { tw: 2, writeReport: false }).findings;
    // No galat "bukan angka": an info says the text is counted as 0.
    const said = found.filter((f) => /nihil|NOL/.test(f.message));
    expect(said.map((f) => f.severity)).toEqual(["info"]);
    expect(said[0].message).toContain('"nihil", yang dihitung sebagai 0.');
    const figures = laporanInput(port, { tw: 2 }).figures;
    expect(figures.map((f) => f.realisasiSd)).toEqual([15, 15, 15, "", ""]);
    expect(figures.slice(0, 3).every((f) => f.capaianSd === 140)).toBe(true);
  });
});
