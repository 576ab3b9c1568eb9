/**
 * A consistency rule on rows of the reference documents (Rencana Aksi and LAKIP TW I
 * Luwu Timur 2024, LKjIP Kutai Kartanegara 2024): every defect a rule can see is found, and the
 * correct rows around it give no galat.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../../src/app/port";
import { pkRenaksi } from "../../../../src/core/checks/rules/pk-renaksi";
import { col, pkTab, type Row, templateTab, tw } from "../../../fixtures/checks";
import { run } from "../../../utils/checks";

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

describe("pk-renaksi: a near-identical name still has its target and satuan compared (trial 5 #15)", () => {
  // dpupr.xlsx 'Bina Marga' and the PK 2026 tab of dpupr7/dpupr8.xlsx.
  const renaksi = templateTab("Bina Marga", [
    { indikator: "Persentase jalan kabupaten kondisi mantap", satuan: "%", targetTahunan: "72,5" },
    { indikator: "Persentase jalan kondisi rusak", satuan: "%", targetTahunan: 12 },
  ]);
  const cases: { name: string; pk: [string, string, string, CellValue]; want: [string, string, string][] }[] =
    [
      {
        name: "one word more (dalam) and 70 vs 72,5: the near name and the target",
        pk: ["Meningkatnya kemantapan jalan", "Persentase jalan kabupaten dalam kondisi mantap", "%", "70 %"],
        want: [
          [
            "warning",
            "C4",
            "yang paling mirip \"Persentase jalan kabupaten kondisi mantap\" di 'Bina Marga'!",
          ],
          [
            "warning",
            "E4",
            "Target PK indikator \"Persentase jalan kabupaten dalam kondisi mantap\" 70 tidak sama dengan target Rencana Aksi 72,5 ('Bina Marga'!",
          ],
        ],
      },
      {
        name: "a typo (kondsi) and another satuan: the near name and the satuan",
        pk: ["Meningkatnya kemantapan jalan", "Persentase jalan kabupaten kondsi mantap", "Km", "72,5"],
        want: [
          ["warning", "C4", "tidak ditemukan persis di Rencana Aksi"],
          ["warning", "D4", '"Km" berbeda dengan "%" di Rencana Aksi'],
        ],
      },
      {
        name: "a near name with the same target and satuan: only the spelling",
        pk: ["Meningkatnya kemantapan jalan", "Persentase jalan kabupaten dalam kondisi mantap", "%", "72,5"],
        want: [["warning", "C4", "tidak ditemukan persis"]],
      },
      {
        name: "the exact name with 10 vs 12: a galat on the target",
        pk: ["Menurunnya jalan rusak", "Persentase jalan kondisi rusak", "%", "10 %"],
        want: [["error", "E4", "10 tidak sama dengan target Rencana Aksi 12"]],
      },
    ];
  it.each(cases)("$name", ({ pk, want }) => {
    const fs = run(pkRenaksi, [pkTab("PK 2026", [pk]), renaksi]);
    expect(fs.map((f) => [f.severity, f.cell])).toEqual(want.map(([s, c]) => [s, c]));
    for (const [i, f] of fs.entries()) expect(f.message).toContain(want[i][2]);
  });

  it("files target mismatches under a title that says so, not 'tidak ada'", () => {
    expect(pkRenaksi.title).toBe("Indikator PK tidak sesuai Rencana Aksi");
  });
});
