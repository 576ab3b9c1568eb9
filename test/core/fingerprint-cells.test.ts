/**
 * A review record fits Google Sheets whatever the plan's size: it is spread over as many history
 * cells as it takes, each within what a cell holds (Sheets 50.000 characters, Excel 32.767), and
 * read back whole. At 10.000 indicators the record keeps every row's cells, so Verifikasi names the
 * changed cell deep in the evaluation tab; in one cell it would be refused by Sheets.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue, TabSnapshot } from "../../src/app/port";
import { HISTORY_HEADERS, HISTORY_TAB, historyRows } from "../../src/app/riwayat";
import { sha256 } from "../../src/cli/sakip";
import {
  compare,
  fingerprint,
  joinCells,
  keptValue,
  packRows,
  RECORD_CELL,
  recordCells,
  unpackRows,
} from "../../src/core/fingerprint";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";

const N = 10_000;
const BIDANG = ["Bidang A", "Bidang B", "Bidang C"];

/** A bidang tab's rows as the evaluation tab reads them: kode, indikator, satuan, targets, pagu, RAK, realisasi. */
function bidang(name: string, from: number, to: number): TabSnapshot {
  const values: CellValue[][] = [
    ["Kode", "Indikator", "Satuan", "Target", "TW I", "TW II", "Pagu", "Realisasi"],
  ];
  for (let i = from; i < to; i++)
    values.push([`2.07.01.2.${i}`, `Indikator ${i + 1}`, "Dokumen", 12, 3, 3, 25_000_000 + i, i % 7]);
  return { name, values, formulas: values.map((r) => r.map(() => "")) };
}

/** The evaluation tab: per indicator ~40 formulas showing short numbers, and the indicator's name. */
function evaluasi(doctor?: number): TabSnapshot {
  const values: CellValue[][] = [["No", "Indikator", ...Array.from({ length: 40 }, (_, c) => `Kolom ${c}`)]];
  const formulas: string[][] = [values[0].map(() => "")];
  for (let i = 0; i < N; i++) {
    const tab = BIDANG[i % 3];
    const row = i + 2;
    values.push([i + 1, `Indikator ${i + 1}`, ...Array.from({ length: 40 }, (_, c) => (i * c) % 113)]);
    formulas.push([
      "",
      "",
      ...Array.from({ length: 40 }, (_, c) => `=IF('${tab}'!H${row}="","",'${tab}'!H${row}*${c})`),
    ]);
  }
  if (doctor) {
    values[doctor - 1][9] = 97.03;
    formulas[doctor - 1][9] = "";
  }
  return { name: "Evaluasi TW II 2024", values, formulas };
}

const tabs = (doctor?: number) => [
  ...BIDANG.map((b, k) => bidang(b, Math.floor((N * k) / 3), Math.floor((N * (k + 1)) / 3))),
  evaluasi(doctor),
];

describe("a record of 10.000 indicators", () => {
  const sent = fingerprint(tabs(), sha256);
  const packed = packRows(sent);
  const cells = recordCells(packed);

  it("lies in cells of at most 30.000 characters, read back exactly, through the Sheets facade that refuses a longer cell", () => {
    expect(packed.length).toBeGreaterThan(50_000);
    expect(cells.length).toBeGreaterThanOrEqual(Math.ceil(packed.length / RECORD_CELL));
    for (const c of cells) expect(c.length).toBeLessThanOrEqual(RECORD_CELL);
    expect(cells[0].split("\n", 1)[0]).toBe("#versi 8");
    for (const c of cells.slice(1)) expect(c[0]).toBe("»");
    expect(joinCells(cells)).toBe(packed);

    const wb = new MemoryWorkbook({ name: "Renaksi 2024" });
    const { port } = emulatedPort(wb);
    port.create(HISTORY_TAB);
    // A history row as the add-on writes it, up to its record cells.
    const row = HISTORY_HEADERS.slice(0, 11);
    // In one cell, as the add-on wrote it until now, Sheets refuses it.
    expect(() => port.write(HISTORY_TAB, [{ row: 2, col: 1, cells: [[...row, packed]] }])).toThrow(
      "more than the maximum of 50000 characters in a single cell",
    );
    port.write(HISTORY_TAB, [
      { row: 1, col: 1, cells: [row] },
      { row: 2, col: 1, cells: [[...row, ...cells]] },
    ]);
    const [read] = historyRows(port.read(HISTORY_TAB).values);
    expect(read.packed).toBe(packed);
  });

  it("names the cell changed in the evaluation tab's row 9.876, with what it showed when sent", () => {
    const recorded = unpackRows(sent.hash, joinCells(cells));
    const changes = compare(recorded, fingerprint(tabs(9_876), sha256));
    expect(changes).toEqual([
      expect.objectContaining({
        tab: "Evaluasi TW II 2024",
        rows: [9_876],
        cells: [expect.objectContaining({ row: 9_876, col: 10 })],
      }),
    ]);
    const was = changes[0].cells?.[0].was;
    expect(keptValue(was)).toBe(`${(9_874 * 7) % 113} (rumus)`);
  });
});

describe("recordCells and joinCells", () => {
  const char = fc.constantFrom("a", "7", "=", " ", "\n", "\t", "é", "😀", "'", ",", ":");
  it("any record comes back whole from its cells; no cell is longer than asked, or splits a character", () => {
    fc.assert(
      fc.property(fc.array(char, { maxLength: 400 }), fc.integer({ min: 24, max: 60 }), (chars, size) => {
        const text = chars.join("");
        const cells = recordCells(text, size);
        expect(joinCells([...cells, "diketik orang sesudahnya", `»${text}`])).toBe(text);
        for (const c of cells) {
          expect(c.length).toBeLessThanOrEqual(size);
          expect(c).not.toMatch(/^»?[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
        }
        if (cells.length === 1) expect(cells[0]).toBe(text);
      }),
    );
  });
});
