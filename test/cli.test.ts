import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/sakip";
import { TEMPLATE_COLUMNS } from "../src/core/columns";
import { detectPlan } from "../src/core/layout";
import { loadXlsx, saveXlsx } from "../src/emulator/xlsx";
import { transmigrasiWorkbook } from "./fixtures/dinas";

const dir = mkdtempSync(join(tmpdir(), "sakip-cli-"));
const hash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** The CLI as a person runs it: a separate process, its exit code and its output. */
function sakip(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/sakip.ts", ...args], {
    encoding: "utf8",
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let planFile = "";
beforeAll(async () => {
  const wb = transmigrasiWorkbook();
  planFile = join(dir, "renaksi.xlsx");
  await saveXlsx(wb, planFile);
});

describe("sakip on .xlsx files", () => {
  it("template writes Pengaturan, PK and one tab per bidang with the template columns", async () => {
    const out = join(dir, "kerangka.xlsx");
    const lines: string[] = [];
    const code = await main(
      [
        "template",
        "-o",
        out,
        "--opd",
        "Dinas Transmigrasi dan Tenaga Kerja",
        "--tahun",
        "2024",
        "--bidang",
        "Sekretariat,Bidang Transmigrasi",
      ],
      (s) => lines.push(s),
    );
    expect(code).toBe(0);
    expect(lines.join("")).toContain("Kerangka dibuat: Pengaturan, PK, Sekretariat, Bidang Transmigrasi.");
    const wb = await loadXlsx(out);
    expect(wb.tabs().map((t) => t.name)).toEqual(["Pengaturan", "PK", "Sekretariat", "Bidang Transmigrasi"]);
    const tab = wb.getTab("Sekretariat");
    const values = wb.values(tab, { row: 1, col: 1, rows: 4, cols: TEMPLATE_COLUMNS.length });
    expect(values[2]).toEqual(TEMPLATE_COLUMNS.map((c) => c.header));
    expect(detectPlan("Sekretariat", values).ok).toBe(true);
  });

  it("triwulan writes the evaluation tab with formulas and their computed values for Excel", async () => {
    const out = join(dir, "tw1.xlsx");
    const before = hash(planFile);
    const lines: string[] = [];
    // --rumus sakip: the custom functions, for a file going back to Google Sheets with the add-on.
    expect(
      await main(["triwulan", planFile, "--tw", "1", "-o", out, "--rumus", "sakip"], (s) => lines.push(s)),
    ).toBe(0);
    expect(lines.join("")).toContain("Tab 'Evaluasi TW I 2024' dibuat: 12 indikator");
    expect(hash(planFile)).toBe(before);
    // What Excel or LibreOffice reads: the formula and its cached result.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet("Evaluasi TW I 2024");
    const cells: { formula?: string; result?: unknown }[] = [];
    sheet?.eachRow((row) =>
      row.eachCell((cell) => cells.push(cell.value as { formula?: string; result?: unknown })),
    );
    const capaian = cells.find((c) => c.formula?.startsWith("CAPAIAN(H"));
    expect(capaian).toBeDefined();
    // Array formulas keep their spilled results as values in the cells below the formula.
    const results = cells.map((c) => (c && typeof c === "object" && "formula" in c ? c.result : c));
    expect(results.some((r) => typeof r === "number" && Math.abs(r - 97.027) < 0.001)).toBe(true);
    expect(results).toContain("Sangat Tinggi");
  });

  it("bad input: one Indonesian sentence, exit code 2, the input file untouched", () => {
    const before = hash(planFile);
    const tw = sakip("triwulan", planFile, "--tw", "5");
    expect(tw.code).toBe(2);
    expect(tw.err.trim()).toBe('Triwulan "5" tidak ada: pakai --tw 1, 2, 3 atau 4.');
    const notXlsx = join(dir, "catatan.xlsx");
    writeFileSync(notXlsx, "bukan spreadsheet");
    const unreadable = sakip("triwulan", notXlsx, "--tw", "1");
    expect(unreadable.code).toBe(2);
    expect(unreadable.err).toMatch(/^Berkas ".*catatan\.xlsx" tidak dapat dibaca sebagai \.xlsx/);
    const noPlan = sakip("triwulan", planFile, "--tw", "1", "--bidang", "Pengaturan");
    expect(noPlan.code).toBe(2);
    expect(hash(planFile)).toBe(before);
  });

  it("refuses to overwrite a tab of the same name that a person made", async () => {
    const wb = await loadXlsx(planFile);
    wb.write(wb.addTab("Evaluasi TW I 2024"), 1, 1, [["catatan rapat evaluasi"]]);
    const file = join(dir, "bentrok.xlsx");
    await saveXlsx(wb, file);
    const before = hash(file);
    await expect(main(["triwulan", file, "--tw", "1"], () => {})).rejects.toThrow(
      "Tab 'Evaluasi TW I 2024' sudah ada tetapi bukan buatan add-on SAKIP: ganti nama tab itu dulu agar isinya tidak tertimpa.",
    );
    expect(hash(file)).toBe(before);
  });
});
