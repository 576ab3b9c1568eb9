/**
 * Review 6-c #4: a missing last-year or Renstra figure is said in ONE wording, naming where the add-on
 * looks for it (the tables said "belum diisi di tab PK" while the sentence under them said "(di tab PK
 * atau tabel Renstra)"). A narrow table cell says only "belum diisi" (the long text broke it into
 * eight lines on the printed page); the indicator's draft sentence under the table says where, once.
 * An indicator with no target by this TW (Nilai SAKIP, measured once a year) is not asked for its
 * realisasi: it is not rated this quarter.
 */
import { expect, it } from "vitest";
import { laporanDocument } from "../../src/app/laporan";
import type { ReportParagraph, ReportTable } from "../../src/core/report/model";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";
import { transmigrasiWorkbook } from "../fixtures/dinas";

const doc = () => laporanDocument(emulatedPort(transmigrasiWorkbook()).port, { tw: 2 });

it("the LAKIP's comparison table says 'belum diisi' and the sentence under it says where, in one wording", () => {
  const d = doc();
  const rows = d.blocks
    .filter((b): b is ReportTable => b.kind === "table" && b.id.startsWith("banding-"))
    .flatMap((t) => t.rows.map((r) => r.cells.map((c) => c.text)));
  expect(rows.length).toBeGreaterThan(0);
  // Target 2023 | Realisasi 2023 … Target akhir Renstra: no cell carries the "where" text.
  expect(rows.flat().filter((t) => t.includes("(di tab PK"))).toEqual([]);
  expect(rows.some((r) => r[3] === "belum diisi" && r[4] === "belum diisi" && r[7] === "belum diisi")).toBe(
    true,
  );
  const sentences = d.blocks
    .filter((b): b is ReportParagraph => b.kind === "paragraph")
    .map((p) => p.text)
    .join(" ");
  expect(sentences).toContain(
    'Realisasi tahun 2023 belum diisi (di tab PK atau kolom "Realisasi tahun lalu" tab bidang).',
  );
  expect(sentences).toContain("Target akhir Renstra belum diisi (di tab PK atau tabel Renstra).");
  expect(sentences).not.toContain("belum diisi di tab PK");
});

it("the demo: an indicator not targeted by this TW is said not rated yet, not asked for a realisasi", () => {
  const texts = laporanDocument(emulatedPort(demoWorkbook()).port, { tw: 2 })
    .blocks.filter((b): b is ReportParagraph => b.kind === "paragraph")
    .map((p) => p.text);
  expect(
    texts.some((t) =>
      t.includes(
        "Nilai SAKIP tidak ditargetkan s.d. Triwulan II Tahun 2024 (target tahunan 78,85 Nilai), jadi belum dinilai pada triwulan ini.",
      ),
    ),
  ).toBe(true);
  expect(texts.some((t) => t.includes("Realisasi Nilai SAKIP pada Triwulan II Tahun 2024 belum diisi"))).toBe(
    false,
  );
});
