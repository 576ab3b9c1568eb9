import type { TabSnapshot } from "../cells";
import type { Scale } from "../kriteria";
import type { ReadOptions } from "../layout";
import { buildContext } from "./context";
import { type CheckSummary, finishCheck } from "./finish";
import { anggaranInduk } from "./rules/anggaran-induk";
import { anggaranIndukAntarTab } from "./rules/anggaran-induk-antar-tab";
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
import { realisasiJanggal } from "./rules/realisasi-janggal";
import { realisasiKosong } from "./rules/realisasi-kosong";
import { sifatTarget } from "./rules/sifat-target";
import { tabBidang } from "./rules/tab-bidang";
import { twTarget } from "./rules/tw-target";
import { wajib } from "./rules/wajib";
import type { Finding, Rule } from "./types";

export { buildContext } from "./context";
export { type CheckSummary, summaryMessage } from "./finish";
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
  anggaranIndukAntarTab,
  lintasTab,
  pkRenaksi,
  realisasiAnggaran,
  realisasiKosong,
  realisasiJanggal,
  capaianTertulis,
  capaianTahunan,
  evaluasiHitungan,
  persentaseLain,
  polaritas,
  formatAngka,
  kode,
  wajib,
];

/** Each rule's Indonesian title by id, for grouped findings. */
export function ruleTitles(): Record<string, string> {
  return Object.fromEntries(RULES.map((r) => [r.id, r.title]));
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
  return finishCheck(ctx, order, [...notes, ...RULES.flatMap((rule) => rule.run(ctx))]);
}
