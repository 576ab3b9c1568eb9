import type { CellValue } from "./cells";
import { readCapaian } from "./kriteria";
import { parseNumber, plainNumber } from "./numbers";
import { blank, type Computed, named, problem, value } from "./result";
import { wordTable } from "./text";

export type MetodeEfisiensi = "lkjip" | "selisih" | "rasio" | "kategori";

const METODE = wordTable<MetodeEfisiensi>({
  "": "lkjip",
  lkjip: "lkjip",
  selisih: "selisih",
  rasio: "rasio",
  kategori: "kategori",
  label: "kategori",
});

export const METODE_HINT = "lkjip, selisih, rasio, atau kategori";

// One metode for the whole column, mostly: the last answer is kept.
let lastMetode: { input: CellValue; result: MetodeEfisiensi | null } = { input: "", result: "lkjip" };

export function parseMetode(input: CellValue): MetodeEfisiensi | null {
  if (input !== lastMetode.input) {
    const key = typeof input === "string" && input.length > 20 ? "?" : String(input).toLowerCase().trim();
    lastMetode = { input, result: METODE.get(key) ?? null };
  }
  return lastMetode.result;
}

/** serapan = realisasi anggaran / pagu × 100 (percent points). */
export function serapan(pagu: CellValue, realisasiAnggaran: CellValue): Computed {
  const pp = plainNumber(pagu);
  const pr = plainNumber(realisasiAnggaran);
  if (pp !== undefined && pr !== undefined && pp !== 0) return value((pr / pp) * 100);
  const p = parseNumber(pagu);
  const r = parseNumber(realisasiAnggaran);
  if (r.kind === "empty") return blank;
  if (r.kind === "invalid") return problem(`${named("Realisasi anggaran", realisasiAnggaran)} bukan angka.`);
  if (p.kind === "invalid") return problem(`${named("Pagu", pagu)} bukan angka.`);
  if (p.kind === "empty" || p.value === 0)
    return problem("Pagu kosong atau 0: serapan tidak dapat dihitung.");
  return value((r.value / p.value) * 100);
}

/**
 * The bulk of an EFISIENSI column without allocating: plain numbers and a numeric metode, or a
 * blank capaian or realisasi anggaran (blank in every metode). undefined when the row needs
 * efisiensi() (text, kategori, a problem to report).
 */
export function efisiensiPlain(
  capaian: CellValue,
  pagu: CellValue,
  realisasiAnggaran: CellValue,
  metode: MetodeEfisiensi,
): number | "" | undefined {
  if (capaian === "") return "";
  const c = plainNumber(capaian);
  if (c !== undefined && realisasiAnggaran === "") return "";
  const p = plainNumber(pagu);
  const r = plainNumber(realisasiAnggaran);
  if (c === undefined || p === undefined || r === undefined || p === 0 || metode === "kategori")
    return undefined;
  const s = (r / p) * 100;
  if (!Number.isFinite(s)) return undefined;
  const v =
    metode === "lkjip" ? (c < 100 ? undefined : Math.min(c, 100) - s) : metode === "selisih" ? c - s : c / s;
  // -0 reads as 0; NaN and Infinity go the long way, which says what is wrong.
  return v !== undefined && Number.isFinite(v) ? v + 0 : undefined;
}

/**
 * Efisiensi penggunaan sumber daya (DOMAIN.md, "EFISIENSI"):
 * - lkjip (default): only when capaian ≥ 100, min(capaian, 100) − serapan; blank below 100.
 * - selisih: capaian − serapan; kategori: its label (> 5 efisien, −5…5 cukup efisien, < −5 tidak efisien).
 * - rasio: capaian / serapan.
 */
export function efisiensi(
  capaian: CellValue,
  pagu: CellValue,
  realisasiAnggaran: CellValue,
  metode: MetodeEfisiensi = "lkjip",
): Computed<number | string> {
  const c = readCapaian(capaian);
  if (typeof c !== "number") return c;
  if (metode === "lkjip" && c < 100) return blank;
  const s = serapan(pagu, realisasiAnggaran);
  if (s.kind !== "value") return s;
  switch (metode) {
    case "lkjip":
      return value(Math.min(c, 100) - s.value);
    case "selisih":
      return value(c - s.value);
    case "kategori": {
      const d = c - s.value;
      return value(d > 5 ? "Efisien" : d >= -5 ? "Cukup efisien" : "Tidak efisien");
    }
    case "rasio":
      if (s.value === 0) return problem("Serapan 0: rasio efisiensi tidak dapat dihitung.");
      return value(c / s.value);
  }
}
