import type { SheetsProtection, SheetsUser } from "../../gas/surface";
import { User } from "../services";
import type { ProtectionRecord, Tab } from "../workbook";
import type { Env } from "./env";
import type { Range } from "./range";

// ---------------------------------------------------------------- Protection

export class Protection implements SheetsProtection {
  constructor(
    private readonly env: Env,
    private readonly tab: Tab,
    private readonly record: ProtectionRecord,
  ) {}

  private change(): void {
    if (!this.env.canEdit(this.record)) throw this.env.error(this.env.messages.protected);
  }

  /**
   * getEditors() and canDomainEdit() "throw an exception if the user does not have permission to
   * edit the protected range or sheet" (Apps Script reference, Class Protection).
   */
  private readable(): void {
    if (!this.env.canEdit(this.record)) throw this.env.error(this.env.messages.noPermission);
  }

  /** Until changed, the editors mirror the spreadsheet's: the owner and whoever it is shared with. */
  private editorList(): string[] {
    return this.record.editors ?? this.env.mirroredEditors();
  }

  getDescription(): string {
    return this.record.description;
  }
  setDescription(description: string): Protection {
    this.change();
    this.record.description = description;
    return this;
  }
  isWarningOnly(): boolean {
    return this.record.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): Protection {
    this.change();
    this.record.warningOnly = warningOnly;
    return this;
  }
  getProtectionType(): string {
    return this.record.type;
  }
  getRange(): Range {
    return this.env.range(
      this.tab,
      this.record.range
        ? { ...this.record.range }
        : { row: 1, col: 1, rows: this.tab.maxRows, cols: this.tab.maxCols },
    );
  }
  remove(): void {
    this.change();
    this.tab.protections = this.tab.protections.filter((p) => p !== this.record);
  }
  canEdit(): boolean {
    return this.env.canEdit(this.record);
  }
  canDomainEdit(): boolean {
    this.readable();
    return false;
  }
  setDomainEdit(_editable: boolean): Protection {
    this.change();
    return this;
  }
  getEditors(): User[] {
    this.readable();
    return this.editorList().map((email) => this.env.ctx.wrap("User", new User(email)));
  }
  addEditor(emailOrUser: string | SheetsUser): Protection {
    return this.addEditors([emailOrUser]);
  }
  addEditors(emails: (string | SheetsUser)[]): Protection {
    this.change();
    const list = this.editorList();
    for (const e of emails) {
      const email = typeof e === "string" ? e : e.getEmail();
      if (!list.includes(email)) list.push(email);
    }
    this.record.editors = list;
    return this;
  }
  removeEditor(emailOrUser: string | SheetsUser): Protection {
    return this.removeEditors([emailOrUser]);
  }
  /**
   * "Neither the owner of the spreadsheet nor the current user can be removed"; but removing a
   * group through which the current user edits throws, which is why the reference's example adds
   * Session.getEffectiveUser() as an editor first (Class Protection, removeEditors and the
   * class example).
   */
  removeEditors(emails: (string | SheetsUser)[]): Protection {
    this.change();
    const drop = new Set(emails.map((e) => (typeof e === "string" ? e : e.getEmail())));
    drop.delete(this.env.owner);
    drop.delete(this.env.user);
    const kept = this.editorList().filter((e) => !drop.has(e));
    if (this.env.user !== this.env.owner && !this.env.listed(kept))
      throw this.env.error(this.env.messages.removeSelf);
    this.record.editors = kept;
    return this;
  }
}
