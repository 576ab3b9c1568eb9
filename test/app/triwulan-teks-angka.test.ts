/**
 * Trial 3, item 5 (issue 18): the realisasi "61,68%" stored as TEXT in the trial's own plan
 * (Renaksi!W8, "Persentase lowongan kerja yang terisi", target 63,57 tetap) and "4.05" typed with a
 * dot decimal (Renaksi!W6, TPT) are read one way everywhere: the evaluation tab in both formula
 * forms (the add-on's CAPAIAN and the Excel file's standard formulas), the report and Periksa, whose
 * message says what happens to them (counted as 61,68 and 4,05), never "capaiannya salah".
 */
import { describe, expect, it } from "vitest";
import { laporanDocument } from "../../src/app/laporan";
import { periksa } from "../../src/app/periksa";
import type { CellValue, WorkbookPort } from "../../src/app/port";
import { generateTriwulan } from "../../src/app/triwulan";
import type { ReportTable } from "../../src/core/report/model";
import { standardFormulas } from "../../src/core/standard";
import { emulatedPort } from "../../src/emulator/session";
import { BINAPENTA_TAB, binapentaWorkbook } from "../utils/binapenta";
import { evaluationRows } from "../utils/evaluasi";

const LOWONGAN = "Persentase lowongan kerja yang terisi";
const TPT = "Tingkat Pengangguran Terbuka";
/** The trial typed "4.05" over Renaksi!W6 in the grid (the file holds "4,05"). */
const DOT = { W6: "4.05" };

const rows = (port: WorkbookPort, tab: string) =>
  new Map(evaluationRows(port, tab).map((r) => [String(r.Indikator), r]));

describe.each([
  ["CAPAIAN/KRITERIA of the add-on", false],
  ["standard formulas (Excel, LibreOffice)", true],
])("'61,68%' and '4.05' typed as text, %s", (_, standard) => {
  const { port } = emulatedPort(binapentaWorkbook(DOT));
  const report = generateTriwulan(port, { tw: 2, ...(standard ? { standard: standardFormulas } : {}) });
  const r = rows(port, report.tab);

  it("read as 61,68 and 4,05: capaian 97,03 Sangat Tinggi, and TPT 92,05 (polaritas guessed positif)", () => {
    const lowongan = r.get(LOWONGAN) as Record<string, CellValue>;
    expect(lowongan["Realisasi TW II"]).toBe(61.68);
    expect(lowongan["Realisasi s.d. TW II"]).toBe(61.68);
    expect(Number(lowongan["Capaian s.d. TW II (%)"]).toFixed(2)).toBe("97.03");
    expect(lowongan.Kriteria).toBe("Sangat Tinggi");
    const tpt = r.get(TPT) as Record<string, CellValue>;
    expect(tpt["Realisasi TW II"]).toBe(4.05);
    expect(Number(tpt["Capaian TW II (%)"]).toFixed(2)).toBe("92.05");
  });
});

describe("the same cells in the report and in Periksa", () => {
  it("the report prints 97,03 for the lowongan row, as the tab", () => {
    const { port } = emulatedPort(binapentaWorkbook(DOT));
    const doc = laporanDocument(port, { tw: 2, tahun: "2025" });
    const cells = doc.blocks
      .filter((b): b is ReportTable => b.kind === "table")
      .flatMap((t) => t.rows.map((row) => row.cells.map((c) => c.text)));
    const row = cells.find((c) => c.includes(LOWONGAN)) as string[];
    expect(row).toContain("97,03");
  });

  it("Periksa counts them as 61,68 and 4,05 (info), with no galat saying the capaian is wrong", () => {
    const { port } = emulatedPort(binapentaWorkbook(DOT));
    const { findings } = periksa(port, { tw: 2, writeReport: false });
    // One finding for the column: W6 "4.05" its example, W8 "61,68%" among its cells.
    const w = findings.filter((f) => f.sheet === BINAPENTA_TAB && /^W\d+$/.test(f.cell));
    expect(w.map((f) => [f.severity, f.cell, f.related.map((x) => x.cell)])).toEqual([
      ["info", "W6", ["W7", "W8"]],
    ]);
    expect(w[0].message).toBe(
      'Ada 3 sel di Realisasi TW II (kolom W) yang berisi angka diketik sebagai teks, mis. W6 "4.05", yang dihitung sebagai 4,05.',
    );
    const texts = findings.map((f) => f.message).join("\n");
    expect(texts).not.toContain("sehingga capaiannya salah");
    expect(texts).not.toContain("tidak terbaca oleh rumus tab evaluasi");
  });
});
