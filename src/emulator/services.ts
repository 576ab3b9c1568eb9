/**
 * The Apps Script services other than SpreadsheetApp, as far as the add-on uses them: LockService,
 * Utilities, Session, HtmlService, PropertiesService, ScriptApp, Logger.
 */

import { createHash, randomUUID } from "node:crypto";
import type { SheetsLock, SheetsLockService, SheetsSession, SheetsUser } from "../gas/surface";
import type { FacadeContext } from "./counting";
import { isDate, wallClock, zoneOffsetMs } from "./format";

// ---------------------------------------------------------------- LockService

/** Who holds a lock: a Lock object, a simulated other process, or nobody. */
export interface LockState {
  holder: object | null;
}

/** What the document lock tells the execution holding it (see Env.writeCells). */
export interface LockHooks {
  acquired(): void;
  released(): void;
}

export class Lock implements SheetsLock {
  constructor(
    private readonly ctx: FacadeContext,
    private readonly state: LockState,
    private readonly hooks?: LockHooks,
  ) {}

  /** Does not really wait: another holder in the emulator never releases during a call. */
  tryLock(_timeoutInMillis: number): boolean {
    if (this.state.holder && this.state.holder !== this) return false;
    if (this.state.holder !== this) {
      this.state.holder = this;
      this.hooks?.acquired();
    }
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw this.ctx.error("Lock timeout: another process was holding the lock for too long.");
    }
  }

  releaseLock(): void {
    if (this.state.holder !== this) return;
    this.state.holder = null;
    this.hooks?.released();
  }

  hasLock(): boolean {
    return this.state.holder === this;
  }
}

export class LockService implements SheetsLockService {
  constructor(
    private readonly ctx: FacadeContext,
    private readonly states: { document: LockState; script: LockState; user: LockState },
    private readonly documentHooks?: LockHooks,
  ) {}

  getDocumentLock(): Lock {
    return this.ctx.wrap("Lock", new Lock(this.ctx, this.states.document, this.documentHooks));
  }

  getScriptLock(): Lock {
    return this.ctx.wrap("Lock", new Lock(this.ctx, this.states.script));
  }

  getUserLock(): Lock {
    return this.ctx.wrap("Lock", new Lock(this.ctx, this.states.user));
  }
}

// ---------------------------------------------------------------- Utilities

const DIGESTS: Record<string, string> = {
  MD5: "md5",
  SHA_1: "sha1",
  SHA_256: "sha256",
  SHA_384: "sha384",
  SHA_512: "sha512",
};

/** Apps Script byte arrays are Java bytes: signed, -128..127. */
function toSigned(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

function toBuffer(data: string | number[], charset?: string): Buffer {
  if (typeof data === "string") return Buffer.from(data, charset === "US_ASCII" ? "latin1" : "utf8");
  return Buffer.from(data.map((b) => b & 0xff));
}

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Java SimpleDateFormat, the common letters: y M d E H h m s S a Z X, and 'quoted' text. */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const w = wallClock(date, timeZone);
  const offsetMin = Math.round(zoneOffsetMs(timeZone, date.getTime()) / 60000);
  const sign = offsetMin < 0 ? "-" : "+";
  const oh = String(Math.floor(Math.abs(offsetMin) / 60)).padStart(2, "0");
  const om = String(Math.abs(offsetMin) % 60).padStart(2, "0");
  return pattern.replace(/'([^']*)'|([A-Za-z])\2*/g, (token, quoted: string | undefined) => {
    if (quoted !== undefined) return quoted === "" ? "'" : quoted;
    const n = token.length;
    const pad = (v: number) => String(v).padStart(n, "0");
    switch (token[0]) {
      case "y":
        return n === 2 ? String(w.year % 100).padStart(2, "0") : pad(w.year);
      case "M":
        return n >= 4 ? MONTHS_EN[w.month - 1] : n === 3 ? MONTHS_EN[w.month - 1].slice(0, 3) : pad(w.month);
      case "d":
        return pad(w.day);
      case "E":
        return n >= 4 ? DAYS_EN[w.weekday] : DAYS_EN[w.weekday].slice(0, 3);
      case "H":
        return pad(w.hour);
      case "h":
        return pad(w.hour % 12 || 12);
      case "m":
        return pad(w.minute);
      case "s":
        return pad(w.second);
      case "S":
        return String(w.millisecond).padStart(3, "0").slice(0, Math.max(3, n));
      case "a":
        return w.hour < 12 ? "AM" : "PM";
      case "Z":
        return `${sign}${oh}${om}`;
      case "X":
        return offsetMin === 0 ? "Z" : n >= 3 ? `${sign}${oh}:${om}` : `${sign}${oh}${om}`;
      default:
        return token;
    }
  });
}

export class Blob {
  constructor(
    private bytes: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {}
  getBytes(): number[] {
    return toSigned(this.bytes);
  }
  getDataAsString(charset?: string): string {
    return this.bytes.toString(charset === "US_ASCII" ? "latin1" : "utf8");
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string): Blob {
    this.contentType = contentType;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): Blob {
    this.name = name;
    return this;
  }
  setDataFromString(text: string): Blob {
    this.bytes = Buffer.from(text, "utf8");
    return this;
  }
}

export class Utilities {
  readonly DigestAlgorithm = {
    MD5: "MD5",
    SHA_1: "SHA_1",
    SHA_256: "SHA_256",
    SHA_384: "SHA_384",
    SHA_512: "SHA_512",
  } as const;
  readonly Charset = { US_ASCII: "US_ASCII", UTF_8: "UTF_8" } as const;

  constructor(private readonly ctx: FacadeContext) {}

  computeDigest(algorithm: string, value: string | number[], charset?: string): number[] {
    const alg = DIGESTS[String(algorithm)];
    if (!alg) throw this.ctx.error(`Invalid argument: algorithm`);
    return toSigned(createHash(alg).update(toBuffer(value, charset)).digest());
  }

  base64Encode(data: string | number[], charset?: string): string {
    return toBuffer(data, charset).toString("base64");
  }

  base64EncodeWebSafe(data: string | number[], charset?: string): string {
    return toBuffer(data, charset).toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
  }

  base64Decode(encoded: string): number[] {
    return toSigned(Buffer.from(encoded, "base64"));
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date)) throw this.ctx.error("Invalid argument: date");
    return formatJavaDate(date, timeZone, format);
  }

  newBlob(data: string | number[], contentType?: string, name?: string): Blob {
    return this.ctx.wrap("Blob", new Blob(toBuffer(data), contentType ?? null, name ?? null));
  }

  getUuid(): string {
    return randomUUID();
  }

  sleep(_milliseconds: number): void {}
}

// ---------------------------------------------------------------- Session

export class User implements SheetsUser {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
}

export class Session implements SheetsSession {
  constructor(
    private readonly ctx: FacadeContext,
    private readonly user: string,
    private readonly timeZone: string,
  ) {}
  getActiveUser(): User {
    return this.ctx.wrap("User", new User(this.user));
  }
  getEffectiveUser(): User {
    return this.ctx.wrap("User", new User(this.user));
  }
  getScriptTimeZone(): string {
    return this.timeZone;
  }
  getActiveUserLocale(): string {
    return "id";
  }
}

// ---------------------------------------------------------------- HtmlService

export class HtmlOutput {
  private title = "";
  private width: number | null = null;
  private height: number | null = null;
  sandboxMode: string | null = null;
  xFrameOptionsMode: string | null = null;

  constructor(private content: string) {}

  setTitle(title: string): HtmlOutput {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): HtmlOutput {
    this.width = width;
    return this;
  }
  getWidth(): number | null {
    return this.width;
  }
  setHeight(height: number): HtmlOutput {
    this.height = height;
    return this;
  }
  getHeight(): number | null {
    return this.height;
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): HtmlOutput {
    this.content = content;
    return this;
  }
  append(addedContent: string): HtmlOutput {
    this.content += addedContent;
    return this;
  }
  setSandboxMode(mode: string): HtmlOutput {
    this.sandboxMode = mode;
    return this;
  }
  setXFrameOptionsMode(mode: string): HtmlOutput {
    this.xFrameOptionsMode = mode;
    return this;
  }
  addMetaTag(_name: string, _content: string): HtmlOutput {
    return this;
  }
}

/** No scriptlets: `evaluate()` returns the file as it is. */
export class HtmlTemplate {
  constructor(
    private readonly ctx: FacadeContext,
    private readonly raw: string,
  ) {}
  evaluate(): HtmlOutput {
    return this.ctx.wrap("HtmlOutput", new HtmlOutput(this.raw));
  }
  getRawContent(): string {
    return this.raw;
  }
}

export class HtmlService {
  readonly SandboxMode = { IFRAME: "IFRAME", NATIVE: "NATIVE", EMULATED: "EMULATED" } as const;
  readonly XFrameOptionsMode = { ALLOWALL: "ALLOWALL", DEFAULT: "DEFAULT" } as const;

  constructor(
    private readonly ctx: FacadeContext,
    private readonly files: Record<string, string>,
  ) {}

  private file(name: string): string {
    const content = this.files[name] ?? this.files[name.replace(/\.html$/, "")];
    if (content === undefined) throw this.ctx.error(`No HTML file named ${name} was found.`);
    return content;
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return this.ctx.wrap("HtmlOutput", new HtmlOutput(this.file(filename)));
  }

  createHtmlOutput(html = ""): HtmlOutput {
    return this.ctx.wrap("HtmlOutput", new HtmlOutput(html));
  }

  createTemplateFromFile(filename: string): HtmlTemplate {
    return this.ctx.wrap("HtmlTemplate", new HtmlTemplate(this.ctx, this.file(filename)));
  }
}

// ---------------------------------------------------------------- PropertiesService

export class Properties {
  constructor(private readonly store: Map<string, string>) {}
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): Properties {
    this.store.set(key, String(value));
    return this;
  }
  deleteProperty(key: string): Properties {
    this.store.delete(key);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  setProperties(properties: Record<string, string>, deleteAllOthers = false): Properties {
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.store.set(k, String(v));
    return this;
  }
  deleteAllProperties(): Properties {
    this.store.clear();
    return this;
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
}

export class PropertiesService {
  constructor(
    private readonly ctx: FacadeContext,
    private readonly stores: {
      document: Map<string, string>;
      user: Map<string, string>;
      script: Map<string, string>;
    },
  ) {}
  getDocumentProperties(): Properties {
    return this.ctx.wrap("Properties", new Properties(this.stores.document));
  }
  getUserProperties(): Properties {
    return this.ctx.wrap("Properties", new Properties(this.stores.user));
  }
  getScriptProperties(): Properties {
    return this.ctx.wrap("Properties", new Properties(this.stores.script));
  }
}

// ---------------------------------------------------------------- ScriptApp, Logger

export class ScriptApp {
  readonly AuthMode = {
    NONE: "NONE",
    CUSTOM_FUNCTION: "CUSTOM_FUNCTION",
    LIMITED: "LIMITED",
    FULL: "FULL",
  } as const;
}

export class Logger {
  constructor(private readonly lines: string[]) {}
  log(format: unknown, ...values: unknown[]): Logger {
    let i = 0;
    const text = String(format).replace(/%s/g, () => String(values[i++]));
    this.lines.push(values.length > i ? [text, ...values.slice(i).map(String)].join(" ") : text);
    return this;
  }
  getLog(): string {
    return this.lines.join("\n");
  }
  clear(): void {
    this.lines.length = 0;
  }
}
