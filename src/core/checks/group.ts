import { ROMAN } from "../plan";
import type { Finding, Severity } from "./types";

/** Findings of one kind on one tab: "72 realisasi belum diisi" of a TW report read as one finding. */
export interface FindingGroup {
  severity: Severity;
  rule: string;
  sheet: string;
  /** One sentence: the finding itself when alone, else what the rows share. */
  title: string;
  suggestion: string;
  findings: Finding[];
}

/** The TWs a message names ("TW III dan IV" names TW III and TW IV), in order. */
function twOf(message: string): string[] {
  const named = new Set<string>();
  for (const m of message.matchAll(/\bTW ((?:IV|I{1,3})(?:(?:, | dan )(?:IV|I{1,3}))*)\b/g))
    for (const r of m[1].split(/, | dan /)) named.add(r);
  return ROMAN.filter((r) => named.has(r)).map((r) => `TW ${r}`);
}

/**
 * Groups findings by severity, rule, tab and suggestion (one check runs for one TW), keeping the
 * order of the first finding of each group. `titles` names each rule (its Indonesian title).
 */
export function groupFindings(findings: Finding[], titles: Record<string, string>): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = JSON.stringify([f.severity, f.rule, f.sheet, f.suggestion]);
    const group = groups.get(key);
    if (group) group.findings.push(f);
    else
      groups.set(key, {
        severity: f.severity,
        rule: f.rule,
        sheet: f.sheet,
        title: f.message,
        suggestion: f.suggestion,
        findings: [f],
      });
  }
  for (const g of groups.values()) {
    if (g.findings.length < 2) continue;
    const tws = twOf(g.findings.map((f) => f.message).join(" "));
    const rows = g.findings.map((f) => f.row);
    g.title = `${g.findings[0].groupTitle ?? titles[g.rule] ?? "Temuan serupa"}: ${g.findings.length} temuan di tab ${g.sheet}${tws.length ? ` (${tws.join(", ")})` : ""}, baris ${rowList(rows)}.`;
  }
  return [...groups.values()];
}

/** "8, 9, 10–14, 20" */
function rowList(rows: number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j - i >= 2 ? `${sorted[i]}–${sorted[j]}` : sorted.slice(i, j + 1).join(", "));
    i = j + 1;
  }
  return parts.join(", ");
}
