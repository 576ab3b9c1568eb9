/** The panel's Periksa and Buat tab Triwulan on a workbook with no plan yet: say what to do first. */
import { describe, expect, it } from "vitest";
import { periksa } from "../../src/app/periksa";
import { generateTriwulan } from "../../src/app/triwulan";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

describe("an empty workbook", () => {
  it("Periksa says there is no plan tab, as the CLI does, not 'tidak ada temuan'", () => {
    const wb = new MemoryWorkbook();
    wb.addTab("Sheet1");
    const result = periksa(emulatedPort(wb).port, {});
    expect(result.message).toBe(
      "Tidak ada tab Rencana Aksi atau PK yang dikenali (judul kolom Indikator, Target, Realisasi), jadi tidak ada yang diperiksa: buat kerangka Rencana Aksi dulu, atau beri tab bidang baris judul kolom.",
    );
    expect(result.message).not.toContain("tidak ada temuan");
    // Nothing was checked: no "Hasil Pemeriksaan" tab saying "Tidak ada temuan.".
    expect(wb.tabs().map((t) => t.name)).toEqual(["Sheet1"]);
  });

  it("Periksa after the plan tabs were removed rewrites its old report with that sentence, not old findings", () => {
    const wb = new MemoryWorkbook();
    wb.addTab("Sheet1");
    const old = wb.addTab("Hasil Pemeriksaan");
    wb.write(old, 1, 1, [
      ["HASIL PEMERIKSAAN KONSISTENSI"],
      ["Waktu"],
      ["kemarin", "Galat", "Target TW", "Bidang A", "I4", "Target tidak cocok"],
    ]);
    const result = periksa(emulatedPort(wb).port, {});
    const text = wb.tabs().find((t) => t.name === "Hasil Pemeriksaan");
    const values = text ? emulatedPort(wb).port.read("Hasil Pemeriksaan").values.flat().map(String) : [];
    expect(values).toContain(result.message);
    expect(values).not.toContain("Tidak ada temuan.");
    expect(values).not.toContain("Target tidak cocok");
  });

  it("Periksa on plan tabs with headers but no indicator says nothing was checked", () => {
    const wb = new MemoryWorkbook();
    wb.write(wb.addTab("Bidang A"), 1, 1, [TEMPLATE_COLUMNS.map((c) => c.header)]);
    const result = periksa(emulatedPort(wb).port, {});
    expect(result.message).toContain(
      "tidak ada satu pun indikator yang terbaca, jadi tidak ada yang diperiksa",
    );
  });

  it("Buat tab Triwulan says to build the template first", () => {
    const wb = new MemoryWorkbook();
    wb.addTab("Sheet1");
    expect(() => generateTriwulan(emulatedPort(wb).port, { tw: 1 })).toThrow(/buat kerangka Rencana Aksi/);
  });
});
