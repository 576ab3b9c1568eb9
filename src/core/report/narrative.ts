import type { CellValue } from "../cells";
import { NO_TARGET } from "../evaluasi";
import { PART_YEAR } from "../evaluasi-formulas";
import { mixedScale } from "../persen";
import { readPolaritas, weaklyNegative } from "../polaritas";
import { isBlank } from "../text";
import { belumDiisiText, capaianOf, type IndicatorFigures, numberOf, TEXT_IN_SUM } from "./figures";
import { lastYearMissing, num, pct, RENSTRA_MISSING, sentenceCase, valueText, withSatuan } from "./format";

/**
 * The draft sentences of a report, in the reports' own style, read from the figures (never typed
 * again): "Capaian <indikator> pada Triwulan II Tahun 2024 yaitu 61,68 % dari target 63,57 % atau
 * dengan tingkat capaian 97,03 % (Sangat Tinggi)", then last year, then the Renstra end target.
 */

/** What staff typed in the evaluation tab for an indicator. */
export interface TypedTexts {
  pendorong: string;
  penghambat: string;
  tindakLanjut: string;
}

/** How every request for missing text ends. */
const AGAIN = "lalu buat laporan lagi";

const isPercentSatuan = (s: string) => /^(%|persen)$/i.test(s.trim());

/** "naik 1,20 poin persen" / "turun 3 Ha" / "sama". */
function change(diff: number, satuan: string, year: number, decimals: number): string {
  if (Math.abs(diff) < 1e-9) return `sama dengan tahun ${year}`;
  const unit = isPercentSatuan(satuan) ? " poin persen" : satuan.trim() ? ` ${satuan.trim()}` : "";
  return `${diff > 0 ? "naik" : "turun"} ${num(Math.abs(diff), decimals)}${unit}`;
}

/** A difference of two figures: of percentages in "poin persen" (3,42 poin persen), else in the satuan. */
export function difference(diff: number, satuan: string, decimals = 0): string {
  return isPercentSatuan(satuan) ? `${num(diff, decimals)} poin persen` : withSatuan(diff, satuan, decimals);
}

/** The sentence of the capaian; `period` is "Triwulan II Tahun 2024" or "Tahun 2024". */
export function capaianSentence(f: IndicatorFigures, period: string): { text: string; placeholder: boolean } {
  const shown = (v: CellValue) => withSatuan(v, f.row.satuan, f.decimals);
  const name = f.row.indikator.trim();
  if (f.realisasiSd === "" && f.capaianSd === NO_TARGET) {
    // Nothing targeted by this TW (an annual measure such as Nilai SAKIP): not rated yet, nothing to fill.
    return {
      text: `${name} tidak ditargetkan s.d. ${period} (target tahunan ${shown(f.targetTahunan)}), jadi belum dinilai pada triwulan ini.`,
      placeholder: false,
    };
  }
  if (f.realisasiSd === "") {
    const earlier = belumDiisiText(f).match(/TW [IV]+/);
    return {
      text: `Realisasi ${name} ${earlier ? `${earlier[0]} belum diisi, jadi realisasi s.d. ${period} belum dapat dijumlah` : `pada ${period} belum diisi`} (target ${shown(f.targetTahunan)}): isi realisasinya di tab bidang, ${AGAIN}.`,
      placeholder: true,
    };
  }
  if (f.realisasiSd === TEXT_IN_SUM || f.targetTahunan === TEXT_IN_SUM) {
    return {
      text: `Capaian ${name} pada ${period} belum dapat dihitung karena ada angka tersimpan sebagai teks di tab ${f.tab} (lihat catatan di bawah tabel): ketik ulang sebagai angka, ${AGAIN}.`,
      placeholder: true,
    };
  }
  const cap = f.capaianTahunan;
  if (cap === PART_YEAR) {
    // A negative kumulatif indicator before TW IV: rated against its target s.d. the TW, and the
    // sentence says why not against the year's (trial 6 #12).
    const sd = f.capaianSd;
    const rated =
      typeof sd === "number"
        ? `Capaian ${name} pada ${period} yaitu ${shown(f.realisasiSd)} dari target s.d. triwulan ini ${shown(f.targetSd)} atau dengan tingkat capaian ${pct(sd)} %${f.kriteria && f.kriteria !== NO_TARGET ? ` (${f.kriteria})` : ""}.`
        : `Realisasi ${name} pada ${period} yaitu ${shown(f.realisasiSd)}.`;
    return {
      text: `${rated} Capaian terhadap target tahunan (${shown(f.targetTahunan)}) ${PART_YEAR}: indikator ini makin rendah makin baik dan realisasinya dijumlah per triwulan, sehingga jumlah sebagian tahun belum sebanding dengan batas setahun.`,
      placeholder: false,
    };
  }
  if (typeof cap !== "number") {
    return {
      text: `Realisasi ${name} pada ${period} yaitu ${shown(f.realisasiSd)} dari target ${shown(f.targetTahunan)}; capaiannya tidak dapat dihitung: ${valueText(cap)}`,
      placeholder: true,
    };
  }
  // Mid-year the capaian against the annual target is progress, not the quarter's rating: its kriteria
  // is the evaluation form's (s.d. TW), so 11,88 of 23,50 by TW II is not called "Sangat Rendah" in the
  // sentence while the form's Kriteria says "–". Rated on the annual target: the year, or a target
  // s.d. TW equal to it (tetap).
  const sameTarget = valueText(f.targetSd, f.decimals) === valueText(f.targetTahunan, f.decimals);
  const rated = f.tw === 4 || sameTarget;
  let text = `Capaian ${name} pada ${period} yaitu ${shown(f.realisasiSd)} dari target ${shown(f.targetTahunan)} atau dengan tingkat capaian ${pct(cap)} %${rated && f.kriteriaTahunan ? ` (${f.kriteriaTahunan})` : ""}.`;
  const sd = f.capaianSd;
  if (!rated && sd === NO_TARGET)
    text += " Belum ada target s.d. triwulan ini, sehingga capaian tersebut belum diberi kriteria.";
  if (typeof sd === "number" && !sameTarget) {
    text += ` Terhadap target s.d. triwulan ini (${shown(f.targetSd)}) capaiannya ${pct(sd)} %${f.kriteria && f.kriteria !== NO_TARGET ? ` (${f.kriteria})` : ""}.`;
  }
  return { text, placeholder: false };
}

/** Last year's figure beside this one: up or down by how much, or that it is not filled. */
export function lastYearSentence(f: IndicatorFigures, tahun: number, period = `tahun ${tahun}`): string {
  const last = f.tahunLain.find((y) => y.tahun === tahun - 1);
  const satuan = f.row.satuan;
  const shown = (v: CellValue) => withSatuan(v, satuan, f.decimals);
  if (!last || last.realisasi === "") return `${sentenceCase(lastYearMissing("realisasi", tahun - 1))}.`;
  const prev = numberOf(last.realisasi);
  const now = numberOf(f.realisasiSd);
  let text = `Realisasi tahun ${tahun - 1} sebesar ${shown(last.realisasi)}`;
  if (last.target !== "") {
    const c = capaianOf(last.target, last.realisasi, f.row.polaritas);
    text += ` dari target ${shown(last.target)}${typeof c === "number" ? ` (capaian ${pct(c)} %)` : ""}`;
  }
  if (prev !== null && now !== null)
    text += `; realisasi ${period} ${change(now - prev, satuan, tahun - 1, f.decimals)}`;
  return `${text}.`;
}

/** What remains to the Renstra end target, or that it is not filled. */
export function renstraSentence(f: IndicatorFigures): string {
  const r = f.renstra;
  if (!r || r.targetAkhir === "") return `${sentenceCase(RENSTRA_MISSING)}.`;
  const satuan = f.row.satuan;
  const shown = (v: CellValue) => withSatuan(v, satuan, f.decimals);
  const year = r.tahunAkhir ? ` (${r.tahunAkhir})` : "";
  const target = numberOf(r.targetAkhir);
  const now = numberOf(f.realisasiSd);
  let text = `Target akhir Renstra${year} ${f.row.indikator.trim()} yaitu ${shown(r.targetAkhir)}`;
  const c = renstraCapaian(f);
  if (typeof c === "number")
    text += `; realisasi saat ini ${shown(f.realisasiSd)} atau ${pct(c)} % dari target akhir`;
  // Reached or not only on a polaritas that is written or undoubted (a guess Periksa doubts says neither).
  const sure = !/negatif|turun|^-$/i.test(String(f.row.polaritas)) && !doubtedSigns(f).length;
  if (target !== null && now !== null && sure) {
    text +=
      now >= target
        ? ", target akhir Renstra telah tercapai"
        : `, masih kurang ${difference(target - now, satuan, f.decimals)}`;
  }
  return `${text}.`;
}

/** Realisasi to date against the Renstra end target × 100 (the CAPAIAN rule, polaritas included). */
export function renstraCapaian(f: IndicatorFigures): CellValue {
  const r = f.renstra;
  if (!r || r.targetAkhir === "") return "";
  const realisasi = r.realisasiSd !== "" ? r.realisasiSd : f.realisasiSd;
  if (realisasi === "") return "";
  return capaianOf(r.targetAkhir, realisasi, f.row.polaritas);
}

/**
 * A request to check a polaritas computed positif on a guess where Periksa sees signs that lower is
 * better: the indicator's words, or targets that fall (trial 5 #6: "Persentase jalan kondisi rusak",
 * TW targets 15; 14; 13; 12).
 */
/**
 * A percent indicator whose row mixes a fraction with points (BOR 0,78 beside a target of 75): its
 * capaian is wrong, as Periksa's galat says (format-angka); the fraction and the point, else null.
 */
export function mixedPercent(f: IndicatorFigures): [number, number] | null {
  if (!/^(%|persen)$/i.test(f.row.satuan.trim())) return null;
  const { targetTahunan, targetTw, realisasiTw, realisasiTahunan } = f.row;
  const ns = [targetTahunan, ...targetTw, ...realisasiTw, realisasiTahunan].flatMap((v) => {
    const n = typeof v === "string" && v.includes("%") ? null : numberOf(v);
    return n === null ? [] : [n];
  });
  const mixed = mixedScale(ns);
  return mixed && [ns[mixed[0]], ns[mixed[1]]];
}

/** What the kriteria cells say of a row `mixedPercent` finds: no clean "Sangat Rendah". */
export const SCALE_DOUBT = "periksa skala %";

/** The request under such an indicator's sentence: which figures, and what to type. */
export function scaleRequest(f: IndicatorFigures): string {
  const m = mixedPercent(f);
  return m
    ? `[Periksa skala persen: ${f.row.indikator} mencampur ${num(m[0], 2)} dan ${num(m[1], 2)} dalam satu baris di tab '${f.tab}', sehingga capaiannya salah (galat Periksa); ketik ${num(m[0] * 100, 2)} untuk ${num(m[0], 2)}, ${AGAIN}.]`
    : "";
}

export function polaritasRequest(f: IndicatorFigures): string {
  const signs = doubtedSigns(f);
  return signs.length
    ? `[Periksa polaritas: ${isBlank(f.row.polaritas) ? "ditebak" : "tertulis"} positif, padahal ${signs.join(", ")}; bila indikator ini makin kecil makin baik, isi kolom Polaritas 'negatif' di tab '${f.tab}', ${AGAIN}.]`
    : "";
}

/**
 * The signs that lower is better of a row computed positif where Periksa warns of them: a guessed
 * positif, or a positif the office wrote against a strong word ("Angka Sengketa …" written positif,
 * 12,67 against 14,50 printed 87,38 "Tinggi" with no word of it); a written positif doubted on a weak
 * word alone is the office's decision (Periksa's info), as the polaritas rule has it.
 */
function doubtedSigns(f: IndicatorFigures): string[] {
  if (isBlank(f.row.polaritas)) return readPolaritas(f.row).negativeSigns;
  if (!/^\s*positif\s*$/i.test(String(f.row.polaritas))) return [];
  const { negativeSigns: signs } = readPolaritas(f.row);
  return signs.length === 1 && weaklyNegative(f.row.indikator) ? [] : signs;
}

/**
 * Under a bidang's evaluation form: the rows rated on a polaritas guessed positif where Periksa sees
 * signs that lower is better ("Angka kematian ibu" 102 against 90 printed 113,33 "Sangat Tinggi" with no
 * word of it; trial 6 #6). One request names them all.
 */
export function polaritasFormRequest(tab: string, figures: IndicatorFigures[]): string {
  // Each row's signs read once (readPolaritas looks at its words and its targets).
  const written: string[] = [];
  const doubted = figures.flatMap((f) => {
    const signs = typeof f.capaianSd === "number" ? doubtedSigns(f) : [];
    if (signs.length && !isBlank(f.row.polaritas)) written.push(f.row.indikator);
    return signs.length ? [`${f.row.indikator.trim()} (${signs.join(", ")})`] : [];
  });
  return doubted.length
    ? `[Periksa polaritas: capaian dan kriteria ${doubted.join("; ")} dihitung dengan polaritas positif yang ${written.length === doubted.length ? "tertulis" : written.length ? "ditebak atau tertulis" : "ditebak"}; bila indikator itu makin kecil makin baik, isi kolom Polaritas 'negatif' di tab '${tab}', ${AGAIN}.]`
    : "";
}

/** The request printed for a faktor or tindak lanjut cell that shows a formula error. */
export const galatRequest = (what: string, cell: string) =>
  `[${what} di ${cell} berisi rumus yang galat: tulis teksnya tanpa "=" di depan, ${AGAIN}.]`;

/** The faktor and tindak lanjut typed in the evaluation tab, or a visible request for them. */
export function faktorSentences(
  typed: TypedTexts | undefined,
  evaluasiTab: string,
  exists = true,
): { text: string; placeholder: boolean }[] {
  const t = typed ?? { pendorong: "", penghambat: "", tindakLanjut: "" };
  // Each asks for the evaluation tab's column of the same name.
  const ask = (what: string) => ({
    text: `[${what} belum ditulis: ${exists ? "" : `buat tab '${evaluasiTab}' dengan “Buat tab Triwulan”, lalu `}isi kolom "${what}" indikator ini di tab '${evaluasiTab}', ${AGAIN}.]`,
    placeholder: true,
  });
  return (
    [
      ["Faktor pendorong", t.pendorong],
      ["Faktor penghambat", t.penghambat],
      ["Tindak lanjut", t.tindakLanjut],
    ] as const
  ).map(([what, text]) =>
    text.startsWith(`[${what} di `)
      ? { text, placeholder: true }
      : text
        ? { text: `${what}: ${text}`, placeholder: false }
        : ask(what),
  );
}
