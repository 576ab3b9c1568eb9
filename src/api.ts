/**
 * The one contract between the sidebar and the server: endpoint names with the zod schemas of
 * their arguments and of their answers. The server validates every argument that crosses
 * google.script.run; the panel validates every answer as it arrives (`replySchema`), so an answer
 * it cannot read is one Indonesian sentence, never a broken panel. zod/mini keeps both bundles small.
 */
import * as z from "zod/mini";
import type { Finding } from "./core/checks/types";
import { CORRECTABLE_FIELDS, MEANINGS } from "./core/plan";
import type { ReportBlock, ReportDocument } from "./core/report/model";
import { FAILURE_CODES, type FailureCode } from "./core/result";

/** The panel groups findings itself (the CLI imports it from core/checks). */
export { type FindingGroup, groupFindings } from "./core/checks/group";
/** The panel runs Periksa's rules itself over what the server read (core/checks/panel.ts). */
export { checkFromInput } from "./core/checks/panel";
/** The panel builds the report's document itself (the server only checks and writes it). */
export { laporanFromJson } from "./core/report-build";

/**
 * Built on demand, not at load: every custom-function call loads the whole server script, and
 * none of them needs the schemas.
 *
 * zod checks the shapes (object, string, number, literal, array, optional, nullable); the bounds
 * are refinements. A TW is one of the literals 1–4 (or "tahunan" for a report): one z.literal,
 * where a union of a number check and a literal would add 1.3 KB to the server script. zod/mini's check classes (minLength, maxLength, int, gte, lte, regex, record) would
 * add 4 KB to that script for the same rules; test/api.test.ts pins what passes and what does not.
 */
export function makeSchemas() {
  const within = (max: number) => (v: { length: number }) => v.length <= max;
  const text = (max: number) => z.string().check(z.refine(within(max)));
  const list = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.refine(within(max)));
  const tabName = z.string().check(z.refine((s) => s.length > 0 && s.length <= 100));
  const whole = (min: number, max: number) =>
    z.number().check(z.refine((n) => Number.isInteger(n) && n >= min && n <= max));
  // Typed as the panel and the use cases take them: a number (or "tahunan").
  const twNumber: z.ZodMiniType<number> = z.literal([1, 2, 3, 4]);
  const reportPeriod: z.ZodMiniType<number | "tahunan"> = z.literal([1, 2, 3, 4, "tahunan"]);
  // A yes/no flag as the same literal check (z.boolean() would add its own 0.4 KB).
  const flag: z.ZodMiniType<boolean> = z.literal([true, false]);
  // A column's meaning: one of the fields the panel offers, or null (not used), as one literal.
  // (z.nullable would add 0.6 KB to the server script.) Typed as the panel sends it.
  const field: z.ZodMiniType<string | null> = z.literal([...CORRECTABLE_FIELDS, ...MEANINGS, null]);
  const count = whole(0, 1e9);
  const recount = { galat: z.optional(count), peringatan: z.optional(count), info: z.optional(count) };
  // A check the panel ran: what Hasil Pemeriksaan shows of each finding (the rest is the panel's own).
  const panelCheck = z.object({
    findings: list(
      z.object({
        rule: text(100),
        severity: z.literal(["error", "warning", "info"]),
        sheet: text(200),
        cell: text(20),
        message: text(10_000),
        suggestion: text(10_000),
      }),
      1e6,
    ),
    titles: z.catchall(z.object({}), text(1000)),
    summary: z.object({ error: count, warning: count, info: count, tabs: count, indicators: count }),
    message: text(2000),
  });

  return {
    sidebarState: z.object({}),
    createTemplate: z.object({
      opd: text(200),
      tahun: text(10),
      bidang: list(text(200), 30),
      skala: z.optional(text(40)),
    }),
    createTriwulan: z.object({
      tw: twNumber,
      tabs: z.optional(list(tabName, 100)),
      /**
       * Answers to the questions of an earlier run: row key → plan row key, "" for "another one".
       * As z.record(text(1000), text(1000)) would: an object of texts, its keys checked.
       */
      answers: z.optional(
        z.catchall(z.object({}), text(1000)).check(z.refine((o) => Object.keys(o).every(within(1000)))),
      ),
      /** The year, when the workbook names none (the panel's field). */
      tahun: z.optional(text(4)),
    }),
    /** "Periksa konsistensi", first half: what the panel checks (core/checks/input.ts) as JSON. */
    checkInput: z.object({ tw: z.optional(twNumber) }),
    /**
     * Second half: the panel's findings, written in the Hasil Pemeriksaan tab, only while the data is
     * still what `checkInput` gave for `tw` (`basis`, as for submitReview).
     */
    writeCheck: z.object({ tw: z.optional(twNumber), check: panelCheck, basis: text(200) }),
    /** Without `confirm`, nothing is written: the answer says what would go where. */
    addColumns: z.object({ tab: tabName, confirm: z.optional(flag) }),
    selectCell: z.object({
      sheet: tabName,
      cell: z.string().check(z.refine((s) => /^[A-Z]{1,3}\d{1,7}$/.test(s))),
    }),
    /** With the panel's check over `checkInput` (taken only for the data it checked: `basis`). */
    submitReview: z.object({
      tw: twNumber,
      force: z.optional(flag),
      reason: z.optional(text(1000)),
      check: panelCheck,
      basis: text(200),
    }),
    /** `galat`, `peringatan`, `info`: the reviewer's own Periksa counts now, against those recorded when it was sent. */
    verifyReview: z.object({ tw: twNumber, ...recount }),
    reopenReview: z.object({ tw: twNumber, reason: text(1000) }),
    addNote: z.object({ tw: twNumber, catatan: text(2000) }),
    openNotes: z.object({}),
    /** `confirm`: the reviewer ticked that the galat the quarter was sent with go into the statement. */
    makeStatement: z.object({ tw: twNumber, confirm: z.optional(flag), ...recount }),
    correctReading: z.object({
      tab: tabName,
      col: z.optional(whole(0, 700)),
      /** A field the panel offers, or null: the column is not used. */
      field: z.optional(field),
      headerTop: z.optional(whole(1, 1000)),
      headerBottom: z.optional(whole(1, 1000)),
      /** Several columns at once: a TW family ("Q–T: Realisasi TW I–IV") in one action. */
      columns: z.optional(list(z.object({ col: whole(0, 700), field }), 60)),
      /** One indicator's sifat target: its 1-based row and kumulatif, akhir or tetap. */
      row: z.optional(whole(1, 1_000_000)),
      sifat: z.optional(text(10)),
    }),
    /** The year a person gives when neither Pengaturan nor the titles name it. */
    saveTahun: z.object({ tahun: text(4) }),
    /** "Buat laporan", first half: the report's figures and texts as JSON, for the panel to build. */
    laporanInput: z.object({ tw: reportPeriod, tabs: z.optional(list(tabName, 100)) }),
    /**
     * "Buat laporan", second half: the document the panel built, written as a tab when every
     * figure in it is the server's own (src/core/report-check.ts).
     */
    createLaporan: z.object({
      tw: reportPeriod,
      tabs: z.optional(list(tabName, 100)),
      doc: reportDocument(text, list, flag),
    }),
  };
}

/**
 * The report document the panel builds (src/core/report/model.ts), as the server accepts it: the
 * blocks a renderer reads, each kind by its literal. Its tab name and kriteria scale are the
 * server's own (src/app/laporan.ts `writeChecked`), so the schema does not ask for them.
 */
function reportDocument(
  text: (max: number) => z.ZodMiniType<string>,
  list: <T extends z.ZodMiniType>(item: T, max: number) => z.ZodMiniType<z.infer<T>[]>,
  flag: z.ZodMiniType<boolean>,
): z.ZodMiniType<Omit<ReportDocument, "scale">> {
  const words = text(100_000);
  const many = <T extends z.ZodMiniType>(item: T) => list(item, 100_000);
  const number = z.number();
  const align = z.optional(z.literal(["left", "center", "right"]));
  const cells = list(
    z.object({ text: words, value: z.optional(number), align, span: z.optional(number) }),
    100,
  );
  // One object schema per kind, chosen by the block's kind (a z.union would add 1.3 KB to the
  // server script every custom-function call loads).
  const kinds: Record<string, z.ZodMiniType> = {
    heading: z.object({ text: words, level: z.literal([1, 2, 3]) }),
    paragraph: z.object({
      id: words,
      text: words,
      draft: z.optional(flag),
      placeholder: z.optional(flag),
      bold: z.optional(flag),
      align: z.optional(z.literal(["left", "center", "right", "justify"])),
    }),
    table: z.object({
      id: words,
      caption: words,
      header: many(cells),
      rows: many(
        z.object({
          cells,
          kind: z.optional(z.literal(["group", "total", "note"])),
          indent: z.optional(number),
          fills: z.optional(z.catchall(z.object({}), words)),
        }),
      ),
      widths: many(number),
    }),
    chart: z.object({
      id: words,
      title: words,
      categories: many(words),
      series: many(
        z.object({
          name: words,
          values: many(z.custom<number | null>((v) => v === null || typeof v === "number")),
          color: words,
        }),
      ),
      stacked: flag,
      horizontal: flag,
      valueTitle: words,
      rule: z.optional(z.object({ value: number, label: words })),
      valueFormat: z.literal(["percent", "integer"]),
      barColors: z.optional(many(words)),
    }),
    signature: z.object({ id: words, place: words, date: words, role: words, name: words, nip: words }),
    pageBreak: z.object({}),
  };
  // A kind no schema has ("script", "__proto__") is no block.
  const block = z.custom<ReportBlock>((b) => kinds[(b as ReportBlock)?.kind]?.safeParse?.(b).success);
  return z.object({
    title: words,
    opd: words,
    tabName: words,
    fileName: words,
    landscape: flag,
    blocks: many(block),
  });
}

type Schemas = ReturnType<typeof makeSchemas>;

export type Endpoint = keyof Schemas;
export type Args<K extends Endpoint> = z.infer<Schemas[K]>;

export interface PlanSummary {
  tab: string;
  indicators: number;
  /** One sentence naming missing columns, or "" when none is missing. */
  missing: string;
  /** The fields missing ("realisasiTw1", …), for the panel to offer pointing at existing columns. */
  missingFields: string[];
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
  /** The same header cells one by one, group first (the panel finds TW families by them). */
  path: string[];
  /** Read so because a person corrected it in Pengaturan. */
  corrected: boolean;
  /** Why the reading is unsure of this column ("berisi angka di 5 baris indikator, tetapi tidak dipakai"). */
  unsure?: string;
  /** What the reading went by: the header word and the values ('kata "realisasi"; nilai rupiah; …'). */
  why?: string;
}

/** Four side by side columns that are one TW family (TW I–IV), corrected in one action. */
export interface ColumnFamily {
  /** 0-based columns, TW I first. */
  cols: number[];
  /** "Q–T". */
  letters: string;
  /** The group header above them ("REALISASI KINERJA"), "" when none. */
  group: string;
  /** The leaf headers ("TR I", …). */
  leaves: string[];
  /** The family read there ("realisasiTw"), or null when not read as one family. */
  base: string | null;
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
  /**
   * What was read from the values rather than from a column, one Indonesian sentence each: how the
   * sifat target was read, and every indicator whose sifat or polaritas is a guess to look at.
   */
  guesses?: string[];
  /** Indicators whose sifat target is unsure or was corrected: 1-based row, the reading and why. */
  sifat?: { row: number; indikator: string; sifat: string; why: string; corrected: boolean }[];
}

export interface SidebarState {
  opd: string;
  /** The workbook's year ("" when unknown: the panel asks for it). */
  tahun: string;
  /** Where the year came from: Pengaturan, the plans' titles, or "" (unknown). */
  tahunSource: "pengaturan" | "judul" | "";
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
  /**
   * Each rule's Indonesian title by id: the panel and the CLI read repeated findings of a kind on one
   * tab as one titled group (`groupFindings`), so the server, which every custom-function call
   * loads, carries no display code for it.
   */
  titles: Record<string, string>;
  summary: { error: number; warning: number; info: number; tabs: number; indicators: number };
  message: string;
}

export interface Results {
  sidebarState: SidebarState;
  createTemplate: { message: string };
  /** With questions nothing was written: the panel asks, then calls again with the answers. */
  /** `unread`: realisasi columns that could not be read (the panel shows the message as a warning). */
  createTriwulan: { message: string; tab: string; questions: TriwulanQuestion[]; unread: string };
  /** `basis`: the digest of `input`, which Kirim sends back with the panel's check. */
  checkInput: { input: string; basis: string };
  writeCheck: { message: string };
  selectCell: { message: string };
  addColumns: { message: string; planned: { cell: string; header: string }[] };
  /** The check shown is the panel's own (it sent it). */
  submitReview: { status: "galat" | "dikirim"; message: string };
  /** `changed` null: an older record cannot tell (the message says what it can and cannot vouch for). */
  verifyReview: { changed: boolean | null; message: string };
  reopenReview: { message: string };
  addNote: { message: string };
  openNotes: { notes: OpenNote[] };
  makeStatement: { message: string; tab: string };
  correctReading: { message: string };
  saveTahun: { message: string };
  /** What to do with the report tab (print, copy into Word) is the panel's own text (#laporan-docx). */
  /** The report's input as JSON (src/core/report-input.ts): the panel builds the document from it. */
  laporanInput: { input: string };
  createLaporan: { message: string; tab: string };
}

/**
 * Every endpoint answers with this envelope, so a user error arrives as its Indonesian sentence,
 * with its kind from the closed list (`FailureCode`, src/core/result.ts) for the panel to react to
 * and, for bad input, the argument it is about.
 */
export type Reply<K extends Endpoint> = { ok: true; data: Results[K] } | Failure;
export interface Failure {
  ok: false;
  code: FailureCode;
  message: string;
  /** For "masukan": the argument (a key of the endpoint's Args) the sentence is about. */
  field?: string;
}

/**
 * The answers as zod schemas, for the panel (the server never builds them, so they are not in the
 * script every custom-function call loads). Each is checked against its interface above by the
 * compiler (`Same` below), so the schemas and the types cannot drift apart.
 */
function makeResultSchemas() {
  const text = z.string();
  const count = z.number();
  const flag = z.boolean();
  const texts = z.array(text);
  const message = z.object({ message: text });
  const messageTab = z.object({ message: text, tab: text });
  const column = z.object({
    col: count,
    letter: text,
    field: z.nullable(text),
    label: text,
    header: text,
    path: texts,
    corrected: flag,
    unsure: z.optional(text),
    why: z.optional(text),
  });
  const reading = z.object({
    tab: text,
    headerTop: count,
    headerBottom: count,
    dataStart: count,
    indicators: count,
    columns: z.array(column),
    corrected: flag,
    guesses: z.optional(texts),
    sifat: z.optional(
      z.array(z.object({ row: count, indikator: text, sifat: text, why: text, corrected: flag })),
    ),
  });
  const note = z.object({ row: count, tw: text, sheet: text, cell: text, indikator: text, catatan: text });
  const plan = z.object({ key: text, indikator: text, tab: text });
  return {
    sidebarState: z.object({
      opd: text,
      tahun: text,
      tahunSource: z.literal(["pengaturan", "judul", ""]),
      skala: text,
      plans: z.array(
        z.object({ tab: text, indicators: count, missing: text, missingFields: texts, reading }),
      ),
      skipped: z.array(z.object({ tab: text, reason: text })),
      evaluasiTabs: texts,
      hasSettings: flag,
      notes: z.array(note),
      fields: z.array(z.object({ field: text, label: text })),
    }),
    createTemplate: message,
    createTriwulan: z.object({
      message: text,
      tab: text,
      questions: z.array(z.extend(plan, { candidates: z.array(plan) })),
      unread: text,
    }),
    checkInput: z.object({ input: text, basis: text }),
    writeCheck: message,
    selectCell: message,
    addColumns: z.object({ message: text, planned: z.array(z.object({ cell: text, header: text })) }),
    submitReview: z.object({ status: z.literal(["galat", "dikirim"]), message: text }),
    verifyReview: z.object({ changed: z.nullable(flag), message: text }),
    reopenReview: message,
    addNote: message,
    openNotes: z.object({ notes: z.array(note) }),
    makeStatement: messageTab,
    correctReading: message,
    saveTahun: message,
    laporanInput: z.object({ input: text }),
    createLaporan: messageTab,
  };
}

type ResultSchemas = ReturnType<typeof makeResultSchemas>;
/** true when A and B are the same type, optional keys included. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
/** Fails to compile when a result schema and its interface disagree (the checked contract). */
export type ResultSchemasAgree = Expect<
  { [K in Endpoint]: Same<z.infer<ResultSchemas[K]>, Results[K]> }[Endpoint]
>;

/**
 * The envelope of `name`'s answer as the panel checks it: its data by the endpoint's result
 * schema, a failure by its closed list of kinds. Built on demand, once per answer.
 */
export function replySchema<K extends Endpoint>(name: K): z.ZodMiniType<Reply<K>> {
  const failure = z.object({
    ok: z.literal(false),
    code: z.literal(FAILURE_CODES),
    message: z.string(),
    field: z.optional(z.string()),
  });
  const data = makeResultSchemas()[name] as unknown as z.ZodMiniType<Results[K]>;
  return z.union([z.object({ ok: z.literal(true), data }), failure]) as unknown as z.ZodMiniType<Reply<K>>;
}
