import {
  cellOf,
  entities,
  entityLabel,
  finding,
  num,
  RUPIAH_TOLERANCE,
  rp,
  sum,
  TWS,
  twList,
} from "../shared";
import type { Finding, Rule } from "../types";

/**
 * Realisasi anggaran TW I–IV together stays within the pagu. Some tabs write the realisasi "s.d. TW"
 * (running totals): when the values never decrease and the largest fits the pagu, the sum exceeding
 * it may be that misreading, so it is only a warning.
 */
export const realisasiAnggaran: Rule = {
  id: "realisasi-anggaran",
  severity: "error",
  title: "Realisasi anggaran melebihi pagu",
  run(ctx) {
    const out: Finding[] = [];
    for (const plan of ctx.plans) {
      for (const e of entities(plan.table)) {
        if (e.pagu === null) continue;
        const pr = e.main;
        const tws = TWS.filter((t) => num(pr.realisasiAnggaranTw[t - 1]) !== null);
        if (tws.length === 0) continue;
        const values = tws.map((t) => num(pr.realisasiAnggaranTw[t - 1]) as number);
        const total = sum(values);
        if (total <= e.pagu + RUPIAH_TOLERANCE) continue;
        const running = tws.length > 1 && values.every((v, i) => i === 0 || v >= values[i - 1]);
        const maybeRunning = running && Math.max(...values) <= e.pagu + RUPIAH_TOLERANCE;
        const lastTw = tws[tws.length - 1];
        out.push(
          finding(
            realisasiAnggaran,
            cellOf(plan, pr, `realisasiAnggaranTw${lastTw}`),
            `Jumlah realisasi anggaran ${twList(tws)} ${rp(total)} melebihi pagu ${rp(e.pagu)} (lebih ${rp(total - e.pagu)}) pada ${entityLabel(e)}.`,
            maybeRunning
              ? "Bila ini realisasi s.d. triwulan (kumulatif), isi realisasi per triwulan saja; bila bukan, periksa angka yang melebihi pagu."
              : "Periksa realisasi per triwulan terhadap SP2D: tidak boleh melebihi pagu DPA.",
            [
              cellOf(plan, pr, "pagu"),
              ...tws.filter((t) => t !== lastTw).map((t) => cellOf(plan, pr, `realisasiAnggaranTw${t}`)),
            ],
            maybeRunning ? "warning" : "error",
          ),
        );
      }
    }
    return out;
  },
};
