import type { TabSnapshot } from "../cells";
import { detectPlan, type ReadOptions, renstraTableSentence, unreadSentence } from "../layout";
import { readPercentCells } from "../persen";
import { TWS, type Tw } from "../plan";
import { SETTINGS_TAB } from "../settings";
import { finding, loc, norm } from "./shared";
import type { CheckContext, Finding, PkTable, PlanTab, TabKind } from "./types";

/** Tabs the add-on writes itself (review notes) or builds from the plans: never checked. */
const IGNORED = /^\s*(?:hasil pemeriksaan|riwayat reviu|catatan reviu|evaluasi tw)/i;
const PK_NAME = /^\s*(?:pk|perjanjian kinerja)\b|\bpk\b/i;
/** Names of tabs that should hold a plan: an info finding when no header is found on them. */
const PLAN_NAME = /bidang|renaksi|rencana aksi|sekretariat|eselon|sub ?bag|seksi|template|upt/i;

function kindOf(name: string): TabKind {
  if (/eselon/i.test(name)) return "eselon";
  if (/template/i.test(name)) return "template";
  if (/bidang|sekretariat|sub ?bag|seksi|upt/i.test(name)) return "bidang";
  return "renaksi";
}

function readPk(tab: TabSnapshot, order: number, options?: ReadOptions): PkTable | null {
  const found = detectPlan(tab.name, tab.values, options);
  if (!found.ok) return null;
  const { table } = found;
  const indikator = table.columns.indikator;
  if (indikator === undefined) return null;
  // "72%" typed is 0,72 formatted 0.00 %: the target a person sees, as in the plans (trial 8 #8).
  readPercentCells(table, tab.numberFormats);
  return {
    tab: tab.name,
    order,
    columns: { indikator, satuan: table.columns.satuan, target: table.columns.targetTahunan },
    rows: table.rows.map((r) => ({
      row: r.row,
      sasaran: r.sasaran,
      indikator: r.indikator,
      satuan: r.satuan,
      target: r.targetTahunan,
    })),
  };
}

/**
 * Reads every tab once: plan tables by their headers, the PK by its name. Tabs that are neither are
 * skipped silently, except a tab named like a plan (bidang, Renaksi, eselon…) without a header row.
 */
export function buildContext(
  tabs: TabSnapshot[],
  currentTw?: number,
  reading?: ReadonlyMap<string, ReadOptions>,
): { ctx: CheckContext; notes: Finding[]; order: Map<string, number> } {
  const plans: PlanTab[] = [];
  const renstra: PlanTab[] = [];
  const notes: Finding[] = [];
  const order = new Map<string, number>();
  let pk: PkTable | null = null;
  const unread: TabSnapshot[] = [];
  tabs.forEach((tab, i) => {
    order.set(tab.name, i);
    if (IGNORED.test(tab.name)) return;
    const pkNamed = !pk && PK_NAME.test(tab.name);
    if (pkNamed) {
      pk = readPk(tab, i, reading?.get(tab.name));
      if (pk) return;
    }
    const found = detectPlan(tab.name, tab.values, reading?.get(tab.name));
    if (found.ok && found.table.renstraTable) {
      // The office's Renstra table: said how it was read, neither counted nor checked as a bidang;
      // only its printed persentase is checked (rules/persentase-lain.ts).
      renstra.push({ name: tab.name, order: i, kind: "renaksi", table: found.table, snapshot: tab });
      notes.push(
        finding(
          { id: "tab", severity: "info" },
          loc(tab.name, found.table.headerTop, 0),
          renstraTableSentence(tab.name),
          "Bila tab ini Rencana Aksi bidang, pilih kolom Target Tahunan atau Target TW-nya di Cara dibaca.",
        ),
      );
    } else if (found.ok) {
      // A percent-formatted quantity in points, as the evaluation tab reads it.
      readPercentCells(found.table, tab.numberFormats);
      plans.push({ name: tab.name, order: i, kind: kindOf(tab.name), table: found.table, snapshot: tab });
    } else if (tab.name !== SETTINGS_TAB && found.table) unread.push(tab);
    if (!found.ok && (pkNamed || PLAN_NAME.test(tab.name) || found.table)) {
      // A header without an Indikator column: a bidang left out of every evaluation, never silently.
      const noIndikator = found.table && !pkNamed;
      notes.push(
        finding(
          { id: "tab", severity: noIndikator ? "warning" : "info" },
          loc(tab.name, found.table?.headerTop ?? 0, 0),
          noIndikator ? unreadSentence(tab.name) : found.reason,
          pkNamed
            ? "Beri tab PK baris judul kolom Indikator, Satuan, dan Target agar indikatornya dapat dicocokkan dengan Rencana Aksi."
            : "Tambahkan baris judul kolom (Indikator, Satuan, Target, Pagu, …) atau buat tab dari template agar tab ini ikut diperiksa.",
        ),
      );
    }
  });
  const tw = currentTw !== undefined && TWS.includes(currentTw as Tw) ? (currentTw as Tw) : undefined;
  // PK indicators written in a tab that could not be read: pk-renaksi says so (in the panel, too).
  const keys = new Set((pk as PkTable | null)?.rows.map((r) => norm(r.indikator)));
  const elsewhere: Record<string, string> = {};
  for (const tab of unread)
    for (const row of tab.values)
      for (const v of row) if (typeof v === "string" && keys.has(norm(v))) elsewhere[norm(v)] ??= tab.name;
  return { ctx: { plans, renstra, pk, tabs, currentTw: tw, unread: elsewhere }, notes, order };
}
