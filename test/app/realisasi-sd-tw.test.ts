/**
 * Realisasi typed to date (trial 6 #22): many offices report "Realisasi s.d. TW I … IV" (or under
 * "Realisasi Kumulatif"): the posyandu's 28 then 63, the spending 250.000.000 then 630.500.000. The
 * reading took them per TW and the evaluation summed them again (posyandu s.d. 91, capaian 151,67 %,
 * serapan 125,79 %); later Periksa blocked sending with a galat. Now the family is read as
 * "Realisasi s.d. TW", and every figure is what the same office typing per-TW figures gets: the
 * evaluation tab (Realisasi TW and s.d. TW, capaian, serapan, efisiensi), the Ringkasan, the LAKIP,
 * and Periksa says nothing of the columns.
 */
import { describe, expect, it } from "vitest";
import { correctionEntries, correctReading } from "../../src/app/baca";
import { generateLaporan } from "../../src/app/laporan";
import { periksa } from "../../src/app/periksa";
import { generateTriwulan } from "../../src/app/triwulan";
import type { CellValue } from "../../src/core/cells";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";

const TAB = "Bidang Transmigrasi";
/** 1-based columns of the demo tab: Sifat Target, Realisasi TW I (S), Realisasi Anggaran TW I (W). */
const SIFAT = 8;
const REAL = 19;
const SPENT = 23;
const ROMAN = ["I", "II", "III", "IV"];

/**
 * The demo office, or the same figures typed to date under "s.d. TW" headers; `headers: false`
 * keeps the per-TW headers over figures to date and says so in Cara dibaca (one choice per family).
 */
function office(toDate: boolean, tw: 2 | 3, headers = true) {
  const wb = demoWorkbook();
  const tab = wb.getTab(TAB);
  if (toDate && headers) {
    wb.write(tab, 3, REAL, [
      [...ROMAN.map((r) => `Realisasi s.d. TW ${r}`), ...ROMAN.map((r) => `Realisasi Anggaran s.d. TW ${r}`)],
    ]);
  }
  if (toDate) {
    for (let row = 4; row <= 40; row++) {
      const sifat = wb.value(tab, row, SIFAT);
      if (sifat === "") continue;
      const running = (from: number, flow: boolean) => {
        let sum = 0;
        return [0, 1, 2, 3].map((i): CellValue => {
          const v = wb.value(tab, row, from + i);
          if (!flow || typeof v !== "number") return v;
          sum += v;
          return sum;
        });
      };
      wb.write(tab, row, REAL, [
        [...running(REAL, sifat === "kumulatif"), ...running(SPENT, true)].map((v, i) =>
          // A TW not reported yet stays blank.
          wb.value(tab, row, REAL + i) === "" ? "" : v,
        ),
      ]);
    }
  }
  const { port } = emulatedPort(wb);
  if (toDate && !headers)
    for (const [from, field] of [
      [REAL, "realisasiSdTw"],
      [SPENT, "realisasiAnggaranSdTw"],
    ] as const)
      correctReading(
        port,
        correctionEntries({
          tab: TAB,
          columns: [0, 1, 2, 3].map((i) => ({ col: from - 1 + i, field: `${field}${i + 1}` })),
        }),
      );
  const { tab: evaluasi } = generateTriwulan(port, { tw, tahun: "2024" });
  const evaluation = port.read(evaluasi).values;
  const shown = evaluation[4].indexOf("Kunci");
  const summary = port.read(evaluasi.replace("Evaluasi", "Ringkasan")).values;
  const report = port.read(generateLaporan(port, { tw }).tab).values;
  const findings = periksa(port, { tw, writeReport: false }).findings.filter((f) => f.sheet === TAB);
  return { evaluation: evaluation.map((r) => r.slice(0, shown)), summary, report, findings, wb };
}

describe("realisasi typed to date", () => {
  it.each([2, 3] as const)("gives TW %s every figure that per-TW realisasi gives", (tw) => {
    const perTw = office(false, tw);
    const toDate = office(true, tw);
    // Typed to date: the MoU's spending 20.598.360 then 61.848.360 (per TW 20.598.360 + 41.250.000).
    expect(toDate.wb.value(toDate.wb.getTab(TAB), 11, SPENT + 1)).toBe(61_848_360);
    expect(toDate.evaluation).toEqual(perTw.evaluation);
    expect(toDate.summary).toEqual(perTw.summary);
    expect(toDate.report).toEqual(perTw.report);
  });

  it("is no galat in Periksa, and the findings are those of per-TW figures", () => {
    const perTw = office(false, 2);
    const toDate = office(true, 2);
    const said = (fs: typeof perTw.findings) => fs.map((f) => [f.rule, f.cell, f.severity]);
    expect(said(toDate.findings)).toEqual(said(perTw.findings));
    expect(toDate.findings.filter((f) => f.rule === "kolom-terbaca")).toEqual([]);
  });

  it("under per-TW headers, one choice per family in Cara dibaca gives the same figures", () => {
    const perTw = office(false, 2);
    const corrected = office(true, 2, false);
    expect(corrected.evaluation).toEqual(perTw.evaluation);
    expect(corrected.summary).toEqual(perTw.summary);
    const pengaturan = corrected.wb.getTab("Pengaturan");
    const said = Array.from({ length: 12 }, (_, r) => corrected.wb.value(pengaturan, r + 1, 9));
    expect(said).toEqual(expect.arrayContaining(["Realisasi s.d. TW I", "Realisasi Anggaran s.d. TW IV"]));
  });
});
