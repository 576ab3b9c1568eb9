/**
 * A person's correction of how a tab is read (Pengaturan G:I): needed where the words are an
 * office's own, kept in the workbook and its .xlsx, and used by every command.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { correctReading, readings } from "../../src/app/baca";
import { periksa } from "../../src/app/periksa";
import { readWorkbook } from "../../src/app/plans";
import { fingerprintOf } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { main, sha256 } from "../../src/cli/sakip";
import { readCorrections } from "../../src/core/koreksi";
import { emulatedPort } from "../../src/emulator/session";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { loadXlsx, saveXlsx } from "../../src/emulator/xlsx";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { TEMPLATE_TRANSMIGRASI_TAB } from "../fixtures/plans";

const dir = mkdtempSync(join(tmpdir(), "sakip-baca-"));
const TAB = TEMPLATE_TRANSMIGRASI_TAB;

/**
 * The template tab as another office heads it: "Ukuran Keberhasilan" over the indicators (E) and
 * "Rencana TW II" over the TW II target (K), words the add-on cannot know.
 */
function officeWorkbook(): MemoryWorkbook {
  const wb = transmigrasiWorkbook();
  const tab = wb.getTab(TAB);
  wb.write(tab, 1, 5, [["Ukuran Keberhasilan"]]);
  wb.write(tab, 1, 11, [["Rencana TW II"]]);
  return wb;
}

const cli = async (...args: string[]) => {
  const lines: string[] = [];
  const code = await main(args, (s) => lines.push(s));
  return { code, out: lines.join("") };
};

describe("correcting how a tab is read", () => {
  it("is needed: without it the tab is no Rencana Aksi to triwulan, periksa and sidik", () => {
    const { port } = emulatedPort(officeWorkbook());
    expect(() => generateTriwulan(port, { tw: 1 })).toThrow(/Tidak ada tab Rencana Aksi yang dikenali/);
    expect(periksa(port, { writeReport: false }).summary.indicators).toBe(0);
    expect(readWorkbook(port).skipped.map((s) => s.tab)).toEqual([TAB]);
  });

  it("is kept in Pengaturan and used by triwulan, periksa and sidik, also after an .xlsx save and load", async () => {
    const wb = officeWorkbook();
    const { port } = emulatedPort(wb);
    expect(correctReading(port, { tab: TAB, col: 4, field: "indikator" }).message).toBe(
      `Koreksi disimpan di tab Pengaturan: kolom E tab '${TAB}' dibaca sebagai Indikator. Semua perintah memakai pembacaan ini.`,
    );
    correctReading(port, { tab: TAB, col: 10, field: "targetTw2" });
    // Correcting the same column again replaces the row: one row per column.
    correctReading(port, { tab: TAB, col: 10, field: "targetTw2" });
    const settings = wb.values(wb.getTab("Pengaturan"), { row: 1, col: 7, rows: 4, cols: 3 });
    expect(settings).toEqual([
      ["Koreksi pembacaan: tab", "Kolom / baris", "Dibaca sebagai"],
      [TAB, "E", "Indikator"],
      [TAB, "K", "Target TW II"],
      ["", "", ""],
    ]);

    // The original template, read without any correction, is what the corrected tab must equal.
    const { port: original } = emulatedPort(transmigrasiWorkbook());
    const want = readWorkbook(original).plans[0];
    const got = readWorkbook(port).plans[0];
    expect(got.columns).toEqual(want.columns);
    expect(got.rows.map((r) => [r.indikator, r.targetTw])).toEqual(
      want.rows.map((r) => [r.indikator, r.targetTw]),
    );

    // periksa: the same findings as on the original (cells and messages).
    const strip = (p: typeof port) =>
      periksa(p, { writeReport: false }).findings.map((f) => [f.rule, f.cell, f.message]);
    expect(strip(port)).toEqual(strip(original));

    // triwulan and sidik: the evaluation tab holds the corrected columns' values.
    expect(generateTriwulan(port, { tw: 1 }).indicators).toBe(12);
    generateTriwulan(original, { tw: 1 });
    const evaluasi = (w: typeof port) =>
      readWorkbook(w)
        .snapshots.get("Evaluasi TW I 2024")
        ?.values.slice(0, 14)
        .map((r) => r.slice(0, 12));
    expect(evaluasi(port)).toEqual(evaluasi(original));
    const print = fingerprintOf(readWorkbook(port, { notes: true }), 1, sha256);
    expect(print.tabs.map((t) => t.tab)).toEqual([
      TAB,
      "Evaluasi TW I 2024",
      "Ringkasan TW I 2024",
      "Pengaturan",
    ]);

    // Saved to .xlsx and loaded again: the table travels, and every command still reads the tab.
    const file = join(dir, "koreksi.xlsx");
    await saveXlsx(wb, file);
    const loaded = await loadXlsx(file);
    const { port: again } = emulatedPort(loaded);
    expect(readWorkbook(again).plans.map((p) => p.tab)).toEqual([TAB]);
    expect(strip(again)).toEqual(strip(port));
    expect(fingerprintOf(readWorkbook(again, { notes: true }), 1, sha256).hash).toBe(print.hash);
    const sidik = await cli("sidik", file, "--tw", "1", "--json");
    expect(JSON.parse(sidik.out).hash).toBe(print.hash);
    const baca = await cli("baca", file);
    expect(baca.out).toContain(`  E: Indikator (koreksi)  ← "Ukuran Keberhasilan"`);
    expect(baca.out).toContain("  J–M: Target TW I–IV (koreksi)\n");
  });

  it("corrects the header rows and a column that is not used", () => {
    const wb = transmigrasiWorkbook();
    const { port } = emulatedPort(wb);
    correctReading(port, { tab: TAB, col: 26, field: null });
    correctReading(port, { tab: TAB, header: { top: 0, bottom: 0 } });
    const fix = readCorrections(wb.values(wb.getTab("Pengaturan"), { row: 1, col: 1, rows: 5, cols: 9 })).get(
      TAB,
    );
    expect(fix).toEqual({ header: { top: 0, bottom: 0 }, columns: [{ col: 26, field: null }] });
    const r = readings(port).readings[0];
    expect(r.columns[26]).toMatchObject({ letter: "AA", label: "tidak dipakai", corrected: true });
    expect(readWorkbook(port).plans[0].columns.penanggungJawab).toBeUndefined();
    expect(() => correctReading(port, { tab: "Tidak Ada", col: 1, field: null })).toThrow(
      'Tab "Tidak Ada" tidak ada di spreadsheet ini.',
    );
  });
});
