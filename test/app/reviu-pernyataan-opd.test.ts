/**
 * The Pernyataan names the office as the report and the rekap do (trial 3, #13): Pengaturan's OPD,
 * else the plan's title row; never a placeholder in an issued statement.
 */
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/app/plans";
import { rekapFile } from "../../src/app/rekap";
import { statement } from "../../src/app/reviu";
import { sha256 } from "../../src/cli/sakip";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { reviuDeps as deps } from "../fixtures/reviu";
import { REVIEWER, STATEMENT, sendTw1 } from "../utils/reviu";

const TITLE = "RENCANA AKSI DINAS TENAGA KERJA KABUPATEN MAJU JAYA TAHUN 2024";

/** A Dinas whose Pengaturan names no OPD, sent; its plan tab has a title row above its table, or none. */
function sentWithoutOpd(title: boolean) {
  const wb = transmigrasiWorkbook({ opd: "", reviewer: REVIEWER }, title ? TITLE : undefined);
  const { sent, reviewer } = sendTw1(wb);
  expect(sent.status).toBe("dikirim");
  return { wb, reviewer };
}

describe("Pernyataan Reviu: the OPD name", () => {
  it("is the plan's title when Pengaturan names none, as in the rekap", () => {
    const { wb, reviewer } = sentWithoutOpd(true);
    expect(readWorkbook(reviewer).settings.opd).toBe("");
    const name = rekapFile(reviewer, "dinas.xlsx", 1, sha256).row.opd;
    expect(name).toBe("Dinas Tenaga Kerja Kabupaten Maju Jaya");
    statement(reviewer, deps(REVIEWER), { tw: 1 });
    const lines = wb
      .values(wb.getTab(STATEMENT), { row: 1, col: 1, rows: 5, cols: 1 })
      .map((r) => String(r[0]));
    expect(lines[1]).toBe("ATAS LAPORAN KINERJA DINAS TENAGA KERJA KABUPATEN MAJU JAYA");
    expect(String(wb.value(wb.getTab(STATEMENT), 5, 1))).toContain(`Laporan Kinerja ${name} TW I tahun 2024`);
    expect(lines.join(" ")).not.toMatch(/Pengaturan/i);
  });

  it("found nowhere: the statement is refused, asking for it, not printed with a placeholder", () => {
    const { wb, reviewer } = sentWithoutOpd(false);
    expect(() => statement(reviewer, deps(REVIEWER), { tw: 1 })).toThrow(
      "Pernyataan tidak dibuat karena nama OPD tidak ditemukan di tab Pengaturan maupun di judul rencana aksi: isi nama OPD di tab Pengaturan, lalu buat pernyataan lagi.",
    );
    expect(wb.tab(STATEMENT)).toBeUndefined();
  });
});
