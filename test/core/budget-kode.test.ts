/**
 * Budget lines by kode (trial 3 #11, trial 4 #2): a kegiatan whose program row is not in its tab
 * (Yankes: kegiatan 1.02.02.2.01 and 1.02.02.2.02 under no program 1.02.02) has its pagu in no line
 * above it, so the office's pagu counts it: the Ringkasan, the LAKIP's anggaran TOTAL and the
 * LKjIP's Tabel 3.22 say the same sum, and the tables list it as a line of its own, never under
 * program 1.02.01 above it. A kegiatan of a program that is in the tab is counted in its program.
 */
import { describe, expect, it } from "vitest";
import { laporanDocument } from "../../src/app/laporan";
import { generateTriwulan } from "../../src/app/triwulan";
import { budgetParents, budgetRows } from "../../src/core/budget";
import type { CellValue } from "../../src/core/cells";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import type { ReportTable } from "../../src/core/report/model";
import { totals } from "../../src/core/report/tables";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

const field = (f: string) => TEMPLATE_COLUMNS.findIndex((c) => c.field === f);

function planRow(kode: string, uraian: string, pagu: number): CellValue[] {
  const row: CellValue[] = TEMPLATE_COLUMNS.map(() => "");
  const set = (f: string, v: CellValue) => {
    row[field(f)] = v;
  };
  set("kode", kode);
  set("uraian", uraian);
  set("indikator", `Persentase ${uraian.toLowerCase()} terlaksana`);
  set("satuan", "%");
  set("sifat", "tetap");
  set("targetTahunan", 100);
  for (let q = 1; q <= 4; q++) {
    set(`targetTw${q}`, 100);
    set(`rakTw${q}`, pagu / 4);
    set(`realisasiTw${q}`, 100);
    set(`realisasiAnggaranTw${q}`, pagu / 5);
  }
  set("pagu", pagu);
  return row;
}

const YANKES = [
  planRow("1.02.01", "Program Penunjang Urusan Pemerintahan Daerah", 600_000_000),
  planRow("1.02.01.2.01", "Reformasi Birokrasi", 200_000_000),
  planRow("1.02.02.2.01", "Peningkatan Mutu Fasyankes", 700_000_000),
  planRow("1.02.02.2.02", "Peningkatan Kapasitas SDM Kesehatan", 150_000_000),
];
const PAGU = 600_000_000 + 700_000_000 + 150_000_000;

function office() {
  const wb = new MemoryWorkbook();
  wb.write(wb.addTab("Yankes"), 1, 1, [TEMPLATE_COLUMNS.map((c) => c.header), ...YANKES]);
  return emulatedPort(wb).port;
}

describe("a kegiatan whose program is not in its tab", () => {
  it("has no parent line, and its pagu counts; a kegiatan of a program in the tab does not", () => {
    const rows = YANKES.map((r) => ({
      kode: String(r[field("kode")]),
      level: null,
      pagu: r[field("pagu")],
      tab: "Yankes",
    }));
    const lines = rows.map((_, i) => i);
    expect([...budgetParents(rows, lines).values()]).toEqual([-1, 0, -1, -1]);
    expect(budgetRows(rows)).toEqual([0, 2, 3]);
    // Without kode the row order decides, as before: the kegiatan under the program above them.
    const plain = rows.map((r, i) => ({
      ...r,
      kode: "",
      level: i ? ("kegiatan" as const) : ("program" as const),
    }));
    expect(budgetRows(plain)).toEqual([0]);
  });

  it("is in the Ringkasan's pagu and in the TOTAL of the LAKIP and of Tabel 3.22, listed on its own line", () => {
    const port = office();
    const report = generateTriwulan(port, { tw: 4, tahun: "2025" });
    const summary = port.read(report.summaryTab);
    const pagu = summary.values[4].map(String).indexOf("Pagu (Rp)");
    expect(summary.values.find((r) => r[0] === "Yankes")?.[pagu]).toBe(PAGU);

    const lakip = laporanDocument(port, { tw: 4, tahun: "2025" });
    const anggaran = lakip.blocks.filter(
      (b): b is ReportTable => b.kind === "table" && b.id.startsWith("anggaran-"),
    );
    expect(anggaran.reduce((n, t) => n + (totals(t).pagu ?? 0), 0)).toBe(PAGU);

    const lkjip = laporanDocument(port, { tw: "tahunan", tahun: "2025" });
    const t322 = lkjip.blocks.find((b): b is ReportTable => b.kind === "table" && b.id === "3.22");
    expect(t322?.rows.map((r) => `${r.cells[0].text} ${r.cells[1].text} ${r.cells[2].text}`)).toEqual([
      "I Program Penunjang Urusan Pemerintahan Daerah 600.000.000",
      "1 Reformasi Birokrasi 200.000.000",
      "II Peningkatan Mutu Fasyankes (kode 1.02.02.2.01: induknya tidak ada di tabel ini) 700.000.000",
      "III Peningkatan Kapasitas SDM Kesehatan (kode 1.02.02.2.02: induknya tidak ada di tabel ini) 150.000.000",
      "TOTAL  1.450.000.000",
    ]);
  });
});
