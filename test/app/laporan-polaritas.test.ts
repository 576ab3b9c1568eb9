/**
 * A plan without a Polaritas column (trial: binapenta, "Tingkat Pengangguran Terbuka"): the report
 * computes positif as the evaluation tab does ("positif (tebakan)"), and marks the indicator whose
 * words say lower is better with a bracketed request, as it does for a missing faktor pendorong; an
 * indicator with a written Polaritas, or words that say nothing, is not marked.
 */
import { expect, it } from "vitest";
import { generateLaporan, laporanDocument } from "../../src/app/laporan";
import type { CellValue } from "../../src/core/cells";
import type { ReportParagraph } from "../../src/core/report/model";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { DOK, HEADER, TPT } from "../fixtures/polaritas";

function workbook(rows: CellValue[][], header: CellValue[]) {
  const wb = new MemoryWorkbook();
  wb.write(wb.addTab("Bidang Penempatan"), 1, 1, [["RENCANA AKSI TAHUN 2024"], [""], header, ...rows]);
  return emulatedPort(wb).port;
}

function doc(rows: CellValue[][], header = HEADER, tw: 2 | "tahunan" = 2) {
  return laporanDocument(workbook(rows, header), { tw, tahun: "2024" });
}

const polaritasAsks = (d: ReturnType<typeof doc>) =>
  d.blocks.filter(
    (b): b is ReportParagraph => b.kind === "paragraph" && b.text.startsWith("[Periksa polaritas"),
  );
// The requests under each indicator's paragraph (the evaluation form's own is tested below).
const asks = (d: ReturnType<typeof doc>) => polaritasAsks(d).filter((p) => !p.id.startsWith("evaluasi-"));

it("marks the per-bidang evaluation form too: its rows rated on the guessed positif are named under it (trial 6 #6)", () => {
  const d = doc([TPT, DOK]);
  const form = polaritasAsks(d).filter((p) => p.id === "evaluasi-Bidang Penempatan-polaritas");
  expect(form).toHaveLength(1);
  expect(form[0].placeholder).toBe(true);
  expect(form[0].text).toMatch(
    /^\[Periksa polaritas: capaian dan kriteria Tingkat Pengangguran Terbuka \(kata "tingkat pengangguran"/,
  );
  expect(form[0].text).not.toContain(String(DOK[1]));
  const i = d.blocks.indexOf(form[0]);
  expect(
    d.blocks
      .slice(0, i)
      .filter((b) => b.kind === "table")
      .pop(),
  ).toMatchObject({
    id: "evaluasi-Bidang Penempatan",
  });
  // A written Polaritas: no request under the form either.
  const written = doc(
    [
      [...TPT, "negatif"],
      [...DOK, "positif"],
    ],
    [...HEADER, "Polaritas"],
  );
  expect(polaritasAsks(written)).toEqual([]);
});

it("marks a guessed positif polaritas of an indicator that sounds negative, right after its paragraph", () => {
  for (const tw of [2, "tahunan"] as const) {
    const d = doc([TPT, DOK], HEADER, tw);
    const marks = asks(d);
    expect(marks, String(tw)).toHaveLength(1);
    expect(marks[0].placeholder).toBe(true);
    expect(marks[0].text).toMatch(/ditebak positif.*makin kecil makin baik.*Polaritas 'negatif'/);
    expect(marks[0].text).toContain("Bidang Penempatan");
    const i = d.blocks.indexOf(marks[0]);
    expect((d.blocks[i - 1] as ReportParagraph).text).toContain("Tingkat Pengangguran Terbuka");
  }
});

it("does not mark an indicator whose Polaritas a person wrote", () => {
  const d = doc(
    [
      [...TPT, "negatif"],
      [...DOK, "positif"],
    ],
    [...HEADER, "Polaritas"],
  );
  expect(asks(d)).toEqual([]);
});

it("counts the indicators of the tab's message without the polaritas requests", () => {
  const guessed = generateLaporan(workbook([TPT, DOK], HEADER), { tw: 2, tahun: "2024" });
  const written = generateLaporan(
    workbook(
      [
        [...TPT, "negatif"],
        [...DOK, "positif"],
      ],
      [...HEADER, "Polaritas"],
    ),
    {
      tw: 2,
      tahun: "2024",
    },
  );
  expect(guessed.indicators).toBe(written.indicators);
});

it("marks one whose targets fall though its words say nothing (trial 5 #6: jalan kondisi rusak, 15; 14; 13; 12)", () => {
  const rusak: CellValue[] = [
    2,
    "Persentase jalan kondisi rusak",
    "%",
    12,
    15,
    14,
    13,
    12,
    14.2,
    13.1,
    "",
    "",
  ];
  const marks = asks(doc([rusak, DOK]));
  expect(marks).toHaveLength(1);
  expect(marks[0].text).toContain("padahal target TW turun (15; 14; 13; 12)");
});
