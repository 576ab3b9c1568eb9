/**
 * The demo's LAKIP TW II as a Kepala Dinas reads it before signing:
 * - "Persentase Penyerapan Tenaga Kerja Baru" (akhir: a target only at TW IV) is 11,88 of 23,50 by TW II.
 *   The evaluation form's Kriteria says "–"; the sentence called the progress "(Sangat Rendah)".
 * - "Angka Sengketa Pengusaha Pekerja Pertahun" is written positif against the word "sengketa" (Periksa
 *   warns). 12,67 against 14,50 was printed 87,38 "Tinggi" with no word of it; the report now asks,
 *   as it does for a guessed positif.
 */
import { describe, expect, it } from "vitest";
import { laporanDocument } from "../../src/app/laporan";
import type { ReportParagraph } from "../../src/core/report/model";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";

const texts = () =>
  laporanDocument(emulatedPort(demoWorkbook()).port, { tw: 2 })
    .blocks.filter((b): b is ReportParagraph => b.kind === "paragraph")
    .map((p) => p.text);

describe("the demo's LAKIP TW II", () => {
  it("does not rate mid-year progress against the annual target with a kriteria the form does not give", () => {
    const sentence = texts().find((t) => t.startsWith("Capaian Persentase Penyerapan Tenaga Kerja Baru"));
    expect(sentence).toContain(
      "yaitu 11,88 % dari target 23,50 % atau dengan tingkat capaian 50,55 %. Belum ada target s.d. triwulan ini, sehingga capaian tersebut belum diberi kriteria.",
    );
    expect(sentence).not.toContain("Sangat Rendah");
  });

  it("asks about a positif written against a strong word, under the sentence and under the form", () => {
    const all = texts();
    expect(all).toContain(
      "[Periksa polaritas: tertulis positif, padahal kata \"angka sengketa\"; bila indikator ini makin kecil makin baik, isi kolom Polaritas 'negatif' di tab 'Bidang Hubungan Industrial', lalu buat laporan lagi.]",
    );
    expect(
      all.find((t) =>
        t.startsWith("[Periksa polaritas: capaian dan kriteria Angka Sengketa Pengusaha Pekerja Pertahun"),
      ),
    ).toMatch(/dihitung dengan polaritas positif yang tertulis; /);
  });
});
