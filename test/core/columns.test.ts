import { describe, expect, it } from "vitest";
import { FIELD_SYNONYMS, fieldHeader, TEMPLATE_COLUMNS } from "../../src/core/columns";

describe("TEMPLATE_COLUMNS", () => {
  it("lists the template columns in order, with the headers users read", () => {
    expect(TEMPLATE_COLUMNS.map((c) => c.header)).toEqual([
      "No",
      "Kode",
      "Sasaran",
      "Program / Kegiatan / Sub Kegiatan",
      "Indikator",
      "Satuan",
      "Polaritas",
      "Sifat Target",
      "Target Tahunan",
      "Target TW I",
      "Target TW II",
      "Target TW III",
      "Target TW IV",
      "Pagu",
      "Anggaran (RAK) TW I",
      "Anggaran (RAK) TW II",
      "Anggaran (RAK) TW III",
      "Anggaran (RAK) TW IV",
      "Realisasi TW I",
      "Realisasi TW II",
      "Realisasi TW III",
      "Realisasi TW IV",
      "Realisasi Anggaran TW I",
      "Realisasi Anggaran TW II",
      "Realisasi Anggaran TW III",
      "Realisasi Anggaran TW IV",
      "Penanggung Jawab",
    ]);
    expect(new Set(TEMPLATE_COLUMNS.map((c) => c.field)).size).toBe(TEMPLATE_COLUMNS.length);
    expect(TEMPLATE_COLUMNS.find((c) => c.field === "pagu")?.kind).toBe("rupiah");
    expect(TEMPLATE_COLUMNS.find((c) => c.field === "polaritas")?.kind).toBe("polaritas");
    expect(TEMPLATE_COLUMNS.find((c) => c.field === "sifat")?.kind).toBe("sifat");
    expect(TEMPLATE_COLUMNS.find((c) => c.field === "realisasiAnggaranTw2")?.kind).toBe("rupiah");
  });

  it("names every field, also those the template lacks", () => {
    expect(fieldHeader("realisasiAnggaranTw2")).toBe("Realisasi Anggaran TW II");
    expect(fieldHeader("uraian")).toBe("Program / Kegiatan / Sub Kegiatan");
    expect(fieldHeader("subkegiatan")).toBe("Sub Kegiatan");
    expect(fieldHeader("capaian")).toBe("Capaian (%)");
  });

  it("keeps synonyms normalised (lower case, no punctuation)", () => {
    for (const list of Object.values(FIELD_SYNONYMS)) {
      for (const s of list) expect(s).toMatch(/^[a-z0-9% ]+$/);
    }
  });
});
