import type { CellValue } from "./cells";
import { UserError } from "./result";
import { normalise } from "./text";

/** How quarterly targets relate to the annual target (DOMAIN.md, "sifat target"). */
export type Sifat = "kumulatif" | "akhir" | "tetap";

/** positif: higher is better; negatif: (2·target − realisasi)/target; negatif-rasio: target/realisasi. */
export type Polaritas = "positif" | "negatif" | "negatif-rasio";

export type Level = "sasaran" | "program" | "kegiatan" | "subkegiatan";

/** A field of a plan row; per-TW fields are numbered 1–4. */
export type PlanField =
  | "no"
  | "kode"
  | "sasaran"
  | "program"
  | "kegiatan"
  | "subkegiatan"
  /** A single "Program / Kegiatan / Sub Kegiatan" column (level from kode or layout). */
  | "uraian"
  | "indikator"
  | "satuan"
  | "polaritas"
  | "sifat"
  | "targetTahunan"
  | `targetTw${1 | 2 | 3 | 4}`
  | "pagu"
  | `rakTw${1 | 2 | 3 | 4}`
  | `realisasiTw${1 | 2 | 3 | 4}`
  | `realisasiAnggaranTw${1 | 2 | 3 | 4}`
  /** Figures to date ("Realisasi s.d. TW II", "Realisasi Kumulatif"): the plan row's realisasiTw are the TW's own. */
  | `realisasiSdTw${1 | 2 | 3 | 4}`
  | `realisasiAnggaranSdTw${1 | 2 | 3 | 4}`
  /** A capaian per TW typed by staff ("Capaian Fisik (%) / TW I … IV"): checked against the computation. */
  | `capaianTw${1 | 2 | 3 | 4}`
  /** The one Realisasi of an annual measurement table (PK / LKjIP Bab III): no TW columns. */
  | "realisasiTahunan"
  | "capaian"
  | "kriteria"
  | "penanggungJawab"
  | "keterangan";

export type Quad<T> = [T, T, T, T];

/** A triwulan (quarter of the year). */
export type Tw = 1 | 2 | 3 | 4;
export const TWS: readonly Tw[] = [1, 2, 3, 4];
/** The TWs as headers and messages write them: TW I … TW IV. */
export const ROMAN = ["I", "II", "III", "IV"] as const;

/** The TW a request names, or the Indonesian sentence that there is no such TW. */
/**
 * The 0-based row holding `field` of `pr`: its own row, or in per-TW rows ("TW I … IV" down a column)
 * the row of that TW's label (undefined when the TW has none).
 */
export function rowOf(pr: PlanRow, field: PlanField): number | undefined {
  const tw = /Tw([1-4])$/.exec(field);
  return tw && pr.twRows ? pr.twRows[Number(tw[1]) - 1] : pr.row;
}

export function checkTw(tw: number): Tw {
  if (!Number.isInteger(tw) || tw < 1 || tw > 4)
    throw new UserError(`Triwulan ${tw} tidak ada: pilih TW 1 sampai 4.`);
  return tw as Tw;
}

/** A per-TW field ("rakTw3"): its family (1) and its TW (2). */
export const TW_FIELD =
  /^(targetTw|rakTw|realisasiTw|realisasiAnggaranTw|realisasiSdTw|realisasiAnggaranSdTw|capaianTw)([1-4])$/;

/** The four per-TW fields of a family: "targetTw" → targetTw1 … targetTw4. */
export const twFields = <
  P extends
    | "targetTw"
    | "rakTw"
    | "realisasiTw"
    | "realisasiAnggaranTw"
    | "realisasiSdTw"
    | "realisasiAnggaranSdTw"
    | "capaianTw",
>(
  p: P,
) => TWS.map((i): `${P}${Tw}` => `${p}${i}`);

/** The name columns, outermost first: a level's name, or one "Program / Kegiatan / Sub Kegiatan" column. */
export type NameField = Level | "uraian";
export const NAME_FIELDS: readonly NameField[] = ["sasaran", "program", "kegiatan", "subkegiatan", "uraian"];

/** The fields that hold numbers, in the order a plan writes them: targets, budget, realisasi, capaian. */
export const NUMERIC_FIELDS: readonly PlanField[] = [
  "targetTahunan",
  ...twFields("targetTw"),
  "pagu",
  ...twFields("rakTw"),
  ...twFields("realisasiTw"),
  ...twFields("realisasiAnggaranTw"),
  "realisasiTahunan",
  "capaian",
];

/**
 * Every field a person can give a column, in the order the sidebar lists them (here, beside the
 * fields, so the sidebar contract checks a correction against it without the reading's code).
 */
export const CORRECTABLE_FIELDS: readonly PlanField[] = [
  "no",
  "kode",
  ...NAME_FIELDS,
  "indikator",
  "satuan",
  "polaritas",
  "sifat",
  ...NUMERIC_FIELDS,
  ...twFields("realisasiSdTw"),
  ...twFields("realisasiAnggaranSdTw"),
  ...twFields("capaianTw"),
  "kriteria",
  "penanggungJawab",
  "keterangan",
];

/** The Renstra and last-year meanings a person can give a column (layout/types RENSTRA_LABEL names them). */
export const RENSTRA_FIELDS = [
  "renstra:akhir",
  "renstra:tahunan",
  "renstra:realisasi",
  "renstra:persentase",
  "renstra:laluTarget",
  "renstra:laluRealisasi",
] as const;
export type RenstraField = (typeof RENSTRA_FIELDS)[number];
/** A column that is one part of a kode split over several (Urusan | Bidang Urusan | Program | …). */
export const KODE_PART = "Kode (bagian)";
/** Columns that are a cash plan's months in order, January first: the RAK of each TW the sum of its three. */
export const MONTH_PART = "RAK per bulan";
/** Months that are not twelve: refused when saved, named and not used when found in Pengaturan. */
export const MONTHS_NEED = "RAK per bulan perlu 12 kolom.";
/** Not a meaning: the column's correction is taken away, so it is read as the reading guesses. */
export const AUTO = "otomatis";
/** What a person can choose for a column besides a field: a Renstra meaning, a kode part, a month, undo. */
export const MEANINGS = [...RENSTRA_FIELDS, KODE_PART, MONTH_PART, AUTO] as const;
export type Meaning = (typeof MEANINGS)[number];

/** One indicator row of a plan tab, with every value as found in the sheet (not parsed). */
export interface PlanRow {
  /** 0-based index into the tab's values matrix (sheet row = row + 1). */
  row: number;
  level: Level | null;
  kode: string;
  /** Name of the program / kegiatan / sub kegiatan the indicator belongs to (inherited from above when blank). */
  uraian: string;
  /** The enclosing program and kegiatan names, for grouping (inherited down the tab). */
  program: string;
  kegiatan: string;
  sasaran: string;
  indikator: string;
  satuan: string;
  polaritas: CellValue;
  sifat: CellValue;
  /** The sifat was set by a person's correction in Pengaturan ("baris 12 | sifat akhir"), not the plan. */
  sifatKoreksi?: boolean;
  targetTahunan: CellValue;
  targetTw: Quad<CellValue>;
  pagu: CellValue;
  rakTw: Quad<CellValue>;
  /** A monthly cash plan's twelve cells Jan … Des as typed (PlanTable.rakBulan); rakTw adds them by TW. */
  rakBulan?: CellValue[];
  realisasiTw: Quad<CellValue>;
  realisasiAnggaranTw: Quad<CellValue>;
  /**
   * The figures to date as typed, when the table holds them ("Realisasi s.d. TW I … IV"): then
   * realisasiTw / realisasiAnggaranTw are each TW's own (see layout/todate.ts) and their columns the
   * s.d. cells.
   */
  sdTw?: { realisasiTw?: Quad<CellValue>; realisasiAnggaranTw?: Quad<CellValue> };
  /** Annual measurement tables: the realisasi of the year ("" when the table reports per TW). */
  realisasiTahunan: CellValue;
  capaian: CellValue;
  /** The capaian per TW typed by staff, as typed, when the table has such columns. */
  capaianTw?: Quad<CellValue>;
  /** The kriteria printed beside the capaian ("Sangat Tinggi"), as typed. */
  kriteria: CellValue;
  penanggungJawab: string;
  /**
   * Figures of earlier years kept beside this year's (LKjIP Tabel 3.18 "Tahun 2023 | Tahun 2024", a PK
   * tab's "Realisasi N−1"), oldest first. Absent when the table holds none: a report then says the
   * year is not filled ("belum diisi"), never 0.
   */
  tahunLain?: YearFigures[];
  /** The Renstra end target and the realisasi to date (LKjIP Tabel 3.19), when the table holds them. */
  renstra?: RenstraFigures;
  /**
   * 0-based column of each field of this row: the table's columns, except in side by side levels
   * (Program | Kegiatan | Sub Kegiatan), where each level reads its own indikator, satuan, target….
   */
  columns: Partial<Record<PlanField, number>>;
  /** Per-TW rows ("TW I … IV" down a column): the 0-based row holding each TW's figures. */
  twRows?: (number | undefined)[];
  /**
   * Quantities read from percent-formatted cells, by field: the value the cell stores (0,6168 for
   * "61,68%"); the field itself holds the points (61,68). See ../core/persen.ts.
   */
  persen?: Partial<Record<PlanField, number>>;
}

/** One year's figures of an indicator, as found in the sheet (not parsed). */
export interface YearFigures {
  tahun: number;
  target: CellValue;
  realisasi: CellValue;
  /** The persentase / capaian printed for that year ("" when the table has no such column). */
  persentase: CellValue;
  /** The year's target and realisasi per TW when the table has them by TW (target/realisasi: TW I's). */
  targetTw?: CellValue[];
  realisasiTw?: CellValue[];
}

/** The Renstra end target of an indicator and what has been reached so far, as found in the sheet. */
export interface RenstraFigures {
  /** The Renstra's last year ("Target Akhir Renstra (2026)"), null when the header names none. */
  tahunAkhir: number | null;
  targetAkhir: CellValue;
  /** Realisasi s.d. the measured year. */
  realisasiSd: CellValue;
  /** The persentase printed (realisasi s.d. / target akhir × 100), "" when none. */
  persentase: CellValue;
  /** The Renstra's targets of the other years ("Target Renstra / 2022 … 2025"), when the table has them. */
  targetTahunan?: { tahun: number; target: CellValue }[];
}

/** A plan table found on a tab by its headers. */
export interface PlanTable {
  tab: string;
  /** 0-based first and last header row (a merged header spans several rows). */
  headerTop: number;
  headerBottom: number;
  /** 0-based first data row (after a row of column numbers 1…n when there is one). */
  dataStart: number;
  /** 0-based column of each field found. */
  columns: Partial<Record<PlanField, number>>;
  rows: PlanRow[];
  /** The year the table measures when its header or title names it ("Tahun 2024"), else absent. */
  tahun?: number;
  /** The TW a typed capaian column names ("Capaian s.d. TW II"): the figure its message quotes. */
  capaianTw?: Tw;
  /**
   * How each column with a header was read, left to right (for `sakip baca` and the panel): its
   * header path, the word that decided, the value evidence, and whether a person's correction set it.
   */
  reading?: ColumnExplanation[];
  /** 0-based columns of the earlier years' and the Renstra figures (for checks that point at a cell). */
  periodColumns?: PeriodColumns;
  /** One sentence per correction of Pengaturan that does not hold: a sifat whose indicator is gone, TW columns whose values look like another meaning. */
  koreksiHilang?: string[];
  /** The office's Renstra table (only Renstra targets): a source of target akhir, not a bidang. */
  renstraTable?: true;
  /** 0-based columns Jan … Des of a monthly cash plan: rakTw of each row is the sum of its TW's three months. */
  rakBulan?: number[];
}

/** Where the figures of other periods sit: per earlier year, and the Renstra's. */
export interface PeriodColumns {
  years: { tahun: number; target?: number; realisasi?: number; persentase?: number }[];
  renstra?: { target?: number; realisasi?: number; persentase?: number };
}

/** The provenance of one column's reading. */
export interface ColumnExplanation {
  /** 0-based column. */
  col: number;
  /** The header path as typed, top first, joined by " / ". */
  header: string;
  /** The fields read from the column (several for per-TW rows), empty when it is not used. */
  fields: PlanField[];
  /** What else the column holds: "Tahun 2023: Realisasi", "Renstra: Target akhir (2026)". */
  role: string;
  /** The header word that decided ("realisasi keuangan"), "" when none did. */
  word: string;
  /** What the values under it showed ("jumlah TW I–IV = pagu pada 12 dari 12 baris"), "" when nothing. */
  evidence: string;
  /** Set by a person's correction in Pengaturan. */
  corrected: boolean;
  /** The reading is a guess a person should look at (values disagree with words, or no word at all). */
  unsure: boolean;
  /** Why it is unsure, one Indonesian phrase ("nilainya tidak sesuai dengan kata \"anggaran\""), "" when sure. */
  doubt?: string;
}

/**
 * The keys of indicator rows as the evaluation tab writes them in its Kunci column and the reports
 * find them by ("Bidang A|2.07.01|jumlah dokumen", "…#2" for the same indicator again): one keyer
 * per pass over the plans.
 */
export function indicatorKeys(): (plan: PlanTable, row: PlanRow) => string {
  const seen = new Set<string>();
  return (plan, row) => {
    const key = `${plan.tab}|${row.kode}|${normalise(row.indikator)}`;
    let k = key;
    for (let i = 2; seen.has(k); i++) k = `${key}#${i}`;
    seen.add(k);
    return k;
  };
}
