/**
 * Trial 3, items 21-22 (issue 18): "=1/0" typed in the plan (Renaksi!X9, realisasi TW III of the job
 * fair). The evaluation tab's Keterangan of that row names the plan cell first, "'Renaksi Binapenta
 * 2025'!X9 berisi #DIV/0!", never the bare "#DIV/0!", in both formula forms: the cell and the error,
 * no more words (the row's Keterangan formula is long enough already).
 */
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { standardRowFormulas } from "../../src/core/standard-kualitatif";
import { emulatedPort } from "../../src/emulator/session";
import { BINAPENTA_TAB, binapentaWorkbook } from "../utils/binapenta";
import { evaluationRows } from "../utils/evaluasi";

describe.each([
  ["CAPAIAN/KRITERIA of the add-on", false],
  ["standard formulas (Excel, LibreOffice)", true],
])("an error typed in the plan, %s", (_, standard) => {
  it("is named by its cell in Keterangan", () => {
    const wb = binapentaWorkbook();
    wb.write(wb.getTab(BINAPENTA_TAB), 9, 24, [[{ formula: "=1/0" }]]);
    const { port } = emulatedPort(wb);
    const report = generateTriwulan(port, { tw: 3, ...(standard ? { standard: standardRowFormulas } : {}) });
    const rows = evaluationRows(port, report.tab);
    const jobFair = rows.find((r) => r.Indikator === "Jumlah job fair yang dilaksanakan");
    expect(jobFair?.Keterangan).toBe(`'${BINAPENTA_TAB}'!X9 berisi #DIV/0!`);
    // The other rows say what they said.
    const lowongan = rows.find((r) => r.Indikator === "Persentase lowongan kerja yang terisi");
    expect(lowongan?.Keterangan).toBe("realisasi TW III belum diisi");
  });
});
