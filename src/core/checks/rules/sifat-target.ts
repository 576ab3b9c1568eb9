import { type PlanField, TWS } from "../../plan";
import { fittingSifat, readSifat } from "../../sifat";
import { cellOf, finding, num, quote } from "../shared";
import type { Finding, Rule } from "../types";

/**
 * A sifat target read from the values when the values leave a real choice (`readSifat`): a
 * percentage whose quarterly targets add up to the annual target, or a count without an annual
 * target whose quarterly targets are all equal or rise. The evaluation computes with the reading
 * named in the finding; the Sifat Target a person writes in the bidang tab always wins. Targets
 * that fit no sifat beside an annual target are tw-target's (a galat that names the reading).
 */
export const sifatTarget: Rule = {
  id: "sifat-target",
  severity: "warning",
  title: "Sifat target belum pasti",
  run(ctx) {
    const out: Finding[] = [];
    for (const plan of ctx.plans) {
      const hasColumn = plan.table.columns.sifat !== undefined;
      for (const pr of plan.table.rows) {
        if (!pr.indikator) continue;
        const reading = readSifat(pr);
        if (!reading.unsure) continue;
        if (num(pr.targetTahunan) !== null && fittingSifat(pr.targetTahunan, pr.targetTw).length === 0)
          continue;
        const lastTw = [...TWS].reverse().find((t) => num(pr.targetTw[t - 1]) !== null) ?? 4;
        const field: PlanField = hasColumn ? "sifat" : `targetTw${lastTw}`;
        out.push(
          finding(
            sifatTarget,
            cellOf(plan, pr, field),
            `Sifat target indikator ${quote(pr.indikator)} belum pasti (${reading.why}), jadi capaian s.d. TW dihitung sebagai ${reading.sifat}.`,
            `${hasColumn ? "Isi Sifat Target indikator ini (kumulatif, akhir, atau tetap) di tab bidang" : "Tambahkan kolom “Sifat Target” di tab bidang dan isi kumulatif, akhir, atau tetap untuk indikator ini"}, atau pilih sifatnya di panel (Cara dibaca: disimpan di Pengaturan sebagai “baris ${pr.row + 1} | sifat …”); koreksi Anda selalu dipakai.`,
          ),
        );
      }
    }
    return out;
  },
};
