/**
 * The document model of a report made from the workbook (LAKIP triwulan, LKjIP Bab III): sections
 * of headings, tables whose cells carry the id-ID text a reader sees, draft paragraphs and chart
 * specifications. Core builds it once; renderers turn the same model into a Sheets tab
 * (./sheet.ts, through the workbook port), a .docx and chart images (src/render/). A figure is
 * written here exactly once, so the tab, the Word document and the evaluation tab never disagree.
 */

/** One cell of a report table: the text as printed, and the number behind it when there is one. */
export interface ReportCell {
  text: string;
  /** The unrounded figure the text shows (tests compare it with the evaluation tab). */
  value?: number;
  align?: "left" | "center" | "right";
  /** Cells this one spans to the right (a TOTAL label over No and Program); the cells it covers follow as empty placeholders. */
  span?: number;
}

export interface ReportRow {
  cells: ReportCell[];
  /** "group": a program line; "total": the TOTAL row; "note": missing data said in words. */
  kind?: "group" | "total" | "note";
  /** Indent of the first text cell (kegiatan 1, sub kegiatan 2). */
  indent?: number;
  /** Background of a cell by column (kriteria colours), #rrggbb. */
  fills?: Record<number, string>;
}

export interface ReportTable {
  kind: "table";
  /** Stable id within the report ("iku", "anggaran-sasaran-1", "3.18"). */
  id: string;
  /** "Tabel 3.18 Perbandingan ..." or the LAKIP's "Capaian Kinerja Sasaran Strategis". */
  caption: string;
  /** One or more header rows; a cell spanning columns carries `span`. */
  header: ReportCell[][];
  rows: ReportRow[];
  /** Relative column widths (they add up to anything; renderers scale them to the page). */
  widths: number[];
}

export interface ReportParagraph {
  kind: "paragraph";
  /** Stable id: a person's edit of this paragraph in the Sheets tab is kept under it. */
  id: string;
  text: string;
  /** A draft made from the numbers for staff to edit (marked as such in every rendering). */
  draft?: boolean;
  /** The paragraph asks for something a person must still write (shown highlighted). */
  placeholder?: boolean;
  bold?: boolean;
  align?: "left" | "center" | "right" | "justify";
}

/** A paragraph with its stable id; `more`: draft, placeholder, bold, align. */
export const paragraph = (
  id: string,
  text: string,
  more: Omit<ReportParagraph, "kind" | "id" | "text"> = {},
): ReportParagraph => ({ kind: "paragraph", id, text, ...more });

export interface ReportHeading {
  kind: "heading";
  text: string;
  level: 1 | 2 | 3;
}

export const heading = (level: ReportHeading["level"], text: string): ReportHeading => ({
  kind: "heading",
  level,
  text,
});

/** The "PERNYATAAN TELAH DIEVALUASI" block: who evaluated, where and when. */
export interface ReportSignature {
  kind: "signature";
  id: string;
  place: string;
  date: string;
  role: string;
  name: string;
  nip: string;
}

export interface ReportPageBreak {
  kind: "pageBreak";
}

/**
 * A chart a renderer draws (an image in the .docx, an embedded chart in Sheets): bars per category,
 * one series or several (grouped or stacked), with an optional reference line (the 100 % line).
 */
export interface ReportChart {
  kind: "chart";
  id: string;
  title: string;
  categories: string[];
  series: { name: string; values: (number | null)[]; color: string }[];
  stacked: boolean;
  /** Horizontal bars: long category names (indicators) are read on the left. */
  horizontal: boolean;
  valueTitle: string;
  /** A dashed line at this value, labelled ("Target 100 %"). */
  rule?: { value: number; label: string };
  /** How the value on each bar is written: "percent" 97,03; "integer" 285.785.522. */
  valueFormat: "percent" | "integer";
  /** Bars coloured per category (the kriteria colour of each indicator), single series only. */
  barColors?: string[];
}

export type ReportBlock =
  | ReportHeading
  | ReportParagraph
  | ReportTable
  | ReportChart
  | ReportSignature
  | ReportPageBreak;

export interface ReportDocument {
  /** "LAKIP Triwulan II Tahun 2024" */
  title: string;
  /** The office, upper case as on a cover. */
  opd: string;
  /** "Laporan TW II 2024", the Sheets tab's name. */
  tabName: string;
  /** The file name a download suggests, without extension. */
  fileName: string;
  /** Landscape pages: the LAKIP's tables are wide. */
  landscape: boolean;
  /** The kriteria scale: its colours fill the Kriteria cells. */
  scale: Scale;
  blocks: ReportBlock[];
}

import type { Scale } from "../kriteria";

/** Every chart of a document, in order. */
export function chartsOf(doc: ReportDocument): ReportChart[] {
  return doc.blocks.filter((b): b is ReportChart => b.kind === "chart");
}

/** The blocks with no page break right after another, nor at the end (each would print a blank page). */
export function withoutBlankPages(blocks: ReportBlock[]): ReportBlock[] {
  const out = blocks.filter((b, i) => b.kind !== "pageBreak" || blocks[i - 1]?.kind !== "pageBreak");
  while (out[out.length - 1]?.kind === "pageBreak") out.pop();
  return out;
}
