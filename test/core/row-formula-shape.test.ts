/**
 * The CLI builds an evaluation line once per row shape (`lineShape`, src/core/row-formula.ts) and
 * gives rows of that shape its formulas at their own rows. Whatever a plan's rows hold (numbers,
 * text numbers, ranges, bounds, words, dashes, errors, percent cells, rupiah with a scale word,
 * blanks, any sifat, polaritas and kode), the tab is the one built row by row: the same formulas,
 * values and notes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { shapeHasher } from "../../src/core/regenerate/shape-templates";
import { Templates } from "../../src/core/row-formula";
import { standardRowFormulas } from "../../src/core/standard-kualitatif";
import { createGas } from "../../src/emulator/facade";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { KODE_TERPECAH } from "../fixtures/layouts";

const TAB = "Bidang Uji";
/** Mostly plain numbers, so rows share shapes and differ in one figure's kind. */
const FIGURE = fc.constantFrom(
  "2",
  "2",
  "8",
  "100",
  "",
  "",
  "1,5",
  "4,40",
  "61,68%",
  "80–90",
  "≥ 80%",
  "maks. 9",
  "Zona Hijau",
  "-",
  "Rp 5.000",
  "18,2 jt",
  "2 dokumen",
  "#DIV/0!",
  "nihil",
);
const WORDS: Record<string, fc.Arbitrary<string>> = {
  kode: fc.constantFrom("2.07.01", "2.07.01.2.01", "2.07.01.2.01.0001", ""),
  indikator: fc.constantFrom("Jumlah dokumen", "Persentase capaian"),
  satuan: fc.constantFrom("Dokumen", "%", ""),
  polaritas: fc.constantFrom("positif", "negatif", "", "minimal", "negatif-rasio"),
  sifat: fc.constantFrom("kumulatif", "akhir", "tetap", ""),
};
const FIELDS = TEMPLATE_COLUMNS.map((c) => c.field);
const VALUE = (f: string) => WORDS[f] ?? (/Tw\d$|Tahunan$|^pagu$/.test(f) ? FIGURE : fc.constant(""));
/**
 * Rows of one shape and its neighbours: a row, then rows that differ from it in a field or two (a
 * number for another number, or for a text, a blank, a percent cell…), so the lines of one shape are
 * shared and each thing a line reads is the only difference between some two rows.
 */
const ROWS = fc
  .tuple(
    fc.record(Object.fromEntries(FIELDS.map((f) => [f, VALUE(f)]))),
    fc.array(
      fc.array(
        fc
          .constantFrom(...FIELDS)
          .chain((f) =>
            fc.tuple(fc.constant(f), fc.oneof(VALUE(f), fc.integer({ min: 0, max: 500 }).map(String))),
          ),
        { maxLength: 2 },
      ),
      { minLength: 2, maxLength: 10 },
    ),
  )
  .map(([first, edits]) => edits.map((e) => ({ ...first, ...Object.fromEntries(e) })));

/** The plan typed as a person types it in an id-ID sheet ("61,68%" a percent cell, "4,40" a number). */
function plan(rows: Record<string, string>[]): MemoryWorkbook {
  const wb = new MemoryWorkbook({ name: "bentuk" });
  // The grid first, then the text typed through the facade as a person types it.
  wb.write(wb.addTab(TAB), 1, 1, [
    TEMPLATE_COLUMNS.map((c) => c.header),
    ...rows.map(() => FIELDS.map(() => "")),
  ]);
  createGas(wb)
    .SpreadsheetApp.getActiveSpreadsheet()
    .getSheetByName(TAB)
    ?.getRange(1, 1, rows.length + 1, FIELDS.length)
    .setValues([TEMPLATE_COLUMNS.map((c) => c.header), ...rows.map((r) => FIELDS.map((f) => r[f]))]);
  return wb;
}

/** The evaluation tab and its Ringkasan (formulas, values, notes), as the CLI builds them. */
function tabs(
  rows: Record<string, string>[] | MemoryWorkbook,
  tw: number,
  standard: boolean,
  shapes: boolean,
) {
  const wb = Array.isArray(rows) ? plan(rows) : rows;
  wb.deferFormulas = true;
  const { port } = emulatedPort(wb);
  const report = generateTriwulan(port, {
    tw,
    tahun: "2024",
    standard: standard ? standardRowFormulas : undefined,
    shapeHash: shapeHasher(),
    // Else each line built from its own row, one text per cell.
    sharedTexts: shapes ? () => new Templates() : undefined,
    now: new Date(2024, 6, 1),
  });
  return [report.message, ...wb.tabs().map((t) => port.read(t.name, { notes: true }))];
}

describe("evaluation lines built once per row shape", () => {
  it("give the tab built row by row, whatever the rows hold (property)", () => {
    fc.assert(
      fc.property(ROWS, fc.integer({ min: 1, max: 4 }), fc.boolean(), (rows, tw, standard) => {
        expect(tabs(rows, tw, standard, true)).toEqual(tabs(rows, tw, standard, false));
      }),
      { numRuns: 30 },
    );
  }, 300_000);

  it("give each row of a split kode its own kode (no column holds it)", () => {
    const split = () => {
      const wb = new MemoryWorkbook();
      const width = Math.max(...KODE_TERPECAH.map((r) => r.length));
      wb.write(
        wb.addTab("Eselon IV"),
        1,
        1,
        KODE_TERPECAH.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? "")),
      );
      return wb;
    };
    const shared = tabs(split(), 2, true, true);
    expect(shared).toEqual(tabs(split(), 2, true, false));
    expect(JSON.stringify(shared)).toContain("1.03.03.2.01.0006");
  });

  it("share the lines of rows differing only in their numbers", () => {
    const rows = [0, 1, 2, 3].map((i) => ({
      ...Object.fromEntries(FIELDS.map((f) => [f, ""])),
      kode: `2.07.01.2.01.000${i}`,
      indikator: `Jumlah dokumen ${i}`,
      sifat: "kumulatif",
      targetTahunan: String(8 + i),
      targetTw1: String(2 + i),
      realisasiTw1: String(i),
    }));
    let built = 0;
    const wb = plan(rows);
    wb.deferFormulas = true;
    generateTriwulan(emulatedPort(wb).port, {
      tw: 2,
      tahun: "2024",
      standard: standardRowFormulas,
      sharedTexts: () => {
        const t = new Templates();
        const line = t.line.bind(t);
        t.line = (table, row, own, at, build) =>
          line(table, row, own, at, () => {
            built++;
            return build();
          });
        return t;
      },
    });
    expect(built).toBe(1);
  });
});
