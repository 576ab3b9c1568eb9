/**
 * A range of zero width at 0 ("0–0,000", "0 - 0") with realisasi 0: CAPAIAN gives 100 (inside the
 * range), so the file for Excel / LibreOffice gives 100 too — it said "Bukan angka: pakai add-on".
 * One answer everywhere (note6 "Left"; review 6-c).
 */
import { expect, it } from "vitest";
import { capaian } from "../../src/core/capaian";
import type { CellValue } from "../../src/core/cells";
import { evaluasiColumn, RANGE_ROW } from "../../src/core/evaluasi";
import { arahPolaritas, readNumber } from "../../src/core/evaluasi-formulas";
import { SCALES } from "../../src/core/kriteria";
import { standardRowFormulas } from "../../src/core/standard-kualitatif";
import { MemoryWorkbook } from "../../src/emulator/workbook";

const TAB = "Evaluasi TW I 2024";
const num = (letter: string) => [...letter].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

function capaianOf(cases: [string, number, string][]): CellValue[] {
  const wb = new MemoryWorkbook({ name: "rentang" });
  const tab = wb.addTab(TAB);
  cases.forEach(([target, realisasi, polaritas], i) => {
    const row = 6 + i;
    const put = (id: string, v: CellValue | { formula: string }) =>
      wb.write(tab, row, num(evaluasiColumn(id)), [[v]]);
    put("indikator", "Jumlah kasus kematian ibu");
    put("polaritas", polaritas);
    put("arah", { formula: `=${arahPolaritas(`${evaluasiColumn("polaritas")}${row}`)}` });
    wb.write(tab, row, num("DA"), [[target]]);
    put("targetTw", { formula: `=${readNumber(`DA${row}`, `DA${row}`)}` });
    put("realisasiTw", realisasi);
    const formulas = standardRowFormulas(row, SCALES.permendagri86, RANGE_ROW);
    for (const id of ["Skala:targetTw", "capaianTw"]) put(id, { formula: formulas[id] });
  });
  const col = num(evaluasiColumn("capaianTw"));
  return wb.values(wb.getTab(TAB), { row: 6, col, rows: cases.length, cols: 1 }).map((r) => r[0]);
}

it("0–0,000 with realisasi 0 is 100 in the Excel-formula file, as CAPAIAN computes it", () => {
  const cases: [string, number, string][] = [
    ["0–0,000", 0, "positif"],
    ["0 - 0", 0, "negatif"],
    ["0–0,000", 0, "negatif"],
  ];
  const sheets = cases.map(([t, r, p]) => capaian(t, r, { polaritas: p }));
  expect(sheets.map((c) => c.kind === "value" && c.value)).toEqual([100, 100, 100]);
  expect(capaianOf(cases)).toEqual([100, 100, 100]);
});

it("every zero-width range at 0 as offices type it gives CAPAIAN's answer in the file: 100 for 0, no number above it", () => {
  const zeros = ["0", "0,0", "0.0", ".0", "0,000", "0.000", "0.00", "0%"];
  const words = ["–", " - ", " s.d. "];
  const cases: [string, number, string][] = [];
  for (const a of zeros)
    for (const w of words)
      for (const b of zeros)
        for (const r of [0, 0.5])
          cases.push([`${a}${w}${b}`, r, r ? "negatif" : a.length % 2 ? "positif" : "negatif"]);
  const got = capaianOf(cases);
  cases.forEach(([t, r, p], i) => {
    const c = capaian(t, r, { polaritas: p });
    expect([t, r, p, got[i]]).toEqual([t, r, p, c.kind === "value" ? c.value : expect.any(String)]);
  });
});
