/**
 * The efisiensi of a row with spending and a capaian of 100 or more but no RAK s.d. TW (the bidang
 * tab has no RAK columns, or they are blank for it) says that the RAK is missing, not EFISIENSI's
 * "Pagu kosong atau 0" beside a pagu of 300.000.000 (trial 4 #14, tab Yankes). The trial's rows
 * (Predikat Zona Integritas: Zona Hijau Terbaik 2 against Zona Hijau, capaian 100, spending 70 million).
 */
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { NO_RAK } from "../../src/core/evaluasi-formulas";
import { standardFormulas } from "../../src/core/standard";
import { emulatedPort } from "../../src/emulator/session";
import { evaluationRows } from "../utils/evaluasi";
import { SEKRETARIAT, trialWorkbook } from "../utils/trial-plan";

const EFISIENSI = "Efisiensi thd RAK s.d. TW I";

function tw1(standard: boolean) {
  const wb = trialWorkbook();
  // Zona Integritas (sheet row 4) without its RAK: the cells of RAK TW I–IV emptied.
  for (const field of ["rakTw1", "rakTw2", "rakTw3", "rakTw4"])
    wb.write(wb.getTab(SEKRETARIAT), 4, TEMPLATE_COLUMNS.findIndex((c) => c.field === field) + 1, [[""]]);
  const port = emulatedPort(wb).port;
  const report = generateTriwulan(port, { tw: 1, ...(standard ? { standard: standardFormulas } : {}) });
  const rows = evaluationRows(port, report.tab);
  return (indikator: string) => rows.find((r) => r.Indikator === indikator) ?? {};
}

describe("efisiensi of a row without RAK", () => {
  it("says the RAK s.d. TW is empty in the bidang tab, beside a pagu and a capaian of 100", () => {
    const row = tw1(false);
    const zi = row("Predikat Zona Integritas");
    expect(zi["Pagu (Rp)"]).toBe(300_000_000);
    expect(zi["Capaian s.d. TW I (%)"]).toBe(100);
    expect(zi["RAK s.d. TW I (Rp)"]).toBe("");
    expect(zi[EFISIENSI]).toBe(NO_RAK);
    expect(NO_RAK).toBe("RAK kosong di tab bidang: efisiensi tidak dihitung.");
    // A row with its RAK is computed as before: unemployment 4,3 against 4,4 (negatif), capaian
    // 102,27; min(102,27, 100) − 90.000.000 / 100.000.000 × 100 = 10.
    expect(row("Tingkat pengangguran terbuka")[EFISIENSI]).toBeCloseTo(10, 9);
  });

  it("is blank, never 'Pagu kosong', in the file for Excel / LibreOffice", () => {
    const zi = tw1(true)("Predikat Zona Integritas");
    expect(zi[EFISIENSI]).toBe("");
  });
});
