import { columnLetter, sheetRef, tabPrefix } from "./a1";
import { budgetChildren, budgetOverlaps, budgetRows } from "./budget";
import { isBound, isQualitative, isRange } from "./capaian";
import type { CellValue, TabFormat, TabSnapshot, WriteCell } from "./cells";
import { fieldHeader } from "./columns";
import {
  aggregate,
  arahPolaritas,
  BELUM_DIISI,
  firstWord,
  lowerIsBetter,
  MONEY_FIELD,
  moneyWord,
  NO_TARGET,
  NO_TARGET_NOTE,
  noTargetArah,
  ownToDate,
  PART_YEAR,
  readNumber,
  realisasiSdUnlessUnreported,
  ref,
  spentSdUnlessUnreported,
  spillFormulas,
  sum,
  sumUnlessUnreported,
  unreportedIn,
  unreportedTw,
} from "./evaluasi-formulas";
import type { Scale } from "./kriteria";
import { toNumber } from "./numbers";
import {
  indicatorKeys,
  NUMERIC_FIELDS,
  type PlanField,
  type PlanRow,
  type PlanTable,
  ROMAN,
  rowOf,
  type Sifat,
  TWS,
  type Tw,
} from "./plan";
import { POLARITAS_TEBAKAN } from "./polaritas";
import {
  type ColumnKind,
  type Counts,
  type FreshLine,
  type Question,
  regenerate,
  type ShapeHash,
} from "./regenerate";
import { decimalsOf } from "./report/format";
import { aggregateValues, readSifat } from "./sifat";
import { headerProtection, headerStyle, type Style, TITLE_STYLE, widths } from "./style";
import { isBlank, normalise } from "./text";

/**
 * The evaluation tab of one triwulan ("Evaluasi TW II 2024"), laid out as in the LAKIP's
 * "EVALUASI KINERJA … TRIWULAN I" sheets: every indicator of the chosen bidang tabs, grouped by
 * bidang and by program / kegiatan / sub kegiatan. Plan values are live formulas into the bidang
 * tabs (later corrections flow in); capaian, kriteria and efisiensi are ONE custom-function
 * formula per column over the whole range. Regenerating updates the tab in place and keeps
 * everything a person typed or noted in it (see ./regenerate.ts).
 */
export { ROMAN, type Tw } from "./plan";

export function evaluasiTabName(tw: Tw, tahun: string): string {
  return `Evaluasi TW ${ROMAN[tw - 1]}${tahun ? ` ${tahun}` : ""}`;
}

/** A tab this add-on generated: its header row carries the key column. */
export function isOurEvaluasi(values: CellValue[][]): boolean {
  return (values[HEADER_ROW - 1] ?? []).some((h) => h === "Kunci");
}

const PAGU_FLAG = "paguDijumlah";
/** The hidden column of each row's polaritas read once (see EVAL_COLUMNS). */
export const ARAH_HEADER = "Arah polaritas";
/** The flag column: the hidden "Pagu dijumlah" (1 / blank), see EVAL_COLUMNS. */
export const PAGU_FLAG_HEADER = "Pagu dijumlah";

/** The plan fields whose numbers the tab reads (hidden columns "Angka …" and "Kata …"), TW I–IV together. */
const READ = NUMERIC_FIELDS.slice(0, 18);

interface EvalColumn {
  id: string;
  header: (tw: string) => string;
  /** Headers this column had in earlier versions, so a regenerated tab still finds it. */
  aliases?: string[];
  width: number;
  kind: ColumnKind;
  numberFormat?: string;
  hidden?: boolean;
}

const RUPIAH = "#,##0";
const PERCENT = "#,##0.00";
/** Targets and realisasi: thousands dots, decimals only where the indicator has them. */
const COUNT = RUPIAH;

/** Shown in a capaian / kriteria cell when the TW has no target (DOMAIN.md, CAPAIAN). */
export { BELUM_DIISI, NO_TARGET, NO_TARGET_NOTE, noTarget } from "./evaluasi-formulas";

/** A column; "#" in its header stands for the TW ("Target TW #" → "Target TW II"). */
const column = (
  id: string,
  header: string,
  width: number,
  kind: ColumnKind,
  numberFormat?: string,
  more?: Pick<EvalColumn, "aliases" | "hidden">,
): EvalColumn => ({ id, header: (tw) => header.replace("#", tw), width, kind, numberFormat, ...more });

/** The values a capaian compares (each with a hidden "Skala …" cell on a row with a qualitative target). */
const SCALED = ["targetTw", "targetSd", "targetTahunan", "realisasiTw", "realisasiSd"];

const EVAL_COLUMNS: EvalColumn[] = [
  column("no", "No", 40, "ours"),
  // Wide enough for a sub kegiatan's whole code (2.07.01.2.02.0001): its last digits tell it apart.
  column("kode", "Kode", 150, "formula"),
  // Sasaran rows hold their sasaran here too; a tab made under the earlier header is read the same.
  column("uraian", "Sasaran / Program / Kegiatan / Sub Kegiatan", 220, "ours", undefined, {
    aliases: ["Program / Kegiatan / Sub Kegiatan"],
  }),
  column("indikator", "Indikator", 240, "formula"),
  // Wide enough for "kumulatif (tebakan)" and "positif (tebakan)" (Arial 10 pt); Satuan as wide so
  // the three are one setColumnWidths, and Serapan thd pagu as wide as the two after it (90): the
  // tab keeps its 11 width calls.
  column("satuan", "Satuan", 125, "formula"),
  column("polaritas", "Polaritas", 125, "formula"),
  column("sifat", "Sifat target", 125, "ours"),
  column("targetTahunan", "Target tahunan", 80, "formula"),
  column("targetTw", "Target TW #", 80, "formula"),
  column("targetSd", "Target s.d. TW #", 80, "formula"),
  column("realisasiTw", "Realisasi TW #", 80, "formula"),
  column("realisasiSd", "Realisasi s.d. TW #", 80, "formula"),
  column("capaianTw", "Capaian TW # (%)", 80, "spill", PERCENT),
  column("capaianSd", "Capaian s.d. TW # (%)", 80, "spill", PERCENT),
  column("capaianTahunan", "Capaian thd target tahunan (%)", 90, "spill", PERCENT),
  column("kriteria", "Kriteria", 100, "spill"),
  column("keterangan", "Keterangan", 170, "formula"),
  column("pagu", "Pagu (Rp)", 120, "formula", RUPIAH),
  column("rakSd", "RAK s.d. TW # (Rp)", 120, "formula", RUPIAH),
  column("realisasiAnggaranSd", "Realisasi anggaran s.d. TW # (Rp)", 120, "formula", RUPIAH),
  column("serapanPagu", "Serapan thd pagu (%)", 90, "formula", PERCENT, { aliases: ["Serapan (%)"] }),
  column("serapanRak", "Serapan thd RAK s.d. TW # (%)", 90, "formula", PERCENT),
  // EFISIENSI over capaian s.d. TW and the same RAK s.d. TW: min(capaian, 100) − serapan thd RAK.
  column("efisiensi", "Efisiensi thd RAK s.d. TW #", 90, "spill", PERCENT, { aliases: ["Efisiensi"] }),
  column("pendorong", "Faktor pendorong", 200, "manual"),
  column("penghambat", "Faktor penghambat", 200, "manual"),
  column("tindakLanjut", "Tindak lanjut", 200, "manual"),
  column("kunci", "Kunci", 60, "ours", undefined, { hidden: true }),
  // 1 where the row's pagu is one of the bidang's budget lines (`budgetRows`: the top level, each
  // line once), else blank: the Ringkasan sums the pagu with one SUMIFS over this column, a formula
  // of bounded length however many rows (a list of cells grows past Excel's 8.192 characters at
  // ~300 budget lines and past Sheets' 50.000 per cell at ~2.000). Added after Kunci, so a tab made
  // before it keeps every column letter; regenerating over such a tab finds the others by header.
  column(PAGU_FLAG, PAGU_FLAG_HEADER, 60, "ours", undefined, { hidden: true }),
  // Each plan cell whose number the tab uses is read once, in two hidden cells of its row: "Angka …"
  // (its number, see readNumber) and "Kata …" (its first word, which readNumber takes apart). The
  // visible columns refer to "Angka …", TW I–IV side by side so a sum is one range. Added after
  // "Pagu dijumlah": a tab made before them keeps every visible column letter.
  ...["Angka", "Kata"].flatMap((what) =>
    READ.map((f) =>
      column(`${what}:${f}`, `${what} ${fieldHeader(f)}`, 60, "formula", undefined, { hidden: true }),
    ),
  ),
  // The row's Polaritas read once (`arahPolaritas`: 1 positif, −1/−2 negatif, 0 rasio): the "–"
  // test and the standard capaian formulas refer to it. Added last: earlier columns keep their letters.
  column("arah", ARAH_HEADER, 60, "formula", undefined, { hidden: true }),
];
// On a row with a qualitative target ("Zona Hijau", "WTP"), the scale value of each target and
// realisasi the capaian compares (`scaleCode`), which the standard capaian formulas divide: "Skala
// Target TW II" …, added last.
for (const c of EVAL_COLUMNS.filter((c) => SCALED.includes(c.id)))
  EVAL_COLUMNS.push({
    ...c,
    id: `Skala:${c.id}`,
    header: (tw) => `Skala ${c.header(tw)}`,
    width: 60,
    hidden: true,
  });

// A monthly cash plan's months (PlanTable.rakBulan), each read as a rupiah cell: "Angka RAK bulan
// ke-1" … and "Kata …", added last.
for (const what of ["Angka", "Kata"])
  for (let m = 1; m <= 12; m++)
    EVAL_COLUMNS.push(
      column(`${what}:rakBulan${m}`, `${what} RAK bulan ke-${m}`, 60, "formula", undefined, { hidden: true }),
    );

const COL = Object.fromEntries(EVAL_COLUMNS.map((c, i) => [c.id, i + 1])) as Record<string, number>;
const WIDTH = EVAL_COLUMNS.length;
export const HEADER_ROW = 5;
const FIRST_ROW = HEADER_ROW + 1;
const INPUT = "#fff8c5";
const GROUP_BG = "#eef1f6";

/**
 * The formulas of one row by column id (see `EvaluasiInput.standard`); `qualitative`: the row has a
 * qualitative target, and its hidden "Skala …" cells.
 */
export type RowFormulas = (
  row: number,
  scale: Scale,
  qualitative?: TargetFlag,
  /** TW I–III: a negative kumulatif row's capaian against the annual target is `PART_YEAR`. */
  beforeTwIv?: boolean,
) => Record<string, string>;

/** Formula texts shared by rows of one shape (`EvaluasiInput.sharedTexts`). */
export interface SharedTexts {
  /**
   * The cell at sheet row `own` reading plan row `plan`, whose formula is `text` with its rows
   * marked; `column` (0-based), where given, is where the cell stands.
   */
  cell(text: string, own: number, plan: number, column?: number): WriteCell;
  /**
   * The line of indicator `row` as `build` makes it (its formulas written with their rows marked)
   * at sheet row `own`, plan row `plan`, its formulas as cells of shared texts: built once for rows
   * of one shape (what `build` reads of the row), the others take its cells at their rows.
   */
  line<T extends { cells: WriteCell[]; input: Set<number> }>(
    table: PlanTable,
    row: PlanRow,
    own: number,
    plan: number,
    build: () => T,
  ): T;
  /**
   * `standard`'s formulas of a row with no qualitative or range target, as the cells of sheet row
   * `own`: one text per column for all such rows.
   */
  standardRow(
    standard: RowFormulas,
    scale: Scale,
    beforeTwIv: boolean,
  ): (own: number) => [string, WriteCell][];
}

/** In a formula written for `SharedTexts`: the row of the cell itself. */
export const OWN_ROW = "\u0001";
/** In a formula written for `SharedTexts`: the plan row the line reads (1-based) plus `offset`. */
export const planRow = (offset: number): string => `\u0002${offset}\u0003`;

/** The flag of a row with a range target ("80–90") for `RowFormulas`. */
export const RANGE_ROW = "rentang";
/** The flag of a row whose text targets are bounds ("≥ 80%", "maks. 9"; trial 7 #26) for `RowFormulas`. */
export const BOUND_ROW = "batas";
type TargetFlag = boolean | typeof RANGE_ROW | typeof BOUND_ROW;

/**
 * How a row's targets are compared, decided at build from the targets as typed: true for a
 * qualitative one, RANGE_ROW for a range, BOUND_ROW where every range-like target is a bound.
 */
export function targetFlag(targets: readonly CellValue[]): TargetFlag {
  if (targets.some(isQualitative)) return true;
  if (!targets.some(isRange)) return false;
  return targets.every((t) => !isRange(t) || isBound(t)) ? BOUND_ROW : RANGE_ROW;
}

export interface EvaluasiInput {
  tw: Tw;
  tahun: string;
  opd: string;
  scale: Scale;
  /** How KRITERIA names the scale in the formula: a quoted name or a range reference. */
  skalaArg: string;
  /**
   * Capaian, kriteria and efisiensi row by row in standard formulas (IF, AND, ISNUMBER…) for a file
   * opened in Excel or LibreOffice: `standardFormulas` of ./standard.ts, which only the CLI imports.
   * Absent: one CAPAIAN / KRITERIA / EFISIENSI per column.
   */
  standard?: RowFormulas;
  /** The formulas' shape hash in the rows' memos (`RegenerateOptions.shapeHash`). */
  shapeHash?: ShapeHash;
  /**
   * Rows of one shape share their formula texts: each formula cell is then what `sharedTexts.cell`
   * makes of its text with the rows marked (OWN_ROW, planRow), a `RowFormula` of ./row-formula.ts
   * whose A1 text is made when read. The CLI's (a tab of 50.000 rows); the server does not carry it.
   */
  sharedTexts?: SharedTexts;
  /** The chosen bidang plans, in the order they appear in the workbook. */
  plans: PlanTable[];
  /** A bidang's full name by tab name, when the tab name is shortened (Pengaturan). */
  names?: Record<string, string>;
  /** The tab as it is now, when regenerating. */
  existing: TabSnapshot | null;
  /** dd/mm/yyyy: the date rows leaving the plan are marked with. */
  today: string;
  /** Answers to earlier questions (existing key → plan row key, "" for none). */
  answers?: Record<string, string>;
}

export interface EvaluasiResult extends Counts {
  tabName: string;
  /** The whole tab from A1, one rectangle, and its notes (same shape). */
  cells: WriteCell[][];
  notes: string[][];
  format: TabFormat;
  indicators: number;
  /** Input columns in this tab because a plan has no realisasi columns. */
  inputColumns: boolean;
  /** Rows the add-on cannot match for sure: nothing is written until a person answers. */
  questions: Question[];
  /** Where each bidang's indicators are in the tab, for the summary. */
  bidang: BidangRows[];
}

/** One bidang's block of indicator rows in the evaluation tab (1-based sheet rows). */
export interface BidangRows {
  name: string;
  first: number;
  last: number;
  /** Rows whose pagu adds up to the bidang's budget: `budgetRows`, the lines the report's TOTAL sums. */
  paguRows: number[];
  /**
   * Those of `paguRows` the workbook's Jumlah does not add again (flag 2): a kegiatan whose program
   * another bidang tab lists, a kode another tab lists first (trial 6 #18). Absent when none.
   */
  paguElsewhere?: number[];
  /** Why, one clause per row of `paguElsewhere` (`budgetOverlaps`). */
  paguNotes?: string[];
  /** Its indicator rows (between first and last a person's own rows may stand); default last − first + 1. */
  indicators?: number;
}

/** The column letter of an evaluation-tab column ("kriteria" → "P"). */
export function evaluasiColumn(id: string): string {
  return columnLetter(COL[id]);
}

interface Line extends FreshLine {
  group?: string;
  input: Set<number>;
  /** Number format of its targets and realisasi (COUNT, with the decimals typed). */
  numberFormat?: string;
  /** A qualitative target ("Zona Hijau") or a range ("80–90"): its hidden "Skala …" cells are written. */
  qualitative?: TargetFlag;
}

export function buildEvaluasi(input: EvaluasiInput): EvaluasiResult {
  const tw = ROMAN[input.tw - 1];
  let laid = layLines(input);
  const { no, inputColumns } = laid;
  const header = EVAL_COLUMNS.map((c) => c.header(tw));
  const guessedPolaritas = input.plans.some((p) => p.rows.some((r) => r.indikator && isBlank(r.polaritas)));
  const guessedSifat = input.plans.some((p) =>
    p.rows.some((r) => r.indikator && readSifat(r).source === "nilai"),
  );
  // A negative kumulatif row before TW IV: its capaian thd target tahunan says PART_YEAR.
  const partYearRows =
    input.tw < 4 &&
    input.plans.some((p) =>
      p.rows.some((r) => r.indikator && lowerIsBetter(r.polaritas) && readSifat(r).sifat === "kumulatif"),
    );
  const title: WriteCell[][] = [
    [`EVALUASI KINERJA TRIWULAN ${tw}${input.tahun ? ` TAHUN ${input.tahun}` : ""}`],
    [input.opd.toUpperCase()],
    [
      "Kolom kuning dan kolom Faktor/Tindak lanjut diisi manual; kolom lain dihitung dari tab bidang. " +
        `“${NO_TARGET}”: ${NO_TARGET_NOTE} (capaian thd target tahunan tetap dihitung); ` +
        `“${BELUM_DIISI}”: realisasi TW ${tw} (bagi sifat kumulatif juga TW sebelumnya yang bertarget) belum dilaporkan, jadi belum dinilai (kosong bukan 0). ` +
        (guessedPolaritas
          ? `“${POLARITAS_TEBAKAN}”: polaritas tidak diisi di tab bidang, jadi capaian dihitung positif; bila makin rendah makin baik, isi negatif di kolom Polaritas tab bidang. `
          : "") +
        (partYearRows
          ? `“${PART_YEAR}”: capaian thd target tahunan indikator kumulatif yang makin rendah makin baik dinilai setelah TW IV, karena jumlah sebagian tahun belum sebanding dengan batas setahun. `
          : "") +
        (input.plans.some((p) => p.rows.some((r) => percentNote(r, input.tw)))
          ? `“${PERCENT_NOTE}”: angka di sel berformat persen pada tab bidang (61,68 %, tersimpan 0,6168) dibaca seperti yang terlihat, 61,68. `
          : "") +
        (guessedSifat
          ? "“kumulatif (tebakan)”: sifat target tidak diisi di tab bidang, jadi dibaca dari nilai targetnya; bila salah, isi Sifat Target di tab bidang atau pilih sifatnya di panel (Cara dibaca). "
          : "") +
        "Jalankan lagi “Buat tab Triwulan” untuk memperbarui: isian kolom kuning, Faktor/Tindak lanjut dan kolom atau baris Anda sendiri tidak ditimpa; yang diketik di atas rumus yang membaca tab bidang diganti lagi dengan rumusnya (isiannya disimpan di catatan sel).",
    ],
    [""],
  ];
  const columns = EVAL_COLUMNS.map((c, i) => ({
    id: c.id,
    kind: c.kind,
    header: header[i],
    aliases: c.aliases,
    // What the add-on writes in its rows and its formulas or the Ringkasan read: a person's row
    // holding something there cannot stay between the indicators.
    computed: c.kind === "formula" || c.kind === "spill" || ["no", "kunci", PAGU_FLAG].includes(c.id),
  }));
  // A person's rows kept under their indicators shift the lines below them: the lines are laid out
  // again at the rows regeneration gives them (their formulas refer to their own row).
  const relayout = (rows: number[]) => {
    laid = layLines(input, rows);
    return laid.lines;
  };
  const merged = regenerate({ title, header, lines: laid.lines, columns, relayout }, input.existing, {
    headerRow: HEADER_ROW,
    today: input.today,
    answers: input.answers,
    shapeHash: input.shapeHash,
  });
  const width = merged.cells[0]?.length ?? WIDTH;
  return {
    ...merged,
    tabName: evaluasiTabName(input.tw, input.tahun),
    format: layoutFormat(laid.lines, laid.rows, input, width),
    indicators: no,
    inputColumns,
    bidang: laid.bidang,
  };
}

interface Laid {
  lines: Line[];
  /** Each line's sheet row (1-based). */
  rows: number[];
  bidang: BidangRows[];
  no: number;
  inputColumns: boolean;
}

/**
 * The tab's lines (BIDANG rows and indicator rows, in plan order) with their formulas, each at its
 * sheet row: `at[i]` when given (a person's rows stand between some lines), else one after another.
 */
function layLines(input: EvaluasiInput, at?: readonly number[]): Laid {
  const rowOf = (i: number) => at?.[i] ?? FIRST_ROW + i;
  const lines: Line[] = [];
  const keyOf = indicatorKeys();
  let no = 0;
  let inputColumns = false;
  const bidang: BidangRows[] = [];
  const bidangLines: number[][] = [];
  const templates = input.sharedTexts ?? null;
  // Every bidang's indicator rows with their line, for the budget lines of the whole workbook
  // (`budgetOverlaps`, and `budgetChildren`: a line's child lines add up to its spending not typed).
  let n = 0;
  const all = input.plans.flatMap((p) => {
    n++; // its BIDANG row
    return p.rows.filter((r) => r.indikator).map((r) => ({ ...r, tab: p.tab, line: n++ }));
  });
  const children = budgetChildren(all);
  for (const plan of input.plans) {
    const name = input.names?.[plan.tab] ?? plan.tab;
    lines.push({ ...groupLine(`BIDANG: ${name}`), group: plan.tab });
    const firstLine = lines.length;
    const indicatorRows: (PlanRow & { line: number })[] = [];
    let lastUraian = "";
    const ordinal = new Map<string, number>();
    for (const row of plan.rows) {
      if (!row.indikator) continue;
      const key = keyOf(plan, row);
      const index = lines.length;
      const build = () => indicatorLine(plan, row, input.tw, rowOf(index), templates !== null);
      const line = templates ? templates.line(plan, row, rowOf(index), row.row + 1, build) : build();
      line.cells[COL.no - 1] = ++no;
      line.cells[COL.kunci - 1] = line.key = key;
      // A qualitative target: the standard formulas read each value the capaian compares as its scale
      // value too, in the row's "Skala …" cells (./standard-kualitatif.ts).
      // A range target ("80–90"): its "Skala …" cells hold the bound the realisasi is compared with.
      line.qualitative = targetFlag([row.targetTahunan, ...row.targetTw]);
      // The decimals of the indicator's most precise typed figure, as the reports print them: 4,40 beside
      // 4,05 (Sheets keeps a typed 4,40 as 4.4), 60 whole.
      const numbers = [row.targetTahunan, ...row.targetTw, ...row.realisasiTw].map(toNumber);
      const decimals = Math.max(0, ...numbers.map((n) => (n === null ? 0 : decimalsOf(n))));
      line.numberFormat = decimals ? `${COUNT}.${"0".repeat(decimals)}` : COUNT;
      // Its spending of the TW not typed: its child lines' sum when each has one (`budgetChildren`).
      const kids = children
        .get(no - 1)
        ?.map((k) => `${columnLetter(COL.realisasiAnggaranSd)}${rowOf(all[k].line)}`);
      const spent = line.cells[COL.realisasiAnggaranSd - 1] as { formula?: string };
      const ownTw = `Angka:realisasiAnggaranTw${input.tw}`;
      // A child not known leaves it unknown; without this TW's column (trial 8 #28, TW III) it is not typed.
      const fromKids = `IF(COUNT(${kids})=${kids?.length},SUM(${kids}),"${BELUM_DIISI}")`;
      if (kids && spent?.formula)
        line.cells[COL.realisasiAnggaranSd - 1] = {
          formula: line.cells[COL[ownTw] - 1]
            ? `=IF(${columnLetter(COL[ownTw])}${rowOf(index)}="",${fromKids},${spent.formula.slice(1)})`
            : `=${fromKids}`,
        };
      const place = `${row.kode}|${row.level ?? ""}`;
      const pos = ordinal.get(place) ?? 0;
      ordinal.set(place, pos + 1);
      line.identity = {
        tab: plan.tab,
        kode: row.kode,
        level: row.level ?? "",
        pos,
        indikator: row.indikator,
      };
      line.last = planValues(line.cells, row, input.tw);
      if (row.uraian && row.uraian !== lastUraian) line.cells[COL.uraian - 1] = row.uraian;
      lastUraian = row.uraian || lastUraian;
      if (line.input.size) inputColumns = true;
      lines.push(line);
      indicatorRows.push({ ...row, line: index });
    }
    const paguLines = budgetRows(indicatorRows).map((i) => indicatorRows[i].line);
    for (const l of paguLines) lines[l].cells[COL[PAGU_FLAG] - 1] = 1;
    bidangLines.push(paguLines);
    const lastLine = lines.length - 1;
    bidang.push({
      name,
      // An empty bidang: first just past its BIDANG row, last on it (no rows).
      first: firstLine <= lastLine ? rowOf(firstLine) : rowOf(lastLine) + 1,
      last: rowOf(lastLine),
      paguRows: paguLines.map(rowOf),
      indicators: indicatorRows.length,
    });
  }
  // A line its bidang counts that the workbook does not count again (its program, or its kode, is in
  // a tab before): flag 2, so the bidang's pagu keeps it and the Ringkasan's Jumlah leaves it out.
  const overlaps = new Map([...budgetOverlaps(all)].map(([i, why]) => [all[i].line, why]));
  bidang.forEach((b, n) => {
    const elsewhere = bidangLines[n].filter((l) => overlaps.has(l));
    for (const l of elsewhere) lines[l].cells[COL[PAGU_FLAG] - 1] = 2;
    if (!elsewhere.length) return;
    b.paguElsewhere = elsewhere.map(rowOf);
    b.paguNotes = elsewhere.map((l) => overlaps.get(l) ?? "");
  });
  const rows = lines.map((_, i) => rowOf(i));
  const standard = input.standard;
  if (standard) {
    // Rows without a qualitative or range target share one text per column (`sharedTexts`).
    const same = templates?.standardRow(standard, input.scale, input.tw < 4);
    lines.forEach((l, i) => {
      if (l.group) return;
      if (same && !l.qualitative) {
        for (const [id, cell] of same(rows[i])) l.cells[COL[id] - 1] = cell;
        return;
      }
      for (const [id, formula] of Object.entries(standard(rows[i], input.scale, l.qualitative, input.tw < 4)))
        l.cells[COL[id] - 1] = { formula };
    });
  } else if (lines.length) {
    const last = rows[rows.length - 1];
    const range = (id: string) => `${columnLetter(COL[id])}${rows[0]}:${columnLetter(COL[id])}${last}`;
    const spill = spillFormulas(range, input.skalaArg, input.tw < 4);
    for (const [id, formula] of Object.entries(spill)) lines[0].cells[COL[id] - 1] = { formula };
  }
  return { lines, rows, bidang, no, inputColumns };
}

function groupLine(text: string): Line {
  const cells = new Array<WriteCell>(WIDTH).fill("");
  cells[COL.uraian - 1] = text;
  return { cells, key: "", input: new Set() };
}

/** The row's values as the plan has them now: kept as plain text if it leaves the plan. */
function planValues(cells: WriteCell[], row: PlanRow, tw: Tw): Record<string, CellValue> {
  // "kumulatif (tebakan)": the sifat read from the targets.
  const sifat = String(cells[COL.sifat - 1]).split(" ")[0] as Sifat;
  const upTo = <T extends CellValue>(q: T[]) => q.slice(0, tw);
  const sum = (q: CellValue[]) => aggregateValues("kumulatif", upTo(q));
  return {
    kode: row.kode,
    indikator: row.indikator,
    satuan: row.satuan,
    polaritas: row.polaritas,
    sifat,
    targetTahunan: row.targetTahunan,
    targetTw: row.targetTw[tw - 1],
    targetSd: aggregateValues(sifat, upTo(row.targetTw)),
    realisasiTw: row.realisasiTw[tw - 1],
    realisasiSd: unreportedTw(sifat, row.realisasiTw, row.targetTw, row.polaritas, tw)
      ? ""
      : aggregateValues(sifat, upTo(row.realisasiTw)),
    pagu: row.pagu,
    rakSd: sum(row.rakTw),
    realisasiAnggaranSd: sum(row.realisasiAnggaranTw),
  };
}

/**
 * The formulas and texts of an indicator's line (its No, Kunci and number format are the caller's).
 * What it reads of the row makes `lineShape` of ./row-formula.ts: keep the two in step.
 */
function indicatorLine(
  plan: PlanTable,
  row: PlanRow,
  tw: Tw,
  sheetRow: number,
  /** Rows written as marks (`shareTexts`): OWN_ROW for `sheetRow`, planRow(k) for plan row `row.row` + 1 + k. */
  marks = false,
): Line {
  const cells = new Array<WriteCell>(WIDTH).fill("");
  const input = new Set<number>();
  // The row's own columns: in side by side levels a program's indikator is not the sub kegiatan's.
  // Per-TW rows: a TW's figure sits on the row of its label.
  const at = (field: PlanField) => {
    const col = row.columns[field];
    const r = rowOf(row, field);
    if (col === undefined || r === undefined) return null;
    return marks
      ? `${tabPrefix(plan.tab)}${columnLetter(col + 1)}${planRow(r - row.row)}`
      : sheetRef(plan.tab, r + 1, col + 1);
  };
  const set = (id: string, formula: string | null) => {
    if (formula) cells[COL[id] - 1] = { formula: `=${formula}` };
  };
  const allThere = (refs: (string | null)[]): refs is string[] => refs.every((r) => r !== null);
  const reading = readSifat(row);
  const sifat = reading.sifat;

  // A sifat the plan does not write is read from the targets, and the cell says it is a guess.
  cells[COL.sifat - 1] = reading.source === "nilai" ? `${sifat} (tebakan)` : sifat;
  for (const field of ["kode", "indikator", "satuan"] as const) {
    const r = at(field);
    set(field, r && ref(r));
  }
  // A kode split over level columns (./layout/splitkode.ts) has no one cell: its parts joined.
  if (!at("kode") && row.kode) set("kode", JSON.stringify(row.kode));
  const ownRow = marks ? OWN_ROW : String(sheetRow);
  const own = (id: string) => `${columnLetter(COL[id])}${ownRow}`;
  /**
   * The hidden cell holding the number of `source` (a plan cell, or this row's input cell) as people
   * type it ("2 dokumen" is 2, "-" blank), its first word beside it; null without a source.
   */
  const read = (
    field: string,
    source = at(field as PlanField),
    value = rawValue(row, field as PlanField),
  ) => {
    if (!source) return null;
    // A range target ("80 s.d. 90") is read whole, as CAPAIAN reads it: its first word is no target.
    const whole = /^target/.test(field) && isRange(String(value));
    // A cell holding a number keeps the short first-word formula; text or nothing (filled in later)
    // gets the one that also skips "Rp" or a mark before the number (`moneyWord`).
    const typed = typeof value !== "number";
    if (!whole) set(`Kata:${field}`, (typed ? moneyWord : firstWord)(source));
    // Rupiah typed as text (or later) may carry a scale word: "18,2 jt" is 18.200.000 (trial 7 #3).
    const money = typed && MONEY_FIELD.test(field);
    set(
      `Angka:${field}`,
      readNumber(source, whole ? source : own(`Kata:${field}`), row.persen?.[field as PlanField], money),
    );
    return own(`Angka:${field}`);
  };
  /** The hidden number cells of a TW field, TW I up to `upTo`; null where the plan lacks one. */
  const readTws = (
    prefix: "targetTw" | "rakTw" | "realisasiTw" | "realisasiAnggaranTw",
    upTo: number = tw,
  ) => {
    const cells = TWS.slice(0, upTo).map((q) => at(`${prefix}${q}`));
    return allThere(cells) ? TWS.slice(0, upTo).map((q) => read(`${prefix}${q}`) as string) : null;
  };
  for (const field of ["targetTahunan", "pagu"] as const) set(field, read(field));
  // A polaritas the plan does not write is computed positif, and the cell says it is a guess.
  const polaritasAt = at("polaritas");
  if (polaritasAt) set("polaritas", `IF(${polaritasAt}="","${POLARITAS_TEBAKAN}",${polaritasAt})`);
  else cells[COL.polaritas - 1] = POLARITAS_TEBAKAN;
  set("arah", arahPolaritas(own("polaritas")));
  const thisTw = { realisasiTw: own("realisasiTw"), targetTw: own("targetTw"), arah: own("arah") };
  /** Nonzero where an earlier TW with a target is not reported (kumulatif), TW I first. */
  let earlier: string[] = [];
  if (row.columns.targetTahunan === undefined) {
    // No Target Tahunan column: the annual target is what the four TW targets make by sifat.
    const all = readTws("targetTw", 4);
    set("targetTahunan", all && aggregate(sifat, all));
  }
  // A dash typed for nothing is blank here ("-" is no target and no realisasi, DOMAIN.md).
  const targetCells = readTws("targetTw");
  set("targetTw", read(`targetTw${tw}`));
  set("targetSd", targetCells && aggregate(sifat, targetCells));
  const realisasi = readTws("realisasiTw");
  // Figures to date (layout/todate.ts): of a kumulatif row s.d. is the last one typed, the TW's own
  // less the one before (akhir and tetap read them as TW figures).
  const toDate = (p: string) => row.columns[`${p}${tw}` as PlanField] !== undefined;
  if (realisasi && toDate("realisasiSdTw") && sifat === "kumulatif") {
    set("realisasiTw", tw > 1 ? ownToDate(realisasi) : realisasi[0]);
    set("realisasiSd", realisasiSdUnlessUnreported(aggregate("akhir", realisasi), thisTw));
  } else if (realisasi) {
    set("realisasiTw", realisasi[tw - 1]);
    // A kumulatif sum needs every TW with a target reported (empty is not 0); akhir and tetap
    // this TW's only.
    if (sifat === "kumulatif" && targetCells) {
      set("realisasiSd", sumUnlessUnreported(sum(realisasi), realisasi, targetCells));
      earlier = realisasi.slice(0, -1).map((r, i) => unreportedIn(r, targetCells[i]));
    } else set("realisasiSd", realisasiSdUnlessUnreported(aggregate(sifat, realisasi), thisTw));
  } else {
    // The plan has no realisasi columns: this tab takes the input for this TW.
    input.add(COL.realisasiTw);
    if (sifat === "kumulatif" && tw > 1) input.add(COL.realisasiSd);
    else set("realisasiSd", read(`realisasiTw${tw}`, own("realisasiTw")));
  }
  const rak = readTws("rakTw");
  // A monthly cash plan (layout: rakBulan): the months up to this TW's last, each read as a rupiah cell.
  const planAt = marks ? planRow(0) : row.row + 1;
  const months = plan.rakBulan
    ?.slice(0, 3 * tw)
    .map(
      (c, i) =>
        read(
          `rakBulan${i + 1}`,
          `${tabPrefix(plan.tab)}${columnLetter(c + 1)}${planAt}`,
          row.rakBulan?.[i] ?? "",
        ) as string,
    );
  set("rakSd", rak ? sum(rak) : months ? sum(months) : null);
  const spent = readTws("realisasiAnggaranTw");
  // The plan has the spending of TW I … k and not yet this TW's column (offices add one a quarter,
  // trial 7 #22): the missing TWs are blank, so "belum diisi" where cash was planned, never 0.
  const earlierSpent = spent ? 0 : TWS.slice(0, tw).findIndex((q) => !at(`realisasiAnggaranTw${q}`));
  if (
    !spent &&
    earlierSpent > 0 &&
    TWS.slice(earlierSpent, tw).every((q) => !at(`realisasiAnggaranTw${q}`))
  ) {
    const present = readTws("realisasiAnggaranTw", earlierSpent) as string[];
    set("realisasiAnggaranSd", spentSdUnlessUnreported(sum(present), [...present, '""'], rak));
  } else if (spent)
    set(
      "realisasiAnggaranSd",
      spentSdUnlessUnreported(
        toDate("realisasiAnggaranSdTw") ? aggregate("akhir", spent) : sum(spent),
        spent,
        rak,
      ),
    );
  else input.add(COL.realisasiAnggaranSd);
  const [pagu, rakSd, spentSd, targetTw, realisasiTw] = [
    "pagu",
    "rakSd",
    "realisasiAnggaranSd",
    "targetTw",
    "realisasiTw",
  ].map(own);
  const share = (of: string) =>
    `IF(${spentSd}="${BELUM_DIISI}","${BELUM_DIISI}",IF(AND(ISNUMBER(${of}),ISNUMBER(${spentSd}),${of}<>0),${spentSd}/${of}*100,""))`;
  set("serapanPagu", share(pagu));
  set("serapanRak", share(rakSd));
  // Why a row has no capaian: no target this TW, or its realisasi not reported yet; and which of its
  // numbers were read in points from percent-formatted cells ("dibaca 61,68 dari sel berformat persen").
  const persen = percentNote(row, tw);
  const also = persen && `; ${persen}`;
  // The TW not reported: this one when blank, else (kumulatif) the first earlier one with a target.
  const which = `IF(${realisasiTw}="","${ROMAN[tw - 1]}",${earlier
    .slice(0, -1)
    .reduceRight((other, g, i) => `IF(${g},"${ROMAN[i]}",${other})`, `"${ROMAN[earlier.length - 1]}"`)})`;
  const unreportedNote = earlier.length
    ? `"realisasi TW "&${which}&" ${BELUM_DIISI}${also}"`
    : `"realisasi TW ${ROMAN[tw - 1]} ${BELUM_DIISI}${also}"`;
  const keterangan = `IF(${noTargetArah(targetTw, own("arah"))},"${NO_TARGET_NOTE}"&IF(AND(${realisasiTw}<>"",${realisasiTw}<>0),", tetapi ada realisasi","")${also && `&"${also}"`},IF(${own("realisasiSd")}="",${unreportedNote},IF(${spentSd}="${BELUM_DIISI}","realisasi anggaran TW ${ROMAN[tw - 1]} ${BELUM_DIISI}${also}","${persen}")))`;
  // A plan cell of the row holding an error (=1/0 typed in the bidang tab) is named, not the error.
  const broken = READ.find(
    (f) => cells[COL[`Angka:${f}`] - 1] && /^#[A-Z/0]+[!?A]$/.test(fieldValue(row, f)),
  );
  const named = broken && `${at(broken)} berisi ${fieldValue(row, broken)}`;
  set("keterangan", named ? `IFERROR(${keterangan},"${named}")` : keterangan);
  return { cells, key: "", input };
}

/** A plan row's value of a numeric field, as text ("realisasiTw3" → its TW III realisasi). */
function fieldValue(row: PlanRow, f: PlanField): string {
  return String(rawValue(row, f));
}

function rawValue(row: PlanRow, f: PlanField): CellValue {
  // A TW's own figure made from figures to date: the s.d. cell as typed.
  const values = { ...row, ...row.sdTw } as unknown as Record<string, CellValue | CellValue[]>;
  return /\d$/.test(f)
    ? (values[f.slice(0, -1)] as CellValue[])[Number(f.slice(-1)) - 1]
    : (values[f] as CellValue);
}

/** The Keterangan of a row with numbers read from percent-formatted cells; the title says what it means. */
export const PERCENT_NOTE = "sel % dibaca dalam poin";

/**
 * PERCENT_NOTE where the row has numbers the tab uses up to this TW and reads × 100 (../persen.ts),
 * "" when none. One short line: the figures themselves stand in the row's columns, and the title says
 * once what it means (trial 7 #21: the figures repeated on every row made them six lines tall).
 */
function percentNote(row: PlanRow, tw: Tw): string {
  const read = Object.keys(row.persen ?? {}).some(
    (f) => !/^realisasiTw/.test(f) || Number(f.slice(-1)) <= tw,
  );
  return read ? PERCENT_NOTE : "";
}

/** Whether a column (0-based) is one whose number format follows its row's figures (targets, realisasi). */
export const followsFigures = (col: number) => col + 1 >= COL.targetTahunan && col + 1 <= COL.realisasiSd;

function layoutFormat(lines: Line[], rows: number[], input: EvaluasiInput, width: number): TabFormat {
  // Down to the last line: a person's rows between lines get the column's format too (they hold
  // nothing in the computed columns, and Sheets gives an inserted row its neighbour's format).
  const height = Math.max(1, (rows[rows.length - 1] ?? FIRST_ROW) - FIRST_ROW + 1);
  const all = (col: number) => ({ row: FIRST_ROW, col, rows: height, cols: 1 });
  const styles: Style[] = [TITLE_STYLE, headerStyle(HEADER_ROW, width)];
  for (const [i, c] of EVAL_COLUMNS.entries()) {
    if (c.numberFormat) styles.push({ range: all(i + 1), numberFormat: c.numberFormat });
    if (c.kind === "manual") styles.push({ range: all(i + 1), background: INPUT, wrap: true });
  }
  // "tidak ditargetkan TW ini, tetapi ada realisasi" is read whole.
  styles.push({ range: all(COL.keterangan), wrap: true });
  // One style per run of consecutive lines (a plan's rows are contiguous), so the number of
  // formatting calls follows the number of bidang tabs, not of rows; a run spans the person's rows
  // between its lines.
  /** The run of lines from i on for which `same` holds: rows from line i's to the run's last line's. */
  const run = (i: number, same: (l: Line) => boolean) => {
    let n = 1;
    while (lines[i + n] && same(lines[i + n])) n++;
    return rows[i + n - 1] - rows[i] + 1;
  };
  // Targets and realisasi (contiguous columns), one style per run of rows with the same format.
  const [firstValue, lastValue] = [COL.targetTahunan, COL.realisasiSd];
  lines.forEach((l, i) => {
    if (!l.numberFormat || lines[i - 1]?.numberFormat === l.numberFormat) return;
    styles.push({
      range: {
        row: rows[i],
        col: firstValue,
        rows: run(i, (x) => x.numberFormat === l.numberFormat),
        cols: lastValue - firstValue + 1,
      },
      numberFormat: l.numberFormat,
    });
  });
  lines.forEach((l, i) => {
    const row = rows[i];
    if (l.group !== undefined)
      styles.push({ range: { row, col: 1, rows: 1, cols: WIDTH }, bold: true, background: GROUP_BG });
    for (const col of l.input) {
      if (lines[i - 1]?.input.has(col)) continue;
      styles.push({ range: { row, col, rows: run(i, (x) => x.input.has(col)), cols: 1 }, background: INPUT });
    }
  });
  return {
    frozenRows: HEADER_ROW,
    frozenColumns: COL.indikator,
    columnWidths: widths(EVAL_COLUMNS.map((c) => c.width)),
    hiddenColumns: EVAL_COLUMNS.flatMap((c, i) => (c.hidden ? [i + 1] : [])),
    styles,
    conditionalColours: input.scale.bands.map((b) => ({
      range: all(COL.kriteria),
      textEquals: b.label,
      background: b.background,
      fontColor: b.fontColor,
    })),
    protections: [headerProtection(HEADER_ROW, WIDTH, "SAKIP: judul tab evaluasi", true)],
  };
}

/** The roman TW in the existing header ("Target TW II"), so headers of any TW tab match. */
function headerTw(headerRow: CellValue[]): string {
  for (const h of headerRow) {
    const m = /^Target TW (I{1,3}|IV)$/.exec(String(h));
    if (m) return m[1];
  }
  return "I";
}

/** The add-on's column under each header of an evaluation tab (by its header or an earlier one). */
function columnsOf(tab: TabSnapshot): (EvalColumn | undefined)[] {
  const headerRow = tab.values[HEADER_ROW - 1] ?? [];
  const tw = headerTw(headerRow);
  return headerRow.map((h) =>
    EVAL_COLUMNS.find((c) =>
      [c.header(tw), ...(c.aliases ?? [])].some((x) => normalise(x) === normalise(String(h))),
    ),
  );
}

/**
 * Columns (0-based) of an evaluation tab whose cells below the first data row are the spilled
 * results of one ARRAYFORMULA (capaian, kriteria, efisiensi): outputs, not what people typed. A
 * spill Sheets could not expand (#REF! at its origin) is not one: its cells may hold typed values.
 */
export function spillColumns(tab: TabSnapshot): Set<number> {
  const out = new Set<number>();
  columnsOf(tab).forEach((c, i) => {
    if (c?.kind === "spill" && tab.values[FIRST_ROW - 1]?.[i] !== "#REF!") out.add(i);
  });
  return out;
}

/** A column the add-on computes in an evaluation tab (0-based `col`), as `computedColumns` finds it. */
export interface ComputedColumn {
  col: number;
  id: string;
  /** Its header as the tab shows it ("Kriteria"). */
  header: string;
  /** "formula": a reference per row; "spill": one formula per column in Sheets, one per row in the CLI's file. */
  kind: "formula" | "spill";
}

/** The columns of an evaluation tab the add-on fills with formulas, found by their headers (Periksa checks them). */
export function computedColumns(tab: TabSnapshot): ComputedColumn[] {
  return columnsOf(tab).flatMap((c, i) =>
    c?.kind === "spill" || c?.kind === "formula"
      ? [{ col: i, id: c.id, header: String(tab.values[HEADER_ROW - 1][i]), kind: c.kind }]
      : [],
  );
}
