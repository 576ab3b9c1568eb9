/**
 * Periksa in the panel reads a percent-formatted cell as the evaluation tab does (trial 4, #4): "63,1%"
 * typed in Sheets id-ID is stored as 0,631 formatted 0.00 %, the tab computes 63,1 / 63,57 = 99,26
 * "Sangat Tinggi", so Periksa has no galat saying "capaiannya salah" for it; the same 0,631 typed
 * in a plain cell beside 63,57 still is one.
 */
import { describe, expect, it } from "vitest";
import { periksa } from "../../src/app/periksa";
import { submitForReview } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { emulatedPort } from "../../src/emulator/session";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { reviuDeps } from "../fixtures/reviu";
import { evaluationRows } from "../utils/evaluasi";
import { templateCol, typedPlan } from "../utils/typed-plan";

const TAB = "Kesmas";
const letter = (field: string) => String.fromCharCode(64 + templateCol(field));

/** The reference row, its TW I realisasi typed as `realisasi` ("63,1%" in Sheets id-ID, or 0,631). */
function plan(realisasi: string | number): MemoryWorkbook {
  const wb = typedPlan(TAB, [
    {
      kode: "1.02.01",
      indikator: "Cakupan imunisasi dasar lengkap",
      satuan: "%",
      sifat: "tetap",
      targetTahunan: "63,57",
      targetTw1: "63,57",
      targetTw2: "63,57",
      targetTw3: "63,57",
      targetTw4: "63,57",
      realisasiTw1: realisasi,
    },
  ]);
  wb.write(wb.addTab("Pengaturan"), 1, 1, [
    ["Pengaturan", "Nilai"],
    ["Tahun", "2025"],
  ]);
  return wb;
}

const mixed = (wb: MemoryWorkbook) =>
  periksa(emulatedPort(wb).port, { tw: 1 }).findings.filter((f) => /skala persen/.test(f.message));

describe("Periksa on a percent-formatted realisasi", () => {
  it("'63,1%' typed (0,631 formatted 0.00 %): the tab computes 99,26 and Periksa finds no mixed scale", () => {
    const wb = plan("63,1%");
    const { port } = emulatedPort(wb);
    const row = evaluationRows(port, generateTriwulan(port, { tw: 1 }).tab)[0];
    expect(Number(row["Capaian TW I (%)"]).toFixed(2)).toBe("99.26");
    expect(row.Kriteria).toBe("Sangat Tinggi");
    expect(mixed(wb)).toEqual([]);
    // Kirim's check reads it the same way: no galat to send it with.
    const sent = submitForReview(port, reviuDeps("pengirim@dinkes.go.id"), { tw: 1 });
    expect([sent.status, sent.check.summary.error]).toEqual(["dikirim", 0]);
  });

  it("0,631 typed in a plain cell beside 63,57 is still a galat: the tab computes 0,99 %", () => {
    const found = mixed(plan(0.631));
    expect(found.map((f) => [f.severity, f.cell])).toEqual([["error", `${letter("realisasiTw1")}2`]]);
    expect(found[0].message).toContain("sehingga capaiannya salah");
  });
});
