/**
 * The per-bidang evaluation form of the LAKIP: a quarter without a target (blank, or 0 for a
 * positive indicator) shows "–" for its realisasi not yet typed, as the evaluation tab ("tidak
 * ditargetkan TW ini"), never "belum diisi"; a targeted quarter without realisasi is "belum diisi",
 * and a negative indicator's target 0 is a real target.
 */
import { expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cells";
import { SCALES } from "../../../src/core/kriteria";
import type { Quad } from "../../../src/core/plan";
import { indicatorFigures } from "../../../src/core/report/figures";
import { evaluationForm } from "../../../src/core/report/tables";
import { planRow, planTable } from "../../utils/plan-row";

const scale = SCALES.permendagri86;

const row = (indikator: string, polaritas: string, targetTw: Quad<CellValue>, realisasiTw: Quad<CellValue>) =>
  planRow({
    level: "kegiatan",
    kode: "2.07.02.1.01",
    uraian: "Penyelenggaraan job fair",
    indikator,
    satuan: "kali",
    polaritas,
    targetTahunan: 1,
    targetTw,
    realisasiTw,
  });

it("shows '–' for the realisasi of a quarter without target, 'belum diisi' where one is due", () => {
  const plan = planTable("Bidang Penempatan", [
    row("Jumlah job fair yang dilaksanakan", "positif", [0, 0, 0, 1], [0, 0, "", ""]),
    row("Jumlah pelatihan berbasis kompetensi", "positif", ["", "", "", 1], [0, 0, "", ""]),
    row("Jumlah peserta pelatihan yang lulus", "positif", [0, 0, 1, 1], [0, 0, "", ""]),
    row("Jumlah kasus PHK sepihak", "negatif", [0, 0, 0, 0], [0, 0, "", ""]),
  ]);
  const figures = indicatorFigures([plan], { tw: 3, scale });
  const form = evaluationForm("evaluasi-x", "Form", figures, scale, "TW III");
  // Realisasi TW III of each row.
  expect(form.rows.map((r) => r.cells[5].text)).toEqual(["–", "–", "belum diisi", "belum diisi"]);
});
