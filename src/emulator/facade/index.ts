import { type CallCounter, FacadeContext, type Realm } from "../counting";
import {
  HtmlService,
  LockService,
  type LockState,
  Logger,
  PropertiesService,
  ScriptApp,
  Session,
  Utilities,
} from "../services";
import type { MemoryWorkbook } from "../workbook";
import { documentState, Env, type GasOptions, type UiLog } from "./env";
import { SpreadsheetApp } from "./spreadsheet";

export { type GasOptions, type MenuEntry, type MenuRecord, PROTECTED_MESSAGE, type UiLog } from "./env";

// ---------------------------------------------------------------- createGas

/** The names a bundle sees as globals. */
export const GAS_GLOBALS = [
  "SpreadsheetApp",
  "LockService",
  "Utilities",
  "Session",
  "HtmlService",
  "PropertiesService",
  "ScriptApp",
  "Logger",
] as const;

export interface Gas {
  SpreadsheetApp: SpreadsheetApp;
  LockService: LockService;
  Utilities: Utilities;
  Session: Session;
  HtmlService: HtmlService;
  PropertiesService: PropertiesService;
  ScriptApp: ScriptApp;
  Logger: Logger;
  /** Method calls made on facade objects: the performance metric. */
  calls: CallCounter;
  workbook: MemoryWorkbook;
  /** Menus, sidebar, dialogs, alerts and toasts shown so far. */
  ui: UiLog;
  /** Edits a warning-only protection let through. */
  warnings: string[];
  /** Lines written with Logger.log. */
  logs: string[];
  /** Simulates another process holding the document lock; returns its release. */
  holdLock(): () => void;
  /** The execution ends: Apps Script applies its pending changes (as SpreadsheetApp.flush()). */
  end(): void;
  /** Makes the facade create Errors and Dates of the bundle's realm (see gasRuntime). */
  setRealm(realm: Realm): void;
  /** The Apps Script globals by name, for a vm context. */
  globals(): Record<(typeof GAS_GLOBALS)[number], unknown>;
}

export function createGas(workbook: MemoryWorkbook, options: GasOptions = {}): Gas {
  const ctx = new FacadeContext();
  const user = options.user ?? "pengguna@example.go.id";
  const doc = documentState(workbook);
  for (const [group, members] of Object.entries(options.groups ?? {})) doc.groups.set(group, members);
  const env = new Env(
    ctx,
    workbook,
    user,
    options.owner ?? user,
    options.id ?? "emulated-spreadsheet",
    options.addonName ?? "SAKIP",
    options.editors ?? [user],
    Env.messages(options.language),
    doc,
    options.unformattedNumberFormat,
  );
  doc.executions.add(env);
  if (!doc.userLocks.has(user)) doc.userLocks.set(user, { holder: null });
  if (!doc.userProperties.has(user)) doc.userProperties.set(user, new Map());
  const logs: string[] = [];
  const services = {
    SpreadsheetApp: ctx.wrap("SpreadsheetApp", new SpreadsheetApp(env)),
    LockService: ctx.wrap(
      "LockService",
      new LockService(
        ctx,
        { ...doc.locks, user: doc.userLocks.get(user) as LockState },
        { acquired: () => env.documentLockAcquired(), released: () => env.documentLockReleased() },
      ),
    ),
    Utilities: ctx.wrap("Utilities", new Utilities(ctx)),
    Session: ctx.wrap("Session", new Session(ctx, user, workbook.timeZone)),
    HtmlService: ctx.wrap("HtmlService", new HtmlService(ctx, options.files ?? {})),
    PropertiesService: ctx.wrap(
      "PropertiesService",
      new PropertiesService(ctx, {
        ...doc.properties,
        user: doc.userProperties.get(user) as Map<string, string>,
      }),
    ),
    ScriptApp: ctx.wrap("ScriptApp", new ScriptApp()),
    Logger: ctx.wrap("Logger", new Logger(logs)),
  };
  return {
    ...services,
    calls: ctx.calls,
    workbook,
    ui: env.ui,
    warnings: env.warnings,
    logs,
    holdLock() {
      const token = {};
      if (doc.locks.document.holder) throw new Error("Kunci dokumen sedang dipegang.");
      doc.locks.document.holder = token;
      return () => {
        if (doc.locks.document.holder === token) doc.locks.document.holder = null;
      };
    },
    end() {
      env.flush();
    },
    setRealm(realm: Realm) {
      ctx.realm = realm;
    },
    globals() {
      return { ...services };
    },
  };
}
