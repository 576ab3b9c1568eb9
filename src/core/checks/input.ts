import type { TabSnapshot } from "../cells";
import { toJson } from "../json";
import type { Scale } from "../kriteria";
import type { ReadOptions } from "../layout";
import { SETTINGS_TAB } from "../settings";
import { buildContext } from "./context";
import { evaluasiHitungan } from "./rules/evaluasi-hitungan";
import type { Finding, PkTable, PlanTab, Rule } from "./types";

/**
 * The rules the server runs itself: the review steps need them anyway (Verifikasi and the
 * Pernyataan refuse a typed-over computed cell, Buat tab Triwulan names one), and they read the
 * evaluation tab, which the panel then need not be sent. Every other rule runs in the panel
 * (./panel.ts) over what `checkInput` hands it.
 */
export const SERVER_RULES: readonly Rule[] = [evaluasiHitungan];

/** What the panel checks: the workbook as the server read it, its plans already found. */
export interface CheckInput {
  /**
   * Every tab in workbook order; the plan tabs and Pengaturan with their cells, every other tab by
   * its name only (no panel rule reads its cells).
   */
  tabs: TabSnapshot[];
  /** The plans found, each pointing at its tab in `tabs`. */
  plans: (Omit<PlanTab, "snapshot"> & { at: number })[];
  /** The office's Renstra tables, as `plans` (only their printed persentase is checked). */
  renstra?: (Omit<PlanTab, "snapshot"> & { at: number })[];
  pk: PkTable | null;
  unread?: Record<string, string>;
  currentTw?: 1 | 2 | 3 | 4;
  scale?: Scale;
  /** The reading's own findings (a tab named like a plan without a header), and the server rules'. */
  found: Finding[];
  /** The server rules' titles by id. */
  titles: Record<string, string>;
}

/**
 * "Periksa konsistensi", the server's half: finds the plans and the PK as `checkWorkbook` does, runs
 * `SERVER_RULES`, and gives the rest as JSON text for the panel (`checkFromInput`), which runs the
 * other rules on exactly what was read here.
 */
export function checkInput(
  tabs: TabSnapshot[],
  options: { currentTw?: number; reading?: ReadonlyMap<string, ReadOptions>; scale?: Scale } = {},
): string {
  const { ctx, notes } = buildContext(tabs, options.currentTw, options.reading);
  ctx.scale = options.scale;
  const renstra = ctx.renstra ?? [];
  const kept = new Set([SETTINGS_TAB, ...[...ctx.plans, ...renstra].map((p) => p.name)]);
  // A row reading its table's own columns (most do) does not repeat them: half the text.
  const sent = ({ snapshot, table, ...p }: PlanTab) => ({
    ...p,
    table: {
      ...table,
      rows: table.rows.map((r) => (r.columns === table.columns ? { ...r, columns: {} } : r)),
    },
    at: tabs.indexOf(snapshot),
  });
  const input: CheckInput = {
    tabs: tabs.map((t) =>
      kept.has(t.name)
        ? { name: t.name, values: t.values, formulas: t.formulas, numberFormats: t.numberFormats }
        : { name: t.name, values: [], formulas: [] },
    ),
    plans: ctx.plans.map(sent),
    renstra: renstra.map(sent),
    pk: ctx.pk,
    unread: ctx.unread,
    currentTw: ctx.currentTw,
    scale: ctx.scale,
    found: [...notes, ...SERVER_RULES.flatMap((rule) => rule.run(ctx))],
    titles: Object.fromEntries(SERVER_RULES.map((r) => [r.id, r.title])),
  };
  return toJson(input);
}
