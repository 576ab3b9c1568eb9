/**
 * The evaluation tab's reading of numbers as people type them, in formulas every engine has
 * (src/core/evaluasi-formulas.ts): "1 UPT" is 1, "-" is nothing, "4.40" is refused rather than
 * read as 440; the formula (HyperFormula, LibreOffice) and its TypeScript twin agree. As in the
 * tab, each typed cell is read once in two helper cells (its first word, its number) and the sum
 * refers to the number cells.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { capaian } from "../../src/core/capaian";
import {
  blankValue,
  moneyWord,
  readNumber,
  sheetNumber,
  sheetSum,
  sum,
  TEXT_IN_SUM,
} from "../../src/core/evaluasi-formulas";
import { parseNumber } from "../../src/core/numbers";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { saveXlsx } from "../../src/emulator/xlsx";
import { CSV_ALL_SHEETS, convert, onCi, parseCsv, soffice, warnWithoutSoffice } from "../utils/libreoffice";

/**
 * The workbook with the texts in column A (as text, as an .xlsx or an apostrophe keeps them), in B
 * the first word as the tab reads a cell that held text when it was built (`moneyWord`), in C the number, in D the sum of C with E, a blank helper cell as TW I before it.
 */
function workbookOf(typed: string[]): MemoryWorkbook {
  const wb = new MemoryWorkbook({ name: "angka" });
  const tab = wb.addTab("Angka");
  wb.write(
    tab,
    1,
    1,
    typed.map((t, i) => [
      t,
      { formula: `=${moneyWord(`A${i + 1}`)}` },
      { formula: `=${readNumber(`A${i + 1}`, `B${i + 1}`)}` },
      { formula: `=${sum([`E${i + 1}`, `F${i + 1}`])}` },
      { formula: '=""' },
      { formula: `=C${i + 1}` },
    ]),
  );
  return wb;
}

/** What the formulas give for each typed text, in the emulator (one formula per row). */
function inEmulator(typed: string[]): { stored: unknown[]; read: unknown[]; summed: unknown[] } {
  const wb = workbookOf(typed);
  const values = wb.values(wb.getTab("Angka"), { row: 1, col: 1, rows: typed.length, cols: 4 });
  return { stored: values.map((r) => r[0]), read: values.map((r) => r[2]), summed: values.map((r) => r[3]) };
}

const id = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });
/** A number as an Indonesian office types it: "1.234,5", "63,57", "2". */
const idNumber = fc
  .tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 99 }), fc.boolean())
  .map(([whole, cents, decimals]) => (decimals ? whole + cents / 100 : whole));
const unit = fc.constantFrom("UPT", "dokumen", "orang", "unit", "ha", "kali", "%", "Dokumen Perencanaan");

describe("a realisasi typed with its unit", () => {
  it("reads as the number CAPAIAN reads, in the formula and in its twin (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(idNumber, unit), { minLength: 1, maxLength: 30 }), (pairs) => {
        const typed = pairs.map(([n, u]) => `${id.format(n)} ${u}`);
        const { stored, read } = inEmulator(typed);
        pairs.forEach(([n], i) => {
          const parsed = parseNumber(typed[i]);
          expect(parsed.kind === "number" && parsed.value).toBeCloseTo(n, 9);
          expect(read[i]).toBeCloseTo(n, 9);
          expect(sheetNumber(stored[i])).toBeCloseTo(n, 9);
          // CAPAIAN of the tab's number is CAPAIAN of what was typed: 150 against "1 UPT" is 0,67.
          const a = capaian(150, typed[i]);
          const b = capaian(150, read[i] as number);
          expect(a.kind === "value" && b.kind === "value" && Math.abs(a.value - b.value) < 1e-9).toBe(true);
        });
      }),
      { numRuns: 25 },
    );
  });

  it("golden cases: 1 UPT, 63,57 %, 1.852.283.616, 89,335,000, and dashes for nothing", () => {
    const typed = ["1 UPT", "63,57 %", "1.852.283.616", "89,335,000", "-", "--", "–", " ", "6,535", "0,5 ha"];
    const { read, summed } = inEmulator(typed);
    expect(read).toEqual([1, 63.57, 1852283616, 89335000, "", "", "", "", 6.535, 0.5]);
    expect(summed).toEqual([1, 63.57, 1852283616, 89335000, "", "", "", "", 6.535, 0.5]);
    expect(typed.map((t) => sheetNumber(t))).toEqual(read);
    expect(["-", "--", "–", "—", " - "].every(blankValue)).toBe(true);
  });

  it("reads a dot decimal and a % after the number as CAPAIAN does: 4.05, 4.40, 61,68%, 95%, 0.950", () => {
    // The trial's "61,68%" and "4.05" (issue 18): 61,68 and 4,05 in the tab, as in CAPAIAN and Periksa.
    const typed = ["61,68%", "4.05", "4.40", "95%", "0.950", ".5", "1.2345", "6.535", "63,57 % x"];
    const { read } = inEmulator(typed);
    expect(read).toEqual([61.68, 4.05, 4.4, 95, 0.95, 0.5, 1.2345, 6535, 63.57]);
    expect(typed.map((t) => sheetNumber(t))).toEqual(read);
    for (const t of typed) {
      const parsed = parseNumber(t);
      expect([t, parsed.kind === "number" && parsed.value]).toEqual([t, read[typed.indexOf(t)]]);
    }
  });

  it("reads text money as offices type it: Rp 1.450.000.000,00, Rp. 82.476.650, . 6.535.000 (trial 6 #2)", () => {
    const typed = [
      "Rp 1.450.000.000,00",
      "Rp. 82.476.650",
      ". 6.535.000",
      "Rp5.000",
      "rp 5.000",
      " 12",
      ".5",
    ];
    const { read, summed } = inEmulator(typed);
    expect(read).toEqual([1_450_000_000, 82_476_650, 6_535_000, 5000, 5000, 12, 0.5]);
    expect(summed).toEqual(read);
    expect(typed.map((t) => sheetNumber(t))).toEqual(read);
  });

  it("refuses what it cannot read the way a person meant it, never a wrong number", () => {
    // "1.23.456" is no number; "3-4" is not a date; words are no number.
    const typed = ["1.23.456", "3-4", "dua", "Zona Hijau", "Rp", "5%%", "IDR 5.000"];
    const { read, summed } = inEmulator(typed);
    expect(read).toEqual(typed);
    expect(summed).toEqual(typed.map(() => TEXT_IN_SUM));
    expect(typed.map((t) => sheetNumber(t))).toEqual(typed.map(() => null));
  });

  it("agrees with its twin on any text (property)", () => {
    const piece = fc.constantFrom("1", "23", "456", ".", ",", " ", "-", "%", "e", "UPT", "Rp", "0", "7");
    fc.assert(
      fc.property(
        fc.array(fc.array(piece, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 40 }),
        (xs) => {
          const typed = xs.map((p) => p.join(""));
          const { stored, read, summed } = inEmulator(typed);
          stored.forEach((s, i) => {
            const twin = sheetNumber(s);
            const expected = twin === null ? s : twin;
            if (typeof expected === "number") expect(read[i]).toBeCloseTo(expected, 9);
            else expect(read[i]).toEqual(expected);
            const total = sheetSum(["", s]);
            if (typeof total === "number") expect(summed[i]).toBeCloseTo(total, 9);
            else expect(summed[i]).toEqual(total);
          });
        },
      ),
      { numRuns: 20 },
    );
  });
});

const dir = mkdtempSync(join(tmpdir(), "sakip-angka-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!soffice && !onCi)("the same formulas in LibreOffice Calc", () => {
  it("read 1 UPT as 1, '-' as nothing, 4.40 and 61,68% as 4,4 and 61,68, as the emulator does", async () => {
    warnWithoutSoffice("Angka teks di LibreOffice", "libreoffice-calc-nogui");
    const typed = [
      "1 UPT",
      "63,57 %",
      "1.852.283.616",
      "89,335,000",
      "-",
      "6,535",
      "0,5 ha",
      "4.40",
      "61,68%",
      "0.950",
      "1.23.456",
      "3-4",
      "dua",
      "Rp 1.450.000.000,00",
      "Rp. 82.476.650",
      ". 6.535.000",
      ".5",
    ];
    const wb = workbookOf(typed);
    const file = join(dir, "angka.xlsx");
    await saveXlsx(wb, file);
    convert([file], CSV_ALL_SHEETS, join(dir, "csv"), join(dir, "profile"), { recalc: true });
    const rows = parseCsv(readFileSync(join(dir, "csv", "angka-Angka.csv"), "utf8"));
    const { read, summed } = inEmulator(typed);
    rows.slice(0, typed.length).forEach((r, i) => {
      for (const [col, emu] of [
        [2, read[i]],
        [3, summed[i]],
      ] as const) {
        if (typeof emu === "number") expect(Number(r[col])).toBeCloseTo(emu, 9);
        else expect(r[col]).toBe(String(emu));
      }
    });
  });
});
