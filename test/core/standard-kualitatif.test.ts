/**
 * The standard (Excel / LibreOffice) capaian of a row with a qualitative target reads each value's
 * scale word as CAPAIAN does (issue 18, trial 3 item 6): its hidden "Skala …" cells (`scaleCode`) over
 * the values as the tab reads them from the plan (`readNumber`)
 * hold the value of CAPAIAN's own tables, so the capaian is the same number, or not a number in both,
 * for any text made of scale words, other words, digits, commas, dots and spaces; in LibreOffice too.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { capaian, QUALITATIVE } from "../../src/core/capaian";
import type { CellValue } from "../../src/core/cells";
import { evaluasiColumn } from "../../src/core/evaluasi";
import { arahPolaritas, firstWord, readNumber } from "../../src/core/evaluasi-formulas";
import { SCALES } from "../../src/core/kriteria";
import { standardRowFormulas } from "../../src/core/standard-kualitatif";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { saveXlsx } from "../../src/emulator/xlsx";
import { CSV_ALL_SHEETS, convert, onCi, parseCsv, soffice, warnWithoutSoffice } from "../utils/libreoffice";

const TAB = "Evaluasi TW I 2024";
const num = (letter: string) => [...letter].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** One evaluation row per pair (sheet row 6 on): target and realisasi TW, their Skala cells, the capaian. */
function workbookOf(pairs: [CellValue, CellValue][]): MemoryWorkbook {
  const wb = new MemoryWorkbook({ name: "kualitatif" });
  const tab = wb.addTab(TAB);
  pairs.forEach(([target, realisasi], i) => {
    const row = 6 + i;
    const put = (id: string, v: CellValue | { formula: string }) =>
      wb.write(tab, row, num(evaluasiColumn(id)), [[v]]);
    put("indikator", "Predikat Zona Integritas");
    put("polaritas", "positif");
    put("arah", { formula: `=${arahPolaritas(`${evaluasiColumn("polaritas")}${row}`)}` });
    // As the tab reads a plan cell: typed in DA (DB), its first word in DC (DD), its number (readNumber).
    [target, realisasi].forEach((typed, k) => {
      const [at, first] = [
        ["DA", "DC"],
        ["DB", "DD"],
      ][k];
      wb.write(tab, row, num(at), [[typed]]);
      wb.write(tab, row, num(first), [[{ formula: `=${firstWord(`${at}${row}`)}` }]]);
      put(k ? "realisasiTw" : "targetTw", { formula: `=${readNumber(`${at}${row}`, `${first}${row}`)}` });
    });
    const formulas = standardRowFormulas(row, SCALES.permendagri86, true);
    for (const id of ["Skala:targetTw", "Skala:realisasiTw", "capaianTw"]) put(id, { formula: formulas[id] });
  });
  return wb;
}

const capaianColumn = (wb: MemoryWorkbook, n: number) => {
  const col = num(evaluasiColumn("capaianTw"));
  return wb.values(wb.getTab(TAB), { row: 6, col, rows: n, cols: 1 }).map((r) => r[0]);
};

/** CAPAIAN of the pair, as the Sheets tab and the report compute it: the number, or null. */
function sheets(target: CellValue, realisasi: CellValue): number | null {
  const c = capaian(target, realisasi);
  return c.kind === "value" ? c.value : null;
}

const scaleWords = QUALITATIVE.flatMap((t) => [...t.scores.keys()]);
const word = fc.oneof(
  fc.constantFrom(...scaleWords),
  fc.constantFrom(...scaleWords.map((w) => w.toUpperCase())),
  fc.constantFrom("Zona", "Terbaik", "2", "Opini", "menuju", "Predikat", "tahun", "2023", "x"),
);
const sep = fc.constantFrom(" ", "  ", ", ", ". ", ",", ".");
// Text starting with a digit is a number with its unit for the tab and CAPAIAN alike (1 UPT): not here.
const text = fc
  .tuple(fc.array(fc.tuple(word, sep), { maxLength: 3 }), word)
  .map(([pairs, last]) => `${pairs.map(([w, s]) => w + s).join("")}${last}`)
  .filter((t) => !/^\d/.test(t));

describe("standard capaian of a qualitative target", () => {
  it("golden rows: Zona Hijau 100, Zona Kuning 66,67, Zona Hijau Terbaik 2 100, WDP against WTP 75", () => {
    const pairs: [CellValue, CellValue][] = [
      ["Zona Hijau", "Zona Hijau"],
      ["Zona Hijau", "Zona Kuning"],
      ["Zona Hijau", "Zona Hijau Terbaik 2"],
      ["WTP", "WDP"],
      ["WTP", "Opini WTP (2023)"],
      ["A", "BB"],
      ["Zona Hijau", "Hijau menuju Kuning"],
      ["Zona Hijau", "WTP"],
      ["Zona Hijau", 3],
    ];
    const got = capaianColumn(workbookOf(pairs), pairs.length);
    expect(got.map((v) => (typeof v === "number" ? Number(v.toFixed(2)) : "bukan angka"))).toEqual([
      100,
      66.67,
      100,
      75,
      100,
      83.33,
      "bukan angka",
      "bukan angka",
      "bukan angka",
    ]);
  });

  it("is CAPAIAN's number, or no number in both, for any such text (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 20 }), (pairs) => {
        const got = capaianColumn(workbookOf(pairs), pairs.length);
        pairs.forEach(([t, r], i) => {
          const expected = sheets(t, r);
          if (expected === null) expect([t, r, typeof got[i]]).toEqual([t, r, "string"]);
          else expect([t, r, got[i]]).toEqual([t, r, expected]);
        });
      }),
      { numRuns: 15 },
    );
  });
});

const dir = mkdtempSync(join(tmpdir(), "sakip-kualitatif-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!soffice && !onCi)("the same formulas in LibreOffice Calc", () => {
  it("give 100, 66,67, 100 and 75, as the emulator and CAPAIAN", async () => {
    warnWithoutSoffice("Target kualitatif di LibreOffice", "libreoffice-calc-nogui");
    const pairs: [CellValue, CellValue][] = [
      ["Zona Hijau", "Zona Hijau"],
      ["Zona Hijau", "Zona Kuning"],
      ["Zona Hijau", "Zona Hijau Terbaik 2"],
      ["WTP", "WDP"],
      ["Zona Hijau", "Hijau menuju Kuning"],
    ];
    const file = join(dir, "kualitatif.xlsx");
    await saveXlsx(workbookOf(pairs), file);
    convert([file], CSV_ALL_SHEETS, join(dir, "csv"), join(dir, "profile"), { recalc: true });
    const rows = parseCsv(readFileSync(join(dir, "csv", `kualitatif-${TAB}.csv`), "utf8"));
    const col = num(evaluasiColumn("capaianTw")) - 1;
    const got = rows.slice(5, 5 + pairs.length).map((r) => r[col]);
    expect(got.slice(0, 4).map((v) => Number(Number(v).toFixed(2)))).toEqual([100, 66.67, 100, 75]);
    expect(Number.isNaN(Number(got[4]))).toBe(true);
  });
});
