/**
 * What every facade object shares: the workbook, the user, the active tab and range, the UI log,
 * and the protection rule that decides whether a script may edit a rectangle.
 */
import { intersects, type Rect, rectA1 } from "../a1";
import type { FacadeContext } from "../counting";
import type { HtmlOutput, LockState } from "../services";
import type { CellInput, MemoryWorkbook, ProtectionRecord, Tab } from "../workbook";
import { Range } from "./range";
import { Sheet } from "./sheet";

export const PROTECTED_MESSAGE =
  "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

/**
 * Characters a cell holds at most. Google's pages name the limit without its number (the Sheets
 * API's and Apps Script's DataExecutionErrorCode TOO_MANY_CHARS_PER_CELL, "the maximum characters
 * allowed in a single cell"); the number is in the exception Sheets raises for a longer input
 * (`tooLong`), for a value or a formula, and nothing of the write lands.
 */
export const MAX_CELL_CHARS = 50_000;

/**
 * Sheets raises its exceptions in the user's language: code must not recognise them by their
 * English text. The emulator speaks both, so tests can run the add-on under an Indonesian account.
 */
export interface Messages {
  protected: string;
  noPermission: string;
  removeSelf: string;
  tooLong: string;
}
const MESSAGES: Record<"en" | "id", Messages> = {
  en: {
    protected: PROTECTED_MESSAGE,
    noPermission: "You do not have permission to perform that action.",
    removeSelf: "You cannot remove yourself as an editor of this protected range or sheet.",
    tooLong: `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
  },
  id: {
    protected:
      "Anda mencoba mengedit sel atau objek yang dilindungi. Hubungi pemilik spreadsheet untuk menghapus perlindungan jika Anda perlu mengedit.",
    noPermission: "Anda tidak memiliki izin untuk melakukan tindakan tersebut.",
    removeSelf:
      "Anda tidak dapat menghapus diri sendiri sebagai editor rentang atau sheet yang dilindungi ini.",
    // Our translation: the Indonesian wording of this exception has not been seen.
    tooLong: `Input Anda berisi lebih dari maksimum ${MAX_CELL_CHARS} karakter dalam satu sel.`,
  },
};

export interface GasOptions {
  /** The active (and effective) user's email. Default "pengguna@example.go.id". */
  user?: string;
  /** The spreadsheet owner, who can always edit. Default: the user. */
  owner?: string;
  /** Spreadsheet id; default "emulated-spreadsheet". */
  id?: string;
  /** HTML files of the project by name (without ".html"), for HtmlService. */
  files?: Record<string, string>;
  /** Title of the menu `Ui.createAddonMenu()` makes. Default "SAKIP". */
  addonName?: string;
  /**
   * Who the spreadsheet is shared with as editor (people or Google Groups). A new protection
   * mirrors them plus the owner. Default: the user.
   */
  editors?: string[];
  /** Members of Google Groups named in `editors` or in protections (document-wide). */
  groups?: Record<string, string[]>;
  /** Language of the exceptions Sheets raises for this user. Default "en". */
  language?: "en" | "id";
  /**
   * What `Range.getNumberFormat(s)` reports for a cell no one formatted. Google's reference says
   * only "the number or date formatting of the top-left cell", in the patterns of the Sheets API's
   * Date and Number Formats guide, whose NumberFormat has no pattern when none is set ("a default
   * pattern based on the spreadsheet's locale will be used"): it names no value. Sheets is seen to
   * report "General" (the default here) or "0.###############" (older spreadsheets); the add-on
   * takes both as unformatted, and tests run it under both.
   */
  unformattedNumberFormat?: "General" | "0.###############";
}

export type MenuEntry =
  | { caption: string; functionName: string }
  | { separator: true }
  | { submenu: MenuRecord };

export interface MenuRecord {
  title: string;
  addon: boolean;
  items: MenuEntry[];
}

/** What the Ui showed, for tests to assert. */
export interface UiLog {
  menus: MenuRecord[];
  sidebar: HtmlOutput | null;
  dialogs: { html: HtmlOutput; title: string }[];
  alerts: { title: string; prompt: string; buttons: string }[];
  toasts: { message: string; title: string }[];
}

// State that belongs to the document, shared by every facade over the same workbook.
interface DocumentState {
  /** Every execution (facade) opened on the document, to model unflushed writes between them. */
  executions: Set<Env>;
  groups: Map<string, string[]>;
  locks: { document: LockState; script: LockState };
  userLocks: Map<string, LockState>;
  properties: { document: Map<string, string>; script: Map<string, string> };
  userProperties: Map<string, Map<string, string>>;
}
const documents = new WeakMap<MemoryWorkbook, DocumentState>();

export function documentState(workbook: MemoryWorkbook): DocumentState {
  let state = documents.get(workbook);
  if (!state) {
    state = {
      executions: new Set(),
      groups: new Map(),
      locks: { document: { holder: null }, script: { holder: null } },
      userLocks: new Map(),
      properties: { document: new Map(), script: new Map() },
      userProperties: new Map(),
    };
    documents.set(workbook, state);
  }
  return state;
}

/** A cell write not yet applied to the document as other executions see it. */
interface PendingWrite {
  tab: Tab;
  rect: Rect;
  before: CellInput[][];
  after: CellInput[][];
}

/** Everything the facade objects share. */
export class Env {
  activeTab: Tab | null = null;
  activeRect: Rect | null = null;
  readonly warnings: string[] = [];
  readonly ui: UiLog = { menus: [], sidebar: null, dialogs: [], alerts: [], toasts: [] };
  /** Writes made while holding the document lock and not flushed since. */
  private unflushed: PendingWrite[] = [];
  /** Unflushed writes another execution's lock overtook: they land at flush or end of execution. */
  private detached: PendingWrite[] = [];
  private holdsDocumentLock = false;

  constructor(
    readonly ctx: FacadeContext,
    readonly workbook: MemoryWorkbook,
    readonly user: string,
    readonly owner: string,
    readonly id: string,
    readonly addonName: string,
    /** The spreadsheet's editors besides the owner (people or groups). */
    readonly sharedWith: string[],
    readonly messages: Messages,
    private readonly doc: { executions: Set<Env>; groups: Map<string, string[]> },
    /** See GasOptions.unformattedNumberFormat. */
    readonly unformattedNumberFormat = "General",
  ) {}

  static messages(language: "en" | "id" = "en"): Messages {
    return MESSAGES[language];
  }

  error(message: string): Error {
    return this.ctx.error(message);
  }

  /** The editors a protection has before a script changes them: the spreadsheet's. */
  mirroredEditors(): string[] {
    return [...new Set([this.owner, ...this.sharedWith])];
  }

  /** The user may edit through this list: named in it, or a member of a group named in it. */
  listed(editors: string[]): boolean {
    return editors.some((e) => e === this.user || (this.doc.groups.get(e) ?? []).includes(this.user));
  }

  canEdit(p: ProtectionRecord): boolean {
    return this.user === this.owner || this.listed(p.editors ?? this.mirroredEditors());
  }

  // ------------------------------------------------------------ pending writes and flush

  /**
   * "Sometimes, spreadsheet operations are bundled together to improve performance […] call
   * SpreadsheetApp.flush()" (Spreadsheet service reference): a script's writes reach the document
   * at flush() or when the execution ends. Modelled where it matters: writes made under the
   * document lock and not flushed when another execution takes that lock are invisible to it,
   * and land later, over whatever it wrote.
   */
  writeCells(tab: Tab, rect: Rect, written: CellInput[][] | null, apply: () => void): void {
    if (!this.holdsDocumentLock) {
      apply();
      return;
    }
    const before = this.rawCells(tab, rect);
    apply();
    // What was written is what lands again at flush (null: the cells were cleared); not read back
    // from the engine, which would turn every formula into text again (50,000 rows: seconds).
    const after = written ?? Array.from({ length: rect.rows }, () => Array<CellInput>(rect.cols).fill(null));
    this.unflushed.push({ tab, rect, before, after });
  }

  /** The cells' contents as written; beyond the engine's extent of the tab, nothing is asked. */
  private rawCells(tab: Tab, rect: Rect): CellInput[][] {
    const extent = this.workbook.extent(tab);
    const rows = Math.max(0, Math.min(rect.rows, extent.rows - rect.row + 1));
    const cols = Math.max(0, Math.min(rect.cols, extent.cols - rect.col + 1));
    const inside = rows && cols ? { ...rect, rows, cols } : null;
    // As written (formula or literal): nothing is computed for it.
    const contents = inside ? this.workbook.contents(tab, inside) : [];
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from(
        { length: rect.cols },
        (_, c): CellInput => (r >= rows || c >= cols ? null : contents[r][c]),
      ),
    );
  }

  /** SpreadsheetApp.flush(), and the end of the execution. */
  flush(): void {
    for (const w of this.detached) this.workbook.write(w.tab, w.rect.row, w.rect.col, w.after);
    this.detached = [];
    this.unflushed = [];
  }

  documentLockAcquired(): void {
    this.holdsDocumentLock = true;
    for (const other of this.doc.executions) if (other !== this) other.detach();
  }

  documentLockReleased(): void {
    this.holdsDocumentLock = false;
  }

  private detach(): void {
    for (const w of [...this.unflushed].reverse())
      this.workbook.write(w.tab, w.rect.row, w.rect.col, w.before);
    this.detached.push(...this.unflushed);
    this.unflushed = [];
  }

  /** Protecting cells is editing them: a strict protection the user cannot edit refuses it. */
  assertProtectable(tab: Tab, rect: Rect | null): void {
    for (const p of tab.protections) {
      if (p.type === "RANGE" && (!rect || !p.range || !intersects(p.range, rect))) continue;
      if (!p.warningOnly && !this.canEdit(p)) throw this.error(this.messages.protected);
    }
  }

  /**
   * Throws Sheets' message when the user may not edit `rect` (or, with null, the sheet as a whole).
   * Warning-only protections do not stop a script; the warning is recorded.
   */
  assertEditable(tab: Tab, rect: Rect | null): void {
    for (const p of tab.protections) {
      if (p.type === "RANGE" && (!rect || !p.range || !intersects(p.range, rect))) continue;
      if (p.warningOnly) {
        this.warnings.push(`${tab.name}!${rect ? rectA1(rect) : "*"}: ${p.description || "dilindungi"}`);
      } else if (!this.canEdit(p)) {
        throw this.error(this.messages.protected);
      }
    }
  }

  sheet(tab: Tab): Sheet {
    return this.ctx.wrap("Sheet", new Sheet(this, tab));
  }

  range(tab: Tab, rect: Rect): Range {
    return this.ctx.wrap("Range", new Range(this, tab, rect));
  }

  active(): Tab {
    const tabs = this.workbook.tabs();
    if (!this.activeTab || !tabs.includes(this.activeTab)) this.activeTab = tabs[0];
    if (!this.activeTab) throw this.error("Spreadsheet tidak punya tab.");
    return this.activeTab;
  }
}

export function checkMatrix(env: Env, data: unknown, rect: Rect, method: string): unknown[][] {
  if (!Array.isArray(data) || !data.every(Array.isArray)) {
    throw env.error(
      `The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  if (data.length !== rect.rows) {
    throw env.error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rect.rows}.`,
    );
  }
  for (const row of data as unknown[][]) {
    if (row.length !== rect.cols) {
      throw env.error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${rect.cols}.`,
      );
    }
  }
  return data as unknown[][];
}

/** A text (value or formula) longer than a cell holds refuses the whole write, before any cell of it lands. */
export function checkCellText(env: Env, matrix: unknown[][]): void {
  for (const row of matrix)
    for (const v of row)
      if (typeof v === "string" && v.length > MAX_CELL_CHARS) throw env.error(env.messages.tooLong);
}

export function normalizeColor(color: string | null): string | undefined {
  return color ? color.toLowerCase() : undefined;
}
