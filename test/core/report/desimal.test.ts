/**
 * Staff typed 4,40 and the sheet keeps 4.4 (no trailing zero, as Sheets and Excel do): the report
 * prints an indicator's figures with the decimals of its most precise one, "4,40" beside "4,05",
 * "3,90 (2026)" for the Renstra target, whole numbers whole. The trial printed "target 4,4 %" and
 * "3,9 (2026)".
 */
import { describe, expect, it } from "vitest";
import { laporanDocument } from "../../../src/app/laporan";
import { decimalsOf, num } from "../../../src/core/report/format";
import type { ReportDocument, ReportParagraph, ReportTable } from "../../../src/core/report/model";
import { emulatedPort } from "../../../src/emulator/session";
import { trialWorkbook } from "../../utils/trial-plan";

const doc = (tw: 2 | "tahunan") => laporanDocument(emulatedPort(trialWorkbook()).port, { tw });
const rowsOf = (d: ReportDocument, id: (i: string) => boolean, indikator: string) =>
  d.blocks
    .filter((b): b is ReportTable => b.kind === "table" && id(b.id))
    .flatMap((t) => t.rows.map((r) => r.cells.map((c) => c.text)))
    .filter((r) => r.includes(indikator));
const paragraph = (d: ReportDocument, start: string) =>
  d.blocks.find((b): b is ReportParagraph => b.kind === "paragraph" && b.text.startsWith(start))?.text ?? "";

describe("decimals as staff typed them", () => {
  it("num keeps two decimals where asked, never on a whole number", () => {
    expect([num(4.4, 2), num(4.05, 2), num(100, 2), num(58.2, 2), num(1370.5, 1), num(4.4)]).toEqual([
      "4,40",
      "4,05",
      "100",
      "58,20",
      "1.370,5",
      "4,4",
    ]);
    expect([decimalsOf(4.05), decimalsOf(4.4), decimalsOf(100), decimalsOf(0.1 + 0.2)]).toEqual([2, 1, 0, 1]);
  });

  it("LAKIP TW II: 4,40 in the tables and the sentence, 3,90 (2026) for the Renstra target", () => {
    const d = doc(2);
    expect(rowsOf(d, (i) => i === "iku", "Tingkat pengangguran terbuka")[0].slice(3, 7)).toEqual([
      "%",
      "4,40",
      "4,40",
      "4,05",
    ]);
    expect(rowsOf(d, (i) => i.startsWith("banding-"), "Tingkat pengangguran terbuka")[0]).toEqual([
      "1",
      "Tingkat pengangguran terbuka",
      "%",
      "4,60",
      "4,50",
      "102,17",
      "4,05",
      "3,90 (2026)",
      "96,15",
    ]);
    // 58,2 typed beside 63,57: "58,20"; whole numbers (60, 70) stay whole.
    expect(
      rowsOf(d, (i) => i.startsWith("banding-"), "Persentase warga transmigran mandiri")[0].slice(3, 8),
    ).toEqual(["60", "58,20", "97,00", "61,68", "70 (2026)"]);
    expect(
      rowsOf(d, (i) => i.startsWith("evaluasi-"), "Tingkat pengangguran terbuka")[0].slice(4, 8),
    ).toEqual(["4,40", "4,05", "4,40", "4,05"]);
    const sentence = paragraph(d, "Capaian Tingkat pengangguran terbuka");
    expect(sentence).toContain("yaitu 4,05 % dari target 4,40 %");
    expect(sentence).toContain("Realisasi tahun 2023 sebesar 4,50 % dari target 4,60 %");
    expect(sentence).toContain("Target akhir Renstra (2026) Tingkat pengangguran terbuka yaitu 3,90 %");
    // A count stays a count.
    expect(
      rowsOf(d, (i) => i.startsWith("evaluasi-"), "Jumlah dokumen perencanaan kawasan")[0].slice(4, 8),
    ).toEqual(["1", "1", "1", "1"]);
  });

  it("LAKIP TW III: the change from last year in the same decimals ('turun 0,40 poin persen', not '0,4'), of the realisasi s.d. TW", () => {
    const d = laporanDocument(emulatedPort(trialWorkbook({ tw3: true })).port, { tw: 3 });
    expect(paragraph(d, "Capaian Tingkat pengangguran terbuka")).toContain(
      "Realisasi tahun 2023 sebesar 4,50 % dari target 4,60 % (capaian 102,17 %); realisasi s.d. Triwulan III Tahun 2024 turun 0,40 poin persen.",
    );
  });

  it("LKjIP: the same figures, the same decimals", () => {
    const d = doc("tahunan");
    const cells = d.blocks
      .filter((b): b is ReportTable => b.kind === "table")
      .flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text)));
    expect(cells).toContain("4,40");
    expect(cells).not.toContain("4,4");
    expect(cells.filter((c) => /^3,9( |$)/.test(c))).toEqual([]);
    expect(cells.filter((c) => /^3,90( |$)/.test(c)).length).toBeGreaterThan(0);
  });
});
