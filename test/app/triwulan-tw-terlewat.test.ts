/**
 * Empty is not zero for an earlier quarter too (trial 3 #2): a kumulatif indicator whose realisasi
 * of an earlier TW with a target is blank has no realisasi s.d. TW — TW I + TW III is not "s.d.
 * TW III" — so it is "belum diisi", never a low capaian: in the evaluation tab (both formula
 * forms), the Ringkasan, the report's figures and the LAKIP. The row is the reference Rencana
 * Aksi's "Jumlah Rapat Koordinasi dan Konsultasi SKPD yang diikuti" (targets 18, 10, 20, 12;
 * realisasi TW I 13), with TW II left blank and TW III typed as 20: summed as 0 it read 33 of 48,
 * 68,75 "Sedang".
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { laporanDocument } from "../../src/app/laporan";
import { chooseBidang, readWorkbook } from "../../src/app/plans";
import type { CellValue, WorkbookPort } from "../../src/app/port";
import { generateTriwulan } from "../../src/app/triwulan";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { BELUM_DIISI, HEADER_ROW } from "../../src/core/evaluasi";
import { SCALES } from "../../src/core/kriteria";
import { indicatorFigures } from "../../src/core/report/figures";
import type { ReportParagraph, ReportTable } from "../../src/core/report/model";
import { standardFormulas } from "../../src/core/standard";
import { DEMO_BIDANG, demoWorkbook } from "../../src/emulator/demo";
import { createGas } from "../../src/emulator/facade";
import { bindCustomFunctions, loadBundle } from "../../src/emulator/gasRuntime";
import { emulatedPort } from "../../src/emulator/session";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { evaluationRows } from "../utils/evaluasi";

const RAPAT = "Jumlah Rapat Koordinasi dan Konsultasi SKPD yang diikuti";
const col = (field: string) => TEMPLATE_COLUMNS.findIndex((c) => c.field === field) + 1;

/** Types `cells` (field → value) into the plan row of `indikator`, as a person would. */
function type(wb: MemoryWorkbook, indikator: string, cells: Record<string, CellValue>): void {
  for (const name of DEMO_BIDANG) {
    const tab = wb.getTab(name);
    const values = wb.values(tab, { row: 1, col: 1, rows: 200, cols: TEMPLATE_COLUMNS.length });
    const r = values.findIndex((row) => row[col("indikator") - 1] === indikator);
    if (r < 0) continue;
    for (const [field, v] of Object.entries(cells)) wb.write(tab, r + 1, col(field), [[v]]);
    return;
  }
  throw new Error(`no row ${indikator}`);
}

/** The demo with the rapat row's TW III reported (20) and its TW II (9) left blank, or kept. */
function gapWorkbook(extra: Record<string, CellValue> = {}, keepTw2 = false): MemoryWorkbook {
  const wb = demoWorkbook();
  type(wb, RAPAT, { ...(keepTw2 ? {} : { realisasiTw2: "" }), realisasiTw3: 20, ...extra });
  return wb;
}

function withBundle(wb: MemoryWorkbook) {
  const gas = createGas(wb, { files: {} });
  bindCustomFunctions(wb, loadBundle(readFileSync(join(__dirname, "../../build/Code.js"), "utf8"), gas));
  return emulatedPort(wb).port;
}

const variants: [string, (wb: MemoryWorkbook) => { port: WorkbookPort; standard: boolean }][] = [
  ["--rumus sakip", (wb) => ({ port: emulatedPort(wb).port, standard: false })],
  ["the built bundle (Sheets)", (wb) => ({ port: withBundle(wb), standard: false })],
  ["standard formulas (Excel, LibreOffice)", (wb) => ({ port: emulatedPort(wb).port, standard: true })],
];

function generate(wb: MemoryWorkbook, start: (typeof variants)[number][1]) {
  const { port, standard } = start(wb);
  const report = generateTriwulan(port, { tw: 3, ...(standard ? { standard: standardFormulas } : {}) });
  const rows = evaluationRows(port, report.tab);
  return { port, report, rows, row: rows.find((x) => x.Indikator === RAPAT) as Record<string, CellValue> };
}

function summary(port: WorkbookPort, tab: string): Record<string, CellValue> {
  const { values } = port.read(tab);
  const header = values[HEADER_ROW - 1].map(String);
  const total = values.find((r, i) => i >= HEADER_ROW && r[0] === "Jumlah") as CellValue[];
  return Object.fromEntries(header.map((h, i) => [h, total[i]]));
}

describe.each(variants)("a blank TW II under a reported TW III, %s", (_, start) => {
  it("kumulatif: no realisasi s.d. TW III, no capaian, 'belum diisi' naming TW II", () => {
    // With TW II reported (9): 13 + 9 + 20 of 48, rated.
    const full = generate(gapWorkbook({}, true), start).row;
    expect(full["Realisasi s.d. TW III"]).toBe(42);
    expect(full["Capaian s.d. TW III (%)"]).toBe(87.5);
    expect(full.Kriteria).toBe("Tinggi");
    const { row } = generate(gapWorkbook(), start);
    expect(row["Realisasi TW III"]).toBe(20);
    expect(row["Realisasi s.d. TW III"]).toBe("");
    expect(row["Capaian s.d. TW III (%)"]).toBe("");
    expect(row["Capaian thd target tahunan (%)"]).toBe("");
    expect(row.Kriteria).toBe(BELUM_DIISI);
    expect(row.Keterangan).toBe("realisasi TW II belum diisi");
    // The quarter's own capaian stands: 20 of 20.
    expect(row["Capaian TW III (%)"]).toBe(100);
  });

  it("kumulatif, TW II without a target: a blank TW II is '–', not missing, and the sum is rated", () => {
    const { row } = generate(gapWorkbook({ targetTw2: 0 }), start);
    // 13 + 20 of 18 + 0 + 20.
    expect(row["Realisasi s.d. TW III"]).toBe(33);
    expect(Number(row["Capaian s.d. TW III (%)"]).toFixed(2)).toBe("86.84");
    expect(row.Kriteria).toBe("Tinggi");
  });

  it("akhir and tetap: the TW III value is the figure to date, rated whatever TW II holds", () => {
    for (const sifat of ["akhir", "tetap"]) {
      const { row } = generate(gapWorkbook({ sifat }), start);
      expect(row["Realisasi s.d. TW III"]).toBe(20);
      expect(row["Capaian s.d. TW III (%)"]).toBe(100);
      expect(row.Kriteria).toBe("Sangat Tinggi");
    }
  });

  it("the Ringkasan counts it as not reported s.d. TW III, never as a kriteria", () => {
    const before = generate(gapWorkbook({}, true), start);
    const after = generate(gapWorkbook(), start);
    const [b, a] = [
      summary(before.port, before.report.summaryTab),
      summary(after.port, after.report.summaryTab),
    ];
    const notReported = "Realisasi s.d. TW III belum diisi";
    expect(a[notReported]).toBe(Number(b[notReported]) + 1);
    for (const k of ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"]) {
      const count = (rows: Record<string, CellValue>[]) => rows.filter((x) => x.Kriteria === k).length;
      expect(a[k]).toBe(count(after.rows));
    }
    expect(after.rows.filter((x) => x.Kriteria === BELUM_DIISI)).toHaveLength(Number(a[notReported]));
  });
});

describe("the reports read the same", () => {
  it("the report's figures are the evaluation tab's", () => {
    const port = emulatedPort(gapWorkbook()).port;
    const rows = evaluationRows(port, generateTriwulan(port, { tw: 3 }).tab);
    const figures = indicatorFigures(chooseBidang(readWorkbook(port)), {
      tw: 3,
      scale: SCALES.permendagri86,
    });
    expect(figures.map((f) => f.kriteria)).toEqual(rows.map((x) => x.Kriteria));
    const rapat = figures.find((f) => f.row.indikator === RAPAT);
    expect(rapat?.realisasiSd).toBe("");
    expect(rapat?.kriteria).toBe(BELUM_DIISI);
  });

  it("the LAKIP counts it under belum diisi and prints 'belum diisi (TW II)', no capaian", () => {
    const doc = laporanDocument(emulatedPort(gapWorkbook()).port, { tw: 3 });
    const before = laporanDocument(emulatedPort(gapWorkbook({}, true)).port, { tw: 3 });
    const opening = (d: typeof doc) =>
      (d.blocks.find((b) => b.kind === "paragraph" && b.id === "ringkasan") as ReportParagraph).text;
    const notFilled = (t: string) =>
      Number(/(\d+) indikator yang realisasinya belum diisi s\.d\. TW III/.exec(t)?.[1]);
    expect(notFilled(opening(before))).toBeGreaterThan(0);
    expect(notFilled(opening(doc))).toBe(notFilled(opening(before)) + 1);
    const rows = doc.blocks
      .filter((b): b is ReportTable => b.kind === "table")
      .flatMap((t) => t.rows)
      .filter((r) => r.cells.some((c) => c.text === RAPAT));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const texts = r.cells.map((c) => c.text);
      expect(texts).toContain("belum diisi (TW II)");
      expect(texts).not.toContain("33");
      expect(texts.join(" ")).not.toMatch(/68,75|Sedang/);
    }
  });
});
