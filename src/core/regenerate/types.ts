import type { CellValue, WriteCell } from "../cells";

export type ColumnKind = "ours" | "formula" | "spill" | "manual";

export interface RegenColumn {
  id: string;
  kind: ColumnKind;
  header: string;
  /** Headers the column had in earlier versions. */
  aliases?: string[];
  /**
   * The add-on writes it in its rows, and formulas or the summary read it: a row a person inserted
   * inside the table that holds something here cannot stay there (it moves below the table).
   */
  computed?: boolean;
}

/** Where an indicator comes from: its plan row's identity, not its text. */
export interface Identity {
  tab: string;
  kode: string;
  level: string;
  /** Ordinal among the plan's rows with the same kode and level. */
  pos: number;
  indikator: string;
}

export interface FreshLine {
  cells: WriteCell[];
  /** The key column's value; "" on a group row. */
  key: string;
  /** A group row's bidang tab. */
  group?: string;
  identity?: Identity;
  /** The row's plan values by column id, kept as plain text if it leaves the plan. */
  last?: Record<string, CellValue>;
}

export interface Fresh {
  /** Rows above the header row. */
  title: WriteCell[][];
  header: string[];
  lines: FreshLine[];
  columns: readonly RegenColumn[];
  /**
   * The same lines laid out at the given sheet rows (1-based, one per line), for when rows a person
   * inserted stay between them. Without it such rows always move below the table.
   */
  relayout?: (rows: number[]) => FreshLine[];
}

export interface Question {
  /** The key of the existing row. */
  key: string;
  indikator: string;
  tab: string;
  /** Plan rows it may be, by key. */
  candidates: { key: string; indikator: string; tab: string }[];
}

export interface Counts {
  /** Indicators new in this tab. */
  added: number;
  /** Indicator rows in the "no longer in the plan" section. */
  removed: number;
  /** Typed items (values, formulas, notes) kept where they were. */
  kept: number;
  /** Typed items moved into the "no longer in the plan" section in this run. */
  moved: number;
  /** Rows a person inserted inside the table, moved below it in this run (1-based, where they are now)... */
  insertedRows: number[];
  /** ...why each could not stay (one Indonesian phrase per row, in the same order)... */
  insertedWhy: string[];
  /** ...and the typed items (values, formulas, notes) they hold. */
  insertedItems: number;
  /**
   * Rows a person inserted inside the table that stay under the row of ours above them (1-based,
   * where they are now); what they hold counts as kept.
   */
  personRows: number[];
  /** Cells computed by the add-on whose content changed. */
  rewritten: number;
  /** Corrections typed in "Sifat target" (kept; the computation follows the bidang tab). */
  sifatTyped: number;
  /** What could not be kept, one Indonesian phrase each. */
  lost: string[];
  /**
   * Cells of a formula column typed over in an indicator row (an Indikator name, a realisasi): the
   * add-on's formula is written again and what stood there is kept in the cell's note. Each with
   * its cell where it is now ("D13"), its column's header and what was typed.
   */
  restored: { cell: string; header: string; text: string }[];
  /** Where the existing tab's rows and columns went (0-based, old → new), when regenerating. */
  moves?: Moves;
}

export interface Moves {
  rows: [number, number][];
  cols: [number, number][];
}

export interface Regenerated extends Counts {
  cells: WriteCell[][];
  notes: string[][];
  /** Ambiguous matches: nothing is written until a person answers them. */
  questions: Question[];
}

export const REMOVED_HEADER = "INDIKATOR YANG TIDAK ADA LAGI DI RENCANA (isian lama dipertahankan)";
/** "tidak ada lagi di rencana": said of an indicator (or bidang) its plan no longer has. */
export const NOT_IN_PLAN = "tidak ada lagi di rencana";
export const REMOVED_LABEL = "Tidak ada lagi di rencana sejak";

export interface Memo {
  v: 1;
  /** Header row: the title cells as written. */
  title?: CellValue[][];
  /** Group row: its bidang tab ("" for the removed section's header). */
  grp?: string;
  id?: Identity;
  /** Per column id: the literal written, or "=" + hash of a formula's shape. */
  g?: Record<string, CellValue>;
  /**
   * Its formulas' shapes, one character per column of the header row's `shapes` (that list's
   * number of the shape, "-" for none): see memo.ts `readMemo`, which turns them into `g`'s.
   */
  f?: string;
  /** Header row: per column holding formulas, its id and then the shapes' hashes `f` numbers. */
  shapes?: string[][];
  last?: Record<string, CellValue>;
  /** The date the row left the plan. */
  gone?: string;
}

/** How sure a match must be to be taken without asking (Dice similarity of the names). */

/**
 * A formula's shape hash (./formulas.ts): `plainShapeHash`, or `shapeHash` where many formulas are
 * hashed; `column`, the column id of a row's formula, lets the CLI's `shapeHasher` reuse the hash
 * of the formula above it.
 */
export type ShapeHash = (formula: string, column?: string) => string;

export interface RegenerateOptions {
  headerRow: number;
  /** dd/mm/yyyy, for rows leaving the plan now. */
  today: string;
  /** Answers to earlier questions: existing key → plan row key, or "" for "not the same". */
  answers?: Record<string, string>;
  /** The formulas' shape hash (./formulas.ts); default `plainShapeHash`. */
  shapeHash?: ShapeHash;
}
