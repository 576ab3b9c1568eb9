/**
 * Trial 7/8 on a Dinas PUPR whose kode is split over Urusan | Bidang Urusan | Program | Kegiatan | Sub
 * Kegiatan (the corpus layout KODE_TERPECAH). Cara dibaca offers "Kode (bagian)": one action that says
 * which columns are one kode, kept in Pengaturan and used by every command; and "otomatis (hapus
 * koreksi)", which takes a correction away so the tab is read exactly as the reading guesses it — the
 * panel's only way back was "tidak dipakai", after which B–E were joined without A (a kode galat on
 * every sub kegiatan row) until the row was deleted from Pengaturan by hand.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Args } from "../../src/api";
import {
  correctableFields,
  correctionEntries,
  correctReading,
  readings,
  readingText,
} from "../../src/app/baca";
import { periksa } from "../../src/app/periksa";
import type { WorkbookPort } from "../../src/app/port";
import { submitForReview } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { main } from "../../src/cli/sakip";
import type { CellValue } from "../../src/core/cells";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { saveXlsx } from "../../src/emulator/xlsx";
import { KODE_TERPECAH } from "../fixtures/layouts";
import { reviuDeps } from "../fixtures/reviu";

const TAB = "Eselon IV";
const KODE = ["1.03.02.2.01.0011", "1.03.02.2.01.0011", "1.03.03.2.01.0006"];
const dir = mkdtempSync(join(tmpdir(), "sakip-kode-bagian-"));

function office(header?: CellValue[]) {
  const values = KODE_TERPECAH.map((r) => [...r]);
  // Words no reader knows over the parts: the reading cannot see they are a kode.
  if (header) values[1][0] = "Nomor Rekening";
  if (header) values[2].splice(0, header.length, ...header);
  const wb = new MemoryWorkbook();
  wb.write(wb.addTab(TAB), 1, 1, values);
  return { wb, ...emulatedPort(wb) };
}

/** What the panel sends (sidebar/reading.ts), through the endpoint's own conversion. */
const panel = (port: WorkbookPort, a: Args<"correctReading">) =>
  correctReading(port, correctionEntries(a)).message;
const reading = (port: WorkbookPort) => readingText(readings(port).readings[0]);
const kodes = (port: WorkbookPort) =>
  periksa(port, { writeReport: false }).findings.flatMap((f) => (f.rule === "kode" ? [f.message] : []));
const table = (wb: MemoryWorkbook) =>
  wb
    .values(wb.getTab("Pengaturan"), { row: 1, col: 7, rows: 7, cols: 3 })
    .filter((r) => r.some((v) => v !== ""));

describe("Cara dibaca: a correction taken away", () => {
  it("gives back exactly the automatic reading of the split kode (no kode galat, nothing left in Pengaturan)", () => {
    const { wb, port } = office();
    const automatic = reading(port);
    expect(automatic).toContain("A: Kode (bagian 1 dari 5)");
    expect(kodes(port)).toEqual([]);

    panel(port, { tab: TAB, col: 0, field: "kode" });
    expect(kodes(port).join()).toContain('Kode "1" tidak sesuai');
    expect(panel(port, { tab: TAB, columns: [{ col: 0, field: "otomatis" }] })).toBe(
      `Koreksi disimpan di tab Pengaturan: kolom A tab '${TAB}' dibaca otomatis lagi. Semua perintah memakai pembacaan ini.`,
    );
    expect(reading(port)).toBe(automatic);
    expect(kodes(port)).toEqual([]);
    expect(table(wb)).toEqual([["Koreksi pembacaan: tab", "Kolom / baris", "Dibaca sebagai"]]);

    // "tidak dipakai" is a person's word, kept; "otomatis" takes it away too.
    panel(port, { tab: TAB, col: 0, field: null });
    expect(reading(port)).toContain("B: Kode (bagian 1 dari 4)");
    panel(port, { tab: TAB, columns: [{ col: 0, field: "otomatis" }] });
    expect(reading(port)).toBe(automatic);
    // Nothing to take away: nothing written.
    const before = wb.values(wb.getTab("Pengaturan"), { row: 1, col: 1, rows: 20, cols: 12 });
    panel(port, { tab: TAB, columns: [{ col: 3, field: "otomatis" }] });
    expect(wb.values(wb.getTab("Pengaturan"), { row: 1, col: 1, rows: 20, cols: 12 })).toEqual(before);
  });
});

describe('Cara dibaca: "Kode (bagian)" says which columns are one kode', () => {
  const UNSEEN = ["U", "BU", "P", "K", "SK"];

  it("is offered beside Kode", () => {
    const labels = correctableFields().map((f) => f.label);
    expect(labels.slice(labels.indexOf("Kode"), labels.indexOf("Kode") + 2)).toEqual([
      "Kode",
      "Kode (bagian)",
    ]);
  });

  it("is one action kept in Pengaturan, and wins in triwulan, periksa, reviu and sakip baca", async () => {
    const { wb, port } = office(UNSEEN);
    expect(reading(port)).toContain('A: tidak dipakai  ← "Nomor Rekening / U"');

    const parts = [0, 1, 2, 3, 4].map((col) => ({ col, field: "Kode (bagian)" }));
    expect(panel(port, { tab: TAB, columns: parts })).toBe(
      `Koreksi disimpan di tab Pengaturan: kolom A–E tab '${TAB}' dibaca sebagai Kode (bagian). Semua perintah memakai pembacaan ini.`,
    );
    expect(table(wb).slice(1)).toEqual(["A", "B", "C", "D", "E"].map((c) => [TAB, c, "Kode (bagian)"]));
    const text = reading(port);
    expect(text).toContain('A: Kode (bagian 1 dari 5) (koreksi)  ← "Nomor Rekening / U"');
    expect(text).toContain('E: Kode (bagian 5 dari 5) (koreksi)  ← "SK"');

    // Buat tab Triwulan: the evaluation tab's Kode.
    generateTriwulan(port, { tw: 1 });
    const evaluasi = port.read("Evaluasi TW I 2026").values;
    expect(evaluasi.filter((r) => typeof r[0] === "number").map((r) => r[1])).toEqual(KODE);

    // sakip baca on the saved file: the same reading.
    const file = join(dir, "pupr.xlsx");
    await saveXlsx(wb, file);
    const lines: string[] = [];
    expect(await main(["baca", file], (s) => lines.push(s))).toBe(0);
    expect(lines.join("")).toContain("C: Kode (bagian 3 dari 5) (koreksi)");
  });

  it("replaces a one-column Kode whose kode galat block Kirim", () => {
    const { port } = office(UNSEEN);
    panel(port, { tab: TAB, col: 0, field: "kode" });
    generateTriwulan(port, { tw: 1 });
    expect(kodes(port).join()).toContain('Kode "1" tidak sesuai');
    expect(submitForReview(port, reviuDeps("staf@dinas.go.id"), { tw: 1 }).status).toBe("galat");

    panel(port, { tab: TAB, columns: [0, 1, 2, 3, 4].map((col) => ({ col, field: "Kode (bagian)" })) });
    expect(kodes(port)).toEqual([]);
    generateTriwulan(port, { tw: 1 });
    expect(submitForReview(port, reviuDeps("staf@dinas.go.id"), { tw: 1 }).status).toBe("dikirim");
  });

  it("is taken away in one action: the parts' rows go, the tab reads as before", () => {
    const { wb, port } = office(UNSEEN);
    const automatic = reading(port);
    panel(port, { tab: TAB, columns: [0, 1, 2, 3, 4].map((col) => ({ col, field: "Kode (bagian)" })) });
    panel(port, { tab: TAB, columns: [0, 1, 2, 3, 4].map((col) => ({ col, field: "otomatis" })) });
    expect(reading(port)).toBe(automatic);
    expect(table(wb)).toHaveLength(1);
  });
});
