import type { ReportInput } from "./report/lakip";
import type { TypedTexts } from "./report/narrative";

/**
 * A report's input as text, for the panel that builds the document from it: its Map of typed
 * texts as an object, a date cell as `{"$d": milliseconds}` (JSON would make it a string), so what
 * the panel reads back is what the server computed. Of each plan only its tab, all the builders
 * read of it (their rows travel in the figures): half the text (test/app/laporan-panel.test.ts
 * holds the panel's tab equal to the one built in one process).
 */
export function inputJson(input: ReportInput): string {
  const plans = input.plans.map((p) => ({ tab: p.tab }));
  return JSON.stringify({ ...input, plans, typed: Object.fromEntries(input.typed) }, function (key, v) {
    const raw = (this as Record<string, unknown>)[key];
    return raw instanceof Date ? { $d: raw.getTime() } : v;
  });
}

/** `inputJson` read back. */
export function readInputJson<T extends ReportInput>(text: string): T {
  const o = JSON.parse(text, (_, v) =>
    v && typeof v === "object" && typeof v.$d === "number" && Object.keys(v).length === 1
      ? new Date(v.$d)
      : v,
  );
  return { ...o, typed: new Map(Object.entries(o.typed as Record<string, TypedTexts>)) };
}
