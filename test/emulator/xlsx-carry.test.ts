/**
 * A save carries the tabs unchanged since loading from their original file (their sheet parts as
 * they were) instead of writing every cell again. The file reads back, in our loader and in
 * LibreOffice, exactly as the same workbook written whole: values, formats, merges, notes,
 * dropdowns, protections and the Pengaturan tab, the plan tabs as in the input; also from a file
 * LibreOffice wrote (shared strings, its own styles and theme).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { main } from "../../src/cli/sakip";
import { shapeHash } from "../../src/core/regenerate/formulas";
import { standardRowFormulas } from "../../src/core/standard-kualitatif";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { loadXlsx, saveXlsx, xlsxBuffer } from "../../src/emulator/xlsx";
import { convert, onCi, parseCsv, soffice } from "../utils/libreoffice";

const dir = mkdtempSync(join(tmpdir(), "sakip-carry-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Everything our loader reads of every tab, tab by tab. */
function reading(wb: MemoryWorkbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const tab of wb.tabs()) {
    const size = wb.usedSize(tab);
    const rect = { row: 1, col: 1, ...size };
    out[tab.name] = {
      size,
      values: wb.values(tab, rect),
      formulas: wb.formulas(tab, rect),
      styles: tab.styles.entries(),
      notes: tab.notes.entries(),
      validations: tab.validations.entries(),
      merges: tab.merges,
      conditionalRules: tab.conditionalRules,
      protections: tab.protections,
      widths: [...tab.columnWidths],
      heights: [...tab.rowHeights],
      hidden: [...tab.hiddenCols],
      frozen: [tab.frozenRows, tab.frozenCols],
    };
  }
  return out;
}

/** Each sheet part's text in the file. */
async function sheetParts(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
  return Promise.all(names.map((n) => zip.file(n)?.async("string") ?? ""));
}

/**
 * `sakip triwulan`'s work on `input` saved to `to` as the CLI does it, or (`whole`) with every tab
 * marked as changed, so that ExcelJS writes every tab as before.
 */
async function triwulan(input: string, to: string, whole: boolean): Promise<void> {
  const wb = await loadXlsx(input);
  if (whole) for (const tab of wb.tabs()) tab.edits++;
  wb.deferFormulas = true;
  const { port } = emulatedPort(wb);
  generateTriwulan(port, {
    tw: 2,
    standard: standardRowFormulas,
    shapeHash,
    timeZone: () => wb.timeZone,
  });
  await saveXlsx(wb, to);
}

async function planWithNotes(path: string): Promise<void> {
  const wb = demoWorkbook();
  // A person's note and a merge in a plan tab travel with it.
  const plan = wb.tabs().find((t) => t.name !== "Pengaturan" && t.name !== "PK") ?? wb.tabs()[0];
  plan.setNote(3, 2, "Catatan: angka dari laporan bidang");
  await saveXlsx(wb, path);
}

describe("a save carrying the tabs unchanged since loading", () => {
  it("copies the plan tabs' parts and reads back as the workbook written whole", async () => {
    const input = join(dir, "renaksi.xlsx");
    await planWithNotes(input);
    const output = join(dir, "hasil.xlsx");
    expect(await main(["triwulan", input, "--tw", "2", "-o", output], () => {})).toBe(0);

    // The plan tabs' parts are the input's, byte for byte.
    const inputParts = await sheetParts(readFileSync(input));
    const outputParts = await sheetParts(readFileSync(output));
    const carried = outputParts.filter((p) => inputParts.includes(p));
    expect(carried.length).toBeGreaterThanOrEqual(4);

    const carriedHere = join(dir, "dibawa.xlsx");
    const whole = join(dir, "utuh.xlsx");
    await triwulan(input, carriedHere, false);
    await triwulan(input, whole, true);
    expect((await sheetParts(readFileSync(carriedHere))).filter((p) => inputParts.includes(p)).length).toBe(
      carried.length,
    );
    const got = reading(await loadXlsx(carriedHere));
    expect(got).toEqual(reading(await loadXlsx(whole)));
    // The plan tabs read as in the input.
    const before = reading(await loadXlsx(input));
    for (const name of Object.keys(before)) expect(got[name], name).toEqual(before[name]);
    expect(Object.keys(got)).toContain("Pengaturan");

    // A tab changed after loading is written again, and the file says so.
    const wb = await loadXlsx(input);
    const plan = wb.tabs()[2];
    wb.write(plan, 2, 1, [["ditulis lagi"]]);
    const again = await loadXlsx(await xlsxBuffer(wb));
    expect(again.value(again.getTab(plan.name), 2, 1)).toBe("ditulis lagi");
    expect(reading(again)).toEqual(reading(wb));
  });

  it.skipIf(!soffice && !onCi)(
    "opens in LibreOffice as the workbook written whole, from an input LibreOffice wrote too",
    async () => {
      const first = join(dir, "lo");
      mkdirSync(first, { recursive: true });
      const ours = join(first, "asal.xlsx");
      await planWithNotes(ours);
      // The office's file as LibreOffice saves it: shared strings, its own styles and theme.
      const loDir = join(dir, "lo-out");
      convert([ours], "xlsx", loDir, join(dir, "profile"));
      const input = join(dir, "renaksi-lo.xlsx");
      writeFileSync(input, readFileSync(join(loDir, "asal.xlsx")));
      const output = join(dir, "carried.xlsx");
      const whole = join(dir, "whole.xlsx");
      await triwulan(input, output, false);
      await triwulan(input, whole, true);
      const inputParts = await sheetParts(readFileSync(input));
      expect(
        (await sheetParts(readFileSync(output))).filter((p) => inputParts.includes(p)).length,
      ).toBeGreaterThan(0);
      // The plan tabs read exactly as the input (ExcelJS writing them again loses a little: an
      // alignment "general"), the new tabs as written whole.
      const got = reading(await loadXlsx(output));
      const before = reading(await loadXlsx(input));
      const rewritten = reading(await loadXlsx(whole));
      for (const name of Object.keys(got))
        expect(got[name], name).toEqual(name in before ? before[name] : rewritten[name]);

      // Every sheet as LibreOffice shows it (formatted text, formulas computed).
      const shown = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";
      const csv = join(dir, "csv");
      convert([output, whole], shown, csv, join(dir, "profile"));
      const sheets = (base: string) =>
        Object.fromEntries(
          readdirSync(csv)
            .filter((f) => f.startsWith(`${base}-`))
            .map((f) => [f.slice(base.length + 1), parseCsv(readFileSync(join(csv, f), "utf8"))]),
        );
      const a = sheets("carried");
      const b = sheets("whole");
      expect(Object.keys(a).length).toBeGreaterThan(5);
      expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
      for (const name of Object.keys(a)) expect(a[name], name).toEqual(b[name]);
      expect(existsSync(join(csv, "carried-Pengaturan.csv"))).toBe(true);
    },
    180_000,
  );
});
