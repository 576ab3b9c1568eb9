import { budgetChildren, budgetDepth } from "../budget";
import type { CellValue } from "../cells";
import { BELUM_DIISI, NO_TARGET } from "../evaluasi";
import {
  aggregateTyped,
  lowerIsBetter,
  unspent as notSpent,
  PART_YEAR,
  sheetSum,
  sheetValue,
  TEXT_IN_SUM,
  unreportedTw,
} from "../evaluasi-formulas";
import { CAPAIAN, EFISIENSI } from "../functions";
import { kriteria, kriteriaPlain, type Scale } from "../kriteria";
import { parseNumber } from "../numbers";
import {
  indicatorKeys,
  type PlanRow,
  type PlanTable,
  type RenstraFigures,
  ROMAN,
  type Sifat,
  type Tw,
  type YearFigures,
} from "../plan";
import { readSifat } from "../sifat";
import { normalise } from "../text";
import { decimalsOf } from "./format";

/**
 * The figures of one indicator for a report, computed by the very functions the evaluation tab's
 * formulas call (CAPAIAN, KRITERIA, EFISIENSI and the sifat aggregation), with the tab's own rules:
 * a TW without a target reads "–", an empty realisasi stays empty, a sum over a number typed as
 * text says so instead of adding it. One computation: the report never disagrees with the tab.
 */
export interface IndicatorFigures {
  /** The evaluation tab's row key ("Kunci"): where the typed faktor and tindak lanjut are found. */
  key: string;
  tab: string;
  row: PlanRow;
  sifat: Sifat;
  /** The TW measured, 4 for an annual report. */
  tw: Tw;
  targetTahunan: CellValue;
  targetSd: CellValue;
  realisasiSd: CellValue;
  /**
   * The TW (1-based) with a target whose realisasi is not reported, which leaves realisasiSd empty
   * (for a kumulatif sum an earlier one too); 0 when none.
   */
  unreportedTw?: number;
  /** Capaian s.d. TW against the target s.d. TW: a number, "–" (no target this TW), "" or a message. */
  capaianSd: CellValue;
  /** Capaian of the realisasi s.d. TW against the target tahunan. */
  capaianTahunan: CellValue;
  /** KRITERIA of capaianSd ("–" without a target s.d. TW), as the evaluation tab's Kriteria column. */
  kriteria: CellValue;
  /** KRITERIA of capaianTahunan (the sentence's "(Sangat Tinggi)"). */
  kriteriaTahunan: CellValue;
  pagu: CellValue;
  rakSd: CellValue;
  realisasiAnggaranSd: CellValue;
  /** Realisasi anggaran / RAK s.d. TW × 100 ("" where it cannot be computed). */
  serapanRak: CellValue;
  /** Realisasi anggaran / pagu × 100. */
  serapanPagu: CellValue;
  efisiensi: CellValue;
  /** Earlier years and the Renstra end target: the plan row's own, else the PK tab's. */
  tahunLain: YearFigures[];
  renstra?: RenstraFigures;
  /**
   * The decimals of the indicator's most precise typed figure (0–2): its figures with decimals are
   * printed with as many (4,4 beside 4,05 reads "4,40", as staff typed it; Sheets keeps no trailing
   * zero), whole numbers stay whole.
   */
  decimals: number;
}

/** What "ada angka tersimpan sebagai teks" reads as in the evaluation tab's sums. */
export { sheetSum, TEXT_IN_SUM };

const blankValueOf = (v: CellValue | undefined) => sheetValue(v ?? "") === "";
/** A cell as typed, "" where it holds nothing ("-"): the report prints what the person typed. */
const typed = (v: CellValue | undefined): CellValue => (blankValueOf(v) ? "" : (v as CellValue));

/** A TW without a target: blank, or 0 for an indicator that is not negative (as `noTarget` of evaluasi). */
export function isNoTarget(target: CellValue, polaritas: CellValue): boolean {
  if (target === "") return true;
  return target === 0 && !["negatif", "turun", "-"].includes(String(polaritas));
}

/**
 * One cell of a custom function's answer (a single row and column). Called with one value, the
 * function throws its sentence (the cell shows #ERROR! with it): the figure is that sentence, as
 * over a range, so one bad row never stops a report or a rekap.
 */
function single(call: () => CellValue | CellValue[][]): CellValue {
  let result: CellValue | CellValue[][];
  try {
    result = call();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  return Array.isArray(result) ? (result[0]?.[0] ?? "") : result;
}

/** KRITERIA's answer for one capaian: a label, "" for a blank, or the sentence of a problem. */
export function kriteriaOf(capaian: CellValue, scale: Scale): CellValue {
  if (capaian === NO_TARGET) return NO_TARGET;
  const plain = kriteriaPlain(capaian, scale);
  if (plain !== undefined) return plain;
  const k = kriteria(capaian, scale);
  return k.kind === "value" ? k.value : k.kind === "problem" ? k.message : "";
}

export function capaianOf(target: CellValue, realisasi: CellValue, polaritas: CellValue): CellValue {
  return single(() => CAPAIAN(target, realisasi, polaritas));
}

export interface FigureOptions {
  /** The TW measured; "tahunan": the year's realisasi (Realisasi tahunan, else s.d. TW IV). */
  tw: Tw | "tahunan";
  scale: Scale;
  /** The PK tab's earlier years and Renstra target by indicator (normalised text). */
  pk?: Map<string, { tahunLain: YearFigures[]; renstra?: RenstraFigures }>;
}

/** The figures of every indicator of the plans, in the evaluation tab's order, with its keys. */
export function indicatorFigures(plans: PlanTable[], options: FigureOptions): IndicatorFigures[] {
  const keyOf = indicatorKeys();
  const out: IndicatorFigures[] = [];
  for (const plan of plans) {
    for (const row of plan.rows) {
      if (!row.indikator) continue;
      out.push(figuresOf(plan, row, keyOf(plan, row), options));
    }
  }
  // As the evaluation tab: a budget line whose spending of the TW is not typed is its child lines'
  // sum when each has one (`budgetChildren`), the deepest lines first.
  const children = budgetChildren(out.map((f) => ({ ...f.row, pagu: f.pagu, tab: f.tab })));
  for (const [i, kids] of [...children].sort(
    ([a], [b]) => budgetDepth(out[b].row) - budgetDepth(out[a].row),
  )) {
    const sums = kids.map((k) => out[k].realisasiAnggaranSd);
    // A child not known (blank, "-", "belum diisi") leaves the sum unknown, never a smaller one.
    if (blankValueOf(out[i].row.realisasiAnggaranTw[out[i].tw - 1]))
      Object.assign(
        out[i],
        spending(
          out[i],
          sums.every((v) => typeof v === "number")
            ? (sums as number[]).reduce((a, v) => a + v, 0)
            : BELUM_DIISI,
        ),
      );
  }
  return out;
}

/** The figures that follow from a line's realisasi anggaran s.d. TW: its serapan and efisiensi. */
function spending(
  f: Pick<IndicatorFigures, "pagu" | "rakSd" | "capaianSd">,
  realisasiAnggaranSd: CellValue,
): Pick<IndicatorFigures, "realisasiAnggaranSd" | "serapanRak" | "serapanPagu" | "efisiensi"> {
  const share = (of: CellValue): CellValue =>
    realisasiAnggaranSd === BELUM_DIISI
      ? BELUM_DIISI
      : typeof of === "number" && typeof realisasiAnggaranSd === "number" && of !== 0
        ? (realisasiAnggaranSd / of) * 100
        : "";
  return {
    realisasiAnggaranSd,
    serapanRak: share(f.rakSd),
    serapanPagu: share(f.pagu),
    efisiensi:
      realisasiAnggaranSd === BELUM_DIISI
        ? BELUM_DIISI
        : single(() => EFISIENSI(f.capaianSd === NO_TARGET ? "" : f.capaianSd, f.rakSd, realisasiAnggaranSd)),
  };
}

function figuresOf(plan: PlanTable, row: PlanRow, key: string, options: FigureOptions): IndicatorFigures {
  const annual = options.tw === "tahunan";
  const tw: Tw = annual ? 4 : (options.tw as Tw);
  const { sifat } = readSifat(row);
  const upTo = (q: CellValue[]) => q.slice(0, tw);
  const targetTahunan =
    row.columns.targetTahunan === undefined ? aggregateTyped(sifat, row.targetTw) : typed(row.targetTahunan);
  const ownAnnual = annual && !blankValueOf(row.realisasiTahunan);
  // The year's realisasi from TW columns needs TW IV reported: an unreported TW is not a 0.
  const unreported = annual && !ownAnnual && blankValueOf(row.realisasiTw[3]);
  // A kumulatif sum with an earlier TW not reported is not known either (empty is not 0).
  const missing = ownAnnual ? 0 : unreportedTw(sifat, row.realisasiTw, row.targetTw, row.polaritas, tw);
  // As the tab's formulas: number text read as its number ("1 UPT"), "-" as nothing, a sum over
  // text that is no number says so instead of adding it.
  const sd = (q: CellValue[]) => aggregateTyped(sifat, upTo(q));
  const targetSd = annual ? targetTahunan : sd(row.targetTw);
  // As the evaluation tab: a TW with a target whose realisasi is not reported is not rated on the
  // earlier TWs ("belum diisi"); a year without TW IV likewise.
  const notYet = missing > 0 || unreported;
  const realisasiSd = ownAnnual ? typed(row.realisasiTahunan) : notYet ? "" : sd(row.realisasiTw);
  const polaritas = row.polaritas;
  const capaianSd = isNoTarget(targetSd, polaritas) ? NO_TARGET : capaianOf(targetSd, realisasiSd, polaritas);
  // A negative kumulatif indicator before TW IV: part of the year's cases against the year's ceiling
  // is no achievement (trial 6 #12: 24 of 50 read 152 %); rated at TW IV, as the evaluation tab says.
  const partYear =
    !annual && tw < 4 && sifat === "kumulatif" && lowerIsBetter(polaritas) && realisasiSd !== "";
  const capaianTahunan = partYear ? PART_YEAR : capaianOf(targetTahunan, realisasiSd, polaritas);
  const rakSd = sheetSum(upTo(row.rakTw), true);
  // Spending not reported for the TW (cash planned for it) is "belum diisi", as in the tab.
  const hasRak = row.columns.rakTw1 !== undefined;
  const realisasiAnggaranSd = notSpent(upTo(row.realisasiAnggaranTw), hasRak ? upTo(row.rakTw) : null)
    ? BELUM_DIISI
    : sheetSum(upTo(row.realisasiAnggaranTw), true);
  const pagu = sheetValue(row.pagu, true);
  const pk = options.pk?.get(normalise(row.indikator));
  // An earlier year kept per TW ("Realisasi 2025 / TW I … IV"): the year's figure by the indicator's
  // sifat (the TW IV value of a tetap or akhir one, the sum of a kumulatif one), never TW I's.
  const tahunLain = (row.tahunLain?.length ? row.tahunLain : (pk?.tahunLain ?? [])).map((y) => ({
    ...y,
    ...(y.targetTw ? { target: aggregateTyped(sifat, y.targetTw) } : {}),
    ...(y.realisasiTw ? { realisasi: aggregateTyped(sifat, y.realisasiTw) } : {}),
  }));
  const renstra = row.renstra ?? pk?.renstra;
  const shown: CellValue[] = [
    targetTahunan,
    ...row.targetTw,
    ...row.realisasiTw,
    row.realisasiTahunan,
    ...tahunLain.flatMap((y) => [y.target, y.realisasi]),
    renstra?.targetAkhir ?? "",
    renstra?.realisasiSd ?? "",
  ];
  const decimals = Math.max(
    0,
    ...shown.map((v) => numberOf(v ?? "")).map((n) => (n === null ? 0 : decimalsOf(n))),
  );
  return {
    key,
    tab: plan.tab,
    row,
    sifat,
    tw,
    targetTahunan,
    targetSd,
    realisasiSd,
    unreportedTw: missing,
    capaianSd,
    capaianTahunan,
    kriteria:
      capaianSd !== NO_TARGET && realisasiSd === "" ? BELUM_DIISI : kriteriaOf(capaianSd, options.scale),
    kriteriaTahunan: partYear ? "" : kriteriaOf(capaianTahunan, options.scale),
    pagu,
    rakSd,
    ...spending({ pagu, rakSd, capaianSd }, realisasiAnggaranSd),
    tahunLain,
    renstra,
    decimals,
  };
}

/** A plan value as a number, or null (blank, text, a range). */
export function numberOf(v: CellValue): number | null {
  if (typeof v === "number") return v;
  const p = parseNumber(v);
  return p.kind === "number" ? p.value : null;
}

/** What a report prints for an empty realisasi s.d. TW: "belum diisi", naming an earlier TW ("belum diisi (TW II)"). */
export function belumDiisiText(f: IndicatorFigures): string {
  const t = f.unreportedTw ?? 0;
  return t && t < f.tw ? `${BELUM_DIISI} (TW ${ROMAN[t - 1]})` : BELUM_DIISI;
}
