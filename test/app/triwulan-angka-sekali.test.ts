/**
 * Each number the evaluation tab reads from a bidang tab is read once, in hidden cells of its row
 * ("Kata …" its first word, "Angka …" its number), and the visible columns refer to those: a staff
 * member clicking a realisasi s.d. cell reads a formula of a line or two, not thousands of
 * characters. The hidden cells are hidden and under the header protection, are no plan data for
 * Periksa and never reach the LAKIP (a value typed over one is caught by Verifikasi at its row:
 * test/app/reviu-serangan.test.ts).
 */
import { describe, expect, it } from "vitest";
import { laporanDocument } from "../../src/app/laporan";
import { periksa } from "../../src/app/periksa";
import { generateTriwulan } from "../../src/app/triwulan";
import { columnLetter } from "../../src/core/a1";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { HEADER_ROW } from "../../src/core/evaluasi";
import { moneyWord, TEXT_IN_SUM } from "../../src/core/evaluasi-formulas";
import { standardFormulas } from "../../src/core/standard";
import { emulatedPort } from "../../src/emulator/session";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { TEMPLATE_TRANSMIGRASI_TAB as PLAN } from "../fixtures/plans";

const EVAL = "Evaluasi TW II 2024";
const HIDDEN = /^(Angka|Kata) /;

/** The Dinas with TW II realisasi typed as offices type it, its TW II tab made in one formula kind. */
function dinasTw2(rumus: "sakip" | "excel") {
  const wb = transmigrasiWorkbook({ bidang: [PLAN] });
  const plan = wb.getTab(PLAN);
  const col = (field: string) => TEMPLATE_COLUMNS.findIndex((c) => c.field === field) + 1;
  // Plan rows 2 … 13 are the 12 indicators.
  const typed = ["62,10", 0, "1 UPT", "-", "2 dokumen", "1.250", 3, "4.40", "5jt", "61,68%", 7, 8];
  typed.forEach((v, i) => {
    wb.write(plan, i + 2, col("realisasiTw2"), [[v]]);
  });
  wb.write(plan, 3, col("realisasiAnggaranTw2"), [["89,335,000"]]);
  const { port } = emulatedPort(wb);
  generateTriwulan(port, { tw: 2, standard: rumus === "excel" ? standardFormulas : undefined });
  const tab = port.read(EVAL);
  const header = tab.values[HEADER_ROW - 1].map(String);
  /** The indicator row (0-based in the tab) reading plan row `planRow`. */
  const rowOf = (planRow: number) =>
    tab.formulas.findIndex((r) => r.some((f) => f.includes(`!S${planRow})`) || f.includes(`!S${planRow},`)));
  return { wb, port, tab, header, rowOf };
}

describe.each(["sakip", "excel"] as const)("the TW II evaluation tab (--rumus %s)", (rumus) => {
  it("reads '1 UPT', '2 dokumen', '89,335,000', '4.40', '61,68%' as numbers, '-' as nothing, and says '5jt' is text", () => {
    const { tab, header } = dinasTw2(rumus);
    const column = (h: string) => tab.values.slice(HEADER_ROW).map((r) => r[header.indexOf(h)]);
    const keyed = (h: string) =>
      column(h).filter((_, i) => tab.values[HEADER_ROW + i][header.indexOf("Kunci")]);
    expect(keyed("Realisasi TW II")).toEqual([62.1, 0, 1, "", 2, 1250, 3, 4.4, "5jt", 61.68, 7, 8]);
    // "5jt" is not read in the tab: the s.d. of a kumulatif row holding it says so.
    expect(keyed("Realisasi s.d. TW II")).toContain(TEXT_IN_SUM);
    // The program's spending: 770.000 in TW I, "89,335,000" typed in TW II.
    expect(keyed("Realisasi anggaran s.d. TW II (Rp)")).toContain(770_000 + 89_335_000);
  });

  it("shows short formulas: every number-reading column under 200 characters, the hidden cells read the plan", () => {
    const { tab, header } = dinasTw2(rumus);
    const visible = ["Target tahunan", "Target TW II", "Target s.d. TW II", "Realisasi TW II"]
      .concat([
        "Realisasi s.d. TW II",
        "Pagu (Rp)",
        "RAK s.d. TW II (Rp)",
        "Realisasi anggaran s.d. TW II (Rp)",
      ])
      .concat(["Keterangan", "Serapan thd pagu (%)", "Serapan thd RAK s.d. TW II (%)"]);
    const rows = tab.formulas.slice(HEADER_ROW).filter((r) => r[header.indexOf("Realisasi s.d. TW II")]);
    expect(rows).toHaveLength(12);
    for (const h of visible) {
      const longest = Math.max(...rows.map((r) => r[header.indexOf(h)].length));
      expect(longest, h).toBeLessThan(h === "Keterangan" ? 250 : 200);
      // No visible column reads a bidang tab's number itself.
      expect(rows.every((r) => !r[header.indexOf(h)].includes(PLAN))).toBe(true);
    }
    // "1 UPT": the visible cell is the hidden one's number, the hidden one reads the plan cell.
    const at = (h: string) => header.indexOf(h);
    expect(rows[2][at("Realisasi TW II")]).toMatch(
      new RegExp(`^=${columnLetter(at("Angka Realisasi TW II") + 1)}\\d+$`),
    );
    expect(rows[2][at("Angka Realisasi TW II")]).toContain(`'${PLAN}'!T4`);
    // A plan cell holding text when the tab was built is read skipping a leading "Rp" (`moneyWord`);
    // one holding a number ("3", plan row 8) keeps the short first-word formula.
    expect(rows[2][at("Kata Realisasi TW II")]).toBe(`=${moneyWord(`'${PLAN}'!T4`)}`);
    const spaced = `SUBSTITUTE('${PLAN}'!T8&" ","% "," ",1)`;
    expect(rows[6][at("Kata Realisasi TW II")]).toBe(`=LEFT(${spaced},FIND(" ",${spaced})-1)`);
  });
});

describe("the hidden cells", () => {
  it("are hidden and under the header protection, and Periksa reads no plan data from them", () => {
    const { wb, port, header } = dinasTw2("sakip");
    const tab = wb.getTab(EVAL);
    const hidden = header.flatMap((h, i) => (HIDDEN.test(h) ? [i + 1] : []));
    // The 18 plan cells and the 12 months of a monthly cash plan, each read in two cells.
    expect(hidden).toHaveLength(2 * 18 + 2 * 12);
    for (const c of hidden) expect(tab.hiddenCols.has(c)).toBe(true);
    const protection = tab.protections.find((p) => p.description === "SAKIP: judul tab evaluasi");
    expect(protection?.range).toMatchObject({ row: 1, col: 1, rows: HEADER_ROW });
    expect((protection?.range?.col ?? 0) + (protection?.range?.cols ?? 0) - 1).toBeGreaterThanOrEqual(
      Math.max(...hidden),
    );
    // The plan's 12 indicators, not more: the evaluation tab is no plan, its hidden numbers no data.
    const result = periksa(port, { tw: 2, writeReport: false });
    expect(result.summary.indicators).toBe(12);
    expect(result.findings.filter((f) => f.sheet === EVAL)).toEqual([]);
  });

  it("never reach the LAKIP", () => {
    const { port } = dinasTw2("sakip");
    const doc = laporanDocument(port, { tw: 2 });
    const texts = JSON.stringify(doc.blocks);
    expect(texts).not.toMatch(/"(Angka|Kata) (Target|Realisasi|Pagu|Anggaran)/);
    expect(texts).toContain("1 UPT".replace(" UPT", ""));
  });
});
