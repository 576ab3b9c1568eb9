/**
 * The polaritas of an indicator as the add-on computes with it, and the signs that it may be wrong.
 * A written polaritas is taken as it is (a person's word always wins). A blank one, or a plan without
 * a Polaritas column, is computed positif — the formula is never flipped on a guess — and the signs
 * that lower may be better are gathered so the evaluation tab, the reading panel and Periksa can say
 * so: the indicator's words (unemployment, disputes, stunting…), quarterly targets of a level
 * (akhir, tetap) that fall over the year, annual targets that fall over the years, a target that is
 * a ceiling ("maks. 9"), and a printed capaian that only the negative formula gives.
 */
import { boundSide, parsePolaritas } from "./capaian";
import type { CellValue } from "./cells";
import { formatNumber, toNumber } from "./numbers";
import type { PlanRow, Polaritas } from "./plan";
import { readSifat } from "./sifat";
import { isBlank, normalise } from "./text";

/** What the evaluation tab's Polaritas cell shows when the plan does not say: computed positif. */
export const POLARITAS_TEBAKAN = "positif (tebakan)";

/**
 * Wording of indicators where lower is better (unemployment, disputes, stunting, deaths, and the
 * counts of bad events: disturbances, violations, incidents, accidents, fires, slums…; trial 7 #5).
 */
const NEGATIVE =
  /\b(?:tingkat pengangguran|pengangguran terbuka|angka (?:\w+ ){0,3}sengketa|jumlah sengketa|prevalensi|kemiskinan|penduduk miskin|kasus|stunting|kematian|gizi buruk|kecelakaan|pekerja anak|putus sekolah|kriminalitas|angka kesakitan|gangguan|pelanggaran|kejadian|kebakaran|kumuh|kekerasan|konflik|genangan|kemacetan|penyalahgunaan|buta aksara)\b/;

/**
 * Wording that turns the count into a good thing: the share of cases handled, the programmes against
 * poverty ("Persentase kasus … yang difasilitasi", "Jumlah Program Pengentasan Kemiskinan").
 */
const HANDLED =
  /\b(?:yang (?:di ?)?(?:fasilitasi|tangani|selesaikan|mediasi|layani|bina|tindaklanjuti|tindak|padamkan)|tertangani|terselesaikan|terlayani|pengentasan|penanganan|penanggulangan|penyelesaian|pencegahan|penurunan|menurunnya|tindak lanjut|penegakan|penindakan|program)\b/;

/** The words of an indicator that say lower is better ("tingkat pengangguran"), "" when none do. */
export function negativeWords(indikator: string): string {
  const t = normalise(indikator);
  if (HANDLED.test(t)) return "";
  return NEGATIVE.exec(t)?.[0] ?? "";
}

export function soundsNegative(indikator: string): boolean {
  return negativeWords(indikator) !== "";
}

/**
 * Whether the only words that say lower is better are weak ones, words a rising indicator also uses
 * ("kasus" in "Cakupan penemuan kasus TBC", "prevalensi"); stunting, kematian, pengangguran,
 * kemiskinan, sengketa… are strong.
 */
export function weaklyNegative(indikator: string): boolean {
  const words = soundsNegative(indikator) ? normalise(indikator).match(new RegExp(NEGATIVE, "g")) : null;
  return !!words?.every((w) => w === "kasus" || w === "prevalensi");
}

/** How the polaritas was read, and why it may be negative though computed positif. */
export interface PolaritasReading {
  polaritas: Polaritas;
  /** "tertulis": the plan's Polaritas cell; "tebakan": blank or no column, computed positif. */
  source: "tertulis" | "tebakan";
  /** Signs that lower is better, one Indonesian phrase each ('kata "pengangguran"'). */
  negativeSigns: string[];
}

/** Numbers that fall: at least two, each not above the one before, the last below the first. */
function falling(values: readonly CellValue[]): number[] | null {
  const nums = values.map(toNumber).filter((v): v is number => v !== null && v !== 0);
  if (nums.length < 2) return null;
  const down = nums.every((v, i) => i === 0 || v <= nums[i - 1]) && nums[nums.length - 1] < nums[0];
  return down ? nums : null;
}

const list = (nums: number[]) => nums.map(formatNumber).join("; ");

/** Close enough to a printed capaian: rounded or cut to whole numbers or two decimals. */
function printedAs(printed: number, computed: number): boolean {
  return (
    Math.abs(printed - computed) < 0.006 ||
    Math.abs(printed - Math.round(computed)) < 1e-9 ||
    Math.abs(printed - Math.trunc(computed)) < 1e-9 ||
    Math.abs(printed - Math.trunc(computed * 100) / 100) < 1e-9
  );
}

/**
 * The polaritas to compute with and the signs that lower is better. Signs are gathered for every
 * row (a written "positif" may be a slip too); `source` says whether a person wrote it.
 */
export function readPolaritas(
  row: Pick<
    PlanRow,
    | "polaritas"
    | "indikator"
    | "satuan"
    | "sifat"
    | "targetTw"
    | "targetTahunan"
    | "realisasiTahunan"
    | "capaian"
  > &
    Partial<Pick<PlanRow, "tahunLain">>,
): PolaritasReading {
  const written = !isBlank(row.polaritas);
  const signs: string[] = [];
  const words = negativeWords(row.indikator);
  if (words) signs.push(`kata "${words}"`);
  // A ceiling ("maks. 9", "≤ 25"): the PK aims below it.
  const ceiling = [row.targetTahunan, ...row.targetTw].find((t) => boundSide(t) === "maks");
  if (ceiling !== undefined) signs.push(`target berupa batas atas "${ceiling}"`);
  // Quarterly targets of a level (akhir, tetap) that fall aim down; those of a flow (kumulatif) are only spread.
  const tw = readSifat(row).sifat === "kumulatif" ? null : falling(row.targetTw);
  if (tw) signs.push(`target TW turun (${list(tw)})`);
  const years = [...(row.tahunLain ?? []).map((y) => y.target), row.targetTahunan];
  // Two years are a weak sign (a head count falling by retirements): three or more (trial 8 #9).
  const yearly = years.length > 2 ? falling(years) : null;
  if (yearly) signs.push(`target tahunan turun dari tahun ke tahun (${list(yearly)})`);
  const t = toNumber(row.targetTahunan);
  const r = toNumber(row.realisasiTahunan);
  const printed = toNumber(row.capaian);
  if (t && r !== null && printed !== null && t !== r) {
    const positive = (r / t) * 100;
    const negative = ((2 * t - r) / t) * 100;
    if (printedAs(printed, negative) && !printedAs(printed, positive))
      signs.push(`capaian tertulis ${formatNumber(printed)} memakai rumus negatif`);
  }
  return written
    ? { polaritas: parsePolaritas(row.polaritas) ?? "positif", source: "tertulis", negativeSigns: signs }
    : { polaritas: "positif", source: "tebakan", negativeSigns: signs };
}
