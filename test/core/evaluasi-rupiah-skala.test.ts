/**
 * Rupiah typed with a scale word (trial 7 #3): "18,2 jt" in a Realisasi Anggaran cell is 18.200.000.
 * The evaluation tab read its first word, 18,2, and added it: "Realisasi anggaran s.d. TW II"
 * 15.000.018,2 and the Ringkasan with it, while Periksa knew the meaning. Now a rupiah cell that held
 * text or nothing when the tab was built reads the scale ("jt", "juta", "M", "miliar", "T", "rb"),
 * and any other word after a rupiah figure leaves it unread ("Ada angka tersimpan sebagai teks"),
 * never a figure that looks computed; the formula (HyperFormula, LibreOffice) and its twin agree.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
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

/** A: the typed text; B its word (`moneyWord`); C its number as a rupiah cell; D the sum with a blank TW before it. */
function workbookOf(typed: string[]): MemoryWorkbook {
  const wb = new MemoryWorkbook({ name: "rupiah" });
  const tab = wb.addTab("Rupiah");
  wb.write(
    tab,
    1,
    1,
    typed.map((t, i) => [
      t,
      { formula: `=${moneyWord(`A${i + 1}`)}` },
      { formula: `=${readNumber(`A${i + 1}`, `B${i + 1}`, undefined, true)}` },
      { formula: `=${sum([`E${i + 1}`, `F${i + 1}`])}` },
      { formula: '=""' },
      { formula: `=C${i + 1}` },
    ]),
  );
  return wb;
}

function inEmulator(typed: string[]): { read: unknown[]; summed: unknown[] } {
  const wb = workbookOf(typed);
  const values = wb.values(wb.getTab("Rupiah"), { row: 1, col: 1, rows: typed.length, cols: 4 });
  return { read: values.map((r) => r[2]), summed: values.map((r) => r[3]) };
}

const SCALED: [string, number][] = [
  ["18,2 jt", 18_200_000],
  ["18,2 Jt", 18_200_000],
  ["1,45 M", 1_450_000_000],
  ["Rp 1,45 miliar", 1_450_000_000],
  ["Rp. 2 juta", 2_000_000],
  ["7,3 T", 7_300_000_000_000],
  ["500 rb", 500_000],
  ["1.500.000 rupiah", 1_500_000],
  ["Rp 15.000.000", 15_000_000],
  // A remark in brackets after the figure (trial 8): left out, as Periksa reads the cell.
  ["Rp 250.000.000 (DAK)", 250_000_000],
  ["5.000.000 (TW I)", 5_000_000],
  ["18,2 jt (DAK)", 18_200_000],
  ["Rp. 1.500.000 ( Dana Alokasi Khusus ) ", 1_500_000],
  // ",-" after rupiah, as offices write it (trial 8 #4).
  ["850.000.000,-", 850_000_000],
  ["Rp. 8.672.399.000,-", 8_672_399_000],
  ["850.000.000,- (DAK)", 850_000_000],
];

describe("a rupiah figure typed with a scale word", () => {
  it("reads 18,2 jt as 18.200.000 in the tab's formula and its twin, as Periksa reads it", () => {
    const typed = SCALED.map(([t]) => t);
    const { read, summed } = inEmulator(typed);
    SCALED.forEach(([t, n], i) => {
      expect(read[i]).toBeCloseTo(n, 6);
      expect(summed[i]).toBeCloseTo(n, 6);
      expect(sheetNumber(t, true)).toBeCloseTo(n, 6);
      const parsed = parseNumber(t);
      expect(parsed.kind === "number" && parsed.value).toBeCloseTo(n, 6);
    });
    // 15.000.000 in TW I and "18,2 jt" in TW II: 33.200.000, not 15.000.018,2.
    expect(sheetSum([15_000_000, "18,2 jt"], true)).toBe(33_200_000);
  });

  it("reads each scale word Periksa reads as Periksa does, in any case (a single letter in capitals)", () => {
    // One vocabulary (numbers.ts SCALE_WORDS): "18,2 JUTA" was 18.200.000 for Periksa and unread by
    // the tab, so Periksa named the cell as one the tab cannot read.
    const words: [string, number][] = [
      ["rupiah", 1],
      ["RUPIAH", 1],
      ["rb", 1e3],
      ["RIBU", 1e3],
      ["Ribu", 1e3],
      ["JUTA", 1e6],
      ["Jt", 1e6],
      ["miliar", 1e9],
      ["MILIAR", 1e9],
      ["Milyar", 1e9],
      ["MILYAR", 1e9],
      ["M", 1e9],
      ["TRILIUN", 1e12],
      ["T", 1e12],
      ["jUTA", 1e6],
      ["MiLiAr", 1e9],
    ];
    const typed = words.map(([w]) => `Rp 18,2 ${w}`);
    const { read } = inEmulator(typed);
    words.forEach(([, by], i) => {
      const parsed = parseNumber(typed[i]);
      expect(parsed.kind === "number" && parsed.value, typed[i]).toBeCloseTo(18.2 * by, 6);
      expect(sheetNumber(typed[i], true), typed[i]).toBeCloseTo(18.2 * by, 6);
      expect(read[i], typed[i]).toBeCloseTo(18.2 * by, 6);
    });
  });

  it("leaves any other word after a rupiah figure unread: the sum says so, no figure", () => {
    const typed = ["18,2 JUTAAN", "1,5 m", "18,2 juta rupiah", "5.000.000 TW I", "18,2jt", "7,3T"];
    const { read, summed } = inEmulator(typed);
    expect(read).toEqual(typed);
    expect(summed).toEqual(typed.map(() => TEXT_IN_SUM));
    expect(typed.map((t) => sheetNumber(t, true))).toEqual(typed.map(() => null));
    expect(sheetSum([15_000_000, "1,5 m"], true)).toBe(TEXT_IN_SUM);
  });

  it("leaves a figure with a remark holding a digit unread in the tab and in Periksa: never another amount", () => {
    // A digit in the brackets may be part of the amount ("250.000 (.000)"), or another figure.
    const typed = [
      "Rp 250.000.000 (DAK 2)",
      "5.000.000 (000)",
      "Rp 250.000 (.000)",
      "1.500.000 (1,5 jt)",
      "5.000.000 (a) (b)",
      "250.000.000(DAK)",
      "5.000.000 (DAK) jt",
      "- (DAK)",
    ];
    const { read, summed } = inEmulator(typed);
    expect(read).toEqual(typed);
    expect(summed).toEqual(typed.map(() => TEXT_IN_SUM));
    expect(typed.map((t) => sheetNumber(t, true))).toEqual(typed.map(() => null));
    expect(typed.map((t) => parseNumber(t).kind)).toEqual(typed.map(() => "invalid"));
  });

  it("keeps a quantity's unit a unit: 2 dokumen is 2, 1,5 M of a target stays its first word", () => {
    expect(sheetNumber("2 dokumen")).toBe(2);
    expect(sheetNumber("18,2 jt")).toBe(18.2);
    expect(sheetNumber("2 dokumen", true)).toBeNull();
  });

  it("agrees with its twin on any text (property)", () => {
    const piece = fc.constantFrom(
      "1",
      "23",
      "456",
      ".",
      ",",
      " ",
      "jt",
      "M",
      "m",
      "T",
      "rb",
      "juta",
      "JUTA",
      "Ribu",
      "Rp",
      "|",
      "x",
      " (DAK)",
      ",-",
      "(",
      ")",
      " ",
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(piece, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 30 }),
        (xs) => {
          const typed = xs.map((p) => p.join(""));
          const { read, summed } = inEmulator(typed);
          typed.forEach((s, i) => {
            const twin = sheetNumber(s, true);
            const expected = twin === null ? s : twin;
            // A remark in brackets the tab leaves out, Periksa leaves out alike.
            const parsed = parseNumber(s);
            if (s.includes("(") && twin !== null && twin !== "" && parsed.kind !== "empty")
              expect(parsed.kind === "number" && parsed.value, s).toBeCloseTo(twin, 6);
            if (typeof expected === "number") expect(read[i]).toBeCloseTo(expected, 6);
            else expect(read[i]).toEqual(expected);
            const total = sheetSum(["", s], true);
            if (typeof total === "number") expect(summed[i]).toBeCloseTo(total, 6);
            else expect(summed[i]).toEqual(total);
          });
        },
      ),
      { numRuns: 20 },
    );
  });
});

const dir = mkdtempSync(join(tmpdir(), "sakip-rupiah-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!soffice && !onCi)("the same formulas in LibreOffice Calc", () => {
  it("read 18,2 jt, 1,45 M and 500 rb as the emulator does, and leave 1,5 m unread", async () => {
    warnWithoutSoffice("Rupiah berskala di LibreOffice", "libreoffice-calc-nogui");
    const typed = [...SCALED.map(([t]) => t), "1,5 m", "18,2 juta rupiah", "-"];
    const wb = workbookOf(typed);
    const file = join(dir, "rupiah.xlsx");
    await saveXlsx(wb, file);
    convert([file], CSV_ALL_SHEETS, join(dir, "csv"), join(dir, "profile"), { recalc: true });
    const rows = parseCsv(readFileSync(join(dir, "csv", "rupiah-Rupiah.csv"), "utf8"));
    const { read, summed } = inEmulator(typed);
    rows.slice(0, typed.length).forEach((r, i) => {
      for (const [col, emu] of [
        [2, read[i]],
        [3, summed[i]],
      ] as const) {
        if (typeof emu === "number") expect(Number(r[col])).toBeCloseTo(emu, 6);
        else expect(r[col]).toBe(String(emu));
      }
    });
  });
});
