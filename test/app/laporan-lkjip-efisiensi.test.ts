/**
 * LKjIP Tabel 3.20 (efisiensi) before the year's realisasi is in (the demo office, TW IV not
 * reported): a capaian that does not exist yet is not "below 100 %"; the Ket. says what is missing.
 */
import { expect, it } from "vitest";
import { laporanDocument } from "../../src/app/laporan";
import type { ReportTable } from "../../src/core/report/model";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";

it("gives Ket. 'realisasi belum diisi' where the capaian is missing, 'capaian < 100 %' only for a capaian below 100", () => {
  const { port } = emulatedPort(demoWorkbook());
  const doc = laporanDocument(port, { tw: "tahunan" });
  const table = doc.blocks.find(
    (b): b is ReportTable => b.kind === "table" && b.id === "3.20",
  ) as ReportTable;
  const rows = table.rows.map((r) => r.cells.map((c) => c.text));
  // With a program to compare (a row without one says so in its program cell, Ket. "-").
  const missing = rows.filter((r) => r[3] === "-" && !r[4].startsWith("tidak ada program"));
  expect(missing.length).toBeGreaterThan(0);
  expect(missing.map((r) => r[7])).toEqual(missing.map(() => "realisasi belum diisi"));
  for (const r of rows.filter((x) => x[7] === "capaian < 100 %"))
    expect(Number(r[3].replace(/\./g, "").replace(",", "."))).toBeLessThan(100);
});
