import { lowerIsBetter } from "../../evaluasi-formulas";
import { type PlanRow, ROMAN } from "../../plan";
import { readSifat } from "../../sifat";
import { cellOf, finding, fmt, normSatuan, num, quote, sum, TWS } from "../shared";
import type { Finding, Rule } from "../types";

/** A capaian s.d. TW above this (%) is more than a very good quarter (the LKjIP's 181 % stays below). */
const CAPAIAN_BOUND = 200;
/** A TW's realisasi this many times its own TW target looks like a digit too many (1380 for 138). */
const JUMP = 5;

interface Suspect {
  tw: number;
  /** The figure against its TW target (or the year's): which TW of a row is named. */
  ratio: number;
  realisasi: number;
  targetTw: number | null;
  capaianSd: number;
  /** Realisasi s.d. this TW above the year's target, before TW IV (kumulatif). */
  overYear: number | null;
}

/**
 * The TW (up to `upTo`) whose realisasi of a positive indicator is out of all proportion: capaian
 * s.d. that TW above CAPAIAN_BOUND, and the TW's own figure JUMP times its TW target (with no TW
 * target: above the whole year's). The largest such figure; null when none.
 */
function suspect(pr: PlanRow, upTo: number): Suspect | null {
  if (lowerIsBetter(pr.polaritas)) return null;
  const targets = pr.targetTw.map(num);
  const real = pr.realisasiTw.map(num);
  const sifat = readSifat(pr).sifat;
  const annual = num(pr.targetTahunan) ?? (sifat === "kumulatif" ? sum(targets.map((t) => t ?? 0)) : null);
  // Fractions beside points on a % row are a scale mix (format-angka says so), not a typo.
  if (normSatuan(pr.satuan) === "%" && [annual, ...targets].every((t) => t === null || t <= 1)) return null;
  let best: Suspect | null = null;
  for (const tw of TWS.filter((t) => t <= upTo)) {
    const r = real[tw - 1];
    if (r === null || r <= 0) continue;
    const targetTw = targets[tw - 1];
    const upToTw = (xs: (number | null)[]) => sum(xs.slice(0, tw).map((x) => x ?? 0));
    const [targetSd, realSd] =
      sifat === "kumulatif"
        ? [upToTw(targets), upToTw(real)]
        : [targets.slice(0, tw).reduce((last, t) => t ?? last, null as number | null), r];
    if (targetSd === null || targetSd <= 0) continue;
    const capaianSd = (realSd / targetSd) * 100;
    const jumps = targetTw !== null && targetTw > 0 ? r >= JUMP * targetTw : annual !== null && r > annual;
    if (capaianSd <= CAPAIAN_BOUND || !jumps) continue;
    const overYear = sifat === "kumulatif" && tw < 4 && annual !== null && realSd > annual ? annual : null;
    const ratio = r / (targetTw !== null && targetTw > 0 ? targetTw : (annual ?? 1));
    if (!best || ratio > best.ratio) best = { tw, ratio, realisasi: r, targetTw, capaianSd, overYear };
  }
  return best;
}

/**
 * A realisasi typed ten times too big (trial 7 #18: 1380 SR for 138, capaian 920 % "Sangat Tinggi",
 * more than the year's target at TW II) passes every other rule: a peringatan names the cell and asks.
 */
export const realisasiJanggal: Rule = {
  id: "realisasi-janggal",
  severity: "warning",
  title: "Realisasi jauh di atas target (salah ketik?)",
  run(ctx) {
    const out: Finding[] = [];
    for (const plan of ctx.plans) {
      for (const pr of plan.table.rows) {
        const upTo = ctx.currentTw ?? Math.max(0, ...TWS.filter((t) => num(pr.realisasiTw[t - 1]) !== null));
        const s = pr.indikator ? suspect(pr, upTo) : null;
        if (!s) continue;
        const at = cellOf(plan, pr, `realisasiTw${s.tw as 1 | 2 | 3 | 4}`);
        const twName = `TW ${ROMAN[s.tw - 1]}`;
        const typed = pr.sdTw?.realisasiTw?.[s.tw - 1] ?? s.realisasi;
        const against =
          s.targetTw !== null && s.targetTw > 0
            ? `${fmt(s.realisasi / s.targetTw)} kali target ${twName} (${fmt(s.targetTw)})`
            : `tanpa target ${twName}`;
        out.push(
          finding(
            realisasiJanggal,
            at,
            `Realisasi ${twName} indikator ${quote(pr.indikator)} di ${at.cell} tertulis ${typeof typed === "number" ? fmt(typed) : quote(typed)}, ${against}${s.overYear !== null ? `, melebihi target setahun ${fmt(s.overYear)}` : ""}, sehingga capaian s.d. ${twName} ${fmt(s.capaianSd)} %: salah ketik?`,
            `Periksa angka di ${at.cell}; bila memang benar, tulis penjelasannya di kolom Keterangan atau Permasalahan.`,
          ),
        );
      }
    }
    return out;
  },
};
