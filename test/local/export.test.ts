/**
 * "Simpan .xlsx" of `npm start`, opened in LibreOffice Calc (headless, recalculating every formula on
 * load): by default the evaluation tab's capaian, kriteria and efisiensi are standard formulas that
 * LibreOffice computes to the emulator's numbers, with no #NAME? anywhere; the "untuk Google Sheets"
 * choice keeps CAPAIAN / KRITERIA / EFISIENSI, which LibreOffice cannot compute (#NAME?).
 * Without soffice the test is skipped loudly, except on CI (CI=true), where that is a failure.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";
import { startServer } from "../../src/local/server";

const soffice = (() => {
  try {
    return execFileSync("which", ["soffice"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
})();
const onCi = process.env.CI === "true";
if (!soffice)
  console.warn(
    `\n${"=".repeat(78)}\n  UJI LIBREOFFICE ${onCi ? "GAGAL" : "DILEWATI"}: soffice tidak ditemukan (test/local/export.test.ts).\n${"=".repeat(78)}\n`,
  );

const EVALUASI = "Evaluasi TW II 2024";
const dir = mkdtempSync(join(tmpdir(), "sakip-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Rows of a CSV text (quoted cells may hold commas, quotes and line breaks). */
function csv(text: string): string[][] {
  const rows: string[][] = [];
  for (const m of text.matchAll(/((?:"(?:[^"]|"")*"|[^,\n]*)(?:,(?:"(?:[^"]|"")*"|[^,\n]*))*)\n/g)) {
    const cells = [...m[1].matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((c) =>
      c[1].startsWith('"') ? c[1].slice(1, -1).replaceAll('""', '"') : c[1],
    );
    rows.push(cells);
  }
  return rows;
}

/** Every sheet of `file` as LibreOffice computes it (raw values), by sheet name. */
function inLibreOffice(file: string): Map<string, string[][]> {
  const user = join(dir, "profile", "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  const out = join(dir, `csv-${file.replace(/^.*\//, "")}`);
  const run = spawnSync(
    soffice as string,
    [
      "--headless",
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      out,
      file,
    ],
    { encoding: "utf8" },
  );
  expect(run.status, run.stderr).toBe(0);
  const base = file.replace(/^.*\//, "").replace(/\.xlsx$/, "");
  const sheets = new Map<string, string[][]>();
  for (const f of readdirSync(out)) {
    const rows = csv(readFileSync(join(out, f), "utf8"));
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
