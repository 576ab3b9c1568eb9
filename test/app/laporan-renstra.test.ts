/**
 * Trial 6 #7: the reports take the Renstra target akhir from the office's own Renstra tab (an indicator
 * of the same name) and last year's target and realisasi from a bidang tab's "Tahun 2025: Tgt | Real."
 * columns, instead of "belum diisi" where the file has no PK tab.
 */
import { describe, expect, it } from "vitest";
import { laporanInput } from "../../src/app/laporan";
import { readWorkbook } from "../../src/app/plans";
import { lastYearSentence, renstraSentence } from "../../src/core/report/narrative";
import { emulatedPort } from "../../src/emulator/session";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { TABEL_RENSTRA } from "../fixtures/layouts";
import { RENSTRA_TAB, withRenstraTab } from "../fixtures/renstra";
import { PLAN } from "../utils/reviu";

describe("the reports' Renstra target akhir from the office's Renstra tab", () => {
  it("an indicator of the Renstra table's name takes its Kondisi Akhir (2029), also when the bidang are asked by name", () => {
    const wb = transmigrasiWorkbook();
    const first = readWorkbook(emulatedPort(wb).port).plans[0].rows.find((r) => r.indikator);
    const name = first?.indikator ?? "";
    withRenstraTab(wb);
    // The Renstra table's first row names the plan's first indicator (spacing and case its own).
    wb.write(wb.getTab(RENSTRA_TAB), 5, 2, [[`  ${name.toUpperCase()} `]]);
    const { port } = emulatedPort(wb);
    for (const tabs of [undefined, [PLAN]]) {
      const input = laporanInput(port, { tw: 2, tabs });
      const f = input.figures.find((x) => x.row.indikator === name);
      expect(f?.renstra).toMatchObject({ tahunAkhir: 2029, targetAkhir: TABEL_RENSTRA[4][9] });
      expect(renstraSentence(f as NonNullable<typeof f>)).toMatch(/^Target akhir Renstra \(2029\) /);
      // Another indicator of the plan has none: the report says where to put it, never 0.
      expect(input.figures.filter((x) => x.renstra).length).toBe(1);
      const other = input.figures.find((x) => !x.renstra) as NonNullable<typeof f>;
      expect(renstraSentence(other)).toBe("Target akhir Renstra belum diisi (di tab PK atau tabel Renstra).");
      expect(lastYearSentence(other, Number(input.tahun))).toBe(
        `Realisasi tahun ${Number(input.tahun) - 1} belum diisi (di tab PK atau kolom "Realisasi tahun lalu" tab bidang).`,
      );
    }
  });
});
