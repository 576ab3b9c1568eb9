import { columnLetter } from "../a1";
import type {
  CellValue,
  ChartSpec,
  ConditionalColour,
  RangeRef,
  TabFormat,
  TabSnapshot,
  WriteCell,
} from "../cells";
import { rect } from "../cells";
import type { Scale } from "../kriteria";
import { headerStyle, type Style } from "../style";
import { fnv1a } from "../text";
import { valueText } from "./format";
import type { ReportBlock, ReportDocument, ReportTable } from "./model";

/**
 * The report as a Sheets tab ("Laporan TW II 2024"), laid out for printing on A4 landscape (fit to
 * width): one column grid for every table, paragraphs as lines of text in column A that run over the
 * empty cells beside them, each chart beside the block of figures it is drawn from. Written as ONE
 * rectangle through the port, its formats batched per table.
 *
 * Regenerated in place like the evaluation tab, and nothing a person typed is lost: a hidden last
 * column keeps each row's key and a fingerprint of every cell as the add-on wrote it. A cell that no
 * longer matches its fingerprint was typed by a person: it stays in its row (found by key) on the
 * next run; a typed row whose key is gone, or a row a person added, is kept under "ISIAN ANDA" at
 * the end, and the message says how many.
 */
export const GRID = 12;
const KEY_COL = GRID + 1;
export const KEY_HEADER = "Kunci";
const WIDTHS = [90, 210, 200, 115, 115, 110, 100, 100, 100, 100, 100, 100];
/**
 * A paragraph's row is merged over columns A–G (940 px): read whole, without scrolling sideways, on
 * a 1.366-pixel laptop screen with the panel open (the tables are wider, as printed).
 */
const PARAGRAPH_COLS = 7;
/**
 * Characters of a line of a paragraph: Arial 10 pt, Sheets' default, averages 6,25 px a character
 * on the report's prose; 7 leaves room.
 */
const LINE = Math.floor((WIDTHS.slice(0, PARAGRAPH_COLS).reduce((a, b) => a + b, 0) - 8) / 7);
/** A row of one line of 10 pt text, as Sheets makes it, and each further wrapped line. */
const ROW_PX = 21;
const LINE_PX = 17;
const CHART_ROWS = 20;
const PLACEHOLDER_BG = "#fff3b0";
const PLACEHOLDER_FONT = "#9a3412";
const TOTAL_BG = "#eef1f6";
export const FIRST_LINE =
  "Dibuat add-on SAKIP dari Rencana Aksi dan tab Evaluasi; buat laporan lagi untuk memperbarui (isian Anda tetap).";

export interface SheetReport {
  cells: WriteCell[][];
  format: TabFormat;
  charts: ChartSpec[];
  /** Cells a person typed, kept in their rows. */
  kept: number;
  /** Rows a person typed whose place is gone, kept under "ISIAN ANDA" at the end. */
  moved: number;
  /** Figures a person typed over, written again: 'H10 100 → 95,86'. */
  rewritten: string[];
}

/** FNV-1a of a cell's text, base 36: enough to tell a person's edit from what the add-on wrote. */
function fingerprint(v: CellValue): string {
  return fnv1a(v instanceof Date ? `d${v.getTime()}` : String(v)).toString(36);
}

/** A row of the tab and the key it is found by on the next run ("" for a blank row). */
interface Line {
  key: string;
  cells: CellValue[];
  /** Columns of figures (capaian, target, kriteria, rupiah, chart data): computed, never a person's. */
  figures?: number[];
}

/**
 * The height of the row a paragraph is written in: Sheets does not grow a row for the text of a
 * merged cell, so the row is given the height of the lines the text wraps to.
 */
export function paragraphHeight(text: string): number {
  return ROW_PX + LINE_PX * (paragraphLines(text).length - 1);
}

/** The value axis of a chart: from 0 to a round number above the tallest bar, 4 to 7 ticks. */
export function chartAxis(top: number): { max: number; step: number } {
  const goal = Math.max(1, top * 1.1);
  const rough = goal / 6;
  const unit = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((k) => k * unit).find((k) => k >= rough) ?? 10 * unit);
  return { max: Math.ceil(goal / step) * step, step };
}

/** Splits a paragraph into lines of at most LINE characters, at spaces. */
export function paragraphLines(text: string, width = LINE): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line || !out.length) out.push(line);
  return out;
}

const row = (first: string, at = 0): CellValue[] => {
  const r = new Array<CellValue>(GRID).fill("");
  r[at] = first;
  return r;
};

export function renderSheet(doc: ReportDocument, scale: Scale, existing: TabSnapshot | null): SheetReport {
  const lines: Line[] = [];
  const styles: Style[] = [{ range: rect(1, 1), fontColor: "#555555" }];
  const merges: RangeRef[] = [];
  const charts: ChartSpec[] = [];
  const used = new Map<string, number>();
  const keyOf = (k: string) => {
    const n = (used.get(k) ?? 0) + 1;
    used.set(k, n);
    return n === 1 ? k : `${k}#${n}`;
  };
  /** The rows holding a paragraph, each merged over the grid and wrapped. */
  const paragraphs: number[] = [];
  const rowNo = () => lines.length + 2; // row 1 is the tab's first line
  const push = (key: string, cells: CellValue[], figures?: number[]) =>
    lines.push({ key: key ? keyOf(key) : "", cells, figures });
  const blank = () => push("", row(""));

  for (const block of doc.blocks) renderBlock(block);

  function renderBlock(block: ReportBlock): void {
    switch (block.kind) {
      case "heading": {
        const r = rowNo();
        push(`h:${block.text}`, row(block.text));
        // Bold only: a heading runs over the empty cells beside it, which a fill would stop.
        styles.push({ range: rect(r, 1), bold: true });
        return;
      }
      case "paragraph": {
        // One row, its cell merged over the grid: the whole paragraph is seen (and edited) at once.
        const at = rowNo();
        paragraphs.push(at);
        push(`p:${block.id}:0`, row(block.draft ? `[Draf] ${block.text}` : block.text));
        if (block.bold) styles.push({ range: rect(at, 1), bold: true });
        // A request for missing text in dark orange.
        if (block.placeholder) styles.push({ range: rect(at, 1), fontColor: PLACEHOLDER_FONT, bold: true });
        return;
      }
      case "table":
        renderTable(block);
        return;
      case "chart": {
        const top = rowNo();
        const cols = block.series.length + 1 + (block.rule ? 1 : 0);
        push(`g:${block.id}:c`, row(`Data grafik: ${block.title}`));
        // From column B (210 px), the categories wrapped: an indicator's name is read whole.
        const head = row("Kategori", 1);
        block.series.forEach((s, i) => {
          head[i + 2] = s.name;
        });
        if (block.rule) head[block.series.length + 2] = block.rule.label;
        push(`g:${block.id}:h`, head);
        block.categories.forEach((c, ci) => {
          const r = row(c, 1);
          block.series.forEach((s, si) => {
            const v = s.values[ci];
            r[si + 2] = v === null ? "" : v;
          });
          if (block.rule) r[block.series.length + 2] = block.rule.value;
          push(
            `g:${block.id}:${ci}`,
            r,
            r.flatMap((_, c) => (c > 1 && c < cols + 1 ? [c] : [])),
          );
        });
        // The tallest bar: a category's sum when stacked, else its largest value.
        const tops = block.categories.map((_, ci) =>
          block.series.reduce(
            (n, x) => (block.stacked ? n + (x.values[ci] ?? 0) : Math.max(n, x.values[ci] ?? 0)),
            0,
          ),
        );
        styles.push(
          {
            range: rect(top + 2, 3, block.categories.length, cols - 1),
            numberFormat: block.valueFormat === "percent" ? "#,##0.00" : "#,##0",
          },
          { range: rect(top + 2, 2, block.categories.length), wrap: true },
        );
        styles.push({ range: rect(top, 1), bold: true, fontColor: "#555555" });
        const anchor = rowNo();
        for (let i = 0; i < CHART_ROWS; i++) blank();
        charts.push({
          title: block.title,
          range: { row: top + 1, col: 2, rows: block.categories.length + 1, cols },
          stacked: block.stacked,
          // The target in neutral grey: red reads as "bad" beside the capaian bars.
          colors: [...block.series.map((s) => s.color), ...(block.rule ? ["#9e9e9e"] : [])],
          row: anchor,
          col: 2,
          width: 900,
          height: 380,
          axis: {
            ...chartAxis(Math.max(block.rule?.value ?? 0, ...tops)),
            percent: block.valueFormat === "percent",
          },
          // The target as a line across the bars, as the .docx draws it (not a second bar).
          line: !!block.rule,
        });
        return;
      }
      case "signature": {
        const lines = [
          `${block.place}, ${block.date}`,
          block.role,
          "",
          "",
          "",
          block.name,
          ...block.nip.split("\n"),
        ];
        lines.forEach((l, i) => {
          push(`s:${block.id}:${i}`, row(l, 7));
        });
        styles.push({
          range: rect(rowNo() - block.nip.split("\n").length - 1, 8),
          bold: true,
        });
        return;
      }
      case "pageBreak":
        blank();
        blank();
        return;
    }
  }

  function renderTable(t: ReportTable): void {
    const cols = Math.min(GRID, t.header[0].length);
    push(`t:${t.id}:c`, row(t.caption));
    styles.push({ range: rect(rowNo() - 1, 1), bold: true });
    const top = rowNo();
    t.header.forEach((h, i) => {
      push(`t:${t.id}:h${i}`, cellsOf(h));
      spans(h, rowNo() - 1);
    });
    styles.push(headerStyle(top, cols), {
      range: { row: top, col: 1, rows: t.header.length, cols },
      wrap: true,
      horizontalAlignment: "center",
    });
    const body = rowNo();
    t.rows.forEach((r, i) => {
      const at = rowNo();
      // A figure is right-aligned or centred (kriteria, "-"); a name or a person's text to the left.
      push(
        `t:${t.id}:${i}`,
        cellsOf(r.cells, r.indent),
        r.cells.flatMap((c, x) => (c.align && c.align !== "left" ? [x] : [])),
      );
      spans(r.cells, at);
      if (r.kind === "group" || r.kind === "total")
        styles.push({
          range: { row: at, col: 1, rows: 1, cols },
          bold: true,
          ...(r.kind === "total" ? { background: TOTAL_BG } : {}),
        });
    });
    const n = rowNo() - body;
    if (!n) return;
    styles.push({ range: { row: body, col: 1, rows: n, cols }, wrap: true });
    // Figures to the right, as printed: one style per column whose cells are numbers.
    for (let c = 0; c < cols; c++) {
      const count = (a: string) => t.rows.filter((r) => r.cells[c]?.align === a).length;
      const align = count("right") >= count("center") ? (count("right") ? "right" : null) : "center";
      if (align) styles.push({ range: rect(body, c + 1, n), horizontalAlignment: align });
    }
  }

  function cellsOf(cells: { text: string; span?: number }[], indent = 0): CellValue[] {
    const r = row("");
    cells.slice(0, GRID).forEach((c, i) => {
      r[i] = i === 1 && indent ? `${"   ".repeat(indent)}${c.text}` : c.text;
    });
    return r;
  }

  function spans(cells: { span?: number }[], at: number): void {
    cells.forEach((c, i) => {
      if (c.span && c.span > 1) merges.push(rect(at, i + 1, 1, Math.min(c.span, GRID - i)));
    });
  }

  // ---- keep what a person typed
  let kept = 0;
  let moved = 0;
  const typed = existing
    ? typedCells(existing)
    : { byKey: new Map<string, Map<number, CellValue>>(), loose: [] };
  const placed = new Set<string>();
  const rewritten: string[] = [];
  const out: WriteCell[][] = lines.map((l, i) => {
    const cells: WriteCell[] = [...l.cells];
    const mine = l.cells.map(fingerprint).join(",");
    const theirs = l.key ? typed.byKey.get(l.key) : undefined;
    if (theirs) {
      placed.add(l.key);
      for (const [c, v] of theirs) {
        // A figure typed over is written again from the evaluation; the message keeps what was typed.
        if (l.figures?.includes(c))
          rewritten.push(
            `${columnLetter(c + 1)}${i + 2} ${valueText(v)} → ${valueText(cells[c] as CellValue)}`,
          );
        else {
          cells[c] = v;
          kept++;
        }
      }
    }
    return [...cells, l.key ? `${l.key}|${mine}` : ""];
  });
  const orphans: CellValue[][] = [
    ...[...typed.byKey.entries()]
      .filter(([k]) => !placed.has(k))
      .map(([, cells]) => {
        const r: CellValue[] = new Array(GRID).fill("");
        for (const [c, v] of cells) r[c] = v;
        return r;
      }),
    ...typed.loose,
  ];
  if (orphans.length) {
    const head = row("ISIAN ANDA (disimpan, tidak dihapus)");
    styles.push({
      range: rect(out.length + 2, 1, 1, GRID),
      bold: true,
      background: PLACEHOLDER_BG,
    });
    out.push([...head, ""]);
    for (const r of orphans) {
      out.push([...r, ""]);
      moved++;
      // Text in column A only (a paragraph that lost its place): merged and wrapped as one.
      if (r.slice(1).every((v) => v === "")) paragraphs.push(out.length + 1);
    }
  }
  const firstLine: WriteCell[] = [...row(FIRST_LINE), KEY_HEADER];
  const all: WriteCell[][] = [firstLine, ...out];
  while (existing && all.length < existing.values.length) all.push(new Array<WriteCell>(KEY_COL).fill(""));
  // Paragraph rows: merged over the grid and wrapped, one call per run of rows; each as tall as its
  // text (what a person wrote there included), one call per run of equal heights. A rewrite first
  // breaks apart the merges of the previous layout and gives back the default height to a row that
  // held a paragraph and holds none now.
  const runs = (rows: number[], same: (a: number, b: number) => boolean) => {
    const out: RangeRef[] = [];
    for (const r of rows) {
      const last = out[out.length - 1];
      if (last && last.row + last.rows === r && same(last.row, r)) last.rows++;
      else out.push(rect(r, 1, 1, PARAGRAPH_COLS));
    }
    return out;
  };
  // A row where a person typed beside the paragraph stays unmerged: a merge keeps only column A.
  const whole = paragraphs.filter((r) => all[r - 1].slice(1, GRID).every((v) => v === ""));
  const merged = runs(whole, () => true);
  styles.push(...merged.map((range) => ({ range, wrap: true })));
  const height = new Map(whole.map((r) => [r, paragraphHeight(String(all[r - 1][0]))]));
  const wasTall = (v: CellValue[]) =>
    v.slice(1, GRID).every((x) => x === "") && paragraphHeight(String(v[0] ?? "")) !== ROW_PX;
  const was = existing ? existing.values.flatMap((v, i) => (wasTall(v) ? [i + 1] : [])) : [];
  const reset = was.filter((r) => (height.get(r) ?? ROW_PX) === ROW_PX);
  const tall = whole.filter((r) => height.get(r) !== ROW_PX);
  const rowHeights = [
    ...runs(reset, () => true).map((r) => ({ ...r, height: ROW_PX })),
    ...runs(tall, (a, b) => height.get(a) === height.get(b)).map((r) => ({
      ...r,
      height: height.get(r.row) ?? ROW_PX,
    })),
  ];
  const bands: ConditionalColour[] = scale.bands.map((b) => ({
    range: rect(2, 8, Math.max(1, all.length - 1), 3),
    textEquals: b.label,
    background: b.background,
    fontColor: b.fontColor,
  }));
  return {
    cells: all,
    format: {
      columnWidths: [...WIDTHS, 60].map((width, i) => ({ col: i + 1, width })),
      hiddenColumns: [KEY_COL],
      styles,
      ...(existing ? { unmerge: rect(1, 1, all.length, GRID) } : {}),
      merges,
      mergeRows: merged,
      rowHeights,
      conditionalColours: bands,
    },
    charts,
    kept,
    moved,
    rewritten,
  };
}

/** A report tab this add-on made: its first row carries the key column's header. */
export function isOurReport(values: CellValue[][]): boolean {
  return values[0]?.[KEY_COL - 1] === KEY_HEADER;
}

/**
 * The cells of an existing report tab that a person typed: by row key, the cells whose text no
 * longer matches the fingerprint written with them; rows without a key that hold text ("loose").
 */
export function typedCells(tab: TabSnapshot): {
  byKey: Map<string, Map<number, CellValue>>;
  loose: CellValue[][];
} {
  const byKey = new Map<string, Map<number, CellValue>>();
  const loose: CellValue[][] = [];
  tab.values.slice(1).forEach((r) => {
    const keyCell = String(r[KEY_COL - 1] ?? "");
    const cells = r.slice(0, GRID);
    if (!keyCell) {
      if (cells.some((v) => v !== "")) loose.push(cells);
      return;
    }
    const bar = keyCell.lastIndexOf("|");
    const key = keyCell.slice(0, bar);
    const prints = keyCell.slice(bar + 1).split(",");
    const changed = new Map<number, CellValue>();
    cells.forEach((v, c) => {
      if (fingerprint(v) !== (prints[c] ?? fingerprint(""))) changed.set(c, v);
    });
    if (changed.size) byKey.set(key, changed);
  });
  return { byKey, loose };
}
