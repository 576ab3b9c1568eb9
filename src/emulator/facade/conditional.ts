/** Conditional format rules and their builder (local builders in Apps Script: not Sheets calls). */

import type { CellValue } from "../../app/port";
import type { SheetsConditionalFormatRule, SheetsConditionalFormatRuleBuilder } from "../../gas/surface";
import type { Rect } from "../a1";
import type { ConditionalRule, Tab } from "../workbook";
import { type Env, normalizeColor } from "./env";
import type { Range } from "./range";

// ---------------------------------------------------------------- conditional formatting

interface RuleData {
  ranges: { tab: Tab; rect: Rect }[];
  criteria: string;
  values: CellValue[];
  background: string | null;
  fontColor: string | null;
}

export class BooleanCondition {
  constructor(private readonly rule: ConditionalRule) {}
  getCriteriaType(): string {
    return this.rule.criteria;
  }
  getCriteriaValues(): CellValue[] {
    return [...this.rule.values];
  }
  getBackground(): string | null {
    return this.rule.background;
  }
  getFontColor(): string | null {
    return this.rule.fontColor;
  }
}

export class ConditionalFormatRule implements SheetsConditionalFormatRule {
  constructor(
    private readonly env: Env,
    readonly data: ConditionalRule,
    private readonly tab: Tab | null = null,
  ) {}
  getRanges(): Range[] {
    const tab = this.tab ?? this.findTab();
    return this.data.ranges.map((r) => this.env.range(tab, { ...r }));
  }
  getBooleanCondition(): BooleanCondition {
    return this.env.ctx.wrap("BooleanCondition", new BooleanCondition(this.data));
  }
  getGradientCondition(): null {
    return null;
  }
  copy(): ConditionalFormatRuleBuilder {
    const tab = this.tab ?? this.findTab();
    return this.env.ctx.wrap(
      "ConditionalFormatRuleBuilder",
      new ConditionalFormatRuleBuilder(this.env, {
        ...this.data,
        ranges: this.data.ranges.map((rect) => ({ tab, rect: { ...rect } })),
      }),
    );
  }
  private findTab(): Tab {
    const tab = this.env.workbook.tabs().find((t) => t.conditionalRules.includes(this.data));
    return tab ?? this.env.active();
  }
}

export class ConditionalFormatRuleBuilder implements SheetsConditionalFormatRuleBuilder {
  constructor(
    private readonly env: Env,
    private data: RuleData = { ranges: [], criteria: "", values: [], background: null, fontColor: null },
  ) {}
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilder {
    this.data = { ...this.data, criteria: "TEXT_EQUAL_TO", values: [text] };
    return this;
  }
  whenNumberGreaterThanOrEqualTo(number: number): ConditionalFormatRuleBuilder {
    this.data = { ...this.data, criteria: "NUMBER_GREATER_THAN_OR_EQUAL_TO", values: [number] };
    return this;
  }
  whenNumberLessThan(number: number): ConditionalFormatRuleBuilder {
    this.data = { ...this.data, criteria: "NUMBER_LESS_THAN", values: [number] };
    return this;
  }
  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    this.data = { ...this.data, background: normalizeColor(color) ?? null };
    return this;
  }
  setFontColor(color: string | null): ConditionalFormatRuleBuilder {
    this.data = { ...this.data, fontColor: normalizeColor(color) ?? null };
    return this;
  }
  setRanges(ranges: Range[]): ConditionalFormatRuleBuilder {
    this.data = { ...this.data, ranges: ranges.map((r) => ({ tab: r.tab, rect: { ...r.rect } })) };
    return this;
  }
  build(): ConditionalFormatRule {
    if (!this.data.criteria) throw this.env.error("Conditional format rule must have a condition.");
    if (!this.data.ranges.length)
      throw this.env.error("Conditional format rule must have at least one range.");
    const { ranges, ...rest } = this.data;
    const rule: ConditionalRule = {
      ...rest,
      values: [...rest.values],
      ranges: ranges.map((r) => ({ ...r.rect })),
    };
    return this.env.ctx.wrap(
      "ConditionalFormatRule",
      new ConditionalFormatRule(this.env, rule, ranges[0].tab),
    );
  }
}
