import { columnLetter } from "../a1";
import {
  budgetDepth,
  budgetLevel,
  budgetLines,
  budgetParents,
  budgetRows,
  paguDiffers,
  topDepths,
} from "../budget";
import type { CellValue } from "../cells";
import { BELUM_DIISI, NO_TARGET } from "../evaluasi";
import { blankValue, PART_YEAR, sheetNumber } from "../evaluasi-formulas";
import type { Scale } from "../kriteria";
import { belumDiisiText, type IndicatorFigures, isNoTarget, numberOf, TEXT_IN_SUM } from "./figures";
import { figureText, pct, rupiah, valueText } from "./format";
import {
  paragraph,
  type ReportCell,
  type ReportChart,
  type ReportParagraph,
  type ReportRow,
  type ReportTable,
} from "./model";
import { mixedPercent, SCALE_DOUBT } from "./narrative";

/** The table cells of the reports, each with its printed text and the number behind it. */

const ONES = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
/** 1 → "I", 14 → "XIV", up to 39; "40" beyond. */
export const roman = (n: number) => (n < 40 ? "X".repeat(n / 10) + ONES[n % 10] : String(n));

export const text = (t: string, align: ReportCell["align"] = "left"): ReportCell => ({ text: t, align });
/** A centred cell. */
export const mid = (t: string): ReportCell => text(t, "center");
const figure = (t: string, value: number): ReportCell => ({ text: t, value, align: "right" });

/** A plan value (target, realisasi): id-ID number, or the text typed; `empty` where blank. */
export function valueCell(v: CellValue, empty = "-", decimals = 0): ReportCell {
  if (v === "") return mid(empty);
  if (typeof v === "number") return figure(valueText(v, decimals), v);
  // A sum over a number typed as text: the note under the table names the cells, the cell shows "-".
  if (v === TEXT_IN_SUM) return mid("-");
  return { text: figureText(v, decimals), align: typeof numberOf(v) === "number" ? "right" : "left" };
}

/** A capaian: "97,03"; "–" without a target; "-" without realisasi; a problem's sentence. */
export function percentCell(v: CellValue, empty = "-"): ReportCell {
  if (typeof v === "number") return figure(pct(v), v);
  // A problem's sentence (a number typed as text, a text realisasi) never fills a cell: the note
  // under the table says it once.
  return mid(v === NO_TARGET || v === PART_YEAR ? v : v === "" ? empty : "-");
}

/** Rupiah: "285.785.522", "belum diisi" for spending not reported for the TW, "-" for nil. */
export function rupiahCell(v: CellValue): ReportCell {
  return typeof v === "number" ? figure(rupiah(v), v) : mid(v === BELUM_DIISI ? v : "-");
}

/** A kriteria cell's text: a label of the scale, "–", "belum diisi", else "-" (never a problem's sentence). */
export function kriteriaText(k: CellValue, scale: Scale): string {
  if (k === NO_TARGET || k === BELUM_DIISI || scale.bands.some((b) => b.label === k)) return String(k);
  return "-";
}

type SumField = "targetTw" | "rakTw" | "realisasiTw" | "realisasiAnggaranTw" | "pagu";

/**
 * The cells a figure's sums over `fields` skip (up to its TW): a number typed as text the tab's
 * formulas cannot read ("4.40", "Rp 5.000"), or other text where a number belongs, each as "G12"
 * of its tab.
 */
export function unreadableCells(
  f: IndicatorFigures,
  fields: SumField[],
): { typedAsText: string[]; notNumber: string[] } {
  const typedAsText: string[] = [];
  const notNumber: string[] = [];
  const add = (v: CellValue, col: number | undefined, money = false) => {
    // What the evaluation tab reads ("1 UPT", "5.500.000", "-", "18,2 jt" of rupiah) is counted: no note for it.
    if (sheetNumber(v, money) !== null) return;
    const cell = col === undefined ? `baris ${f.row.row + 1}` : `${columnLetter(col + 1)}${f.row.row + 1}`;
    (numberOf(v) === null ? notNumber : typedAsText).push(cell);
  };
  for (const field of fields) {
    if (field === "pagu") {
      add(f.row.pagu, f.row.columns.pagu, true);
      continue;
    }
    // Only a kumulatif indicator sums its TW targets and realisasi; the others read one cell as typed.
    if ((field === "targetTw" || field === "realisasiTw") && f.sifat !== "kumulatif") continue;
    const money = field === "rakTw" || field === "realisasiAnggaranTw";
    for (let i = 0; i < f.tw; i++)
      add(f.row[field][i], f.row.columns[`${field}${(i + 1) as 1 | 2 | 3 | 4}`], money);
  }
  return { typedAsText, notNumber };
}

/**
 * The one note under a table whose figures skip cells: per tab, one sentence per kind of problem
 * naming the cells. null when every cell was read.
 */
export function unreadableNote(
  id: string,
  figures: IndicatorFigures[],
  fields: SumField[],
): ReportParagraph | null {
  const byTab = new Map<string, { typedAsText: Set<string>; notNumber: Set<string> }>();
  for (const f of figures) {
    const u = unreadableCells(f, fields);
    if (!u.typedAsText.length && !u.notNumber.length) continue;
    const t = byTab.get(f.tab) ?? { typedAsText: new Set<string>(), notNumber: new Set<string>() };
    for (const c of u.typedAsText) t.typedAsText.add(c);
    for (const c of u.notNumber) t.notNumber.add(c);
    byTab.set(f.tab, t);
  }
  const sentences: string[] = [];
  const list = (cells: Set<string>) => [...cells].join(", ");
  const say = (cells: Set<string>, tab: string, what: string, fix: string) => {
    if (cells.size)
      sentences.push(
        `Sel ${list(cells)} di tab ${tab} berisi ${what}: angka tabel ini tidak menghitungnya sampai sel itu ${fix} angka.`,
      );
  };
  for (const [tab, t] of byTab) {
    say(t.typedAsText, tab, "angka yang tersimpan sebagai teks", "diketik ulang sebagai");
    say(t.notNumber, tab, "teks, bukan angka", "diisi");
  }
  if (!sentences.length) return null;
  return paragraph(`${id}-catatan`, `Catatan: ${sentences.join(" ")}`);
}

export function kriteriaFill(label: CellValue, scale: Scale): string | undefined {
  return scale.bands.find((b) => b.label === label)?.background;
}

/** A table's one header row: the labels centred. */
export const headerRow = (labels: string[]): ReportCell[][] => [labels.map(mid)];

/** The Renstra's end target, with its year where asked ("120 (2026)"), or that the PK tab lacks it. */
export function renstraTargetCell(f: IndicatorFigures, withYear: boolean): ReportCell {
  const r = f.renstra;
  // Where to fill it is said once, by the indicator's sentence (`renstraSentence`), not in a narrow cell.
  if (!r || r.targetAkhir === "") return text(BELUM_DIISI);
  const cell = valueCell(r.targetAkhir, "-", f.decimals);
  return withYear && r.tahunAkhir ? { ...cell, text: `${cell.text} (${r.tahunAkhir})` } : cell;
}

/** The No column: 1, 2, 3 … centred. */
export const noCell = (n: number): ReportCell => mid(String(n));

/** No | Indikator Kinerja | Satuan: how most tables start an indicator's row (its headers, its cells). */
export const INDICATOR_HEADERS = ["No", "Indikator Kinerja", "Satuan"];
export const indicatorCells = (f: IndicatorFigures, no: number): ReportCell[] => [
  noCell(no),
  text(f.row.indikator),
  mid(f.row.satuan),
];

/** Target s.d. TW | Realisasi s.d. TW | Capaian s.d. TW (%) | Kriteria: the quarter's columns of the capaian tables. */
const sdHeaders = (twLabel: string) => [
  `Target s.d. ${twLabel}`,
  `Realisasi s.d. ${twLabel}`,
  `Capaian s.d. ${twLabel} (%)`,
  "Kriteria",
];

/** Sasaran | Indikator | Satuan | Target tahunan | Target s.d. TW | Realisasi s.d. TW | Capaian s.d. TW (%) | Kriteria | Capaian thd target tahunan (%) */
export function capaianTable(
  id: string,
  caption: string,
  rows: IndicatorFigures[],
  scale: Scale,
  twLabel: string | null,
): ReportTable {
  const annual = twLabel === null;
  const header = annual
    ? ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Kriteria"]
    : [
        "No",
        "Sasaran",
        "Indikator Kinerja",
        "Satuan",
        "Target tahunan",
        ...sdHeaders(twLabel),
        "Capaian thd target tahunan (%)",
      ];
  return {
    kind: "table",
    id,
    caption,
    header: headerRow(header),
    widths: annual ? [4, 22, 26, 8, 10, 10, 10, 10] : [4, 18, 22, 7, 8, 8, 8, 8, 9, 8],
    rows: rows.map((f, i): ReportRow => {
      // A row mixing percent scales has a wrong capaian (Periksa's galat): no kriteria of it.
      const kriteria = mixedPercent(f) ? SCALE_DOUBT : annual ? f.kriteriaTahunan : f.kriteria;
      const cells: ReportCell[] = [
        noCell(i + 1),
        text(f.row.sasaran || f.row.uraian),
        text(f.row.indikator),
        mid(f.row.satuan),
        valueCell(f.targetTahunan, "-", f.decimals),
        ...(annual ? [] : [valueCell(f.targetSd, NO_TARGET, f.decimals)]),
        valueCell(f.realisasiSd, belumDiisiText(f), f.decimals),
        percentCell(annual ? f.capaianTahunan : f.capaianSd),
        mid(kriteria === SCALE_DOUBT ? kriteria : kriteriaText(kriteria, scale)),
        ...(annual ? [] : [percentCell(capaianTahunanShown(f))]),
      ];
      const fill = kriteriaFill(kriteria, scale);
      return { cells, fills: fill ? { [annual ? 7 : 8]: fill } : undefined };
    }),
  };
}

/** The per-bidang evaluation form: every indicator of program, kegiatan and sub kegiatan. */
export function evaluationForm(
  id: string,
  caption: string,
  rows: IndicatorFigures[],
  scale: Scale,
  twLabel: string,
): ReportTable {
  const header = [
    "Kode",
    "Program / Kegiatan / Sub Kegiatan",
    "Indikator Kinerja",
    "Satuan",
    `Target ${twLabel}`,
    `Realisasi ${twLabel}`,
    ...sdHeaders(twLabel),
  ];
  let lastUraian = "";
  return {
    kind: "table",
    id,
    caption,
    header: headerRow(header),
    // A kegiatan's kode, satuan ("predikat", "dokumen") and "Realisasi" fit their columns unbroken.
    widths: [11, 16, 19, 8, 7.5, 8.5, 7.5, 8.5, 8, 9],
    rows: rows.map((f): ReportRow => {
      const tw = f.tw;
      // "-" or "tidak ditargetkan" typed for the TW's target: no target, as in the evaluation tab.
      const targetTw = blankValue(f.row.targetTw[tw - 1]) ? "" : f.row.targetTw[tw - 1];
      const uraian = f.row.uraian && f.row.uraian !== lastUraian ? f.row.uraian : "";
      lastUraian = f.row.uraian || lastUraian;
      const fill = mixedPercent(f) ? undefined : kriteriaFill(f.kriteria, scale);
      return {
        kind: f.row.level === "program" || f.row.level === "sasaran" ? "group" : undefined,
        indent: f.row.level === "kegiatan" ? 1 : f.row.level === "subkegiatan" ? 2 : 0,
        cells: [
          text(f.row.kode),
          text(uraian),
          text(f.row.indikator),
          mid(f.row.satuan),
          valueCell(targetTw, NO_TARGET, f.decimals),
          valueCell(
            f.row.realisasiTw[tw - 1],
            isNoTarget(targetTw, f.row.polaritas) ? NO_TARGET : "belum diisi",
            f.decimals,
          ),
          valueCell(f.targetSd, NO_TARGET, f.decimals),
          valueCell(f.realisasiSd, belumDiisiText(f), f.decimals),
          percentCell(f.capaianSd),
          mid(mixedPercent(f) ? SCALE_DOUBT : kriteriaText(f.kriteria, scale)),
        ],
        fills: fill ? { 9: fill } : undefined,
      };
    }),
  };
}

interface BudgetLine {
  f: IndicatorFigures;
  depth: number;
  /** A kode whose program (or kegiatan) is not in the table: listed last, in the TOTAL itself. */
  orphan?: boolean;
}

const budgetSources = (figures: IndicatorFigures[]) =>
  figures.map((f) => ({ ...f.row, pagu: f.pagu, tab: f.tab }));

/**
 * The budget lines an anggaran table lists, each kode once over the tabs, with its depth below its own
 * tab's highest level (a kegiatan heads a tab that lists no program), down to `depth` levels, each
 * under its parent by kode whatever the row order (2.07.03.2.02 typed at the bottom goes under
 * program 2.07.03): a line without kode, or whose parent above it has none, under the line above
 * it; a kode whose parent is not among the lines (another sasaran's table of the LAKIP, or none in
 * the tab) after the tab's other lines, heading its own lines, in the TOTAL (`orphan`).
 */
function budgetListing(figures: IndicatorFigures[], depth: number): BudgetLine[] {
  const sources = budgetSources(figures);
  const all = budgetLines(sources);
  const tops = topDepths(sources, all);
  // Each line under its parent (`budgetParents`, by kode over every tab); a line whose parent is not
  // among them after the other lines of its tab.
  const parents = budgetParents(sources, all);
  // A line's depth below its tree's head: a head's below its own tab's highest level, a child's
  // its parent's and the levels between them (kegiatan 1.02.02.2.01 of tab 'P2P', which lists only
  // kegiatan, is a kegiatan of program 1.02.02 of tab 'Kesmas').
  const depths = new Map<number, number>();
  const depthOf = (i: number): number => {
    const known = depths.get(i);
    if (known !== undefined) return known;
    const p = parents.get(i) ?? -1;
    const own = budgetDepth(figures[i].row);
    const d = p < 0 ? own - (tops.get(figures[i].tab) ?? 0) : depthOf(p) + own - budgetDepth(figures[p].row);
    depths.set(i, d);
    return d;
  };
  const lines: BudgetLine[] = all.map((i) => ({ f: figures[i], depth: depthOf(i) }));
  const lineOf = new Map(all.map((i, n) => [i, lines[n]]));
  const kids = new Map<BudgetLine | string, BudgetLine[]>();
  all.forEach((i, n) => {
    const l = lines[n];
    const parent = lineOf.get(parents.get(i) ?? -1);
    l.orphan = !parent && l.depth > 0;
    const key = parent ?? `${l.orphan ? "|" : ""}${l.f.tab}`;
    const siblings = kids.get(key) ?? [];
    kids.set(key, siblings);
    siblings.push(l);
  });
  const out: BudgetLine[] = [];
  const walk = (l: BudgetLine) => {
    out.push(l);
    for (const k of kids.get(l) ?? []) walk(k);
  };
  for (const tab of new Set(figures.map((f) => f.tab)))
    for (const l of [...(kids.get(tab) ?? []), ...(kids.get(`|${tab}`) ?? [])]) walk(l);
  return out.filter((l) => l.depth <= depth);
}

/** The figures an anggaran table of `depth` levels lists (for the note on numbers typed as text). */
export function budgetFigures(figures: IndicatorFigures[], depth: number): IndicatorFigures[] {
  return budgetListing(figures, depth).map((l) => l.f);
}

/**
 * The anggaran table, program → kegiatan → sub kegiatan, each kode once: Jumlah anggaran | Target
 * anggaran kas s.d. TW | Realisasi anggaran s.d. <the quarter's last day> | % (realisasi / kas ×
 * 100), "-" where nothing, and a TOTAL row over each bidang tab's highest level present (`budgetRows`:
 * a tab listing programs adds its programs, a tab listing only kegiatan its kegiatan), so the TOTAL
 * is the Ringkasan's Jumlah pagu and the rekap's. `depth`: how many levels below a tab's top are
 * listed (Tabel 3.22 of the LKjIP: program and kegiatan, 1). `annual`: Anggaran | Realisasi | % of
 * the pagu (LKjIP Tabel 3.22).
 */
export function anggaranTable(
  id: string,
  caption: string,
  figures: IndicatorFigures[],
  labels: { kas: string; realisasi: string } | "annual",
  programNo: { next: number },
  depth = 2,
): ReportTable | null {
  const lines = budgetListing(figures, depth);
  if (!lines.length) return null;
  const topLines = new Set(budgetRows(budgetSources(figures)).map((i) => figures[i]));
  const annual = labels === "annual";
  const counters = [0, 0, 0];
  const rows: ReportRow[] = lines.map((l): ReportRow => {
    counters[l.depth]++;
    for (let d = l.depth + 1; d < 3; d++) counters[d] = 0;
    // A line whose program (or kegiatan) is not in the table heads its own, as its TOTAL counts it.
    const head = l.depth === 0 || l.orphan;
    // As the reference LAKIP: program I, II … (bold), kegiatan 1, 2 … in the No column, sub kegiatan
    // numbered inside the name column under its kegiatan ("1 Identifikasi Potensi …"), No blank.
    const sub = !head && l.depth === 2;
    const no = head ? roman(programNo.next++) : sub ? "" : String(counters[l.depth]);
    const f = l.f;
    const share = annual ? f.serapanPagu : f.serapanRak;
    const pctCell = share === BELUM_DIISI ? mid(share) : percentCell(share || "");
    const name = `${sub ? `${counters[2]} ` : ""}${lineName(f)}${l.orphan ? ` (${f.row.kode && `kode ${f.row.kode}: `}induknya tidak ada di tabel ini)` : ""}`;
    return {
      kind: head ? "group" : undefined,
      indent: head ? 0 : l.depth,
      cells: [
        mid(no),
        text(name),
        rupiahCell(f.pagu),
        ...(annual ? [] : [rupiahCell(f.rakSd)]),
        rupiahCell(f.realisasiAnggaranSd),
        pctCell,
      ],
    };
  });
  // The TOTAL sums each budget line once, as the Ringkasan and the rekap do.
  const summed = lines.filter((l) => topLines.has(l.f)).map((l) => l.f);
  // Over what is readable: a sum the tab cannot make (a number typed as text) counts its number cells;
  // the note under the table names the cells left out.
  const readable = (v: CellValue, quad: CellValue[], tw: number): number =>
    typeof v === "number"
      ? v
      : v === TEXT_IN_SUM
        ? quad.slice(0, tw).reduce<number>((a, x) => a + (typeof x === "number" ? x : 0), 0)
        : 0;
  const total = (pick: (f: IndicatorFigures) => number): number => summed.reduce((a, f) => a + pick(f), 0);
  const pagu = total((f) => (typeof f.pagu === "number" ? f.pagu : 0));
  const kas = total((f) => readable(f.rakSd, f.row.rakTw, f.tw));
  const real = total((f) => readable(f.realisasiAnggaranSd, f.row.realisasiAnggaranTw, f.tw));
  const base = annual ? pagu : kas;
  // One budget line whose spending of the TW is not reported: the total is not known either.
  const unreported = summed.some((f) => f.realisasiAnggaranSd === BELUM_DIISI);
  const share = unreported ? BELUM_DIISI : base && real ? (real / base) * 100 : "";
  const totalRow: ReportRow = {
    kind: "total",
    cells: [
      { text: "TOTAL", align: "center", span: 2 },
      text(""),
      rupiahCell(pagu),
      ...(annual ? [] : [rupiahCell(kas)]),
      rupiahCell(unreported ? BELUM_DIISI : real),
      share === BELUM_DIISI ? mid(share) : percentCell(share),
    ],
  };
  const header = annual
    ? headerRow(["No", "Program / Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "Persentase (%)"])
    : headerRow([
        "No",
        "Program / Kegiatan / Sub Kegiatan",
        "Jumlah anggaran (Rp)",
        labels.kas,
        labels.realisasi,
        "%",
      ]);
  return {
    kind: "table",
    id,
    caption,
    header,
    widths: annual ? [5, 45, 18, 18, 10] : [5, 39, 15, 15, 16, 8],
    rows: [...rows, totalRow],
  };
}

/** The TOTAL row's figures of an anggaran table (for the sentence under it). */
export function totals(table: ReportTable): {
  pagu?: number;
  kas?: number;
  realisasi?: number;
  pct?: number;
  /** A budget line's spending of the TW is not reported: no realisasi total ("belum diisi"). */
  belumDiisi: boolean;
} {
  const row = table.rows.find((r) => r.kind === "total");
  if (!row) return { belumDiisi: false };
  const v = row.cells.map((c) => c.value);
  const belumDiisi = row.cells.some((c) => c.text === BELUM_DIISI);
  return table.header[0].length === 6
    ? { pagu: v[2], kas: v[3], realisasi: v[4], pct: v[5], belumDiisi }
    : { pagu: v[2], realisasi: v[3], pct: v[4], belumDiisi };
}

/** A bar's colour: its kriteria's, grey for "–" (no target), pale for "belum diisi" or no kriteria. */
export function barColor(kriteria: CellValue, scale: Scale): string {
  const fill = kriteriaFill(kriteria, scale);
  if (fill) return fill;
  return kriteria === NO_TARGET ? NO_TARGET_COLOR : BELUM_DIISI_COLOR;
}
export const NO_TARGET_COLOR = "#9e9e9e";
export const BELUM_DIISI_COLOR = "#e0e0e0";

/** Capaian against the annual target, or "–" while nothing was targeted and nothing realised yet. */
export function capaianTahunanShown(f: IndicatorFigures): CellValue {
  return f.capaianSd === NO_TARGET && !numberOf(f.realisasiSd) ? NO_TARGET : f.capaianTahunan;
}

/** Bars of capaian per indicator, each in its kriteria colour, with the 100 % line. */
export function capaianChart(
  id: string,
  title: string,
  figures: IndicatorFigures[],
  scale: Scale,
  pick: (f: IndicatorFigures) => { capaian: CellValue; kriteria: CellValue },
): ReportChart {
  return {
    kind: "chart",
    id,
    title,
    categories: figures.map((f) => f.row.indikator),
    series: [
      {
        name: "Capaian (%)",
        values: figures.map((f) => {
          const c = pick(f).capaian;
          return typeof c === "number" ? c : null;
        }),
        color: "#1565c0",
      },
    ],
    barColors: figures.map((f) => barColor(pick(f).kriteria, scale)),
    stacked: false,
    horizontal: true,
    valueTitle: "Capaian (%)",
    valueFormat: "percent",
    rule: { value: 100, label: "Target 100 %" },
  };
}

/** Why an indicator has no kriteria: no target s.d. TW ("–"), realisasi not reported, or a capaian that cannot be computed. */
export type Unrated = "tanpaTarget" | "belumDiisi" | "tidakDihitung";

/** The state of a kriteria that is no label of the scale (null: it is rated). */
export function unratedState(k: CellValue, scale: Scale): Unrated | null {
  if (scale.bands.some((b) => b.label === k)) return null;
  if (k === NO_TARGET) return "tanpaTarget";
  if (k === BELUM_DIISI || k === "") return "belumDiisi";
  return "tidakDihitung";
}

/** The three unrated states as the chart's legend and the sentences name them. */
export function unratedLabels(twLabel: string): Record<Unrated, string> {
  return {
    tanpaTarget: `Tanpa target s.d. ${twLabel} (–)`,
    belumDiisi: `Realisasi s.d. ${twLabel} belum diisi`,
    tidakDihitung: "Capaian tidak dapat dihitung",
  };
}

const UNRATED_COLORS: Record<Unrated, string> = {
  tanpaTarget: NO_TARGET_COLOR,
  belumDiisi: BELUM_DIISI_COLOR,
  tidakDihitung: "#616161",
};

/**
 * Indicators per kriteria, stacked per bidang (the Ringkasan tab's chart, drawn for print); the
 * unrated ones by their state, each state shown only where some indicator is in it.
 */
export function kriteriaChart(
  id: string,
  title: string,
  bidang: { name: string; figures: IndicatorFigures[] }[],
  scale: Scale,
  pick: (f: IndicatorFigures) => CellValue,
  twLabel: string,
): ReportChart {
  const count = (figs: IndicatorFigures[], test: (k: CellValue) => boolean) =>
    figs.filter((f) => test(pick(f))).length;
  return {
    kind: "chart",
    id,
    title,
    categories: bidang.map((b) => b.name),
    series: [
      ...scale.bands.map((band) => ({
        name: band.label,
        values: bidang.map((b) => count(b.figures, (k) => k === band.label)),
        color: band.background,
      })),
      ...(Object.entries(unratedLabels(twLabel)) as [Unrated, string][])
        .map(([state, name]) => ({
          name,
          values: bidang.map((b) => count(b.figures, (k) => unratedState(k, scale) === state)),
          color: UNRATED_COLORS[state],
        }))
        .filter((s) => s.values.some((v) => v > 0)),
    ],
    stacked: true,
    horizontal: true,
    valueTitle: "Jumlah indikator",
    valueFormat: "integer",
  };
}

/** Realisasi anggaran against the anggaran kas (or the pagu) per program. */
export function serapanChart(
  id: string,
  title: string,
  programs: IndicatorFigures[],
  base: "rak" | "pagu",
  baseLabel: string,
): ReportChart {
  const n = (v: CellValue) => (typeof v === "number" ? v : null);
  return {
    kind: "chart",
    id,
    title,
    categories: programs.map(lineName),
    series: [
      {
        name: baseLabel,
        values: programs.map((f) => n(base === "rak" ? f.rakSd : f.pagu)),
        color: "#90a4ae",
      },
      { name: "Realisasi anggaran", values: programs.map((f) => n(f.realisasiAnggaranSd)), color: "#1565c0" },
    ],
    stacked: false,
    horizontal: true,
    valueTitle: "Rupiah",
    valueFormat: "integer",
  };
}

/**
 * A budget line's name: its program, kegiatan or sub kegiatan, else (a plan whose names were not read)
 * its indicator, so that the line is never blank and the server's check knows whose figures it shows.
 */
export const lineName = (f: IndicatorFigures): string =>
  f.row.uraian || f.row.program || f.row.kegiatan || f.row.indikator;

/**
 * The top budget lines of the figures, each kode once over the tabs: the programs, or the kegiatan of a
 * bidang tab that lists no program (`budgetRows`, the lines the TOTAL sums), for the serapan chart
 * and the programs of the LKjIP's Tabel 3.20 and 3.21.
 */
export function programsOf(figures: IndicatorFigures[]): IndicatorFigures[] {
  return budgetRows(budgetSources(figures)).map((i) => figures[i]);
}

/** "program", or "program/kegiatan" when a bidang tab lists only kegiatan: the serapan chart's title. */
export function programWord(programs: IndicatorFigures[]): string {
  return programs.every((f) => budgetLevel(f.row) === "program") ? "program" : "program/kegiatan";
}

/**
 * A request under a budget table where a kode carries different pagu in two bidang tabs (the TOTAL
 * counts it once, at the first tab's pagu): "[Pagu program 1.02.02 berbeda antartab: Rp
 * 1.450.000.000 di tab 'Kesmas', Rp 1.400.000.000 di tab 'P2P'; …]", or "" when they agree.
 */
export function paguDiffersRequest(figures: IndicatorFigures[]): string {
  const differs = paguDiffers(budgetSources(figures));
  if (!differs.length) return "";
  const level = { program: "program", kegiatan: "kegiatan", subkegiatan: "sub kegiatan" };
  const each = differs.map(
    (d) =>
      `${level[d.level]} ${d.kode}: ${d.tabs.map((t) => `${typeof t.pagu === "number" ? `Rp ${rupiah(t.pagu)}` : `"${String(t.pagu)}"`} di tab '${t.tab}'`).join(", ")}`,
  );
  return `[Pagu berbeda antartab bidang untuk ${each.join("; ")}. TOTAL menghitungnya sekali, dengan pagu tab '${differs[0].tabs[0].tab}'${differs.length > 1 ? " (tab pertama yang mencantumkannya)" : ""}; samakan pagunya di tab bidang, lalu buat laporan lagi.]`;
}
