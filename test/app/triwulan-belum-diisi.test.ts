import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chooseBidang, readWorkbook } from "../../src/app/plans";
import type { CellValue, WorkbookPort } from "../../src/app/port";
import { generateTriwulan } from "../../src/app/triwulan";
import { BELUM_DIISI, HEADER_ROW } from "../../src/core/evaluasi";
import { SCALES } from "../../src/core/kriteria";
import { indicatorFigures } from "../../src/core/report/figures";
import { standardFormulas } from "../../src/core/standard";
import { demoWorkbook } from "../../src/emulator/demo";
import { createGas } from "../../src/emulator/facade";
import { bindCustomFunctions, loadBundle } from "../../src/emulator/gasRuntime";
import { emulatedPort } from "../../src/emulator/session";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { evaluationRows, summaryRows } from "../utils/evaluasi";

const rows = evaluationRows;

/** The built bundle's custom functions over the workbook, as in Sheets and `npm start`. */
function withBundle(wb: MemoryWorkbook) {
  const gas = createGas(wb, { files: {} });
  bindCustomFunctions(wb, loadBundle(readFileSync(join(__dirname, "../../build/Code.js"), "utf8"), gas));
  return emulatedPort(wb).port;
}

const variants: [string, (wb: MemoryWorkbook) => { port: WorkbookPort; standard: boolean }][] = [
  [
    "CAPAIAN/KRITERIA of the source (--rumus sakip)",
    (wb) => ({ port: emulatedPort(wb).port, standard: false }),
  ],
  ["CAPAIAN/KRITERIA of the built bundle", (wb) => ({ port: withBundle(wb), standard: false })],
  ["standard formulas (Excel, LibreOffice)", (wb) => ({ port: emulatedPort(wb).port, standard: true })],
];

describe.each(variants)("TW III with its realisasi not reported yet, %s (issue 18)", (_, start) => {
  const generate = () => {
    const wb = demoWorkbook();
    const { port, standard } = start(wb);
    const report = generateTriwulan(port, { tw: 3, ...(standard ? { standard: standardFormulas } : {}) });
    return { wb, port, report, r: rows(port, report.tab) };
  };

  it("is 'belum diisi', never a capaian: TW I and II alone are not rated as s.d. TW III", () => {
    const { r } = generate();
    const unreported = r.filter((x) => x.Kriteria === BELUM_DIISI);
    expect(unreported.length).toBeGreaterThan(9);
    for (const x of unreported) {
      expect(x["Realisasi TW III"]).toBe("");
      expect(x["Realisasi s.d. TW III"]).toBe("");
      expect(x["Capaian s.d. TW III (%)"]).toBe("");
      expect(x["Capaian thd target tahunan (%)"]).toBe("");
      expect(x.Keterangan).toBe("realisasi TW III belum diisi");
    }
    // No row is rated on a realisasi s.d. TW III that lacks TW III.
    const rated = r.filter((x) => typeof x["Capaian s.d. TW III (%)"] === "number");
    for (const x of rated) expect(x["Realisasi s.d. TW III"]).not.toBe("");
    // A quarter without a target and no realisasi is "–", not "belum diisi".
    for (const x of r.filter((y) => y["Target TW III"] === "" || y["Target TW III"] === 0))
      expect(x.Kriteria).not.toBe(BELUM_DIISI);
  });

  it("the Ringkasan counts them as belum diisi, not Sangat Rendah, and charts them as such", () => {
    const { wb, port, report, r } = generate();
    const table = summaryRows(port, report.summaryTab);
    const total = table[table.length - 1];
    const count = (label: string) => r.filter((x) => x.Kriteria === label).length;
    expect(total["Realisasi s.d. TW III belum diisi"]).toBe(count(BELUM_DIISI));
    expect(total["Sangat Rendah"]).toBe(count("Sangat Rendah"));
    expect(total["Jumlah indikator"]).toBe(r.length);
    // Every indicator is in exactly one column.
    const columns = ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"];
    const counted = [
      ...columns,
      "Tanpa target s.d. TW III (–)",
      "Realisasi s.d. TW III belum diisi",
      "Belum ada capaian",
    ];
    expect(counted.reduce((n, h) => n + Number(total[h]), 0)).toBe(r.length);
    // The chart stacks the belum diisi column too, in its own pale colour.
    const header = port.read(report.summaryTab).values[HEADER_ROW - 1].map(String);
    const [chart] = wb.getTab(report.summaryTab).charts;
    const cols = chart.ranges[0].cols;
    expect(cols).toBe(header.indexOf("Realisasi s.d. TW III belum diisi") + 1);
    const colors = chart.options.colors as string[];
    expect(colors).toHaveLength(cols - 1);
    expect(colors[colors.length - 1]).toBe("#cfd8dc");
  });
});

describe("the same TW in Sheets and in Excel", () => {
  it("agrees on every kriteria and capaian", () => {
    const sheets = (() => {
      const port = emulatedPort(demoWorkbook()).port;
      return rows(port, generateTriwulan(port, { tw: 3 }).tab);
    })();
    const excel = (() => {
      const port = emulatedPort(demoWorkbook()).port;
      return rows(port, generateTriwulan(port, { tw: 3, standard: standardFormulas }).tab);
    })();
    expect(excel.map((x) => x.Kriteria)).toEqual(sheets.map((x) => x.Kriteria));
    const cap = (x: Record<string, CellValue>) =>
      typeof x["Capaian s.d. TW III (%)"] === "number" ? Number(x["Capaian s.d. TW III (%)"]).toFixed(9) : "";
    expect(excel.map(cap)).toEqual(sheets.map(cap));
  });
});

describe("the report's figures for TW III with its realisasi not reported yet", () => {
  it("are the evaluation tab's: belum diisi, no realisasi s.d. TW III, no capaian", () => {
    const port = emulatedPort(demoWorkbook()).port;
    const tab = generateTriwulan(port, { tw: 3 }).tab;
    const r = rows(port, tab);
    const figures = indicatorFigures(chooseBidang(readWorkbook(port)), {
      tw: 3,
      scale: SCALES.permendagri86,
    });
    expect(figures.map((f) => f.kriteria)).toEqual(r.map((x) => x.Kriteria));
    expect(figures.map((f) => f.realisasiSd === "")).toEqual(r.map((x) => x["Realisasi s.d. TW III"] === ""));
    expect(figures.filter((f) => f.kriteria === BELUM_DIISI).every((f) => f.capaianSd === "")).toBe(true);
  });
});

describe("the rekap's counts for the same quarter", () => {
  it("equal the Ringkasan's: a TW without its own target is rated on the earlier TWs, not 'belum diisi'", async () => {
    const { figuresOf } = await import("../../src/core/rekap");
    const port = emulatedPort(demoWorkbook()).port;
    const report = generateTriwulan(port, { tw: 3 });
    const total = summaryRows(port, report.summaryTab).at(-1) as Record<string, CellValue>;
    const f = figuresOf(chooseBidang(readWorkbook(port)), 3, SCALES.permendagri86);
    expect(f.belumDiisi).toBe(total["Realisasi s.d. TW III belum diisi"]);
    expect(f.kriteria["Sangat Tinggi"]).toBe(total["Sangat Tinggi"]);
    expect(f.tanpaTarget).toBe(total["Tanpa target s.d. TW III (–)"]);
  });
});
