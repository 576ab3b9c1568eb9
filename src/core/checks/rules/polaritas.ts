import { boundSide, parsePolaritas } from "../../capaian";
import { readPolaritas, weaklyNegative } from "../../polaritas";
import { cellOf, finding, fmt, isBlank, quote } from "../shared";
import type { Finding, Rule } from "../types";
import { capaianOf } from "./capaian-tertulis";

export { soundsNegative } from "../../polaritas";

/**
 * An indicator with signs that lower is better (`readPolaritas`: its words, falling targets, a
 * printed capaian of the negative formula) whose polaritas is positif, blank or has no column. The
 * capaian is computed positif all the same — never flipped on a guess — and the finding names the
 * signs and where to write negatif. A positif the office wrote, doubted on a weak word alone ("kasus"
 * in "Cakupan penemuan kasus TBC", a rate that should rise), is only an Info: the office decided it;
 * against a strong word (stunting, kematian, pengangguran, kemiskinan, sengketa) it stays a warning.
 * A floor target ("minimal 80") on a negatif row is named too (a ceiling on a positif row is a sign).
 */
export const polaritas: Rule = {
  id: "polaritas",
  severity: "warning",
  title: "Polaritas indikator meragukan",
  run(ctx) {
    const out: Finding[] = [];
    for (const plan of ctx.plans) {
      const hasColumn = plan.table.columns.polaritas !== undefined;
      for (const pr of plan.table.rows) {
        if (!pr.indikator) continue;
        // A Polaritas no one can read (trial 8 #26): CAPAIAN computes nothing with it, Kirim must not pass.
        if (!isBlank(pr.polaritas) && !parsePolaritas(pr.polaritas)) {
          out.push(
            finding(
              polaritas,
              cellOf(plan, pr, "polaritas"),
              `Polaritas ${quote(pr.polaritas)} indikator ${quote(pr.indikator)} tidak dikenal, jadi capaiannya tidak dihitung.`,
              "Isi positif (makin tinggi makin baik), negatif (makin rendah makin baik) atau negatif-rasio.",
              [],
              "error",
            ),
          );
          continue;
        }
        const reading = readPolaritas(pr);
        // A floor ("minimal 80") on a row written lower-is-better: one of the two is a slip.
        const floor = [pr.targetTahunan, ...pr.targetTw].find((t) => boundSide(t) === "min");
        if (reading.polaritas !== "positif" && floor !== undefined)
          out.push(
            finding(
              polaritas,
              cellOf(plan, pr, "polaritas"),
              `Indikator ${quote(pr.indikator)} bertarget batas bawah ${quote(floor)}, tetapi polaritasnya ${reading.polaritas} (makin rendah makin baik): capaiannya dihitung dengan rumus negatif.`,
              "Bila lebih tinggi lebih baik, isi polaritas positif; bila tidak, tulis targetnya sebagai batas atas (maks. 80).",
            ),
          );
        if (reading.polaritas !== "positif" || !reading.negativeSigns.length) continue;
        // An annual measurement: both capaian, so the reviewer sees what the choice changes.
        const positive = capaianOf(pr.targetTahunan, pr.realisasiTahunan, "positif");
        const negative = capaianOf(pr.targetTahunan, pr.realisasiTahunan, "negatif");
        const both =
          positive !== null && negative !== null
            ? ` (${fmt(positive)}; rumus negatif memberi ${fmt(negative)})`
            : "";
        const how =
          reading.source === "tertulis"
            ? `tertulis positif${both}`
            : `${hasColumn ? "kosong" : "tidak ada kolomnya"}, jadi capaian dihitung positif${both}`;
        out.push(
          finding(
            polaritas,
            cellOf(plan, pr, hasColumn ? "polaritas" : "indikator"),
            `Indikator ${quote(pr.indikator)} tampaknya makin rendah makin baik (${reading.negativeSigns.join("; ")}), tetapi polaritasnya ${how}.`,
            `Bila realisasi yang lebih rendah berarti lebih baik, ${hasColumn ? "isi polaritas negatif di tab bidang" : "tambahkan kolom “Polaritas” di tab bidang dan isi negatif"} agar capaian dihitung dengan rumus (2 × target − realisasi) / target × 100.`,
            [],
            reading.source === "tertulis" &&
              reading.negativeSigns.length === 1 &&
              weaklyNegative(pr.indikator)
              ? "info"
              : "warning",
          ),
        );
      }
    }
    return out;
  },
};
