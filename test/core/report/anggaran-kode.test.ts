/**
 * The anggaran tables (LKjIP Tabel 3.22, the LAKIP's per bidang) group by kode, as the reference
 * LKjIP does: a kegiatan typed at the bottom of a bidang tab (trial 3: 2.07.03.2.02 below program
 * 2.07.01) is listed under its own program 2.07.03, whatever the row order, and the TOTAL is the
 * same; a kode whose program is not in the tab is listed last, said so, and counted in the TOTAL.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SCALES } from "../../../src/core/kriteria";
import type { PlanRow } from "../../../src/core/plan";
import { indicatorFigures } from "../../../src/core/report/figures";
import { anggaranTable, totals } from "../../../src/core/report/tables";
import { planRow, planTable } from "../../utils/plan-row";

const scale = SCALES.permendagri86;
const TAB = "Renaksi Binapenta 2025";

const line = (kode: string, uraian: string, pagu: number, realisasi: number): PlanRow =>
  planRow({
    kode,
    uraian,
    indikator: `Indikator ${uraian}`,
    pagu,
    realisasiAnggaranTw: [realisasi / 4, realisasi / 4, realisasi / 4, realisasi / 4],
  });

// The trial's Binapenta plan (make1.mjs) with the row it typed at the bottom (row 11).
const BINAPENTA = [
  line("2.07.03", "Program Penempatan Tenaga Kerja", 600_000_000, 540_000_000),
  line("2.07.03.2.01", "Pelayanan Antarkerja di Daerah Kabupaten/Kota", 600_000_000, 540_000_000),
  line("2.07.03.2.01.0001", "Penyusunan Pasar Kerja", 350_000_000, 300_000_000),
  line("2.07.03.2.01.0002", "Fasilitasi Bursa Kerja (Job Fair)", 250_000_000, 240_000_000),
  line("2.07.01", "Program Penunjang Urusan Pemerintahan Daerah", 400_000_000, 380_000_000),
  line("2.07.03.2.02", "Pelatihan Berbasis Kompetensi", 1_250_000, 1_000_000),
];

const table = (rows: PlanRow[], depth: number) => {
  const figures = indicatorFigures(
    [
      planTable(
        TAB,
        rows.map((r, i) => ({ ...r, row: 5 + i })),
      ),
    ],
    { tw: 4, scale },
  );
  const t = anggaranTable("3.22", "Tabel 3.22", figures, "annual", { next: 1 }, depth);
  if (!t) throw new Error("no table");
  return t;
};
const listed = (t: ReturnType<typeof table>) =>
  t.rows.filter((r) => r.kind !== "total").map((r) => `${r.cells[0].text} ${r.cells[1].text}`);

describe("LKjIP Tabel 3.22 by kode", () => {
  it("lists the kegiatan typed at the bottom under its own program, not the program above it", () => {
    const t = table(BINAPENTA, 1);
    expect(listed(t)).toEqual([
      "I Program Penempatan Tenaga Kerja",
      "1 Pelayanan Antarkerja di Daerah Kabupaten/Kota",
      "2 Pelatihan Berbasis Kompetensi",
      "II Program Penunjang Urusan Pemerintahan Daerah",
    ]);
    expect(totals(t)).toMatchObject({ pagu: 1_000_000_000, realisasi: 920_000_000, pct: 92 });
  });

  it("keeps the sub kegiatan under their kegiatan in the LAKIP's three levels", () => {
    expect(listed(table(BINAPENTA, 2))).toEqual([
      "I Program Penempatan Tenaga Kerja",
      "1 Pelayanan Antarkerja di Daerah Kabupaten/Kota",
      // A sub kegiatan is numbered inside the name column, No blank (the reference LAKIP).
      " 1 Penyusunan Pasar Kerja",
      " 2 Fasilitasi Bursa Kerja (Job Fair)",
      "2 Pelatihan Berbasis Kompetensi",
      "II Program Penunjang Urusan Pemerintahan Daerah",
    ]);
  });

  it("puts every line under its kode's parent and keeps the TOTAL, in any row order", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(BINAPENTA, { minLength: BINAPENTA.length }), (rows) => {
        const t = table(rows, 2);
        const kodeOf = new Map(BINAPENTA.map((r) => [r.uraian, r.kode]));
        const body = t.rows.filter((r) => r.kind !== "total");
        // A sub kegiatan's name carries its number ("1 Penyusunan Pasar Kerja"), its No is blank.
        const nameOf = (r: (typeof body)[number]) =>
          r.cells[0].text ? r.cells[1].text : r.cells[1].text.replace(/^\d+ /, "");
        body.forEach((r, i) => {
          const kode = kodeOf.get(nameOf(r)) as string;
          const parent = body
            .slice(0, i)
            .reverse()
            .find((p) => (p.indent ?? 0) < (r.indent ?? 0));
          if ((r.indent ?? 0) === 0) expect(kode.split(".")).toHaveLength(3);
          else expect(kode.startsWith(`${kodeOf.get(parent ? nameOf(parent) : "")}.`)).toBe(true);
        });
        expect(body).toHaveLength(BINAPENTA.length);
        expect(totals(t)).toMatchObject({ pagu: 1_000_000_000, realisasi: 920_000_000 });
      }),
    );
  });

  it("lists a kegiatan whose program is not in the tab last, as a line of its own counted in the TOTAL", () => {
    const t = table([...BINAPENTA, line("2.07.05.2.01", "Perluasan Kesempatan Kerja", 90_000_000, 0)], 1);
    expect(listed(t).slice(-2)).toEqual([
      "II Program Penunjang Urusan Pemerintahan Daerah",
      "III Perluasan Kesempatan Kerja (kode 2.07.05.2.01: induknya tidak ada di tabel ini)",
    ]);
    // Its pagu is in no program of the tab: the office's pagu counts it (trial 4, #2).
    expect(totals(t).pagu).toBe(1_090_000_000);
  });

  it("keeps a sub kegiatan whose kode was copied from the row above (trial 8 #11): the kode galat is enough", () => {
    const copied = [
      ...BINAPENTA.slice(0, 4),
      line("2.07.03.2.01.0002", "Pembinaan Minat, Bakat dan Kreativitas", 450_000_000, 137_250_000),
    ];
    const t = table(copied, 2);
    expect(listed(t)).toEqual([
      "I Program Penempatan Tenaga Kerja",
      "1 Pelayanan Antarkerja di Daerah Kabupaten/Kota",
      " 1 Penyusunan Pasar Kerja",
      " 2 Fasilitasi Bursa Kerja (Job Fair)",
      " 3 Pembinaan Minat, Bakat dan Kreativitas",
    ]);
    expect(totals(t).pagu).toBe(600_000_000);
  });
});
