import type { CellValue, TabSnapshot } from "../cells";
import type { Scale } from "../kriteria";
import type { PlanTable } from "../plan";

/** error = galat (the report is wrong), warning = peringatan, info = catatan. */
export type Severity = "error" | "warning" | "info";

/** One problem a reviewer would point at, anchored to a cell. */
export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1, e.g. "N12". */
  cell: string;
  /** 1-based sheet row. */
  row: number;
  /** ONE Indonesian sentence with the numbers. */
  message: string;
  /** What to do, in Indonesian. */
  suggestion: string;
  related: { sheet: string; cell: string }[];
  /** The title of its group when the rule's findings come in kinds ("Realisasi anggaran …"). */
  groupTitle?: string;
}

/** How a plan tab is used in the office (from its name; rules treat them alike). */
export type TabKind = "eselon" | "bidang" | "template" | "renaksi";

export interface PlanTab {
  name: string;
  /** Position of the tab in the workbook (for sorting findings). */
  order: number;
  kind: TabKind;
  table: PlanTable;
  snapshot: TabSnapshot;
}

/** One row of the Perjanjian Kinerja. `row` is 0-based like PlanRow.row. */
export interface PkRow {
  row: number;
  sasaran: string;
  indikator: string;
  satuan: string;
  target: CellValue;
}

export interface PkTable {
  tab: string;
  order: number;
  /** 0-based columns. */
  columns: { indikator: number; satuan?: number; target?: number };
  rows: PkRow[];
}

export interface CheckContext {
  /** Detected plan tables (bidang, eselon II/III/IV, template, Renaksi tabs), in workbook order. */
  plans: PlanTab[];
  /** The office's Renstra tables (only Renstra targets): not plans; their printed persentase is checked. */
  renstra?: PlanTab[];
  pk: PkTable | null;
  /** Every tab as read (values + formulas), for cell-level rules. */
  tabs: TabSnapshot[];
  /** PK indicators (normalised) written in a tab that could not be read as a plan: that tab's name. */
  unread?: Record<string, string>;
  /** The triwulan being reported (1–4), when known. */
  currentTw?: 1 | 2 | 3 | 4;
  /** The office's kriteria scale (Pengaturan); the Permendagri 86/2017 scale when not given. */
  scale?: Scale;
}

export interface Rule {
  id: string;
  /** The severity of its main finding; a rule may lower it for a milder case (documented in the rule). */
  severity: Severity;
  /** Indonesian title shown to the user. */
  title: string;
  run(ctx: CheckContext): Finding[];
}
