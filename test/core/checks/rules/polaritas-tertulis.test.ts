/**
 * A polaritas the office wrote ("positif") doubted on a weak word of the indicator alone is an Info,
 * not a warning (trial 4 #17: "kasus" in "Cakupan penemuan kasus TBC", a case-finding rate that should
 * rise); against a strong word (stunting, angka kematian, pengangguran, kemiskinan, sengketa), a blank
 * polaritas, or a written one against other signs (falling targets), it stays a warning (issue 18).
 * Rows of the reference Rencana Aksi / LKjIP where they fit.
 */
import { describe, expect, it } from "vitest";
import { polaritas } from "../../../../src/core/checks/rules/polaritas";
import { type Row, templateTab, tw } from "../../../fixtures/checks";
import { run } from "../../../utils/checks";

describe("polaritas written positif by the office", () => {
  it("is an Info when only a word of the indicator doubts it, a warning when blank or when targets fall", () => {
    const rows: Row[] = [
      { indikator: "Cakupan penemuan kasus TBC", satuan: "%", polaritas: "positif" },
      { indikator: "Cakupan penemuan kasus TBC", satuan: "%", polaritas: "" },
      {
        indikator: "Prevalensi Stunting sesuai dengan target Nasional",
        satuan: "Persen",
        polaritas: "Positif",
        sifat: "Akhir",
        targetTahunan: 14,
        ...tw("targetTw", [20, 18, 16, 14]),
      },
    ];
    const fs = run(polaritas, [templateTab("P2P", rows)]);
    expect(fs.map((f) => [f.row, f.severity])).toEqual([
      [2, "info"],
      [3, "warning"],
      [4, "warning"],
    ]);
    expect(fs[0].message).toBe(
      'Indikator "Cakupan penemuan kasus TBC" tampaknya makin rendah makin baik (kata "kasus"), tetapi polaritasnya tertulis positif.',
    );
  });

  it.each([
    ["Prevalensi Stunting sesuai dengan target Nasional", "warning"],
    ["Angka Kematian Ibu per 100.000 kelahiran hidup", "warning"],
    ["Tingkat Pengangguran Terbuka", "warning"],
    ["Persentase Penduduk Miskin", "warning"],
    ["Tingkat Kemiskinan", "warning"],
    ["Angka Sengketa Pengusaha Pekerja Pertahun", "warning"],
    ["Cakupan penemuan kasus TBC", "info"],
    ["Prevalensi pemberian ASI eksklusif", "info"],
  ])("%s written positif: %s", (indikator, severity) => {
    const fs = run(polaritas, [templateTab("P2P", [{ indikator, satuan: "%", polaritas: "positif" }])]);
    expect(fs.map((f) => f.severity)).toEqual([severity]);
  });
});
