import type { SheetsDataValidationBuilder } from "../../gas/surface";
import type { ValidationRule } from "../workbook";
import type { Env } from "./env";

// ---------------------------------------------------------------- data validation

export class DataValidation {
  constructor(
    private readonly env: Env,
    readonly data: ValidationRule,
  ) {}
  getCriteriaType(): string {
    return this.data.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.data.values.map((v) => (Array.isArray(v) ? [...v] : v));
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  getHelpText(): string | null {
    return this.data.helpText || null;
  }
  copy(): DataValidationBuilder {
    return this.env.ctx.wrap("DataValidationBuilder", new DataValidationBuilder(this.env, { ...this.data }));
  }
}

export class DataValidationBuilder implements SheetsDataValidationBuilder {
  constructor(
    private readonly env: Env,
    private data: ValidationRule = { criteria: "", values: [], allowInvalid: true, helpText: "" },
  ) {}
  requireValueInList(values: string[], showDropdown = true): DataValidationBuilder {
    this.data = { ...this.data, criteria: "VALUE_IN_LIST", values: [[...values], showDropdown] };
    return this;
  }
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilder {
    this.data = { ...this.data, criteria: "NUMBER_GREATER_THAN_OR_EQUAL_TO", values: [number] };
    return this;
  }
  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    this.data = { ...this.data, criteria: "NUMBER_BETWEEN", values: [start, end] };
    return this;
  }
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this.data = { ...this.data, allowInvalid: allowInvalidData };
    return this;
  }
  setHelpText(helpText: string): DataValidationBuilder {
    this.data = { ...this.data, helpText };
    return this;
  }
  build(): DataValidation {
    if (!this.data.criteria) throw this.env.error("Data validation criteria must be set.");
    return this.env.ctx.wrap("DataValidation", new DataValidation(this.env, { ...this.data }));
  }
}
