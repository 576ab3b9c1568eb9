import { parsePolaritas } from "../../capaian";
import type { CellValue } from "../../cells";
import { toNumber } from "../../numbers";
import { finding, fmt, isBlank, loc, quote } from "../shared";
import type { Finding, PlanTab, Rule } from "../types";
import { CAPS, capaianOf, readsAs } from "./capaian-tertulis";

/** A number as the sheet shows it: typed text as typed ("81,80"), numbers id-ID. */
const asTyped = (v: CellValue) => (typeof v === "string" ? v.trim() : typeof v === "number" ? fmt(v) : "");

interface Figures {
  what: string;
  target: CellValue;
  realisasi: CellValue;
  persentase: CellValue;
  col: number | undefined;
}

/**
 * The persentase printed for earlier years (LKjIP Tabel 3.18: "Tahun 2023 | Tahun 2024", each
 * Target | Realisasi | Persentase) and against the Renstra's end target (Tabel 3.19: realisasi s.d.
 * this year / target akhir × 100): rounded or cut to its decimals is right, as for the capaian; a
 * cap (100, 120) is left alone; a negative indicator of an earlier year is computed as negative.
 */
export const persentaseLain: Rule = {
  id: "persentase-lain",
  severity: "error",
  title: "Persentase tahun lalu atau terhadap target akhir Renstra tidak sesuai hitungan",
  run(ctx) {
    const out: Finding[] = [];
    for (const plan of [...ctx.plans, ...(ctx.renstra ?? [])]) {
      const at = plan.table.periodColumns;
      if (!at) continue;
      for (const pr of plan.table.rows) {
        const figures: Figures[] = [];
        for (const y of pr.tahunLain ?? []) {
          const cols = at.years.find((c) => c.tahun === y.tahun);
          figures.push({ what: `tahun ${y.tahun}`, ...y, col: cols?.persentase });
        }
        if (pr.renstra) {
          const end = pr.renstra.tahunAkhir ? ` (${pr.renstra.tahunAkhir})` : "";
          figures.push({
            what: `terhadap target akhir Renstra${end}`,
            target: pr.renstra.targetAkhir,
            realisasi: pr.renstra.realisasiSd,
            persentase: pr.renstra.persentase,
            col: at.renstra?.persentase,
          });
        }
        for (const f of figures) {
          const wrong = check(plan, pr, f);
          if (wrong) out.push(wrong);
        }
      }
    }
    return out;
  },
};

function check(plan: PlanTab, pr: PlanTab["table"]["rows"][number], f: Figures): Finding | null {
  if (f.col === undefined || isBlank(f.persentase) || isBlank(f.target) || isBlank(f.realisasi)) return null;
  const printed = toNumber(f.persentase);
  if (printed === null) return null;
  const polaritas = parsePolaritas(pr.polaritas) ?? "positif";
  // The Renstra comparison is realisasi to date against the end target: always the plain ratio.
  const renstra = f.what.startsWith("terhadap");
  const computed = capaianOf(f.target, f.realisasi, renstra ? "positif" : polaritas);
  if (computed === null || readsAs(printed, computed)) return null;
  if (CAPS.includes(printed) && computed > printed) return null;
  const cell = loc(plan.name, pr.row, f.col);
  return finding(
    persentaseLain,
    cell,
    `Persentase indikator ${quote(pr.indikator)} ${f.what} tertulis ${fmt(printed)}, padahal hasil hitungnya ${fmt(computed)} (realisasi ${asTyped(f.realisasi)} dari target ${asTyped(f.target)}).`,
    "Hitung ulang: realisasi / target × 100, atau ganti angka ketikan dengan rumus CAPAIAN.",
  );
}
