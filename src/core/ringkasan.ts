import { columnLetter, columnNumber, tabPrefix } from "./a1";
import type { CellValue, ChartSpec, TabFormat, WriteCell } from "./cells";
import { rect } from "./cells";
import { BELUM_DIISI, type BidangRows, evaluasiColumn, NO_TARGET, ROMAN, type Tw } from "./evaluasi";
import type { Scale } from "./kriteria";
import { headerStyle, TITLE_STYLE } from "./style";

/**
 * "Ringkasan TW II 2024": what a Kepala Dinas reads first. Per bidang: indicators per kriteria,
 * those without a target s.d. TW, average capaian, pagu, realisasi anggaran and serapan; then the
 * indicators with the lowest capaian; and a stacked column chart of the kriteria per bidang. Every
 * figure is a formula over the evaluation tab, so it follows corrections; the tab is the add-on's
 * own and is rewritten in place on every "Buat tab Triwulan".
 */
export function ringkasanTabName(tw: Tw, tahun: string): string {
  return `Ringkasan TW ${ROMAN[tw - 1]}${tahun ? ` ${tahun}` : ""}`;
}

export interface RingkasanInput {
  tw: Tw;
  tahun: string;
  opd: string;
  scale: Scale;
  evaluasiTab: string;
  bidang: BidangRows[];
  /** Rows the tab has now (blanked beyond the new content). */
  previousRows: number;
  /**
   * The Ringkasan of an evaluation tab made before its "Pagu dijumlah" column (add-on versions up to
   * 2026-12): one SUM over every budget row's cell and COUNTIF / AVERAGE over the block. Only
   * Verifikasi asks for it, so that a record sent with that version still verifies; "Buat tab
   * Triwulan" always writes the current form.
   */
  legacy?: boolean;
}

export interface RingkasanResult {
  tabName: string;
  cells: WriteCell[][];
  format: TabFormat;
  chart: ChartSpec;
}

const HEADER_ROW = 5;

/** Serapan of a pagu and realisasi anggaran cell: "belum diisi" where the spending is. */
const serapanOf = (p: string, s: string) =>
  `IF(${s}="${BELUM_DIISI}","${BELUM_DIISI}",IF(AND(ISNUMBER(${p}),ISNUMBER(${s}),${p}<>0),${s}/${p}*100,""))`;
const LOWEST = 5;
const NO_TARGET_BG = "#9e9e9e";
/** Not reported yet: pale, so it reads as a gap rather than a result. */
const UNREPORTED_BG = "#cfd8dc";

export function buildRingkasan(input: RingkasanInput): RingkasanResult {
  const tw = ROMAN[input.tw - 1];
  const labels = input.scale.bands.map((b) => b.label);
  const tab = tabPrefix(input.evaluasiTab);
  const ref = (col: string, from: number, to: number) => `${tab}${col}${from}:${col}${to}`;
  const [kriteria, capaian, pagu, spent, indikator, no, kunci, flag] = [
    "kriteria",
    "capaianSd",
    "pagu",
    "realisasiAnggaranSd",
    "indikator",
    "no",
    "kunci",
    "paguDijumlah",
  ].map(evaluasiColumn);
  const legacy = !!input.legacy;
  // Only the add-on's indicator rows count (their hidden Kunci is filled; Sheets, Excel, LibreOffice
  // and HyperFormula read the criterion "<>" as "not empty"): a row a person inserted between them,
  // or a BIDANG row inside a range, is never an indicator of the Ringkasan. The average is
  // AVERAGEIF(criteria_range, criterion, average_range), as Sheets documents it: HyperFormula has
  // no AVERAGEIFS.
  const ours = (from: number, to: number) => `${ref(kunci, from, to)},"<>"`;
  const header = [
    "Bidang",
    ...labels,
    `Tanpa target s.d. TW ${tw} (${NO_TARGET})`,
    `Realisasi s.d. TW ${tw} ${BELUM_DIISI}`,
    "Belum ada capaian",
    "Jumlah indikator",
    `Rata-rata capaian s.d. TW ${tw} (%)`,
    "Pagu (Rp)",
    `Realisasi anggaran s.d. TW ${tw} (Rp)`,
    "Serapan thd pagu (%)",
  ];
  const at = (name: string) => columnLetter(header.indexOf(name) + 1);
  const bandCols = `${columnLetter(2)}{r}:${columnLetter(labels.length + 3)}{r}`;
  const rows: WriteCell[][] = input.bidang.map((b, i) => {
    const r = HEADER_ROW + 1 + i;
    // One SUMIFS over the flagged rows: its length does not grow with the rows (see "Pagu dijumlah").
    // A bidang with a line the Jumlah leaves out (flag 2) counts it too: ">0".
    const mine = b.paguElsewhere?.length ? '">0"' : "1";
    const cells = (col: string) =>
      !b.paguRows.length
        ? '""'
        : legacy
          ? `SUM(${b.paguRows.map((x) => `${tab}${col}${x}`).join(",")})`
          : `SUMIFS(${ref(col, b.first, b.last)},${ref(flag, b.first, b.last)},${mine})`;
    const count = (label: string) =>
      legacy
        ? `COUNTIF(${ref(kriteria, b.first, b.last)},"${label}")`
        : `COUNTIFS(${ref(kriteria, b.first, b.last)},"${label}",${ours(b.first, b.last)})`;
    const [p, s] = [at("Pagu (Rp)"), at(header[header.length - 2])].map((c) => `${c}${r}`);
    return [
      b.name,
      ...[...labels, NO_TARGET, BELUM_DIISI].map((l) => ({ formula: `=${count(l)}` })),
      { formula: `=${at("Jumlah indikator")}${r}-SUM(${bandCols.replaceAll("{r}", String(r))})` },
      b.indicators ?? b.last - b.first + 1,
      {
        formula: legacy
          ? `=IFERROR(AVERAGE(${ref(capaian, b.first, b.last)}),"")`
          : `=IFERROR(AVERAGEIF(${ours(b.first, b.last)},${ref(capaian, b.first, b.last)}),"")`,
      },
      { formula: `=${cells(pagu)}` },
      // A budget line whose spending of the TW is not reported: the bidang's total is "belum diisi" too.
      {
        formula:
          legacy || !b.paguRows.length
            ? `=${cells(spent)}`
            : `=IF(COUNTIFS(${ref(spent, b.first, b.last)},"${BELUM_DIISI}",${ref(flag, b.first, b.last)},${mine})>0,"${BELUM_DIISI}",${cells(spent)})`,
      },
      { formula: `=${serapanOf(p, s)}` },
    ];
  });
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + rows.length;
  // The whole indicator block of the evaluation tab (its BIDANG rows hold no number and no key).
  const [top, bottom] = input.bidang.length
    ? [input.bidang[0].first, input.bidang[input.bidang.length - 1].last]
    : [HEADER_ROW + 1, HEADER_ROW + 1];
  const block = (col: string) => ref(col, top, bottom);
  const overlap = !legacy && input.bidang.some((b) => b.paguElsewhere?.length);
  const total: WriteCell[] = header.map((h, c) => {
    if (c === 0) return "Jumlah";
    const col = columnLetter(c + 1);
    if (h.startsWith("Rata-rata")) {
      if (!legacy)
        return { formula: `=IFERROR(AVERAGEIF(${ours(top, bottom)},${ref(capaian, top, bottom)}),"")` };
      const all = input.bidang.map((b) => ref(capaian, b.first, b.last)).join(",");
      return { formula: `=IFERROR(AVERAGE(${all}),"")` };
    }
    if (h.startsWith("Serapan")) {
      const [p, s] = [at("Pagu (Rp)"), at(header[header.length - 2])].map((x) => `${x}${last + 1}`);
      return { formula: `=${serapanOf(p, s)}` };
    }
    const range = `${col}${first}:${col}${last}`;
    // Each budget line once over the bidang: less the lines a bidang counts inside another's (flag 2).
    // Their spending is inside their parent's: one of them not reported leaves the Jumlah known (as the rekap).
    if (h.startsWith("Realisasi anggaran") && !legacy)
      return {
        formula: overlap
          ? `=IF(COUNTIFS(${block(spent)},"${BELUM_DIISI}",${block(flag)},1)>0,"${BELUM_DIISI}",SUMIFS(${block(spent)},${block(flag)},1))`
          : `=IF(COUNTIF(${range},"${BELUM_DIISI}")>0,"${BELUM_DIISI}",SUM(${range}))`,
      };
    return {
      formula: `=SUM(${range})${h === "Pagu (Rp)" && overlap ? `-SUMIFS(${block(pagu)},${block(flag)},2)` : ""}`,
    };
  });
  // Why the Jumlah is less than the bidang's pagu added up, under the table.
  const notes = input.bidang.flatMap((b) => b.paguNotes ?? []);
  const note = notes.length
    ? `Jumlah pagu dan realisasi anggaran menghitung setiap anggaran sekali: ${notes.join("; ")}.`
    : "";
  const lowestRow = last + 3;
  // Five different indicators, ties in plan order: each row's No (the evaluation tab's column A)
  // is the first indicator with that capaian after the row above when the capaian repeats.
  const lowest: WriteCell[][] = [
    [`Indikator dengan capaian s.d. TW ${tw} terendah`],
    // The indicator's name in the wide first column, where the Kepala Dinas can read it whole.
    ["Indikator", `Capaian s.d. TW ${tw} (%)`, "Kriteria", "No di tab evaluasi"],
    ...Array.from({ length: LOWEST }, (_, k): WriteCell[] => {
      const r = lowestRow + 2 + k;
      // SMALL reads numbers only: a person's row inside the table holds none in the capaian column
      // (a row with a value in a column the add-on computes is moved below the table on regenerating).
      const value = `IFERROR(SMALL(${block(capaian)},${k + 1}),"")`;
      const first = `MINIFS(${block(no)},${block(capaian)},B${r})`;
      const next = `MINIFS(${block(no)},${block(capaian)},B${r},${block(no)},">"&D${r - 1})`;
      const position = k === 0 ? first : `IF(B${r}=B${r - 1},${next},${first})`;
      const find = (col: string) => `IF(D${r}="","",INDEX(${block(col)},MATCH(D${r},${block(no)},0)))`;
      return [
        { formula: `=${find(indikator)}` },
        { formula: `=${value}` },
        { formula: `=${find(kriteria)}` },
        { formula: `=IF(B${r}="","",${position})` },
      ];
    }),
  ];
  const width = header.length;
  const pad = (row: WriteCell[]) => [...row, ...new Array<WriteCell>(width - row.length).fill("")];
  const cells = [
    [`RINGKASAN EVALUASI KINERJA TRIWULAN ${tw}${input.tahun ? ` TAHUN ${input.tahun}` : ""}`],
    [input.opd.toUpperCase()],
    [
      `Dihitung dari tab '${input.evaluasiTab}' dengan rumus; diperbarui setiap “Buat tab Triwulan”. ` +
        `Jumlah per kriteria menghitung kolom Kriteria (capaian s.d. TW ${tw}).`,
    ],
    [""],
    header,
    ...rows,
    total,
    [note],
    ...lowest,
  ].map(pad);
  while (cells.length < input.previousRows) cells.push(new Array<WriteCell>(width).fill(""));
  const pct = "#,##0.00";
  const rp = "#,##0";
  const col = (name: string) => header.indexOf(name) + 1;
  const format: TabFormat = {
    frozenRows: HEADER_ROW,
    columnWidths: header.map((h, i) => ({
      col: i + 1,
      width: i === 0 ? 260 : h.includes("(Rp)") ? 140 : 100,
    })),
    styles: [
      TITLE_STYLE,
      headerStyle(HEADER_ROW, width),
      { range: rect(last + 1, 1, 1, width), bold: true, background: "#eef1f6" },
      ...[`Rata-rata capaian s.d. TW ${tw} (%)`, "Serapan thd pagu (%)"].map((h) => ({
        range: rect(first, col(h), rows.length + 1),
        numberFormat: pct,
      })),
      {
        range: rect(first, col("Pagu (Rp)"), rows.length + 1, 2),
        numberFormat: rp,
      },
      { range: rect(lowestRow, 1), bold: true },
      headerStyle(lowestRow + 1, 4),
      { range: rect(lowestRow + 2, 1, LOWEST), wrap: true },
      { range: rect(lowestRow + 2, 2, LOWEST), numberFormat: pct },
    ],
  };
  const chart: ChartSpec = {
    title: `Kriteria capaian s.d. TW ${tw} per bidang`,
    range: rect(HEADER_ROW, 1, rows.length + 1, labels.length + 3),
    stacked: true,
    colors: [...input.scale.bands.map((b) => b.background), NO_TARGET_BG, UNREPORTED_BG],
    row: lowestRow + LOWEST + 3,
    col: 1,
    width: 720,
    height: 360,
  };
  return { tabName: ringkasanTabName(input.tw, input.tahun), cells, format, chart };
}

/**
 * What the Ringkasan's table (one row per bidang and the Jumlah row) computes from the evaluation
 * tab's values (`evaluasi`, 0-based rows as read), cell by cell in the tab's own grid, so a reviewer
 * told "B7 tertulis 7" also reads what it should be. Undefined where the cell is not one of the
 * table's figures (title, header, the lowest-capaian list).
 */
export function ringkasanValues(
  input: Pick<RingkasanInput, "scale" | "bidang">,
  evaluasi: readonly (readonly CellValue[])[],
): (CellValue | undefined)[][] {
  const labels = input.scale.bands.map((b) => b.label);
  const index = (id: string) => columnNumber(evaluasiColumn(id)) - 1;
  const column = (id: string, rows: readonly number[]) => rows.map((r) => evaluasi[r - 1]?.[index(id)] ?? "");
  const span = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const numbers = (vs: readonly CellValue[]) => vs.filter((v): v is number => typeof v === "number");
  const sum = (vs: readonly CellValue[]) => numbers(vs).reduce((a, v) => a + v, 0);
  const average = (vs: readonly CellValue[]): CellValue => {
    const ns = numbers(vs);
    return ns.length ? sum(ns) / ns.length : "";
  };
  const countOf = (vs: readonly CellValue[], label: string) =>
    vs.filter((v) => typeof v === "string" && v.toLowerCase() === label.toLowerCase()).length;
  const serapan = (p: CellValue, s: CellValue): CellValue =>
    s === BELUM_DIISI
      ? BELUM_DIISI
      : typeof p === "number" && typeof s === "number" && p !== 0
        ? (s / p) * 100
        : "";
  // Spending of the TW not reported on one line: the sum is "belum diisi" (as the formulas).
  const spentSum = (vs: readonly CellValue[]): CellValue =>
    vs.some((v) => v === BELUM_DIISI) ? BELUM_DIISI : sum(vs);
  const counted = [...labels, NO_TARGET, BELUM_DIISI];
  // The add-on's indicator rows of a block: its Kunci is filled (a person's row between them is not one).
  const keyed = (first: number, last: number) =>
    span(first, last).filter((r) => (evaluasi[r - 1]?.[index("kunci")] ?? "") !== "");
  const rows: CellValue[][] = input.bidang.map((b) => {
    const block = keyed(b.first, b.last);
    const kriteria = column("kriteria", block);
    const counts = counted.map((l) => countOf(kriteria, l));
    const total = b.indicators ?? b.last - b.first + 1;
    const pagu = b.paguRows.length ? sum(column("pagu", b.paguRows)) : "";
    const spent = b.paguRows.length ? spentSum(column("realisasiAnggaranSd", b.paguRows)) : "";
    return [
      b.name,
      ...counts,
      total - sum(counts),
      total,
      average(column("capaianSd", block)),
      pagu,
      spent,
      serapan(pagu, spent),
    ];
  });
  const width = counted.length + 7;
  // Each budget line once over the bidang (flag 1): not the lines a bidang counts inside another's,
  // whose spending not reported leaves the Jumlah known (as the rekap, core/rekap.ts).
  const elsewhere = input.bidang.flatMap((b) => b.paguElsewhere ?? []);
  const once = input.bidang.flatMap((b) => b.paguRows.filter((r) => !elsewhere.includes(r)));
  const pagu = sum(column("pagu", once));
  const spent = spentSum(column("realisasiAnggaranSd", once));
  const totals: CellValue[] = Array.from({ length: width }, (_, c) => {
    if (c === 0) return "Jumlah";
    if (c === width - 4)
      return average(input.bidang.flatMap((b) => column("capaianSd", keyed(b.first, b.last))));
    if (c === width - 1) return serapan(pagu, spent);
    if (c === width - 2) return spent;
    if (c === width - 3) return pagu;
    return sum(rows.map((r) => r[c]));
  });
  const grid: (CellValue | undefined)[][] = Array.from({ length: HEADER_ROW }, () => []);
  return [...grid, ...rows, totals];
}
