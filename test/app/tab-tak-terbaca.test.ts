/**
 * A bidang tab with a header but no Indikator column (trial 5 #2) is never silently left out: Periksa,
 * Buat tab Triwulan and Kirim name it in one sentence, and Cara dibaca shows it so one choice reads it.
 */
import { describe, expect, it } from "vitest";
import { correctReading, readings } from "../../src/app/baca";
import { periksa } from "../../src/app/periksa";
import { submitForReview } from "../../src/app/reviu";
import { sidebarState } from "../../src/app/state";
import { generateTriwulan } from "../../src/app/triwulan";
import { emulatedPort } from "../../src/emulator/session";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { reviuDeps } from "../fixtures/reviu";
import { PLAN, STAFF } from "../utils/reviu";

const TAB = "Penataan Ruang";
const SENTENCE = `Tab '${TAB}' tidak terbaca: tidak ikut dievaluasi; pilih kolom Indikator di Cara dibaca.`;

/** The Dinas's plan and a second bidang whose indicators sit under "Ukuran Keberhasilan" (E). */
function withUnreadTab(): MemoryWorkbook {
  const wb = transmigrasiWorkbook();
  const plan = wb.getTab(PLAN);
  const size = wb.usedSize(plan);
  const values = wb.values(plan, { row: 1, col: 1, rows: size.rows, cols: size.cols });
  const tab = wb.addTab(TAB);
  wb.write(tab, 1, 1, values);
  wb.write(tab, 1, 5, [["Ukuran Keberhasilan"]]);
  return wb;
}

describe("a tab with a header and no Indikator column", () => {
  it("is named by Periksa, Buat tab Triwulan and Kirim: never silently fewer bidang", () => {
    const wb = withUnreadTab();
    const { port } = emulatedPort(wb, { user: STAFF, owner: STAFF });
    const check = periksa(port, { writeReport: false });
    expect(check.findings.filter((f) => f.severity === "warning" && f.message === SENTENCE)).toHaveLength(1);
    const made = generateTriwulan(port, { tw: 1 });
    expect(made.message.startsWith(SENTENCE)).toBe(true);
    expect(made.unread).toContain(SENTENCE);
    const sent = submitForReview(port, reviuDeps(STAFF), { tw: 1, force: true, reason: "uji" });
    expect(sent.message).toContain(SENTENCE);
  });

  it("has its Cara dibaca in the panel, and one choice (E = Indikator) makes it a plan", () => {
    const wb = withUnreadTab();
    const { port } = emulatedPort(wb);
    const state = sidebarState(port);
    const shown = state.plans.find((p) => p.tab === TAB);
    expect(shown).toMatchObject({ indicators: 0, missingFields: ["indikator"] });
    expect(shown?.reading.columns.find((c) => c.letter === "E")?.header).toBe("Ukuran Keberhasilan");
    expect(state.skipped.map((s) => s.tab)).not.toContain(TAB);
    expect(readings(port).readings.map((r) => r.tab)).toContain(TAB);
    correctReading(port, { tab: TAB, col: 4, field: "indikator" });
    const after = sidebarState(port).plans.find((p) => p.tab === TAB);
    expect(after?.indicators).toBe(sidebarState(port).plans.find((p) => p.tab === PLAN)?.indicators);
    expect(periksa(port, { writeReport: false }).findings.some((f) => f.message === SENTENCE)).toBe(false);
  });
});
