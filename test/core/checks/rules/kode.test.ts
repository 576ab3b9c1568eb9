/**
 * A consistency rule on rows of the reference documents (Rencana Aksi and LAKIP TW I
 * Luwu Timur 2024, LKjIP Kutai Kartanegara 2024): every defect a rule can see is found, and the
 * correct rows around it give no galat.
 */
import { describe, expect, it } from "vitest";
import { kode } from "../../../../src/core/checks/rules/kode";
import { readKode } from "../../../../src/core/checks/shared";
import { LKJIP_PENUNJANG, type Row, templateTab } from "../../../fixtures/checks";
import { r, run } from "../../../utils/checks";

describe("kode: well-formed and unique", () => {
  it("reads codes leniently for linking and strictly for the finding", () => {
    expect(readKode("2.0701.2.05.0004")).toMatchObject({
      canonical: "2.07.01.2.05.0004",
      wellFormed: false,
      level: "subkegiatan",
      parent: "2.07.01.2.05",
    });
    expect(readKode("2.07.01.2.01")).toMatchObject({
      wellFormed: true,
      level: "kegiatan",
      parent: "2.07.01",
    });
    expect(readKode("2,07")).toMatchObject({ canonical: "2.07", level: "urusan" });
    expect(readKode("X.XX.01")).toMatchObject({ wellFormed: true, level: "program" });
  });

  it("finds the LKjIP's malformed codes, a copied kode and a name used under two codes", () => {
    const rows: Row[] = [
      ...LKJIP_PENUNJANG,
      {
        kode: "2.07.02.2.01.02",
        uraian: "Penyusunan Rencana Tenaga Kerja Mikro",
        indikator: "Jumlah Orang yang Menyusun RTK Mikro",
        satuan: "Orang",
        targetTahunan: 15,
      },
      {
        kode: "3.32.02",
        uraian: "PROGRAM PERENCANAAN KAWASAN TRANSMIGRASI",
        indikator: "Jumlah Kawasan Transmigrasi yang direncanakan",
        satuan: "Dokumen",
        targetTahunan: 4,
      },
      {
        kode: "3.32.04",
        uraian: "Program Perencanaan Kawasan Transmigrasi",
        indikator: "Jumlah Satuan Permukiman yang dikembangkan",
        satuan: "SP",
        targetTahunan: 15,
      },
      {
        kode: "2.07.01.2.06.0001",
        uraian: "Penyediaan Peralatan Rumah Tangga",
        indikator: "Jumlah Paket Peralatan Rumah Tangga",
        satuan: "Paket",
        targetTahunan: 1,
      },
    ];
    const fs = run(kode, [templateTab("Renaksi", rows)]);
    const n = LKJIP_PENUNJANG.length;
    expect(fs.map((f) => [f.severity, f.row])).toEqual([
      ["error", r(10)],
      ["error", r(11)],
      ["error", r(n)],
      ["warning", r(n + 2)],
      ["error", r(n + 3)],
      // …and its name is that of 2.07.01.2.06.0003
      ["warning", r(n + 3)],
    ]);
    expect(fs[0].message).toContain("mungkin maksudnya 2.07.01.2.05.0004");
    expect(fs[2].message).not.toContain("mungkin");
    expect(fs[3].message).toContain("dipakai untuk dua kode: 3.32.02");
    expect(fs[4].message).toContain('Kode "2.07.01.2.06.0001" dipakai untuk dua nama berbeda');
  });
});
