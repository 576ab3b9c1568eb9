/**
 * Value evidence for a TW family: what the numbers under four TW columns say they are, against the
 * pagu and the target tahunan of the same rows. Tolerances are explicit: a sum equals the pagu within
 * 0,5 % (or Rp 1), a value is money at 100.000 and more, a share counts over the rows that hold a
 * number (at most SAMPLE rows are looked at).
 */
import type { CellValue } from "../cells";
import { toNumber } from "../numbers";
import { type PlanField, ROMAN, TW_FIELD, TWS, type Tw } from "../plan";
import { fittingSifat } from "../sifat";
import { isBlank } from "../text";

export type TwKind = "targetTw" | "rakTw" | "realisasiTw" | "realisasiAnggaranTw";
export const TW_KINDS: readonly TwKind[] = ["targetTw", "rakTw", "realisasiTw", "realisasiAnggaranTw"];

/** Rows looked at for value evidence. */
export const SAMPLE = 400;
const MONEY = 100_000;

export interface ValueContext {
  /** The Indikator columns: a row with none filled holds no indicator. */
  indikator?: number[];
  satuan?: number;
  pagu?: number;
  targetTahunan?: number;
}

export interface FamilyValues {
  /** Points per kind from the values alone (0 when they say nothing). */
  scores: Record<TwKind, number>;
  /** Indonesian: what the values showed, "" when there were none. */
  evidence: string;
  /** Rows with at least one number under the family. */
  rows: number;
  /** Of the rows with a target tahunan (not money) and every TW filled, how many fit it by a sifat. */
  fit: number;
  of: number;
}

const share = (n: number, of: number) => (of === 0 ? 0 : n / of);

/** The value evidence of one family (members: the column of each TW present). */
export function familyValues(
  values: CellValue[][],
  dataStart: number,
  members: Partial<Record<Tw, number>>,
  ctx: ValueContext,
): FamilyValues {
  const tws = TWS.filter((t) => members[t] !== undefined);
  const scores: Record<TwKind, number> = { targetTw: 0, rakTw: 0, realisasiTw: 0, realisasiAnggaranTw: 0 };
  let rows = 0;
  let money = 0;
  let plain = 0;
  let withPagu = 0;
  let sumPagu = 0;
  let lePagu = 0;
  let withTarget = 0;
  let fitTarget = 0;
  let full = 0;
  let onScale = 0;
  let prefix = 0;
  const end = Math.min(values.length, dataStart + SAMPLE);
  for (let r = dataStart; r < end; r++) {
    const row = values[r];
    if (!row || (ctx.indikator?.length && ctx.indikator.every((c) => isBlank(row[c])))) continue;
    const nums = tws.map((t) => toNumber(row[members[t] as number]));
    const filled = nums.filter((v): v is number => v !== null);
    if (filled.length === 0) continue;
    rows++;
    const rupiahIndicator =
      ctx.satuan !== undefined && /^(?:rp|rupiah)\b/i.test(String(row[ctx.satuan] ?? "").trim());
    const big = filled.some((v) => Math.abs(v) >= MONEY);
    if (big && !rupiahIndicator) money++;
    else if (!big) plain++;
    const k = nums.indexOf(null);
    if (k > 0 && nums.slice(k).every((v) => v === null)) prefix++;
    const total = filled.reduce((a, b) => a + b, 0);
    const pagu = ctx.pagu !== undefined ? toNumber(row[ctx.pagu]) : null;
    if (pagu !== null && pagu > 0) {
      withPagu++;
      if (filled.length >= 2 && Math.abs(total - pagu) <= Math.max(1, pagu * 0.005)) sumPagu++;
      if (total <= pagu * 1.0001) lePagu++;
    }
    const target = ctx.targetTahunan !== undefined ? row[ctx.targetTahunan] : "";
    const t = toNumber(target);
    if (t !== null && !big) {
      withTarget++;
      if (filled.length === tws.length) {
        full++;
        if (fittingSifat(target, filled).length) fitTarget++;
      }
      if (filled.every((v) => Math.abs(v) <= Math.max(3 * Math.abs(t), 1))) onScale++;
    }
  }
  if (rows === 0) return { scores, evidence: "", rows, fit: 0, of: 0 };
  const fMoney = share(money, rows);
  const fPlain = share(plain, rows);
  const fSum = share(sumPagu, withPagu);
  const fLe = share(lePagu, withPagu);
  const fFit = share(fitTarget, withTarget);
  const fScale = share(onScale, withTarget);
  const fPrefix = share(prefix, rows);
  if (fMoney >= 0.5) {
    scores.rakTw = 3 * fSum + 0.3 * fLe;
    scores.realisasiAnggaranTw = 1.5 * fLe * (1 - fSum) + fPrefix;
    scores.targetTw = -2;
    scores.realisasiTw = -2;
  } else if (fPlain >= 0.5) {
    scores.targetTw = 3 * fFit;
    scores.realisasiTw = 1.5 * fPrefix + 0.5 * fScale * (1 - fFit);
    scores.rakTw = -1;
    scores.realisasiAnggaranTw = -1;
  }
  const last = ROMAN[tws[tws.length - 1] - 1];
  const said: string[] = [];
  said.push(fMoney >= 0.5 ? "nilai rupiah" : "bukan nilai rupiah");
  if (withPagu && fMoney >= 0.5)
    said.push(
      sumPagu
        ? `jumlah TW I–${last} sama dengan pagu pada ${sumPagu} dari ${withPagu} baris`
        : `tidak melebihi pagu pada ${lePagu} dari ${withPagu} baris`,
    );
  if (withTarget && fMoney < 0.5 && fitTarget)
    said.push(`sesuai target tahunan pada ${fitTarget} dari ${withTarget} baris`);
  if (prefix) said.push(`terisi sampai TW tertentu lalu kosong pada ${prefix} dari ${rows} baris`);
  return { scores, evidence: said.join("; "), rows, fit: fitTarget, of: full };
}

/** The field of a kind for one TW. */
export const kindField = (kind: TwKind, tw: Tw): PlanField => `${kind}${tw}`;

/** The kind of a per-TW field ("rakTw3" → rakTw), or null. */
export function kindOf(field: PlanField | null): TwKind | null {
  const m = TW_FIELD.exec(field ?? "");
  return m && (TW_KINDS as readonly string[]).includes(m[1]) ? (m[1] as TwKind) : null;
}

/** The field of the same TW to date ("realisasiTw2" → "realisasiSdTw2"; others as they are). */
export const toDateField = (f: PlanField): PlanField =>
  f.replace(/^(realisasi(?:Anggaran)?)Tw/, "$1SdTw") as PlanField;

/** Text, not numbers, in most filled cells of a column below `start` (at least one, SAMPLE rows looked at). */
export function textColumn(values: CellValue[][], start: number, col: number): boolean {
  let text = 0;
  let filled = 0;
  for (let r = start; r < Math.min(values.length, start + SAMPLE); r++) {
    const v = values[r]?.[col];
    if (isBlank(v)) continue;
    filled++;
    if (typeof v === "string" && toNumber(v) === null && !/^-+$/.test(v.trim())) text++;
  }
  return text > 0 && text * 3 >= filled * 2;
}

/**
 * How the numbers under a family run from TW I to TW IV, over the rows with two or more (at most
 * SAMPLE rows): `rise` rows never fall, `fall` rows fall somewhere. Figures to date never fall.
 */
export function runOf(
  values: CellValue[][],
  dataStart: number,
  members: Partial<Record<Tw, number>>,
): { rise: number; fall: number } {
  let rise = 0;
  let fall = 0;
  for (let r = dataStart; r < Math.min(values.length, dataStart + SAMPLE); r++) {
    const row = values[r] ?? [];
    const n = TWS.map((t) => (members[t] === undefined ? null : toNumber(row[members[t] as number] ?? "")));
    const got = n.filter((v): v is number => v !== null);
    if (got.length < 2) continue;
    if (got.some((v, i) => i > 0 && v < got[i - 1])) fall++;
    else rise++;
  }
  return { rise, fall };
}

/** Column `a` is filled mostly on rows where `b` is not (at most a fifth of its filled rows share one). */
export function apart(values: CellValue[][], start: number, a: number, b: number): boolean {
  let filled = 0;
  let both = 0;
  for (let r = start; r < Math.min(values.length, start + SAMPLE); r++) {
    if (isBlank(values[r]?.[a])) continue;
    filled++;
    if (!isBlank(values[r]?.[b])) both++;
  }
  return both * 5 <= filled;
}
