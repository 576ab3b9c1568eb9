import { fittingSifat, parseSifat, readSifat } from "../../sifat";
import { cellOf, finding, fmt, num, quote, same, sum, TWS, twList } from "../shared";
import type { Finding, Rule } from "../types";

/** "Isi target triwulan terakhir dengan target tahunan, atau ubah sifat target bila indikator ini bukan progres." */
const orOtherSifat = (fix: string, sifat: string) =>
  `${fix} dengan target tahunan, atau ubah sifat target bila indikator ini bukan ${sifat}.`;

/**
 * Quarterly targets against the annual target by sifat (DOMAIN.md, "sifat target"): kumulatif adds
 * up, akhir ends on it, tetap repeats it. Without a written sifat every reading is tried and the row
 * is reported only when none fits ("0, 0, 0, 100" → 100 is akhir; "4, 2, 2, 2" → 10 is kumulatif).
 */
export const twTarget: Rule = {
  id: "tw-target",
  severity: "error",
  title: "Target triwulan tidak sesuai target tahunan",
  run(ctx) {
    const out: Finding[] = [];
    for (const plan of ctx.plans) {
      for (const pr of plan.table.rows) {
        const annual = num(pr.targetTahunan);
        if (annual === null) continue;
        const tws = TWS.filter((t) => num(pr.targetTw[t - 1]) !== null);
        if (tws.length === 0) continue;
        const values = tws.map((t) => num(pr.targetTw[t - 1]) as number);
        const total = sum(values);
        const last = values[values.length - 1];
        const lastTw = tws[tws.length - 1];
        const sifat = parseSifat(pr.sifat);
        const fits = fittingSifat(pr.targetTahunan, pr.targetTw);
        if (sifat ? fits.includes(sifat) : fits.length > 0) continue;
        const differs = tws.filter((_, i) => !same(values[i], annual));
        const name = quote(pr.indikator);
        const list = values.map(fmt).join("; ");
        const annualAt = cellOf(plan, pr, "targetTahunan");
        const twAt = (t: number) => cellOf(plan, pr, `targetTw${t as 1 | 2 | 3 | 4}`);
        if (sifat === "kumulatif") {
          out.push(
            finding(
              twTarget,
              twAt(lastTw),
              `Jumlah target ${twList(tws)} indikator ${name} (${list}) adalah ${fmt(total)}, tidak sama dengan target tahunan ${fmt(annual)} (sifat kumulatif, selisih ${fmt(total - annual)}).`,
              orOtherSifat("Perbaiki target triwulan agar jumlahnya sama", "kumulatif"),
              [annualAt, ...tws.filter((t) => t !== lastTw).map(twAt)],
            ),
          );
        } else if (sifat === "akhir") {
          out.push(
            finding(
              twTarget,
              twAt(lastTw),
              `Target ${twList([lastTw])} indikator ${name} ${fmt(last)} tidak sama dengan target tahunan ${fmt(annual)} (sifat akhir: target triwulan terakhir = target tahunan).`,
              orOtherSifat("Isi target triwulan terakhir", "progres"),
              [annualAt],
            ),
          );
        } else if (sifat === "tetap") {
          const first = differs[0] ?? TWS.find((t) => !tws.includes(t)) ?? 1;
          const missing = TWS.filter((t) => !tws.includes(t));
          out.push(
            finding(
              twTarget,
              twAt(first),
              differs.length > 0
                ? `Target ${twList(differs)} indikator ${name} (${differs.map((t) => fmt(num(pr.targetTw[t - 1]) as number)).join("; ")}) tidak sama dengan target tahunan ${fmt(annual)} (sifat tetap: setiap triwulan = target tahunan).`
                : `Target ${twList(missing)} indikator ${name} kosong, padahal sifat tetap meminta setiap triwulan ${fmt(annual)}.`,
              orOtherSifat("Samakan target setiap triwulan", "tetap"),
              [annualAt],
            ),
          );
        } else {
          out.push(
            finding(
              twTarget,
              annualAt,
              `Target ${twList(tws)} indikator ${name} (${list}) tidak cocok dengan target tahunan ${fmt(annual)}: jumlahnya ${fmt(total)}, triwulan terakhir ${fmt(last)}, dan tidak semuanya ${fmt(annual)}, jadi capaian s.d. TW dihitung sebagai ${readSifat(pr).sifat}.`,
              "Perbaiki target triwulan atau target tahunan, lalu isi kolom Sifat Target (kumulatif, akhir, atau tetap).",
              tws.map(twAt),
            ),
          );
        }
      }
    }
    return out;
  },
};
