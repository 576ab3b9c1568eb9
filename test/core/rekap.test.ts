import { describe, expect, it } from "vitest";
import type { CellValue } from "../../src/core/cells";
import { SCALES } from "../../src/core/kriteria";
import type { PlanRow, PlanTable, Quad } from "../../src/core/plan";
import {
  buildRekap,
  type FileResult,
  failedRow,
  figuresOf,
  findingCounts,
  median,
  opdFromTitles,
  outcomeOf,
} from "../../src/core/rekap";
import { cellText, rekapTable, rekapText } from "../../src/core/rekap-table";
import { indicatorFigures } from "../../src/core/report/figures";

const scale = SCALES.permendagri86;
const q = (...v: CellValue[]) => v as Quad<CellValue>;

function row(over: Partial<PlanRow>): PlanRow {
  return {
    row: 1,
    level: null,
    kode: "",
    uraian: "",
    program: "",
    kegiatan: "",
    sasaran: "",
    indikator: "Indikator",
    satuan: "Dokumen",
    polaritas: "positif",
    sifat: "kumulatif",
    targetTahunan: 8,
    targetTw: q(2, 2, 2, 2),
    pagu: "",
    rakTw: q("", "", "", ""),
    realisasiTw: q("", "", "", ""),
    realisasiAnggaranTw: q("", "", "", ""),
    realisasiTahunan: "",
    capaian: "",
    kriteria: "",
    penanggungJawab: "",
    columns: {},
    ...over,
  };
}

const plan = (rows: PlanRow[]): PlanTable => ({
  tab: "Bidang A",
  headerTop: 0,
  headerBottom: 0,
  dataStart: 1,
  columns: {},
  rows,
});

describe("outcomeOf: one indicator in the quarter, as its evaluation-tab row shows it", () => {
  const cases: [string, Partial<PlanRow>, ReturnType<typeof outcomeOf>][] = [
    [
      "akhir: the last realisasi against the last target (the reference's 61,68 of 63,57 → 97,03)",
      { sifat: "akhir", satuan: "%", targetTw: q(0, 63.57, 0, 0), realisasiTw: q("", 61.68, "", "") },
      { kind: "dinilai", capaian: (61.68 / 63.57) * 100, label: "Sangat Tinggi" },
    ],
    [
      "kumulatif sums the quarters: 3 of 4 → 75, Sedang",
      { realisasiTw: q(1, 2, "", "") },
      { kind: "dinilai", capaian: 75, label: "Sedang" },
    ],
    [
      "negative polarity (unemployment 4,40 → 4,05 is 107,95)",
      {
        sifat: "tetap",
        polaritas: "negatif",
        targetTw: q(4.4, 4.4, 4.4, 4.4),
        realisasiTw: q(4.2, 4.05, "", ""),
      },
      { kind: "dinilai", capaian: ((2 * 4.4 - 4.05) / 4.4) * 100, label: "Sangat Tinggi" },
    ],
    ["no target in TW I–II: –", { targetTw: q(0, 0, 4, 4) }, { kind: "tanpaTarget" }],
    ["blank targets: –", { targetTw: q("", "", 4, 4) }, { kind: "tanpaTarget" }],
    [
      "a negative indicator aiming at 0 has a target",
      { sifat: "tetap", polaritas: "negatif", targetTw: q(0, 0, 0, 0), realisasiTw: q(0, 0, "", "") },
      { kind: "dinilai", capaian: 100, label: "Sangat Tinggi" },
    ],
    [
      "TW II not reported: belum diisi, never rated",
      { realisasiTw: q(2, "", "", "") },
      { kind: "belumDiisi" },
    ],
    [
      "a realisasi that is no number cannot be computed",
      { sifat: "tetap", realisasiTw: q(1, "sedang berjalan", "", "") },
      { kind: "tidakDihitung", capaian: null, message: expect.stringContaining("bukan angka") },
    ],
    [
      "kumulatif with a unit typed after the number: counted as the number",
      { realisasiTw: q("1 UPT", "2 UPT", "", "") },
      { kind: "dinilai", capaian: 75, label: "Sedang" },
    ],
    [
      "'-' typed for TW II is nothing: belum diisi, never rated",
      { realisasiTw: q(2, "-", "", "") },
      { kind: "belumDiisi" },
    ],
    [
      "kumulatif with text that is no number among the quarters: the tab's sum says so and rates nothing",
      { realisasiTw: q("dalam proses", 2, "", "") },
      {
        kind: "tidakDihitung",
        capaian: null,
        // The capaian cell's own short message, as the evaluation tab shows it (it quoted the
        // realisasi cell's message cut short before 769c588).
        message: "Realisasi bukan angka.",
      },
    ],
  ];
  it.each(cases)("%s", (_, over, expected) => {
    const [figures] = indicatorFigures([plan([row(over)])], { tw: 2, scale });
    expect(outcomeOf(figures, scale)).toEqual(expected);
  });
});

describe("figuresOf: a file's row of the rekap", () => {
  it("counts per kriteria, without target and not reported; mean and median of the capaian; pagu of the highest level once", () => {
    const f = figuresOf(
      [
        plan([
          // A kegiatan and its two sub kegiatan: only the kegiatan's pagu counts (as in the Ringkasan).
          row({
            kode: "2.07.01.2.01",
            pagu: 300,
            realisasiTw: q(2, 2, "", ""),
            realisasiAnggaranTw: q(50, 60, 70, ""),
          }),
          row({ kode: "2.07.01.2.01.0001", pagu: 100, realisasiTw: q(1, 0, "", "") }),
          row({ kode: "2.07.01.2.01.0002", pagu: 200, realisasiTw: q(1, "", "", "") }),
          row({ kode: "2.07.01.2.01.0003", targetTw: q(0, 0, 4, 4) }),
        ]),
        plan([
          row({
            kode: "2.07.02.2.01",
            pagu: 1000,
            realisasiTw: q(2, 1, "", ""),
            realisasiAnggaranTw: q(100, "", "", ""),
          }),
          row({ indikator: "" }),
        ]),
      ],
      2,
      scale,
    );
    expect(f).toMatchObject({
      indikator: 5,
      kriteria: { "Sangat Tinggi": 1, Tinggi: 0, Sedang: 1, Rendah: 0, "Sangat Rendah": 1 },
      tanpaTarget: 1,
      belumDiisi: 1,
      tidakDihitung: 0,
      capaian: [100, 25, 75],
      pagu: 1300,
      // TW II spending of 2.07.02.2.01 not reported (TW I's was, and no RAK says none was planned):
      // belum diisi, never the 50 + 60 + 100 that stops at TW I.
      realisasiAnggaran: null,
      anggaranBelumDiisi: true,
    });
    expect(f.rataCapaian).toBeCloseTo(200 / 3, 10);
    expect(f.medianCapaian).toBe(75);
    expect(f.serapan).toBeNull();
  });

  it("a file without pagu or capaian says so with null, never 0", () => {
    const f = figuresOf([plan([row({ targetTw: q(0, 0, 1, 1) })])], 2, scale);
    expect(f).toMatchObject({
      pagu: null,
      realisasiAnggaran: null,
      serapan: null,
      rataCapaian: null,
      medianCapaian: null,
    });
  });
});

describe("median", () => {
  it.each([
    [[], null],
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])("%j → %s", (xs, m) => expect(median(xs)).toBe(m));
});

describe("findingCounts", () => {
  it("counts galat and peringatan (not info) and names the three most frequent rules, graver first on a tie", () => {
    const f = (rule: string, severity: "error" | "warning" | "info") => ({ rule, severity });
    const counts = findingCounts(
      [
        f("kode", "error"),
        f("anggaran-tw", "error"),
        f("anggaran-tw", "error"),
        f("realisasi-kosong", "warning"),
        f("realisasi-kosong", "warning"),
        f("polaritas", "warning"),
        f("format-angka", "info"),
        f("format-angka", "info"),
        f("format-angka", "info"),
      ],
      { "anggaran-tw": "Jumlah anggaran TW I–IV tidak sama dengan pagu" },
    );
    expect(counts).toEqual({
      galat: 3,
      peringatan: 3,
      aturanTeratas: [
        { aturan: "anggaran-tw", judul: "Jumlah anggaran TW I–IV tidak sama dengan pagu", jumlah: 2 },
        { aturan: "realisasi-kosong", judul: "realisasi-kosong", jumlah: 2 },
        { aturan: "kode", judul: "kode", jumlah: 1 },
      ],
    });
  });
});

describe("opdFromTitles", () => {
  it.each([
    [
      [["RENCANA AKSI"], ["DINAS TRANSMIGRASI DAN TENAGA KERJA"], ["KABUPATEN LUWU TIMUR"]],
      "Dinas Transmigrasi dan Tenaga Kerja",
    ],
    [
      [["", "RENCANA AKSI DINAS KESEHATAN KABUPATEN LUWU TIMUR TAHUN 2024"]],
      "Dinas Kesehatan Kabupaten Luwu Timur",
    ],
    [[["Evaluasi Kinerja Badan Pendapatan Daerah Triwulan I"]], "Badan Pendapatan Daerah"],
    [[["RENCANA AKSI"], ["TAHUN 2024"]], ""],
    // Trial 8 #19: a tab's unit ("SEKRETARIAT") above the office is no office; "T.A. 2026" is cut.
    [
      [["RENCANA AKSI SEKRETARIAT"], ["DINAS PENDIDIKAN DAN KEBUDAYAAN KAB. SOPPENG T.A. 2026"]],
      "Dinas Pendidikan dan Kebudayaan Kab. Soppeng",
    ],
    [[["RENCANA AKSI SEKRETARIAT TAHUN 2026"]], ""],
    [[["RENCANA AKSI SEKRETARIAT DAERAH KABUPATEN LUWU UTARA"]], "Sekretariat Daerah Kabupaten Luwu Utara"],
    [
      [["RENCANA AKSI SEKRETARIAT DPRD KABUPATEN LUWU UTARA TAHUN 2026"]],
      "Sekretariat Dprd Kabupaten Luwu Utara",
    ],
  ])("%j → %s", (rows, opd) => expect(opdFromTitles(rows)).toBe(opd));
});

describe("buildRekap: total and ranking", () => {
  const result = (
    file: string,
    opd: string,
    capaian: number[],
    status: "dikirim" | "belum dikirim",
  ): FileResult => {
    const f = figuresOf([], 2, scale);
    return {
      row: {
        ...failedRow(file, 2, "", opd),
        ...f,
        indikator: capaian.length,
        rataCapaian: capaian.length ? capaian.reduce((a, b) => a + b, 0) / capaian.length : null,
        galat: 1,
        peringatan: 0,
        status,
        sidikBerubah: status === "dikirim" ? true : null,
        error: null,
      },
      capaian,
      findings: [
        {
          file,
          opd,
          tab: "Bidang A",
          cell: "N5",
          rule: "kode",
          severity: "error",
          message: "…",
          suggestion: "…",
        },
      ],
    };
  };
  const rekap = buildRekap(
    2,
    [
      result("a.xlsx", "Dinas A", [50, 70], "dikirim"),
      result("b.xlsx", "Dinas B", [90, 100, 110], "belum dikirim"),
      { row: failedRow("c.xlsx", 2, "Berkas rusak."), capaian: [], findings: [] },
      result("d.xlsx", "Badan D", [60], "belum dikirim"),
      result("e.xlsx", "Dinas E", [], "belum dikirim"),
    ],
    ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"],
    { kode: "Kode benar dan unik" },
  );

  it("ranks by average capaian, highest first; ties listed by OPD name in one place; files without capaian unranked", () => {
    expect(rekap.ranking.map((i) => rekap.files[i].file)).toEqual(["b.xlsx", "d.xlsx", "a.xlsx"]);
    expect(rekap.files.map((f) => f.peringkat)).toEqual([2, 1, null, 2, null]);
  });

  it("gives equal averages one place and the next its count (1, 1, 1, 4), as an Indonesian ranking table", () => {
    const tied = buildRekap(
      2,
      [
        result("p.xlsx", "Dinas P", [70], "belum dikirim"),
        result("q.xlsx", "Dinas Q", [80], "belum dikirim"),
        result("r.xlsx", "Dinas R", [90, 70], "belum dikirim"),
        result("s.xlsx", "Dinas S", [80], "belum dikirim"),
      ],
      ["Sangat Tinggi"],
      {},
    );
    expect(tied.ranking.map((i) => tied.files[i].file)).toEqual(["q.xlsx", "r.xlsx", "s.xlsx", "p.xlsx"]);
    expect(tied.files.map((f) => f.peringkat)).toEqual([4, 1, 1, 1]);
    expect(rekapTable(tied).ranking.rows.map((r) => r[0])).toEqual([1, 1, 1, 4]);
  });

  it("shows when a file was sent as a person reads it, in the files' time zone (WIB), also from JSON", () => {
    const sent = "2026-12-05T03:41:39.945Z";
    expect(cellText(new Date(sent), "tanggal")).toBe("5 Desember 2026 pukul 10.41");
    expect(cellText(sent, "tanggal")).toBe("5 Desember 2026 pukul 10.41");
    expect(cellText(new Date(sent), "tanggal", "Asia/Makassar")).toBe("5 Desember 2026 pukul 11.41");
  });

  it("pools every indicator for the total (not a mean of means) and counts the review states", () => {
    expect(rekap.total).toMatchObject({
      berkas: 5,
      gagal: 1,
      indikator: 6,
      rataCapaian: 80,
      medianCapaian: 80,
      galat: 4,
      dikirim: 1,
      belumDikirim: 3,
      berubahSetelahDikirim: 1,
      aturanTeratas: [{ aturan: "kode", judul: "Kode benar dan unik", jumlah: 4 }],
    });
  });

  it("the table, the ranking and the text say the same", () => {
    const table = rekapTable(rekap);
    const avg = table.columns.findIndex((c) => c.header.startsWith("Rata-rata"));
    expect(table.rows.map((r) => r[avg])).toEqual([60, 100, null, 60, null]);
    expect(table.total[avg]).toBe(80);
    expect(table.ranking.rows.map((r) => [r[0], r[1]])).toEqual([
      [1, "Dinas B"],
      [2, "Badan D"],
      [2, "Dinas A"],
    ]);
    expect(table.findings.rows).toHaveLength(4);
    const text = rekapText(rekap);
    expect(text).toContain("Tidak terbaca: Berkas rusak.");
    expect(text).toContain("rata-rata 100 %");
    expect(text).toContain("berubah setelah dikirim");
  });
});

describe("buildRekap: offices on other kriteria scales", () => {
  it("adds a scale's own labels after the Permendagri 86/2017 ones, each file counted under its own", () => {
    const permendagri = figuresOf([plan([row({ realisasiTw: q(2, 2, "", "") })])], 2, scale);
    const lakip = figuresOf([plan([row({ realisasiTw: q(2, 2, "", "") })])], 2, SCALES.lakip);
    const as = (file: string, f: ReturnType<typeof figuresOf>): FileResult => ({
      row: { ...failedRow(file, 2, ""), ...f, error: null },
      capaian: f.capaian,
      findings: [],
    });
    const rekap = buildRekap(
      2,
      [as("a.xlsx", permendagri), as("b.xlsx", lakip)],
      ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"],
      {},
    );
    expect(rekap.labels).toEqual([
      "Sangat Tinggi",
      "Tinggi",
      "Sedang",
      "Rendah",
      "Sangat Rendah",
      "Sangat Berhasil",
      "Berhasil",
      "Cukup Berhasil",
      "Kurang Berhasil",
    ]);
    expect(rekap.total.kriteria).toMatchObject({ "Sangat Tinggi": 1, "Sangat Berhasil": 1 });
    const table = rekapTable(rekap);
    const col = table.columns.findIndex((c) => c.header === "Sangat Berhasil");
    expect(table.rows.map((r) => r[col])).toEqual([0, 1]);
  });
});
