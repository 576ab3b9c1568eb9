/**
 * Trial 7 #22: an office adds a column each quarter, so at TW III its plan has "Realisasi Anggaran
 * TW I" and "TW II" only. The Ringkasan said "Realisasi anggaran s.d. TW III 0, Serapan 0": a missing
 * column read as spending nothing. It is "belum diisi" (DOMAIN: empty is not 0), as when the column
 * exists and is empty, and "Buat tab Triwulan" says which column is missing for this TW.
 */
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { BELUM_DIISI } from "../../src/core/evaluasi";
import { standardFormulas } from "../../src/core/standard";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { evaluationRows, summaryByBidang } from "../utils/evaluasi";

const TAB = "RENAKSI 2026";
// biome-ignore format: the trial's Kecamatan Sukamaju rows (kec.xlsx), figures as numbers
const ROWS: (string | number)[][] = [
  [1, "Persentase pelayanan administrasi terselesaikan tepat waktu", "%", 95, 95, 95, 95, 95, 325000000, 93, 96, "", "", 70000000, 85500000],
  [2, "Jumlah dokumen laporan penyelenggaraan pemerintahan kecamatan", "dokumen", 12, 3, 3, 3, 3, 85000000, 3, 3, "", "", 20000000, 21250000],
  [3, "Jumlah berkas perizinan non-berusaha dilayani", "berkas", 1200, 300, 300, 300, 300, 95000000, 287, 312, "", "", 22000000, 24000000],
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
  "Pagu",
  "Realisasi TW I",
  "Realisasi TW II",
  "Realisasi TW III",
  "Realisasi TW IV",
  "Realisasi Anggaran TW I",
  "Realisasi Anggaran TW II",
];

/** The plan; `withTw3`: the office already added an empty "Realisasi Anggaran TW III" column. */
function plan(withTw3: boolean): MemoryWorkbook {
  const wb = new MemoryWorkbook({ name: "kec" });
  const tab = wb.addTab(TAB);
  wb.write(tab, 1, 1, [withTw3 ? [...HEADER, "Realisasi Anggaran TW III"] : HEADER]);
  wb.write(
    tab,
    2,
    1,
    ROWS.map((r) => (withTw3 ? [...r, ""] : r)),
  );
  return wb;
}

const SPENT = "Realisasi anggaran s.d. TW III (Rp)";

describe.each([false, true])(
  "TW III without its Realisasi Anggaran column (standard formulas: %s)",
  (standard) => {
    const run = (withTw3: boolean, tw = 3) => {
      const { port } = emulatedPort(plan(withTw3));
      const report = generateTriwulan(port, {
        tw,
        tahun: "2026",
        ...(standard ? { standard: standardFormulas } : {}),
      });
      return { port, report };
    };

    it("the Ringkasan says 'belum diisi', as when the column exists and is empty, never 0", () => {
      for (const withTw3 of [false, true]) {
        const { port, report } = run(withTw3);
        const jumlah = summaryByBidang(port, report.summaryTab).get("Jumlah");
        const spentKey = Object.keys(jumlah ?? {}).find((k) => k.startsWith("Realisasi anggaran"));
        const serapanKey = Object.keys(jumlah ?? {}).find((k) => k.startsWith("Serapan"));
        expect([withTw3, jumlah?.[spentKey ?? ""], jumlah?.[serapanKey ?? ""]]).toEqual([
          withTw3,
          BELUM_DIISI,
          BELUM_DIISI,
        ]);
        for (const r of evaluationRows(port, report.tab)) expect(r[SPENT]).toBe(BELUM_DIISI);
      }
    });

    it("'Buat tab Triwulan' says the column is missing for this TW; TW II, whose columns are there, says nothing", () => {
      expect(run(false).report.message).toContain(
        `Kolom Realisasi Anggaran TW III belum ada di tab '${TAB}', jadi realisasi anggaran s.d. TW III dan serapannya "${BELUM_DIISI}": tambahkan kolomnya di tab bidang, isi, lalu buat ulang tab Triwulan. `,
      );
      const tw2 = run(false, 2);
      expect(tw2.report.message).not.toContain("belum ada");
      const jumlah = summaryByBidang(tw2.port, tw2.report.summaryTab).get("Jumlah") ?? {};
      const spentKey = Object.keys(jumlah).find((k) => k.startsWith("Realisasi anggaran")) ?? "";
      expect(jumlah[spentKey]).toBe(70000000 + 85500000 + 20000000 + 21250000 + 22000000 + 24000000);
    });
  },
);
