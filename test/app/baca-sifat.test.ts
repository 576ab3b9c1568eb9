/**
 * A sifat target read from the values and left unsure is corrected in one action, per indicator: a
 * row "baris 5 | sifat tetap" in Pengaturan's correction table (G:I), which travels with the .xlsx
 * and overrides the guess everywhere: the reading (panel and `sakip baca`), the evaluation tab,
 * Periksa and the CLI. Issue 18 trial: Pengaturan had no per-indicator correction.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { correctionEntries, correctReading, readings, readingText } from "../../src/app/baca";
import { periksa } from "../../src/app/periksa";
import { generateTriwulan } from "../../src/app/triwulan";
import { main } from "../../src/cli/sakip";
import type { CellValue } from "../../src/core/cells";
import { readCorrections } from "../../src/core/koreksi";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { saveXlsx } from "../../src/emulator/xlsx";

const TAB = "Renaksi 2025";
const E = "";
// biome-ignore format: one sheet row per line reads like the sheet
const PLAN: CellValue[][] = [
  ["RENCANA AKSI DINAS TENAGA KERJA TAHUN 2025", E, E, E, E, E, E, E, E, E, E],
  ["No", "Indikator Kinerja", "Satuan", "Target Triwulan", E, E, E, "Realisasi", E, E, E],
  [E, E, E, "I", "II", "III", "IV", "I", "II", "III", "IV"],
  [1, "Tingkat pengangguran terbuka", "%", 4.4, 4.4, 4.4, 4.4, 4.3, 4.05, E, E],
  // 40 every TW and no annual target: tetap or kumulatif? Read kumulatif, unsure.
  [2, "Jumlah ASN yang digaji", "orang", 40, 40, 40, 40, 40, 40, E, E],
];
const SHEET_ROW = 5;

function workbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.write(wb.addTab(TAB), 1, 1, PLAN);
  return wb;
}
const sifatOf = (port: ReturnType<typeof emulatedPort>["port"]) => readings(port).readings[0].sifat;

describe("correcting one indicator's sifat target", () => {
  it("the unsure row is offered with its reading; one correction writes one row in Pengaturan", () => {
    const wb = workbook();
    const { port } = emulatedPort(wb);
    expect(sifatOf(port)).toEqual([
      {
        row: SHEET_ROW,
        indikator: "Jumlah ASN yang digaji",
        sifat: "kumulatif",
        why: "tanpa target tahunan; target TW sama semua (tetap atau kumulatif?)",
        corrected: false,
      },
    ]);
    const entries = correctionEntries({ tab: TAB, row: SHEET_ROW, sifat: "tetap" });
    expect(correctReading(port, entries).message).toBe(
      `Koreksi disimpan di tab Pengaturan: sifat target baris ${SHEET_ROW} tab '${TAB}' dibaca tetap. Semua perintah memakai pembacaan ini.`,
    );
    // Correcting again replaces the row.
    correctReading(port, correctionEntries({ tab: TAB, row: SHEET_ROW, sifat: "akhir" }));
    correctReading(port, correctionEntries({ tab: TAB, row: SHEET_ROW, sifat: "tetap" }));
    expect(wb.values(wb.getTab("Pengaturan"), { row: 1, col: 7, rows: 3, cols: 3 })).toEqual([
      ["Koreksi pembacaan: tab", "Kolom / baris", "Dibaca sebagai"],
      [TAB, `baris ${SHEET_ROW}: Jumlah ASN yang digaji`, "sifat tetap"],
      ["", "", ""],
    ]);
    expect(sifatOf(port)).toEqual([
      {
        row: SHEET_ROW,
        indikator: "Jumlah ASN yang digaji",
        sifat: "tetap",
        why: "koreksi di Pengaturan",
        corrected: true,
      },
    ]);
    const r = readings(port).readings[0];
    expect(r.guesses).toContain(
      'Sifat target baris 5 "Jumlah ASN yang digaji": tetap (koreksi di Pengaturan).',
    );
    expect(readingText(r)).not.toMatch(/⚠ Baris 5/);
  });

  it("overrides the guess in the evaluation tab and Periksa", () => {
    const { port, gas } = emulatedPort(workbook());
    const warned = () =>
      periksa(port, { tw: 2, writeReport: false }).findings.filter((f) => f.rule === "sifat-target").length;
    expect(warned()).toBe(1);
    correctReading(port, correctionEntries({ tab: TAB, row: SHEET_ROW, sifat: "tetap" }));
    expect(warned()).toBe(0);
    const report = generateTriwulan(port, { tw: 2 });
    const shown =
      gas.SpreadsheetApp.getActiveSpreadsheet()
        .getSheetByName(report.tab)
        ?.getDataRange()
        .getDisplayValues() ?? [];
    const header = shown.find((row) => row[0] === "No") ?? [];
    const asn = shown.find((row) => row.includes("Jumlah ASN yang digaji")) ?? [];
    // tetap: the TW's own 40, not 40 + 40; written by a person, so no "(tebakan)".
    expect(asn[header.indexOf("Sifat target")]).toBe("tetap");
    expect(asn[header.indexOf("Target s.d. TW II")]).toBe("40");
    expect(asn[header.indexOf("Capaian s.d. TW II (%)")]).toBe("100,00");
  });

  it("follows its indicator when a row is inserted above it, and says so when the indicator is gone", () => {
    const wb = workbook();
    const { port } = emulatedPort(wb);
    correctReading(port, correctionEntries({ tab: TAB, row: SHEET_ROW, sifat: "tetap" }));
    // A row inserted above both indicators: ASN moves to row 6, row 5 now holds the other indicator.
    wb.insertRowsAfter(wb.getTab(TAB), 3, 1);
    const after = readings(port).readings[0];
    expect(after.sifat?.find((s) => s.indikator === "Jumlah ASN yang digaji")).toMatchObject({
      row: SHEET_ROW + 1,
      sifat: "tetap",
      corrected: true,
    });
    expect(after.sifat?.find((s) => s.indikator === "Tingkat pengangguran terbuka")).toBeUndefined();
    // Correcting it again replaces the same Pengaturan row (found by its indicator), not a second one.
    correctReading(port, correctionEntries({ tab: TAB, row: SHEET_ROW + 1, sifat: "akhir" }));
    expect(wb.values(wb.getTab("Pengaturan"), { row: 2, col: 7, rows: 2, cols: 3 })).toEqual([
      [TAB, `baris ${SHEET_ROW + 1}: Jumlah ASN yang digaji`, "sifat akhir"],
      ["", "", ""],
    ]);
    // The indicator renamed: the correction applies to nothing and one sentence says so.
    wb.write(wb.getTab(TAB), SHEET_ROW + 1, 2, [["Jumlah pegawai yang digaji"]]);
    const gone = readings(port).readings[0];
    expect(gone.sifat?.some((s) => s.corrected)).toBe(false);
    expect(gone.guesses).toContain(
      `Koreksi sifat target “baris ${SHEET_ROW + 1}: Jumlah ASN yang digaji” di Pengaturan tidak menemukan indikatornya lagi; perbaiki teks indikatornya di tabel koreksi atau pilih sifatnya lagi di Cara dibaca.`,
    );
  });

  it("travels with the .xlsx: `sakip baca` reads it from the file", async () => {
    const wb = workbook();
    const { port } = emulatedPort(wb);
    correctReading(port, correctionEntries({ tab: TAB, row: SHEET_ROW, sifat: "tetap" }));
    const file = join(mkdtempSync(join(tmpdir(), "sifat-")), "koreksi.xlsx");
    await saveXlsx(wb, file);
    const lines: string[] = [];
    expect(await main(["baca", file], (s) => lines.push(s))).toBe(0);
    expect(lines.join("")).toContain(
      '  Sifat target baris 5 "Jumlah ASN yang digaji": tetap (koreksi di Pengaturan).',
    );
  });

  it.each<[string, CellValue[], { row: number; sifat: string; indikator?: string }[] | undefined]>([
    ["as written by the panel", [TAB, "baris 12", "sifat akhir"], [{ row: 11, sifat: "akhir" }]],
    ["typed by a person, words alone", [TAB, "Baris 7", "Kumulatif"], [{ row: 6, sifat: "kumulatif" }]],
    [
      "with its indicator",
      [TAB, "baris 12: Jumlah ASN yang digaji", "sifat akhir"],
      [{ row: 11, sifat: "akhir", indikator: "Jumlah ASN yang digaji" }],
    ],
    ["'Sifat target: tetap'", [TAB, "baris 3", "Sifat target: tetap"], [{ row: 2, sifat: "tetap" }]],
    ["a word that is no sifat is ignored", [TAB, "baris 3", "sifat naik"], undefined],
  ])("the table row %s", (_, row, want) => {
    const table = [Array(6).fill(""), ["", "", "", "", "", "", ...row]];
    expect(readCorrections(table).get(TAB)?.sifat).toEqual(want);
  });

  it("refuses a row without an indicator and a word that is no sifat, each in one sentence", () => {
    const { port } = emulatedPort(workbook());
    expect(() => correctReading(port, correctionEntries({ tab: TAB, row: 2, sifat: "akhir" }))).toThrow(
      `Baris 2 tab "${TAB}" bukan baris indikator: sifat target dikoreksi per indikator.`,
    );
    expect(() => correctionEntries({ tab: TAB, row: SHEET_ROW, sifat: "naik" })).toThrow(
      "Pilih sifat target: kumulatif, akhir, atau tetap.",
    );
  });
});
