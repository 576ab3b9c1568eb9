/**
 * A consistency rule on rows of the reference documents (Rencana Aksi and LAKIP TW I
 * Luwu Timur 2024, LKjIP Kutai Kartanegara 2024): every defect a rule can see is found, and the
 * correct rows around it give no galat.
 */
import { describe, expect, it } from "vitest";
import { polaritas, soundsNegative } from "../../../../src/core/checks/rules/polaritas";
import { col, type Row, templateTab } from "../../../fixtures/checks";
import { run } from "../../../utils/checks";

describe("polaritas: wording that says lower is better", () => {
  it("warns for negative wording marked positive or left blank, not for handled cases", () => {
    const rows: Row[] = [
      { indikator: "Tingkat Pengangguran Terbuka", satuan: "%", polaritas: "" },
      {
        indikator: "Prevalensi Stunting sesuai dengan target Nasional",
        satuan: "Persen",
        polaritas: "Positif",
      },
      { indikator: "Angka Sengketa Pengusaha Pekerja Pertahun", satuan: "%", polaritas: "" },
      { indikator: "Tingkat Pengangguran Terbuka", satuan: "%", polaritas: "Negatif" },
      {
        indikator: "Persentase kasus perselisihan hubungan industrial yang di fasilitasi",
        satuan: "%",
        polaritas: "",
      },
      { indikator: "Jumlah Program Pengentasan Kemiskinan", satuan: "Jumlah", polaritas: "" },
      {
        indikator: "Angka Sengketa Pengusaha dan Pekerja Pertahun yang difasilitasi dan di Mediasi",
        satuan: "Kasus",
        polaritas: "",
      },
      { indikator: "Persentase Penyerapan Tenaga Kerja Baru", satuan: "%", polaritas: "" },
    ];
    const fs = run(polaritas, [templateTab("IKU", rows)]);
    expect(fs.map((f) => f.row)).toEqual([2, 3, 4]);
    // A positif the office wrote against a strong word (stunting) stays a warning (polaritas-tertulis.test.ts).
    expect(fs.map((f) => f.severity)).toEqual(["warning", "warning", "warning"]);
    expect(fs.every((f) => f.cell.startsWith(col("polaritas")))).toBe(true);
    expect(fs[0].message).toBe(
      'Indikator "Tingkat Pengangguran Terbuka" tampaknya makin rendah makin baik (kata "tingkat pengangguran"), tetapi polaritasnya kosong, jadi capaian dihitung positif.',
    );
    expect(fs[1].message).toContain("polaritasnya tertulis positif");
  });

  it("knows the words", () => {
    expect(soundsNegative("Angka kematian ibu")).toBe(true);
    expect(soundsNegative("Jumlah kasus kecelakaan kerja")).toBe(true);
    expect(soundsNegative("Persentase penurunan angka kemiskinan")).toBe(false);
  });
});
