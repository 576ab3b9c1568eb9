import type { SheetsApp, SheetsSpreadsheet } from "../../gas/surface";
import { splitSheet } from "../a1";
import { ConditionalFormatRuleBuilder } from "./conditional";
import type { Env } from "./env";
import type { Protection } from "./protection";
import type { Range } from "./range";
import { Sheet } from "./sheet";
import { Ui } from "./ui";
import { DataValidationBuilder } from "./validation";

// ---------------------------------------------------------------- Spreadsheet, SpreadsheetApp

export class Spreadsheet implements SheetsSpreadsheet {
  constructor(private readonly env: Env) {}

  getId(): string {
    return this.env.id;
  }
  getName(): string {
    return this.env.workbook.name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.env.id}/edit`;
  }
  getSpreadsheetLocale(): string {
    return this.env.workbook.locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.env.workbook.timeZone;
  }
  getSheets(): Sheet[] {
    return this.env.workbook.tabs().map((t) => this.env.sheet(t));
  }
  getNumSheets(): number {
    return this.env.workbook.tabs().length;
  }
  getSheetByName(name: string): Sheet | null {
    const tab = this.env.workbook.tab(name);
    return tab ? this.env.sheet(tab) : null;
  }
  /** The new sheet becomes the active one. */
  insertSheet(sheetName?: string, sheetIndex?: number): Sheet {
    const wb = this.env.workbook;
    let name = sheetName;
    for (let n = wb.tabs().length + 1; name === undefined; n++) {
      if (!wb.tabs().some((t) => t.name.toLowerCase() === `sheet${n}`)) name = `Sheet${n}`;
    }
    const tab = wb.addTab(name, sheetIndex);
    this.env.activeTab = tab;
    this.env.activeRect = null;
    return this.env.sheet(tab);
  }
  deleteSheet(sheet: Sheet): void {
    if (this.env.workbook.tabs().length === 1)
      throw this.env.error("You can't remove all the sheets in a document.");
    this.env.assertEditable(sheet.tab, null);
    this.env.workbook.removeTab(sheet.tab.name);
  }
  getActiveSheet(): Sheet {
    return this.env.sheet(this.env.active());
  }
  setActiveSheet(sheet: Sheet): Sheet {
    this.env.activeTab = sheet.tab;
    this.env.activeRect = null;
    return this.env.sheet(sheet.tab);
  }
  getActiveRange(): Range {
    const tab = this.env.active();
    return this.env.range(
      tab,
      this.env.activeRect ? { ...this.env.activeRect } : { row: 1, col: 1, rows: 1, cols: 1 },
    );
  }
  setActiveRange(range: Range): Range {
    this.env.activeTab = range.tab;
    this.env.activeRect = { ...range.rect };
    return this.env.range(range.tab, { ...range.rect });
  }
  /** `'Tab Name'!A1:B5`, or A1 notation on the active sheet. */
  getRange(a1Notation: string): Range {
    const { sheet, range } = splitSheet(a1Notation);
    const tab = sheet === undefined ? this.env.active() : this.env.workbook.tab(sheet);
    if (!tab) throw this.env.error("Range not found");
    return new Sheet(this.env, tab).getRange(range);
  }
  getProtections(type: string): Protection[] {
    return this.env.workbook.tabs().flatMap((t) => new Sheet(this.env, t).getProtections(type));
  }
  toast(msg: string, title = "", _timeoutSeconds?: number): void {
    this.env.ui.toasts.push({ message: msg, title });
  }
}

export class SpreadsheetApp implements SheetsApp {
  readonly ProtectionType = { RANGE: "RANGE", SHEET: "SHEET" } as const;
  readonly DataValidationCriteria = {
    VALUE_IN_LIST: "VALUE_IN_LIST",
    NUMBER_GREATER_THAN_OR_EQUAL_TO: "NUMBER_GREATER_THAN_OR_EQUAL_TO",
    NUMBER_BETWEEN: "NUMBER_BETWEEN",
  } as const;
  readonly BooleanCriteria = {
    TEXT_EQUAL_TO: "TEXT_EQUAL_TO",
    NUMBER_GREATER_THAN_OR_EQUAL_TO: "NUMBER_GREATER_THAN_OR_EQUAL_TO",
    NUMBER_LESS_THAN: "NUMBER_LESS_THAN",
  } as const;

  constructor(private readonly env: Env) {}

  getActiveSpreadsheet(): Spreadsheet {
    return this.env.ctx.wrap("Spreadsheet", new Spreadsheet(this.env));
  }
  getActive(): Spreadsheet {
    return this.getActiveSpreadsheet();
  }
  getActiveSheet(): Sheet {
    return this.env.sheet(this.env.active());
  }
  getActiveRange(): Range {
    return new Spreadsheet(this.env).getActiveRange();
  }
  getUi(): Ui {
    return this.env.ctx.wrap("Ui", new Ui(this.env));
  }
  /** Applies the pending changes of this execution (see Env.writeCells). */
  flush(): void {
    this.env.flush();
  }
  newDataValidation(): DataValidationBuilder {
    return this.env.ctx.wrap("DataValidationBuilder", new DataValidationBuilder(this.env));
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return this.env.ctx.wrap("ConditionalFormatRuleBuilder", new ConditionalFormatRuleBuilder(this.env));
  }
}
