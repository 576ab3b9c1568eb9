/**
 * A Tindak lanjut or faktor cell of the evaluation tab that holds a formula error (a person typed
 * "=koordinasi dengan BPS": the grid shows #ERROR!) is never printed as prose in the report: the
 * report asks for the text and names the cell, as it does for a faktor not written yet.
 */
import { expect, it } from "vitest";
import { laporanDocument } from "../../src/app/laporan";
import { generateTriwulan } from "../../src/app/triwulan";
import type { ReportParagraph, ReportTable } from "../../src/core/report/model";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";

it("asks for a Tindak lanjut whose cell shows #ERROR!, naming the cell, in the LAKIP and the LKjIP", () => {
  const wb = demoWorkbook();
  const { port } = emulatedPort(wb);
  generateTriwulan(port, { tw: 3 });
  const tab = "Evaluasi TW III 2024";
  const evaluasi = wb.getTab(tab);
  const values = wb.values(evaluasi, { row: 1, col: 1, rows: 80, cols: 40 });
  const header = values[4].map(String);
  const col = (h: string) => header.indexOf(h);
  const row =
    6 + values.slice(5).findIndex((r) => r[col("Indikator")] === "Persentase Warga Transmigran Mandiri");
  const tindak = col("Tindak lanjut") + 1;
  wb.write(evaluasi, row, col("Faktor pendorong") + 1, [["Pembinaan usaha ekonomi warga", "Sengketa lahan"]]);
  wb.write(evaluasi, row, tindak, [[{ formula: "=koordinasi dengan BPS" }]]);
  expect(String(wb.values(evaluasi, { row, col: tindak, rows: 1, cols: 1 })[0][0])).toMatch(/^#/);

  const cell = `'${tab}'!${String.fromCharCode(64 + tindak)}${row}`;
  const lakip = laporanDocument(port, { tw: 3 });
  const paragraphs = lakip.blocks.filter((b): b is ReportParagraph => b.kind === "paragraph");
  const all = paragraphs.map((p) => p.text).join("\n");
  expect(all).not.toMatch(/#ERROR!|#NAME\?|#[A-Z/0]+[!?]/);
  expect(all).toContain("Faktor pendorong: Pembinaan usaha ekonomi warga");
  const ask = paragraphs.find((p) => p.text.includes(cell));
  expect(ask?.text).toMatch(/^\[Tindak lanjut di .* berisi rumus yang galat.*\]$/);
  // Marked as a request (highlighted), not a [Draf] sentence.
  expect(ask?.placeholder).toBe(true);
  expect(ask?.draft).toBeFalsy();

  const lkjip = laporanDocument(port, { tw: "tahunan" });
  const cells = lkjip.blocks
    .filter((b): b is ReportTable => b.kind === "table")
    .flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text)));
  expect(cells.filter((c) => /^#[A-Z/0]+[!?]/.test(c))).toEqual([]);
  expect(cells.some((c) => c.includes(cell) && c.includes("galat"))).toBe(true);
});
