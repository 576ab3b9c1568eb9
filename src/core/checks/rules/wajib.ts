import type { PlanField } from "../../plan";
import { cellOf, finding, isBlank, quote, TWS } from "../shared";
import type { Finding, Rule } from "../types";

/** An indicator without a target or a satuan cannot be measured (only for columns the tab has). */
export const wajib: Rule = {
  id: "wajib",
  severity: "warning",
  title: "Kolom wajib kosong",
  run(ctx) {
    const out: Finding[] = [];
    for (const plan of ctx.plans) {
      const c = plan.table.columns;
      const hasTarget = c.targetTahunan !== undefined || TWS.some((t) => c[`targetTw${t}`] !== undefined);
      for (const pr of plan.table.rows) {
        if (!pr.indikator) continue;
        const missing: { field: PlanField; label: string }[] = [];
        if (hasTarget && isBlank(pr.targetTahunan) && pr.targetTw.every((v) => isBlank(v))) {
          missing.push({
            field: c.targetTahunan !== undefined ? "targetTahunan" : "targetTw1",
            label: "target",
          });
        }
        if (c.satuan !== undefined && !pr.satuan) missing.push({ field: "satuan", label: "satuan" });
        if (missing.length === 0) continue;
        out.push(
          finding(
            wajib,
            cellOf(plan, pr, missing[0].field),
            `Indikator ${quote(pr.indikator)} belum punya ${missing.map((m) => m.label).join(" dan ")}.`,
            "Isi target dan satuan sesuai Perjanjian Kinerja agar capaian dapat dihitung.",
            missing.slice(1).map((m) => cellOf(plan, pr, m.field)),
          ),
        );
      }
    }
    return out;
  },
};
