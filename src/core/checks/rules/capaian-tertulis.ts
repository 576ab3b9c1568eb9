import { capaian, parsePolaritas } from "../../capaian";
import type { CellValue } from "../../cells";
import { toNumber } from "../../numbers";
import { type PlanField, type PlanRow, type Polaritas, ROMAN, type Tw } from "../../plan";
import { readPolaritas } from "../../polaritas";
import { parseSifat, readSifat } from "../../sifat";
import { annualReadings, cellOf, finding, fmt, isBlank, type Loc, num, quote, sum, TWS } from "../shared";
import type { Finding, PlanTab, Rule } from "../types";

/** A target/realisasi pair the typed capaian may have been computed from. */
interface Pair {
  target: number;
  realisasi: number;
}

/**
 * Pairs a typed capaian may refer to: each TW's target against its realisasi ("s.d." that TW and
 * alone, the reported TW first, by the sifat the evaluation tab reads, guessed or written: that is
 * the reading a message quotes, the tab's figure), then the annual target
 * against the realisasi so far. Several readings are accepted because a typed figure does not say
 * which one it is; a figure that matches none of them is wrong.
 */
function pairs(pr: PlanRow, currentTw: number | undefined): Pair[] {
  const sifat = parseSifat(pr.sifat);
  // The evaluation tab's reading of the sifat (read from the targets when not written) comes first.
  const tabSifat = readSifat(pr).sifat;
  const real = pr.realisasiTw.map((v) => num(v));
  const filled = real.filter((v): v is number => v !== null);
  if (filled.length === 0) return [];
  const out: Pair[] = [];
  const reported = currentTw ?? Math.max(...TWS.filter((t) => real[t - 1] !== null));
  for (const t of [reported, ...TWS.filter((k) => k !== reported)]) {
    const r = real[t - 1];
    const target = num(pr.targetTw[t - 1]);
    if (r === null || target === null) continue;
    const own = { target, realisasi: r };
    if (tabSifat !== "kumulatif") out.push(own);
    if (sifat !== "akhir" && sifat !== "tetap") {
      const upTo = TWS.filter((k) => k <= t);
      out.push({
        target: sum(upTo.map((k) => num(pr.targetTw[k - 1]) ?? 0)),
        realisasi: sum(upTo.map((k) => real[k - 1] ?? 0)),
      });
    }
    if (tabSifat === "kumulatif") out.push(own);
  }
  const last = filled[filled.length - 1];
  const realReadings = sifat === "kumulatif" ? [sum(filled)] : sifat ? [last] : [sum(filled), last];
  for (const target of annualReadings(pr, sifat)) {
    for (const realisasi of realReadings) out.push({ target, realisasi });
  }
  return out;
}

/** The capaian the formula gives for a target and a realisasi, or null where it gives none. */
export function capaianOf(target: CellValue, realisasi: CellValue, polaritas: Polaritas): number | null {
  const c = capaian(target, realisasi, { polaritas });
  return c.kind === "value" ? c.value : null;
}

const compute = (p: Pair, polaritas: Polaritas) => capaianOf(p.target, p.realisasi, polaritas);

export const USE_FORMULA =
  "Ganti angka ketikan dengan rumus CAPAIAN agar capaian selalu sesuai target dan realisasi.";

/**
 * A capaian cell is checked for what it shows, typed or the office's own formula (trial 8 #22:
 * =IFERROR(Q10/G10*100,"") gave 9.066,67); only the add-on's CAPAIAN is its own, never refused.
 */
export const addOnFormula = (formula: string | undefined): boolean => /\bCAPAIAN\s*\(/i.test(formula ?? "");

/** What to do about a wrong capaian: a typed figure, or the office's own formula (named). */
export const useFormula = (formula = ""): string =>
  formula
    ? `Rumus di sel ini (${formula.length > 60 ? `${formula.slice(0, 59)}…` : formula}) memberi angka lain dari hitungan target dan realisasinya: ganti dengan rumus CAPAIAN.`
    : USE_FORMULA;

/** A capaian written as the office's cap (100 or 120) where the formula gives more: a note, not an error. */
export function cappedFinding(
  rule: Rule,
  at: Loc,
  indikator: string,
  typed: number,
  value: number,
  numbers: string,
  what = "Capaian",
): Finding {
  return finding(
    rule,
    at,
    `${what} indikator ${quote(indikator)} ditulis ${fmt(typed)}, sedangkan hasil hitungnya ${fmt(value)} (${numbers}).`,
    `Bila kantor membatasi capaian pada ${fmt(typed)} %, catatan ini boleh diabaikan; bila tidak, tulis capaian sebenarnya.`,
    [],
    "info",
  );
}

/** Decimals a typed number shows (97,02 → 2; 92 → 0), at most 6. */
function decimals(x: number): number {
  for (let d = 0; d < 6; d++) if (Math.abs(Math.round(x * 10 ** d) - x * 10 ** d) < 1e-6) return d;
  return 6;
}

/**
 * Does a printed figure stand for the computed value? Printed figures are rounded OR cut to their
 * decimals: 97,02 for 97,0269 and 99,18 for 99,1888 (LKjIP Tabel 3.21) are cut, not wrong, so both
 * are accepted; 72,3 for 72,22 is neither and is wrong.
 */
export function printedAs(typed: number, computed: number): boolean {
  const d = decimals(typed);
  const f = 10 ** d;
  const eps = 1e-6;
  return (
    Math.abs(Math.round(computed * f) / f - typed) < eps ||
    Math.abs(Math.trunc(computed * f + eps) / f - typed) < eps
  );
}

/** A fraction typed into a percent cell (0,9702 shown as 97,02 %) is read in percent points as well. */
export function readsAs(typed: number, computed: number): boolean {
  return (
    printedAs(typed, computed) ||
    (Math.abs(typed) <= 2 && printedAs(Number((typed * 100).toFixed(8)), computed))
  );
}

/** Offices that cap capaian write 100 (or 120) for anything above. */
export const CAPS = [100, 120];

/**
 * Pairs a typed capaian of TW `t` ("Capaian Fisik (%) / TW II") may refer to: the TW's own target
 * and realisasi, for a kumulatif indicator also the sums up to the TW (s.d. TW), and the realisasi
 * so far against the annual target (the evaluation tab's "Capaian thd target tahunan").
 */
function twPairs(pr: PlanRow, t: number): Pair[] {
  const real = pr.realisasiTw.map((v) => num(v));
  const target = pr.targetTw.map((v) => num(v));
  const [r, g] = [real[t - 1], target[t - 1]];
  if (r === null || g === null) return [];
  const upTo = TWS.filter((k) => k <= t);
  const total = (q: (number | null)[]) => sum(upTo.map((k) => q[k - 1] ?? 0));
  const kumulatif = readSifat(pr).sifat === "kumulatif";
  const out = [{ target: g, realisasi: r }];
  if (kumulatif) out.push({ target: total(target), realisasi: total(real) });
  for (const annual of annualReadings(pr, parseSifat(pr.sifat)))
    out.push({ target: annual, realisasi: kumulatif ? total(real) : r });
  return out;
}

export const capaianTertulis: Rule = {
  id: "capaian-tertulis",
  severity: "error",
  title: "Capaian yang diketik tidak sesuai hitungan",
  run(ctx) {
    const out: Finding[] = [];
    for (const plan of ctx.plans)
      for (const pr of plan.table.rows) {
        if (plan.table.columns.capaian !== undefined && !isBlank(pr.capaian))
          out.push(
            ...checkTyped(plan, pr, "capaian", pr.capaian, pairs(pr, plan.table.capaianTw ?? ctx.currentTw)),
          );
        // A capaian per TW typed by staff (trial 6 #4): each against its own TW.
        pr.capaianTw?.forEach((v, i) => {
          if (!isBlank(v))
            out.push(...checkTyped(plan, pr, `capaianTw${(i + 1) as Tw}`, v, twPairs(pr, i + 1)));
        });
      }
    return out;
  },
};

/** The finding on one typed capaian cell against the pairs it may have been computed from. */
function checkTyped(plan: PlanTab, pr: PlanRow, field: PlanField, value: CellValue, all: Pair[]): Finding[] {
  const at = cellOf(plan, pr, field);
  const formula = plan.snapshot.formulas[at.row - 1]?.[at.col - 1];
  if (addOnFormula(formula)) return [];
  const typed = toNumber(value);
  const polaritas = parsePolaritas(pr.polaritas);
  if (typed === null || !polaritas) return [];
  // "Capaian TW II indikator …" for a column of one TW.
  const what = field === "capaian" ? "Capaian" : `Capaian TW ${ROMAN[Number(field.slice(-1)) - 1]}`;
  const candidates = all
    .map((p) => ({ p, value: compute(p, polaritas) }))
    .filter((c): c is { p: Pair; value: number } => c.value !== null);
  if (candidates.length === 0 || candidates.some((c) => readsAs(typed, c.value))) return [];
  // A polaritas only guessed positif on an indicator that looks lower-is-better: the negative
  // formulas are readings too, and a figure that fits none is said with both.
  const doubted = readPolaritas(pr).negativeSigns.length > 0 && isBlank(pr.polaritas);
  const negative = (p: Pair) => [compute(p, "negatif"), compute(p, "negatif-rasio")];
  if (doubted && candidates.some((c) => negative(c.p).some((v) => v !== null && readsAs(typed, v))))
    return [];
  const best = candidates[0];
  const capped = CAPS.includes(typed) && best.value > typed;
  const numbers = `target ${fmt(best.p.target)}, realisasi ${fmt(best.p.realisasi)}, polaritas ${polaritas}`;
  const [n] = negative(best.p);
  if (doubted && n !== null)
    return [
      finding(
        capaianTertulis,
        at,
        `${what} indikator ${quote(pr.indikator)} tertulis ${fmt(typed)}, padahal hasil hitungnya ${fmt(best.value)} bila positif (polaritas belum diisi) atau ${fmt(n)} bila negatif (target ${fmt(best.p.target)}, realisasi ${fmt(best.p.realisasi)}).`,
        `Isi kolom Polaritas indikator ini (positif atau negatif), lalu ganti ${formula ? "rumusnya" : "angka ketikan"} dengan rumus CAPAIAN.`,
        [],
        "warning",
      ),
    ];
  if (capped) return [cappedFinding(capaianTertulis, at, pr.indikator, typed, best.value, numbers, what)];
  const positive =
    polaritas !== "positif" &&
    all.some((p) => {
      const v = compute(p, "positif");
      return v !== null && readsAs(typed, v);
    });
  return [
    finding(
      capaianTertulis,
      at,
      `${what} indikator ${quote(pr.indikator)} tertulis ${fmt(typed)}, padahal hasil hitungnya ${fmt(best.value)} (${numbers})${positive ? "; angka tertulis adalah hasil rumus positif" : ""}.`,
      positive
        ? `Indikator ini berpolaritas negatif: hitung (2 × target − realisasi) / target × 100, atau ganti ${formula ? "rumusnya" : "angka ketikan"} dengan rumus CAPAIAN.`
        : useFormula(formula),
    ),
  ];
}
