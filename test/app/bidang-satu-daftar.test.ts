/**
 * Trial 2, item 1: one list of bidang tabs for every surface. Pengaturan's "Tab bidang" names one
 * tab (as the template writes it) and a person adds a second plan tab of their own layout: the
 * evaluation tab, the LAKIP, the rekap and the review record all cover both tabs, and the report's
 * figures are the evaluation tab's.
 */
import { describe, expect, it } from "vitest";
import { laporanDocument } from "../../src/app/laporan";
import { chooseBidang, leftOut, readWorkbook } from "../../src/app/plans";
import { coveredTabs } from "../../src/app/rekam";
import { rekapFile } from "../../src/app/rekap";
import { generateTriwulan } from "../../src/app/triwulan";
import { sha256 } from "../../src/cli/sakip";
import type { CellValue } from "../../src/core/cells";
import type { ReportParagraph } from "../../src/core/report/model";
import { emulatedPort } from "../../src/emulator/session";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import {
  RENCANA_AKSI_TRANSMIGRASI,
  RENCANA_AKSI_TRANSMIGRASI_TAB,
  TEMPLATE_TRANSMIGRASI_TAB,
} from "../fixtures/plans";

function office() {
  const wb = transmigrasiWorkbook({ bidang: [TEMPLATE_TRANSMIGRASI_TAB] });
  wb.write(wb.addTab(RENCANA_AKSI_TRANSMIGRASI_TAB), 1, 1, RENCANA_AKSI_TRANSMIGRASI as CellValue[][]);
  return emulatedPort(wb).port;
}

describe("one list of bidang tabs", () => {
  it("a plan tab Pengaturan does not list is in the evaluation tab, the LAKIP, the rekap and the record", () => {
    const port = office();
    const wb = readWorkbook(port);
    const plans = chooseBidang(wb);
    // Pengaturan's tab first, then the one a person added.
    expect(plans.map((p) => p.tab)).toEqual([TEMPLATE_TRANSMIGRASI_TAB, RENCANA_AKSI_TRANSMIGRASI_TAB]);
    const total = plans.reduce((n, p) => n + p.rows.filter((r) => r.indikator).length, 0);
    const evaluasi = generateTriwulan(port, { tw: 1 });
    expect(evaluasi.message).toContain(`${evaluasi.indicators} indikator dari 2 tab bidang`);
    const doc = laporanDocument(port, { tw: 1 });
    const said = doc.blocks
      .filter((b): b is ReportParagraph => b.kind === "paragraph")
      .map((b) => b.text)
      .find((t) => t.includes("mengukur"));
    expect(said).toContain(`mengukur ${total} indikator kinerja`);
    expect(doc.blocks.some((b) => b.kind === "heading" && /RENAKSI TRANSMIGRASI/i.test(b.text))).toBe(true);
    const row = rekapFile(port, "dinas.xlsx", 1, sha256).row;
    expect(row.indikator).toBe(total);
    expect(coveredTabs(readWorkbook(port), 1).plans.map((t) => t.name)).toContain(
      RENCANA_AKSI_TRANSMIGRASI_TAB,
    );
  });

  it("a tab that looks like a bidang tab but cannot be read is named in one sentence", () => {
    const wb = transmigrasiWorkbook({ bidang: [TEMPLATE_TRANSMIGRASI_TAB] });
    wb.write(wb.addTab("Bidang HI"), 1, 1, [
      ["No", "Uraian", "Keterangan"],
      ["1", "Rapat", "-"],
    ]);
    const book = readWorkbook(emulatedPort(wb).port);
    expect(leftOut(book, chooseBidang(book))).toMatch(/^Tab 'Bidang HI' tidak ikut: .+/);
  });
});
