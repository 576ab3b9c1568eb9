import { parsePolaritas } from "../../capaian";
import { cellOf, finding, isBlank, norm, quote } from "../shared";
import type { Finding, Rule } from "../types";

/** Wording of indicators where lower is better (unemployment, disputes, stunting, deaths…). */
const NEGATIVE =
  /\b(?:tingkat pengangguran|pengangguran terbuka|angka (?:\w+ ){0,3}sengketa|jumlah sengketa|prevalensi|kemiskinan|penduduk miskin|kasus|stunting|kematian|gizi buruk|kecelakaan kerja|pekerja anak|putus sekolah|kriminalitas|angka kesakitan)\b/;

/**
 * Wording that turns the count into a good thing: the share of cases handled, the programmes against
 * poverty ("Persentase kasus … yang difasilitasi", "Jumlah Program Pengentasan Kemiskinan").
 */
const HANDLED =
  /\b(?:yang (?:di ?)?(?:fasilitasi|tangani|selesaikan|mediasi|layani|bina|tindaklanjuti)|tertangani|terselesaikan|pengentasan|penanganan|penanggulangan|penyelesaian|pencegahan|penurunan|menurunnya|tindak lanjut|program)\b/;

export function soundsNegative(indikator: string): boolean {
  const t = norm(indikator);
  return NEGATIVE.test(t) && !HANDLED.test(t);
}

/** An indicator whose wording says lower is better, marked positive or left blank (blank reads as positive). */
export const polaritas: Rule = {
  id: "polaritas",
  severity: "warning",
  title: "Polaritas indikator masuk akal",
  run(ctx) {
    const out: Finding[] = [];
    for (const plan of ctx.plans) {
      const hasColumn = plan.table.columns.polaritas !== undefined;
      for (const pr of plan.table.rows) {
        if (!pr.indikator || !soundsNegative(pr.indikator)) continue;
        if (parsePolaritas(pr.polaritas) !== "positif") continue;
        const blank = isBlank(pr.polaritas);
        out.push(
          finding(
            polaritas,
            cellOf(plan, pr, hasColumn ? "polaritas" : "indikator"),
            `Indikator ${quote(pr.indikator)} tampaknya makin rendah makin baik, tetapi polaritasnya ${blank ? (hasColumn ? "kosong (dibaca positif)" : "tidak ada kolomnya (dibaca positif)") : "positif"}.`,
            "Bila realisasi yang lebih rendah berarti lebih baik, isi polaritas negatif agar capaian dihitung dengan rumus (2 × target − realisasi) / target × 100.",
          ),
        );
      }
    }
    return out;
  },
};
