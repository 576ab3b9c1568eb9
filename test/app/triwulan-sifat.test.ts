/**
 * The trial's plan: no Target Tahunan and no Sifat Target column, percentages with TW targets
 * 25, 50, 75, 100 and 80, 80, 80, 80. They were read kumulatif (target s.d. TW II 75 and 160, annual
 * 250 and 320); now they are read from the values (akhir, tetap), `sakip baca` and the panel say how,
 * Periksa names what stays open, and a Sifat Target a person adds wins everywhere.
 */
import { describe, expect, it } from "vitest";
import { readings, readingText } from "../../src/app/baca";
import { periksa } from "../../src/app/periksa";
import { generateTriwulan } from "../../src/app/triwulan";
import type { CellValue } from "../../src/core/cells";
import { evaluasiTabName } from "../../src/core/evaluasi";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

const TW = ["I", "II", "III", "IV"];
const HEADER = [
  "No",
  "Indikator",
  "Satuan",
  ...TW.map((t) => `Target TW ${t}`),
  ...TW.map((t) => `Realisasi TW ${t}`),
];

function workbook(sifat?: CellValue[]): MemoryWorkbook {
  const rows: CellValue[][] = [
    [1, "Persentase pencari kerja yang ditempatkan", "%", 25, 50, 75, 100, 20, 45, "", ""],
    [2, "Persentase lowongan yang terisi", "Persen", 80, 80, 80, 80, 78, 79, "", ""],
    [3, "Jumlah peserta pelatihan berbasis kompetensi", "Orang", 10, 20, 30, 40, 12, 18, "", ""],
    [4, "Jumlah dokumen perencanaan", "Dokumen", 0, 1, 1, 0, 0, 1, "", ""],
  ];
  const wb = new MemoryWorkbook();
  wb.write(wb.addTab("Bidang Penempatan"), 1, 1, [
    ["RENCANA AKSI BIDANG PENEMPATAN TAHUN 2024"],
    [""],
    sifat ? [...HEADER, "Sifat Target"] : HEADER,
    ...rows.map((r, i) => (sifat ? [...r, sifat[i]] : r)),
  ]);
  return wb;
}

/** The evaluation tab's rows by indicator: the columns a reviewer reads. */
function evaluation(wb: MemoryWorkbook) {
  const { port } = emulatedPort(wb);
  generateTriwulan(port, { tw: 2 });
  const values = port.read(evaluasiTabName(2, "2024")).values;
  const header = values[4];
  const col = (h: string) => header.indexOf(h);
  const out: Record<string, CellValue[]> = {};
  for (const r of values.slice(5)) {
    if (typeof r[col("No")] !== "number") continue;
    out[String(r[col("Indikator")])] = [
      r[col("Sifat target")],
      r[col("Target tahunan")],
      r[col("Target s.d. TW II")],
      r[col("Realisasi s.d. TW II")],
      r[col("Capaian s.d. TW II (%)")],
    ];
  }
  return { port, out };
}

describe("sifat target read from the values, not summed silently", () => {
  it("percentages are never summed: 25–100 is akhir (annual 100, s.d. TW II 50), 80 × 4 tetap", () => {
    const { out } = evaluation(workbook());
    expect(out["Persentase pencari kerja yang ditempatkan"]).toEqual(["akhir (tebakan)", 100, 50, 45, 90]);
    expect(out["Persentase lowongan yang terisi"]).toEqual(["tetap (tebakan)", 80, 80, 79, 98.75]);
    expect(out["Jumlah dokumen perencanaan"]).toEqual(["kumulatif (tebakan)", 2, 1, 1, 100]);
  });

  it("`sakip baca` and the panel say how the sifat was read and which reading is open", () => {
    const { port } = emulatedPort(workbook());
    const [r] = readings(port).readings;
    expect(r.guesses).toEqual([
      "Sifat target tidak ada kolomnya, dibaca dari nilai target: 2 kumulatif, 1 akhir, 1 tetap.",
      'Baris 6 "Jumlah peserta pelatihan berbasis kompetensi": sifat target dibaca kumulatif, belum pasti (tanpa target tahunan; target TW terus naik (akhir atau kumulatif?)); bila salah, pilih sifatnya di Cara dibaca atau tulis “baris 6 | sifat kumulatif/akhir/tetap” di tabel koreksi Pengaturan.',
      "Polaritas tidak ada kolomnya: dihitung positif (tebakan).",
    ]);
    expect(readingText(r)).toContain('  ⚠ Baris 6 "Jumlah peserta pelatihan');
  });

  it("Periksa names the open reading once, with what to fix", () => {
    const { port } = emulatedPort(workbook());
    const found = periksa(port, { tw: 2, writeReport: false }).findings.filter(
      (f) => f.rule === "sifat-target",
    );
    expect(found.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Bidang Penempatan!G6"]);
    expect(found[0].suggestion).toMatch(/^Tambahkan kolom “Sifat Target”/);
  });

  it("a Sifat Target a person adds wins: in the evaluation tab, in baca and in Periksa", () => {
    const written = workbook(["Kumulatif", "", "Akhir", ""]);
    const { port, out } = evaluation(written);
    expect(out["Persentase pencari kerja yang ditempatkan"]).toEqual([
      "kumulatif",
      250,
      75,
      65,
      86.66666666666667,
    ]);
    expect(out["Jumlah peserta pelatihan berbasis kompetensi"]).toEqual(["akhir", 40, 20, 18, 90]);
    const [r] = readings(port).readings;
    expect(r.guesses).toEqual([
      "Sifat target kosong di 2 baris, dibaca dari nilai target: 1 kumulatif, 1 tetap.",
      "Polaritas tidak ada kolomnya: dihitung positif (tebakan).",
    ]);
    expect(
      periksa(port, { tw: 2, writeReport: false }).findings.filter((f) => f.rule === "sifat-target"),
    ).toEqual([]);
  });
});
