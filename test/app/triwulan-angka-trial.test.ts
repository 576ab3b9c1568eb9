/**
 * The new-user trial's wrong numbers (Numbers engineer, after issue 18), each reproduced on the
 * trial's own rows in both formula kinds (the panel's CAPAIAN / KRITERIA / EFISIENSI and the CLI's
 * standard formulas), and followed into the Ringkasan, the report and the rekap:
 * 1. realisasi anggaran of TW III not reported while its realisasi fisik is: "belum diisi", never
 *    the sum up to June with its serapan 57,50 and efisiensi 42,50;
 * 2. a realisasi with its unit ("1 UPT") computes as its number, as CAPAIAN(150; "1 UPT") does;
 * 3. a realisasi "-" is nothing: "belum diisi" / "tidak ditargetkan TW ini", never "ada realisasi".
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { laporanDocument } from "../../src/app/laporan";
import { chooseBidang, readWorkbook } from "../../src/app/plans";
import type { CellValue, WorkbookPort } from "../../src/app/port";
import { generateTriwulan } from "../../src/app/triwulan";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { BELUM_DIISI } from "../../src/core/evaluasi";
import { CAPAIAN } from "../../src/core/functions";
import { SCALES } from "../../src/core/kriteria";
import { figuresOf } from "../../src/core/rekap";
import type { ReportTable } from "../../src/core/report/model";
import { settingsCells } from "../../src/core/settings";
import { standardFormulas } from "../../src/core/standard";
import { createGas } from "../../src/emulator/facade";
import { bindCustomFunctions, loadBundle } from "../../src/emulator/gasRuntime";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { evaluationRows, summaryByBidang } from "../utils/evaluasi";

const SEKRETARIAT = "Sekretariat";
const BIDANG = "Bidang Penempatan";

/** One template row from its fields (the trial typed them in `npm start`). */
function line(fields: Record<string, CellValue | CellValue[]>): CellValue[] {
  const row: CellValue[] = TEMPLATE_COLUMNS.map(() => "");
  for (const [f, v] of Object.entries(fields)) {
    const at = (field: string) => TEMPLATE_COLUMNS.findIndex((c) => c.field === field);
    if (!Array.isArray(v)) row[at(f)] = v;
    else for (const [q, x] of v.entries()) row[at(`${f}${q + 1}`)] = x;
  }
  return row;
}

/** The trial's workbook: its two bidang tabs with the rows that went wrong. */
function trialWorkbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook({ name: "trial" });
  const settings = settingsCells({
    opd: "Dinas Transmigrasi dan Tenaga Kerja",
    tahun: "2024",
    skala: "permendagri86",
    bidang: [SEKRETARIAT, BIDANG],
    namaBidang: [],
    reviewer: "",
    proteksi: "peringatan",
  });
  wb.write(wb.addTab("Pengaturan"), 1, 1, settings as CellValue[][]);
  const header = TEMPLATE_COLUMNS.map((c) => c.header);
  wb.write(wb.addTab(SEKRETARIAT), 1, 1, [
    header,
    line({
      kode: "2.07.01.2.02",
      uraian: "Kegiatan Pembinaan UPT",
      indikator: "Jumlah UPT yang dibina",
      satuan: "unit",
      polaritas: "positif",
      sifat: "kumulatif",
      targetTahunan: 2,
      targetTw: [1, 0, 1, 0],
      pagu: 150_000_000,
      rakTw: [89_335_000, 0, 40_000_000, 20_665_000],
      // What the trial typed: a unit after the number, then "-" for nothing.
      realisasiTw: ["1 UPT", "-", "", ""],
      realisasiAnggaranTw: [80_000_000, "", "", ""],
    }),
  ] as CellValue[][]);
  wb.write(wb.addTab(BIDANG), 1, 1, [
    header,
    line({
      kode: "2.07.03",
      uraian: "Program Penempatan Tenaga Kerja",
      indikator: "Tingkat pengangguran terbuka",
      satuan: "%",
      polaritas: "negatif",
      sifat: "tetap",
      targetTahunan: 4.4,
      targetTw: [4.4, 4.4, 4.4, 4.4],
      pagu: 500_000_000,
      rakTw: [100_000_000, 150_000_000, 150_000_000, 100_000_000],
      // TW III realisasi fisik typed; its realisasi anggaran left empty.
      realisasiTw: [4.3, 4.05, 4.1, ""],
      realisasiAnggaranTw: [90_000_000, 140_000_000, "", ""],
    }),
  ] as CellValue[][]);
  return wb;
}

/** The evaluation tab's indicator rows by their indikator. */
const rows = (port: WorkbookPort, tab: string) =>
  new Map(evaluationRows(port, tab).map((r) => [String(r.Indikator), r]));

function withBundle(wb: MemoryWorkbook): WorkbookPort {
  const gas = createGas(wb, { files: {} });
  bindCustomFunctions(wb, loadBundle(readFileSync(join(__dirname, "../../build/Code.js"), "utf8"), gas));
  return emulatedPort(wb).port;
}

const kinds: [string, (wb: MemoryWorkbook) => WorkbookPort, boolean][] = [
  ["CAPAIAN/KRITERIA/EFISIENSI of the source (panel)", (wb) => emulatedPort(wb).port, false],
  ["CAPAIAN/KRITERIA/EFISIENSI of the built bundle", withBundle, false],
  ["standard formulas (Excel, LibreOffice)", (wb) => emulatedPort(wb).port, true],
];

describe.each(kinds)("the trial's rows, %s", (_, portOf, standard) => {
  const generate = (tw: 1 | 2 | 3) => {
    const wb = trialWorkbook();
    const port = portOf(wb);
    const report = generateTriwulan(port, { tw, ...(standard ? { standard: standardFormulas } : {}) });
    return { port, report, r: rows(port, report.tab) };
  };

  it("1. TW III spending not reported: realisasi anggaran, serapan and efisiensi are 'belum diisi'", () => {
    const { port, report, r } = generate(3);
    const tpt = r.get("Tingkat pengangguran terbuka") as Record<string, CellValue>;
    expect(tpt.Keterangan).toBe("realisasi anggaran TW III belum diisi");
    // The capaian itself is reported: (2 × 4,40 − 4,10) / 4,40 × 100.
    expect(tpt["Capaian s.d. TW III (%)"]).toBeCloseTo(((2 * 4.4 - 4.1) / 4.4) * 100, 9);
    for (const h of [
      "Realisasi anggaran s.d. TW III (Rp)",
      "Serapan thd pagu (%)",
      "Serapan thd RAK s.d. TW III (%)",
      "Efisiensi thd RAK s.d. TW III",
    ])
      expect([h, tpt[h]]).toEqual([h, BELUM_DIISI]);
    // The Ringkasan says so for the bidang and the total, never 230.000.000 and 46,00.
    const s = summaryByBidang(port, report.summaryTab);
    for (const name of [BIDANG, "Jumlah"]) {
      const row = s.get(name) as Record<string, CellValue>;
      expect(row["Realisasi anggaran s.d. TW III (Rp)"]).toBe(BELUM_DIISI);
      expect(row["Serapan thd pagu (%)"]).toBe(BELUM_DIISI);
    }
    // In TW II, where it was reported, the same cells are the sums: 90 + 140 million, 46 % of the pagu.
    const tw2 = generate(2);
    const before = summaryByBidang(tw2.port, tw2.report.summaryTab).get(BIDANG) as Record<string, CellValue>;
    expect(before["Realisasi anggaran s.d. TW II (Rp)"]).toBe(230_000_000);
    expect(before["Serapan thd pagu (%)"]).toBeCloseTo(46, 9);
  });

  it('2. a realisasi typed with its unit computes as CAPAIAN(target; "1 UPT") does', () => {
    const { r } = generate(1);
    const upt = r.get("Jumlah UPT yang dibina") as Record<string, CellValue>;
    expect(upt["Realisasi TW I"]).toBe(1);
    expect(upt["Realisasi s.d. TW I"]).toBe(1);
    expect(upt["Capaian TW I (%)"]).toBe(CAPAIAN(1, "1 UPT"));
    expect(upt["Capaian s.d. TW I (%)"]).toBe(100);
    expect(upt.Kriteria).toBe("Sangat Tinggi");
    // Efisiensi over capaian 100: min(100, 100) − 80.000.000 / 89.335.000 × 100.
    expect(upt["Efisiensi thd RAK s.d. TW I"]).toBeCloseTo(100 - (80_000_000 / 89_335_000) * 100, 9);
  });

  it("3. a realisasi '-' is nothing: no target this TW and nothing realised, not 'tetapi ada realisasi'", () => {
    const { r } = generate(2);
    const upt = r.get("Jumlah UPT yang dibina") as Record<string, CellValue>;
    expect(upt["Realisasi TW II"]).toBe("");
    expect(upt.Keterangan).toBe("tidak ditargetkan TW ini");
    expect(upt["Realisasi s.d. TW II"]).toBe(1);
    expect(upt["Capaian s.d. TW II (%)"]).toBe(100);
    // In TW III (target 1) nothing is typed yet: belum diisi, not rated on TW I and II.
    const tw3 = generate(3).r.get("Jumlah UPT yang dibina") as Record<string, CellValue>;
    expect(tw3.Kriteria).toBe(BELUM_DIISI);
    expect(tw3.Keterangan).toBe("realisasi TW III belum diisi");
  });
});

describe("the report and the rekap of the same TW III", () => {
  it("print 'belum diisi' for the unreported spending, never 230.000.000 … 57,50", () => {
    const wb = trialWorkbook();
    const { port } = emulatedPort(wb);
    const doc = laporanDocument(port, { tw: 3, tahun: "2024" });
    const anggaran = doc.blocks.filter(
      (b): b is ReportTable => b.kind === "table" && b.id.startsWith("anggaran-"),
    );
    const texts = anggaran.flatMap((t) => t.rows.map((r) => r.cells.map((c) => c.text)));
    const tpt = texts.find((r) => r.includes("Program Penempatan Tenaga Kerja")) as string[];
    expect(tpt.slice(-2)).toEqual([BELUM_DIISI, BELUM_DIISI]);
    expect(texts.flat()).not.toContain("230.000.000");
    expect(texts.flat()).not.toContain("57,50");
    const prose = doc.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : [])).join("\n");
    expect(prose).toContain(`sedangkan realisasinya ${BELUM_DIISI}`);
    const f = figuresOf(chooseBidang(readWorkbook(port)), 3, SCALES.permendagri86);
    expect(f.anggaranBelumDiisi).toBe(true);
    expect(f.realisasiAnggaran).toBeNull();
  });
});
