/**
 * A staff capaian column beside the plan (trial 5 #12: DPUPR "Bina Marga" AG "Capaian s.d. TW II" over
 * "(%)" and a column number) is read as the typed capaian, so Periksa compares it with the computation.
 * Before, "Capaian s.d. TW II" was "tidak dipakai … hanya nomor TW, tanpa kata judul", and a wrong
 * typed capaian (95 where the formula gives 92) passed. "Capaian Fisik TW I … IV" of a monitoring
 * sheet stays a realisasi family (test/layout-corpus.test.ts).
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cells";
import { capaianTertulis } from "../../../src/core/checks/rules/capaian-tertulis";
import { detectPlan } from "../../../src/core/layout";
import { snapshot } from "../../fixtures/checks";
import { RENSTRA_PER_TAHUN } from "../../fixtures/layouts";
import { run } from "../../utils/checks";

/** RENSTRA_PER_TAHUN (header rows 3–6, data from row 7) with one more column AG: header, unit, number, values. */
function withCapaian(header: string, unit: string, typed: CellValue[]): CellValue[][] {
  return RENSTRA_PER_TAHUN.map((row, r) => [
    ...row,
    r === 2 ? header : r === 4 ? unit : r === 5 ? 33 : r >= 6 ? (typed[r - 6] ?? "") : "",
  ]);
}
const AG = 32;
// Capaian s.d. TW II by the formula: mantap 69,2/68; rusak 13,1/14 (positive, no Polaritas column);
// ditingkatkan 3,2/3 (kumulatif, TW I target 0); jembatan 1/1.
const RIGHT: CellValue[] = [101.76, "93,57", 106.67, 100];

describe("a typed capaian column is read as Capaian", () => {
  it.each([
    ["Capaian s.d. TW II", "(%)"],
    ["Capaian s.d. TW II (%)", ""],
    ["Capaian Kinerja s.d. Triwulan II", "(%)"],
    ["Capaian TW II", "(%)"],
    ["Capaian (%)", ""],
    ["Capaian Tahunan", "%"],
  ])("%s / %s", (header, unit) => {
    const d = detectPlan("Bina Marga", withCapaian(header, unit, RIGHT));
    if (!d.ok) throw new Error(d.reason);
    expect(d.table.columns.capaian).toBe(AG);
    // The TW columns stay where they were.
    expect(d.table.columns.realisasiTw2).toBe(25);
    const note = d.table.reading?.find((c) => c.col === AG);
    expect(note?.fields).toEqual(["capaian"]);
    expect(note?.doubt ?? "").not.toContain("tanpa kata judul");
    expect(d.table.rows.map((r) => r.capaian)).toEqual(RIGHT);
  });
});

describe("Periksa compares it with the computation", () => {
  it.each<[string, CellValue[], string[]]>([
    ["all right", RIGHT, []],
    [
      "jembatan typed 95",
      [101.76, "93,57", 106.67, 95],
      [
        'AG10: Capaian indikator "Jumlah jembatan yang dibangun/direhabilitasi" tertulis 95, padahal hasil hitungnya 100 (target 1, realisasi 1, polaritas positif).',
      ],
    ],
    [
      "ditingkatkan typed as the annual share",
      [101.76, "93,57", "20,00", 100],
      [
        'AG9: Capaian indikator "Panjang jalan yang ditingkatkan" tertulis 20, padahal hasil hitungnya 106,67 (target 3, realisasi 3,2, polaritas positif).',
      ],
    ],
  ])("%s", (_, typed, messages) => {
    const found = run(
      capaianTertulis,
      [snapshot("Bina Marga", withCapaian("Capaian s.d. TW II", "(%)", typed))],
      2,
    );
    expect(found.map((f) => `${f.cell}: ${f.message}`)).toEqual(messages);
  });

  it.each([
    ["Capaian s.d. TW II", "hasil hitungnya 101,76 (target 68, realisasi 69,2"],
    ["Capaian (%)", "hasil hitungnya 101,54 (target 65, realisasi 66"],
  ])("checked for TW I, %s quotes the figures of the TW it names", (header, quoted) => {
    const typed = [90, "93,57", 106.67, 100];
    const found = run(capaianTertulis, [snapshot("Bina Marga", withCapaian(header, "(%)", typed))], 1);
    expect(found.map((f) => f.cell)).toEqual(["AG7"]);
    expect(found[0].message).toContain(quoted);
  });
});

describe("a second capaian column", () => {
  it("stays unread, and its doubt names the word it has", () => {
    const values = withCapaian("Capaian (%)", "", RIGHT).map((row, r) => [
      ...row,
      r === 2 ? "Capaian TW II" : r === 5 ? 34 : r >= 6 ? RIGHT[r - 6] : "",
    ]);
    const d = detectPlan("Bina Marga", values);
    if (!d.ok) throw new Error(d.reason);
    expect(d.table.columns.capaian).toBe(AG);
    const note = d.table.reading?.find((c) => c.col === AG + 1);
    expect(note).toMatchObject({ fields: [], unsure: true, doubt: 'kata "capaian" saja belum cukup' });
  });
});
