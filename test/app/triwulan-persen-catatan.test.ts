/**
 * Trial 7 #21: the Keterangan of every row with percent-formatted cells listed its figures ("Target
 * Tahunan 8,5, Target TW I 9,5, … Realisasi TW II 9 dibaca dari sel berformat persen"), six lines tall
 * in a 170-pixel column; for an office that formats all its percentages (the norm) every such row.
 * Now one short line per row, and the evaluation tab's title says once what it means.
 */
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { PERCENT_NOTE } from "../../src/core/evaluasi";
import { emulatedPort } from "../../src/emulator/session";
import { evaluationRows } from "../utils/evaluasi";
import { typedPlan } from "../utils/typed-plan";

/** The trial's rows typed as the office typed them: every figure with "%" (Sheets stores 0,085 as 8,5 %). */
const plan = () =>
  typedPlan("Bidang Tata Ruang", [
    {
      indikator: "Persentase kawasan kumuh",
      satuan: "%",
      polaritas: "negatif",
      sifat: "tetap",
      targetTahunan: "8,5%",
      targetTw1: "9,5%",
      targetTw2: "9%",
      targetTw3: "8,8%",
      targetTw4: "8,5%",
      realisasiTw1: "9,6%",
      realisasiTw2: "9%",
    },
    {
      indikator: "Persentase pelayanan administrasi terselesaikan tepat waktu",
      satuan: "%",
      sifat: "tetap",
      targetTahunan: "95%",
      targetTw1: "95%",
      targetTw2: "95%",
      targetTw3: "95%",
      targetTw4: "95%",
      realisasiTw1: "93%",
      realisasiTw2: "96%",
    },
  ]);

describe("Keterangan of rows read from percent-formatted cells (trial 7 #21)", () => {
  it("is one short line on each row, and the title says once what it means", () => {
    const { port } = emulatedPort(plan());
    const report = generateTriwulan(port, { tw: 2, tahun: "2026" });
    const rows = evaluationRows(port, report.tab);
    expect(rows.map((r) => r.Keterangan)).toEqual([PERCENT_NOTE, PERCENT_NOTE]);
    // The 170-pixel column holds about 25 characters a line.
    expect(PERCENT_NOTE.length).toBeLessThanOrEqual(25);
    // The capaian is the one of the figures as seen: (2 × 9 − 9) / 9 and 96 / 95.
    expect(rows.map((r) => Number(Number(r["Capaian TW II (%)"]).toFixed(2)))).toEqual([100, 101.05]);
    const title = port.read(report.tab).values.slice(0, 4).flat().map(String).join(" ");
    expect(title.split(`“${PERCENT_NOTE}”`).length - 1).toBe(1);
    expect(title).toContain(
      `“${PERCENT_NOTE}”: angka di sel berformat persen pada tab bidang (61,68 %, tersimpan 0,6168) dibaca seperti yang terlihat, 61,68.`,
    );
  });
});
