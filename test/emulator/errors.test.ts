import { describe, expect, it } from "vitest";
import { formulaFromLocale, formulaToLocale } from "../../src/emulator/format";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

/** Each formula as typed in an id-ID spreadsheet → its error value and sentence. */
const CASES: [typed: string, code: string, message: string | RegExp][] = [
  ["=SUM(1;2", "#ERROR!", 'Kesalahan penguraian formula: 1 kurung buka "(" belum ditutup dengan ")".'],
  ["=SUM(1;2))", "#ERROR!", 'Kesalahan penguraian formula: ada 1 kurung tutup ")" tanpa kurung buka.'],
  ['=A9&"x', "#ERROR!", 'Kesalahan penguraian formula: ada tanda kutip (") yang tidak ditutup.'],
  [
    "=CAPAIAN(1.852.283.616; 1)",
    "#ERROR!",
    /angka 1\.852\.283\.616 ditulis dengan titik ribuan.*\(1852283616\)/,
  ],
  // `=` alone is a formula that cannot be parsed, as Sheets shows it (#ERROR!), not the text "=".
  [
    "=",
    "#ERROR!",
    "Kesalahan penguraian formula: setelah tanda = belum ada rumus; tulis rumusnya, atau awali dengan tanda kutip (') bila maksudnya teks.",
  ],
  ["=FOO(1)", "#NAME?", "Fungsi tidak dikenal: 'FOO'."],
  // Google's function list has QUERY and REGEXMATCH (support.google.com/docs/table/25273): Sheets
  // computes them; the local engine says it does not, never that the name is unknown.
  [
    '=QUERY(A2:B9; "select A")',
    "#NAME?",
    "Fungsi QUERY ada di Google Sheets tetapi tidak dihitung oleh spreadsheet lokal ini (npm start, sakip); hasilnya tampil setelah berkas dibuka di Google Sheets.",
  ],
  ['=REGEXMATCH(A2; "^2")', "#NAME?", /^Fungsi REGEXMATCH ada di Google Sheets tetapi tidak dihitung/],
  ["=ANGGARAN", "#NAME?", "Nama rentang tidak dikenal: 'ANGGARAN'."],
  ["=1/0", "#DIV/0!", "Pembagian dengan nol: pembaginya 0 atau sel kosong."],
  ["=A1", "#REF!", /^Dependensi melingkar terdeteksi/],
  // The add-on's own sentence is kept as it is.
  ["=CAPAIAN(0; 5)", "#ERROR!", "Target 0: capaian tidak dapat dihitung."],
];

describe("formula errors in an id-ID spreadsheet", () => {
  it.each(CASES)("%s → %s with one Indonesian sentence", (typed, code, message) => {
    const wb = new MemoryWorkbook();
    const tab = wb.addTab("Lembar");
    emulatedPort(wb);
    wb.write(tab, 1, 1, [[{ formula: formulaFromLocale(typed) }]]);
    const error = wb.cellError(tab, 1, 1);
    expect(error?.code).toBe(code);
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toMatch(/Parsing|token|recognized|Unknown|Error/);
    // The formula bar shows what was typed (never "1,852.283.616").
    expect(formulaToLocale(wb.formula(tab, 1, 1))).toBe(typed);
  });

  it("an array blocked by data says so, and spills once the data is gone", () => {
    const wb = new MemoryWorkbook();
    const tab = wb.addTab("Lembar");
    emulatedPort(wb);
    wb.write(tab, 1, 1, [[100], [90], [80]]);
    wb.write(tab, 2, 2, [["catatan"]]);
    wb.write(tab, 1, 2, [[{ formula: "=CAPAIAN(A1:A3,A1:A3)" }]]);
    expect(wb.cellError(tab, 1, 2)).toEqual({
      code: "#REF!",
      message:
        "Hasil array tidak diperluas karena akan menimpa data di sel di bawah atau di sebelah kanannya: kosongkan sel-sel itu agar hasilnya muat.",
    });
    wb.write(tab, 2, 2, [[null]]);
    expect(wb.values(tab, { row: 1, col: 2, rows: 3, cols: 1 })).toEqual([[100], [100], [100]]);
  });
});
