import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";
import { startServer } from "../../src/local/server";
import { CSV_ALL_SHEETS, convert, onCi, parseCsv, soffice, warnWithoutSoffice } from "../utils/libreoffice";

warnWithoutSoffice("UJI LIBREOFFICE (test/local/export.test.ts)", "'libreoffice-calc-nogui'");

const EVALUASI = "Evaluasi TW II 2024";
const dir = mkdtempSync(join(tmpdir(), "sakip-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every sheet of `file` as LibreOffice computes it (raw values), by sheet name. */
function inLibreOffice(file: string): Map<string, string[][]> {
  const out = join(dir, `csv-${file.replace(/^.*\//, "")}`);
  convert([file], CSV_ALL_SHEETS, out, join(dir, "profile"), { recalc: true });
  const base = file.replace(/^.*\//, "").replace(/\.xlsx$/, "");
  const sheets = new Map<string, string[][]>();
  for (const f of readdirSync(out)) {
    const rows = parseCsv(readFileSync(join(out, f), "utf8"));
    sheets.set(f.slice(base.length + 1, -".csv".length), rows);
  }
  return sheets;
}

describe.skipIf(!soffice && !onCi)("Simpan .xlsx of npm start in LibreOffice", () => {
  it("opens without #NAME? by default, with the emulator's capaian; the Google Sheets choice keeps the add-on's functions", async () => {
    const workbook = demoWorkbook();
    generateTriwulan(emulatedPort(workbook).port, { tw: 2 });
    const tab = workbook.getTab(EVALUASI);
    const used = workbook.usedSize(tab);
    const header = workbook.values(tab, { row: 5, col: 1, rows: 1, cols: used.cols })[0].map(String);
    const capaian = header.findIndex((h) => h.startsWith("Capaian s.d. TW II"));
    const kriteria = header.indexOf("Kriteria");
    expect(capaian).toBeGreaterThan(0);
    const server = await startServer({ workbook, port: 0 });
    try {
      for (const [query, name] of [
        ["", "biasa.xlsx"],
        ["?rumus=sakip", "sheets.xlsx"],
      ] as const) {
        const response = await fetch(`${server.url}/unduh.xlsx${query}`);
        expect(response.status).toBe(200);
        writeFileSync(join(dir, name), Buffer.from(await response.arrayBuffer()));
      }
    } finally {
      await server.close();
    }
    const lo = inLibreOffice(join(dir, "biasa.xlsx"));
    const all = [...lo.values()].flat(2);
    expect(all.filter((v) => v.includes("#NAME?"))).toEqual([]);
    const rows = lo.get(EVALUASI) as string[][];
    let compared = 0;
    for (let r = 6; r <= used.rows; r++) {
      const emu = workbook.value(tab, r, capaian + 1);
      const text = rows[r - 1]?.[capaian] ?? "";
      if (typeof emu === "number") {
        expect(Math.abs(Number(text) - emu), `baris ${r}`).toBeLessThan(1e-9 * Math.max(1, Math.abs(emu)));
        expect(rows[r - 1]?.[kriteria]).toBe(workbook.value(tab, r, kriteria + 1));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
    // The file for Google Sheets keeps the add-on's functions: LibreOffice does not know them.
    const sheets = inLibreOffice(join(dir, "sheets.xlsx"));
    expect((sheets.get(EVALUASI) as string[][]).flat().some((v) => v.includes("#NAME?"))).toBe(true);
  });
});
