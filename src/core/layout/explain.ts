/** What the reading tells a person: how each column was read, and the columns an evaluation lacks. */

import type { CellValue } from "../cells";
import { familyHeader, fieldHeader } from "../columns";
import {
  type ColumnExplanation,
  type PlanField,
  type PlanTable,
  ROMAN,
  TW_FIELD,
  TWS,
  twFields,
} from "../plan";
import { readPolaritas } from "../polaritas";
import { readSifat } from "../sifat";
import type { Header } from "./types";

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
    const m = TW_FIELD.exec(f);
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
  // Only later TWs' columns lacking (Realisasi Anggaran TW III–IV at mid-year): the earlier TWs are computed.
  const first = Math.min(...missing.map((f) => Number(TW_FIELD.exec(f)?.[2] ?? 1)));
  if (first > 1)
    return `Kolom ${list} belum ada: evaluasi ${first > 2 ? `TW I–${ROMAN[first - 2]}` : "TW I"} tetap dihitung; tambahkan kolom tersebut sebelum mengevaluasi TW ${ROMAN[first - 1]}.`;
  return `Kolom ${list} belum ada; tambahkan kolom tersebut agar evaluasi triwulan dapat dihitung.`;
}

/** Per column with a header: its fields as read, what else it holds, the word, the values, a correction. */
export function explainColumns(h: Header, columns: Partial<Record<PlanField, number>>): ColumnExplanation[] {
  const byCol = new Map<number, PlanField[]>();
  const add = (f: PlanField, c: number) => {
    const list = byCol.get(c) ?? [];
    if (!list.includes(f)) list.push(f);
    byCol.set(c, list);
  };
  for (const [f, c] of Object.entries(columns)) if (c !== undefined) add(f as PlanField, c);
  // Side by side levels read their own indikator, target…: those columns are read too.
  for (const b of h.blocks) {
    for (const [f, c] of Object.entries(b.cols)) if (c !== undefined) add(f as PlanField, c);
    for (const c of b.alt) add("indikator", c);
  }
  const labels = new Set(h.blocks.map((b) => b.long?.labelCol));
  return h.notes.map((n) => ({
    col: n.col,
    header: n.header,
    fields: byCol.get(n.col) ?? [],
    role: n.role || (labels.has(n.col) && !byCol.has(n.col) ? "Triwulan (baris per TW)" : ""),
    word: n.word,
    evidence: n.evidence,
    corrected: n.corrected,
    unsure: n.unsure,
    doubt: n.doubt,
  }));
}

/** "RENCANA AKSI … TAHUN 2024", "TAHUN ANGGARAN 2024", "T.A. 2024" in a title cell. */
export const TITLE_YEAR = /\b(?:tahun(?:\s+anggaran)?|t\.\s?a\.?|ta\.)\s*:?\s*((?:19|20)\d\d)\b/i;

/** The year a title row above the header names, or null. */
export function titleYear(values: CellValue[][], top: number): number | null {
  for (let r = 0; r < top; r++) {
    for (const v of values[r] ?? []) {
      const m = TITLE_YEAR.exec(typeof v === "string" ? v : "");
      if (m) return Number(m[1]);
    }
  }
  return null;
}

/** The first words of an indicator, for a line of the reading ("Persentase peserta pelatihan…"). */
const short = (s: string) => {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
};

/**
 * What the reading panel and `sakip baca` say of what was read from the values rather than a column:
 * how the sifat target was read (from its column, or from the targets: how many of each) and every
 * indicator whose sifat the values leave unsure; how many polaritas are computed positif by default
 * and every indicator with signs that lower is better. Each with the reading used and how to correct it.
 */
export function guessNotes(table: PlanTable): string[] {
  const rows = table.rows.filter((r) => r.indikator);
  const out: string[] = [...(table.koreksiHilang ?? [])];
  if (!rows.length) return out;
  const hasTw = TWS.some((t) => table.columns[`targetTw${t}`] !== undefined);
  const readings = hasTw ? rows.map((r) => ({ r, s: readSifat(r) })) : [];
  const guessed = readings.filter((x) => x.s.source === "nilai");
  if (guessed.length) {
    const counts = (["kumulatif", "akhir", "tetap"] as const)
      .map((k) => [k, guessed.filter((x) => x.s.sifat === k).length] as const)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k}`)
      .join(", ");
    out.push(
      `Sifat target ${table.columns.sifat === undefined ? "tidak ada kolomnya" : `kosong di ${guessed.length} baris`}, dibaca dari nilai target: ${counts}.`,
    );
  }
  for (const { r, s } of readings)
    if (s.unsure)
      out.push(
        `Baris ${r.row + 1} "${short(r.indikator)}": sifat target dibaca ${s.sifat}, belum pasti (${s.why}); bila salah, pilih sifatnya di Cara dibaca atau tulis “baris ${r.row + 1} | sifat kumulatif/akhir/tetap” di tabel koreksi Pengaturan.`,
      );
    else if (r.sifatKoreksi)
      out.push(
        `Sifat target baris ${r.row + 1} "${short(r.indikator)}": ${s.sifat} (koreksi di Pengaturan).`,
      );
  const polaritas = rows.map((r) => ({ r, p: readPolaritas(r) }));
  const byDefault = polaritas.filter((x) => x.p.source === "tebakan");
  if (byDefault.length)
    out.push(
      `Polaritas ${table.columns.polaritas === undefined ? "tidak ada kolomnya" : `kosong di ${byDefault.length} baris`}: dihitung positif (tebakan).`,
    );
  for (const { r, p } of polaritas)
    if (p.polaritas === "positif" && p.negativeSigns.length)
      out.push(
        `Baris ${r.row + 1} "${short(r.indikator)}": polaritas ${p.source === "tebakan" ? "dihitung positif (tebakan)" : "tertulis positif"}, padahal tampaknya makin rendah makin baik (${p.negativeSigns.join("; ")}); isi Polaritas negatif bila benar.`,
      );
  return out;
}

/** The sentence Periksa, Buat tab Triwulan and Kirim say of a tab with a header and no Indikator column. */
export const unreadSentence = (tab: string) =>
  `Tab '${tab}' tidak terbaca: tidak ikut dievaluasi; pilih kolom Indikator di Cara dibaca.`;

/** What every surface says of a tab read as the office's Renstra table. */
export const renstraTableSentence = (tab: string) =>
  `Tab '${tab}' dibaca sebagai tabel Renstra (target akhir untuk laporan), tidak dievaluasi per triwulan; bila salah, pilih kolom Target di Cara dibaca.`;
