/**
 * `npm start`: the built add-on on this machine. build/Code.js runs in a node:vm context over the
 * SpreadsheetApp facade of an in-memory workbook, exactly as Apps Script loads it; the page shows the
 * workbook as a spreadsheet and the real build/Sidebar.html beside it, whose `google.script.run` is
 * a small shim that POSTs to /api/run here. Listens on 127.0.0.1 only.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { columnLetter, parseA1 } from "../core/a1";
import type { RangeRef } from "../core/cells";
import type { Tw } from "../core/plan";
import { readSettings, SETTINGS_TAB } from "../core/settings";
import { createGas, type Gas, PROTECTED_MESSAGE } from "../emulator/facade";
import { formulaFromLocale, parseInput } from "../emulator/format";
import { bindCustomFunctions, type GasContext, loadBundle } from "../emulator/gasRuntime";
import type { MemoryWorkbook } from "../emulator/workbook";
import { xlsxBuffer } from "../emulator/xlsx";
import { standardExport } from "./export";
import { PAGE_HTML, SHIM } from "./page";
import { RekapSession, type Send, sha256 } from "./rekap";
import { browserScript } from "./script";
import { sheetView, validationMessage } from "./view";

const here = dirname(fileURLToPath(import.meta.url));

export interface LocalOptions {
  workbook: MemoryWorkbook;
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Where build/Code.js and build/Sidebar.html are; default the project's build/. */
  buildDir?: string;
  /** The Apps Script user the page opens as: the spreadsheet's owner, who sends the quarters. */
  user?: string;
  /**
   * The Inspektorat reviewer the page can act as ("Pengguna" in its top bar) while Pengaturan's
   * "Email reviewer" is empty. Default reviewer@inspektorat.go.id.
   */
  reviewer?: string;
  /** The tab the page opens on; default the first. */
  startTab?: string;
}

export interface LocalServer {
  url: string;
  port: number;
  /** The Apps Script services of the user the page acts as now. */
  readonly gas: Gas;
  close(): Promise<void>;
}

/** Facade methods that change the active sheet or range. */
const ACTIVATIONS = [
  "Range.activate",
  "Sheet.activate",
  "Spreadsheet.insertSheet",
  "Spreadsheet.setActiveSheet",
  "Spreadsheet.setActiveRange",
];

// A pasted block of a whole Rencana Aksi (30 columns × thousands of rows) fits.
const MAX_BODY = 8_000_000;
/** Sheets' limit of characters in one cell. */
const MAX_CELL = 50_000;
/** What the page says of an error nobody foresaw; its details are printed in npm start's terminal. */
export const UNEXPECTED =
  "Terjadi kesalahan yang tidak terduga di server lokal; rinciannya tercetak di terminal npm start, coba lagi atau muat ulang halaman.";

/** Google Sheets' limits of a spreadsheet (support.google.com/drive/answer/37603). */
const MAX_CELLS = 10_000_000;
const MAX_COLUMNS = 18_278;
/** The rows a tab of the local formula engine holds (HyperFormula's maxRows in workbook.ts). */
const MAX_LOCAL_ROWS = 200_000;
/** The most cells one paste writes (Sheets' own limit is the spreadsheet's 10 million cells). */
const MAX_PASTE = 100_000;

/** "C5" of (row, col), 1-based. */
const cellName = (row: number, col: number): string => `${columnLetter(col)}${row}`;

/** (row, col), 1-based, of a cell name checked by `cellRef` ("C5" → [5, 3]). */
function rowCol(cell: string): [number, number] {
  const at = parseA1(cell) as RangeRef;
  return [at.row, at.col];
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The add-on loaded once: the bundle's context, its sidebar, and what it last activated. */
class Addon {
  readonly gas: Gas;
  readonly context: GasContext;
  readonly sidebarHtml: string;
  readonly sidebarCsp: string;
  readonly sidebarTitle: string;
  /** Top-level functions of the bundle, which google.script.run may call (not those ending in _). */
  private readonly callable: Set<string>;
  private readonly realmParse: (text: string) => unknown;
  /** The e-mail of the person it runs as. */
  readonly user: string;
  seq = 0;

  constructor(
    readonly workbook: MemoryWorkbook,
    code: string,
    sidebarFile: string,
    /** Who runs it, the spreadsheet's owner, and who it is shared with as editor (shared by all users). */
    who: { user: string; owner: string; editors: string[] },
    /** The first user's context serves the custom functions (they read no user). */
    bind: boolean,
  ) {
    this.user = who.user;
    this.gas = createGas(workbook, { files: { Sidebar: sidebarFile }, ...who });
    this.context = loadBundle(code, this.gas);
    if (bind) bindCustomFunctions(workbook, this.context);
    this.callable = new Set(
      [...code.matchAll(/^function ([A-Za-z_$][\w$]*)\s*\(/gm)]
        .map((m) => m[1])
        .filter((n) => !n.endsWith("_")),
    );
    this.realmParse = vm.runInContext("JSON.parse", this.context) as (text: string) => unknown;
    // The sidebar the add-on itself shows from its menu.
    (this.context.showSidebar as () => void)();
    const shown = this.gas.ui.sidebar;
    if (!shown) throw new Error("showSidebar() tidak menampilkan panel.");
    this.sidebarTitle = shown.getTitle();
    // The shim goes before the sidebar's own script, which ends the body.
    this.sidebarHtml = shown.getContent().replace("</head>", () => `<script>${SHIM}</script>\n</head>`);
    const hashes = [...this.sidebarHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
      (m) => `'sha256-${createHash("sha256").update(m[1]).digest("base64")}'`,
    );
    this.sidebarCsp = `default-src 'none'; script-src ${hashes.join(" ")}; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'`;
  }

  /** google.script.run.fn(...args): the arguments cross as JSON into the script's realm, as in Apps Script. */
  run(fn: unknown, args: unknown): { value: unknown } | { error: string } {
    if (typeof fn !== "string" || !this.callable.has(fn) || !Array.isArray(args)) {
      return { error: `Fungsi server "${String(fn)}" tidak ada.` };
    }
    const before = this.activations();
    try {
      const value = (this.context[fn] as (...a: unknown[]) => unknown)(
        ...(this.realmParse(JSON.stringify(args)) as unknown[]),
      );
      const bad = unsendable(value);
      if (bad)
        return {
          error: `Jawaban fungsi server "${fn}" berisi ${bad}, yang tidak dapat dikirim google.script.run ke panel (di Google Sheets panggilan ini gagal).`,
        };
      return { value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
    } catch (e) {
      return { error: errorMessage(e) };
    } finally {
      if (this.activations() !== before) this.seq++;
    }
  }

  private activations(): number {
    return ACTIVATIONS.reduce((n, m) => n + (this.gas.calls.byMethod[m] ?? 0), 0);
  }

  active(): { tab: string; cell: string } {
    const range = this.gas.SpreadsheetApp.getActiveRange();
    return { tab: range.getSheet().getName(), cell: range.getA1Notation().split(":")[0] };
  }

  /**
   * The user's own selection: the active range, as in Sheets, without counting as an add-on move.
   * The page draws empty cells past the tab's last row and column (typing there adds them, as
   * Sheets' "add more"); a cell selected there is not in the tab yet, so the active range is the
   * nearest cell that is, as Sheets' grid stops at its last row and column.
   */
  select(tab: string, cell: string): void {
    const sheet = this.gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab);
    if (!sheet) throw new HttpError(404, `Tab "${tab}" tidak ada.`);
    const [row, col] = rowCol(cell);
    sheet.getRange(Math.min(row, sheet.getMaxRows()), Math.min(col, sheet.getMaxColumns())).activate();
  }

  /**
   * A person typing `text` into the cell: validated like the Sheets UI, written with Range.setValues.
   * Returns the descriptions of the warning-only protections the edit went through (Sheets asks
   * "edit anyway?" there), so the page can say the cell is protected.
   */
  edit(tab: string, cell: string, text: string): string[] {
    const sheet = this.sheetOf(tab);
    if (text.length > MAX_CELL)
      throw new HttpError(400, `Isi sel terlalu panjang (paling banyak ${MAX_CELL} huruf).`);
    // Typing past the tab's last row or column first adds rows / columns, as Sheets' "add more".
    const [row, col] = rowCol(cell);
    this.grow(sheet, row, col);
    const range = sheet.getRange(cell);
    const rule = range.tab.validation(range.rect.row, range.rect.col);
    // A formula is typed in the id_ID way (`;`, decimal comma) and stored in Apps Script's syntax.
    const input = text.startsWith("=") ? formulaFromLocale(text) : text;
    const parsed = parseInput(input, this.workbook.timeZone);
    if (rule && !rule.allowInvalid && parsed.formula === undefined) {
      const problem = validationMessage(rule, parsed.value ?? "");
      if (problem) throw new HttpError(422, `Isian "${text}" ditolak: ${problem}`);
    }
    const warned = this.gas.warnings.length;
    try {
      range.setValues([[input]]);
    } catch (e) {
      throw new HttpError(409, errorMessage(e));
    }
    // Each warning reads "<tab>!<cell>: <description>".
    const descriptions = this.gas.warnings
      .slice(warned)
      .map((w) => w.slice(tab.length + 1).replace(/^[^:]*: /, ""));
    return [...new Set(descriptions)];
  }

  /**
   * Ctrl+V / Ctrl+Shift+V in the grid: the clipboard's rows and columns (`rows`, each cell's text as
   * copied) from `cell` on, each read as if typed there (id_ID numbers, `=` formulas, `'` text),
   * written with one Range.setValues: one change, refused whole when any cell would be refused when
   * typed (a validation that rejects, a protection the user may not edit), so nothing is half pasted.
   * Values only, as Sheets' "paste values only" (CopyPasteType.PASTE_VALUES: "the values ONLY
   * without formats, formulas or merges"): the cells keep their own formats. Rows and columns past
   * the tab's end are added first, as Sheets does when a paste runs past it.
   */
  paste(tab: string, cell: string, rows: string[][]): { range: string; protectedBy: string[] } {
    const sheet = this.sheetOf(tab);
    const height = rows.length;
    const width = Math.max(0, ...rows.map((line) => line.length));
    if (!height || !width) throw new HttpError(422, "Papan klip kosong: tidak ada yang ditempel.");
    if (height * width > MAX_PASTE)
      throw new HttpError(413, `Terlalu banyak sel untuk ditempel sekaligus (paling banyak ${MAX_PASTE}).`);
    const [row, col] = rowCol(cell);
    const inputs = rows.map((line) =>
      Array.from({ length: width }, (_, c) => {
        const text = line[c] ?? "";
        if (text.length > MAX_CELL)
          throw new HttpError(400, `Isi sel terlalu panjang (paling banyak ${MAX_CELL} huruf).`);
        return text.startsWith("=") ? formulaFromLocale(text) : text;
      }),
    );
    const lastRow = row + height - 1;
    const lastCol = col + width - 1;
    // Each cell as typed: a cell whose validation rejects the text refuses the whole paste.
    const tabData = this.workbook.getTab(tab);
    for (const [r, line] of inputs.entries()) {
      for (const [c, input] of line.entries()) {
        const rule = tabData.validation(row + r, col + c);
        const parsed = parseInput(input, this.workbook.timeZone);
        if (!rule || rule.allowInvalid || parsed.formula !== undefined) continue;
        const problem = validationMessage(rule, parsed.value ?? "");
        if (problem)
          throw new HttpError(
            422,
            `Tempel ditolak, tidak ada sel yang diubah: isian "${rows[r][c] ?? ""}" untuk sel ${cellName(row + r, col + c)} tidak sesuai aturannya (${problem.replace(/\.$/, "")}).`,
          );
      }
    }
    this.grow(sheet, lastRow, lastCol);
    const range = sheet.getRange(row, col, height, width);
    const warned = this.gas.warnings.length;
    try {
      range.setValues(inputs);
    } catch (e) {
      const message = errorMessage(e);
      throw new HttpError(
        409,
        message === errorMessage({ message: PROTECTED_MESSAGE })
          ? "Tempel ditolak, tidak ada sel yang diubah: rentang itu berisi sel yang dilindungi; hubungi pemilik spreadsheet bila perlu mengubahnya."
          : message,
      );
    }
    // Each warning reads "<tab>!<range>: <description>".
    const descriptions = this.gas.warnings
      .slice(warned)
      .map((w) => w.slice(tab.length + 1).replace(/^[A-Z]+\d+(?::[A-Z]+\d+)?: /, ""));
    return { range: range.getA1Notation(), protectedBy: [...new Set(descriptions)] };
  }

  /**
   * Adds rows and columns so (row, col) is in the tab, as Sheets' "add more" does, within Sheets'
   * limits ("Files you can store in Google Drive", support.google.com/drive/answer/37603: up to
   * 10 million cells or 18,278 columns, column ZZZ) and the local engine's (200.000 rows a tab),
   * each said in one Indonesian sentence before anything is added.
   */
  private grow(sheet: ReturnType<Addon["sheetOf"]>, row: number, col: number): void {
    const rows = Math.max(row, sheet.getMaxRows());
    const cols = Math.max(col, sheet.getMaxColumns());
    if (rows === sheet.getMaxRows() && cols === sheet.getMaxColumns()) return;
    const where = cellName(row, col);
    if (cols > MAX_COLUMNS)
      throw new HttpError(
        422,
        `Sel ${where} di luar batas Google Sheets: paling banyak ${MAX_COLUMNS.toLocaleString("id-ID")} kolom (sampai kolom ZZZ).`,
      );
    const others = this.workbook
      .tabs()
      .filter((t) => t !== sheet.tab)
      .reduce((n, t) => n + t.maxRows * t.maxCols, 0);
    if (others + rows * cols > MAX_CELLS)
      throw new HttpError(
        422,
        `Sel ${where} tidak dapat ditambahkan: spreadsheet Google Sheets menampung paling banyak ${MAX_CELLS.toLocaleString("id-ID")} sel, dan tab ini akan menjadi ${rows.toLocaleString("id-ID")} baris × ${cols.toLocaleString("id-ID")} kolom.`,
      );
    if (rows > MAX_LOCAL_ROWS)
      throw new HttpError(
        422,
        `Sel ${where} tidak dapat ditambahkan: spreadsheet lokal npm start menampung paling banyak ${MAX_LOCAL_ROWS.toLocaleString("id-ID")} baris per tab.`,
      );
    if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
    if (cols > sheet.getMaxColumns())
      sheet.insertColumnsAfter(sheet.getMaxColumns(), cols - sheet.getMaxColumns());
  }

  private sheetOf(tab: string) {
    const sheet = this.gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab);
    if (!sheet) throw new HttpError(404, `Tab "${tab}" tidak ada lagi.`);
    return sheet;
  }

  /** Renames a tab from the tab bar; formulas that refer to it follow, as in Sheets. */
  rename(tab: string, newName: string): void {
    const sheet = this.sheetOf(tab);
    const name = newName.trim();
    if (!name) throw new HttpError(422, "Nama tab tidak boleh kosong.");
    if (name.length > 100) throw new HttpError(422, "Nama tab paling banyak 100 huruf.");
    const taken = this.workbook
      .tabs()
      .some((t) => t !== sheet.tab && t.name.toLowerCase() === name.toLowerCase());
    if (taken) throw new HttpError(422, `Tab bernama "${name}" sudah ada: pilih nama lain.`);
    try {
      sheet.setName(name);
    } catch (e) {
      throw new HttpError(409, errorMessage(e));
    }
  }

  view(tab: string | null, seenSeq: number) {
    const active = this.active();
    // When the add-on moved the selection since the page last looked, show where it went.
    const name = seenSeq !== this.seq || !tab || !this.workbook.tab(tab) ? active.tab : tab;
    return {
      workbook: this.workbook.name,
      sidebarTitle: this.sidebarTitle,
      user: this.user,
      tabs: this.workbook.tabs().map((t) => t.name),
      active: { ...active, seq: this.seq },
      sheet: sheetView(this.workbook, this.workbook.getTab(name)),
    };
  }
}

/**
 * What google.script.run cannot carry, as Google documents it (Apps Script guide "HTML Service:
 * Communicate with Server Functions", Parameters and return values: "Requests fail if you attempt
 * to pass a Date, Function, DOM element besides a form, or other prohibited type, including
 * prohibited types inside objects or arrays. Objects that create circular references will also
 * fail"; a return value has "the same restrictions"): said in Indonesian, else null. JSON would
 * quietly turn a Date into text here while the same call fails in Sheets. Google documents no
 * limit of size, so none is made up here.
 */
export function unsendable(value: unknown, path: object[] = []): string | null {
  // Values of the bundle's realm: no instanceof across realms.
  const tag = Object.prototype.toString.call(value);
  if (tag === "[object Date]") return "tanggal (Date)";
  if (typeof value === "function") return "fungsi";
  if (typeof value !== "object" || value === null) return null;
  if (path.includes(value)) return "rujukan melingkar";
  for (const v of Object.values(value)) {
    const bad = unsendable(v, [...path, value]);
    if (bad) return bad;
  }
  return null;
}

/** Pengaturan's "Email reviewer", or "" when it names none. */
function reviewerOf(workbook: MemoryWorkbook): string {
  const tab = workbook.tab(SETTINGS_TAB);
  if (!tab) return "";
  const size = workbook.usedSize(tab);
  if (!size.rows || !size.cols) return "";
  return readSettings(
    workbook.values(tab, { row: 1, col: 1, rows: size.rows, cols: size.cols }),
  ).reviewer.trim();
}

export interface LocalUser {
  email: string;
  /** As the "Pengguna" select shows it: "Pengirim (…)" or "Reviewer Inspektorat (…)". */
  label: string;
}

/**
 * The people the page can act as, each an execution of the add-on of their own over the one
 * workbook, as in Sheets where each person runs the add-on in their own session: the spreadsheet's
 * owner (who sends the quarters), and the Inspektorat reviewer named in Pengaturan, who is shared
 * the spreadsheet as editor (as Kirim's message asks) and whose Session.getActiveUser().getEmail()
 * and getEffectiveUser().getEmail() give the reviewer's e-mail. Protections, document properties and
 * locks are the document's, shared by both; the active range is each person's own.
 */
class Users {
  private readonly addons = new Map<string, Addon>();
  /**
   * Who the spreadsheet is shared with as editor: the owner, the reviewer Pengaturan named at the
   * start, and every reviewer acted as since (one list, shared by every person's facade).
   */
  private readonly editors: string[] = [];
  current: Addon;

  constructor(
    private readonly workbook: MemoryWorkbook,
    private readonly code: string,
    private readonly sidebarFile: string,
    readonly owner: string,
    private readonly fallbackReviewer: string,
  ) {
    this.editors.push(owner, this.reviewer());
    this.current = this.addon(owner);
  }

  reviewer(): string {
    return reviewerOf(this.workbook) || this.fallbackReviewer;
  }

  /** The choices of the "Pengguna" select: the owner, the reviewer, and whoever the page acts as now. */
  list(): LocalUser[] {
    const emails = [...new Set([this.owner, this.reviewer(), this.current.user])];
    return emails.map((email) => ({
      email,
      label: `${email === this.owner ? "Pengirim" : "Reviewer Inspektorat"} (${email})`,
    }));
  }

  /** The page acts as `email` (one of `list()`) from now on. */
  switch(email: string): Addon {
    if (!this.list().some((u) => u.email === email))
      throw new HttpError(
        422,
        `Pengguna "${email}" tidak dikenal: pilih pengirim atau reviewer Inspektorat.`,
      );
    if (!this.editors.includes(email)) this.editors.push(email);
    this.current = this.addon(email);
    return this.current;
  }

  private addon(email: string): Addon {
    let addon = this.addons.get(email);
    if (!addon) {
      const who = { user: email, owner: this.owner, editors: this.editors };
      addon = new Addon(this.workbook, this.code, this.sidebarFile, who, this.addons.size === 0);
      this.addons.set(email, addon);
    }
    return addon;
  }
}

function errorMessage(e: unknown): string {
  const message = typeof e === "object" && e !== null && "message" in e ? String(e.message) : String(e);
  if (message === PROTECTED_MESSAGE) {
    return "Sel ini dilindungi; hubungi pemilik spreadsheet bila perlu mengubahnya.";
  }
  return message;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (!String(req.headers["content-type"] ?? "").startsWith("application/json")) {
    throw new HttpError(415, "Kirim data sebagai JSON.");
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, "Data terlalu besar.");
    chunks.push(chunk as Buffer);
  }
  try {
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
    if (typeof body !== "object" || body === null || Array.isArray(body)) throw new Error();
    return body as Record<string, unknown>;
  } catch {
    throw new HttpError(400, "Data JSON tidak valid.");
  }
}

function text(value: unknown, what: string): string {
  if (typeof value !== "string") throw new HttpError(400, `${what} tidak ada.`);
  return value;
}

function cellRef(value: unknown): string {
  const cell = text(value, "Sel");
  if (!/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(cell)) throw new HttpError(400, `Sel "${cell}" tidak valid.`);
  return cell;
}

const BASE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};
const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; frame-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra = {}): void {
  res.writeHead(status, { ...BASE_HEADERS, "Content-Type": type, ...extra });
  res.end(body);
}

const json = (res: ServerResponse, status: number, body: unknown) =>
  send(res, status, "application/json; charset=utf-8", JSON.stringify(body));

function downloadName(workbook: MemoryWorkbook): string {
  const base = workbook.name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, " ").trim() || "SAKIP";
  return `${base}.xlsx`;
}

/** Starts the server; call after buildAll() (it reads build/ once, here). */
export async function startServer(options: LocalOptions): Promise<LocalServer> {
  const buildDir = options.buildDir ?? join(here, "../../build");
  const read = (file: string) => {
    try {
      return readFileSync(join(buildDir, file), "utf8");
    } catch {
      throw new Error(`${join(buildDir, file)} tidak ada: jalankan npm run build dulu.`);
    }
  };
  const users = new Users(
    options.workbook,
    read("Code.js"),
    read("Sidebar.html"),
    options.user ?? "pengguna@example.go.id",
    options.reviewer ?? "reviewer@inspektorat.go.id",
  );
  if (options.startTab && options.workbook.tab(options.startTab))
    users.current.select(options.startTab, "A1");
  /** The page's view, with the people it can act as. */
  const viewOf = (tab: string | null, seenSeq: number) => ({
    ...users.current.view(tab, seenSeq),
    users: users.list(),
  });
  const script = await browserScript(join(here, "client.ts"));
  const host = options.host ?? "127.0.0.1";
  let origins: Set<string> = new Set();
  const rekap = new RekapSession();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // Only this page may talk to the add-on: no other site (Origin) and no rebound hostname (Host).
    if (!origins.has(`http://${req.headers.host ?? ""}`)) throw new HttpError(403, "Host tidak dikenal.");
    const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
    if (req.method === "POST") {
      const origin = req.headers.origin;
      if (origin !== undefined && !origins.has(origin)) throw new HttpError(403, "Asal permintaan ditolak.");
    }
    // The Inspektorat's rekap of many files (its own page: src/local/rekap.ts).
    const answer: Send = (status, type, body, headers = {}) => {
      send(res, status, type, body, headers);
      return true;
    };
    if (/^\/(rekap|api\/rekap\/)/.test(url.pathname) && (await rekap.handle(req, url, answer))) return;
    if (req.method === "POST") {
      const body = await readJson(req);
      switch (url.pathname) {
        case "/api/run":
          return json(res, 200, users.current.run(body.fn, body.args));
        case "/api/edit": {
          const tab = text(body.tab, "Tab");
          const protectedBy = users.current.edit(tab, cellRef(body.cell), text(body.text, "Isi sel"));
          return json(res, 200, { ...viewOf(tab, Number(body.seq)), protectedBy });
        }
        case "/api/paste": {
          const tab = text(body.tab, "Tab");
          const rows = body.rows;
          if (
            !Array.isArray(rows) ||
            !rows.every((l) => Array.isArray(l) && l.every((v) => typeof v === "string"))
          )
            throw new HttpError(400, "Isi tempel tidak valid.");
          const pasted = users.current.paste(tab, cellRef(body.cell), rows as string[][]);
          return json(res, 200, { ...viewOf(tab, Number(body.seq)), ...pasted });
        }
        case "/api/rename": {
          const name = text(body.name, "Nama tab");
          users.current.rename(text(body.tab, "Tab"), name);
          return json(res, 200, viewOf(name.trim(), Number(body.seq)));
        }
        case "/api/select":
          users.current.select(text(body.tab, "Tab"), cellRef(body.cell));
          return json(res, 200, { ok: true });
        case "/api/user": {
          // "Pengguna": the page acts as another person from now on, at the cell it shows.
          const tab = text(body.tab, "Tab");
          const cell = cellRef(body.cell);
          const addon = users.switch(text(body.email, "Pengguna"));
          if (addon.workbook.tab(tab)) addon.select(tab, cell);
          return json(res, 200, viewOf(tab, Number(body.seq)));
        }
      }
      throw new HttpError(404, "Alamat tidak dikenal.");
    }
    if (req.method !== "GET" && req.method !== "HEAD") throw new HttpError(405, "Metode tidak didukung.");
    switch (url.pathname) {
      case "/":
        return send(res, 200, "text/html; charset=utf-8", PAGE_HTML, { "Content-Security-Policy": PAGE_CSP });
      case "/page.js":
        return send(res, 200, "text/javascript; charset=utf-8", script);
      case "/sidebar":
        return send(res, 200, "text/html; charset=utf-8", users.current.sidebarHtml, {
          "Content-Security-Policy": users.current.sidebarCsp,
        });
      case "/api/view":
        return json(res, 200, viewOf(url.searchParams.get("tab"), Number(url.searchParams.get("seq"))));
      case "/unduh.xlsx": {
        // Sheets allows tab names that .xlsx does not: say which, instead of a broken file.
        const bad = options.workbook.tabs().find((t) => t.name.length > 31 || /[*?:\\/[\]]/.test(t.name));
        if (bad) {
          throw new HttpError(
            409,
            `Tab "${bad.name}" tidak dapat disimpan ke .xlsx: nama tab paling banyak 31 huruf dan tanpa * ? : \\ / [ ]. Ganti nama tab itu dulu.`,
          );
        }
        const name = downloadName(options.workbook);
        const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "'");
        return send(
          res,
          200,
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          // Default: a file that opens everywhere (standard formulas); ?rumus=sakip: the add-on's own.
          await xlsxBuffer(
            options.workbook,
            url.searchParams.get("rumus") === "sakip" ? {} : { rewrite: standardExport(options.workbook) },
          ),
          {
            "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
          },
        );
      }
      case "/laporan.docx": {
        // "Unduh laporan .docx": the LAKIP of a TW or the LKjIP Bab III of the workbook as it is now.
        const raw = url.searchParams.get("tw") ?? "";
        const tw = raw === "tahunan" ? "tahunan" : Number(raw);
        // Reached by a form: a refusal is a sentence to read, not JSON.
        const refuse = (status: number, message: string) =>
          send(res, status, "text/plain; charset=utf-8", `${message}\nKembali ke halaman sebelumnya.`);
        if (tw !== "tahunan" && ![1, 2, 3, 4].includes(tw))
          return refuse(400, "Pilih laporan: TW 1 sampai 4, atau tahunan.");
        const { laporanDocument } = await import("../app/laporan");
        const { changedSinceSent } = await import("../app/laporan-berubah");
        const { emulatedPort } = await import("../emulator/session");
        const { renderDocx } = await import("../render/docx");
        let doc: Awaited<ReturnType<typeof laporanDocument>>;
        try {
          const { port } = emulatedPort(options.workbook);
          // A quarter whose data changed after it was sent says so on the first page, as the CLI's.
          const timeZone = options.workbook.timeZone;
          const changed =
            tw === "tahunan" ? "" : changedSinceSent(port, tw as Tw, { digest: sha256, timeZone });
          doc = laporanDocument(port, { tw }, changed);
        } catch (e) {
          return refuse(409, errorMessage(e));
        }
        const name = `${doc.fileName.replace(/[\\/:*?"<>|\p{Cc}]+/gu, " ").trim()}.docx`;
        const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "'");
        return send(
          res,
          200,
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          Buffer.from(await renderDocx(doc)),
          {
            "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
          },
        );
      }
      case "/favicon.ico":
        return send(res, 204, "text/plain", "");
    }
    throw new HttpError(404, "Halaman tidak ada.");
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      // An unexpected error's own text (a library's English) goes to the terminal, not to the page.
      if (!(e instanceof HttpError)) console.error(e);
      const message = e instanceof HttpError ? e.message : UNEXPECTED;
      if (!res.headersSent) json(res, status, { error: message });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8080, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  origins = new Set([`http://${host}:${port}`, `http://localhost:${port}`]);
  return {
    url: `http://${host}:${port}`,
    port,
    get gas() {
      return users.current.gas;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
