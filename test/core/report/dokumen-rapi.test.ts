/**
 * What a Kepala Dinas would not sign, seen in the trial's LAKIP TW II rendered by LibreOffice: a blank
 * page between one bidang's Pernyataan and the next bidang, and a qualitative figure followed by its
 * satuan ("Zona Hijau Terbaik 2 predikat dari target Zona Hijau predikat").
 */
import { describe, expect, it } from "vitest";
import { laporanDocument } from "../../../src/app/laporan";
import type { ReportCell, ReportParagraph, ReportTable } from "../../../src/core/report/model";
import { emulatedPort } from "../../../src/emulator/session";
import { trialWorkbook } from "../../utils/trial-plan";

describe("the trial's LAKIP and LKjIP as printed", () => {
  it.each([2, 3, "tahunan"] as const)(
    "%s: no page break after another nor at the end (no blank page)",
    (tw) => {
      const doc = laporanDocument(emulatedPort(trialWorkbook()).port, { tw });
      const kinds = doc.blocks.map((b) => b.kind);
      expect(kinds.filter((k, i) => k === "pageBreak" && kinds[i + 1] === "pageBreak")).toEqual([]);
      expect(kinds[kinds.length - 1]).not.toBe("pageBreak");
      // Each bidang still starts on a new page.
      const bidang = doc.blocks.findIndex(
        (b) => b.kind === "heading" && b.text === "BIDANG PENEMPATAN DAN PERLUASAN KESEMPATAN KERJA",
      );
      if (tw !== "tahunan") expect(doc.blocks[bidang - 1]?.kind).toBe("pageBreak");
    },
  );

  it("a qualitative target and realisasi are written without the satuan", () => {
    const doc = laporanDocument(emulatedPort(trialWorkbook()).port, { tw: 2 });
    const text = doc.blocks.find(
      (b): b is ReportParagraph =>
        b.kind === "paragraph" && b.text.startsWith("Capaian Predikat Zona Integritas"),
    )?.text;
    expect(text).toContain(
      "yaitu Zona Hijau Terbaik 2 dari target Zona Hijau atau dengan tingkat capaian 100,00 % (Sangat Tinggi).",
    );
  });

  // A header row one cell short printed Tabel 3.18's "Target" under "Satuan" and each year's figures under the
  // next heading (trial 6 #19): every row of every table fills exactly the table's columns.
  it.each([2, "tahunan"] as const)("%s: every header and body row of every table spans its columns", (tw) => {
    const doc = laporanDocument(emulatedPort(trialWorkbook()).port, { tw });
    const tables = doc.blocks.filter((b): b is ReportTable => b.kind === "table");
    const width = (cells: ReportCell[]) => cells.length;
    const short = tables.flatMap((t) =>
      [...t.header, ...t.rows.map((r) => r.cells)]
        .filter((cells) => width(cells) !== t.widths.length)
        .map(
          (cells) =>
            `${t.id}: ${width(cells)} of ${t.widths.length} (${cells.map((c) => c.text).join(" | ")})`,
        ),
    );
    expect(tables.map((t) => t.id)).toContain(tw === "tahunan" ? "3.18" : "iku");
    expect(short).toEqual([]);
  });
});
