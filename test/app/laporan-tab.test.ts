/**
 * The report tab as a Kepala Dinas reads it in Sheets: every paragraph whole in one row merged over
 * the tables' width, wrapped, and as tall as its lines (Sheets does not grow a row for a merged
 * cell's text); the charts' value axis from 0 to a round number with percent labels; and the Sheets
 * calls this costs, by block of the document, never by row.
 */
import { describe, expect, it } from "vitest";
import { dinas } from "../../scripts/synthetic";
import { generateLaporan } from "../../src/app/laporan";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";
import type { MemoryWorkbook, Tab } from "../../src/emulator/workbook";
import { sheetView } from "../../src/local/view";

const TAB = "Laporan TW II 2024";
const GRID = 12;
/** A paragraph's row is merged over A–G: read without scrolling sideways beside the panel. */
const WIDE = 7;

// Advance widths of Arial (Sheets' default font), in thousandths of an em: the wrap a reader sees.
// biome-ignore format: a table
const ARIAL: Record<string, number> = {
  a: 556, b: 556, c: 500, d: 556, e: 556, f: 278, g: 556, h: 556, i: 222, j: 222, k: 500, l: 222, m: 833,
  n: 556, o: 556, p: 556, q: 556, r: 333, s: 500, t: 278, u: 556, v: 500, w: 722, x: 500, y: 500, z: 500,
  " ": 278, ",": 278, ".": 278, ":": 278, ";": 278, "%": 889, "(": 333, ")": 333, "[": 278, "]": 278,
  "'": 191, '"': 355, "-": 333, "–": 556, "“": 333, "”": 333, "/": 278, I: 278, J: 500, M: 833, W: 944,
};
const em = (ch: string) => ARIAL[ch] ?? (/\d/.test(ch) ? 556 : /[A-Z]/.test(ch) ? 722 : 600);

/** Lines `text` wraps to at Arial 10 pt (13⅓ px) in `width` pixels (3 px of padding each side). */
function arialLines(text: string, width: number, bold: boolean): number {
  const px = (s: string) => ([...s].reduce((n, ch) => n + em(ch), 0) / 1000) * 13.333 * (bold ? 1.1 : 1);
  let lines = 1;
  let line = "";
  for (const word of text.split(" ")) {
    const next = line ? `${line} ${word}` : word;
    if (line && px(next) > width - 6) {
      lines++;
      line = word;
    } else line = next;
  }
  return lines;
}

const key = (wb: MemoryWorkbook, tab: Tab, r: number) => String(wb.value(tab, r, GRID + 1));
const text = (wb: MemoryWorkbook, tab: Tab, r: number) => String(wb.value(tab, r, 1));
const rowsOf = (wb: MemoryWorkbook, tab: Tab) =>
  Array.from({ length: wb.usedSize(tab).rows }, (_, i) => i + 1);
const mergedAcross = (tab: Tab, r: number) =>
  tab.merges.some((m) => m.row === r && m.rows === 1 && m.col === 1 && m.cols === WIDE);
const height = (tab: Tab, r: number) => tab.rowHeights.get(r) ?? 21;
/** Pixels a row needs for `text` merged over A–G, at Sheets' ~16 px a wrapped line. */
const needed = (tab: Tab, r: number, t: string) => {
  const width = Array.from({ length: WIDE }, (_, c) => tab.columnWidths.get(c + 1) ?? 100).reduce(
    (a, b) => a + b,
  );
  return 21 + 16 * (arialLines(t, width, tab.style(r, 1).fontWeight === "bold") - 1);
};

/** Nothing a merge hides: every cell under it but its first is empty. */
function hidesNothing(wb: MemoryWorkbook, tab: Tab): boolean {
  return tab.merges.every((m) =>
    wb
      .values(tab, m)
      .flat()
      .slice(1)
      .every((v) => v === ""),
  );
}

describe("the report tab's paragraphs", () => {
  it("are each whole in one row merged over A–G (940 px), wrapped, as tall as their lines in Arial 10 pt", () => {
    const wb = demoWorkbook();
    const { port } = emulatedPort(wb);
    generateLaporan(port, { tw: 2 });
    const tab = wb.getTab(TAB);
    const paragraphs = rowsOf(wb, tab).filter((r) => key(wb, tab, r).startsWith("p:"));
    expect(paragraphs.length).toBeGreaterThan(30);
    for (const r of paragraphs) {
      expect(mergedAcross(tab, r), `row ${r}`).toBe(true);
      expect(tab.style(r, 1).wrap, `row ${r}`).toBe(true);
      expect(height(tab, r), `row ${r}: ${text(wb, tab, r)}`).toBeGreaterThanOrEqual(
        needed(tab, r, text(wb, tab, r)),
      );
    }
    // The reference LAKIP's paragraph, whole in its row (it spanned two rows and was cut at L).
    const draft = paragraphs.find((r) => text(wb, tab, r).startsWith("[Draf] Capaian Persentase Warga"));
    expect(text(wb, tab, draft ?? 0)).toMatch(
      /^\[Draf\] Capaian Persentase Warga Transmigran Mandiri pada Triwulan II Tahun 2024 yaitu 61,68 % dari target 63,57 % .*Target akhir Renstra \(2026\).*poin persen\.$/,
    );
    expect(height(tab, draft ?? 0)).toBeGreaterThanOrEqual(53);
    // A one-line paragraph keeps Sheets' row height, and only paragraph rows are given one.
    expect(paragraphs.some((r) => !tab.rowHeights.has(r))).toBe(true);
    expect([...tab.rowHeights.keys()].every((r) => paragraphs.includes(r))).toBe(true);
    expect(hidesNothing(wb, tab)).toBe(true);
  });

  it("keep a person's rewrite in its row, as tall as what they wrote; a new layout leaves no merge or height behind", () => {
    const wb = demoWorkbook();
    const { port } = emulatedPort(wb);
    generateLaporan(port, { tw: 2 });
    const tab = wb.getTab(TAB);
    const draft = rowsOf(wb, tab).find((r) => text(wb, tab, r).startsWith("[Draf] Capaian Persentase Warga"));
    if (!draft) throw new Error("no draft paragraph");
    const mine = `Capaian warga transmigran mandiri 97,03 %: ${"koordinasi lintas OPD dan pendampingan kelompok usaha berjalan baik di tiga UPT, ".repeat(12)}ditulis ulang oleh Kasubag Perencanaan.`;
    const before = height(tab, draft);
    wb.write(tab, draft, 1, [[mine]]);
    const again = generateLaporan(port, { tw: 2 });
    expect(again.kept).toBe(1);
    expect(text(wb, tab, draft)).toBe(mine);
    expect(mergedAcross(tab, draft)).toBe(true);
    expect(height(tab, draft)).toBeGreaterThanOrEqual(needed(tab, draft, mine));
    expect(height(tab, draft)).toBeGreaterThan(before);

    // Only one bidang now: every row moves up; the rewrite, its place gone, is kept under ISIAN ANDA.
    const one = generateLaporan(port, { tw: 2, tabs: ["Bidang Pemberdayaan Naker"] });
    expect(one.moved).toBe(1);
    const rows = rowsOf(wb, tab);
    expect(hidesNothing(wb, tab)).toBe(true);
    for (const r of rows) {
      const paragraph = key(wb, tab, r).startsWith("p:") || text(wb, tab, r) === mine;
      expect(mergedAcross(tab, r), `row ${r}`).toBe(paragraph);
      if (!paragraph) expect(height(tab, r), `row ${r}`).toBe(21);
      else expect(height(tab, r)).toBeGreaterThanOrEqual(needed(tab, r, text(wb, tab, r)));
    }
    expect(rows.some((r) => text(wb, tab, r) === mine)).toBe(true);
  });
});

describe("the report tab's charts", () => {
  it("run from 0 to a round number above the tallest bar, capaian in percent (0 % … 120 %) under a target line", () => {
    const wb = demoWorkbook();
    const { port } = emulatedPort(wb);
    generateLaporan(port, { tw: 2 });
    const tab = wb.getTab(TAB);
    const axis = (title: RegExp) => {
      const c = tab.charts.find((x) => title.test(String(x.options.title)));
      return ["viewWindow.min", "viewWindow.max", "gridlines.count", "format"].map(
        (k) => c?.options[`vAxis.${k}`],
      );
    };
    // Capaian 107,95 % at most and the 100 % target: 0–120 % every 20 %.
    expect(axis(/^Capaian indikator sasaran/)).toEqual([0, 120, 7, "#,##0' %'"]);
    // Indicators per bidang, stacked, 15 at most: whole numbers 0–20 every 5.
    expect(axis(/^Kriteria capaian/)).toEqual([0, 20, 5, "#,##0"]);
    // The 100 % target a line across the capaian bars (a combo chart), not a grey bar beside each.
    const capaian = tab.charts.find((c) => /^Capaian indikator/.test(String(c.options.title)));
    expect([capaian?.type, capaian?.options.seriesType, capaian?.options.series]).toEqual([
      "COMBO",
      "bars",
      { 1: { type: "line" } },
    ]);
    expect(tab.charts.filter((c) => c !== capaian).map((c) => c.type)).toEqual(["COLUMN", "COLUMN"]);
    // Its data from column B (210 px), each indicator's name wrapped, never cut at column A's 90 px.
    const data = capaian?.ranges[0] ?? { row: 0, col: 0, rows: 0, cols: 0 };
    expect([data.col, wb.value(tab, data.row, 2)]).toEqual([2, "Kategori"]);
    for (let r = data.row + 1; r < data.row + data.rows; r++) {
      expect(wb.value(tab, r, 1)).toBe("");
      expect(tab.style(r, 2).wrap).toBe(true);
    }
    expect(wb.value(tab, data.row + 2, 2)).toBe("Persentase Warga Transmigran Mandiri");
    // npm start draws what the options say.
    const view = sheetView(wb, tab).charts.find((c) => c.title.startsWith("Capaian indikator"));
    expect(view?.axis).toEqual({ min: 0, max: 120, ticks: 7, suffix: " %" });
    expect(view?.line).toBe(1);
  });
});

describe("Sheets calls of Buat laporan", () => {
  const calls = (wb: MemoryWorkbook, tahun?: string) => {
    const { port, gas } = emulatedPort(wb);
    gas.calls.reset();
    generateLaporan(port, { tw: 2, tahun });
    return { sheets: gas.calls.total - gas.calls.local, by: gas.calls.byMethod };
  };

  it("follow the document's blocks, never its rows", () => {
    const wb = demoWorkbook();
    const first = calls(wb);
    // The demo's LAKIP TW II: 5 sasaran in 4 bidang. Paragraph rows are merged one run at a time
    // (16 runs between tables: the polaritas request of "Angka Sengketa …", written positif, is one
    // more) and sized one run of equal height at a time (25: the demo's paragraphs
    // say where last year's and the Renstra's figures go, and claim no Renstra target reached on a
    // doubted polaritas, so their heights vary more); the report tab's
    // Ranges come in one RangeList, and a new tab's three charts are inserted without looking for
    // them. (The plan tabs' number formats are read too: a Range and its formats per tab.)
    expect(first.by["Range.mergeAcross"]).toBe(16);
    expect(first.by["Sheet.setRowHeights"]).toBe(25);
    expect(first.by["Sheet.getCharts"]).toBeUndefined();
    expect(first.by["Sheet.getRangeList"]).toBe(1);
    expect(first.by["Sheet.getRange"]).toBe(first.by["Range.getNumberFormats"] + 4);
    expect(first.sheets).toBe(104);
    // Again: the merges of the previous layout broken apart in one call, the charts looked up once.
    const again = calls(wb);
    expect(again.by["Range.breakApart"]).toBe(1);
    expect(again.by["Sheet.getCharts"]).toBe(1);
    // 138 (was 132 before the paragraphs said where last year's figures go, 136 before the written
    // positif's polaritas request): the first line fits one row.
    expect(again.sheets).toBe(138);
    // Eight times the indicators in the same blocks: the same calls.
    expect(calls(dinas(240, 6), "2024").sheets).toBe(calls(dinas(30, 6), "2024").sheets);
  });
});
