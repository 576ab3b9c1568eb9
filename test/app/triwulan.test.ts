import { describe, expect, it } from "vitest";
import { dinas as synthetic } from "../../scripts/synthetic";
import type { CellValue } from "../../src/app/port";
import { generateTriwulan } from "../../src/app/triwulan";
import { columnLetter } from "../../src/core/a1";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { HEADER_ROW } from "../../src/core/evaluasi";
import { formatDisplay } from "../../src/emulator/format";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { CORPUS, type CorpusLayout } from "../fixtures/layouts";
import {
  LAKIP_SEKRETARIAT,
  LAKIP_SEKRETARIAT_TAB,
  RENCANA_AKSI_TRANSMIGRASI,
  RENCANA_AKSI_TRANSMIGRASI_TAB,
  TEMPLATE_TRANSMIGRASI,
  TEMPLATE_TRANSMIGRASI_TAB,
} from "../fixtures/plans";
import { evaluationRows } from "../utils/evaluasi";

const col = (header: string) => TEMPLATE_COLUMNS.findIndex((c) => c.header === header);

/** A Dinas workbook: Pengaturan and the Luwu Timur transmigration plan as a bidang tab. */
function dinas(extra?: (wb: MemoryWorkbook) => void) {
  const wb = transmigrasiWorkbook({ bidang: [TEMPLATE_TRANSMIGRASI_TAB] });
  extra?.(wb);
  const { port, gas } = emulatedPort(wb);
  return { wb, port, gas };
}

const rows = evaluationRows;

describe("Buat tab Triwulan on the emulated spreadsheet", () => {
  it("computes targets s.d. TW by sifat, capaian, kriteria and serapan as a person would", () => {
    const { port } = dinas();
    const report = generateTriwulan(port, { tw: 1 });
    expect(report.tab).toBe("Evaluasi TW I 2024");
    expect(report.message).toBe(
      "Tab 'Evaluasi TW I 2024' dibuat: 12 indikator dari 1 tab bidang, 0 data lama tertimpa; ringkasan dan grafiknya di tab 'Ringkasan TW I 2024'.",
    );
    const r = rows(port, report.tab);
    expect(r).toHaveLength(12);
    const mandiri = r.find((x) => x.Indikator === "Persentase Warga Transmigran Mandiri") as Record<
      string,
      CellValue
    >;
    // Akhir: target TW I is empty, so capaian TW I is not computable; against the annual 63,57 it is 97,03.
    expect(mandiri["Sifat target"]).toBe("akhir");
    // Typed as text "61,68": read as the number it is.
    expect(mandiri["Realisasi s.d. TW I"]).toBe(61.68);
    expect(mandiri["Capaian thd target tahunan (%)"]).toBeCloseTo(97.03, 2);
    // No TW target is no error: "–" and a note, where the plan simply has nothing for the quarter.
    expect(mandiri.Kriteria).toBe("–");
    expect(mandiri["Capaian s.d. TW I (%)"]).toBe("–");
    expect(mandiri["Capaian TW I (%)"]).toBe("–");
    expect(mandiri.Keterangan).toBe("tidak ditargetkan TW ini, tetapi ada realisasi");
  });

  it("TW II: sums kumulatif, takes the TW value for tetap, and computes serapan and kriteria", () => {
    const { port, wb } = dinas();
    const plan = wb.getTab(TEMPLATE_TRANSMIGRASI_TAB);
    const rowOf = (indikator: string) =>
      TEMPLATE_TRANSMIGRASI.findIndex((r) => r[col("Indikator")] === indikator) + 1;
    const type = (indikator: string, header: string, v: CellValue) =>
      wb.write(plan, rowOf(indikator), col(header) + 1, [[v]]);
    type("Jumlah Transmigran yang dibina Usaha Ekonominya", "Realisasi TW II", 80);
    type("Jumlah Transmigran yang dibina Usaha Ekonominya", "Realisasi Anggaran TW II", 100_000_000);
    type("Persentase Masyarakat Transmigran yang dibina", "Realisasi TW II", 95);
    type("Persentase Masyarakat Transmigran yang dibina", "Realisasi Anggaran TW II", 150_000_000);
    type("Jumlah Luas Wilayah Transmigrasi yang di Bangun", "Realisasi TW II", 20);

    const report = generateTriwulan(port, { tw: 2 });
    expect(report.tab).toBe("Evaluasi TW II 2024");
    const r = rows(port, report.tab);
    const get = (indikator: string) => r.find((x) => x.Indikator === indikator) as Record<string, CellValue>;

    // Kumulatif, targets 0 + 92: s.d. TW II target 92, realisasi 0 + 80 = 80.
    const dibina = get("Jumlah Transmigran yang dibina Usaha Ekonominya");
    expect(dibina["Target s.d. TW II"]).toBe(92);
    expect(dibina["Realisasi s.d. TW II"]).toBe(80);
    expect(dibina["Capaian TW II (%)"]).toBeCloseTo(86.96, 2);
    expect(dibina["Capaian s.d. TW II (%)"]).toBeCloseTo(86.96, 2);
    expect(dibina.Kriteria).toBe("Tinggi");
    expect(dibina["RAK s.d. TW II (Rp)"]).toBe(32_859_172 + 89_335_000);
    expect(dibina["Realisasi anggaran s.d. TW II (Rp)"]).toBe(104_000_000);
    expect(dibina["Serapan thd pagu (%)"]).toBeCloseTo(74.62, 2);
    expect(dibina["Serapan thd RAK s.d. TW II (%)"]).toBeCloseTo(
      (104_000_000 / (32_859_172 + 89_335_000)) * 100,
      6,
    );
    expect(dibina["Efisiensi thd RAK s.d. TW II"]).toBe(""); // capaian below 100: not computed, not 0

    // Tetap 100 every TW: s.d. TW II is the TW II value itself.
    const pembinaan = get("Persentase Masyarakat Transmigran yang dibina");
    expect(pembinaan["Target s.d. TW II"]).toBe(100);
    expect(pembinaan["Realisasi s.d. TW II"]).toBe(95);
    expect(pembinaan["Capaian s.d. TW II (%)"]).toBe(95);
    expect(pembinaan.Kriteria).toBe("Sangat Tinggi");
    expect(pembinaan["Serapan thd pagu (%)"]).toBeCloseTo((160_045_000 / 508_889_650) * 100, 6);

    // Kumulatif 38 in TW I only, nothing yet in TW II: s.d. TW II is 38 of 38.
    const seleksi = get("Jumlah Calon Warga Transmigrasi yang diseleksi");
    expect(seleksi["Target s.d. TW II"]).toBe(38);
    expect(seleksi["Realisasi s.d. TW II"]).toBe(38);
    expect(seleksi["Capaian TW II (%)"]).toBe("–"); // no target in TW II: not computed, not an error
    expect(seleksi["Capaian s.d. TW II (%)"]).toBe(100);
    // Its realisasi anggaran TW I was typed as text "5.500.000": summed as the number it is (no RAK
    // in TW II, so its blank TW II spending is nothing spent, not "belum diisi").
    expect(seleksi["Realisasi anggaran s.d. TW II (Rp)"]).toBe(5_500_000);

    // Akhir: realisasi s.d. TW II is the latest filled value (20 Ha in TW II, not 0 from TW I).
    const dibangun = get("Jumlah Luas Wilayah Transmigrasi yang di Bangun");
    expect(dibangun["Realisasi s.d. TW II"]).toBe(20);
    expect(dibangun["Capaian thd target tahunan (%)"]).toBe(40);

    // Akhir, 0,0,0,100: nothing targeted by TW II, so "–" and a note, while the annual capaian is computed.
    const penetapan = get("Persentase Penetapan Kawasan Transmigrasi");
    expect(penetapan["Capaian s.d. TW II (%)"]).toBe("–");
    expect(penetapan.Kriteria).toBe("–");
    expect(penetapan.Keterangan).toBe("tidak ditargetkan TW ini");
    expect(typeof penetapan["Capaian thd target tahunan (%)"]).toBe("number");
    // Efisiensi is reproducible from the columns printed beside it: min(capaian s.d., 100) − serapan thd RAK.
    for (const x of r) {
      const e = x["Efisiensi thd RAK s.d. TW II"];
      const c = x["Capaian s.d. TW II (%)"];
      if (typeof c === "number" && c >= 100 && typeof x["Serapan thd RAK s.d. TW II (%)"] === "number")
        expect(e).toBeCloseTo(Math.min(c, 100) - (x["Serapan thd RAK s.d. TW II (%)"] as number), 9);
      else expect(typeof e).not.toBe("number");
    }
  });

  it("formats numbers as a reader expects and hides the key column", () => {
    const { port, wb } = dinas();
    const report = generateTriwulan(port, { tw: 2 });
    const tab = wb.getTab(report.tab);
    const { values } = port.read(report.tab);
    const header = values[HEADER_ROW - 1].map(String);
    const at = (h: string) => header.indexOf(h) + 1;
    const rowOf = (indikator: string) => values.findIndex((r) => r[at("Indikator") - 1] === indikator) + 1;
    const shown = (indikator: string, h: string) =>
      formatDisplay(
        values[rowOf(indikator) - 1][at(h) - 1],
        tab.style(rowOf(indikator), at(h)).numberFormat,
        "Asia/Jakarta",
      );
    // Counts with thousands dots and no decimals; a percentage indicator with two decimals.
    expect(shown("Jumlah Transmigran yang dibina Usaha Ekonominya", "Target tahunan")).toBe("92");
    expect(shown("Persentase Warga Transmigran Mandiri", "Target tahunan")).toBe("63,57");
    expect(shown("Persentase Masyarakat Transmigran yang dibina", "Pagu (Rp)")).toBe("508.889.650");
    expect(shown("Persentase Warga Transmigran Mandiri", "Capaian thd target tahunan (%)")).toBe("97,03");
    // Its TW II spending is not reported though cash was planned: "belum diisi", not TW I's serapan.
    expect(shown("Persentase Masyarakat Transmigran yang dibina", "Serapan thd pagu (%)")).toBe(
      "belum diisi",
    );
    // Hidden: the key, the pagu flag, the cells reading each number once ("Angka …", "Kata …") and
    // the polaritas once ("Arah polaritas"), and the scale values of a qualitative target ("Skala …").
    const hidden = header
      .filter((h) => /^(Kunci|Pagu dijumlah|Angka .+|Kata .+|Arah polaritas|Skala .+)$/.test(h))
      .map(at);
    // Kunci, the flag, the plan cells read (18 × 2), the polaritas, 5 scale values, the 12 months of a
    // monthly cash plan read (× 2).
    expect(hidden).toHaveLength(2 + 2 * 18 + 1 + 5 + 2 * 12);
    expect([...tab.hiddenCols].sort((a, b) => a - b)).toEqual(hidden);
    expect(header[hidden[0] - 2]).toBe("Tindak lanjut");
    // Every column shown as wide as before calls were cut (a column no one sized is 100 px).
    const width = (c: number) => tab.columnWidths.get(c) ?? 100;
    // Polaritas and Sifat show "positif (tebakan)" and "kumulatif (tebakan)" whole.
    const runs = [
      [40],
      [150],
      [220],
      [240],
      [125, 3],
      [80, 7],
      [90],
      [100],
      [170],
      [120, 3],
      [90, 3],
      [200, 3],
    ];
    expect(header.slice(0, hidden[0] - 1).map((_, i) => width(i + 1))).toEqual(
      runs.flatMap(([w, n = 1]) => new Array(n).fill(w)),
    );
  });

  it("is idempotent and keeps what people typed when run again", () => {
    const { port, wb } = dinas();
    const first = generateTriwulan(port, { tw: 1 });
    const before = port.read(first.tab);
    const again = generateTriwulan(port, { tw: 1 });
    expect(again.message).toContain("diperbarui: 12 indikator");
    expect(port.read(first.tab).values).toEqual(before.values);
    expect(port.read(first.tab).formulas).toEqual(before.formulas);

    // A person types analysis text and a value over a formula in the evaluation tab...
    const header = before.values[HEADER_ROW - 1].map(String);
    const at = (h: string) => header.indexOf(h) + 1;
    const tab = wb.getTab(first.tab);
    const row = HEADER_ROW + 3;
    wb.write(tab, row, at("Faktor pendorong"), [["=Koordinasi lintas OPD berjalan baik"]]);
    wb.write(tab, row, at("Tindak lanjut"), [["Percepat pendataan TW II"]]);
    wb.write(tab, row, at("Realisasi TW I"), [[7]]);
    const key = String(port.read(first.tab).values[row - 1][at("Kunci") - 1]);
    // ...and the bidang adds an indicator at the top of its plan.
    const plan = wb.getTab(TEMPLATE_TRANSMIGRASI_TAB);
    wb.insertRowsAfter(plan, 1, 1);
    const added = TEMPLATE_COLUMNS.map(
      (c): CellValue => (c.field === "indikator" ? "Jumlah MoU yang direalisasikan" : ""),
    );
    added[col("Satuan")] = "Dokumen";
    added[col("Target Tahunan")] = 3;
    added[col("Target TW I")] = 1;
    added[col("Realisasi TW I")] = 1;
    wb.write(plan, 2, 1, [added]);

    const third = generateTriwulan(port, { tw: 1 });
    expect(third.message).toContain("13 indikator");
    expect(third.added).toBe(1);
    const after = port.read(first.tab);
    const moved = after.values.findIndex((r) => r[at("Kunci") - 1] === key);
    expect(moved).toBeGreaterThan(row - 1);
    expect(after.values[moved][at("Faktor pendorong") - 1]).toBe("=Koordinasi lintas OPD berjalan baik");
    expect(after.formulas[moved][at("Faktor pendorong") - 1]).toBe("");
    expect(after.values[moved][at("Tindak lanjut") - 1]).toBe("Percepat pendataan TW II");
    // A value typed over a formula computed from the bidang tab is not kept there: the formula is
    // written again, the message names the cell and the note keeps what was typed (trial 4 #8).
    expect(after.formulas[moved][at("Realisasi TW I") - 1]).toMatch(/^=/);
    expect(after.values[moved][at("Realisasi TW I") - 1]).not.toBe(7);
    expect(tab.note(moved + 1, at("Realisasi TW I"))).toMatch(/^Diketik di atas rumus sebelum .*: “7”\.$/);
    expect(third.message).toContain(`(Realisasi TW I, tadinya “7”) ditulis lagi (dihitung dari tab bidang;`);
    const mou = rows(port, first.tab).find((x) => x.Indikator === "Jumlah MoU yang direalisasikan");
    expect(mou?.["Capaian TW I (%)"]).toBe(100);
  });

  it("refuses a TW out of range and a tab that is not a plan with one Indonesian sentence", () => {
    const { port, wb } = dinas((w) => w.write(w.addTab("Catatan"), 1, 1, [["rapat tanggal 3"]]));
    expect(() => generateTriwulan(port, { tw: 5 })).toThrow("Triwulan 5 tidak ada: pilih TW 1 sampai 4.");
    expect(() => generateTriwulan(port, { tw: 1, tabs: ["Catatan"] })).toThrow(/Tab 'Catatan' tidak memuat/);
    expect(() => generateTriwulan(port, { tw: 1, tabs: ["Tidak Ada"] })).toThrow(/tidak ada di spreadsheet/);
    expect(wb.tabs().map((t) => t.name)).toEqual(["Pengaturan", TEMPLATE_TRANSMIGRASI_TAB, "Catatan"]);
  });
});

describe("Sheets calls of Buat tab Triwulan", () => {
  /** Calls that reach the spreadsheet, all calls, and by method, for n indicators in `tabs` tabs. */
  const run = (n: number, tabs: number, again = false) => {
    const wb = synthetic(n, tabs);
    if (again) generateTriwulan(emulatedPort(wb).port, { tw: 2, tahun: "2024" });
    // Each run is a new request, with a new port, as a sidebar call is.
    const { port, gas } = emulatedPort(wb);
    gas.calls.reset();
    generateTriwulan(port, { tw: 2, tahun: "2024" });
    return { sheets: gas.calls.total - gas.calls.local, total: gas.calls.total, by: gas.calls.byMethod };
  };

  // The benchmark's job: 500 indicators in 6 bidang tabs (run once, shared by the tests below).
  let bench: ReturnType<typeof run> | undefined;
  const six500 = () => {
    bench ??= run(500, 6);
    return bench;
  };

  it("are a fixed number, whatever the rows, and grow by 4 per bidang tab", () => {
    const six = six500();
    // Per bidang tab 4 (below); the lock 4; the tab list 1; the evaluation tab 28 (of them 11
    // column widths); the Ringkasan tab and its chart 12.
    expect(six.sheets).toBe(69);
    // Builders run locally: 6 calls for each of the five kriteria colours, 12 for the chart.
    expect(six.total - six.sheets).toBe(5 * 6 + 12);
    expect(run(30, 6).sheets).toBe(69);
    // An extra bidang tab costs its name, its values and its number formats (a percent-formatted
    // "61,68%" is read as 61,68: core/persen.ts), the range for them and their one call.
    expect(run(240, 12).sheets).toBe(69 + 6 * 4);
  });

  it("cost the same for offices' own tabs with merged three-row headers (none asked for)", () => {
    const withTabs = (l: CorpusLayout, tabs: number) => {
      const wb = new MemoryWorkbook();
      const width = Math.max(...l.values.map((r) => r.length));
      for (let t = 1; t <= tabs; t++) {
        const tab = wb.addTab(`Bidang ${t}`);
        wb.write(
          tab,
          1,
          1,
          l.values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? "")),
        );
        for (const m of l.merges ?? []) tab.merges.push({ ...m });
      }
      const { port, gas } = emulatedPort(wb);
      gas.calls.reset();
      const report = generateTriwulan(port, { tw: 2, tahun: "2024" });
      expect(report.indicators).toBe(l.expected.indicators * tabs);
      return gas.calls;
    };
    for (const id of ["renaksi-3-baris", "renaksi-luwu-timur", "monitoring-fisik-keuangan"]) {
      const l = CORPUS.find((x) => x.id === id) as CorpusLayout;
      expect(l.merges?.length, id).toBeGreaterThan(8);
      const six = withTabs(l, 6);
      const seven = withTabs(l, 7);
      expect(seven.total - seven.local - (six.total - six.local), id).toBe(4);
      expect(six.byMethod["Range.getMergedRanges"], id).toBeUndefined();
      expect(six.byMethod["Range.getA1Notation"], id).toBeUndefined();
    }
  });

  it("format the block with one call per property and widths by run, never per cell or per style", () => {
    const { by } = six500();
    // Two tabs: the evaluation tab and its summary (Ringkasan).
    for (const m of ["setFontWeights", "setBackgrounds", "setWraps"]) expect(by[`Range.${m}`]).toBe(2);
    // One per tab: on the new evaluation tab, its styles' formats go with the plain text of its
    // text columns, before the values.
    expect(by["Range.setNumberFormats"]).toBe(2);
    // One per bidang tab: a percent-formatted quantity is read in points.
    expect(by["Range.getNumberFormats"]).toBe(6);
    // One per run of equal widths: 11 on the evaluation tab, 2 on the Ringkasan; none for a column
    // as wide as a new tab's (100 px) or hidden (the key column).
    expect(by["Sheet.setColumnWidths"]).toBe(11 + 2);
    // New tabs: no chart or rule to look for.
    expect(by["Sheet.getCharts"]).toBeUndefined();
    expect(by["Sheet.getConditionalFormatRules"]).toBeUndefined();
    for (const m of [
      "Range.setNumberFormat",
      "Range.setFontWeight",
      "Range.setBackground",
      "Sheet.setColumnWidth",
    ])
      expect(by[m]).toBeUndefined();
    expect(by["Range.setValues"]).toBe(2);
    expect(by["Range.setNotes"]).toBe(1);
    // The summary block and its chart's data, and each bidang tab's number formats (its values are
    // read with getSheetValues). The evaluation block (values and styles), its kriteria column and
    // protected header: one RangeList.
    expect(by["Sheet.getRange"]).toBe(2 + 6);
    expect([by["Sheet.getRangeList"], by["RangeList.getRanges"]]).toEqual([1, 1]);
  });

  it("regenerating the tab is a fixed number too", () => {
    // Besides the first run's calls: the tabs' notes, formats, rules, protection and chart are read
    // so that what a person did stays; the grid's size is asked for once per tab. The evaluation
    // tab's cell formats are read in four calls (fills, number formats, font colours and sizes) so
    // that a person's stay on their cells, and the column widths of the evaluation tab and the
    // Ringkasan are not set again (a person's widths stay): 100 before these, then 88; the bidang
    // tabs' number formats 12 more.
    const again = run(240, 6, true);
    expect(again.sheets).toBe(100);
    expect(run(30, 6, true).sheets).toBe(100);
    expect(again.by["Range.getFontSizes"]).toBe(1);
    expect(again.by["Range.setFontSizes"]).toBeUndefined();
    expect(again.by["Sheet.setColumnWidths"]).toBeUndefined();
    expect([again.by["Sheet.getMaxRows"], again.by["Sheet.getMaxColumns"]]).toEqual([2, 2]);
  });
});

describe("a kriteria scale the office keeps in Pengaturan", () => {
  it("is read by KRITERIA from the range and coloured by rank", () => {
    const wb = transmigrasiWorkbook({ skala: "sendiri" });
    const settings = wb.getTab("Pengaturan");
    // The office replaces the example with its own three bands.
    wb.write(settings, 2, 4, [
      [100, "Tercapai"],
      [80, "Hampir tercapai"],
      [0, "Belum tercapai"],
      ["", ""],
      ["", ""],
    ]);
    const { port } = emulatedPort(wb);
    const report = generateTriwulan(port, { tw: 1 });
    const r = rows(port, report.tab);
    const mandiri = r.find((x) => x.Indikator === "Jumlah Satuan Permukiman yang dikembangkan");
    expect(mandiri?.Kriteria).toBe("Tercapai");
    const formulas = port.read(report.tab).formulas.flat();
    expect(formulas).toContain(
      '=ARRAYFORMULA(IF(N6:N18="–","–",IF((D6:D18<>"")*(L6:L18=""),"belum diisi",KRITERIA(N6:N18,Pengaturan!$D$2:$E$12))))',
    );
    const rules = wb.getTab(report.tab).conditionalRules;
    expect(rules.map((x) => [x.values[0], x.background])).toEqual([
      ["Tercapai", "#1e7b34"],
      ["Hampir tercapai", "#f9a825"],
      ["Belum tercapai", "#c62828"],
    ]);
  });
});

describe("an office's own Rencana Aksi without realisasi columns", () => {
  it("gets input columns in the evaluation tab, computed and kept on the next run", () => {
    const wb = new MemoryWorkbook();
    wb.write(wb.addTab(RENCANA_AKSI_TRANSMIGRASI_TAB), 1, 1, RENCANA_AKSI_TRANSMIGRASI);
    const { port } = emulatedPort(wb);
    const report = generateTriwulan(port, { tw: 1 });
    // The year comes from the plan's title block ("TAHUN 2024").
    expect(report.tab).toBe("Evaluasi TW I 2024");
    const { values } = port.read(report.tab);
    const header = values[HEADER_ROW - 1].map(String);
    const at = (h: string) => header.indexOf(h);
    // The KK one of the two rows with this name (the document repeats it with another satuan).
    const row = values.findIndex(
      (r) =>
        r[at("Indikator")] === "Jumlah Calon Warga Transmigrasi yang diseleksi" && r[at("Satuan")] === "KK",
    );
    expect(row).toBeGreaterThan(0);
    const tab = wb.getTab(report.tab);
    // The input cell is yellow, and typing in it computes capaian (38 of 38 in TW I).
    expect(tab.style(row + 1, at("Realisasi TW I") + 1).background).toBe("#fff8c5");
    wb.write(tab, row + 1, at("Realisasi TW I") + 1, [[38]]);
    const computed = port.read(report.tab).values[row];
    expect(computed[at("Realisasi s.d. TW I")]).toBe(38);
    expect(computed[at("Capaian TW I (%)")]).toBe(100);
    generateTriwulan(port, { tw: 1 });
    expect(port.read(report.tab).values[row][at("Realisasi TW I")]).toBe(38);
  });
});

describe("a bidang tab copied from the LAKIP evaluation sheet (Program | Kegiatan | Sub Kegiatan side by side)", () => {
  function evaluate() {
    const wb = new MemoryWorkbook();
    wb.write(wb.addTab(LAKIP_SEKRETARIAT_TAB), 1, 1, LAKIP_SEKRETARIAT);
    const { port } = emulatedPort(wb);
    const report = generateTriwulan(port, { tw: 1 });
    return rows(port, report.tab);
  }

  it("shows each level's own indikator and satuan, not those of the sub kegiatan beside it", () => {
    const r = evaluate();
    expect(r).toHaveLength(16);
    expect(r[0]).toMatchObject({
      Indikator: "Persentase Penunjang Urusan Perangkat Daerah berjalan sesuai standar",
      Satuan: "%",
    });
    expect(r[1]).toMatchObject({
      Indikator: "Persentase Penyusunan Dokumen Perencanaan, Penganggaran dan Evaluasi tepat waktu",
      Satuan: "%",
    });
    expect(r[2]).toMatchObject({ Indikator: "Jumlah Dokumen Perencanaan yang disusun tepat waktu" });
    expect(new Set(r.map((x) => x.Indikator)).size).toBe(16);
  });

  it("takes the annual target from the TW targets by sifat when the tab has no Target Tahunan", () => {
    const r = evaluate();
    const get = (indikator: string) => r.find((x) => x.Indikator === indikator) as Record<string, CellValue>;
    // Kumulatif 18 + 10 + 20 + 12 = 60 rapat a year; 13 held in TW I.
    const rapat = get("Jumlah Rapat Koordinasi dan Konsultasi SKPD yang diikuti");
    expect(rapat["Target tahunan"]).toBe(60);
    expect(rapat["Capaian thd target tahunan (%)"]).toBeCloseTo(21.67, 2);
    // Akhir 0, 0, 0, 95 %: the annual target is the TW IV one, read from its row ("95%" is 95 points).
    const program = get("Persentase Penunjang Urusan Perangkat Daerah berjalan sesuai standar");
    expect(program["Target tahunan"]).toBe(95);
    expect(program["Capaian thd target tahunan (%)"]).toBe(0);
  });
});

describe("a Rencana Aksi with Target TW I–IV but no Target Tahunan column", () => {
  it("sums the TW targets (kumulatif) into the annual target with a live formula", () => {
    const wb = new MemoryWorkbook();
    wb.write(wb.addTab("Bidang Pengembangan"), 1, 1, [
      [
        "Kode",
        "Indikator",
        "Satuan",
        "Target TW I",
        "Target TW II",
        "Target TW III",
        "Target TW IV",
        "Realisasi TW I",
        "Realisasi TW II",
      ],
      ["3.32.04.2.01.0001", "Jumlah Batas Lahan Transmigran yang diBangun", "Paket", 0, 2, 0, 0, 0, 1],
    ]);
    const { port } = emulatedPort(wb);
    const report = generateTriwulan(port, { tw: 2, tahun: "2024" });
    const [batas] = rows(port, report.tab);
    expect(batas["Target tahunan"]).toBe(2);
    expect(batas["Capaian thd target tahunan (%)"]).toBe(50);
    const { values, formulas } = port.read(report.tab);
    const header = values[HEADER_ROW - 1].map(String);
    const at = header.indexOf("Target tahunan");
    // The sum of the TW targets' numbers, each read once in a hidden cell of the row.
    const cell = (h: string) => `${columnLetter(header.indexOf(h) + 1)}${HEADER_ROW + 2}`;
    const [tw1, tw4] = [cell("Angka Target TW I"), cell("Angka Target TW IV")];
    expect(formulas[HEADER_ROW + 1][at]).toBe(
      `=IF(T(${tw1})&T(${cell("Angka Target TW II")})&T(${cell("Angka Target TW III")})&T(${tw4})<>"","Ada angka tersimpan sebagai teks",IF(COUNT(${tw1}:${tw4}),SUM(${tw1}:${tw4}),""))`,
    );
    expect(formulas[HEADER_ROW + 1][header.indexOf("Angka Target TW IV")]).toMatch(
      /^=IF\(ISNUMBER\('Bidang Pengembangan'!G2\),'Bidang Pengembangan'!G2,/,
    );
    // Nothing in any TW (dashes count as nothing) is blank.
    wb.write(wb.getTab("Bidang Pengembangan"), 2, 4, [["-", "--", " ", "–"]]);
    expect(rows(port, report.tab)[0]["Target tahunan"]).toBe("");
  });
});

describe("the summary tab beside the evaluation tab", () => {
  it("counts indicators per kriteria per bidang from the rows, and keeps one chart updated in place", () => {
    const { port, wb } = dinas();
    const report = generateTriwulan(port, { tw: 2 });
    expect(report.summaryTab).toBe("Ringkasan TW II 2024");
    const evaluasi = rows(port, report.tab);
    const { values } = port.read(report.summaryTab);
    const header = values[HEADER_ROW - 1].map(String);
    const line = values.find((r) => r[0] === TEMPLATE_TRANSMIGRASI_TAB) as CellValue[];
    const count = (label: string) => evaluasi.filter((x) => x.Kriteria === label).length;
    for (const label of ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"])
      expect(line[header.indexOf(label)]).toBe(count(label));
    expect(line[header.indexOf("Tanpa target s.d. TW II (–)")]).toBe(count("–"));
    expect(line[header.indexOf("Jumlah indikator")]).toBe(evaluasi.length);
    const numbers = evaluasi.map((x) => x["Capaian s.d. TW II (%)"]).filter((v) => typeof v === "number");
    expect(line[header.indexOf("Rata-rata capaian s.d. TW II (%)")]).toBeCloseTo(
      (numbers as number[]).reduce((a, b) => a + b, 0) / numbers.length,
      9,
    );
    // The lowest capaian first, its indicator named whole in the wide first column, and its kriteria.
    const lowest = values.findIndex((r) => String(r[0]).startsWith("Indikator dengan capaian")) + 2;
    const min = Math.min(...(numbers as number[]));
    const row = evaluasi.find((x) => x["Capaian s.d. TW II (%)"] === min);
    expect(values[lowest]).toEqual([row?.Indikator, min, row?.Kriteria, ...values[lowest].slice(3)]);
    expect(String(values[lowest][0]).length).toBeGreaterThan(20);

    const tab = wb.getTab(report.summaryTab);
    expect(header.map((_, i) => tab.columnWidths.get(i + 1) ?? 100)).toEqual([
      260,
      ...new Array(10).fill(100),
      140,
      140,
      100,
    ]);
    expect(tab.charts).toHaveLength(1);
    expect(tab.charts[0].options.title).toBe("Kriteria capaian s.d. TW II per bidang");
    // A person moves the chart; running again updates it where it stands, without a second chart.
    tab.charts[0].anchor = { row: 2, col: 9, offsetX: 0, offsetY: 0 };
    const id = tab.charts[0].id;
    generateTriwulan(port, { tw: 2 });
    expect(tab.charts.map((c) => [c.id, c.anchor.row, c.anchor.col])).toEqual([[id, 2, 9]]);
  });

  it("does not overwrite a tab of that name that a person made", () => {
    const { port } = dinas();
    port.create("Ringkasan TW I 2024");
    port.write("Ringkasan TW I 2024", [{ row: 1, col: 1, cells: [["catatan saya"]] }]);
    expect(() => generateTriwulan(port, { tw: 1 })).toThrow(
      "Tab 'Ringkasan TW I 2024' sudah ada tetapi bukan buatan add-on SAKIP: ganti nama tab itu dulu agar isinya tidak tertimpa.",
    );
    expect(port.read("Ringkasan TW I 2024").values[0][0]).toBe("catatan saya");
  });
});
