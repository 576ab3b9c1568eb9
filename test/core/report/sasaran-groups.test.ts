/**
 * The LAKIP groups every indicator under its own sasaran, as the plan reads it: a sasaran typed once
 * over a block (merged cells) holds for the rows below until the next sasaran. The trial: "Persentase
 * warga transmigran mandiri" (sasaran "Meningkatnya kemandirian transmigran") sat under "Sasaran 2:
 * Menurunnya tingkat pengangguran" and there was no Sasaran 3.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { laporanDocument } from "../../../src/app/laporan";
import type { CellValue } from "../../../src/core/cells";
import { TEMPLATE_COLUMNS } from "../../../src/core/columns";
import type { ReportDocument, ReportHeading, ReportTable } from "../../../src/core/report/model";
import { emulatedPort } from "../../../src/emulator/session";
import { MemoryWorkbook } from "../../../src/emulator/workbook";
import { trialWorkbook } from "../../utils/trial-plan";

const SASARAN = [
  "Menurunnya tingkat pengangguran",
  "Meningkatnya kemandirian transmigran",
  "Meningkatnya akuntabilitas kinerja",
  "Meningkatnya perlindungan tenaga kerja",
  "Meningkatnya kualitas kawasan transmigrasi",
];

const field = (f: string) => TEMPLATE_COLUMNS.findIndex((c) => c.field === f);

/** One plan row in the template layout: a program (with a pagu) or a kegiatan, TW I–II reported. */
function planRow(values: Record<string, CellValue>): CellValue[] {
  const row: CellValue[] = TEMPLATE_COLUMNS.map(() => "");
  for (const [f, v] of Object.entries(values)) row[field(f)] = v;
  return row;
}

interface Block {
  sasaran: string;
  /** Indicators of the block: the first is the program's, the others its kegiatan's. */
  size: number;
}

/** A bidang tab of several sasaran blocks; `repeated`: the sasaran typed on every row, else once per block. */
function workbook(tabs: Block[][], repeated: boolean): MemoryWorkbook {
  const wb = new MemoryWorkbook({ name: "sasaran" });
  let p = 0;
  tabs.forEach((blocks, t) => {
    const rows: CellValue[][] = [TEMPLATE_COLUMNS.map((c) => c.header)];
    for (const b of blocks) {
      p++;
      const program = `2.07.${String(p).padStart(2, "0")}`;
      for (let i = 0; i < b.size; i++) {
        const kode = i === 0 ? program : `${program}.2.${String(i).padStart(2, "0")}`;
        rows.push(
          planRow({
            no: rows.length,
            kode,
            sasaran: i === 0 || repeated ? b.sasaran : "",
            uraian: i === 0 ? `Program ${p}` : `Kegiatan ${p}.${i}`,
            indikator: `Indikator ${p}.${i}`,
            satuan: "dokumen",
            polaritas: "positif",
            sifat: "kumulatif",
            targetTahunan: 4,
            targetTw1: 1,
            targetTw2: 1,
            targetTw3: 1,
            targetTw4: 1,
            realisasiTw1: 1,
            realisasiTw2: 1,
            pagu: i === 0 ? 100_000_000 * b.size : 100_000_000,
            rakTw1: i === 0 ? 25_000_000 * b.size : 25_000_000,
            realisasiAnggaranTw1: i === 0 ? 20_000_000 * b.size : 20_000_000,
          }),
        );
      }
    }
    wb.write(wb.addTab(`Bidang ${String.fromCharCode(65 + t)}`), 1, 1, rows);
  });
  return wb;
}

const headings = (doc: ReportDocument) =>
  doc.blocks.filter((b): b is ReportHeading => b.kind === "heading" && b.level === 2).map((h) => h.text);

/** The indicators of the capaian tables and the names of the anggaran tables under each sasaran heading. */
function underHeadings(doc: ReportDocument): { heading: string; indikator: string[]; anggaran: string[] }[] {
  const out: { heading: string; indikator: string[]; anggaran: string[] }[] = [];
  for (const b of doc.blocks) {
    if (b.kind === "heading") {
      if (b.level === 2 && b.text.startsWith("Sasaran "))
        out.push({ heading: b.text, indikator: [], anggaran: [] });
      else if (b.level === 2 || b.level === 1) out.push({ heading: "", indikator: [], anggaran: [] });
      continue;
    }
    const last = out[out.length - 1];
    if (b.kind !== "table" || !last?.heading) continue;
    const t = b as ReportTable;
    if (t.id.startsWith("iku-")) last.indikator.push(...t.rows.map((r) => r.cells[2].text));
    if (t.id.startsWith("anggaran-"))
      last.anggaran.push(...t.rows.filter((r) => r.kind !== "total").map((r) => r.cells[1].text));
  }
  return out.filter((o) => o.heading);
}

describe("indicators grouped under their own sasaran", () => {
  it("holds for plans with several sasaran in shuffled sizes, given once per block or on every row", () => {
    const arbTabs = fc
      .tuple(
        fc.shuffledSubarray(SASARAN, { minLength: 2, maxLength: SASARAN.length }),
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: SASARAN.length, maxLength: SASARAN.length }),
        fc.integer({ min: 1, max: 2 }),
      )
      .map(([names, sizes, tabCount]) => {
        const blocks = names.map((sasaran, i) => ({ sasaran, size: sizes[i] }));
        const cut = tabCount === 2 ? Math.ceil(blocks.length / 2) : blocks.length;
        return [blocks.slice(0, cut), blocks.slice(cut)].filter((b) => b.length);
      });
    fc.assert(
      fc.property(arbTabs, fc.boolean(), (tabs, repeated) => {
        const { port } = emulatedPort(workbook(tabs, repeated));
        const doc = laporanDocument(port, { tw: 2, tahun: "2024" });
        const blocks = tabs.flat();
        // Every sasaran once, numbered 1…n in plan order across the bidang.
        expect(headings(doc).filter((h) => h.startsWith("Sasaran "))).toEqual(
          blocks.map((b, i) => `Sasaran ${i + 1}: ${b.sasaran}`),
        );
        let p = 0;
        const expected = blocks.map((b, i) => {
          p++;
          return {
            heading: `Sasaran ${i + 1}: ${b.sasaran}`,
            // The IKU of a sasaran: its program's indicator; its anggaran: its program and kegiatan.
            indikator: [`Indikator ${p}.0`],
            anggaran: [
              `Program ${p}`,
              ...Array.from({ length: b.size - 1 }, (_, k) => `Kegiatan ${p}.${k + 1}`),
            ],
          };
        });
        expect(underHeadings(doc)).toEqual(expected);
        // The office-wide table lists each sasaran's IKU once, in plan order.
        const iku = doc.blocks.find((b): b is ReportTable => b.kind === "table" && b.id === "iku");
        expect(iku?.rows.map((r) => [r.cells[1].text, r.cells[2].text])).toEqual(
          expected.map((e, i) => [blocks[i].sasaran, e.indikator[0]]),
        );
      }),
      { numRuns: 25 },
    );
  });

  it.each([false, true])(
    "the trial's Bidang Penempatan (sasaran once per block: %s): Sasaran 2 the unemployment rate, Sasaran 3 the transmigrants",
    (merged) => {
      const { port } = emulatedPort(trialWorkbook({ merged }));
      const doc = laporanDocument(port, { tw: 2 });
      // One program (2.07.03, its pagu on the first row) serves both sasaran of the bidang.
      expect(underHeadings(doc)).toEqual([
        {
          heading: "Sasaran 1: Meningkatnya akuntabilitas kinerja",
          indikator: ["Predikat Zona Integritas"],
          anggaran: ["Program Penunjang Urusan Pemerintahan", "Kegiatan Pembinaan UPT"],
        },
        {
          heading: "Sasaran 2: Menurunnya tingkat pengangguran",
          indikator: ["Tingkat pengangguran terbuka"],
          anggaran: ["Program Penempatan Tenaga Kerja"],
        },
        {
          heading: "Sasaran 3: Meningkatnya kemandirian transmigran",
          indikator: ["Persentase warga transmigran mandiri"],
          anggaran: ["Kegiatan Perencanaan Kawasan"],
        },
      ]);
    },
  );
});
