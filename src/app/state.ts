import type { SidebarState } from "../api";
import { missingMessage, renstraTableSentence } from "../core/layout";
import { SETTINGS_TAB } from "../core/settings";
import { correctableFields, readingOf } from "./baca";
import { findTahun, readWorkbook, valuesOf } from "./plans";
import type { WorkbookPort } from "./port";
import { NOTES_TAB, notesFrom } from "./reviu";

/** What the sidebar shows when it opens: the office, the plan tabs found, the evaluation tabs. */
export function sidebarState(port: WorkbookPort): SidebarState {
  // Percent-formatted cells in points, as Periksa reads them (Cara dibaca's hints, trial 7 #7).
  const wb = readWorkbook(port, { numberFormats: true });
  const year = findTahun(wb);
  const plans = wb.plans.map((p) => {
    const missing = wb.missing.get(p.tab) ?? [];
    return {
      tab: p.tab,
      indicators: p.rows.filter((r) => r.indikator).length,
      missing: missing.length ? missingMessage(missing) : "",
      missingFields: missing,
      reading: readingOf(wb, p),
    };
  });
  return {
    opd: wb.settings.opd,
    tahun: year.tahun,
    tahunSource: year.source === "diberikan" ? "" : year.source,
    skala: wb.settings.skala,
    // A tab with a header but no Indikator column shows its reading, so one choice makes it a plan.
    plans: [
      ...plans,
      ...wb.unread.map((t) => ({
        tab: t.tab,
        indicators: 0,
        missing: wb.skipped.find((k) => k.tab === t.tab)?.reason ?? "",
        missingFields: ["indikator" as const],
        reading: readingOf(wb, t),
      })),
      // A Renstra table: said how it was read, never a Tab bidang; Cara dibaca can make it one.
      ...wb.renstra.map((t) => ({
        tab: t.tab,
        indicators: 0,
        missing: renstraTableSentence(t.tab),
        missingFields: [],
        reading: readingOf(wb, t),
      })),
    ],
    skipped: wb.skipped.filter((k) => !wb.unread.some((t) => t.tab === k.tab)),
    evaluasiTabs: wb.tabs.map((t) => t.name).filter((n) => /^Evaluasi TW /.test(n)),
    hasSettings: wb.snapshots.has(SETTINGS_TAB),
    notes: notesFrom(valuesOf(wb, NOTES_TAB)),
    fields: correctableFields(),
  };
}
