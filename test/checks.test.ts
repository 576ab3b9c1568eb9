/**
 * The consistency rules, one by one, on rows of the reference documents (Rencana Aksi and LAKIP TW I
 * Luwu Timur 2024, LKjIP Kutai Kartanegara 2024): every defect a rule can see is found, and the
 * correct rows around it give no galat.
 */
import { describe, expect, it } from "vitest";
import type { TabSnapshot } from "../src/app/port";
import { buildContext, type Finding, type Rule } from "../src/core/checks";
import { anggaranInduk } from "../src/core/checks/rules/anggaran-induk";
import { anggaranTw } from "../src/core/checks/rules/anggaran-tw";
import { capaianTertulis, printedAs } from "../src/core/checks/rules/capaian-tertulis";
import { formatAngka } from "../src/core/checks/rules/format-angka";
import { kode } from "../src/core/checks/rules/kode";
import { lintasTab } from "../src/core/checks/rules/lintas-tab";
import { pkRenaksi } from "../src/core/checks/rules/pk-renaksi";
import { polaritas, soundsNegative } from "../src/core/checks/rules/polaritas";
import { realisasiAnggaran } from "../src/core/checks/rules/realisasi-anggaran";
import { realisasiKosong } from "../src/core/checks/rules/realisasi-kosong";
import { twTarget } from "../src/core/checks/rules/tw-target";
import { wajib } from "../src/core/checks/rules/wajib";
import { readKode } from "../src/core/checks/shared";
import {
  col,
  LKJIP_PENEMPATAN,
  LKJIP_PENUNJANG,
  pkTab,
  type Row,
  snapshot,
  templateTab,
  tw,
} from "./fixtures/checks";

function run(rule: Rule, tabs: TabSnapshot[], currentTw?: number): Finding[] {
  return rule.run(buildContext(tabs, currentTw).ctx);
}

const errors = (fs: Finding[]) => fs.filter((f) => f.severity === "error");
/** Sheet row of the i-th data row of a template tab. */
const r = (i: number) => i + 2;

describe("tw-target: TW targets against the annual target by sifat", () => {
  // Rencana Aksi Luwu Timur 2024 (Sekretariat).
  const fine: Row[] = [
    // akhir: only the last TW carries the target
    {
      indikator: "Persentase BMD-PD penunjang yang terpenuhi",
      satuan: "%",
      targetTahunan: 100,
      ...tw("targetTw", [0, 0, 0, 100]),
    },
    {
      indikator: "Persentase Penunjang Urusan Perangkat Daerah berjalan sesuai standar",
      satuan: "%",
      targetTahunan: 95,
      ...tw("targetTw", [0, 0, 0, "95%"]),
    },
    // kumulatif: 4 + 2 + 2 + 2
    {
      indikator: "Jumlah dokumen evaluasi kinerja pelayanan perangkat daerah yang disusun",
      satuan: "Dokumen",
      targetTahunan: 10,
      ...tw("targetTw", [4, 2, 2, 2]),
    },
    // tetap: 25 every TW
    {
      indikator: "Jumlah ASN yang Gaji dan Tunjangannya terbayarkan",
      satuan: "Orang",
      targetTahunan: 25,
      ...tw("targetTw", [25, 25, 25, 25]),
    },
    // Sasaran row with TW IV only, text numbers
    {
      indikator: "Persentase Warga Transmigran Mandiri",
      satuan: "%",
      sifat: "Akhir",
      targetTahunan: "63,57",
      ...tw("targetTw", ["", "", "", "63,57"]),
    },
    {
      indikator: "Jumlah Rapat Koordinasi dan Konsultasi SKPD yang diikuti",
      satuan: "Kali",
      sifat: "Kumulatif",
      targetTahunan: 60,
      ...tw("targetTw", [18, 10, 20, 12]),
    },
  ];

  it("accepts akhir 0, 0, 0, 100 → 100, kumulatif 4, 2, 2, 2 → 10 and tetap 25 × 4 → 25, with or without a written sifat", () => {
    expect(run(twTarget, [templateTab("Renaksi Sekretariat", fine)])).toEqual([]);
  });

  it("flags a kumulatif indicator that does not add up, pointing at the last TW target", () => {
    const rows: Row[] = [
      ...fine,
      {
        indikator: "Jumlah Rapat Koordinasi dan Konsultasi SKPD",
        satuan: "Kali",
        sifat: "Kumulatif",
        targetTahunan: 60,
        ...tw("targetTw", [18, 10, 20, 10]),
      },
    ];
    const [f, ...rest] = run(twTarget, [templateTab("Renaksi Sekretariat", rows)]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "tw-target",
      severity: "error",
      cell: `${col("targetTw4")}${r(6)}`,
      row: r(6),
    });
    expect(f.message).toContain("(18; 10; 20; 10) adalah 58, tidak sama dengan target tahunan 60");
    expect(f.related).toContainEqual({
      sheet: "Renaksi Sekretariat",
      cell: `${col("targetTahunan")}${r(6)}`,
    });
  });

  it("flags akhir whose last TW is not the annual target and tetap with a differing TW", () => {
    const rows: Row[] = [
      {
        indikator: "Persentase Penetapan Kawasan Transmigrasi",
        satuan: "%",
        sifat: "Akhir",
        targetTahunan: 100,
        ...tw("targetTw", [25, 50, 75, 90]),
      },
      {
        indikator: "Jumlah ASN yang Gaji dan Tunjangannya terbayarkan",
        satuan: "Orang",
        sifat: "Tetap",
        targetTahunan: 25,
        ...tw("targetTw", [25, 25, 24, 25]),
      },
      // Written kumulatif, so 0, 0, 0, 100 → 100 fits.
      {
        indikator: "Jumlah Dokumen DPA yang disusun tepat waktu",
        satuan: "Dokumen",
        sifat: "kumulatif",
        targetTahunan: 2,
        ...tw("targetTw", [0, 0, 0, 2]),
      },
    ];
    const fs = run(twTarget, [templateTab("Bidang", rows)]);
    expect(fs.map((f) => f.cell)).toEqual([`${col("targetTw4")}${r(0)}`, `${col("targetTw3")}${r(1)}`]);
    expect(fs[0].message).toContain("90 tidak sama dengan target tahunan 100 (sifat akhir");
    expect(fs[1].message).toContain("TW III");
    expect(fs[1].message).toContain("(24)");
  });

  it("without a sifat reports only when no reading fits (sum, last, all equal)", () => {
    const rows: Row[] = [
      // LAKIP vs Renaksi: 38, 38, 38, 36 against an annual 148 (the LAKIP's 38 + 38 + 36 + 36)
      {
        indikator: "Jumlah tamu yang difasilitasi",
        satuan: "Orang",
        targetTahunan: 148,
        ...tw("targetTw", [38, 38, 38, 36]),
      },
    ];
    const [f] = run(twTarget, [templateTab("Bidang", rows)]);
    expect(f.cell).toBe(`${col("targetTahunan")}${r(0)}`);
    expect(f.message).toBe(
      'Target TW I–IV indikator "Jumlah tamu yang difasilitasi" (38; 38; 38; 36) tidak cocok dengan target tahunan 148: jumlahnya 150, triwulan terakhir 36, dan tidak semuanya 148.',
    );
  });
});

describe("anggaran-tw: RAK TW I–IV adds up to the pagu", () => {
  it("finds the RAK total 286.944.496 against the pagu 2.869.444.960 and says a digit went missing", () => {
    const rows: Row[] = [
      {
        kode: "2.07.01.2.02.0001",
        uraian: "Penyediaan Gaji dan Tunjangan ASN",
        indikator: "Jumlah ASN yang Gaji dan Tunjangannya terbayarkan",
        satuan: "Orang",
        targetTahunan: 25,
        pagu: "2.869.444.960",
        ...tw("rakTw", [71_736_124, 71_736_124, 71_736_124, 71_736_124]),
      },
    ];
    const [f, ...rest] = run(anggaranTw, [templateTab("Sekretariat", rows)]);
    expect(rest).toEqual([]);
    expect(f.message).toMatch(
      /^Jumlah anggaran TW I–IV Rp 286\.944\.496 tidak sama dengan pagu Rp 2\.869\.444\.960 \(selisih Rp 2\.582\.500\.464\)/,
    );
    expect(f.suggestion).toContain("digit");
    expect(f).toMatchObject({ severity: "error", cell: `${col("pagu")}2` });
    expect(f.related.map((x) => x.cell)).toEqual(
      ["rakTw1", "rakTw2", "rakTw3", "rakTw4"].map((c) => `${col(c as "rakTw1")}2`),
    );
  });

  it("tolerates the rounding of an even split (≤ 4 rupiah), not more", () => {
    const rows: Row[] = [
      // 82.476.650 / 4 = 20.619.162,5 → four times 20.619.163 = 82.476.652
      {
        uraian: "Pencadangan Tanah untuk Kawasan Transmigrasi",
        indikator: "Luas Kawasan Transmigrasi yang dicanangkan",
        satuan: "Ha",
        targetTahunan: 60,
        pagu: 82_476_650,
        ...tw("rakTw", [20_619_163, 20_619_163, 20_619_163, 20_619_163]),
      },
      // LAKIP TW I: target anggaran kas TW I 30.580.000 = the whole pagu
      {
        uraian: "Penyuluhan Transmigrasi",
        indikator: "Jumlah Calon Warga Transmigrasi yang diseleksi",
        satuan: "KK",
        targetTahunan: 38,
        pagu: 30_580_000,
        ...tw("rakTw", [30_580_000, 0, 0, "-"]),
      },
      {
        uraian: "Penyediaan Jasa Surat Menyurat",
        indikator: "Jumlah surat yang diadministrasikan",
        satuan: "Surat",
        targetTahunan: 1250,
        pagu: 17_662_657,
        ...tw("rakTw", [4_415_663, 4_415_663, 4_415_663, 4_415_663]),
      },
    ];
    const fs = run(anggaranTw, [templateTab("Sekretariat", rows)]);
    expect(fs.map((f) => f.row)).toEqual([r(2)]);
    expect(fs[0].message).toContain("(selisih Rp 5)");
  });

  it("reads the planted split error of the Luwu Timur Renaksi fixture (RAK TW II 6.000.000 for 60.000.000)", async () => {
    const plans = await import("./fixtures/plans");
    const tab = snapshot(plans.RENCANA_AKSI_TRANSMIGRASI_TAB, plans.RENCANA_AKSI_TRANSMIGRASI);
    const fs = run(anggaranTw, [tab]);
    expect(fs).toHaveLength(1);
    expect(fs[0].row).toBe(plans.TRANSMIGRASI_RAK_ERROR.row + 1);
    expect(fs[0].message).toContain(
      "Rp 164.710.800 tidak sama dengan pagu Rp 218.710.800 (selisih Rp 54.000.000)",
    );
  });
});

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
});

describe("lintas-tab: the same indicator worded differently", () => {
  const gaji = (
    indikator: string,
    targetTahunan: number,
    uraian = "Penyediaan Gaji dan Tunjangan ASN",
  ): Row => ({
    uraian,
    indikator,
    satuan: "Orang",
    targetTahunan,
  });
  const A = "Jumlah ASN yang Gaji dan Tunjangannya terbayarkan";
  const B = "Jumlah Pegawai yang Menerima Gaji dan Tunjangan ASN";

  it("matches them under the same sub kegiatan by shared words and says how sure it is", () => {
    const fs = run(lintasTab, [
      templateTab("Eselon III", [gaji(A, 25)]),
      templateTab("Sekretariat", [gaji(B, 24)]),
    ]);
    expect(fs.map((f) => [f.severity, f.sheet, f.cell, f.message])).toEqual([
      [
        "warning",
        "Sekretariat",
        `${col("targetTahunan")}2`,
        `Indikator "${B}" tampaknya sama dengan "${A}" di 'Eselon III'!E2 (kemiripan kata 75 %), tetapi target tahunannya 24 berbeda dengan 25.`,
      ],
    ]);
  });

  it("does not match indicators of other kegiatan, different words, or rows that have a same-named twin", () => {
    const other = gaji(B, 24, "Penyediaan Jasa Surat Menyurat");
    expect(
      run(lintasTab, [templateTab("Eselon III", [gaji(A, 25)]), templateTab("Sekretariat", [other])]),
    ).toEqual([]);
    const dokumen = [gaji("Jumlah dokumen perencanaan", 2), gaji("Jumlah dokumen evaluasi", 4)];
    expect(
      run(lintasTab, [templateTab("Eselon III", [dokumen[0]]), templateTab("Sekretariat", [dokumen[1]])]),
    ).toEqual([]);
    const twins = run(lintasTab, [
      templateTab("Eselon III", [gaji(A, 25), gaji(B, 24)]),
      templateTab("Sekretariat", [gaji(B, 24), gaji(A, 25)]),
    ]);
    expect(twins).toEqual([]);
  });
});

describe("lintas-tab: the same thing agrees in every tab", () => {
  const tamu = (targets: [number, number, number, number], satuan = "Orang"): Row => ({
    uraian: "Fasilitasi Kunjungan Tamu",
    indikator: "Jumlah tamu yang difasilitasi",
    satuan,
    ...tw("targetTw", targets),
  });

  it("finds the TW targets 38, 38, 38, 36 (Renaksi) against 38, 38, 36, 36 (LAKIP evaluation)", () => {
    const fs = run(lintasTab, [
      templateTab("Renaksi Sekretariat", [tamu([38, 38, 38, 36])]),
      templateTab("Subbag Umum", [tamu([38, 38, 36, 36])]),
    ]);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: "error", sheet: "Subbag Umum", cell: `${col("targetTw1")}2` });
    expect(fs[0].message).toBe(
      "Target TW I–IV indikator \"Jumlah tamu yang difasilitasi\" (38; 38; 36; 36) berbeda dengan (38; 38; 38; 36) di 'Renaksi Sekretariat'!J2.",
    );
    expect(fs[0].related).toEqual([{ sheet: "Renaksi Sekretariat", cell: `${col("targetTw1")}2` }]);
  });

  it("matches names after normalising case, spacing and punctuation; reports satuan as a warning", () => {
    const other: Row = {
      ...tamu([38, 38, 38, 36], "Kali"),
      indikator: "jumlah  tamu yang difasilitasi.",
      uraian: "1. Fasilitasi kunjungan tamu",
    };
    const fs = run(lintasTab, [
      templateTab("Eselon III", [tamu([38, 38, 38, 36])]),
      templateTab("Bidang", [other]),
    ]);
    expect(fs.map((f) => [f.severity, f.sheet])).toEqual([["warning", "Bidang"]]);
    expect(fs[0].message).toContain('"Kali" berbeda dengan "Orang"');
  });

  it("does not compare one indicator text under two different sub kegiatan (Renaksi: Orang vs KK)", () => {
    const a: Row = {
      uraian: "Pemindahan dan Penempatan Transmigran",
      indikator: "Jumlah Calon Warga Transmigrasi yang diseleksi",
      satuan: "Orang",
      targetTahunan: 150,
    };
    const b: Row = {
      uraian: "Penyuluhan Transmigrasi",
      indikator: "Jumlah Calon Warga Transmigrasi yang diseleksi",
      satuan: "KK",
      targetTahunan: 38,
    };
    expect(run(lintasTab, [templateTab("Bidang A", [a]), templateTab("Bidang B", [b])])).toEqual([]);
  });

  it("takes the value most tabs agree on and flags the odd pagu, by kode or by name", () => {
    const row = (pagu: number, kode = "3.32.03.2.01.0004", uraian = "Penyuluhan Transmigrasi"): Row => ({
      kode,
      uraian,
      indikator: "Jumlah Calon Warga Transmigrasi yang diseleksi",
      satuan: "KK",
      targetTahunan: 38,
      pagu,
    });
    const fs = run(lintasTab, [
      templateTab("Eselon II", [row(30_580_000)]),
      templateTab("Eselon III", [row(30_850_000, "", "Sub Kegiatan Penyuluhan Transmigrasi")]),
      templateTab("Bidang PKT", [row(30_580_000)]),
    ]);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ sheet: "Eselon III", severity: "error" });
    expect(fs[0].message).toBe(
      "Pagu sub kegiatan \"Penyuluhan Transmigrasi\" Rp 30.850.000 berbeda dengan Rp 30.580.000 di 'Eselon II'!N2.",
    );
    expect(fs[0].related).toHaveLength(2);
  });
});

describe("pk-renaksi: every PK indicator is in the Rencana Aksi with the same target and satuan", () => {
  // Rencana Aksi Luwu Timur 2024: sasaran and program rows, TW targets only (no annual column).
  const renaksi: Row[] = [
    {
      indikator: "Persentase Warga Transmigran Mandiri",
      satuan: "%",
      ...tw("targetTw", ["", "", "", "63,57"]),
    },
    {
      indikator: "Persentase Penyerapan Tenaga Kerja Baru",
      satuan: "%",
      ...tw("targetTw", ["", "", "", "20,16%"]),
    },
    {
      indikator: "Besaran Tenaga Kerja yang Mendapatkan Pelatihan Berbasisi Kompetensi",
      satuan: "%",
      ...tw("targetTw", ["", "", "", "75,75%"]),
    },
    {
      indikator: "Besaran Pencari Kerja Terdaftar yang Ditempatkan",
      satuan: "%",
      ...tw("targetTw", ["", "", "", "29,01%"]),
    },
    {
      indikator: "Angka Sengketa Pengusaha Pekerja Pertahun",
      satuan: "%",
      ...tw("targetTw", ["", "", "", "14,50"]),
    },
    {
      indikator: "Jumlah Luas Wilayah Transmigrasi yang di Bangun",
      satuan: "Ha",
      ...tw("targetTw", [0, 0, 0, "50 Ha"]),
    },
    {
      indikator: "Predikat Akuntabilitas Kinerja Dinas Transmigrasi dan Tenaga Kerja",
      satuan: "Persen",
      targetTahunan: "71,50",
    },
  ];
  // LAKIP Tabel 2.2 / 2.3 (and the Kutai Kartanegara PK for the last two).
  const pk = pkTab("PK 2024", [
    [
      "Meningkatnya Pengembangan dan Kemandirian Warga Transmigran",
      "Persentase Warga Transmigran Mandiri",
      "%",
      "63,57",
    ],
    ["Meningkatnya Penyerapan Tenaga Kerja Baru", "Persentase Penyerapan Tenaga Kerja Baru", "%", "23,50"],
    [
      "Meningkatnya Kapasitas Sumberdaya Tenaga Kerja",
      "Besaran tenaga kerja yang mendapatkan pelatihan berbasis kompetensi",
      "%",
      "75,75",
    ],
    [
      "Meningkatnya Penempatan Tenaga Kerja",
      "Besaran Pencari Kerja Terdaftar yang ditempatkan",
      "%",
      "29,01",
    ],
    [
      "Meningkatnya Kerjasama dan Harmonisasi",
      "Angka sengketa pengusaha pekerja pertahun",
      "Persen",
      "14,50",
    ],
    [
      "Terlaksananya Pembangunan Kawasan Transmigrasi",
      "Jumlah Luas Wilayah Transmigrasi yang di Bangun",
      "Ha",
      50,
    ],
    [
      "Meningkatnya Transparansi dan Akuntabilitas Kinerja",
      "Predikat Akuntabilitas Kinerja Dinas Transmigrasi dan Tenaga Kerja",
      "Nilai",
      "71,50",
    ],
    [
      "Mewujudkan Tingkat Kepatuhan atas LHKPN",
      "Tingkat Kepatuhan Penyampaian LHKPN 100% per tanggal 31 Maret setiap tahun",
      "Persen",
      100,
    ],
  ]);
  const fs = run(pkRenaksi, [pk, templateTab("Renaksi", renaksi)]);
  const at = (row: number) => fs.filter((f) => f.row === row + 4);

  it("finds the PK target 23,50 against the Renaksi's 20,16 for Persentase Penyerapan Tenaga Kerja Baru", () => {
    const [f, ...rest] = at(1);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "error", sheet: "PK 2024", cell: "E5" });
    expect(f.message).toBe(
      "Target PK indikator \"Persentase Penyerapan Tenaga Kerja Baru\" 23,5 tidak sama dengan target Rencana Aksi 20,16 ('Renaksi'!M3).",
    );
    expect(f.related).toEqual([{ sheet: "Renaksi", cell: `${col("targetTw4")}3` }]);
  });

  it("says a spelling difference (Berbasisi) is a warning, not a missing indicator", () => {
    expect(at(2).map((f) => [f.severity, f.cell])).toEqual([["warning", "C6"]]);
    expect(at(2)[0].message).toContain("tidak ditemukan persis");
  });

  it("reports a different satuan (Nilai vs Persen) and a missing indicator", () => {
    expect(at(6).map((f) => [f.severity, f.cell])).toEqual([["warning", "D10"]]);
    expect(at(7).map((f) => [f.severity, f.cell])).toEqual([["error", "C11"]]);
    expect(at(7)[0].message).toContain("tidak ada di Rencana Aksi mana pun");
  });

  it('accepts the rows that agree (% = Persen, 63,57 = TW IV 63,57, 50 = "50 Ha")', () => {
    for (const i of [0, 3, 4, 5]) expect(at(i), `PK row ${i + 1}`).toEqual([]);
    expect(fs).toHaveLength(4);
  });
});

describe("realisasi-anggaran and realisasi-kosong", () => {
  const listrik = (real: [number | string, number | string, number | string, number | string]): Row => ({
    uraian: "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
    indikator: "Jumlah komponen instalasi listrik/penerangan bangunan kantor yang disediakan",
    satuan: "Jenis",
    targetTahunan: 1,
    pagu: 2_500_000,
    ...tw("rakTw", [600_000, 700_000, 600_000, 600_000]),
    ...tw("realisasiAnggaranTw", real),
  });

  it("accepts realisasi within the pagu (LAKIP TW I: 600.000 of 2.500.000; LKjIP 11.567.169.818 of 16.052.340.000)", () => {
    const rows: Row[] = [
      listrik([600_000, "", "", ""]),
      {
        uraian: "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja",
        indikator: "Persentase Tenaga Kerja Bersertifikat Kompetensi",
        satuan: "Persen",
        targetTahunan: "20,50",
        pagu: "16.052.340.000",
        ...tw("realisasiAnggaranTw", ["2.000.000", "3.100.000.000", "4.000.000.000", "4.465.169.818"]),
      },
    ];
    expect(run(realisasiAnggaran, [templateTab("Bidang", rows)])).toEqual([]);
  });

  it("flags realisasi above the pagu; running totals that fit the pagu only as a warning", () => {
    const fs = run(realisasiAnggaran, [
      templateTab("Sekretariat", [
        listrik([600_000, 1_200_000, 900_000, ""]),
        {
          ...listrik([600_000, 1_200_000, 1_800_000, 2_400_000]),
          uraian: "Penyediaan Bahan Logistik Kantor",
        },
      ]),
    ]);
    expect(fs.map((f) => [f.severity, f.cell])).toEqual([
      ["error", `${col("realisasiAnggaranTw3")}2`],
      ["warning", `${col("realisasiAnggaranTw4")}3`],
    ]);
    expect(fs[0].message).toContain("TW I–III Rp 2.700.000 melebihi pagu Rp 2.500.000 (lebih Rp 200.000)");
  });

  it("asks for realisasi up to the current TW, but not where the TW target is 0 and not when 0 is typed", () => {
    const rows: Row[] = [
      // kumulatif 4, 2, 2, 2: TW II missing
      {
        indikator: "Jumlah dokumen evaluasi kinerja pelayanan perangkat daerah yang disusun",
        satuan: "Dokumen",
        targetTahunan: 10,
        ...tw("targetTw", [4, 2, 2, 2]),
        ...tw("realisasiTw", [4, "", "", ""]),
      },
      // akhir 0, 0, 0, 100: nothing expected before TW IV
      {
        indikator: "Persentase BMD-PD penunjang yang terpenuhi",
        satuan: "%",
        targetTahunan: 100,
        ...tw("targetTw", [0, 0, 0, 100]),
      },
      // a real 0 is a value
      {
        indikator: "Jumlah Rapat Koordinasi dan Konsultasi SKPD yang diikuti",
        satuan: "Kali",
        targetTahunan: 60,
        ...tw("targetTw", [18, 10, 20, 12]),
        ...tw("realisasiTw", [13, 0, "", ""]),
      },
      // anggaran: RAK TW II planned, no realisasi
      { ...listrik([600_000, "", "", ""]) },
    ];
    const tab = templateTab("Sekretariat", rows);
    expect(run(realisasiKosong, [tab])).toEqual([]);
    const fs = run(realisasiKosong, [tab], 2);
    expect(fs.map((f) => f.cell)).toEqual([
      `${col("realisasiTw2")}2`,
      `${col("realisasiTw1")}5`,
      `${col("realisasiAnggaranTw2")}5`,
    ]);
    expect(fs[0].message).toBe(
      'Realisasi TW II indikator "Jumlah dokumen evaluasi kinerja pelayanan perangkat daerah yang disusun" belum diisi (laporan sampai TW II).',
    );
    expect(fs[1].message).toContain("Realisasi TW I dan II");
    expect(fs.every((f) => f.severity === "warning")).toBe(true);
  });
});

describe("capaian-tertulis: a typed capaian equals the computed one", () => {
  const extra = ["capaian" as const];
  const row = (
    indikator: string,
    target: number | string,
    realisasi: number | string,
    capaian: number | string,
    polaritasText = "",
    extraRow: Row = {},
  ): Row => ({
    indikator,
    satuan: "%",
    polaritas: polaritasText,
    targetTahunan: target,
    ...tw("realisasiTw", ["", "", "", realisasi]),
    capaian,
    ...extraRow,
  });

  it("finds 92 % printed for unemployment, a negative indicator (the formula gives 107,95)", () => {
    const tab = templateTab(
      "IKU",
      [row("Tingkat Pengangguran Terbuka", "4,40", "4,05", "92%", "Negatif")],
      extra,
    );
    const [f, ...rest] = run(capaianTertulis, [tab]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "error", cell: `${col("capaian", extra)}2` });
    expect(f.message).toBe(
      'Capaian indikator "Tingkat Pengangguran Terbuka" tertulis 92, padahal hasil hitungnya 107,95 (target 4,4, realisasi 4,05, polaritas negatif); angka tertulis adalah hasil rumus positif.',
    );
    expect(f.suggestion).toContain("(2 × target − realisasi)");
  });

  it("accepts figures rounded or cut to their printed decimals (97,02; 99,18; 181; 111; 97,15; 72)", () => {
    const rows: Row[] = [
      row("Persentase Warga Transmigran Mandiri", "63,57", "61,68", "97,02 %"), // 97,0269…: cut
      row("Nilai SAKIP Perangkat Daerah", "71,50", "70,92", "99,18%"), // 99,1888…: cut (LKjIP Tabel 3.21)
      row("Persentase Pencari Kerja yang terdaftar Ditempatkan", "10,37", "18,86", "181%"), // 181,87: cut
      row("Persentase Tenaga Kerja Bersertifikat Kompetensi", "20,50", "22,77", 111),
      row("Nilai SAKIP Pemerintah Daerah", 73, "70,92", "97,15"),
      row("Jumlah Rapat Koordinasi dan Konsultasi SKPD yang diikuti", 18, 13, "72%"), // 72,22
      row("Persentase Laporan Administrasi kepegawaian yang disusun tepat waktu", 100, "62,5", 0.625), // a percent-formatted fraction
    ];
    expect(run(capaianTertulis, [templateTab("IKU", rows, extra)])).toEqual([]);
  });

  it("flags 72,3 for 18 → 13 (72,22 rounds and cuts to 72,2) and 100 for Nilai LPPD 3,6 → 3,11 (86,39)", () => {
    const rows: Row[] = [
      row("Jumlah Rapat Koordinasi dan Konsultasi SKPD yang diikuti", 18, 13, "72,3%"),
      row("Nilai LPPD", "3,6", "3,11", 100),
    ];
    const fs = run(capaianTertulis, [templateTab("IKU", rows, extra)]);
    expect(fs.map((f) => [f.severity, f.row])).toEqual([
      ["error", 2],
      ["error", 3],
    ]);
    expect(fs[0].message).toContain("tertulis 72,3, padahal hasil hitungnya 72,22");
    expect(fs[1].message).toContain("hasil hitungnya 86,39");
  });

  it("notes (info) a capaian capped at 100 and skips formulas and blank polaritas mistakes it cannot see", () => {
    const rows: Row[] = [
      // Jumlah Program Pengentasan Kemiskinan 1 → 2 printed 100 (LKjIP Tabel 3.2)
      row("Jumlah Program Pengentasan Kemiskinan", 1, 2, 100),
      // a formula is the sheet's own computation
      row("Jumlah surat masuk dan surat keluar", 312, 327, 50, "", {
        formulas: { capaian: "=CAPAIAN(I4,V4)" },
      }),
      // positive formula with blank polaritas gives 92,05: consistent here (the polaritas rule warns)
      row("Tingkat Pengangguran Terbuka", "4,40", "4,05", "92%"),
    ];
    const fs = run(capaianTertulis, [templateTab("IKU", rows, extra)]);
    expect(fs.map((f) => [f.severity, f.row])).toEqual([["info", 2]]);
    expect(fs[0].message).toContain("ditulis 100, sedangkan hasil hitungnya 200");
  });

  it("reads TW capaian of the LAKIP evaluation sheets (target per TW, realisasi TW I)", async () => {
    const plans = await import("./fixtures/plans");
    const fs = run(capaianTertulis, [snapshot(plans.LAKIP_SEKRETARIAT_TAB, plans.LAKIP_SEKRETARIAT)], 1);
    // 327 letters against 312 printed 100 %: capped, so only noted.
    expect(fs.map((f) => [f.severity, f.cell])).toEqual([["info", "U51"]]);
    expect(fs[0].message).toContain("hasil hitungnya 104,81 (target 312, realisasi 327");
  });

  it("documents the printed-precision rule", () => {
    expect(printedAs(97.02, 97.0269)).toBe(true);
    expect(printedAs(97.03, 97.0269)).toBe(true);
    expect(printedAs(99.18, (70.92 / 71.5) * 100)).toBe(true);
    expect(printedAs(99.19, (70.92 / 71.5) * 100)).toBe(true);
    expect(printedAs(99.17, (70.92 / 71.5) * 100)).toBe(false);
    expect(printedAs(72.3, (13 / 18) * 100)).toBe(false);
    expect(printedAs(92, 107.95)).toBe(false);
  });
});

describe("polaritas: wording that says lower is better", () => {
  it("warns for negative wording marked positive or left blank, not for handled cases", () => {
    const rows: Row[] = [
      { indikator: "Tingkat Pengangguran Terbuka", satuan: "%", polaritas: "" },
      {
        indikator: "Prevalensi Stunting sesuai dengan target Nasional",
        satuan: "Persen",
        polaritas: "Positif",
      },
      { indikator: "Angka Sengketa Pengusaha Pekerja Pertahun", satuan: "%", polaritas: "" },
      { indikator: "Tingkat Pengangguran Terbuka", satuan: "%", polaritas: "Negatif" },
      {
        indikator: "Persentase kasus perselisihan hubungan industrial yang di fasilitasi",
        satuan: "%",
        polaritas: "",
      },
      { indikator: "Jumlah Program Pengentasan Kemiskinan", satuan: "Jumlah", polaritas: "" },
      {
        indikator: "Angka Sengketa Pengusaha dan Pekerja Pertahun yang difasilitasi dan di Mediasi",
        satuan: "Kasus",
        polaritas: "",
      },
      { indikator: "Persentase Penyerapan Tenaga Kerja Baru", satuan: "%", polaritas: "" },
    ];
    const fs = run(polaritas, [templateTab("IKU", rows)]);
    expect(fs.map((f) => f.row)).toEqual([2, 3, 4]);
    expect(fs.every((f) => f.severity === "warning" && f.cell.startsWith(col("polaritas")))).toBe(true);
    expect(fs[0].message).toContain("kosong (dibaca positif)");
    expect(fs[1].message).toContain("polaritasnya positif");
  });

  it("knows the words", () => {
    expect(soundsNegative("Angka kematian ibu")).toBe(true);
    expect(soundsNegative("Jumlah kasus kecelakaan kerja")).toBe(true);
    expect(soundsNegative("Persentase penurunan angka kemiskinan")).toBe(false);
  });
});

describe("format-angka: how numbers are written", () => {
  it("finds mixed thousands separators and text numbers in the Luwu Timur Renaksi fixture", async () => {
    const plans = await import("./fixtures/plans");
    const fs = run(formatAngka, [
      snapshot(plans.RENCANA_AKSI_TRANSMIGRASI_TAB, plans.RENCANA_AKSI_TRANSMIGRASI),
    ]);
    const mixed = fs.filter((f) => f.message.includes("dua pemisah ribuan"));
    // Pagu: "82.476.650" and "54,140,650"; RAK TW II: "6.640.650" and "89,335,000".
    expect(mixed.map((f) => f.cell)).toEqual(["M14", "O26"]);
    expect(mixed[0].message).toBe(
      'Pagu (kolom M) memakai dua pemisah ribuan: titik (M11 "82.476.650") dan koma (M14 "54,140,650").',
    );
    // Text in a column the evaluation tab sums leaves its serapan blank there: a warning (issue 18).
    expect(
      fs.some((f) => f.severity === "warning" && f.message.startsWith("Ada 9 sel di Pagu (kolom M)")),
    ).toBe(true);
  });

  it("does not read the header repeated after a page break (ANGGARAN, I … IV, (1) … (18)) as numbers", async () => {
    const plans = await import("./fixtures/plans");
    const v = plans.RENCANA_AKSI_TRANSMIGRASI;
    // The Luwu Timur Renaksi repeats its header band and column numbers at the top of every page.
    const paged = [...v.slice(0, 18), v[5], v[6], v[7], ...v.slice(18)];
    const fs = run(formatAngka, [snapshot(plans.RENCANA_AKSI_TRANSMIGRASI_TAB, paged)]);
    expect(fs.filter((f) => f.message.includes("dua pemisah ribuan")).map((f) => f.cell)).toEqual([
      "M14",
      "O29",
    ]);
    expect(fs.some((f) => f.message.startsWith("Ada 9 sel di Pagu (kolom M)"))).toBe(true);
    expect(fs.some((f) => /ANGGARAN|"\(\d+\)"|"I"/.test(f.message))).toBe(false);
  });

  it("names a realisasi that is no number as galat (its capaian cannot be computed), not WTP or a dash", () => {
    const rows: Row[] = [
      {
        indikator: "Jumlah Rapat Koordinasi dan Konsultasi SKPD yang diikuti",
        satuan: "Kali",
        targetTahunan: 60,
        ...tw("targetTw", [10, 18, 16, 16]),
        ...tw("realisasiTw", [11, "abc", "", ""]),
      },
      {
        indikator: "Opini BPK atas laporan keuangan",
        satuan: "Opini",
        targetTahunan: "WTP",
        ...tw("realisasiTw", ["-", "WTP", "", ""]),
      },
      {
        indikator: "Jumlah dokumen laporan keuangan bulanan",
        satuan: "Laporan",
        targetTahunan: 12,
        ...tw("realisasiTw", [3, "tiga", "", ""]),
      },
    ];
    const fs = errors(run(formatAngka, [templateTab("Sekretariat", rows)]));
    expect(fs.map((f) => [f.cell, f.related.map((x) => x.cell)])).toEqual([
      [`${col("realisasiTw2")}2`, [`${col("realisasiTw2")}4`]],
    ]);
    expect(fs[0].message).toBe(
      `Ada 2 sel di Realisasi TW II (kolom ${col("realisasiTw2")}) yang bukan angka, mis. ${col("realisasiTw2")}2 "abc": capaiannya tidak dapat dihitung.`,
    );
  });

  it("finds the percent scale mixed within one indicator's row (95 with TW targets 0,25 … 0,95)", () => {
    const rows: Row[] = [
      {
        indikator: "Persentase Penunjang Urusan Perangkat Daerah berjalan sesuai standar",
        satuan: "%",
        targetTahunan: 95,
        targetTw1: 0.25,
        targetTw2: 0.5,
        targetTw3: 0.75,
        targetTw4: 0.95,
      },
      { indikator: "Persentase BMD yang diadministrasikan sesuai standar", satuan: "%", targetTahunan: 100 },
      // not a percentage: 0,5 Ha is a real size
      { indikator: "Luas lahan", satuan: "Ha", targetTahunan: 0.5, targetTw4: 12 },
    ];
    const fs = run(formatAngka, [templateTab("Sekretariat", rows)]);
    expect(fs.map((f) => [f.severity, f.cell])).toEqual([["warning", `${col("targetTw1")}2`]]);
    expect(fs[0].message).toBe(
      `Indikator "Persentase Penunjang Urusan Perangkat Daerah berjalan sesuai standar" mencampur skala persen dalam satu baris: 0,25 di ${col("targetTw1")}2 dan 95 di ${col("targetTahunan")}2.`,
    );
  });

  it("does not call different indicators' percentages in one column a mixed scale (0,5 % beside 63,57 %)", () => {
    const rows: Row[] = [
      { indikator: "Tingkat inflasi daerah", satuan: "%", targetTahunan: 0.5, targetTw4: 0.5 },
      { indikator: "Persentase pencari kerja yang ditempatkan", satuan: "%", targetTahunan: 63.57 },
      { indikator: "Tingkat Pengangguran Terbuka", satuan: "%", targetTahunan: 4.4 },
    ];
    expect(run(formatAngka, [templateTab("Sekretariat", rows)])).toEqual([]);
  });

  it("flags budget text that is no number (it drops out of every sum), not budget numbers typed as numbers", () => {
    const rows: Row[] = [
      {
        uraian: "Penyuluhan Transmigrasi",
        indikator: "Jumlah Calon Warga Transmigrasi yang diseleksi",
        satuan: "KK",
        targetTahunan: 38,
        pagu: 30_580_000,
        rakTw1: "30.580.000 (APBD)",
      },
    ];
    const fs = run(formatAngka, [templateTab("Bidang", rows)]);
    expect(fs.map((f) => [f.severity, f.cell])).toEqual([["warning", `${col("rakTw1")}2`]]);
  });
});

describe("kode: well-formed and unique", () => {
  it("reads codes leniently for linking and strictly for the finding", () => {
    expect(readKode("2.0701.2.05.0004")).toMatchObject({
      canonical: "2.07.01.2.05.0004",
      wellFormed: false,
      level: "subkegiatan",
      parent: "2.07.01.2.05",
    });
    expect(readKode("2.07.01.2.01")).toMatchObject({
      wellFormed: true,
      level: "kegiatan",
      parent: "2.07.01",
    });
    expect(readKode("2,07")).toMatchObject({ canonical: "2.07", level: "urusan" });
    expect(readKode("X.XX.01")).toMatchObject({ wellFormed: true, level: "program" });
  });

  it("finds the LKjIP's malformed codes, a copied kode and a name used under two codes", () => {
    const rows: Row[] = [
      ...LKJIP_PENUNJANG,
      {
        kode: "2.07.02.2.01.02",
        uraian: "Penyusunan Rencana Tenaga Kerja Mikro",
        indikator: "Jumlah Orang yang Menyusun RTK Mikro",
        satuan: "Orang",
        targetTahunan: 15,
      },
      {
        kode: "3.32.02",
        uraian: "PROGRAM PERENCANAAN KAWASAN TRANSMIGRASI",
        indikator: "Jumlah Kawasan Transmigrasi yang direncanakan",
        satuan: "Dokumen",
        targetTahunan: 4,
      },
      {
        kode: "3.32.04",
        uraian: "Program Perencanaan Kawasan Transmigrasi",
        indikator: "Jumlah Satuan Permukiman yang dikembangkan",
        satuan: "SP",
        targetTahunan: 15,
      },
      {
        kode: "2.07.01.2.06.0001",
        uraian: "Penyediaan Peralatan Rumah Tangga",
        indikator: "Jumlah Paket Peralatan Rumah Tangga",
        satuan: "Paket",
        targetTahunan: 1,
      },
    ];
    const fs = run(kode, [templateTab("Renaksi", rows)]);
    const n = LKJIP_PENUNJANG.length;
    expect(fs.map((f) => [f.severity, f.row])).toEqual([
      ["error", r(10)],
      ["error", r(11)],
      ["error", r(n)],
      ["warning", r(n + 2)],
      ["error", r(n + 3)],
      // …and its name is that of 2.07.01.2.06.0003
      ["warning", r(n + 3)],
    ]);
    expect(fs[0].message).toContain("mungkin maksudnya 2.07.01.2.05.0004");
    expect(fs[2].message).not.toContain("mungkin");
    expect(fs[3].message).toContain("dipakai untuk dua kode: 3.32.02");
    expect(fs[4].message).toContain('Kode "2.07.01.2.06.0001" dipakai untuk dua nama berbeda');
  });
});

describe("wajib: required fields", () => {
  it("warns when an indicator has no target or no satuan", () => {
    const rows: Row[] = [
      {
        no: 1,
        indikator: "Jumlah Dokumen RKA SKPD yang disusun tepat waktu",
        satuan: "Dokumen",
        ...tw("targetTw", [0, 0, 1, 1]),
      },
      { no: 2, indikator: "Jumlah Dokumen DPA yang disusun tepat waktu", satuan: "" },
      {
        no: 3,
        indikator: "Jumlah Laporan Data Administrasi Kepegawaian yang dimutakhirkan",
        satuan: "Dokumen",
        targetTahunan: 3,
      },
    ];
    const fs = run(wajib, [templateTab("Sekretariat", rows)]);
    expect(fs.map((f) => [f.severity, f.cell])).toEqual([["warning", `${col("targetTahunan")}3`]]);
    expect(fs[0].message).toBe(
      'Indikator "Jumlah Dokumen DPA yang disusun tepat waktu" belum punya target dan satuan.',
    );
  });
});

describe("no galat on correct rows", () => {
  it("the LKjIP program tables and the Luwu Timur template raise no error in any rule", async () => {
    const plans = await import("./fixtures/plans");
    const tabs = [
      templateTab("Renaksi Kukar", [...LKJIP_PENUNJANG, ...LKJIP_PENEMPATAN]),
      snapshot(plans.TEMPLATE_TRANSMIGRASI_TAB, plans.TEMPLATE_TRANSMIGRASI),
    ];
    const { ctx } = buildContext(tabs, 1);
    const all = [anggaranTw, anggaranInduk, lintasTab, realisasiAnggaran, capaianTertulis, twTarget].flatMap(
      (rule) => rule.run(ctx),
    );
    expect(errors(all)).toEqual([]);
  });
});
