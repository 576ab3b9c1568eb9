/**
 * The report's document model as a Word document (the `docx` library): A4 landscape, tables whose
 * header rows repeat on every page, kriteria cells in their colours, charts as PNG images drawn by
 * ./chart.ts, draft paragraphs marked, requests for missing text highlighted, page numbers in the
 * footer. CLI and local run only: never in the Apps Script bundle.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type {
  ReportBlock,
  ReportCell,
  ReportChart,
  ReportDocument,
  ReportRow,
  ReportTable,
} from "../core/report/model";
import { chartPng, pngSize } from "./chart";

/** A4 in twentieths of a point, and a 2 cm margin. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;
const FONT = "Arial";
const HEADER_BG = "D9E2F3";
const TOTAL_BG = "EEF1F6";
const DRAFT_COLOUR = "7F6000";

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** Hex colour without "#", as Word writes it. */
const hex = (c: string) => c.replace(/^#/, "").toUpperCase();

/** Whether a fill is dark enough to need white text on it. */
function dark(c: string): boolean {
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex(c).slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 140;
}

export async function renderDocx(doc: ReportDocument): Promise<Uint8Array> {
  const width = (doc.landscape ? A4.height : A4.width) - 2 * MARGIN;
  const height = (doc.landscape ? A4.width : A4.height) - 2 * MARGIN;
  const images = new Map<ReportChart, Uint8Array>();
  const blocks: ReportBlock[] = [];
  for (const block of doc.blocks) {
    if (block.kind !== "chart") blocks.push(block);
    else
      for (const [part, png] of await fittingCharts(block, width, height)) {
        blocks.push(part);
        images.set(part, png);
      }
  }
  const children: (Paragraph | Table)[] = [];
  for (const block of blocks) children.push(...render(block, width, height, images));
  const document = new Document({
    creator: "add-on SAKIP",
    title: doc.title,
    description: `${doc.title} — ${doc.opd}`,
    styles: {
      default: { document: { run: { font: FONT, size: 22 } } },
      paragraphStyles: [
        {
          id: "Heading1",
          name: "Heading 1",
          basedOn: "Normal",
          next: "Normal",
          run: { bold: true, size: 28, color: "000000" },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
        {
          id: "Heading2",
          name: "Heading 2",
          basedOn: "Normal",
          next: "Normal",
          run: { bold: true, size: 24, color: "000000" },
          paragraph: { spacing: { before: 200, after: 100 }, keepNext: true },
        },
        {
          id: "Heading3",
          name: "Heading 3",
          basedOn: "Normal",
          next: "Normal",
          run: { bold: true, size: 22, color: "000000" },
          paragraph: { spacing: { before: 160, after: 80 }, keepNext: true },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: A4.width,
              height: A4.height,
              orientation: doc.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ text: `${doc.title} — Halaman `, size: 16 }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** Room under a chart for its caption ("Grafik: …", one or two lines), in twips. */
const CAPTION_ROOM = 900;

/** A chart's shown size in px (96 per inch): drawn at twice its size, at most the page's width and usable height. */
function shownSize(png: Uint8Array, width: number, height: number): { w: number; h: number } {
  const size = pngSize(png);
  const maxW = Math.floor((width / 1440) * 96);
  const maxH = Math.floor(((height - CAPTION_ROOM) / 1440) * 96);
  let w = Math.min(maxW, size.width / 2);
  let h = Math.round((size.height / size.width) * w);
  if (h > maxH) {
    w = Math.floor((maxH / h) * w);
    h = maxH;
  }
  return { w, h };
}

/**
 * A chart as drawn, or, when its bars are too many for one page, split into charts of as many bars
 * as a page holds, the later ones titled "(lanjutan)" (trial 7 #25: 23 indicators drawn 29 cm tall
 * on a 17 cm page were cut after 14).
 */
async function fittingCharts(
  chart: ReportChart,
  width: number,
  height: number,
): Promise<[ReportChart, Uint8Array][]> {
  const png = await chartPng(chart);
  const size = pngSize(png);
  const natural = Math.round(
    (size.height / size.width) * Math.min(Math.floor((width / 1440) * 96), size.width / 2),
  );
  const maxH = Math.floor(((height - CAPTION_ROOM) / 1440) * 96);
  const n = chart.categories.length;
  if (natural <= maxH || n < 2) return [[chart, png]];
  const parts = Math.min(n, Math.ceil(natural / maxH));
  const per = Math.ceil(n / parts);
  const out: [ReportChart, Uint8Array][] = [];
  for (let from = 0, i = 0; from < n; from += per, i++) {
    const to = Math.min(n, from + per);
    const part: ReportChart = {
      ...chart,
      id: i ? `${chart.id}-${i + 1}` : chart.id,
      title: i ? `${chart.title} (lanjutan)` : chart.title,
      categories: chart.categories.slice(from, to),
      series: chart.series.map((x) => ({ ...x, values: x.values.slice(from, to) })),
      ...(chart.barColors ? { barColors: chart.barColors.slice(from, to) } : {}),
    };
    out.push([part, await chartPng(part)]);
  }
  return out;
}

function render(
  block: ReportBlock,
  width: number,
  height: number,
  images: Map<ReportChart, Uint8Array>,
): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [
        new Paragraph({
          heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][block.level - 1],
          children: [new TextRun(block.text)],
        }),
      ];
    case "paragraph": {
      const runs: TextRun[] = [];
      if (block.draft)
        runs.push(new TextRun({ text: "[Draf] ", bold: true, italics: true, color: DRAFT_COLOUR }));
      runs.push(
        new TextRun({
          text: block.text,
          bold: block.bold,
          ...(block.placeholder ? { highlight: "yellow" } : {}),
        }),
      );
      return [
        new Paragraph({
          alignment: ALIGN[block.align ?? "justify"],
          spacing: { after: 120 },
          children: runs,
        }),
      ];
    }
    case "table":
      return [
        caption(block.caption),
        table(block, width),
        new Paragraph({ spacing: { after: 120 }, children: [] }),
      ];
    case "chart": {
      const png = images.get(block) as Uint8Array;
      // Drawn at twice its size: shown at half, within the page (96 px per inch, 1440 twips).
      const { w, h } = shownSize(png, width, height);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          children: [
            new ImageRun({
              type: "png",
              data: png,
              transformation: { width: w, height: h },
              altText: { name: block.id, title: block.title, description: block.title },
            }),
          ],
        }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 200 },
          children: [new TextRun({ text: `Grafik: ${block.title}`, italics: true, size: 18 })],
        }),
      ];
    }
    case "signature": {
      const line = (text: string, bold = false) =>
        new Paragraph({
          indent: { left: Math.round(width * 0.6) },
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text, bold, underline: bold ? {} : undefined })],
        });
      return [
        new Paragraph({ spacing: { before: 360 }, children: [] }),
        line(`${block.place}, ${block.date}`),
        line(block.role),
        new Paragraph({ spacing: { before: 1000 }, children: [] }),
        line(block.name, true),
        ...block.nip.split("\n").map((l) => line(l)),
      ];
    }
    case "pageBreak":
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function caption(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 120, after: 80 },
    children: [new TextRun({ text, bold: true, size: 20 })],
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "808080" };

function table(t: ReportTable, width: number): Table {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const columns = t.widths.map((w) => Math.round((w / total) * width));
  const row = (cells: ReportCell[], opts: { header?: boolean; row?: ReportRow }) => {
    const out: TableCell[] = [];
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      const span = Math.max(1, c.span ?? 1);
      const fill = opts.row?.fills?.[i];
      const background = opts.header
        ? HEADER_BG
        : fill
          ? hex(fill)
          : opts.row?.kind === "total"
            ? TOTAL_BG
            : undefined;
      const indent = i === 1 && opts.row?.indent ? opts.row.indent * 360 : 0;
      out.push(
        new TableCell({
          columnSpan: span > 1 ? span : undefined,
          width: { size: columns.slice(i, i + span).reduce((a, b) => a + b, 0), type: WidthType.DXA },
          shading: background ? { type: ShadingType.CLEAR, color: "auto", fill: background } : undefined,
          margins: { top: 40, bottom: 40, left: 80, right: 80 },
          children: [
            new Paragraph({
              alignment: ALIGN[opts.header ? "center" : (c.align ?? "left")],
              indent: indent ? { left: indent } : undefined,
              children: [
                new TextRun({
                  text: c.text,
                  size: 18,
                  bold: opts.header || opts.row?.kind === "group" || opts.row?.kind === "total",
                  color: fill && dark(fill) ? "FFFFFF" : undefined,
                }),
              ],
            }),
          ],
        }),
      );
      i += span - 1;
    }
    return out;
  };
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: columns,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: [
      ...t.header.map(
        (h) => new TableRow({ tableHeader: true, cantSplit: true, children: row(h, { header: true }) }),
      ),
      ...t.rows.map((r) => new TableRow({ cantSplit: true, children: row(r.cells, { row: r }) })),
    ],
  });
}
