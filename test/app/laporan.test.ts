/**
 * "Buat laporan" on the demo office (the reference LAKIP TW I's Dinas): the anggaran table of the
 * LAKIP TW I reproduced from the demo's figures exactly, the narrative computed right (97,03 %, not
 * the printed 97,02 %), every figure equal to the evaluation tab's, and the report tab regenerated
 * in place without losing what a person typed.
 */
import { describe, expect, it } from "vitest";
import { generateLaporan, laporanDocument } from "../../src/app/laporan";
import { generateTriwulan } from "../../src/app/triwulan";
import type { ReportDocument, ReportParagraph, ReportTable } from "../../src/core/report/model";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";

const TRANSMIGRASI = "Bidang Transmigrasi";

function demo() {
  const wb = demoWorkbook();
  return { wb, ...emulatedPort(wb) };
}

const tables = (doc: ReportDocument) => doc.blocks.filter((b): b is ReportTable => b.kind === "table");
const paragraphs = (doc: ReportDocument) =>
  doc.blocks.filter((b): b is ReportParagraph => b.kind === "paragraph").map((p) => p.text);
const texts = (t: ReportTable) => t.rows.map((r) => r.cells.map((c) => c.text));

// The reference LAKIP TW I 2024 (Luwu Timur), "Analisis Atas Efisiensi Penggunaan Sumber Daya":
// NO | PROGRAM/KEGIATAN | JUMLAH ANGGARAN | TARGET ANGGARAN KAS TW I | REALISASI S.D 31 MARET 2024 | %.
// Its programs are numbered V–VII across the office; here the bidang's own report numbers them I–III.
// biome-ignore format: one printed row per line
const REFERENCE_TW1: [string, string, string, string, string][] = [
  ["Program Perencanaan Kawasan Transmigrasi", "82.476.650", "64.250.000", "770.000", "1,20"],
  ["Kegiatan Pencadangan Tanah untuk Kawasan Transmigrasi", "82.476.650", "64.250.000", "770.000", "1,20"],
  ["1 Identifikasi Potensi Kawasan Transmigrasi", "28.336.000", "16.750.000", "770.000", "4,60"],
  ["2 Penyediaan Tanah untuk Pembangunan Kawasan Transmigrasi", "54.140.650", "47.500.000", "-", "-"],
  ["Program Pembangunan Kawasan Transmigrasi", "332.641.350", "155.098.950", "27.028.360", "17,43"],
  ["Kegiatan Penataan Persebaran Penduduk yang Berasal dari 1 (satu) Daerah Kabupaten/Kota", "332.641.350", "155.098.950", "27.028.360", "17,43"],
  ["1 Koordinasi dan Sinkronisasi Kerjasama Pembangunan Transmigrasi Yang Berasal Dari 1 (satu) Daerah Kabupaten/Kota", "218.710.800", "99.150.000", "20.598.360", "20,77"],
  ["2 Penyiapan Lingkungan Hunian Fisik, Sosial, Ekonomi bagi Penduduk Setempat dan Transmigran", "46.348.950", "25.368.950", "930.000", "3,67"],
  ["3 Pemindahan dan Penempatan Transmigran Yang Berasal Dari 1 (satu) Daerah Kabupaten/Kota", "37.001.600", "-", "-", "-"],
  ["4 Penyuluhan Transmigrasi", "30.580.000", "30.580.000", "5.500.000", "17,99"],
  ["Program Pengembangan Kawasan Transmigrasi", "508.889.650", "66.436.572", "10.045.000", "15,12"],
  ["Kegiatan Pengembangan Satuan Permukiman pada Tahap Kemandirian", "508.889.650", "66.436.572", "10.045.000", "15,12"],
  ["1 Penguatan Infrastruktur Sosial, Ekonomi dan Kelembagaan dalam rangka Kemandirian Satuan Permukiman", "369.519.900", "33.577.400", "6.045.000", "18,00"],
  ["2 Penguatan SDM dalam rangka Kemandirian Satuan Pemukiman", "139.369.750", "32.859.172", "4.000.000", "12,17"],
];

describe("LAKIP triwulan from the demo workbook", () => {
  it("reproduces the reference LAKIP TW I anggaran table exactly, TOTAL 285.785.522 and 13,24 %", () => {
    const { port } = demo();
    const doc = laporanDocument(port, { tw: 1, tabs: [TRANSMIGRASI] });
    const table = tables(doc).find((t) => t.id.startsWith("anggaran-")) as ReportTable;
    expect(table.header[0].map((c) => c.text)).toEqual([
      "No",
      "Program / Kegiatan / Sub Kegiatan",
      "Jumlah anggaran (Rp)",
      "Target anggaran kas s.d. TW I 2024 (Rp)",
      "Realisasi anggaran s.d. 31 Maret 2024 (Rp)",
      "%",
    ]);
    const rows = texts(table);
    expect(rows.slice(0, -1).map((r) => r.slice(1))).toEqual(REFERENCE_TW1);
    expect(rows.map((r) => r[0])).toEqual([
      "I",
      "1",
      "",
      "",
      "II",
      "1",
      "",
      "",
      "",
      "",
      "III",
      "1",
      "",
      "",
      "TOTAL",
    ]);
    expect(rows.at(-1)).toEqual(["TOTAL", "", "924.007.650", "285.785.522", "37.843.360", "13,24"]);
    // The prose under it quotes its own table's total (the reference's prose said 285.785.552).
    expect(paragraphs(doc)).toContain(
      "Pagu anggaran yang mendukung sasaran ini sebesar Rp 924.007.650, target anggaran kas s.d. Triwulan I Tahun 2024 sebesar Rp 285.785.522 dengan realisasi sebesar Rp 37.843.360 atau 13,24 % dari anggaran kas.",
    );
  });

  it("computes the reference's narrative right: 97,03 % (the report printed 97,02 %), last year, Renstra", () => {
    const { port } = demo();
    const doc = laporanDocument(port, { tw: 1, tabs: [TRANSMIGRASI] });
    const narasi = doc.blocks.find(
      (b) => b.kind === "paragraph" && b.id.startsWith("narasi-"),
    ) as ReportParagraph;
    expect(narasi.draft).toBe(true);
    expect(narasi.text).toBe(
      // As the reference LAKIP words it; its TW I has no target of its own (akhir: only TW IV), so the
      // progress against the annual target carries no kriteria (the form's Kriteria says "–").
      "Capaian Persentase Warga Transmigran Mandiri pada Triwulan I Tahun 2024 yaitu 61,68 % dari target 63,57 % atau dengan tingkat capaian 97,03 %. Belum ada target s.d. triwulan ini, sehingga capaian tersebut belum diberi kriteria. " +
        "Realisasi tahun 2023 sebesar 61,68 % dari target 62,77 % (capaian 98,26 %); realisasi s.d. Triwulan I Tahun 2024 sama dengan tahun 2023. " +
        "Target akhir Renstra (2026) Persentase Warga Transmigran Mandiri yaitu 65,52 %; realisasi saat ini 61,68 % atau 94,14 % dari target akhir, masih kurang 3,84 poin persen.",
    );
    // Nothing typed in the evaluation tab yet: a visible request, never an invented reason.
    const asks = doc.blocks.filter((b) => b.kind === "paragraph" && b.placeholder);
    expect(asks.map((b) => (b as ReportParagraph).text)).toContain(
      `[Faktor pendorong belum ditulis: buat tab 'Evaluasi TW I 2024' dengan “Buat tab Triwulan”, lalu isi kolom "Faktor pendorong" indikator ini di tab 'Evaluasi TW I 2024', lalu buat laporan lagi.]`,
    );
  });

  it("shows every figure of the evaluation tab, and the faktor typed there", () => {
    const { port, wb } = demo();
    generateTriwulan(port, { tw: 2 });
    const evaluasi = wb.getTab("Evaluasi TW II 2024");
    const values = wb.values(evaluasi, { row: 1, col: 1, rows: 80, cols: 27 });
    const header = values[4].map(String);
    const col = (h: string) => header.indexOf(h);
    const rows = values.slice(5).filter((r) => r[col("Kunci")] !== "");
    // A person types the reasons for the Warga Transmigran Mandiri indicator.
    const mandiri = rows.findIndex((r) => r[col("Indikator")] === "Persentase Warga Transmigran Mandiri");
    wb.write(evaluasi, 6 + values.slice(5).indexOf(rows[mandiri]), col("Faktor pendorong") + 1, [
      ["Pembinaan usaha ekonomi warga transmigran", "Sengketa lahan di permukiman", "Mediasi sengketa lahan"],
    ]);
    const doc = laporanDocument(port, { tw: 2 });
    const forms = tables(doc).filter((t) => t.id.startsWith("evaluasi-"));
    const formRows = forms.flatMap((t) => t.rows);
    expect(formRows).toHaveLength(rows.length);
    const shown = (v: unknown) => (typeof v === "number" ? v : String(v));
    formRows.forEach((r, i) => {
      const e = rows[i];
      expect(r.cells[2].text).toBe(e[col("Indikator")]);
      for (const [cell, h] of [
        [6, "Target s.d. TW II"],
        [7, "Realisasi s.d. TW II"],
        [8, "Capaian s.d. TW II (%)"],
      ] as const) {
        const v = e[col(h)];
        if (typeof v === "number")
          expect(r.cells[cell].value, `${h} of ${e[col("Indikator")]}`).toBeCloseTo(v, 9);
        else
          expect(r.cells[cell].text, `${h} of ${e[col("Indikator")]}`).toBe(
            v === "" ? (cell === 7 ? "belum diisi" : "–") : shown(v),
          );
      }
      expect(r.cells[9].text).toBe(e[col("Kriteria")] === "" ? "-" : e[col("Kriteria")]);
    });
    // The anggaran tables' cells are the tab's RAK and realisasi anggaran s.d. TW II.
    const byName = new Map(
      rows.map((r) => [String(r[col("Sasaran / Program / Kegiatan / Sub Kegiatan")] || ""), r]),
    );
    let compared = 0;
    for (const t of tables(doc).filter((x) => x.id.startsWith("anggaran-")))
      for (const r of t.rows) {
        const e = byName.get(r.cells[1].text.trim());
        if (!e || r.kind === "total") continue;
        for (const [cell, h] of [
          [2, "Pagu (Rp)"],
          [3, "RAK s.d. TW II (Rp)"],
          [4, "Realisasi anggaran s.d. TW II (Rp)"],
          [5, "Serapan thd RAK s.d. TW II (%)"],
        ] as const) {
          const v = e[col(h)];
          if (typeof v === "number" && v !== 0) expect(r.cells[cell].value).toBeCloseTo(v, 9);
          // A sum the tab names as "Ada angka tersimpan sebagai teks" is "-" here; the note under the table names the cells.
          else expect(r.cells[cell].text).toBe("-");
          compared++;
        }
      }
    expect(compared).toBeGreaterThan(40);
    expect(paragraphs(doc)).toContain("Faktor pendorong: Pembinaan usaha ekonomi warga transmigran");
    expect(paragraphs(doc)).toContain("Tindak lanjut: Mediasi sengketa lahan");
  });
});

it("says 'belum diisi' where the evaluation tab does: a TW with a target and no realisasi yet (TW III)", () => {
  const { port, wb } = demo();
  generateTriwulan(port, { tw: 3 });
  const values = wb.values(wb.getTab("Evaluasi TW III 2024"), { row: 1, col: 1, rows: 80, cols: 27 });
  const header = values[4].map(String);
  const col = (h: string) => header.indexOf(h);
  const rows = values.slice(5).filter((r) => r[col("Kunci")] !== "");
  const form = tables(laporanDocument(port, { tw: 3 }))
    .filter((t) => t.id.startsWith("evaluasi-"))
    .flatMap((t) => t.rows);
  expect(form.map((r) => r.cells[9].text)).toEqual(
    rows.map((r) => (r[col("Kriteria")] === "" ? "-" : r[col("Kriteria")])),
  );
  expect(form.filter((r) => r.cells[9].text === "belum diisi").length).toBeGreaterThan(10);
  expect(form.map((r) => r.cells[7].text === "belum diisi")).toEqual(
    rows.map((r) => r[col("Realisasi s.d. TW III")] === ""),
  );
});

describe("the report tab", () => {
  it("is made with its charts, and regenerated without overwriting what a person typed", () => {
    const { port, wb } = demo();
    const first = generateLaporan(port, { tw: 2 });
    expect(first.message).toMatch(/^Tab 'Laporan TW II 2024' dibuat: .*3 grafik; 0 isian Anda tertimpa\.$/);
    const tab = wb.getTab("Laporan TW II 2024");
    expect(tab.charts.map((c) => c.options.title)).toEqual([
      "Capaian indikator sasaran thd target tahunan s.d. Triwulan II Tahun 2024",
      "Kriteria capaian s.d. Triwulan II Tahun 2024 per bidang",
      "Realisasi anggaran thd anggaran kas s.d. Triwulan II Tahun 2024 per program",
    ]);
    const values = () => wb.values(tab, { row: 1, col: 1, rows: tab.maxRows, cols: 13 });
    const before = values();
    const at = before.findIndex((r) =>
      String(r[0]).startsWith("[Draf] Capaian Persentase Warga Transmigran Mandiri"),
    );
    expect(at).toBeGreaterThan(0);
    // Text stays text: "97,03" is not turned into a number.
    expect(before.some((r) => r.includes("97,03"))).toBe(true);
    // A person rewrites the draft and adds a line of their own below the last row.
    wb.write(tab, at + 1, 1, [
      ["Capaian warga transmigran mandiri 97,03 %: ditulis ulang oleh Kasubag Perencanaan."],
    ]);
    const last = before.length - 1 - [...before].reverse().findIndex((r) => r.some((v) => v !== ""));
    wb.write(tab, last + 3, 2, [["Catatan Kepala Dinas: percepat sertifikat lahan."]]);
    const again = generateLaporan(port, { tw: 2 });
    expect(again.message).toContain("diperbarui");
    expect(again.kept).toBe(1);
    expect(again.moved).toBe(1);
    const after = values();
    expect(after[at][0]).toBe(
      "Capaian warga transmigran mandiri 97,03 %: ditulis ulang oleh Kasubag Perencanaan.",
    );
    expect(after.some((r) => r[1] === "Catatan Kepala Dinas: percepat sertifikat lahan.")).toBe(true);
    // Run once more: the same text, still kept, in the same place, nothing duplicated.
    generateLaporan(port, { tw: 2 });
    const third = values();
    expect(third[at][0]).toBe(after[at][0]);
    expect(third.filter((r) => r[1] === "Catatan Kepala Dinas: percepat sertifikat lahan.")).toHaveLength(1);
    expect(tab.charts).toHaveLength(3);
  });

  it("refuses to write over a tab of the same name that a person made", () => {
    const { port, wb } = demo();
    const mine = wb.addTab("Laporan TW II 2024");
    wb.write(mine, 1, 1, [["laporan saya"]]);
    expect(() => generateLaporan(port, { tw: 2 })).toThrow(/bukan buatan add-on SAKIP/);
  });
});
