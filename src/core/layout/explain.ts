/** What the reading tells a person: the columns a triwulan evaluation still lacks. */
import { familyHeader, fieldHeader } from "../columns";
import { type PlanField, TWS, twFields } from "../plan";

/** Columns a triwulan evaluation needs. Target Tahunan may be absent when all four TW targets exist. */
export const REQUIRED_FIELDS: readonly PlanField[] = [
  "indikator",
  "satuan",
  "targetTahunan",
  ...twFields("targetTw"),
  ...twFields("realisasiTw"),
  "pagu",
  ...twFields("realisasiAnggaranTw"),
];

export function missingFields(columns: Partial<Record<PlanField, number>>): PlanField[] {
  const has = (f: PlanField) => columns[f] !== undefined;
  const allTw = TWS.every((i) => has(`targetTw${i}`));
  return REQUIRED_FIELDS.filter((f) => !has(f) && !(f === "targetTahunan" && allTw));
}

/** One Indonesian sentence naming the missing columns by their template header. */
export function missingMessage(missing: PlanField[]): string {
  if (missing.length === 0) return "Semua kolom yang diperlukan untuk evaluasi triwulan sudah ada.";
  const names: string[] = [];
  const done = new Set<PlanField>();
  for (const f of missing) {
    if (done.has(f)) continue;
    const m = /^(targetTw|rakTw|realisasiTw|realisasiAnggaranTw)([1-4])$/.exec(f);
    if (m) {
      const family = TWS.map((i) => `${m[1]}${i}` as PlanField);
      if (family.every((x) => missing.includes(x))) {
        for (const x of family) done.add(x);
        names.push(`${familyHeader(family[0])} TW I–IV`);
        continue;
      }
    }
    done.add(f);
    names.push(fieldHeader(f));
  }
  const list =
    names.length === 1
      ? names[0]
      : `${names.slice(0, -1).join(", ")}${names.length > 2 ? "," : ""} dan ${names[names.length - 1]}`;
  return `Kolom ${list} belum ada; tambahkan kolom tersebut agar evaluasi triwulan dapat dihitung.`;
}
