import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cells";
import {
  isColumnNumberRow,
  isHeaderStart,
  isSignatureRow,
  isTitleRow,
} from "../../../src/core/layout/rowkinds";

const E = "";
describe("what a row is", () => {
  it.each<[string, CellValue[], boolean]>([
    ["field words", ["No", "Indikator", "Satuan", "Target"], true],
    ["a data row", [1, "Jumlah ASN", "Orang", 25], false],
    ["one word", ["Indikator", E, E], false],
    ["words beside unknown headers", ["Indikator", "Target", "Catatan 1", "Catatan 2"], true],
    // A person tried =CAPAIAN(100; 1) in an empty column beside the header: the header stays one.
    ["a stray value typed beside it", ["No", "Kode", "Indikator", "Satuan", "Target", E, 1], true],
    ["a data row with two header words", [1, "Program", "Kegiatan", 25, 50], false],
  ])("header start: %s", (_, row, yes) => {
    expect(isHeaderStart(row)).toBe(yes);
  });

  it.each<[string, CellValue[], boolean]>([
    ["1 2 3", [1, 2, 3, 4], true],
    ["(1) (2) (4)", ["(1)", "(2)", "(4)", "(5)"], true],
    ["a data row", [1, 25, 50], true],
    ["decreasing", [3, 2, 1], false],
    ["two numbers", [1, 2], false],
  ])("column numbers: %s", (_, row, yes) => {
    expect(isColumnNumberRow(row)).toBe(yes);
  });

  it.each<[string, CellValue[], boolean]>([
    ["a title", ["RENCANA AKSI TAHUN 2024", E, E], true],
    ["sub-headers", ["TW I", "TW I", "TW I"], false],
    ["two texts", ["Indikator", "Target"], false],
  ])("title: %s", (_, row, yes) => {
    expect(isTitleRow(row)).toBe(yes);
  });

  it.each<[string, CellValue[], boolean]>([
    ["place and date", [E, "Malili, Maret 2024"], true],
    ["Mengetahui", ["Mengetahui", E], true],
    ["NIP", ["NIP. 19740101 200003 1 002"], true],
    ["an indicator", ["Jumlah dokumen", "Dokumen", 2], false],
  ])("signature: %s", (_, row, yes) => {
    expect(isSignatureRow(row)).toBe(yes);
  });
});
