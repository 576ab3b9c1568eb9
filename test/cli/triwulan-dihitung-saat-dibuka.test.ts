/**
 * `sakip triwulan` writes the evaluation and Ringkasan tabs' formulas without computing them (the
 * formula engine never parses them: what made a 50,000-indicator plan take minutes), saved without
 * results and with `fullCalcOnLoad`. Opened in LibreOffice with its default settings (which show a
 * saved result as it is and never recalculate), the file shows every Ringkasan figure and every
 * row's capaian, kriteria and efisiensi as the emulator computes them.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/sakip";
import { demoWorkbook } from "../../src/emulator/demo";
import { loadXlsx, saveXlsx } from "../../src/emulator/xlsx";
import {
  CSV_ALL_SHEETS,
  convert,
  onCi,
  parseCsv,
  same,
  soffice,
  warnWithoutSoffice,
} from "../utils/libreoffice";

warnWithoutSoffice(
  "UJI LIBREOFFICE",
  "'libreoffice-calc-nogui' untuk menjalankan test/cli/triwulan-dihitung-saat-dibuka.test.ts",
);

const EVALUASI = "Evaluasi TW II 2024";
const RINGKASAN = "Ringkasan TW II 2024";
const dir = mkdtempSync(join(tmpdir(), "sakip-dibuka-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!soffice && !onCi)("sakip triwulan's file opened in LibreOffice as it is", () => {
  it("shows every Ringkasan figure and every capaian, kriteria and efisiensi the emulator computes", async () => {
    const input = join(dir, "renaksi.xlsx");
    await saveXlsx(demoWorkbook(), input);
    expect(await main(["triwulan", input, "--tw", "2"], () => {})).toBe(0);
    const file = join(dir, "renaksi-TW2.xlsx");

    // The formulas are saved without results: the spreadsheet that opens the file computes them.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    let formulas = 0;
    for (const name of [EVALUASI, RINGKASAN])
      book.getWorksheet(name)?.eachRow((row) =>
        row.eachCell((cell) => {
          // A formula filled down is saved as a member of a shared formula (its own text or not).
          const v = cell.value as { formula?: string; sharedFormula?: string; result?: unknown } | null;
          if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
            formulas++;
            expect(v.result, `${name}!${cell.address}`).toBeUndefined();
          }
        }),
      );
    expect(formulas).toBeGreaterThan(500);

    // LibreOffice with a fresh profile of its own defaults: no recalculation setting is changed.
    const out = join(dir, "csv");
    convert([file], CSV_ALL_SHEETS, out, join(dir, "profile"));
    const sheet = (name: string) => {
      const path = join(out, `renaksi-TW2-${name}.csv`);
      expect(existsSync(path), path).toBe(true);
      return parseCsv(readFileSync(path, "utf8"));
    };
    const emulator = await loadXlsx(file);
    const emuValues = (name: string) => {
      const tab = emulator.getTab(name);
      return emulator.values(tab, { row: 1, col: 1, ...emulator.usedSize(tab) });
    };

    // Every figure of the Ringkasan, its table and its five lowest.
    const loSummary = sheet(RINGKASAN);
    const emuSummary = emuValues(RINGKASAN);
    let figures = 0;
    emuSummary.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === "") return;
        const lo = loSummary[r]?.[c] ?? "";
        expect(same(lo, v), `Ringkasan ${r + 1}:${c + 1}: LibreOffice ${lo}, emulator ${v}`).toBe(true);
        figures++;
      });
    });
    expect(figures).toBeGreaterThan(60);

    // Every cell of the evaluation tab: capaian, kriteria, efisiensi, realisasi s.d. TW, serapan…
    const loEval = sheet(EVALUASI);
    const emuEval = emuValues(EVALUASI);
    const header = emuEval[4].map(String);
    const capaian = header.indexOf("Capaian s.d. TW II (%)");
    expect(capaian).toBeGreaterThan(0);
    let rated = 0;
    emuEval.forEach((row, r) => {
      row.forEach((v, c) => {
        const lo = loEval[r]?.[c] ?? "";
        expect(same(lo, v), `${header[c]} baris ${r + 1}: LibreOffice ${lo}, emulator ${v}`).toBe(true);
        if (c === capaian && typeof v === "number") rated++;
      });
    });
    expect(rated).toBeGreaterThan(20);
  });
});
