/**
 * The one contract between the sidebar and the server: endpoint names with the zod schemas of
 * their arguments. The server validates every argument that crosses google.script.run; results
 * are typed from the use cases. zod/mini keeps both bundles small.
 */
import * as z from "zod/mini";
import type { FindingGroup } from "./core/checks/group";
import type { Finding } from "./core/checks/types";

/**
 * Built on demand, not at load: every custom-function call loads the whole server script, and
 * none of them needs the schemas.
 */
export function makeSchemas() {
  const text = (max: number) => z.string().check(z.maxLength(max));
  const tabName = z.string().check(z.minLength(1), z.maxLength(100));
  // Whole numbers as a refinement (with the bounds, the same rule as z.int()): z.int() alone
  // would add more than a kilobyte of zod to the server script every custom function loads.
  const whole = (min: number, max: number) =>
    z.number().check(
      z.refine((n) => Number.isInteger(n)),
      z.gte(min),
      z.lte(max),
    );
  const twNumber = whole(1, 4);

  return {
    sidebarState: z.object({}),
    createTemplate: z.object({
      opd: text(200),
      tahun: text(10),
      bidang: z.array(text(200)).check(z.maxLength(30)),
      skala: z.optional(text(40)),
    }),
    createTriwulan: z.object({
      tw: twNumber,
      tabs: z.optional(z.array(tabName).check(z.maxLength(100))),
      /**
       * Answers to the questions of an earlier run: row key → plan row key, "" for "another one".
       * z.record's rule (texts of at most 1000 characters as keys and values) written as an object
       * of texts with its keys checked: the same contract at a third of z.record's size.
       */
      answers: z.optional(
        z
          .catchall(z.object({}), text(1000))
          .check(z.refine((o) => Object.keys(o).every((k) => k.length <= 1000))),
      ),
    }),
    runCheck: z.object({ tw: z.optional(twNumber) }),
    addColumns: z.object({ tab: tabName }),
    selectCell: z.object({
      sheet: tabName,
      cell: z.string().check(z.refine((s) => /^[A-Z]{1,3}\d{1,7}$/.test(s))),
    }),
    submitReview: z.object({
      tw: twNumber,
      force: z.optional(z.boolean()),
      reason: z.optional(text(1000)),
    }),
    verifyReview: z.object({ tw: twNumber }),
    reopenReview: z.object({ tw: twNumber, reason: text(1000) }),
    addNote: z.object({ tw: twNumber, catatan: text(2000) }),
    openNotes: z.object({}),
    makeStatement: z.object({ tw: twNumber }),
    correctReading: z.object({
      tab: tabName,
      col: z.optional(whole(0, 700)),
      /** A field name, or null: the column is not used. */
      field: z.optional(z.nullable(text(40))),
      headerTop: z.optional(whole(1, 1000)),
      headerBottom: z.optional(whole(1, 1000)),
    }),
  };
}

type Schemas = ReturnType<typeof makeSchemas>;

export type Endpoint = keyof Schemas;
export type Args<K extends Endpoint> = z.infer<Schemas[K]>;

export interface PlanSummary {
  tab: string;
  indicators: number;
  /** One sentence naming missing columns, or "" when none is missing. */
  missing: string;
  /** How the tab was read, column by column. */
  reading: TabReading;
}

/** One column of a plan tab as the add-on read it. */
export interface ColumnReading {
  /** 0-based column and its letter. */
  col: number;
  letter: string;
  /** The field read there (null: none, or the four TW fields of per-TW rows). */
  field: string | null;
  /** Its meaning in Indonesian ("Target TW I", "tidak dipakai"). */
  label: string;
  /** The header text of the column, group headers first ("ANGGARAN APBD / TRIWULAN / I"). */
  header: string;
  /** Read so because a person corrected it in Pengaturan. */
  corrected: boolean;
}

export interface TabReading {
  tab: string;
  /** 1-based sheet rows. */
  headerTop: number;
  headerBottom: number;
  dataStart: number;
  indicators: number;
  columns: ColumnReading[];
  corrected: boolean;
}

export interface SidebarState {
  opd: string;
  tahun: string;
  skala: string;
  plans: PlanSummary[];
  /** Tabs that look like bidang tabs but could not be read, with the reason. */
  skipped: { tab: string; reason: string }[];
  evaluasiTabs: string[];
  hasSettings: boolean;
  /** Review notes still "perlu perbaikan". */
  notes: OpenNote[];
  /** What a column can be corrected to, in the order the panel lists them. */
  fields: { field: string; label: string }[];
}

/** A review note still "perlu perbaikan", shown in the submitter's panel. */
export interface OpenNote {
  row: number;
  tw: string;
  sheet: string;
  cell: string;
  indikator: string;
  catatan: string;
}

/** An indicator of the evaluation tab that may be one of these plan rows (a renamed one). */
export interface TriwulanQuestion {
  key: string;
  indikator: string;
  tab: string;
  candidates: { key: string; indikator: string; tab: string }[];
}

export interface CheckResult {
  findings: Finding[];
  /** The same findings, repeated ones of a kind on one tab and TW read as one (the panel's list). */
  groups: FindingGroup[];
  summary: { error: number; warning: number; info: number; tabs: number; indicators: number };
  message: string;
}

export interface Results {
  sidebarState: SidebarState;
  createTemplate: { message: string };
  /** With questions nothing was written: the panel asks, then calls again with the answers. */
  createTriwulan: { message: string; tab: string; questions: TriwulanQuestion[] };
  runCheck: CheckResult;
  selectCell: { message: string };
  addColumns: { message: string };
  submitReview: { status: "galat" | "dikirim"; message: string; check: CheckResult };
  verifyReview: { changed: boolean; message: string };
  reopenReview: { message: string };
  addNote: { message: string };
  openNotes: { notes: OpenNote[] };
  makeStatement: { message: string; tab: string };
  correctReading: { message: string };
}

/** Every endpoint answers with this envelope, so a user error arrives as its Indonesian sentence. */
export type Reply<K extends Endpoint> = { ok: true; data: Results[K] } | { ok: false; message: string };
