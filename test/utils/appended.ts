/**
 * An office's own Rencana Aksi that the reader cannot read unaided: the reference Luwu Timur plan
 * (RENCANA_AKSI_TRANSMIGRASI, no realisasi columns) with the office's realisasi appended right of
 * "Penanggung Jawab" (columns S–V) under a group word of its own, "CATATAN PELAKSANAAN", over the
 * quarters' months "Jan–Mar … Okt–Des", TW I and TW II filled for every indicator row. Shared by the app tests and the
 * browser test of the reading panel.
 */
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { RENCANA_AKSI_TRANSMIGRASI, RENCANA_AKSI_TRANSMIGRASI_TAB } from "../fixtures/plans";

export const APPENDED_TAB = RENCANA_AKSI_TRANSMIGRASI_TAB;
/** 0-based first column of the appended family (S) and its group word. */
export const APPENDED_COL = 18;
export const APPENDED_GROUP = "CATATAN PELAKSANAAN";
/** The quarters named by their months, as some offices head them (no TW word). */
export const APPENDED_LEAVES = ["Jan–Mar", "Apr–Jun", "Jul–Sep", "Okt–Des"] as const;

/** `title: false` blanks the "TAHUN 2024" title (a workbook whose year nobody names). */
export function appendedWorkbook(options: { title?: boolean } = {}): MemoryWorkbook {
  const wb = new MemoryWorkbook({ name: "Renaksi kantor" });
  const tab = wb.addTab(APPENDED_TAB);
  const rows = RENCANA_AKSI_TRANSMIGRASI.map((r) => [...r]);
  if (options.title === false) rows[3] = rows[3].map(() => "");
  wb.write(tab, 1, 1, rows);
  const header = 6; // sheet row of the group header (1-based)
  wb.write(tab, header, APPENDED_COL + 1, [[APPENDED_GROUP, "", "", ""]]);
  wb.write(tab, header + 1, APPENDED_COL + 1, [[...APPENDED_LEAVES]]);
  wb.write(tab, header + 2, APPENDED_COL + 1, [["(19)", "(20)", "(21)", "(22)"]]);
  for (let r = 8; r < rows.length; r++) {
    const indikator = String(rows[r][4] ?? "").trim();
    if (!indikator) continue;
    const annual = num(rows[r][7]);
    wb.write(tab, r + 1, APPENDED_COL + 1, [
      [realisasi(rows[r][8], annual, 0.25), realisasi(rows[r][9], annual, 0.5)],
    ]);
  }
  return wb;
}

const num = (v: unknown) => (typeof v === "number" ? v : Number(String(v ?? "").replace(",", ".")) || 0);

/**
 * TW I and TW II realisasi of an indicator row: the TW target when one is typed, else a share of the
 * annual target (rounded to 2 decimals), so capaian has something to show.
 */
const realisasi = (twTarget: unknown, annual: number, share: number) =>
  num(twTarget) > 0 ? num(twTarget) : Math.round(annual * share * 100) / 100;
