import { boundValue } from "./capaian";
import type { CellValue } from "./cells";
import { nearlyEqual, toNumber as numberOf, parseNumber } from "./numbers";
import type { Sifat } from "./plan";
import { lowerWords } from "./text";

const WORDS: Record<string, Sifat> = {
  kumulatif: "kumulatif",
  akumulatif: "kumulatif",
  jumlah: "kumulatif",
  akhir: "akhir",
  "akhir tahun": "akhir",
  "posisi akhir": "akhir",
  progres: "akhir",
  progress: "akhir",
  tetap: "tetap",
  konstan: "tetap",
  sama: "tetap",
};

export function parseSifat(input: CellValue): Sifat | null {
  return WORDS[lowerWords(input)] ?? null;
}

/** A target's number; a bound's ("≥ 80%", "maks. 9": trial 7 #26) is the evidence of its sifat too. */
const toNumber = (v: CellValue): number | null => numberOf(v) ?? boundValue(v);

/** Decimal places a value was typed with (at most 4; more is a computed value, compared exactly). */
function decimals(v: number): number {
  const m = /\.(\d+)$/.exec(String(v));
  const d = m ? m[1].length : 0;
  return d > 4 ? 0 : d;
}

/** Half a unit of the last decimal place typed: 33,33 → 0,005; a whole number → 0 (exact). */
const halfUnit = (v: number) => {
  const d = decimals(v);
  return d === 0 ? 0 : 0.5 * 10 ** -d;
};

/**
 * Two typed values agree to the precision they were typed with (the tolerance of the sifat
 * evidence): within the coarser rounding of the two (63,57 and 63,6 agree, 63,5 and 63,6 do not), a
 * sum within the rounding of its terms (33,33 + 33,33 + 33,33 = 99,99 against 100: slack 0,015);
 * whole numbers must agree exactly.
 */
export function agrees(a: number, b: number, terms: readonly number[] = [a]): boolean {
  const slack = Math.max(
    terms.reduce((x, t) => x + halfUnit(t), 0),
    halfUnit(b),
  );
  return nearlyEqual(a, b) || Math.abs(a - b) <= slack + 1e-9;
}

/**
 * Every sifat that the quarterly targets fit (DOMAIN.md, "sifat target"): kumulatif when they add
 * up to the annual target, akhir when the last filled one equals it, tetap when all four equal it,
 * each to the precision the values were typed with (`agrees`).
 */
export function fittingSifat(annual: CellValue, tw: readonly CellValue[]): Sifat[] {
  const total = toNumber(annual);
  const values = tw.map(toNumber);
  const filled = values.filter((v): v is number => v !== null);
  if (total === null || filled.length === 0) return [];
  const fits: Sifat[] = [];
  const sum = filled.reduce((a, b) => a + b, 0);
  if (agrees(sum, total, filled)) fits.push("kumulatif");
  if (agrees(filled[filled.length - 1], total)) fits.push("akhir");
  if (filled.length === tw.length && filled.every((v) => agrees(v, total))) fits.push("tetap");
  return fits;
}

/** What the sifat of an indicator is read from: its row in the plan. */
export interface SifatSource {
  sifat: CellValue;
  targetTahunan: CellValue;
  targetTw: readonly CellValue[];
  satuan: string;
  indikator?: string;
  sifatKoreksi?: boolean;
}

/** How the sifat of an indicator was read, and whether a person should look at it. */
export interface SifatReading {
  sifat: Sifat;
  /** "tertulis": the plan's Sifat Target cell (a person's word always wins); "nilai": read from the targets. */
  source: "tertulis" | "nilai";
  /** The values fit more than one sifat, or none: Periksa and the reading panel say so. */
  unsure: boolean;
  /** What the reading went by, one Indonesian phrase ("jumlah target TW I–IV = target tahunan"). */
  why: string;
}

/** Satuan of a rate or a level: a percentage, an index, a score (never summed over the quarters). */
const RATE_SATUAN =
  /%|\b(?:persen|prosen|presentase|persentase|indeks|rasio|nilai|skor|poin|predikat|opini)\b/i;
/** An indicator named as a rate or a level: "Persentase …", "Tingkat pengangguran …", "Indeks …". */
const RATE_INDIKATOR =
  /^\s*(?:\d+[.)]?\s*)?(?:persentase|prosentase|presentase|rasio|indeks|tingkat|rata[- ]?rata|skor|predikat|opini|proporsi|prevalensi|cakupan)\b/i;

/**
 * A percentage or another rate: its satuan, its name, or its targets typed with "%". Such targets
 * are never added up over the quarters: 25 % in TW I and 25 % in TW II is not 50 %.
 */
export function isRate(
  row: Pick<SifatSource, "satuan" | "indikator" | "targetTahunan" | "targetTw">,
): boolean {
  if (RATE_SATUAN.test(row.satuan) || RATE_INDIKATOR.test(row.indikator ?? "")) return true;
  return [row.targetTahunan, ...row.targetTw].some((v) => typeof v === "string" && /\d\s*%/.test(v));
}

/**
 * The sifat of an indicator and what it was read from. A written sifat (the plan's Sifat Target,
 * where a person corrects a guess) is taken as it is. Otherwise the quarterly targets are the
 * evidence, compared to the precision typed (`agrees`): adding up to the annual target → kumulatif,
 * the last one equal to it → akhir, all four equal to it → tetap; one text typed in every TW (a
 * range "6-9", a bound "≤ 25", a word "WTP": trial 8 #2) is tetap too; a percentage or another rate
 * (`isRate`) is never summed. The reading is `unsure` when the values leave a real choice: a rate
 * whose targets add up to the annual one, targets that fit no sifat, or a count without an annual
 * target whose targets are all equal (tetap or kumulatif?) or rise (akhir or kumulatif?).
 */
export function readSifat(row: SifatSource): SifatReading {
  const written = parseSifat(row.sifat);
  if (written)
    return {
      sifat: written,
      source: "tertulis",
      unsure: false,
      why: row.sifatKoreksi ? "koreksi di Pengaturan" : `tertulis "${String(row.sifat).trim()}"`,
    };
  const rate = isRate(row);
  const read = (sifat: Sifat, why: string, unsure = false): SifatReading => ({
    sifat,
    source: "nilai",
    unsure,
    why,
  });
  // One text in every TW (and the annual target, if typed): a range, a bound or a word is a level.
  const [first] = row.targetTw;
  const same = (v: CellValue) => lowerWords(v) === lowerWords(first);
  if (
    parseNumber(first).kind === "invalid" &&
    row.targetTw.every(same) &&
    (same(row.targetTahunan) || parseNumber(row.targetTahunan).kind === "empty")
  )
    return read("tetap", `setiap target TW "${first}"`);
  const values = row.targetTw.map(toNumber).filter((v): v is number => v !== null);
  const kind = rate ? "persentase atau rasio tidak dijumlahkan per triwulan" : "";
  if (!values.length)
    return read(rate ? "akhir" : "kumulatif", `belum ada target triwulan${kind ? `; ${kind}` : ""}`);
  const allEqual = values.length === row.targetTw.length && values.every((v) => agrees(v, values[0]));
  const annual = toNumber(row.targetTahunan);
  if (annual !== null) {
    const fits = fittingSifat(row.targetTahunan, row.targetTw);
    if (fits.includes("tetap")) return read("tetap", "setiap target TW = target tahunan");
    if (rate) {
      if (fits.includes("akhir")) return read("akhir", `target TW terakhir = target tahunan; ${kind}`);
      if (fits.includes("kumulatif"))
        return read("akhir", `jumlah target TW = target tahunan, tetapi ${kind}`, true);
    } else {
      if (fits.includes("kumulatif")) return read("kumulatif", "jumlah target TW = target tahunan");
      if (fits.includes("akhir")) return read("akhir", "target TW terakhir = target tahunan");
    }
    const sifat: Sifat = allEqual ? "tetap" : rate ? "akhir" : "kumulatif";
    return read(
      sifat,
      "target TW tidak cocok dengan target tahunan (bukan jumlahnya, bukan TW terakhir, bukan sama semua)",
      true,
    );
  }
  // No annual target: the targets alone.
  const none = "tanpa target tahunan; ";
  if (rate) return read(allEqual ? "tetap" : "akhir", none + kind);
  const rising =
    !allEqual &&
    values.filter((v) => v !== 0).length > 1 &&
    values.every((v, i) => i === 0 || v >= values[i - 1]);
  if (allEqual) return read("kumulatif", `${none}target TW sama semua (tetap atau kumulatif?)`, true);
  if (rising) return read("kumulatif", `${none}target TW terus naik (akhir atau kumulatif?)`, true);
  return read("kumulatif", `${none}target TW dijumlahkan`);
}

/** The s.d. TW value of literal quarterly values, as the sheet formulas compute it. */
export function aggregateValues(sifat: Sifat, values: CellValue[]): CellValue {
  const nums = values.map(toNumber);
  if (sifat === "kumulatif") {
    const filled = nums.filter((v): v is number => v !== null);
    return filled.length ? filled.reduce((a, b) => a + b, 0) : "";
  }
  if (sifat === "akhir") {
    for (let i = values.length - 1; i >= 0; i--) if (values[i] !== "") return values[i];
    return "";
  }
  return values[values.length - 1] ?? "";
}
