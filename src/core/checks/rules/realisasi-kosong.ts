import { budgetChildren } from "../../budget";
import type { PlanRow } from "../../plan";
import { readSifat } from "../../sifat";
import { cellOf, entities, entityLabel, finding, isBlank, num, quote, TWS, type Tw, twList } from "../shared";
import type { Finding, PlanTab, Rule } from "../types";

/**
 * Realisasi filled for every TW up to the one being reported (empty is not 0: a real 0 is typed as 0).
 * A TW whose target is 0 or empty expects nothing (e.g. "0, 0, 0, 100"), unless the row has no TW
 * targets at all; a TW without RAK expects no realisasi anggaran.
 */
export const realisasiKosong: Rule = {
  id: "realisasi-kosong",
  severity: "warning",
  title: "Realisasi belum terisi sampai triwulan berjalan",
  run(ctx) {
    const current = ctx.currentTw;
    if (!current) return [];
    const out: Finding[] = [];
    const upTo = TWS.filter((t) => t <= current);
    const until = twList([current]);
    // A budget line whose own spending is blank while each of its child lines has theirs (offices fill it
    // on sub kegiatan rows): the evaluation tab and the reports add theirs up, nothing is missing (trial 8 #3).
    const rows = ctx.plans.flatMap((p) => p.table.rows.map((r) => ({ ...r, tab: p.table.tab })));
    const at = new Map(ctx.plans.flatMap((p) => p.table.rows).map((r, i) => [r, i]));
    const kids = budgetChildren(rows);
    const reported = (i: number, t: Tw): boolean =>
      !isBlank(rows[i].realisasiAnggaranTw[t - 1]) || !!kids.get(i)?.every((k) => reported(k, t));
    for (const plan of ctx.plans) {
      const c = plan.table.columns;
      if (upTo.some((t) => c[`realisasiTw${t}`] !== undefined)) {
        const anyTwTarget = TWS.some((t) => c[`targetTw${t}`] !== undefined);
        for (const pr of plan.table.rows) {
          if (!pr.indikator) continue;
          // A row without TW targets expects realisasi every TW once it has an annual target.
          const noTwTarget = !anyTwTarget || pr.targetTw.every((v) => isBlank(v));
          const expected = (t: Tw) => {
            if (noTwTarget) return !isBlank(pr.targetTahunan);
            const target = num(pr.targetTw[t - 1]);
            return target !== null ? target !== 0 : !isBlank(pr.targetTw[t - 1]);
          };
          const missing = upTo.filter(
            (t) => c[`realisasiTw${t}`] !== undefined && expected(t) && isBlank(pr.realisasiTw[t - 1]),
          );
          if (missing.length > 0)
            out.push(
              missingFinding(
                realisasiKosong,
                plan,
                pr,
                "realisasiTw",
                missing,
                `indikator ${quote(pr.indikator)}`,
                // A kumulatif sum to date lacks it: the evaluation tab does not rate the row.
                missing[0] < current && readSifat(pr).sifat === "kumulatif"
                  ? `${until}, jadi realisasi s.d. ${until} belum dinilai`
                  : until,
              ),
            );
        }
      }
      if (upTo.some((t) => c[`realisasiAnggaranTw${t}`] !== undefined)) {
        const anyRak = TWS.some((t) => c[`rakTw${t}`] !== undefined);
        for (const e of entities(plan.table)) {
          if (!e.pagu) continue;
          const pr = e.main;
          const expected = (t: Tw) => !anyRak || (num(pr.rakTw[t - 1]) ?? 0) > 0;
          const missing = upTo.filter(
            (t) =>
              c[`realisasiAnggaranTw${t}`] !== undefined && expected(t) && !reported(at.get(pr) ?? -1, t),
          );
          if (missing.length > 0)
            out.push(
              missingFinding(
                realisasiKosong,
                plan,
                pr,
                "realisasiAnggaranTw",
                missing,
                entityLabel(e),
                until,
                true,
              ),
            );
        }
      }
    }
    return out;
  },
};

function missingFinding(
  rule: Rule,
  plan: PlanTab,
  pr: PlanRow,
  field: "realisasiTw" | "realisasiAnggaranTw",
  missing: Tw[],
  what: string,
  until: string,
  anggaran = false,
): Finding {
  const cells = missing.map((t) => cellOf(plan, pr, `${field}${t}`));
  const found = finding(
    rule,
    cells[0],
    `Realisasi ${anggaran ? "anggaran " : ""}${twList(missing)} ${what} belum diisi (laporan sampai ${until}).`,
    anggaran
      ? "Isi realisasi anggaran dari SP2D triwulan tersebut; tulis 0 bila memang belum ada belanja."
      : "Isi realisasi triwulan tersebut; tulis 0 bila memang belum ada hasil (kosong berarti belum dilaporkan).",
    cells.slice(1),
  );
  // Output and budget are two groups in Periksa: each title says which one it is.
  return {
    ...found,
    groupTitle: `Realisasi ${anggaran ? "anggaran" : "fisik"} terisi sampai triwulan berjalan`,
  };
}
