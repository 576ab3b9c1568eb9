/**
 * Trial 8: "tidak ditargetkan" (or "tidak ada target", "-") typed in a TW target cell means no
 * target this quarter (DOMAIN.md: a quarter without a target has no TW capaian, "–"). It was a
 * galat in Periksa ("tidak terbaca sebagai target") and "Target … bukan angka" in the evaluation
 * tab. Now the office typing the words gets what the office leaving the cell blank gets: the same
 * evaluation tab (both formula kinds), the same report, and no galat.
 */
import { describe, expect, it } from "vitest";
import { generateLaporan } from "../../src/app/laporan";
import { periksa } from "../../src/app/periksa";
import type { CellValue } from "../../src/app/port";
import { generateTriwulan } from "../../src/app/triwulan";
import { capaian } from "../../src/core/capaian";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { parseNumber } from "../../src/core/numbers";
import { settingsCells } from "../../src/core/settings";
import { standardFormulas } from "../../src/core/standard";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { evaluationRows } from "../utils/evaluasi";

const TAB = "Sekretariat";

function line(fields: Record<string, CellValue | CellValue[]>): CellValue[] {
  const row: CellValue[] = TEMPLATE_COLUMNS.map(() => "");
  const at = (field: string) => TEMPLATE_COLUMNS.findIndex((c) => c.field === field);
  for (const [f, v] of Object.entries(fields)) {
    if (!Array.isArray(v)) row[at(f)] = v;
    else for (const [q, x] of v.entries()) row[at(`${f}${q + 1}`)] = x;
  }
  return row;
}

/** A plan whose work happens in TW I and III: TW II and IV hold `none` as their target. */
function office(none: string, standard: boolean) {
  const wb = new MemoryWorkbook({ name: "tanpa-target" });
  const settings = settingsCells({
    opd: "Dinas Transmigrasi dan Tenaga Kerja",
    tahun: "2024",
    skala: "permendagri86",
    bidang: [TAB],
    namaBidang: [],
    reviewer: "",
    proteksi: "peringatan",
  });
  wb.write(wb.addTab("Pengaturan"), 1, 1, settings as CellValue[][]);
  wb.write(wb.addTab(TAB), 1, 1, [
    TEMPLATE_COLUMNS.map((c) => c.header),
    line({
      kode: "2.07.01.2.02",
      uraian: "Kegiatan Pembinaan UPT",
      indikator: "Jumlah UPT yang dibina",
      satuan: "unit",
      polaritas: "positif",
      sifat: "kumulatif",
      targetTahunan: 2,
      targetTw: [1, none, 1, none],
      pagu: 150_000_000,
      rakTw: [90_000_000, 0, 40_000_000, 20_000_000],
      realisasiTw: [1, "", "", ""],
      realisasiAnggaranTw: [80_000_000, 5_000_000, "", ""],
    }),
    line({
      kode: "2.07.01.2.03",
      uraian: "Kegiatan Pelatihan",
      indikator: "Persentase peserta lulus",
      satuan: "%",
      polaritas: "positif",
      sifat: "tetap",
      targetTahunan: 80,
      targetTw: [80, none === "-" ? "-" : "Tidak Ditargetkan", 80, 80],
      pagu: 50_000_000,
      rakTw: [10_000_000, 10_000_000, 10_000_000, 20_000_000],
      realisasiTw: [75, "", "", ""],
      realisasiAnggaranTw: [9_000_000, 8_000_000, "", ""],
    }),
  ] as CellValue[][]);
  const { port } = emulatedPort(wb);
  const report = generateTriwulan(port, { tw: 2, ...(standard ? { standard: standardFormulas } : {}) });
  // The hidden "Kata …" cells hold the typed text's first word; every other cell is compared.
  const shown = (r: Record<string, CellValue>) =>
    Object.fromEntries(Object.entries(r).filter(([h]) => !h.startsWith("Kata ")));
  return {
    evaluation: evaluationRows(port, report.tab).map(shown),
    summary: port.read(report.summaryTab).values,
    // The report's hidden fingerprint cells ("t:…") hash what was typed: the rest is compared.
    report: standard
      ? []
      : port
          .read(generateLaporan(port, { tw: 2 }).tab)
          .values.map((r) => r.filter((v) => !String(v).startsWith("t:"))),
    findings: periksa(port, { tw: 2, writeReport: false }).findings,
  };
}

describe("'tidak ditargetkan' typed in a TW target", () => {
  it("is no target, as CAPAIAN and Periksa read a cell", () => {
    for (const t of ["tidak ditargetkan", "Tidak Ditargetkan", " tidak  ada target ", "TIDAK ADA TARGET"]) {
      expect(parseNumber(t), t).toEqual({ kind: "empty" });
      expect(capaian(t, 5)).toEqual(capaian("", 5));
    }
    // Other words stay no number: never read as nothing by a guess.
    expect(parseNumber("tidak ada").kind).toBe("invalid");
    expect(parseNumber("ditargetkan 5").kind).toBe("invalid");
  });

  it.each([false, true])(
    "gives what a blank target gives: '–' for TW II, no galat (standard formulas: %s)",
    (standard) => {
      const blank = office("", standard);
      for (const none of ["tidak ditargetkan", "tidak ada target", "-"]) {
        const typed = office(none, standard);
        expect(typed.evaluation, none).toEqual(blank.evaluation);
        expect(typed.summary, none).toEqual(blank.summary);
        expect(typed.report, none).toEqual(blank.report);
        const galat = typed.findings.filter((f) => f.severity === "error");
        expect(
          galat.map((f) => f.message),
          none,
        ).toEqual(blank.findings.filter((f) => f.severity === "error").map((f) => f.message));
        expect(typed.findings.map((f) => f.message).join("\n")).not.toContain("ditargetkan");
      }
      const upt = blank.evaluation.find((r) => r.Indikator === "Jumlah UPT yang dibina");
      expect(upt?.["Capaian TW II (%)"]).toBe("–");
      expect(upt?.Keterangan).toBe("tidak ditargetkan TW ini");
      // TW I's 1 of 1 to date; 1 of the year's 2.
      expect(upt?.["Capaian s.d. TW II (%)"]).toBe(100);
      expect(upt?.["Capaian thd target tahunan (%)"]).toBe(50);
    },
  );
});
