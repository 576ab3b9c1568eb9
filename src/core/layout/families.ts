/**
 * The header band as a grid of header texts: merged, repeated and first-cell-only group headers spread
 * over the columns under them, unit rows recognised, and each column's header path (top first).
 */
import type { CellValue, RangeRef } from "../cells";
import type { Tw } from "../plan";
import { ABBREVIATIONS, normaliseHeader, splitTw, UNIT_RE } from "./vocabulary";

/**
 * The band as normalised header texts, every cell of a spanned header holding that header: a merged
 * range (as Sheets reports it) fills its cells with its top-left text; in a row without merges a blank
 * cell with sub-headers under it belongs to the nearest header to its left that has sub-headers too
 * (text left only in the first cell, as pasted from Word); text repeated along a row needs nothing.
 */
export function fillBand(
  values: CellValue[][],
  top: number,
  bottom: number,
  width: number,
  merges: readonly RangeRef[],
): string[][] {
  const grid: string[][] = [];
  for (let r = top; r <= bottom; r++)
    grid.push(Array.from({ length: width }, (_, c) => normaliseHeader(values[r]?.[c] ?? "")));
  const merged = grid.map(() => false);
  for (const m of merges) {
    const r0 = m.row - 1;
    const c0 = m.col - 1;
    if (r0 + m.rows - 1 < top || r0 > bottom) continue;
    const master = normaliseHeader(values[r0]?.[c0] ?? "");
    for (let r = Math.max(r0, top); r <= Math.min(r0 + m.rows - 1, bottom); r++) {
      merged[r - top] = true;
      for (let c = c0; c < Math.min(c0 + m.cols, width); c++) grid[r - top][c] = master;
    }
  }
  const typed = grid.map((row) => [...row]);
  const hasSub = (k: number, c: number) => typed.slice(k + 1).some((row) => row[c] !== "");
  for (let k = 0; k < grid.length - 1; k++) {
    if (merged[k]) continue;
    for (let c = 1; c < width; c++) {
      if (typed[k][c] !== "" || !hasSub(k, c)) continue;
      let c0 = c - 1;
      while (c0 >= 0 && typed[k][c0] === "") c0--;
      // Only under the same header above: "IV" over K | Rp does not reach the next header's column.
      const sameParent = grid.slice(0, k).every((row) => row[c] === row[c0]);
      if (c0 >= 0 && hasSub(k, c0) && sameParent) grid[k][c] = typed[k][c0];
    }
  }
  return grid;
}

/** A row of units ("Rp. | I | II | III | IV", "K | Rp | K | Rp"), unit cells beside TW numbers at most. */
export function isUnitRow(row: string[]): boolean {
  let units = 0;
  for (const t of row) {
    if (!t) continue;
    if (UNIT_RE.test(t)) units++;
    else if (!splitTw(t, true).tw || splitTw(t, true).rest) return false;
  }
  return units > 0;
}

/**
 * A column's header path, top first: spanned texts once, units of a unit row dropped ("Rp" turns
 * the header above it to its budget side: "K | Rp" of the Permendagri 86/2017 forms).
 */
export function columnPath(grid: string[][], unitRows: boolean[], c: number): string[] {
  const path: string[] = [];
  let money = false;
  grid.forEach((row, k) => {
    const t = row[c];
    if (unitRows[k] && UNIT_RE.test(t)) money ||= /\brp\b|rupiah/.test(t);
    else if (t && t !== path[path.length - 1]) path.push(t);
  });
  if (money && path.length > 0) path.splice(path.length - 1, 0, "keuangan");
  return path;
}

export const samePath = (a: string[], b: string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

/** A column's TW and the rest of its header path without TW words ("realisasi keuangan / tw ii" → 2). */
export function twKey(path: readonly string[]): { tw: Tw | null; key: string } {
  let tw: Tw | null = null;
  const rest: string[] = [];
  for (let i = path.length - 1; i >= 0; i--) {
    // Bare "1 … 4" count only under a group ("Triwulan" over 1 2 3 4), never alone.
    const s = splitTw(path[i], path.length > 1);
    if (s.tw && tw === null) tw = s.tw;
    if (s.rest) rest.unshift(s.rest);
  }
  return { tw, key: rest.join(" / ") };
}

/**
 * A family key without the budget side a unit row adds ("keuangan / realisasi" → "realisasi"), its
 * short forms spelled out: "Realisasi Angg. TW I–II" and "Realisasi Anggaran TW III–IV" (the add-on's
 * own headers written beside them, trial 8 #23) are one family.
 */
const plainKey = (k: string) =>
  k
    .split(" / ")
    .filter((p) => p !== "keuangan")
    .join(" / ")
    .replace(/[a-z]+/g, (w) => ABBREVIATIONS[w] ?? w);

/** Columns that are one quantity per TW: TW I … IV under one group header (or one leaf text). */
export interface Family {
  /** The header path without its TW words: what the four columns share. */
  key: string;
  /** 0-based column of each TW present, TW I first. */
  members: Partial<Record<Tw, number>>;
}

/**
 * The TW families of a band: columns whose header paths differ only in their TW word ("TR I … TR
 * IV", "Realisasi TW I … IV", "I … IV" under one merged, repeated or first-cell group). A family holds
 * each TW once; the same key again with a TW already present starts the next family (two groups
 * with the same words). Columns may interleave (the E.81 form's "K | Rp" under each TW).
 */
export function familiesOf(paths: readonly (readonly string[] | null)[]): Family[] {
  const open = new Map<string, Family>();
  const out: Family[] = [];
  let last: { fam: Family; col: number; tw: Tw } | null = null;
  paths.forEach((path, c) => {
    if (!path || path.length === 0) return;
    const { tw, key } = twKey(path);
    if (tw === null) return;
    // A bare TW just right of a family's lower TW, with no group of its own (group text left in the
    // first cell only), continues that family.
    if (
      plainKey(key) === "" &&
      last &&
      last.col === c - 1 &&
      tw > last.tw &&
      last.fam.members[tw] === undefined
    ) {
      last.fam.members[tw] = c;
      last = { fam: last.fam, col: c, tw };
      return;
    }
    let fam = open.get(key);
    if (!fam || fam.members[tw] !== undefined) {
      fam = { key, members: {} };
      open.set(key, fam);
      out.push(fam);
    }
    fam.members[tw] = c;
    last = { fam, col: c, tw };
  });
  // A unit row under some of a family's columns ("Rp" under two of four) splits nothing: families
  // that differ only by the budget side and hold different TWs are one.
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      const a = out[i];
      const b = out[j];
      if (a.key === b.key || plainKey(a.key) !== plainKey(b.key)) continue;
      if (Object.keys(b.members).some((t) => a.members[Number(t) as Tw] !== undefined)) continue;
      Object.assign(a.members, b.members);
      out.splice(j--, 1);
    }
  }
  return out.filter((f) => Object.keys(f.members).length >= 2);
}
