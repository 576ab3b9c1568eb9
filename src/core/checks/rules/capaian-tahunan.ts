import { parsePolaritas } from "../../capaian";
import type { CellValue } from "../../cells";
import { kriteria, SCALES } from "../../kriteria";
import { toNumber } from "../../numbers";
import type { Polaritas } from "../../plan";
import { cellText } from "../../result";
import { cellOf, finding, fmt, isBlank, norm, quote } from "../shared";
import type { Finding, PlanTab, Rule } from "../types";
import { addOnFormula, CAPS, capaianOf, cappedFinding, readsAs, useFormula } from "./capaian-tertulis";

/** A capaian above this says target and realisasi are on different scales (0–10 against 0–100). */
const SCALE_JUMP = 1000;

/** A number as the sheet shows it: typed text as typed ("4,40"), numbers id-ID. */
const asTyped = (v: CellValue) =>
  typeof v === "string" ? v.trim() : typeof v === "number" ? fmt(v) : cellText(v);

interface Row {
  pr: PlanTab["table"]["rows"][number];
  printed: number;
  computed: number;
  /** "target 4,40, realisasi 4,05" as typed. */
  numbers: string;
}

/**
 * The annual measurement (PK / pengukuran kinerja, LKjIP Bab III: SASARAN | INDIKATOR | SATUAN |
 * TARGET | REALISASI | CAPAIAN | KRITERIA): the printed capaian against the formula, negative
 * indicators computed with the positive formula, capaian capped on some rows only, target and
 * realisasi on different scales, qualitative targets, and the printed kriteria against the scale.
 */
export const capaianTahunan: Rule = {
  id: "capaian-tahunan",
  severity: "error",
  title: "Capaian atau kriteria tabel pengukuran tahunan tidak sesuai hitungan",
  run(ctx) {
    const out: Finding[] = [];
    const scale = ctx.scale ?? SCALES.permendagri86;
    for (const plan of ctx.plans) {
      const cols = plan.table.columns;
      if (cols.realisasiTahunan === undefined) continue;
      const capped: Row[] = [];
      const over: Row[] = [];
      for (const pr of plan.table.rows) {
        if (isBlank(pr.targetTahunan) || isBlank(pr.realisasiTahunan)) continue;
        const at = cellOf(plan, pr, cols.capaian !== undefined ? "capaian" : "realisasiTahunan");
        const typedFormula = plan.snapshot.formulas[at.row - 1]?.[at.col - 1];
        const printed =
          cols.capaian !== undefined && !addOnFormula(typedFormula) ? toNumber(pr.capaian) : null;
        const name = quote(pr.indikator);
        const numbers = `target ${asTyped(pr.targetTahunan)}, realisasi ${asTyped(pr.realisasiTahunan)}`;
        // As the evaluation tab computes it: a blank polaritas is positif, never flipped on a guess
        // from the indicator's words (the polaritas rule names those signs). A range ("80-90") and a
        // qualitative target ("Zona Hijau", "WTP") by CAPAIAN's own rules, as the report prints them.
        const polaritas: Polaritas = parsePolaritas(pr.polaritas) ?? "positif";
        const computed = capaianOf(pr.targetTahunan, pr.realisasiTahunan, polaritas);
        if (computed === null) {
          // Two numbers CAPAIAN refuses (target 0) are said elsewhere; a text reached as written
          // ("Tersedia" against "Tersedia") is compared, not computed.
          const t = norm(pr.targetTahunan);
          if (
            (toNumber(pr.targetTahunan) !== null && toNumber(pr.realisasiTahunan) !== null) ||
            (t && norm(pr.realisasiTahunan).includes(t))
          )
            continue;
          out.push(
            finding(
              capaianTahunan,
              at,
              `Target indikator ${name} (${quote(pr.targetTahunan)}) dan realisasinya (${quote(pr.realisasiTahunan)}) tidak dapat dibandingkan, jadi capaian${printed !== null ? ` ${fmt(printed)}` : ""} tidak dapat dihitung dengan rumus.`,
              "Untuk target kualitatif, tetapkan tabel konversi (misalnya WTP = 4, WDP = 3) atau tulis alasan capaiannya di keterangan.",
              [],
              "info",
            ),
          );
          continue;
        }

        if (computed > SCALE_JUMP) {
          out.push(
            finding(
              capaianTahunan,
              at,
              `Target dan realisasi indikator ${name} tampaknya berbeda skala: ${numbers} memberi capaian ${fmt(computed)} %${printed !== null ? `, tertulis ${fmt(printed)}` : ""}.`,
              "Tulis target dan realisasi dengan skala yang sama (misalnya keduanya 0–100), lalu hitung ulang capaiannya.",
              [],
              "warning",
            ),
          );
          continue;
        }

        if (printed !== null && !readsAs(printed, computed)) {
          const positive =
            polaritas !== "positif" ? capaianOf(pr.targetTahunan, pr.realisasiTahunan, "positif") : null;
          const viaPositive =
            positive !== null &&
            (readsAs(printed, positive) || (CAPS.includes(printed) && positive > printed));
          const viaNegative =
            isBlank(pr.polaritas) &&
            readsAs(printed, capaianOf(pr.targetTahunan, pr.realisasiTahunan, "negatif") ?? Number.NaN);
          if (viaNegative) {
            out.push(
              finding(
                capaianTahunan,
                at,
                `Capaian indikator ${name} tertulis ${fmt(printed)} dengan rumus negatif, tetapi polaritasnya ${cols.polaritas !== undefined ? "kosong" : "tidak ada kolomnya"}, jadi capaian dihitung positif: ${fmt(computed)} (${numbers}).`,
                "Isi polaritas negatif untuk indikator ini di tab bidang (tambahkan kolom “Polaritas” bila belum ada), atau perbaiki capaian tertulisnya.",
              ),
            );
          } else if (viaPositive) {
            out.push(
              finding(
                capaianTahunan,
                at,
                `Capaian indikator ${name} tertulis ${fmt(printed)}, hasil rumus positif (${fmt(positive as number)}); indikator ini makin rendah makin baik, dan rumus negatif memberi ${fmt(computed)} (${numbers}).`,
                "Hitung capaian indikator negatif dengan (2 × target − realisasi) / target × 100, atau pakai rumus CAPAIAN dengan polaritas negatif.",
              ),
            );
          } else if (CAPS.includes(printed) && computed > printed) {
            capped.push({ pr, printed, computed, numbers });
          } else {
            out.push(
              finding(
                capaianTahunan,
                at,
                `Capaian indikator ${name} tertulis ${fmt(printed)}, padahal hasil hitungnya ${fmt(computed)} (${numbers}, polaritas ${polaritas}).`,
                useFormula(typedFormula),
              ),
            );
          }
        } else if (printed !== null && printed > CAPS[0]) {
          over.push({ pr, printed, computed, numbers });
        }

        // The printed kriteria against the office's scale, for the capaian the formula gives.
        if (cols.kriteria !== undefined && !isBlank(pr.kriteria)) {
          const expected = kriteria(computed, scale);
          if (expected.kind === "value" && norm(expected.value) !== norm(pr.kriteria)) {
            out.push(
              finding(
                capaianTahunan,
                cellOf(plan, pr, "kriteria"),
                `Kriteria indikator ${name} tertulis ${quote(pr.kriteria)}, padahal capaian ${fmt(computed)} (${numbers}) berkriteria ${quote(expected.value)} pada ${scale.name}.`,
                "Tulis kriteria sesuai skala yang dipakai kantor, atau pakai rumus KRITERIA dari capaian.",
              ),
            );
          }
        }
      }

      if (capped.length > 0 && over.length > 0) {
        const list = (rows: Row[]) =>
          rows
            .slice(0, 6)
            .map((r) => `baris ${r.pr.row + 1} (${fmt(r.printed)})`)
            .join(", ") + (rows.length > 6 ? ", …" : "");
        const first = capped[0];
        out.push(
          finding(
            capaianTahunan,
            cellOf(plan, first.pr, "capaian"),
            `Capaian di tab ${quote(plan.name)} dibatasi ${fmt(first.printed)} pada ${capped.length} baris (${capped
              .slice(0, 6)
              .map((r) => `baris ${r.pr.row + 1}: hasil hitung ${fmt(r.computed)}`)
              .join(", ")}${capped.length > 6 ? ", …" : ""}) tetapi tidak pada ${list(over)}.`,
            "Pilih satu cara untuk seluruh tabel: batasi semua capaian di atas 100, atau tulis semuanya apa adanya.",
            [],
            "warning",
          ),
        );
      } else if (capped.length > 0) {
        for (const r of capped) {
          out.push(
            cappedFinding(
              capaianTahunan,
              cellOf(plan, r.pr, "capaian"),
              r.pr.indikator,
              r.printed,
              r.computed,
              r.numbers,
            ),
          );
        }
      }
    }
    return out;
  },
};
