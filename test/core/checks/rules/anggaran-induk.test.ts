/**
 * A consistency rule on rows of the reference documents (Rencana Aksi and LAKIP TW I
 * Luwu Timur 2024, LKjIP Kutai Kartanegara 2024): every defect a rule can see is found, and the
 * correct rows around it give no galat.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../../src/app/port";
import { anggaranInduk } from "../../../../src/core/checks/rules/anggaran-induk";
import type { PlanField, Quad } from "../../../../src/core/plan";
import { col, LKJIP_PENEMPATAN, LKJIP_PENUNJANG, type Row, templateTab, tw } from "../../../fixtures/checks";
import { r, run } from "../../../utils/checks";

describe("anggaran-induk: sub kegiatan → kegiatan → program", () => {
  it("finds no galat in the LKjIP table, including codes missing a dot and a sub kegiatan without kode", () => {
    const fs = run(anggaranInduk, [templateTab("Renaksi", [...LKJIP_PENUNJANG, ...LKJIP_PENEMPATAN])]);
    expect(fs).toEqual([]);
  });

  it("flags a kegiatan whose sub kegiatan add up to more (by kode); the program still matches its kegiatan", () => {
    const rows = LKJIP_PENUNJANG.map((row) =>
      row.kode === "2.07.01.2.06.0009" ? { ...row, pagu: 540_000_000 } : row,
    );
    const fs = run(anggaranInduk, [templateTab("Renaksi", rows)]);
    const kegiatan = rows.findIndex((x) => x.kode === "2.07.01.2.06");
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: "error", cell: `${col("pagu")}${r(kegiatan)}` });
    expect(fs[0].message).toBe(
      'Jumlah pagu 8 sub kegiatan Rp 1.049.700.000 melebihi pagu kegiatan "Administrasi Umum Perangkat Daerah" Rp 959.700.000 (selisih Rp 90.000.000).',
    );
    expect(fs[0].related).toHaveLength(8);
  });

  it("groups by layout when there is no kode (LAKIP TW I Luwu Timur, Administrasi Umum)", () => {
    const sub = (uraian: string, pagu: number): Row => ({
      uraian,
      indikator: `Jumlah ${uraian}`,
      satuan: "Jenis",
      targetTahunan: 1,
      pagu,
    });
    const rows: Row[] = [
      {
        uraian: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
        indikator: "Persentase Penunjang Urusan Perangkat Daerah berjalan sesuai standar",
        satuan: "%",
        targetTahunan: 95,
        pagu: 362_233_600,
      },
      {
        uraian: "Kegiatan Administrasi Umum Perangkat Daerah",
        indikator: "Persentase Rata-Rata Capaian Kinerja administrasi umum PD",
        satuan: "%",
        targetTahunan: 100,
        pagu: 362_233_600,
      },
      sub("Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", 2_500_000),
      sub("Penyediaan Bahan Logistik Kantor", 6_389_500),
      sub("Penyediaan Barang Cetak dan Penggandaan", 9_614_700),
      sub("Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan", 7_500_000),
      sub("Fasilitasi Kunjungan Tamu", 15_125_000),
      sub("Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", 321_104_400),
    ];
    expect(run(anggaranInduk, [templateTab("Sekretariat", rows)])).toEqual([]);
    // 321.104.400 typed as 312.104.400: the children fall short of the kegiatan.
    rows[7] = sub("Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", 312_104_400);
    const fs = run(anggaranInduk, [templateTab("Sekretariat", rows)]);
    expect(fs.map((f) => [f.severity, f.row])).toEqual([["warning", r(1)]]);
    expect(fs[0].message).toContain("Rp 353.233.600 kurang dari pagu kegiatan");
    expect(fs[0].message).toContain("(selisih Rp 9.000.000)");
  });

  it("reads numbered rows without kode or level word under a program as peers, not kegiatan → sub kegiatan (trial 2)", () => {
    const row = (uraian: string, pagu: number): Row => ({
      uraian,
      indikator: `Indikator ${uraian}`,
      satuan: "Kasus",
      targetTahunan: 10,
      pagu,
    });
    const rows = [
      row("Program Penempatan Tenaga Kerja", 250_000_000),
      row("Pengembangan Kelembagaan Hubungan Industrial", 120_000_000),
      row("Pengawasan Norma Jamsostek", 95_000_000),
    ];
    expect(run(anggaranInduk, [templateTab("Bidang HI", rows)])).toEqual([]);
  });
});

describe("anggaran-induk: RAK and realisasi anggaran per TW, children → parent (trial 5 #14)", () => {
  // dpupr.xlsx 'Bina Marga': program 1.03.10, two kegiatan, two sub kegiatan under the first.
  const line = (
    kode: string,
    uraian: string,
    pagu: number,
    rak: Quad<CellValue>,
    real: Quad<CellValue>,
  ): Row => ({
    kode,
    uraian,
    indikator: `Indikator ${uraian}`,
    satuan: "%",
    targetTahunan: 100,
    pagu,
    ...tw("rakTw", rak),
    ...tw("realisasiAnggaranTw", real),
  });
  const plan = (edit: (rows: Row[]) => Row[] = (x) => x) =>
    edit([
      line(
        "1.03.10",
        "Program Penyelenggaraan Jalan",
        6_000_000_000,
        [1_000e6, 2_000e6, 2_000e6, 1_000e6],
        [520e6, 1_430.5e6, "", ""],
      ),
      line(
        "1.03.10.2.01",
        "Penyelenggaraan Jalan Kabupaten/Kota",
        4_250_000_000,
        [500e6, 1_550e6, 1_500e6, 700e6],
        [400e6, 1_000e6, "", ""],
      ),
      line(
        "1.03.10.2.01.0001",
        "Perencanaan Pembangunan Jalan",
        250_000_000,
        [50e6, 100e6, 50e6, 50e6],
        [20e6, 18.5e6, "", ""],
      ),
      line(
        "1.03.10.2.01.0002",
        "Rehabilitasi Jalan",
        4_000_000_000,
        [450e6, 1_450e6, 1_450e6, 650e6],
        [380e6, 981.5e6, "", ""],
      ),
      line(
        "1.03.10.2.02",
        "Pembangunan Jembatan",
        1_750_000_000,
        [500e6, 450e6, 500e6, 300e6],
        [120e6, 430.5e6, "", ""],
      ),
    ]);
  const at = (rows: Row[], kode: string) => r(rows.findIndex((x) => x.kode === kode));
  const set = (kode: string, field: PlanField, v: CellValue) => (rows: Row[]) =>
    rows.map((x) => (x.kode === kode ? { ...x, [field]: v } : x));
  const cases: {
    name: string;
    edit?: (rows: Row[]) => Row[];
    want: [string, string, number][];
    message?: string;
  }[] = [
    { name: "every TW adds up", want: [] },
    {
      name: "kegiatan realisasi TW II above the program's (1.000 jt + 607,25 jt > 1.430,5 jt)",
      edit: set("1.03.10.2.02", "realisasiAnggaranTw2", 607_250_000),
      want: [["error", `${col("realisasiAnggaranTw2")}`, 0]],
      message:
        'Jumlah Realisasi Anggaran TW II 2 kegiatan Rp 1.607.250.000 melebihi Realisasi Anggaran TW II program "Program Penyelenggaraan Jalan" Rp 1.430.500.000 (selisih Rp 176.750.000).',
    },
    {
      name: "sub kegiatan RAK TW I above the kegiatan's",
      edit: set("1.03.10.2.01.0001", "rakTw1", 90_000_000),
      want: [["error", `${col("rakTw1")}`, 1]],
      message:
        'Jumlah Anggaran (RAK) TW I 2 sub kegiatan Rp 540.000.000 melebihi Anggaran (RAK) TW I kegiatan "Penyelenggaraan Jalan Kabupaten/Kota" Rp 500.000.000 (selisih Rp 40.000.000).',
    },
    {
      name: "children short of the parent: a child may be on another tab, no finding",
      edit: set("1.03.10.2.01.0001", "realisasiAnggaranTw2", 0),
      want: [],
    },
    {
      name: "a blank sub kegiatan realisasi is not reported yet, not 0",
      edit: set("1.03.10.2.01.0002", "realisasiAnggaranTw2", ""),
      want: [],
    },
    {
      name: "a blank parent realisasi is not 0: no finding against it",
      edit: set("1.03.10", "realisasiAnggaranTw2", ""),
      want: [],
    },
    {
      name: "a sub kegiatan written twice (same kode) is counted once",
      edit: (rows) => [...rows, { ...rows[3] }],
      want: [],
    },
    {
      name: "a kegiatan without sub kegiatan in the tab is no parent",
      edit: (rows) => rows.filter((x) => !String(x.kode).startsWith("1.03.10.2.01.")),
      want: [],
    },
  ];
  it.each(cases)("$name", ({ edit, want, message }) => {
    const rows = plan(edit);
    const fs = run(anggaranInduk, [templateTab("Bina Marga", rows)]);
    const kodes = ["1.03.10", "1.03.10.2.01"];
    expect(fs.map((f) => [f.severity, f.cell])).toEqual(
      want.map(([s, c, p]) => [s, `${c}${at(rows, kodes[p])}`]),
    );
    if (message) expect(fs[0].message).toBe(message);
    if (want.length) expect(fs[0].related).toHaveLength(2);
  });
});
