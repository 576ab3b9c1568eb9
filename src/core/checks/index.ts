import { columnNumber } from "../a1";
import type { TabSnapshot } from "../cells";
import type { Scale } from "../kriteria";
import type { ReadOptions } from "../layout";
import { buildContext } from "./context";
import { anggaranInduk } from "./rules/anggaran-induk";
import { anggaranTw } from "./rules/anggaran-tw";
import { capaianTahunan } from "./rules/capaian-tahunan";
import { capaianTertulis } from "./rules/capaian-tertulis";
import { evaluasiHitungan } from "./rules/evaluasi-hitungan";
import { formatAngka } from "./rules/format-angka";
import { kode } from "./rules/kode";
import { kolomTerbaca } from "./rules/kolom-terbaca";
import { lintasTab } from "./rules/lintas-tab";
import { persentaseLain } from "./rules/persentase-lain";
import { pkRenaksi } from "./rules/pk-renaksi";
import { polaritas } from "./rules/polaritas";
import { realisasiAnggaran } from "./rules/realisasi-anggaran";
import { realisasiKosong } from "./rules/realisasi-kosong";
import { sifatTarget } from "./rules/sifat-target";
import { tabBidang } from "./rules/tab-bidang";
import { twTarget } from "./rules/tw-target";
import { wajib } from "./rules/wajib";
import type { Finding, Rule, Severity } from "./types";

export { buildContext } from "./context";
export { type FindingGroup, groupFindings } from "./group";

export type { CheckContext, Finding, PkRow, PkTable, PlanTab, Rule, Severity, TabKind } from "./types";

/** Every consistency rule, in the order a reviewer reads a report. */
export const RULES: readonly Rule[] = [
  tabBidang,
  kolomTerbaca,
  twTarget,
  sifatTarget,
  anggaranTw,
  anggaranInduk,
  lintasTab,
  pkRenaksi,
  realisasiAnggaran,
  realisasiKosong,
  capaianTertulis,
  capaianTahunan,
  evaluasiHitungan,
  persentaseLain,
  polaritas,
  formatAngka,
  kode,
  wajib,
];

export interface CheckSummary {
  error: number;
  warning: number;
  info: number;
  /** Tabs read as a plan or as the PK. */
  tabs: number;
  /** Indicator rows in the plan tabs. */
  indicators: number;
}

/** Each rule's Indonesian title by id, for grouped findings. */
export function ruleTitles(): Record<string, string> {
  return Object.fromEntries(RULES.map((r) => [r.id, r.title]));
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** "N12" → [12, 14] (row, column) for sorting. */
function position(cell: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return [0, 0];
  return [Number(m[2]), columnNumber(m[1])];
}

/**
 * "Periksa konsistensi" over a whole workbook: finds the plan tabs and the PK, runs every rule and
 * sorts the findings by severity, then tab order, then row.
 */
export function checkWorkbook(
  tabs: TabSnapshot[],
  options: { currentTw?: number; reading?: ReadonlyMap<string, ReadOptions>; scale?: Scale } = {},
): { findings: Finding[]; summary: CheckSummary } {
  const { ctx, notes, order } = buildContext(tabs, options.currentTw, options.reading);
  ctx.scale = options.scale;
  const findings = [...notes, ...RULES.flatMap((rule) => rule.run(ctx))];
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
