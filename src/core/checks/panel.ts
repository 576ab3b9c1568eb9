import { fromJson } from "../json";
import { type CheckSummary, finishCheck, summaryMessage } from "./finish";
import type { CheckInput } from "./input";
import { anggaranInduk } from "./rules/anggaran-induk";
import { anggaranIndukAntarTab } from "./rules/anggaran-induk-antar-tab";
import { anggaranTw } from "./rules/anggaran-tw";
import { capaianTahunan } from "./rules/capaian-tahunan";
import { capaianTertulis } from "./rules/capaian-tertulis";
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
import type { CheckContext, Finding, PlanTab, Rule } from "./types";

/**
 * The rules the panel runs (every rule but `SERVER_RULES`, ./input.ts): they stay out of the server
 * script every custom-function call loads. test/core/checks/panel.test.ts holds the two lists to
 * `RULES` and the panel's findings to `checkWorkbook`'s.
 */
export const PANEL_RULES: readonly Rule[] = [
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
  persentaseLain,
  polaritas,
  formatAngka,
  kode,
  wajib,
];

/** A check's result as the panel shows it and the server writes it in Hasil Pemeriksaan. */
export interface PanelCheck {
  findings: Finding[];
  titles: Record<string, string>;
  summary: CheckSummary;
  message: string;
}

/** "Periksa konsistensi", the panel's half: the other rules over what the server read (`checkInput`). */
export function checkFromInput(text: string): PanelCheck {
  const input = fromJson<CheckInput>(text);
  const order = new Map(input.tabs.map((t, i) => [t.name, i]));
  // A plan as `checkInput` sent it: its tab's cells, and its table's columns on every row without its own.
  const planTab = ({ at, ...p }: CheckInput["plans"][number]): PlanTab => {
    for (const r of p.table.rows) if (!Object.keys(r.columns).length) r.columns = p.table.columns;
    return { ...p, snapshot: input.tabs[at] };
  };
  const ctx: CheckContext = {
    tabs: input.tabs,
    plans: input.plans.map(planTab),
    renstra: input.renstra?.map(planTab),
    pk: input.pk,
    unread: input.unread,
    currentTw: input.currentTw,
    scale: input.scale,
  };
  const { findings, summary } = finishCheck(ctx, order, [
    ...input.found,
    ...PANEL_RULES.flatMap((rule) => rule.run(ctx)),
  ]);
  const titles = { ...input.titles, ...Object.fromEntries(PANEL_RULES.map((r) => [r.id, r.title])) };
  return { findings, titles, summary, message: summaryMessage(summary) };
}
