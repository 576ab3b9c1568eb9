import { describe, expect, it } from "vitest";
import { buildTemplate } from "../../src/app/template";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { detectPlan } from "../../src/core/layout";
import { createGas } from "../../src/emulator/facade";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

const request = {
  opd: "Dinas Transmigrasi dan Tenaga Kerja",
  tahun: "2024",
  bidang: ["Sekretariat", "Bidang Penempatan Tenaga Kerja"],
};

describe("Buat kerangka Rencana Aksi", () => {
  it("adds Pengaturan, PK and one tab per bidang with dropdowns, checks, frozen and protected headers", () => {
    const wb = new MemoryWorkbook();
    const { port } = emulatedPort(wb, { user: "staf@dinas.go.id", owner: "staf@dinas.go.id" });
    const report = buildTemplate(port, request);
    expect(report.message).toBe(
      "Kerangka dibuat: Pengaturan, PK, Sekretariat, Bidang Penempatan Tenaga Kerja.",
    );
    const tab = wb.getTab("Sekretariat");
    const header = wb.values(tab, { row: 3, col: 1, rows: 1, cols: TEMPLATE_COLUMNS.length })[0];
    expect(header).toEqual(TEMPLATE_COLUMNS.map((c) => c.header));
    expect(wb.values(tab, { row: 1, col: 1, rows: 2, cols: 1 }).flat()).toEqual([
      "RENCANA AKSI SEKRETARIAT",
      "DINAS TRANSMIGRASI DAN TENAGA KERJA TAHUN 2024",
    ]);
    expect(tab.frozenRows).toBe(3);
    const polaritas = TEMPLATE_COLUMNS.findIndex((c) => c.field === "polaritas") + 1;
    const sifat = TEMPLATE_COLUMNS.findIndex((c) => c.field === "sifat") + 1;
    expect(tab.validation(4, polaritas)?.values[0]).toEqual([
      "positif",
      "negatif",
      "negatif-rasio",
      "naik",
      "turun",
      "+",
      "-",
    ]);
    expect(tab.validation(50, sifat)?.values[0]).toEqual(["kumulatif", "akhir", "tetap"]);
    const pagu = TEMPLATE_COLUMNS.findIndex((c) => c.field === "pagu") + 1;
    // Rupiah as people type it is never refused (the add-on reads it; Periksa names what it cannot).
    expect(tab.validation(4, pagu)).toBeNull();
    expect(tab.protections).toEqual([
      expect.objectContaining({ description: "SAKIP: judul kolom Rencana Aksi", warningOnly: false }),
    ]);
    // The template is itself a plan the add-on recognises.
    expect(
      detectPlan("Sekretariat", wb.values(tab, { row: 1, col: 1, rows: 3, cols: header.length })).ok,
    ).toBe(true);

    // A colleague who is not an editor of the protection cannot change the headers.
    const colleague = createGas(wb, { user: "tamu@dinas.go.id", owner: "staf@dinas.go.id" });
    const range = colleague.SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName("Sekretariat")
      ?.getRange(3, 5);
    expect(() => range?.setValue("Indikator baru")).toThrow(/protected cell/);
  });

  it("never touches a tab that already exists", () => {
    const wb = new MemoryWorkbook();
    wb.write(wb.addTab("Sekretariat"), 1, 1, [["=SUM(1,2)", "data lama"]]);
    const { port } = emulatedPort(wb);
    const report = buildTemplate(port, request);
    expect(report.skipped).toEqual(["Sekretariat"]);
    expect(report.message).toContain("Tab yang sudah ada tidak diubah: Sekretariat.");
    expect(wb.values(wb.getTab("Sekretariat"), { row: 1, col: 1, rows: 1, cols: 2 })).toEqual([
      ["=SUM(1,2)", "data lama"],
    ]);
    const again = buildTemplate(port, request);
    expect(again.created).toEqual([]);
  });

  it("rejects unusable names with one Indonesian sentence", () => {
    const { port } = emulatedPort(new MemoryWorkbook());
    expect(() => buildTemplate(port, { ...request, bidang: [" "] })).toThrow(
      /Isi paling sedikit satu nama bidang/,
    );
    expect(() => buildTemplate(port, { ...request, bidang: ["A", "a"] })).toThrow(
      'Nama bidang "a" ditulis dua kali',
    );
    expect(() => buildTemplate(port, { ...request, tahun: "24" })).toThrow(/Tahun "24" tidak valid/);
  });
});
