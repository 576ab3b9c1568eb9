/**
 * The add-on's memo on each row of the evaluation tab (a note on its Kunci cell) names the shape of
 * every formula it wrote by one character, the header row's memo lists the shapes: a few hundred
 * characters per row instead of a hash per cell (2,8 KB as an .xlsx note). Regeneration still tells
 * the add-on's formulas from typed ones by them, in a tab made now (through an .xlsx save and load)
 * and in one made by the earlier version (test/fixtures/evaluasi-tw2-memo-per-sel.xlsx, saved by
 * 33ae46a: a hash per cell in `g`).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../../src/app/triwulan";
import { TEMPLATE_COLUMNS } from "../../../src/core/columns";
import { emulatedPort } from "../../../src/emulator/session";
import type { MemoryWorkbook } from "../../../src/emulator/workbook";
import { loadXlsx, xlsxBuffer } from "../../../src/emulator/xlsx";
import { transmigrasiWorkbook } from "../../fixtures/dinas";
import { TEMPLATE_TRANSMIGRASI_TAB } from "../../fixtures/plans";

const FIXTURE = join(__dirname, "../../fixtures/evaluasi-tw2-memo-per-sel.xlsx");
const TAB = "Evaluasi TW II 2024";
const NOW = new Date(2024, 6, 5);
const run = (wb: MemoryWorkbook) => generateTriwulan(emulatedPort(wb).port, { tw: 2, now: NOW });
const snapshot = (wb: MemoryWorkbook) => emulatedPort(wb).port.read(TAB, { notes: true });

/** The first indicator's sifat in the plan becomes kumulatif (it was akhir). */
function changeSifat(wb: MemoryWorkbook): void {
  const col = TEMPLATE_COLUMNS.findIndex((c) => c.field === "sifat") + 1;
  wb.write(wb.getTab(TEMPLATE_TRANSMIGRASI_TAB), 2, col, [["Kumulatif"]]);
}

const origins: [string, () => Promise<MemoryWorkbook>][] = [
  [
    "made by this version, saved and opened again",
    async () => {
      const wb = transmigrasiWorkbook();
      run(wb);
      return loadXlsx(await xlsxBuffer(wb));
    },
  ],
  ["made by the earlier version (a hash per cell)", () => loadXlsx(FIXTURE)],
];

describe("the evaluation tab's row memos", () => {
  for (const [origin, open] of origins) {
    it(`tell the add-on's formulas from typed ones after the plan's sifat changed (${origin})`, async () => {
      const wb = await open();
      const snap = snapshot(wb);
      const header = snap.values[4].map(String);
      const faktor = header.findIndex((h) => h.startsWith("Faktor"));
      wb.write(wb.getTab(TAB), 7, faktor + 1, [["Pendamping kurang"]]);
      changeSifat(wb);

      const report = run(wb);
      // Sifat, and Target s.d., Realisasi s.d. and Keterangan of that row follow it (their formulas
      // read no other tab: only the memo says they were the add-on's); nothing is taken as typed.
      // A tab made by an earlier version also has its formulas of that version rewritten (the number
      // reading changed since: "nihil" is 0), so the count of 4 holds for this version's tab only.
      expect(report).toMatchObject({ kept: 1, moved: 0, restored: [], lost: [] });
      if (origin.startsWith("made by this")) expect(report.rewritten).toBe(4);
      else expect(report.rewritten).toBeGreaterThanOrEqual(4);
      const fresh = transmigrasiWorkbook();
      changeSifat(fresh);
      run(fresh);
      const want = snapshot(fresh);
      const got = snapshot(wb);
      expect(got.formulas).toEqual(want.formulas);
      expect(got.values[6][faktor]).toBe("Pendamping kurang");
      // Idempotent.
      expect(run(wb)).toMatchObject({ kept: 1, rewritten: 0, restored: [], lost: [] });
    });
  }

  for (const [origin, open] of origins) {
    it(`keep a row's last plan values when it leaves the plan (${origin})`, async () => {
      const wb = await open();
      // "Persentase Penetapan Kawasan Transmigrasi" (kode 3.32.02, 100 %, pagu 82.476.650) is deleted.
      wb.deleteRows(wb.getTab(TEMPLATE_TRANSMIGRASI_TAB), 3, 1);
      expect(run(wb)).toMatchObject({ removed: 1, lost: [] });
      const snap = snapshot(wb);
      const header = snap.values[4].map(String);
      const row = snap.values.find(
        (r) => r[header.indexOf("Indikator")] === "Persentase Penetapan Kawasan Transmigrasi",
      );
      const at = (h: string) => row?.[header.findIndex((x) => x.startsWith(h))];
      expect([at("Kode"), at("Satuan"), at("Target tahunan"), at("Pagu")]).toEqual([
        "3.32.02",
        "%",
        100,
        82_476_650,
      ]);
      expect(String(at("Sasaran"))).toMatch(
        /^Tidak ada lagi di rencana sejak \d\d\/\d\d\/\d{4} \(tab Rencana Aksi Transmigrasi\)$/,
      );
    });
  }

  it("are a few hundred characters per indicator row, the shapes listed once in the header row's", () => {
    const wb = transmigrasiWorkbook();
    run(wb);
    const snap = snapshot(wb);
    const key = snap.values[4].map(String).indexOf("Kunci");
    const memos = snap.values.flatMap((r, i) =>
      i > 4 && r[key] !== "" ? [snap.notes?.[i]?.[key] ?? ""] : [],
    );
    expect(memos).toHaveLength(12);
    for (const memo of memos) expect(memo.length).toBeLessThan(600);
    expect(JSON.parse(snap.notes?.[4]?.[key] ?? "").shapes.length).toBeGreaterThan(30);
  });
});
