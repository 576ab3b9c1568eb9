/**
 * What every facade object shares: the workbook, the user, the active tab and range, the UI log,
 * and the protection rule that decides whether a script may edit a rectangle.
 */
import { intersects, type Rect, rectA1 } from "../a1";
import type { FacadeContext } from "../counting";
import type { HtmlOutput, LockState } from "../services";
import type { MemoryWorkbook, ProtectionRecord, Tab } from "../workbook";
import { Range } from "./range";
import { Sheet } from "./sheet";

export const PROTECTED_MESSAGE =
  "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

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
      locks: { document: { holder: null }, script: { holder: null } },
      userLocks: new Map(),
      properties: { document: new Map(), script: new Map() },
      userProperties: new Map(),
    };
    documents.set(workbook, state);
  }
  return state;
}

/** Everything the facade objects share. */
export class Env {
  activeTab: Tab | null = null;
  activeRect: Rect | null = null;
  readonly warnings: string[] = [];
  readonly ui: UiLog = { menus: [], sidebar: null, dialogs: [], alerts: [], toasts: [] };

  constructor(
    readonly ctx: FacadeContext,
    readonly workbook: MemoryWorkbook,
    readonly user: string,
    readonly owner: string,
    readonly id: string,
    readonly addonName: string,
  ) {}

  error(message: string): Error {
    return this.ctx.error(message);
  }

  canEdit(p: ProtectionRecord): boolean {
    return this.user === this.owner || p.editors === null || p.editors.includes(this.user);
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
        throw this.error(PROTECTED_MESSAGE);
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

export function normalizeColor(color: string | null): string | undefined {
  return color ? color.toLowerCase() : undefined;
}
