/**
 * Trial 7 #2, #1, #6: a Dinas whose plan tabs are per eselon writes the kode split over Urusan | Bidang
 * Urusan | Program | Kegiatan | Sub Kegiatan under one merged "Kode" (1 | 03 | 02 | 2.01 | 0011), on a
 * sub kegiatan's first indicator row only. It was read as "tidak dipakai" + program/kegiatan names, the
 * evaluation tab's Kode was empty and the Ringkasan added the DPA once per eselon tab.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../../src/app/triwulan";
import type { CellValue } from "../../../src/core/cells";
import { correctionRow, KODE_PART, readCorrections } from "../../../src/core/koreksi";
import { detectPlan } from "../../../src/core/layout";
import { ringkasanTabName } from "../../../src/core/ringkasan";
import { emulatedPort } from "../../../src/emulator/session";
import { MemoryWorkbook } from "../../../src/emulator/workbook";
import { KODE_TERPECAH } from "../../fixtures/layouts";
import { UNSEEN_WORDS } from "../../utils/layout-builder";

const U = "";
const TOP = [
  "Kode",
  U,
  U,
  U,
  U,
  "Sasaran",
  "Program/Kegiatan/Sub Kegiatan",
  "Indikator Kinerja",
  "Satuan",
  "Target Tahun 2026",
  "Target Triwulan",
  U,
  U,
  U,
  "Pagu Anggaran (Rp)",
  "Anggaran Kas Triwulan (Rp)",
  U,
  U,
  U,
  "Realisasi Triwulan",
  U,
  U,
  U,
  "Realisasi Anggaran Triwulan (Rp)",
  U,
  U,
  U,
];
const SUB = [
  "Urusan",
  "Bidang Urusan",
  "Program",
  "Kegiatan",
  "Sub Kegiatan",
  U,
  U,
  U,
  U,
  U,
  "I",
  "II",
  "III",
  "IV",
  U,
  "I",
  "II",
  "III",
  "IV",
  "I",
  "II",
  "III",
  "IV",
  "I",
  "II",
  "III",
  "IV",
];

/** One indicator row: code parts (blank on further rows), name, indicator, pagu and TW I–II spent. */
function line(
  parts: CellValue[],
  name: string,
  indikator: string,
  pagu: CellValue,
  spent: [number, number] | null,
): CellValue[] {
  const code = [...parts, U, U, U, U, U].slice(0, 5);
  const rak = typeof pagu === "number" ? [pagu / 4, pagu / 4, pagu / 4, pagu / 4] : [U, U, U, U];
  return [
    ...code,
    U,
    name,
    indikator,
    "%",
    100,
    25,
    50,
    75,
    100,
    pagu,
    ...rak,
    20,
    45,
    U,
    U,
    ...(spent ?? [U, U]),
    U,
    U,
  ];
}

const ESELON: Record<string, CellValue[][]> = {
  "Eselon II": [
    line(
      [1, "03", "02"],
      "PROGRAM PENYELENGGARAAN JALAN",
      "Persentase jalan mantap",
      11_150_000_000,
      [817_500_000, 3_400_000_000],
    ),
    line(
      [1, "03", "01"],
      "PROGRAM PENUNJANG URUSAN",
      "Predikat SAKIP Dinas",
      6_500_000_000,
      [1_450_000_000, 1_620_000_000],
    ),
    line([], U, "Indeks Kepuasan Masyarakat", U, null),
  ],
  "Eselon III": [
    line(
      [1, "03", "02", "2.01"],
      "Penyelenggaraan Jalan Kabupaten/Kota",
      "Persentase panjang jalan mantap",
      11_150_000_000,
      [817_500_000, 3_400_000_000],
    ),
    line([], U, "Persentase jembatan baik", U, null),
  ],
  "Eselon IV": [
    line(
      [1, "03", "02", "2.01", "0011"],
      "Rekonstruksi Jalan",
      "Panjang jalan direkonstruksi",
      8_000_000_000,
      [600_000_000, 2_500_000_000],
    ),
    line([], U, "Jumlah jembatan direkonstruksi", U, null),
  ],
};
const tabValues = (name: string): CellValue[][] => [
  [`RENCANA AKSI KINERJA ${name.toUpperCase()} TAHUN 2026`],
  [U],
  TOP,
  SUB,
  ...ESELON[name],
];

describe("a kode split over Urusan | Bidang Urusan | Program | Kegiatan | Sub Kegiatan", () => {
  it.each([
    ["Eselon II", ["1.03.02", "1.03.01", "1.03.01"], ["program", "program", "program"]],
    ["Eselon III", ["1.03.02.2.01", "1.03.02.2.01"], ["kegiatan", "kegiatan"]],
    ["Eselon IV", ["1.03.02.2.01.0011", "1.03.02.2.01.0011"], ["subkegiatan", "subkegiatan"]],
  ])("%s: one kode in level order, carried down the item's further indicator rows", (tab, kode, level) => {
    const d = detectPlan(tab, tabValues(tab));
    if (!d.ok) throw new Error(d.reason);
    expect(d.table.rows.map((r) => r.kode)).toEqual(kode);
    expect(d.table.rows.map((r) => r.level)).toEqual(level);
    // The parts are no names: the name is the uraian column's.
    expect(d.table.rows[0].uraian).toBe(ESELON[tab][0][6]);
    expect(d.table.columns.program).toBeUndefined();
    expect(d.table.reading?.slice(0, 5).map((c) => [c.role, c.fields, c.unsure])).toEqual(
      [1, 2, 3, 4, 5].map((i) => [`Kode (bagian ${i} dari 5)`, [], false]),
    );
  });

  it("a person's correction of a part wins; 'Kode' on a column of one value gets a sentence and is kept", () => {
    const d = detectPlan("Eselon II", tabValues("Eselon II"), {
      correction: { columns: [{ col: 0, field: "kode" }] },
    });
    if (!d.ok) throw new Error(d.reason);
    expect(d.table.columns.kode).toBe(0);
    expect(d.table.rows[0].kode).toBe("1");
    expect(d.table.koreksiHilang).toEqual([
      'Kolom A berisi "1" di semua baris: tampaknya bagian kode yang dipecah; bila begitu, pilih "otomatis" atau "Kode (bagian)" di Cara dibaca.',
    ]);
  });

  it("Ringkasan of three eselon tabs: the Jumlah counts the program's pagu once (17.650.000.000, not 36.800.000.000)", () => {
    const wb = new MemoryWorkbook();
    for (const name of Object.keys(ESELON)) wb.write(wb.addTab(name), 1, 1, tabValues(name));
    const { port } = emulatedPort(wb);
    generateTriwulan(port, { tw: 2 });
    const ring = port.read(ringkasanTabName(2, "2026")).values;
    const header = ring.findIndex((r) => r[0] === "Bidang");
    const col = (name: string) => ring[header].findIndex((h) => String(h).startsWith(name));
    const row = (name: string) => ring.find((r) => r[0] === name) ?? [];
    expect(row("Eselon II")[col("Pagu (Rp)")]).toBe(17_650_000_000);
    expect(row("Eselon IV")[col("Pagu (Rp)")]).toBe(8_000_000_000);
    expect(row("Jumlah")[col("Pagu (Rp)")]).toBe(17_650_000_000);
    expect(row("Jumlah")[col("Realisasi anggaran")]).toBe(
      817_500_000 + 3_400_000_000 + 1_450_000_000 + 1_620_000_000,
    );
    const evaluasi = port.read("Evaluasi TW II 2026").values;
    expect(evaluasi.filter((r) => typeof r[0] === "number").map((r) => r[1])).toEqual([
      "1.03.02",
      "1.03.01",
      "1.03.01",
      "1.03.02.2.01",
      "1.03.02.2.01",
      "1.03.02.2.01.0011",
      "1.03.02.2.01.0011",
    ]);
  });
});

describe('"Kode (bagian)": the columns a person says are one kode', () => {
  const header = fc.constantFrom(
    ...UNSEEN_WORDS,
    "Urusan",
    "Program",
    "Kegiatan",
    "Nomor",
    "U",
    "BU",
    "SK",
    "",
  );
  it("are the kode in column order whatever their headers, kept and read back from Pengaturan", () => {
    fc.assert(
      fc.property(fc.array(header, { minLength: 6, maxLength: 6 }), (words) => {
        const values = KODE_TERPECAH.map((r) => [...r]);
        values[1][0] = words[0];
        values[2].splice(0, 5, ...words.slice(1));
        const rows = [0, 1, 2, 3, 4].map((col) => [
          "",
          ...correctionRow({ tab: "T", col, field: KODE_PART }),
        ]);
        const correction = readCorrections(rows.map((r) => [...Array(5).fill(""), ...r])).get("T");
        expect(correction?.kodeParts).toEqual([0, 1, 2, 3, 4]);
        const d = detectPlan("T", values, { correction });
        if (!d.ok) throw new Error(d.reason);
        expect(d.table.rows.map((r) => r.kode)).toEqual([
          "1.03.02.2.01.0011",
          "1.03.02.2.01.0011",
          "1.03.03.2.01.0006",
        ]);
        expect(d.table.reading?.slice(0, 5).map((c) => [c.role, c.corrected])).toEqual(
          [1, 2, 3, 4, 5].map((i) => [`Kode (bagian ${i} dari 5)`, true]),
        );
      }),
    );
  });
});
