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
