import { columnNumber } from "../a1";
import type { CheckContext, Finding, Severity } from "./types";

export interface CheckSummary {
  error: number;
  warning: number;
  info: number;
  /** Tabs read as a plan or as the PK. */
  tabs: number;
  /** Indicator rows in the plan tabs. */
  indicators: number;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** "N12" → [12, 14] (row, column) for sorting. */
function position(cell: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return [0, 0];
  return [Number(m[2]), columnNumber(m[1])];
}

/**
 * The findings of every rule sorted by severity, then tab order, then row, and counted: the same
 * wherever the rules ran (the CLI in one process, the Sheets panel beside the server).
 */
export function finishCheck(
  ctx: Pick<CheckContext, "plans" | "pk">,
  order: ReadonlyMap<string, number>,
  findings: Finding[],
): { findings: Finding[]; summary: CheckSummary } {
  findings.sort((a, b) => {
    const [ra, ca] = position(a.cell);
    const [rb, cb] = position(b.cell);
    return (
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) ||
      a.row - b.row ||
      ra - rb ||
      ca - cb ||
      a.rule.localeCompare(b.rule)
    );
  });
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return {
    findings,
    summary: {
      error: count("error"),
      warning: count("warning"),
      info: count("info"),
      tabs: ctx.plans.length + (ctx.pk ? 1 : 0),
      indicators: ctx.plans.reduce((n, p) => n + p.table.rows.filter((r) => r.indikator).length, 0),
    },
  };
}

/** Periksa's one sentence over a check: nothing to check, no findings, or the counts. */
export function summaryMessage(s: CheckSummary): string {
  // Nothing to check is not "no findings" (the CLI exits 2 on it).
  if (s.tabs === 0)
    return "Tidak ada tab Rencana Aksi atau PK yang dikenali (judul kolom Indikator, Target, Realisasi), jadi tidak ada yang diperiksa: buat kerangka Rencana Aksi dulu, atau beri tab bidang baris judul kolom.";
  if (s.indicators === 0 && s.error === 0)
    return `Judul kolom dikenali di ${s.tabs} tab, tetapi tidak ada satu pun indikator yang terbaca, jadi tidak ada yang diperiksa: isi indikatornya, atau periksa sel gabungan di baris judul yang menutupi baris data.`;
  if (s.error + s.warning + s.info === 0) {
    return `Pemeriksaan selesai: ${s.indicators} indikator di ${s.tabs} tab, tidak ada temuan.`;
  }
  return `Pemeriksaan selesai: ${s.error} galat, ${s.warning} peringatan, ${s.info} info dari ${s.indicators} indikator di ${s.tabs} tab.`;
}
