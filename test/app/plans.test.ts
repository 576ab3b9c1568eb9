/**
 * The workbook's year: Pengaturan, else the plan's titles, else asked for (a typed failure the panel
 * answers with a field and the CLI with `--tahun`); never today's year silently.
 */
import { describe, expect, it } from "vitest";
import { findTahun, readWorkbook, saveTahun, TahunUnknown, tahunOf } from "../../src/app/plans";
import { generateTriwulan } from "../../src/app/triwulan";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { appendedWorkbook } from "../utils/appended";

const TITLE_ROW = 4;

describe("the year of the workbook", () => {
  it("comes from Pengaturan first, over the titles", () => {
    const wb = appendedWorkbook();
    const { port } = emulatedPort(wb);
    port.create("Pengaturan");
    port.write("Pengaturan", [{ row: 1, col: 1, cells: [["Tahun", 2023]] }]);
    expect(findTahun(readWorkbook(port))).toEqual({ tahun: "2023", source: "pengaturan" });
    expect(generateTriwulan(port, { tw: 1 }).tab).toBe("Evaluasi TW I 2023");
  });

  it.each([
    ["TAHUN 2024", "2024"],
    ["RENCANA AKSI TAHUN ANGGARAN 2025", "2025"],
    ["Rencana Aksi T.A. 2022", "2022"],
  ])("comes from a title %j when Pengaturan names none", (title, year) => {
    const wb = appendedWorkbook({ title: false });
    wb.write(wb.getTab(wb.tabs()[0].name), TITLE_ROW, 1, [[title]]);
    const { port } = emulatedPort(wb);
    expect(findTahun(readWorkbook(port))).toEqual({ tahun: year, source: "judul" });
    expect(generateTriwulan(port, { tw: 2 }).tab).toBe(`Evaluasi TW II ${year}`);
  });

  it("is asked for when nothing names it: a typed failure, nothing written, never this year", () => {
    const wb = appendedWorkbook({ title: false });
    const { port } = emulatedPort(wb);
    const tabs = wb.tabs().map((t) => t.name);
    expect(findTahun(readWorkbook(port))).toEqual({ tahun: "", source: "" });
    let failure: unknown;
    try {
      generateTriwulan(port, { tw: 1 });
    } catch (e) {
      failure = e;
    }
    expect(failure).toBeInstanceOf(TahunUnknown);
    expect((failure as TahunUnknown).code).toBe("masukan");
    expect((failure as TahunUnknown).field).toBe("tahun");
    expect((failure as Error).message).toBe(
      "Tahun laporan tidak diketahui: tab Pengaturan dan judul tab Rencana Aksi tidak menyebutnya; isi tahunnya (misalnya 2024).",
    );
    expect(wb.tabs().map((t) => t.name)).toEqual(tabs);
    expect(() => tahunOf(readWorkbook(port))).toThrow(TahunUnknown);
    // Given for the run (the CLI's --tahun, the panel's field): used, Pengaturan untouched.
    expect(generateTriwulan(port, { tw: 1, tahun: "2025" }).tab).toBe("Evaluasi TW I 2025");
    expect(wb.tab("Pengaturan")).toBeUndefined();
    expect(() => generateTriwulan(port, { tw: 1, tahun: "25" })).toThrow(
      'Tahun "25" tidak valid: tulis empat angka, misalnya 2024.',
    );
  });

  it("is written to Pengaturan when the person saves it, without overwriting a typed year", () => {
    const wb = appendedWorkbook({ title: false });
    const { port } = emulatedPort(wb);
    expect(saveTahun(port, "2024").message).toBe(
      "Tahun 2024 disimpan di tab Pengaturan; semua perintah memakainya.",
    );
    const settings = wb.getTab("Pengaturan");
    const rows = wb.values(settings, { row: 1, col: 1, rows: 3, cols: 2 });
    expect(rows).toEqual([
      ["Pengaturan", "Nilai"],
      ["OPD", ""],
      ["Tahun", "2024"],
    ]);
    expect(findTahun(readWorkbook(port))).toEqual({ tahun: "2024", source: "pengaturan" });
    expect(generateTriwulan(port, { tw: 1 }).tab).toBe("Evaluasi TW I 2024");
    // Saving the same year again changes nothing; another year is refused (typed in Pengaturan).
    expect(saveTahun(port, "2024").message).toContain("Tahun 2024 disimpan");
    expect(() => saveTahun(port, "2026")).toThrow(
      "Tab Pengaturan sudah menyebut tahun 2024: ubah langsung di tab Pengaturan bila tahunnya salah.",
    );
    expect(wb.value(settings, 3, 2)).toBe("2024");
    expect(() => saveTahun(port, "dua ribu")).toThrow('Tahun "dua ribu" tidak valid');
  });

  it("joins a Pengaturan that holds only corrections, and fills an empty Tahun row", () => {
    const wb = appendedWorkbook({ title: false });
    const { port } = emulatedPort(wb);
    port.create("Pengaturan");
    port.write("Pengaturan", [
      { row: 1, col: 7, cells: [["Koreksi pembacaan: tab", "Kolom / baris", "Dibaca sebagai"]] },
    ]);
    saveTahun(port, "2024");
    const settings = wb.getTab("Pengaturan");
    expect(wb.value(settings, 3, 1)).toBe("Tahun");
    expect(wb.value(settings, 1, 7)).toBe("Koreksi pembacaan: tab");

    const other = appendedWorkbook({ title: false });
    const { port: p2 } = emulatedPort(other);
    p2.create("Pengaturan");
    p2.write("Pengaturan", [
      {
        row: 1,
        col: 1,
        cells: [
          ["OPD", "Dinas X"],
          ["Tahun", ""],
          ["Skala kriteria", "lakip"],
        ],
      },
    ]);
    saveTahun(p2, "2023");
    expect(other.values(other.getTab("Pengaturan"), { row: 1, col: 1, rows: 3, cols: 2 })).toEqual([
      ["OPD", "Dinas X"],
      ["Tahun", "2023"],
      ["Skala kriteria", "lakip"],
    ]);
  });

  it("is the year measured in a table with several years side by side (Pengaturan, else the one given)", () => {
    const measured = (pengaturan: string, given?: string) => {
      const wb = new MemoryWorkbook();
      // biome-ignore format: one sheet row per line reads like the sheet
      wb.write(wb.addTab("Pengukuran"), 1, 1, [
        ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Tahun 2023", "", "", "Tahun 2024", "", ""],
        ["", "", "", "", "Target", "Realisasi", "Persentase", "Target", "Realisasi", "Persentase"],
        [1, "Menurunnya pengangguran", "Tingkat Pengangguran Terbuka", "%", 4.6, 4.5, 97.83, 4.4, 4.05, 107.95],
      ]);
      if (pengaturan) wb.write(wb.addTab("Pengaturan"), 1, 1, [["Tahun", pengaturan]]);
      const plan = readWorkbook(emulatedPort(wb).port, { tahun: given }).plans[0];
      return [plan.tahun, plan.rows[0].targetTahunan, plan.rows[0].realisasiTahunan];
    };
    expect(measured("")).toEqual([2024, 4.4, 4.05]);
    expect(measured("2023")).toEqual([2023, 4.6, 4.5]);
    expect(measured("2024")).toEqual([2024, 4.4, 4.05]);
    expect(measured("2024", "2023")).toEqual([2023, 4.6, 4.5]);
  });
});
