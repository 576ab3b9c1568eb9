import type { CellValue } from "./cells";

/** Nothing a person typed: no value, "" or only spaces. */
export function isBlank(v: CellValue | undefined): boolean {
  return v === undefined || v === "" || (typeof v === "string" && v.trim() === "");
}

/** A table of words people type, as a Map: "__proto__" or "constructor" in a cell is no key of it. */
export function wordTable<T>(table: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(table));
}

/** Lower case with single spaces, for words typed in a cell ("Akhir  Tahun " → "akhir tahun"). */
export function lowerWords(v: unknown): string {
  return String(v).toLowerCase().replace(/\s+/g, " ").trim();
}

/** Lower case, punctuation and line breaks to single spaces ("Jumlah  Dokumen-RKA." → "jumlah dokumen rka"); "%" is kept. */
export function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim();
}

/** FNV-1a, 32 bits, of a text's UTF-16 code units: a short non-cryptographic hash. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
