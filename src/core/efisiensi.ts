import type { CellValue } from "./cells";
import { parseNumber } from "./numbers";
import { blank, type Computed, problem, quote, value } from "./result";

export type MetodeEfisiensi = "lkjip" | "selisih" | "rasio" | "kategori";

const METODE: Record<string, MetodeEfisiensi> = {
  "": "lkjip",
  lkjip: "lkjip",
  selisih: "selisih",
  rasio: "rasio",
  kategori: "kategori",
  label: "kategori",
};

export const METODE_HINT = "lkjip, selisih, rasio, atau kategori";

export function parseMetode(input: CellValue): MetodeEfisiensi | null {
  return METODE[String(input).toLowerCase().trim()] ?? null;
}

/** serapan = realisasi anggaran / pagu × 100 (percent points). */
export function serapan(pagu: CellValue, realisasiAnggaran: CellValue): Computed {
  const p = parseNumber(pagu);
  const r = parseNumber(realisasiAnggaran);
  if (r.kind === "empty") return blank;
  if (r.kind === "invalid") return problem(`Realisasi anggaran ${quote(realisasiAnggaran)} bukan angka.`);
  if (p.kind === "invalid") return problem(`Pagu ${quote(pagu)} bukan angka.`);
  if (p.kind === "empty" || p.value === 0)
    return problem("Pagu kosong atau 0: serapan tidak dapat dihitung.");
  return value((r.value / p.value) * 100);
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
  const c = parseNumber(capaian);
  if (c.kind === "empty") return blank;
  if (c.kind === "invalid") return problem("Capaian bukan angka.");
  if (metode === "lkjip" && c.value < 100) return blank;
  const s = serapan(pagu, realisasiAnggaran);
  if (s.kind !== "value") return s;
  switch (metode) {
    case "lkjip":
      return value(Math.min(c.value, 100) - s.value);
    case "selisih":
      return value(c.value - s.value);
    case "kategori": {
      const d = c.value - s.value;
      return value(d > 5 ? "Efisien" : d >= -5 ? "Cukup efisien" : "Tidak efisien");
    }
    case "rasio":
      if (s.value === 0) return problem("Serapan 0: rasio efisiensi tidak dapat dihitung.");
      return value(c.value / s.value);
  }
}
