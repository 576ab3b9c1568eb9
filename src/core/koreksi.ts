/**
 * A person's correction of how a tab is read, kept in a visible table in Pengaturan (columns G:I, so
 * it travels with an .xlsx export and anyone can see and undo it):
 *
 *   Koreksi pembacaan: tab | Kolom / baris | Dibaca sebagai
 *   Bidang A               | F             | Target TW I
 *   Bidang A               | K             | tidak dipakai
 *   Bidang A               | baris judul   | 6-8
 *   Bidang A               | baris 12      | sifat akhir
 *
 * Every action reads the workbook through `readWorkbook`, which passes these to `detectPlan`.
 */
import { columnLetter, columnNumber } from "./a1";
import type { CellValue, WriteCell } from "./cells";
import { fieldHeader } from "./columns";
import type { LayoutCorrection } from "./layout";
import { RENSTRA_LABEL, type RenstraMeaning } from "./layout/types";
import {
  AUTO,
  CORRECTABLE_FIELDS,
  KODE_PART,
  MEANINGS,
  type Meaning,
  MONTH_PART,
  type PlanField,
  RENSTRA_FIELDS,
  type RenstraField,
  type Sifat,
} from "./plan";

export { AUTO, CORRECTABLE_FIELDS, KODE_PART, MEANINGS, MONTH_PART, RENSTRA_FIELDS, type RenstraField };

import { parseSifat } from "./sifat";
import { normalise } from "./text";

/** 1-based column of the table's first column (G) in Pengaturan. */
export const KOREKSI_COL = 7;
export const KOREKSI_HEADER = ["Koreksi pembacaan: tab", "Kolom / baris", "Dibaca sebagai"] as const;
export const NOT_USED = "tidak dipakai";
export const HEADER_ROWS = "baris judul";

const BY_NAME = new Map<string, PlanField>(CORRECTABLE_FIELDS.map((f) => [normalise(fieldHeader(f)), f]));

const RENSTRA_BY_NAME = new Map(
  Object.entries(RENSTRA_LABEL).map(([m, label]) => [normalise(label), m as RenstraMeaning]),
);
/** The Indonesian name of a correction's meaning. */
export const meaningLabel = (f: PlanField | Meaning): string =>
  // A kode part or a month is named as it is ("Kode (bagian)"), as a header-less field is.
  f.startsWith("renstra:") ? RENSTRA_LABEL[f.slice(8) as RenstraMeaning] : fieldHeader(f as PlanField);

function columnIndex(letters: string): number | null {
  if (!/^[A-Z]{1,3}$/.test(letters)) return null;
  return columnNumber(letters) - 1;
}

const str = (v: CellValue | undefined) => (v === undefined ? "" : String(v).trim());

/** Reads the correction table of Pengaturan (values as read): tab → correction. */
export function readCorrections(values: CellValue[][] | null): Map<string, LayoutCorrection> {
  const out = new Map<string, LayoutCorrection>();
  for (const row of values ?? []) {
    const tab = str(row[KOREKSI_COL - 1]);
    const what = str(row[KOREKSI_COL]);
    const meaning = str(row[KOREKSI_COL + 1]);
    if (!tab || !what || tab === KOREKSI_HEADER[0]) continue;
    const fix = out.get(tab) ?? { columns: [] };
    if (normalise(what) === HEADER_ROWS) {
      const m = /^(\d+)\s*(?:[-–—]|s\.?d\.?|sampai)?\s*(\d+)?$/.exec(meaning);
      if (!m) continue;
      const a = Number(m[1]);
      const b = m[2] ? Number(m[2]) : a;
      fix.header = { top: Math.min(a, b) - 1, bottom: Math.max(a, b) - 1 };
    } else if (SIFAT_ROW.test(what)) {
      // One indicator's sifat target: "baris 12: <indikator> | sifat akhir" (the text lets it follow
      // its indicator when rows are inserted; "baris 12" alone is kept to the row).
      const [, n, text] = SIFAT_ROW.exec(what) ?? [];
      const row = Number(n) - 1;
      const sifat = parseSifat(meaning.replace(/^sifat( target)?\s*:?/i, ""));
      if (!sifat) continue;
      const s = text ? { row, sifat, indikator: text.trim() } : { row, sifat };
      fix.sifat = [...(fix.sifat ?? []).filter((x) => x.row !== row), s];
    } else {
      const col = columnIndex(what.toUpperCase());
      const n = normalise(meaning);
      const renstra = RENSTRA_BY_NAME.get(n);
      // "Kode (bagian)", also as Cara dibaca shows it ("Kode (bagian 2 dari 5)"): no field of its own.
      const part = n.startsWith("kode bagian");
      const month = n === "rak per bulan";
      const field = n === NOT_USED || n === "" || part || month ? null : BY_NAME.get(n);
      if (col === null || (field === undefined && !renstra)) continue;
      fix.columns = fix.columns.filter((c) => c.col !== col);
      if (fix.renstra) fix.renstra = fix.renstra.filter((c) => c.col !== col);
      for (const k of PARTS) fix[k] = fix[k]?.filter((c) => c !== col);
      if (renstra) fix.renstra = [...(fix.renstra ?? []), { col, meaning: renstra }];
      else fix.columns.push({ col, field: field ?? null });
      const list = part ? "kodeParts" : month ? "months" : null;
      if (list) fix[list] = [...(fix[list] ?? []), col];
    }
    out.set(tab, fix);
  }
  return out;
}

/** Meanings several columns share: the parts of one kode, the months of a cash plan. */
const PARTS = ["kodeParts", "months"] as const;

/** "baris 12" or "baris 12: <indikator>" in the Kolom / baris cell. */
const SIFAT_ROW = /^baris\s+(\d+)\s*(?::\s*(.*\S))?\s*$/i;

export type CorrectionEntry =
  | { tab: string; col: number; field: PlanField | Meaning | null }
  | { tab: string; header: { top: number; bottom: number } }
  | { tab: string; row: number; sifat: Sifat; indikator?: string };

/** "baris 12": the Kolom / baris cell of an indicator's row (0-based row shown 1-based). */
const rowLabel = (row: number) => `baris ${row + 1}`;

/** The row of the correction table for one entry (0-based columns and rows shown 1-based); undo: blank. */
export function correctionRow(e: CorrectionEntry): WriteCell[] {
  if ("field" in e && e.field === AUTO) return ["", "", ""];
  if ("header" in e) return [e.tab, HEADER_ROWS, `${e.header.top + 1}-${e.header.bottom + 1}`];
  if ("sifat" in e)
    return [e.tab, `${rowLabel(e.row)}${e.indikator ? `: ${e.indikator}` : ""}`, `sifat ${e.sifat}`];
  return [e.tab, columnLetter(e.col + 1), e.field ? meaningLabel(e.field) : NOT_USED];
}

/**
 * Where an entry goes in the table: the row already holding the same tab and column (or header
 * rows), so a second correction replaces the first; else the first free row under the table.
 * Returns a 0-based row index into Pengaturan's values.
 */
export function correctionSlot(values: CellValue[][], e: CorrectionEntry): number {
  const key =
    "header" in e ? HEADER_ROWS : "sifat" in e ? rowLabel(e.row) : columnLetter(e.col + 1).toLowerCase();
  let last = 0;
  for (let r = 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const tab = str(row[KOREKSI_COL - 1]);
    if (!tab) continue;
    last = r;
    const what = str(row[KOREKSI_COL]);
    if (tab !== e.tab) continue;
    if (normalise(what) === key) return r;
    // An indicator's sifat: the same row, or the same indicator (moved by an inserted row).
    const m = "sifat" in e ? SIFAT_ROW.exec(what) : null;
    if (
      m &&
      "sifat" in e &&
      (rowLabel(Number(m[1]) - 1) === key || (!!m[2] && normalise(m[2]) === normalise(e.indikator ?? "")))
    )
      return r;
  }
  return last + 1;
}
