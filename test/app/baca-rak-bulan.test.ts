/**
 * Trial 8 #14: a Kecamatan's monthly Rencana Penarikan Dana whose month headers the reading cannot
 * see had no month meaning in Cara dibaca: the RAK per TW, serapan thd RAK and the RPD ≠ pagu galat
 * were out of reach. "RAK per bulan", chosen on January's column, says which twelve columns are the
 * months in one action, kept in Pengaturan, used by every command and taken away in one action.
 */
import { describe, expect, it, vi } from "vitest";
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
import { generateTriwulan } from "../../src/app/triwulan";
import { KOREKSI_HEADER } from "../../src/core/koreksi";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { KECAMATAN_DPA } from "../fixtures/layouts";

const TAB = "Renaksi Kec";
const JAN = 7;
const LETTERS = "HIJKLMNOPQRS".split("");
const MONTHS = LETTERS.map((_, i) => JAN + i);

/** The Kecamatan layout with month headers written as periods ("P1" … "P12"): no month word at all. */
function office() {
  const values = KECAMATAN_DPA.map((r) => [...r]);
  MONTHS.forEach((c, i) => {
    values[5][c] = `P${i + 1}`;
  });
  const wb = new MemoryWorkbook();
  wb.write(wb.addTab(TAB), 1, 1, values);
  return { wb, ...emulatedPort(wb) };
}

/** What the panel sends (sidebar/reading.ts), through the endpoint's own conversion. */
const panel = (port: WorkbookPort, a: Args<"correctReading">) =>
  correctReading(port, correctionEntries(a)).message;
const reading = (port: WorkbookPort) => readingText(readings(port).readings[0]);
const rpd = (port: WorkbookPort) =>
  periksa(port, { writeReport: false, tahun: "2026" }).findings.filter((f) =>
    /tidak sama dengan pagu/.test(f.message),
  );
const months = (field: string) => MONTHS.map((col) => ({ col, field }));

describe('Cara dibaca: "RAK per bulan" says which columns are a cash plan\'s months (trial 8 #14)', () => {
  it("is offered beside the RAK per TW", () => {
    const labels = correctableFields().map((f) => f.label);
    const at = labels.indexOf("Anggaran (RAK) TW IV");
    expect(labels.slice(at, at + 2)).toEqual(["Anggaran (RAK) TW IV", "RAK per bulan"]);
  });

  it("is one action kept in Pengaturan: the months are the RAK per TW and the RPD ≠ pagu galat is found", () => {
    const { wb, port } = office();
    expect(reading(port)).toContain('H: tidak dipakai  ← "RENCANA PENARIKAN DANA (RPD) BULANAN / P1"');
    expect(rpd(port)).toEqual([]);

    expect(panel(port, { tab: TAB, columns: months("RAK per bulan") })).toBe(
      `Koreksi disimpan di tab Pengaturan: kolom H–S tab '${TAB}' dibaca sebagai RAK per bulan. Semua perintah memakai pembacaan ini.`,
    );
    const table = wb
      .values(wb.getTab("Pengaturan"), { row: 1, col: 7, rows: 14, cols: 3 })
      .filter((r) => r.some((v) => v !== ""));
    expect(table.slice(1)).toEqual(LETTERS.map((c) => [TAB, c, "RAK per bulan"]));
    const text = reading(port);
    expect(text).toContain(
      'H: RAK TW I (bulan ke-1) (koreksi)  ← "RENCANA PENARIKAN DANA (RPD) BULANAN / P1"',
    );
    expect(text).toContain('S: RAK TW IV (bulan ke-12) (koreksi)  ← "P12"');

    // Periksa: the last sub kegiatan's months add up to Rp 149.500.000 against its pagu of Rp 150.000.000.
    const found = rpd(port);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("Rp 149.500.000 tidak sama dengan pagu Rp 150.000.000");

    // Buat tab Triwulan: RAK s.d. TW II is the first six months (gaji: 6 × Rp 70.000.000).
    const { tab } = generateTriwulan(port, { tw: 2, tahun: "2026" });
    const evaluation = port.read(tab).values;
    const header = evaluation.findIndex((r) => r.includes("Kunci"));
    const rakCol = evaluation[header].findIndex((v) => /^RAK s\.d\./.test(String(v)));
    const gaji = evaluation.find((r) => r.includes("Jumlah ASN yang menerima gaji dan tunjangan")) ?? [];
    expect(gaji[rakCol]).toBe(420000000);
  });

  it("is taken away in one action: the tab reads as before", () => {
    const { wb, port } = office();
    const automatic = reading(port);
    panel(port, { tab: TAB, columns: months("RAK per bulan") });
    panel(port, { tab: TAB, columns: months("otomatis") });
    expect(reading(port)).toBe(automatic);
    expect(wb.values(wb.getTab("Pengaturan"), { row: 2, col: 7, rows: 13, cols: 3 }).flat().join("")).toBe(
      "",
    );
  });

  it("takes exactly twelve columns: eleven (H–R, Desember left out) are refused and nothing is written", () => {
    const { port } = office();
    const write = vi.spyOn(port, "write");
    const create = vi.spyOn(port, "create");
    expect(() => panel(port, { tab: TAB, columns: months("RAK per bulan").slice(0, 11) })).toThrow(
      "RAK per bulan perlu 12 kolom.",
    );
    expect([write.mock.calls.length, create.mock.calls.length]).toEqual([0, 0]);
    expect(reading(port)).toContain('H: tidak dipakai  ← "RENCANA PENARIKAN DANA (RPD) BULANAN / P1"');
    // Twelve (H–S) as before.
    expect(panel(port, { tab: TAB, columns: months("RAK per bulan") })).toContain("kolom H–S");
  });

  it("reads a month family typed by hand in Pengaturan with eleven columns as no months, and says so once", () => {
    const { wb, port } = office();
    const settings = [[...KOREKSI_HEADER], ...LETTERS.slice(0, 11).map((c) => [TAB, c, "RAK per bulan"])];
    wb.write(wb.addTab("Pengaturan"), 1, 7, settings);
    const text = reading(port);
    expect(text.split("RAK per bulan perlu 12 kolom.").length - 1).toBe(1);
    expect(text).not.toContain("(bulan ke-");
    expect(rpd(port)).toEqual([]);
  });
});
