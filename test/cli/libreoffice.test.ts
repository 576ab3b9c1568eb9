import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { main } from "../../src/cli/sakip";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";
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
  "'libreoffice-calc-nogui' untuk menjalankan test/cli/libreoffice.test.ts",
);

const EVALUASI = "Evaluasi TW II 2024";
const RAPAT = "Jumlah Rapat Koordinasi dan Konsultasi SKPD yang diikuti";
const COMPARED = [
  "Capaian TW II (%)",
  "Capaian s.d. TW II (%)",
  "Capaian thd target tahunan (%)",
  "Kriteria",
  "Efisiensi thd RAK s.d. TW II",
];

const dir = mkdtempSync(join(tmpdir(), "sakip-lo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Every sheet of each file as LibreOffice computes it, rows of raw cell texts by sheet name: one
 * soffice run converts all the files (each start of LibreOffice costs seconds).
 */
function inLibreOffice(...files: string[]): Map<string, string[][]>[] {
  const out = join(dir, "csv");
  convert(files, CSV_ALL_SHEETS, out, join(dir, "profile"), { recalc: true });
  return files.map((file) => {
    const base = file.replace(/^.*\//, "").replace(/\.xlsx$/, "");
    const sheets = new Map<string, string[][]>();
    for (const sheet of [EVALUASI, "Ringkasan TW II 2024"]) {
      const path = join(out, `${base}-${sheet}.csv`);
      expect(existsSync(path), path).toBe(true);
      sheets.set(sheet, parseCsv(readFileSync(path, "utf8")));
    }
    return sheets;
  });
}

function byKey(rows: unknown[][]): Map<string, Record<string, unknown>> {
  const header = rows[4].map(String);
  const out = new Map<string, Record<string, unknown>>();
  for (const r of rows.slice(5)) {
    const key = String(r[header.indexOf("Kunci")] ?? "");
    if (key) out.set(key, Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
  }
  return out;
}

describe.skipIf(!soffice && !onCi)("the CLI's .xlsx in LibreOffice Calc", () => {
  it("recalculates the evaluation tab to the emulator's capaian, kriteria and efisiensi, and follows a corrected realisasi", async () => {
    expect(
      soffice,
      "soffice tidak ditemukan, padahal CI=true: pasang libreoffice-calc-nogui.",
    ).not.toBeNull();
    const input = join(dir, "renaksi.xlsx");
    await saveXlsx(demoWorkbook(), input);
    // Default: standard formulas for Excel and LibreOffice, written next to the input.
    expect(await main(["triwulan", input, "--tw", "2"], () => {})).toBe(0);
    const file = join(dir, "renaksi-TW2.xlsx");
    const emulator = await loadXlsx(file);
    const tab = emulator.getTab(EVALUASI);
    const size = emulator.usedSize(tab);
    const emuRows = emulator.values(tab, { row: 1, col: 1, ...size });
    // No custom function is left for LibreOffice to miss.
    expect(
      emulator
        .formulas(tab, { row: 1, col: 1, ...size })
        .flat()
        .join(" "),
    ).not.toMatch(/CAPAIAN|KRITERIA|EFISIENSI/);

    // A corrected realisasi, typed into the plan tab: TW II 9 → 4 for the rapat koordinasi.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet("Sekretariat") as ExcelJS.Worksheet;
    let edited = 0;
    sheet.eachRow((r) => {
      if (r.getCell(5).value === RAPAT) {
        r.getCell(20).value = 4;
        edited++;
      }
    });
    expect(edited).toBe(1);
    const correctedFile = join(dir, "dikoreksi.xlsx");
    await book.xlsx.writeFile(correctedFile);

    const [sheets, correctedSheets] = inLibreOffice(file, correctedFile);
    for (const [name, rows] of sheets)
      for (const cell of rows.flat())
        expect(`${name}: ${cell}`).not.toMatch(/#NAME\?|#VALUE!|#REF!|#DIV\/0!|Err:\d+/);
    const lo = byKey(sheets.get(EVALUASI) as string[][]);
    const emu = byKey(emuRows);
    expect(lo.size).toBe(50);
    let numbers = 0;
    for (const [key, row] of emu) {
      for (const h of COMPARED) {
        const text = String(lo.get(key)?.[h]);
        expect(same(text, row[h]), `${key} ${h}: LibreOffice ${text}, emulator ${row[h]}`).toBe(true);
        if (typeof row[h] === "number") numbers++;
      }
    }
    expect(numbers).toBeGreaterThan(60);

    // The same logic as CAPAIAN / KRITERIA / EFISIENSI in the add-on, wherever the inputs are numbers.
    const { port } = emulatedPort(demoWorkbook());
    generateTriwulan(port, { tw: 2 });
    const addon = byKey(port.read(EVALUASI).values);
    for (const [key, row] of emu)
      for (const h of COMPARED) {
        const v = row[h];
        if (typeof v === "number" || v === "–" || h === "Kriteria")
          expect([key, h, addon.get(key)?.[h]]).toEqual([
            key,
            h,
            typeof v === "number" ? expect.closeTo(v, 9) : v,
          ]);
      }

    // The corrected realisasi, recalculated by LibreOffice.
    const corrected = byKey(correctedSheets.get(EVALUASI) as string[][]);
    const key = [...emu.keys()].find((k) => emu.get(k)?.Indikator === RAPAT) as string;
    expect(Number(emu.get(key)?.["Capaian s.d. TW II (%)"])).toBeCloseTo(78.57, 2);
    // Kumulatif: (13 + 4) / (18 + 10) × 100 = 60,71 % → Rendah.
    expect(Number(corrected.get(key)?.["Realisasi s.d. TW II"])).toBe(17);
    expect(Number(corrected.get(key)?.["Capaian s.d. TW II (%)"])).toBeCloseTo(60.71, 2);
    expect(corrected.get(key)?.Kriteria).toBe("Rendah");

    // The Ringkasan's five lowest (MINIFS, saved as _xlfn.MINIFS): the same five different
    // indicators in LibreOffice as in the emulator.
    const lowest = (rows: unknown[][]) => {
      const at = rows.findIndex((r) => String(r[0]).startsWith("Indikator dengan capaian")) + 2;
      return rows.slice(at, at + 5).map((r) => String(r[0]));
    };
    const summary = emulator.getTab("Ringkasan TW II 2024");
    const emuLowest = lowest(emulator.values(summary, { row: 1, col: 1, ...emulator.usedSize(summary) }));
    expect(new Set(emuLowest.filter((x) => x)).size).toBe(emuLowest.filter((x) => x).length);
    expect(lowest(sheets.get("Ringkasan TW II 2024") as string[][])).toEqual(emuLowest);

    // The Ringkasan's table (COUNTIFS over the keyed rows, AVERAGEIF, SUMIFS over the hidden
    // "Pagu dijumlah" flags): every figure of every bidang and of the Jumlah row as in the emulator.
    const emuSummary = emulator.values(summary, { row: 1, col: 1, ...emulator.usedSize(summary) });
    const loSummary = sheets.get("Ringkasan TW II 2024") as string[][];
    const end = emuSummary.findIndex((r) => r[0] === "Jumlah");
    expect(end).toBeGreaterThan(6);
    let figures = 0;
    for (let r = 5; r <= end; r++)
      emuSummary[r].forEach((v, c) => {
        if (c === 0 || v === "") return;
        expect(same(loSummary[r]?.[c] ?? "", v), `Ringkasan ${r + 1}:${c + 1}`).toBe(true);
        figures++;
      });
    expect(figures).toBeGreaterThan(40);
  });
});
