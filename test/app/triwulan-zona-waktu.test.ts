/**
 * Trial 7 #20: two clocks. A plan row removed at 02.40 WIB on 6 December was marked "Tidak ada lagi
 * di rencana sejak 05/12/2026" (the server's UTC date) while the Riwayat and the Pernyataan said 6
 * December. Every date the add-on writes is in the spreadsheet's time zone (Sheets:
 * getSpreadsheetTimeZone; the emulator's file: Asia/Jakarta, as an id-ID spreadsheet).
 */
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { REMOVED_LABEL } from "../../src/core/regenerate/types";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { evaluationRows } from "../utils/evaluasi";

const TAB = "RENAKSI 2026";
// biome-ignore format: three of the trial's Kecamatan rows
const ROWS: (string | number)[][] = [
  [1, "Persentase pelayanan administrasi terselesaikan tepat waktu", "%", 95, 95, 95, 95, 95, 93, 96],
  [2, "Jumlah dokumen laporan penyelenggaraan pemerintahan kecamatan", "dokumen", 12, 3, 3, 3, 3, 3, 3],
  [3, "Jumlah berkas perizinan non-berusaha dilayani", "berkas", 1200, 300, 300, 300, 300, 287, 312],
];
const HEADER = [
  "No",
  "Indikator",
  "Satuan",
  "Target Tahunan",
  "Target TW I",
  "Target TW II",
  "Target TW III",
  "Target TW IV",
  "Realisasi TW I",
  "Realisasi TW II",
];

describe("the date a row left the plan (trial 7 #20)", () => {
  it("is the spreadsheet's date (WIB), not the server's UTC one", () => {
    const wb = new MemoryWorkbook({ name: "kec", timeZone: "Asia/Jakarta" });
    const tab = wb.addTab(TAB);
    wb.write(tab, 1, 1, [["RENCANA AKSI KECAMATAN SUKAMAJU TAHUN 2026"]]);
    wb.write(tab, 3, 1, [HEADER]);
    wb.write(tab, 4, 1, ROWS);
    const { port } = emulatedPort(wb);
    // 19.40 UTC on 5 December is 02.40 WIB on 6 December.
    const now = new Date("2026-12-05T19:40:00Z");
    const timeZone = () => wb.timeZone;
    const request = { tw: 2 as const, tahun: "2026", now, timeZone };
    generateTriwulan(port, request);
    wb.deleteRows(tab, 6, 1);
    const report = generateTriwulan(port, request);
    const gone = evaluationRows(port, report.tab).filter((r) =>
      Object.values(r).some((v) => String(v).startsWith(REMOVED_LABEL)),
    );
    expect(gone.length).toBe(1);
    const said = Object.values(gone[0]).find((v) => String(v).startsWith(REMOVED_LABEL));
    expect(String(said)).toContain(`${REMOVED_LABEL} 06/12/2026`);
  });
});
