/**
 * A cell quoted in a finding reads as the grid shows it (id-ID), whatever its type: trial 3 item 23
 * saw 'Indikator "107.95454545454545" belum punya target' where the grid shows 107,954545454545.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cells";
import { wajib } from "../../../src/core/checks/rules/wajib";
import { named } from "../../../src/core/derived";
import { cellText, quote } from "../../../src/core/result";
import { templateTab } from "../../fixtures/checks";
import { run } from "../../utils/checks";

// 2 Jan 2024 as a spreadsheet in UTC+8 hands it over: midnight local time.
const DATE = new Date(Date.UTC(2024, 0, 1, 16));

const CASES: { what: string; cell: CellValue; shown: string; quoted: string }[] = [
  { what: "a number", cell: 107.95454545454545, shown: "107,954545454545", quoted: '"107,954545454545"' },
  { what: "a large number", cell: 1852283616.5, shown: "1.852.283.616,5", quoted: '"1.852.283.616,5"' },
  { what: "float noise", cell: 0.1 + 0.2, shown: "0,3", quoted: '"0,3"' },
  { what: "a date", cell: DATE, shown: "2 Jan 2024", quoted: "tanggal 2 Jan 2024" },
  {
    what: "a text",
    cell: "Persentase 12.5 ton",
    shown: "Persentase 12.5 ton",
    quoted: '"Persentase 12.5 ton"',
  },
];

describe("a cell value in a message", () => {
  it.each(CASES)("$what reads as the grid shows it", ({ cell, shown, quoted }) => {
    expect(cellText(cell)).toBe(shown);
    expect(quote(cell)).toBe(quoted);
  });

  it.each(CASES)(
    "Periksa 'Kolom wajib kosong' quotes $what typed as the indikator as the grid shows it",
    ({ cell, shown }) => {
      const fs = run(wajib, [templateTab("Sekretariat", [{ no: 1, indikator: cell, satuan: "" }])]);
      expect(fs.map((f) => f.message)).toEqual([`Indikator "${shown}" belum punya target dan satuan.`]);
    },
  );

  it.each([
    [1852283616.5, "1.852.283.616,5"],
    [61.678, "61,68"],
    [1e21, "1.000.000.000.000.000.000.000"],
  ])("Verifikasi names the number %s sent or found as %s", (v, shown) => {
    expect(named(v)).toBe(shown);
  });
});
