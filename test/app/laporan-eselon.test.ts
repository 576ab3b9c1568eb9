/**
 * Trial 7: a Dinas PUPR whose plan tabs are per eselon (test/fixtures/eselon.ts: 'Eselon II' sasaran
 * and programs, 'Eselon III' kegiatan, 'Eselon IV' sub kegiatan, each lower tab repeating the
 * sasaran, program or kegiatan above its own rows). The LAKIP's and the LKjIP's IKU tables listed
 * the repeated IKU again, a program indicator of 'Eselon III' and a sub kegiatan output of 'Eselon
 * IV' (5 rows for 2 IKU). As the reference LAKIP (one "Capaian Kinerja Sasaran Strategis" table per
 * sasaran, its IKU only) and LKjIP (Tabel 3.17 of the PK's IKU): each sasaran-level indicator once;
 * the kegiatan and sub kegiatan stay in their eselon's evaluation form and budget tables. Decided by
 * structure (the tab's highest budget line, else its eselon), so tabs named otherwise, or plans
 * without kode, read the same.
 */
import { describe, expect, it } from "vitest";
import { laporanDocument } from "../../src/app/laporan";
import type { ReportChart, ReportDocument, ReportTable } from "../../src/core/report/model";
import { dinasPupr, ESELON_TABS, type EselonLine } from "../fixtures/eselon";

const IKU = [
  "Persentase jalan kabupaten dalam kondisi mantap",
  "Persentase rumah tangga dengan akses air minum layak",
];

const table = (doc: ReportDocument, id: string) =>
  doc.blocks.find((b): b is ReportTable => b.kind === "table" && b.id === id) as ReportTable;
const indicators = (t: ReportTable, col: number) => t.rows.map((r) => r.cells[col].text);
const texts = (doc: ReportDocument) =>
  doc.blocks.flatMap((b) => (b.kind === "paragraph" || b.kind === "heading" ? [b.text] : []));

/** The same office with its tabs renamed (no eselon word) or without kode (levels by the tabs' eselon). */
const VARIANTS: [string, Record<string, EselonLine[]>][] = [
  ["tabs named 'Eselon II', 'Eselon III', 'Eselon IV'", ESELON_TABS],
  [
    "tabs named after their units ('Kepala Dinas', 'Bidang Bina Marga', 'Seksi Jalan'), kode read",
    {
      "Kepala Dinas": ESELON_TABS["Eselon II"],
      "Bidang Bina Marga": ESELON_TABS["Eselon III"],
      "Seksi Jalan": ESELON_TABS["Eselon IV"],
    },
  ],
  [
    "no kode anywhere, the tabs' eselon in their names",
    Object.fromEntries(
      Object.entries(ESELON_TABS).map(([tab, lines]) => [tab, lines.map((l) => ({ ...l, kode: undefined }))]),
    ),
  ],
];

describe.each(VARIANTS)("per-eselon plan, %s", (_, tabs) => {
  const { port } = dinasPupr(tabs);
  const [first, second, third] = Object.keys(tabs);

  it("LAKIP TW II: the IKU table, its chart and the per-sasaran tables list each IKU once", () => {
    const doc = laporanDocument(port, { tw: 2 });
    expect(indicators(table(doc, "iku"), 2)).toEqual(IKU);
    expect(table(doc, "iku").rows.map((r) => r.cells.slice(4).map((c) => c.text))).toEqual([
      ["72,5", "70,5", "70,9", "100,57", "Sangat Tinggi", "97,79"],
      ["88", "86", "86,4", "100,47", "Sangat Tinggi", "98,18"],
    ]);
    const chart = doc.blocks.find((b): b is ReportChart => b.kind === "chart" && b.id === "grafik-capaian");
    expect(chart?.categories).toEqual(IKU);
    const perSasaran = doc.blocks.filter(
      (b): b is ReportTable => b.kind === "table" && b.caption === "Capaian Kinerja Sasaran Strategis",
    );
    expect(perSasaran.flatMap((t) => indicators(t, 2))).toEqual(IKU);
    expect(texts(doc).find((t) => t.startsWith("Pada Triwulan II"))).toContain("(2 indikator sasaran)");
    // A sasaran repeated in a lower tab keeps its number; the lower tabs' own rows stay in their form.
    expect(texts(doc).filter((t) => t.startsWith("Sasaran "))).toEqual([
      "Sasaran 1: Meningkatnya kemantapan jalan kabupaten",
      "Sasaran 2: Meningkatnya akses air minum layak",
      "Sasaran 1: Meningkatnya kemantapan jalan kabupaten",
      "Sasaran 2: Meningkatnya akses air minum layak",
      "Sasaran 1: Meningkatnya kemantapan jalan kabupaten",
      "Sasaran 2: Meningkatnya akses air minum layak",
    ]);
    expect(indicators(table(doc, `evaluasi-${second}`), 2)).toContain(
      "Panjang jalan kabupaten yang ditangani",
    );
    expect(indicators(table(doc, `evaluasi-${third}`), 2)).toContain("Panjang jalan yang dipelihara berkala");
    expect(indicators(table(doc, `evaluasi-${first}`), 2)).toContain(
      "Persentase panjang jalan kabupaten yang ditangani",
    );
  });

  it("LKjIP: Tabel 3.17 to 3.21 list each IKU once", () => {
    const doc = laporanDocument(port, { tw: "tahunan" });
    expect(indicators(table(doc, "3.17"), 2)).toEqual(IKU);
    expect(indicators(table(doc, "3.18"), 1)).toEqual(IKU);
    expect(indicators(table(doc, "3.19"), 1)).toEqual(IKU);
    expect(indicators(table(doc, "3.20"), 2)).toEqual(IKU);
    expect(indicators(table(doc, "3.21"), 1)).toEqual(IKU);
  });
});

// Review 8 §8: an ordinary bidang tab whose highest budget line is a kegiatan (its program in no tab)
// is not a lower eselon's: its sasaran and IKU are its own, in the IKU table and its sasaran section.
describe("a bidang listing a kegiatan without its program", () => {
  const jalan: EselonLine = {
    sasaran: "Meningkatnya kemantapan jalan",
    indikator: "Persentase jalan mantap",
    satuan: "%",
    target: 72.5,
    targetTw: [70, 70.5, 71.5, 72.5],
    realisasi: [69.8, 70.9],
  };
  const program: EselonLine = {
    kode: [1, "03", "02"],
    uraian: "PROGRAM PENYELENGGARAAN JALAN",
    indikator: "Persentase jalan ditangani",
    satuan: "%",
    target: 20,
    targetTw: [5, 10, 15, 20],
    pagu: 8_000_000_000,
    realisasi: [4, 9],
    spent: [500_000_000, 1_000_000_000],
  };
  const air: EselonLine = {
    sasaran: "Meningkatnya akses air minum",
    indikator: "Persentase rumah tangga akses air minum",
    satuan: "%",
    target: 88,
    targetTw: [85, 86, 87, 88],
    realisasi: [85.2, 86.4],
  };
  const kegiatan: EselonLine = {
    kode: [1, "03", "03", "2.01"],
    uraian: "Pengelolaan SPAM",
    indikator: "Jumlah SPAM dikelola",
    satuan: "unit",
    target: 12,
    targetTw: [12, 12, 12, 12],
    pagu: 2_500_000_000,
    realisasi: [12, 12],
    spent: [300_000_000, 700_000_000],
  };
  const { port } = dinasPupr({
    "Bidang Bina Marga": [jalan, program],
    "Bidang Cipta Karya": [air, kegiatan],
  });
  const both = ["Persentase jalan mantap", "Persentase rumah tangga akses air minum"];

  it("LAKIP TW II lists both bidang's IKU, each in its own sasaran section, the kegiatan in neither", () => {
    const doc = laporanDocument(port, { tw: 2 });
    expect(indicators(table(doc, "iku"), 2)).toEqual(both);
    expect(
      table(doc, "iku")
        .rows[1].cells.slice(4)
        .map((c) => c.text),
    ).toEqual(["88", "86", "86,4", "100,47", "Sangat Tinggi", "98,18"]);
    const perSasaran = doc.blocks.filter(
      (b): b is ReportTable => b.kind === "table" && b.caption === "Capaian Kinerja Sasaran Strategis",
    );
    expect(perSasaran.map((t) => indicators(t, 2))).toEqual([[both[0]], [both[1]]]);
  });

  it("LKjIP: Tabel 3.17 lists both", () => {
    const doc = laporanDocument(port, { tw: "tahunan" });
    expect(indicators(table(doc, "3.17"), 2)).toEqual(both);
  });
});
