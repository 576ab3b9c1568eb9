/** The shapes the reading's stages pass to each other, and what detectPlan returns. */

import type { RangeRef } from "../cells";
import type { Level, NameField, PlanField, PlanTable, Sifat } from "../plan";
import type { TwFamily } from "./evidence";

export type PlanDetection =
  | { ok: true; table: PlanTable; missing: PlanField[] }
  | {
      ok: false;
      /** One Indonesian sentence saying what is wrong. */
      reason: string;
      /** A header without an Indikator column: how it was read, for Cara dibaca (no rows). */
      table?: PlanTable;
    };

/** A person's correction of how a tab is read (kept in Pengaturan, see core/koreksi.ts). */
export interface LayoutCorrection {
  /** 0-based first and last header rows. */
  header?: { top: number; bottom: number };
  /** 0-based column and the field it holds; null: the column is not used. */
  columns: { col: number; field: PlanField | null }[];
  /** Renstra meanings a person gave columns ("M | Renstra: Target akhir"). */
  renstra?: { col: number; meaning: RenstraMeaning }[];
  /** The sifat target of the indicator on a 0-based row, overriding the plan and the guess. */
  sifat?: { row: number; sifat: Sifat; indikator?: string }[];
  /** Columns a person said are parts of one kode (also in `columns`, with no field). */
  kodeParts?: number[];
  /** Columns a person said are the months of a cash plan, January first (also in `columns`, with no field). */
  months?: number[];
}

export interface ReadOptions {
  /** Merged ranges of the header area, 1-based, as `Range.getMergedRanges()` reports them. */
  merges?: readonly RangeRef[];
  correction?: LayoutCorrection;
  /**
   * The year being measured (Pengaturan, else the titles): in a table with several years side by
   * side its columns are the measurement and earlier years go to `tahunLain`. Without it the latest
   * year the header names is measured.
   */
  tahun?: number;
}

export const HEADER_SCAN_ROWS = 30;
export const MAX_BAND_ROWS = 4;
/** Rows a header band can reach: where the port looks for merged ranges. */
export const HEADER_AREA_ROWS = HEADER_SCAN_ROWS + MAX_BAND_ROWS - 1;

export interface LongForm {
  /** Column holding "Triwulan I … IV", and the column of each TW figure on the label's row. */
  labelCol: number;
  cols: Partial<Record<TwFamily, number>>;
}

export interface Block {
  level: Level | null;
  nameField: NameField | null;
  cols: Partial<Record<PlanField, number>>;
  /** More Indikator columns of the block ("Hasil" on program rows, "Keluaran" on kegiatan rows). */
  alt: number[];
  bareRealisasi: number | null;
  long: LongForm | null;
}

/** A block that has an Indikator column. */
export const hasIndikator = (b: Block): boolean => b.cols.indikator !== undefined;

export interface Header {
  top: number;
  bottom: number;
  /** Field of each column (null when unknown); spanOf: the column a horizontally merged header started at. */
  fields: (PlanField | null)[];
  spanOf: (number | null)[];
  blocks: Block[];
  shared: Partial<Record<PlanField, number>>;
  /** Per column: the header path as typed, the deciding word, value evidence, correction, doubt. */
  notes: ColumnNote[];
  /** Earlier years' columns (tables with "Tahun 2023 | Tahun 2024" side by side), oldest first. */
  years: YearColumns[];
  /** The Renstra columns (target akhir, realisasi s.d., persentase), when the header has them. */
  renstra: RenstraColumns | null;
  /** The year the header names as measured, if any. */
  tahun: number | null;
  /** Per column: the TW family its words name without a TW ("Target", "RAK (Rp)"), for per-TW rows. */
  bare: (TwFamily | null)[];
  /** One sentence per TW family a person gave whose values look like another meaning. */
  fixNotes: string[];
  /** Twelve month columns Jan … Des of a cash plan ("Rencana Penarikan Dana"): RAK per TW, three months each. */
  months: number[] | null;
  /** The columns of a kode split over level columns (Urusan | Bidang Urusan | Program | …), in order. */
  kodeParts?: number[] | null;
}

export type PeriodRole = "target" | "realisasi" | "persentase";

export interface YearColumns {
  tahun: number;
  cols: Partial<Record<PeriodRole, number>>;
  /** Every column of a role, left to right: four for a TW family ("Realisasi 2025 / TW I … IV"). */
  tw?: Partial<Record<PeriodRole, number[]>>;
}

export interface RenstraColumns {
  tahunAkhir: number | null;
  /** target: the end target (target akhir). */
  cols: Partial<Record<PeriodRole, number>>;
  /** The yearly Renstra targets of a block "Target Renstra / 2022 … 2026" other than the end target. */
  tahunan: { tahun: number; col: number }[];
}

/**
 * What a person can say a column of another period is: of the Renstra the end target, a yearly target,
 * realisasi s.d., persentase; last year's target or realisasi (the reports' comparison with last year).
 */
export type RenstraMeaning =
  | "akhir"
  | "tahunan"
  | "realisasi"
  | "persentase"
  | "laluTarget"
  | "laluRealisasi";
/** The panel's and the correction table's names of those meanings. */
export const RENSTRA_LABEL: Record<RenstraMeaning, string> = {
  akhir: "Renstra: Target akhir",
  tahunan: "Renstra: Target tahunan",
  realisasi: "Renstra: Realisasi s.d. tahun ini",
  persentase: "Renstra: Persentase realisasi",
  laluTarget: "Target tahun lalu",
  laluRealisasi: "Realisasi tahun lalu",
};

export interface ColumnNote {
  col: number;
  header: string;
  word: string;
  evidence: string;
  corrected: boolean;
  unsure: boolean;
  doubt: string;
  role: string;
}
