/** detectPlan (src/core/layout/index.ts), the whole reading, on the template and on offices' own layouts (a)–(e). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/app/port";
import { TEMPLATE_COLUMNS } from "../../../src/core/columns";
import { detectPlan, missingMessage, type PlanDetection, REQUIRED_FIELDS } from "../../../src/core/layout";
import type { PlanField, PlanTable } from "../../../src/core/plan";
import {
  DAFTAR_HADIR,
  LAKIP_COLUMNS,
  LAKIP_SEKRETARIAT,
  LAKIP_SEKRETARIAT_TAB,
  PERJANJIAN_KINERJA_SEKRETARIAT,
  REALISASI_ANGGARAN_SEKRETARIAT,
  RENCANA_AKSI_TRANSMIGRASI,
  RENCANA_AKSI_TRANSMIGRASI_LAYOUT,
  RENCANA_AKSI_TRANSMIGRASI_TAB,
  TEMPLATE_TRANSMIGRASI,
  TEMPLATE_TRANSMIGRASI_ROWS,
  TEMPLATE_TRANSMIGRASI_TAB,
  TRANSMIGRASI_INDICATORS,
  TRANSMIGRASI_RAK_ERROR,
} from "../../fixtures/plans";

function expectOk(d: PlanDetection): { table: PlanTable; missing: PlanField[] } {
  if (!d.ok) throw new Error(`deteksi gagal: ${d.reason}`);
  return d;
}

const tw = (p: string) => [1, 2, 3, 4].map((i) => `${p}${i}` as PlanField);

describe("detectPlan: the add-on's own template (a)", () => {
  it("finds every template column where the template put it", () => {
    const { table, missing } = expectOk(detectPlan(TEMPLATE_TRANSMIGRASI_TAB, TEMPLATE_TRANSMIGRASI));
    TEMPLATE_COLUMNS.forEach((c, i) => {
      expect(table.columns[c.field], c.header).toBe(i);
    });
    expect(missing).toEqual([]);
    expect(table.headerTop).toBe(0);
    expect(table.dataStart).toBe(1);
  });

  it("reads every row back with the values as typed", () => {
    const { table } = expectOk(detectPlan(TEMPLATE_TRANSMIGRASI_TAB, TEMPLATE_TRANSMIGRASI));
    expect(table.rows).toHaveLength(TEMPLATE_TRANSMIGRASI_ROWS.length);
    table.rows.forEach((r, i) => {
      const src = TEMPLATE_TRANSMIGRASI_ROWS[i];
      expect(r.row).toBe(i + 1);
      expect(r.indikator).toBe(src.indikator);
      expect(r.targetTw).toEqual([src.targetTw1, src.targetTw2, src.targetTw3, src.targetTw4]);
      expect(r.rakTw).toEqual([src.rakTw1 ?? "", src.rakTw2 ?? "", src.rakTw3 ?? "", src.rakTw4 ?? ""]);
      expect(r.realisasiTw[0]).toBe(src.realisasiTw1);
      expect(r.realisasiAnggaranTw[0]).toBe(src.realisasiAnggaranTw1 ?? "");
      expect(r.pagu).toBe(src.pagu ?? "");
      expect(r.polaritas).toBe("Positif");
      expect(r.sifat).toBe(src.sifat);
    });
    const sub = table.rows.find((r) => r.kode === "3.32.04.2.01.0002");
    expect(sub).toMatchObject({
      level: "subkegiatan",
      program: "Program Pengembangan Kawasan Transmigrasi",
      kegiatan: "Kegiatan Pengembangan Satuan Permukiman pada Tahap Kemandirian",
      sasaran: "Meningkatnya Pengembangan dan Kemandirian Warga Transmigran",
    });
  });

  it("still finds the template when people retype headers (case, line breaks, TW spelling)", () => {
    const twStyles = ["TW I", "TW.1", "Triwulan I", "TR I", "tw 1", "TW-1"];
    const roman = ["I", "II", "III", "IV"];
    const retype = (header: string, style: number, upper: boolean, breakAt: number): string => {
      let h = header.replace(/TW (IV|III|II|I)$/, (_, r: string) => {
        const n = roman.indexOf(r) + 1;
        return twStyles[style].replace("I", r).replace("1", String(n));
      });
      const words = h.split(" ");
      if (words.length > 1) {
        const at = 1 + (breakAt % (words.length - 1));
        h = `${words.slice(0, at).join(" ")}\n${words.slice(at).join("  ")}`;
      }
      return upper ? h.toUpperCase() : h;
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(twStyles.length - 1), fc.boolean(), fc.nat(5)), {
          minLength: TEMPLATE_COLUMNS.length,
          maxLength: TEMPLATE_COLUMNS.length,
        }),
        (choices) => {
          const header = TEMPLATE_COLUMNS.map((c, i) => retype(c.header, ...choices[i]));
          const { table } = expectOk(detectPlan("Bidang A", [header, ...TEMPLATE_TRANSMIGRASI.slice(1)]));
          TEMPLATE_COLUMNS.forEach((c, i) => {
            expect(table.columns[c.field], header[i]).toBe(i);
          });
          expect(table.rows).toHaveLength(TEMPLATE_TRANSMIGRASI_ROWS.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("detectPlan: Rencana Aksi with a merged two-row header (b)", () => {
  const detect = () => expectOk(detectPlan(RENCANA_AKSI_TRANSMIGRASI_TAB, RENCANA_AKSI_TRANSMIGRASI));

  it("skips the title block and the row of column numbers", () => {
    const { table } = detect();
    expect({
      headerTop: table.headerTop,
      headerBottom: table.headerBottom,
      dataStart: table.dataStart,
    }).toEqual(RENCANA_AKSI_TRANSMIGRASI_LAYOUT);
  });

  it("reads the group headers: TR I…IV under RENCANA AKSI PER TRIWULAN, JUMLAH and I…IV under ANGGARAN", () => {
    const { table } = detect();
    expect(table.columns).toMatchObject({
      no: 0,
      kode: 1,
      sasaran: 2,
      uraian: 3,
      indikator: 4,
      satuan: 5,
      sifat: 6,
      targetTahunan: 7,
      targetTw1: 8,
      targetTw2: 9,
      targetTw3: 10,
      targetTw4: 11,
      pagu: 12,
      rakTw1: 13,
      rakTw2: 14,
      rakTw3: 15,
      rakTw4: 16,
      penanggungJawab: 17,
    });
  });

  it("reads the 15 indicators with level from the kode, not the JUMLAH row nor the signature", () => {
    const { table } = detect();
    expect(table.rows.map((r) => ({ kode: r.kode, level: r.level, indikator: r.indikator }))).toEqual(
      TRANSMIGRASI_INDICATORS,
    );
    expect(table.rows.some((r) => /jumlah$/i.test(r.uraian) || r.pagu === "924.007.650")).toBe(false);
    expect(Math.max(...table.rows.map((r) => r.row))).toBe(25);
  });

  it("joins wrapped text rows into the row above and passes names down", () => {
    const { table } = detect();
    const sasaran = "Meningkatnya Pengembangan dan Kemandirian Warga Transmigran";
    const kegiatan = "Kegiatan Penataan Persebaran Penduduk yang Berasal dari 1 (satu) Daerah Kabupaten/Kota";
    expect(table.rows[0]).toMatchObject({ level: "sasaran", sasaran, uraian: sasaran, program: "" });
    expect(table.rows.every((r) => r.sasaran === sasaran)).toBe(true);
    const keg = table.rows.find((r) => r.kode === "3.32.03.2.01");
    expect(keg).toMatchObject({
      uraian: kegiatan,
      kegiatan,
      program: "Program Pembangunan Kawasan Transmigrasi",
    });
    const subs = table.rows.filter((r) => r.kode.startsWith("3.32.03.2.01."));
    expect(subs).toHaveLength(4);
    for (const s of subs) expect(s.kegiatan).toBe(kegiatan);
    expect(table.rows.find((r) => r.kode === "3.32.03.2.01.0002")?.row).toBe(18);
  });

  it("keeps values as typed, so checks can find the budget split that misses the pagu", () => {
    const { table } = detect();
    const bad = table.rows.find((r) => r.kode === TRANSMIGRASI_RAK_ERROR.kode);
    expect(bad?.row).toBe(TRANSMIGRASI_RAK_ERROR.row);
    expect(bad?.pagu).toBe("218.710.800");
    expect(bad?.rakTw).toEqual(["99.150.000", "6.000.000", "40.000.000", "19.560.800"]);
    const sdm = table.rows.find((r) => r.kode === "3.32.04.2.01.0002");
    expect(sdm?.rakTw).toEqual([32_859_172, "89,335,000", "17.175.578", 0]);
    expect(table.rows[0].targetTw).toEqual(["", "", "", "63,57"]);
    expect(table.rows.find((r) => r.kode === "3.32.03")?.targetTw[3]).toBe("50 Ha");
    expect(table.rows.find((r) => r.kode === "3.32.02.2.01.0002")?.pagu).toBe("54,140,650");
  });

  it("reports the realisasi columns a triwulan evaluation still needs (e)", () => {
    const { missing } = detect();
    expect(missing).toEqual([...tw("realisasiTw"), ...tw("realisasiAnggaranTw")]);
    expect(missingMessage(missing)).toBe(
      "Kolom Realisasi TW I–IV dan Realisasi Anggaran TW I–IV belum ada; tambahkan kolom tersebut agar evaluasi triwulan dapat dihitung.",
    );
  });
});

describe("detectPlan: LAKIP evaluation sheet, Program | Kegiatan | Sub Kegiatan side by side (c)", () => {
  const detect = () => expectOk(detectPlan(LAKIP_SEKRETARIAT_TAB, LAKIP_SEKRETARIAT));

  it("makes every indicator of every level its own row", () => {
    const { table } = detect();
    const count = (l: string) => table.rows.filter((r) => r.level === l).length;
    expect(table.rows).toHaveLength(16);
    expect([count("program"), count("kegiatan"), count("subkegiatan")]).toEqual([1, 4, 11]);
    expect(table.headerTop).toBe(5);
    expect(table.dataStart).toBe(7);
  });

  it("records the most detailed level's columns and every level's name column", () => {
    const { table } = detect();
    const sub = LAKIP_COLUMNS.subkegiatan;
    expect(table.columns).toMatchObject({
      program: LAKIP_COLUMNS.program,
      kegiatan: LAKIP_COLUMNS.kegiatan,
      subkegiatan: sub,
      indikator: sub + 1,
      satuan: sub + 2,
      targetTw1: sub + 4,
      targetTw4: sub + 4,
      realisasiTw1: sub + 5,
      capaian: sub + 6,
      keterangan: LAKIP_COLUMNS.ket,
    });
  });

  it("reads the four Triwulan rows into the TW targets, realisasi only where reported", () => {
    const { table } = detect();
    const program = table.rows.find((r) => r.level === "program");
    expect(program).toMatchObject({
      uraian: "Program Penunjang Urusan Pemerintahan daerah Kabupaten/Kota",
      satuan: "%",
      targetTahunan: "",
      targetTw: [0, 0, 0, "95%"],
      realisasiTw: [0, "", "", ""],
      capaian: "0%",
    });
    const rapat = table.rows.find((r) => r.indikator.startsWith("Jumlah Rapat Koordinasi"));
    expect(rapat).toMatchObject({
      targetTw: [18, 10, 20, 12],
      realisasiTw: [13, "", "", ""],
      capaian: "72%",
    });
    const surat = table.rows.find((r) => r.satuan === "Surat");
    expect(surat).toMatchObject({
      targetTw: [312, 312, 313, 313],
      realisasiTw: [327, "", "", ""],
      capaian: "100%",
    });
  });

  it("groups sub kegiatan under the kegiatan and program written to their left, inheriting merged names", () => {
    const { table } = detect();
    const kunjungan = table.rows.find((r) => r.indikator.startsWith("Jumlah kunjungan kerja"));
    expect(kunjungan).toMatchObject({
      level: "subkegiatan",
      uraian: "Penyelenggaraan rapat koordinasi dan konsultasi SKPD",
      kegiatan: "Administrasi Umum Perangkat Daerah",
      program: "Program Penunjang Urusan Pemerintahan daerah Kabupaten/Kota",
      row: 46,
    });
    const dpa = table.rows.find((r) => r.uraian === "Koordinasi dan Penyusunan DPA-SKPD");
    expect(dpa?.kegiatan).toBe("Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah");
    const kegiatanRow = table.rows.find(
      (r) => r.level === "kegiatan" && r.uraian.startsWith("Administrasi Keuangan"),
    );
    expect(kegiatanRow).toMatchObject({ kegiatan: "Administrasi Keuangan Perangkat Daerah", row: 23 });
  });

  it("skips the header repeated after a page break and stops at the signature", () => {
    const { table } = detect();
    expect(table.rows.some((r) => r.row >= 31 && r.row <= 33)).toBe(false);
    expect(table.rows.some((r) => /PATABI|SEKRETARIS/.test(r.uraian + r.indikator))).toBe(false);
    expect(table.rows.at(-1)?.row).toBe(50);
  });

  it("says the budget columns are missing", () => {
    const { missing } = detect();
    expect(missing).toEqual(["pagu", ...tw("realisasiAnggaranTw")]);
  });
});

describe("detectPlan: tabs that are not a plan (d)", () => {
  it("explains in Indonesian that the header row is missing", () => {
    const d = detectPlan("Daftar Hadir", DAFTAR_HADIR);
    expect(d).toEqual({
      ok: false,
      reason:
        "Tab 'Daftar Hadir' tidak memuat baris judul kolom Rencana Aksi (Indikator, Target, …) pada 30 baris pertama.",
    });
  });

  it("tells a budget table without an Indikator column apart", () => {
    const d = detectPlan("Realisasi Anggaran", REALISASI_ANGGARAN_SEKRETARIAT);
    expect(d.ok).toBe(false);
    if (!d.ok)
      expect(d.reason).toMatch(
        /^Tab 'Realisasi Anggaran' memiliki baris judul kolom, tetapi tidak ada kolom Indikator/,
      );
  });

  it("handles an empty tab", () => {
    const d = detectPlan("Bidang A", [["", ""], [""]]);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.reason).toContain("Tab 'Bidang A' kosong");
    expect(detectPlan("Bidang A", []).ok).toBe(false);
  });

  it("reads a huge tab (200.000 rows, e.g. a pasted SP2D list under the header) without crashing", () => {
    const header = TEMPLATE_COLUMNS.map((c) => c.header);
    const rows = Array.from({ length: 200_000 }, (_, i): CellValue[] => [
      i + 1,
      "",
      "",
      "",
      `Indikator ${i + 1}`,
    ]);
    const { table } = expectOk(detectPlan("Bidang A", [header, ...rows]));
    expect(table.rows).toHaveLength(200_000);
    expect(table.rows[199_999]).toMatchObject({ row: 200_000, indikator: "Indikator 200000" });
  });

  it("does not look for the header below the first 30 rows", () => {
    const filler: CellValue[][] = Array.from({ length: 30 }, (_, i) => [`catatan ${i + 1}`]);
    expect(detectPlan("Bidang A", [...filler, ...TEMPLATE_TRANSMIGRASI]).ok).toBe(false);
    expect(detectPlan("Bidang A", [...filler.slice(5), ...TEMPLATE_TRANSMIGRASI]).ok).toBe(true);
  });
});

describe("detectPlan: a plan without realisasi or TW targets (e)", () => {
  it("reads the Perjanjian Kinerja and lists what an evaluation still needs", () => {
    const { table, missing } = expectOk(detectPlan("PK Sekretaris", PERJANJIAN_KINERJA_SEKRETARIAT));
    expect(table.dataStart).toBe(5);
    expect(table.rows.map((r) => r.targetTahunan)).toEqual(["95%", "100%", "100%", "100%"]);
    expect(table.rows[3].indikator).toBe("Persentase BMD yang diadministrasikan sesuai standar");
    expect(missing).toEqual([
      "satuan",
      ...tw("targetTw"),
      ...tw("realisasiTw"),
      "pagu",
      ...tw("realisasiAnggaranTw"),
    ]);
    expect(missingMessage(missing)).toBe(
      "Kolom Satuan, Target TW I–IV, Realisasi TW I–IV, Pagu, dan Realisasi Anggaran TW I–IV belum ada; tambahkan kolom tersebut agar evaluasi triwulan dapat dihitung.",
    );
  });

  it("asks for Target Tahunan only when the TW targets are incomplete", () => {
    const header = ["No", "Indikator", "Satuan", "Target TW I", "Target TW II", "Realisasi TW I"];
    const { missing } = expectOk(detectPlan("Bidang A", [header, [1, "Jumlah MoU", "Dokumen", 0, 0, 0]]));
    expect(missing).toContain("targetTahunan");
    expect(missing).toContain("targetTw3");
    expect(missing).not.toContain("targetTw1");
    expect(missingMessage(["targetTw3", "pagu"])).toBe(
      "Kolom Target TW III dan Pagu belum ada; tambahkan kolom tersebut agar evaluasi triwulan dapat dihitung.",
    );
    expect(missingMessage([])).toBe("Semua kolom yang diperlukan untuk evaluasi triwulan sudah ada.");
    expect(REQUIRED_FIELDS).toContain("realisasiTw4");
  });
});

describe("detectPlan: other layouts from the LAKIP", () => {
  it("reads Target / Realisasi / Capaian over TW I, and the level from the words of the uraian", () => {
    const values: CellValue[][] = [
      ["Realisasi Kinerja Triwulan I", "", "", "", "", ""],
      [
        "Program / Kegiatan/ Sub Kegiatan",
        "Indikator Kinerja",
        "Satuan",
        "Target",
        "Realisasi",
        "Capaian (%)",
      ],
      ["", "", "", "TW I", "TW I", "TW I"],
      [
        "Program Penunjang Urusan Pemerintahan daerah Kabupaten/Kota",
        "Persentase Capaian Pelayanan Administrasi Perkantoran yang terpenuhi",
        "%",
        100,
        "94,28",
        "94,28%",
      ],
      [
        "Kegiatan Administrasi Kepegawaian Perangkat Daerah",
        "Persentase Laporan Administrasi kepegawaian yang disusun tepat waktu",
        "%",
        100,
        "62,5",
        "62,5%",
      ],
      [
        "Bimbingan Teknis Implementasi Peraturan Perundang-Undangan",
        "Jumlah Aparatur yang mengikuti Bimtek, Diklat, Workshop, Seminar Perundang-undangan",
        "Orang",
        4,
        1,
        "25%",
      ],
      ["", "Jumlah Kunjungan Kerja dalam daerah yang dilaksanakan", "Kali", 40, 28, "70%"],
    ];
    const { table } = expectOk(detectPlan("Realisasi TW I", values));
    expect(table.columns).toMatchObject({
      uraian: 0,
      indikator: 1,
      satuan: 2,
      targetTw1: 3,
      realisasiTw1: 4,
      capaian: 5,
    });
    expect(table.rows.map((r) => r.level)).toEqual(["program", "kegiatan", null, null]);
    expect(table.rows[1].program).toBe("Program Penunjang Urusan Pemerintahan daerah Kabupaten/Kota");
    expect(table.rows[3].uraian).toBe("Bimbingan Teknis Implementasi Peraturan Perundang-Undangan");
    expect(table.rows[3].kegiatan).toBe("Kegiatan Administrasi Kepegawaian Perangkat Daerah");
  });

  it("takes the level from the name column when Program, Kegiatan and Sub Kegiatan have their own columns", () => {
    const values: CellValue[][] = [
      ["Program", "Kegiatan", "Sub Kegiatan", "Indikator", "Satuan", "Target", "Realisasi TW I"],
      ["Program Hubungan Industrial", "", "", "Angka Sengketa Pengusaha Pekerja Pertahun", "%", "14,50", ""],
      [
        "",
        "Pencegahan dan Penyelesaian Perselisihan Hubungan Industrial",
        "",
        "Persentase kasus perselisihan yang difasilitasi",
        "%",
        100,
        100,
      ],
      [
        "",
        "",
        "Pengesahan Peraturan Perusahaan bagi Perusahaan",
        "Jumlah Perusahaan yang dibina dalam Pembuatan PP/PKB",
        "Perusahaan",
        9,
        9,
      ],
      ["", "", "", "Jumlah Rekomendasi yang dikeluarkan", "Rekomendasi", 4, 4],
      ["", "TOTAL", "", "", "", "", ""],
    ];
    const { table } = expectOk(detectPlan("Bidang HI", values));
    expect(table.rows.map((r) => r.level)).toEqual(["program", "kegiatan", "subkegiatan", "subkegiatan"]);
    expect(table.rows[3]).toMatchObject({
      uraian: "Pengesahan Peraturan Perusahaan bagi Perusahaan",
      kegiatan: "Pencegahan dan Penyelesaian Perselisihan Hubungan Industrial",
      program: "Program Hubungan Industrial",
    });
    expect(table.rows[2].program).toBe("Program Hubungan Industrial");
  });

  it("reads the Rencana Aksi page layout: Sasaran | Program | Kegiatan | Sub Kegiatan, Triwulan rows", () => {
    const header = ["No", "Sasaran", "Uraian Indikator Kinerja", "Satuan", "Target", ""];
    const values: CellValue[][] = [
      ["RENCANA AKSI", ...Array<CellValue>(22).fill("")],
      [
        ...header,
        ...["Program", "Uraian Indikator Kinerja", "Satuan", "Target", ""],
        ...["No", "Kegiatan", "Uraian Indikator Kinerja", "Satuan", "Target", ""],
        ...["Sub Kegiatan", "Uraian Indikator Kinerja", "Satuan", "Target", ""],
        "Ket",
      ],
      [
        ...[1, "Meningkatnya Kualitas dan pencapaian Kinerja Penyelenggaraan Urusan Perangkat Daerah"],
        ...["NILAI SAKIP", "", "Triwulan I", ""],
        ...["Program Penunjang Urusan Pemerintahan daerah Kabupaten/Kota"],
        ...["Persentase Penunjang Urusan Perangkat Daerah berjalan sesuai standar", "%", "Triwulan I", ""],
        ...[1, "Perencanaan, Penganggaran, dan Evaluasi Kinerka Perangkat Daerah"],
        ...[
          "Persentase Penyusunan Dokumen Perencanaan, Penganggaran dan Evaluasi tepat waktu",
          "%",
          "Triwulan I",
          "",
        ],
        ...["Penyusunan Dokumen Perencanaan Perangkat Daerah"],
        ...["Jumlah Dokumen Perencanaan yang disusun tepat waktu", "Dokumen", "Triwulan I", 0, ""],
      ],
      [
        "",
        "",
        "",
        "",
        "Triwulan II",
        "",
        "",
        "",
        "",
        "Triwulan II",
        "",
        "",
        "",
        "",
        "",
        "Triwulan II",
        "",
        "",
        "",
        "",
        "Triwulan II",
        1,
        "",
      ],
      [
        "",
        "",
        "",
        "",
        "Triwulan III",
        "",
        "",
        "",
        "",
        "Triwulan III",
        "",
        "",
        "",
        "",
        "",
        "Triwulan III",
        "",
        "",
        "",
        "",
        "Triwulan III",
        1,
        "",
      ],
      [
        "",
        "",
        "",
        "",
        "Triwulan IV",
        "",
        "",
        "",
        "",
        "Triwulan IV",
        "95%",
        "",
        "",
        "",
        "",
        "Triwulan IV",
        "100%",
        "",
        "",
        "",
        "Triwulan IV",
        0,
        "",
      ],
    ];
    const { table, missing } = expectOk(detectPlan("Renaksi Sekretariat", values));
    expect(table.rows.map((r) => [r.level, r.uraian])).toEqual([
      ["sasaran", "Meningkatnya Kualitas dan pencapaian Kinerja Penyelenggaraan Urusan Perangkat Daerah"],
      ["program", "Program Penunjang Urusan Pemerintahan daerah Kabupaten/Kota"],
      ["kegiatan", "Perencanaan, Penganggaran, dan Evaluasi Kinerka Perangkat Daerah"],
      ["subkegiatan", "Penyusunan Dokumen Perencanaan Perangkat Daerah"],
    ]);
    expect(table.rows.map((r) => r.targetTw)).toEqual([
      ["", "", "", ""],
      ["", "", "", "95%"],
      ["", "", "", "100%"],
      [0, 1, 1, 0],
    ]);
    expect(table.columns).toMatchObject({
      sasaran: 1,
      program: 6,
      kegiatan: 12,
      subkegiatan: 17,
      indikator: 18,
    });
    expect(missing).toContain("realisasiTw1");
  });

  it('reads the Rencana Aksi\'s mistyped "TriwulanI III" as Triwulan III', () => {
    // Page 1 of the Luwu Timur Renaksi writes "TriwulanI III" in its Sasaran and Program columns.
    const values: CellValue[][] = [
      ["Sub Kegiatan", "Uraian Indikator Kinerja", "Satuan", "Target", ""],
      [
        "Penyusunan Dokumen Perencanaan Perangkat Daerah",
        "Jumlah Dokumen Perencanaan yang disusun tepat waktu",
        "Dokumen",
        "Triwulan I",
        0,
      ],
      ["", "", "", "Triwulan II", 1],
      ["", "", "", "TriwulanI III", 1],
      ["", "", "", "Triwulan IV", 0],
    ];
    const { table } = expectOk(detectPlan("Renaksi Sekretariat", values));
    expect(table.rows.map((r) => r.targetTw)).toEqual([[0, 1, 1, 0]]);
  });

  it("uses the triwulan of the title for a lone Realisasi column", () => {
    const values: CellValue[][] = [
      ["EVALUASI KINERJA BIDANG HUBUNGAN INDUSTRIAL", "", "", "", ""],
      ["TRIWULAN II TAHUN 2024", "", "", "", ""],
      ["Uraian", "Indikator Kinerja", "Satuan", "Target", "Realisasi"],
      [
        "Pelaksanaan Operasional Lembaga Kerjasama Tripartit Daerah",
        "Jumlah Organisasi Pekerja/Pengusaha yang dibina",
        "OPP",
        8,
        8,
      ],
    ];
    const { table } = expectOk(detectPlan("HI TW II", values));
    expect(table.columns.realisasiTw2).toBe(4);
    expect(table.rows[0].realisasiTw).toEqual(["", 8, "", ""]);
    expect(table.rows[0].targetTahunan).toBe(8);
  });
});
