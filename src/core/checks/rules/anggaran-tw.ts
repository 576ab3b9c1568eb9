import { cellOf, entities, entityLabel, finding, num, RUPIAH_TOLERANCE, rp, same, sum, TWS } from "../shared";
import type { Finding, Rule } from "../types";

/** The RAK (anggaran kas) of TW I–IV adds up to the pagu, give or take the rounding of an even split. */
export const anggaranTw: Rule = {
  id: "anggaran-tw",
  severity: "error",
  title: "Jumlah anggaran TW I–IV tidak sama dengan pagu",
  run(ctx) {
    const out: Finding[] = [];
    for (const plan of ctx.plans) {
      for (const e of entities(plan.table)) {
        const pr = e.main;
        if (e.pagu === null) continue;
        const tws = TWS.filter((t) => num(pr.rakTw[t - 1]) !== null);
        if (tws.length === 0) continue;
        const total = sum(tws.map((t) => num(pr.rakTw[t - 1]) as number));
        const diff = total - e.pagu;
        if (Math.abs(diff) <= RUPIAH_TOLERANCE) continue;
        // A digit dropped or added: 286.944.496 × 10 = 2.869.444.960.
        const tenfold = e.pagu !== 0 && (same(total * 10, e.pagu) || same(total, e.pagu * 10));
        out.push(
          finding(
            anggaranTw,
            cellOf(plan, pr, "pagu"),
            `Jumlah anggaran TW I–IV ${rp(total)} tidak sama dengan pagu ${rp(e.pagu)} (selisih ${rp(Math.abs(diff))}) pada ${entityLabel(e)}.`,
            tenfold
              ? "Jumlahnya tepat sepersepuluh atau sepuluh kali pagu: periksa digit pagu dan anggaran TW."
              : "Sesuaikan anggaran kas (RAK) per triwulan dengan pagu DPA, atau perbaiki pagunya.",
            tws.map((t) => cellOf(plan, pr, `rakTw${t}`)),
          ),
        );
      }
    }
    return out;
  },
};
