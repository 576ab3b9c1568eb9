/**
 * A bidang tab with one row per TW (trial 5, #1 and #5: a Dinas PUPR's "Triwulan | Target | Realisasi |
 * RAK | Realisasi Anggaran", the indicator merged over its four rows). Before, its Target and RAK
 * columns were "tidak dipakai" and its Realisasi was read as the year's: the evaluation tab said
 * "tidak ditargetkan TW ini" for indicators with a TW II target, and the Ringkasan printed realisasi
 * anggaran 0. Each TW's figures are read from that TW's row, and the evaluation tab refers to them.
 */
import { describe, expect, it } from "vitest";
import { periksa } from "../../src/app/periksa";
import { generateTriwulan } from "../../src/app/triwulan";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { BARIS_PER_TW } from "../fixtures/layouts";
import { evaluationRows, summaryByBidang } from "../utils/evaluasi";

const TAB = "Cipta Karya";

function dinas() {
  const wb = new MemoryWorkbook({ name: "DPUPR" });
  wb.write(wb.addTab(TAB), 1, 1, BARIS_PER_TW);
  const { port } = emulatedPort(wb);
  return { wb, port };
}

describe("a tab with one row per TW", () => {
  it("TW II: capaian by sifat from each TW's row, RAK and realisasi anggaran summed, nothing 'tidak ditargetkan'", () => {
    const { port } = dinas();
    const tab = generateTriwulan(port, { tw: 2, tahun: "2026" }).tab;
    const [airMinum, sambungan] = evaluationRows(port, tab);
    // Tetap 85 each TW, TW II realisasi "83,4" (typed as text): 83,4 / 85 = 98,12 %.
    expect(airMinum["Target TW II"]).toBe(85);
    expect(airMinum["Realisasi TW II"]).toBe(83.4);
    expect(Number(airMinum["Capaian s.d. TW II (%)"]).toFixed(2)).toBe("98.12");
    // Kumulatif: (180 + 350) / (200 + 400) = 88,33 %; against the year's 1.290: 41,09 %.
    expect([sambungan["Target s.d. TW II"], sambungan["Realisasi s.d. TW II"]]).toEqual([600, 530]);
    expect(Number(sambungan["Capaian s.d. TW II (%)"]).toFixed(2)).toBe("88.33");
    expect(Number(sambungan["Capaian thd target tahunan (%)"]).toFixed(2)).toBe("41.09");
    for (const row of [airMinum, sambungan]) {
      expect(row.Keterangan).toBe("");
      expect(row["RAK s.d. TW II (Rp)"]).toBe(1_000_000_000);
      expect(row["Realisasi anggaran s.d. TW II (Rp)"]).toBe(860_000_000);
    }
    const bidang = summaryByBidang(port, `Ringkasan TW II 2026`).get(TAB) ?? {};
    expect(bidang["Realisasi anggaran s.d. TW II (Rp)"]).toBe(860_000_000);
    expect(bidang["Tanpa target s.d. TW II (–)"]).toBe(0);
  });

  it("the evaluation tab follows a realisasi typed later on its TW's row", () => {
    const { wb, port } = dinas();
    const tab = generateTriwulan(port, { tw: 2, tahun: "2026" }).tab;
    // The TW II row of "Jumlah sambungan rumah" is the tab's row 9; Realisasi is column I.
    wb.write(wb.getTab(TAB), 9, 9, [[400]]);
    const sambungan = evaluationRows(port, tab)[1];
    expect(sambungan["Realisasi s.d. TW II"]).toBe(580);
  });

  it("Periksa names the TW targets that do not make the year's target, at the indicator's cell", () => {
    const { port } = dinas();
    const galat = periksa(port, { tw: 2 }).findings.filter((f) => f.severity === "error");
    const split = galat.find((f) => f.message.includes("(200; 400; 400; 300)"));
    expect(split?.cell).toBe("F8");
    expect(split?.message).toContain("jumlahnya 1.300");
  });
});
