/**
 * Review 6-c #4: a missing last-year or Renstra figure is said in ONE wording, naming where the add-on
 * looks for it, in the table cell and in the draft sentence of the same report (the tables said
 * "belum diisi di tab PK" while the sentence under them said "(di tab PK atau tabel Renstra)").
 */
import { expect, it } from "vitest";
import { laporanDocument } from "../../src/app/laporan";
import type { ReportParagraph, ReportTable } from "../../src/core/report/model";
import { emulatedPort } from "../../src/emulator/session";
import { transmigrasiWorkbook } from "../fixtures/dinas";

it("the LAKIP's comparison table and its sentences name the same places for a missing figure", () => {
  const d = laporanDocument(emulatedPort(transmigrasiWorkbook()).port, { tw: 2 });
  const cells = d.blocks
    .filter((b): b is ReportTable => b.kind === "table" && b.id.startsWith("banding-"))
    .flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text)))
    .filter((t) => t.includes("belum diisi ("));
  const sentences = d.blocks
    .filter((b): b is ReportParagraph => b.kind === "paragraph")
    .map((p) => p.text)
    .join(" ");
  expect(cells).toContain("target akhir Renstra belum diisi (di tab PK atau tabel Renstra)");
  expect(
    cells.some(
      (c) =>
        c.startsWith("realisasi tahun ") &&
        c.endsWith('(di tab PK atau kolom "Realisasi tahun lalu" tab bidang)'),
    ),
  ).toBe(true);
  // Each cell's wording is a sentence of the same report, first letter capitalised.
  for (const c of new Set(cells.filter((x) => !x.startsWith("target tahun"))))
    expect(sentences).toContain(`${c.charAt(0).toUpperCase()}${c.slice(1)}.`);
});
