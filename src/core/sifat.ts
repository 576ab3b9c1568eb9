import type { CellValue } from "./cells";
import { nearlyEqual, toNumber } from "./numbers";
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

/**
 * Every sifat that the quarterly targets fit (DOMAIN.md, "sifat target"): kumulatif when they add
 * up to the annual target, akhir when the last filled one equals it, tetap when all equal it.
 */
export function fittingSifat(annual: CellValue, tw: CellValue[]): Sifat[] {
  const total = toNumber(annual);
  const values = tw.map(toNumber);
  const filled = values.filter((v): v is number => v !== null);
  if (total === null || filled.length === 0) return [];
  const fits: Sifat[] = [];
  if (
    nearlyEqual(
      filled.reduce((a, b) => a + b, 0),
      total,
    )
  )
    fits.push("kumulatif");
  if (nearlyEqual(filled[filled.length - 1], total)) fits.push("akhir");
  if (filled.length === tw.length && filled.every((v) => nearlyEqual(v, total))) fits.push("tetap");
  return fits;
}

/**
 * The sifat to aggregate by: as written when it is written, else the one the targets fit. When
 * "0, 0, 0, 100" fits both kumulatif and akhir, a percentage is read as akhir (progress) and a
 * count as kumulatif; with no fit at all the same rule decides.
 */
export function resolveSifat(written: CellValue, annual: CellValue, tw: CellValue[], satuan: string): Sifat {
  const explicit = parseSifat(written);
  if (explicit) return explicit;
  const fits = fittingSifat(annual, tw);
  const percent = /%|persen/i.test(satuan);
  if (fits.length === 1) return fits[0];
  if (fits.includes("tetap")) return "tetap";
  return percent ? "akhir" : "kumulatif";
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
