import {
  buildEvaluasi,
  type EvaluasiResult,
  evaluasiTabName,
  isOurEvaluasi,
  type Tw,
} from "../core/evaluasi";
import { customScale, namedScale, type Scale } from "../core/kriteria";
import { missingMessage } from "../core/layout";
import { UserError } from "../core/result";
import { buildRingkasan, type RingkasanInput, ringkasanTabName } from "../core/ringkasan";
import { CUSTOM_SCALE_RANGE, SETTINGS_TAB } from "../core/settings";
import { chooseBidang, isPlanCandidate, readWorkbook, tahunOf, type Workbook } from "./plans";
import type { WorkbookPort } from "./port";

export interface TriwulanRequest {
  tw: number;
  /** Bidang tabs to include; default: Pengaturan's list, else every plan tab. */
  tabs?: string[];
}

export interface TriwulanReport {
  tab: string;
  created: boolean;
  indicators: number;
  added: number;
  removed: number;
  kept: number;
  /** The "Ringkasan TW …" tab written beside it. */
  summaryTab: string;
  /** One Indonesian sentence saying what happened. */
  message: string;
}

/** "Buat tab Triwulan": creates or updates the evaluation tab of one TW, under the document lock. */
export function generateTriwulan(port: WorkbookPort, request: TriwulanRequest): TriwulanReport {
  const tw = request.tw;
  if (!Number.isInteger(tw) || tw < 1 || tw > 4)
    throw new UserError(`Triwulan ${tw} tidak ada: pilih TW 1 sampai 4.`);
  return port.withLock(() => {
    // Only the plans it evaluates, values only: their formulas are never looked at.
    const wb = readWorkbook(port, {
      formulas: false,
      tabs: (name, settings) => {
        const wanted = request.tabs?.length ? request.tabs : settings.bidang;
        return wanted.length ? wanted.includes(name) : isPlanCandidate(name);
      },
    });
    const plans = chooseBidang(wb, request.tabs);
    for (const plan of plans) {
      if (plan.columns.indikator === undefined || !hasTargets(plan.columns)) {
        throw new UserError(`Tab "${plan.tab}": ${missingMessage(["indikator", "targetTahunan"])}`);
      }
    }
    const tahun = tahunOf(wb);
    const custom = wb.settings.skala.toLowerCase() === "sendiri";
    const scale = custom ? ownScale(wb) : namedScale(wb.settings.skala);
    if (!scale)
      throw new UserError(
        `Skala kriteria "${wb.settings.skala}" di tab Pengaturan tidak dikenal: isi permendagri86, lakip, akip, atau sendiri.`,
      );
    const tabName = evaluasiTabName(tw as Tw, tahun);
    // Its formulas tell what a person typed over ours.
    const existing = wb.tabs.some((t) => t.name === tabName) ? port.read(tabName) : null;
    if (existing && !isOurEvaluasi(existing.values)) {
      throw new UserError(
        `Tab '${tabName}' sudah ada tetapi bukan buatan add-on SAKIP: ganti nama tab itu dulu agar isinya tidak tertimpa.`,
      );
    }
    const result = buildEvaluasi({
      tw: tw as Tw,
      tahun,
      opd: wb.settings.opd,
      scale,
      skalaArg: custom ? CUSTOM_SCALE_RANGE : `"${scale.id}"`,
      plans,
      existing,
    });
    if (!existing) port.create(result.tabName);
    port.write(result.tabName, [{ row: 1, col: 1, cells: result.cells }]);
    port.format(result.tabName, result.format);
    const summary = writeRingkasan(port, wb, result, { tw: tw as Tw, tahun, opd: wb.settings.opd, scale });
    const changes = existing
      ? ` (${result.added} baru, ${result.removed} tidak ada lagi di rencana), ${result.kept} isian dipertahankan`
      : "";
    return {
      tab: result.tabName,
      created: !existing,
      indicators: result.indicators,
      added: result.added,
      removed: result.removed,
      kept: result.kept,
      summaryTab: summary,
      message: `Tab '${result.tabName}' ${existing ? "diperbarui" : "dibuat"}: ${result.indicators} indikator dari ${plans.length} tab bidang${changes}, 0 data lama tertimpa; ringkasan dan grafiknya di tab '${summary}'.`,
    };
  });
}

/** Writes (or rewrites in place) the summary tab and its chart over the evaluation tab just written. */
function writeRingkasan(
  port: WorkbookPort,
  wb: Workbook,
  evaluasi: EvaluasiResult,
  base: Pick<RingkasanInput, "tw" | "tahun" | "opd" | "scale">,
): string {
  const name = ringkasanTabName(base.tw, base.tahun);
  const existing = wb.tabs.some((t) => t.name === name) ? port.read(name, { formulas: false }) : undefined;
  if (existing && !String(existing.values[0]?.[0] ?? "").startsWith("RINGKASAN EVALUASI KINERJA")) {
    throw new UserError(
      `Tab '${name}' sudah ada tetapi bukan buatan add-on SAKIP: ganti nama tab itu dulu agar isinya tidak tertimpa.`,
    );
  }
  const summary = buildRingkasan({
    ...base,
    evaluasiTab: evaluasi.tabName,
    bidang: evaluasi.bidang,
    previousRows: existing?.values.length ?? 0,
  });
  if (!existing) port.create(name);
  port.write(name, [{ row: 1, col: 1, cells: summary.cells }]);
  port.format(name, summary.format);
  port.chart(name, summary.chart);
  return name;
}

/** The "sendiri" scale kept in Pengaturan D:E (the range KRITERIA reads), for the kriteria colours. */
function ownScale(wb: Workbook): Scale {
  const rows = (wb.snapshots.get(SETTINGS_TAB)?.values ?? [])
    .slice(1, 12)
    .map((r) => [r[3] ?? "", r[4] ?? ""]);
  const scale = customScale(rows);
  if ("kind" in scale) throw new UserError(`Tab Pengaturan, kolom D:E: ${scale.message}`);
  return scale;
}

function hasTargets(columns: Partial<Record<string, number>>): boolean {
  return columns.targetTahunan !== undefined || columns.targetTw1 !== undefined;
}
