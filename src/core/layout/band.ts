/** Which rows are the header band, and where the data starts. */
import type { CellValue, RangeRef } from "../cells";
import type { PlanField } from "../plan";
import { readHeader } from "./assign";
import { isBandCandidate, isBandRow, isColumnNumberRow, isEmptyRow, isHeaderStart } from "./rowkinds";
import { HEADER_SCAN_ROWS, type Header, hasIndikator, type LayoutCorrection, MAX_BAND_ROWS } from "./types";

/** How many columns a band gives a meaning (an Indikator column weighs most; the Renstra's years count). */
function bandScore(h: Header): number {
  const found = new Set(h.fields.filter((f): f is PlanField => f !== null));
  const bare = h.blocks.some((b) => b.bareRealisasi !== null) ? 1 : 0;
  const renstra = h.renstra?.tahunan.length ?? 0;
  return found.size + bare + renstra + (h.blocks.some(hasIndikator) ? 100 : 0);
}

/**
 * The header band: around each row that names at least two fields, every band of 1–4 rows of header
 * text (group rows with any words above it, sub-header and unit rows under it) is scored by the
 * columns it gives a meaning; the best one wins, the taller on a tie (a unit row or a group row of
 * unknown words changes nothing but belongs to the band). The first band with an Indikator column is
 * the table; the first band, marked `headerOnly`, when bands exist but none has one.
 */
export function findBand(
  values: CellValue[][],
  width: number,
  merges: readonly RangeRef[],
  fix?: LayoutCorrection,
): { top: number; bottom: number; headerOnly?: true } | null {
  let first: { top: number; bottom: number } | null = null;
  const limit = Math.min(values.length, HEADER_SCAN_ROWS);
  const candidate = new Map<number, boolean>();
  const ok = (r: number) => {
    let v = candidate.get(r);
    if (v === undefined) {
      v = r >= 0 && r < values.length && isBandCandidate(values[r]);
      candidate.set(r, v);
    }
    return v;
  };
  // A blank row inside a band: a group's empty second row ("Target TW" merged over two rows above its
  // I … IV; Sheets returns "" there) holds no data. The band may go on through it to the sub-headers
  // under it (TW words and header words, not a header of its own: a blank row under a title stops
  // the band), or to where merged ranges reach through it, but only when those rows give more columns
  // a meaning.
  const innerBlank = (r: number) =>
    r + 1 < values.length &&
    isEmptyRow(values[r]) &&
    !isHeaderStart(values[r + 1]) &&
    (isBandRow(values[r + 1], false) || merges.some((m) => m.row - 1 <= r && r <= m.row + m.rows - 2));
  for (let s = 0; s < limit; s++) {
    if (!isHeaderStart(values[s])) continue;
    let best: { top: number; bottom: number; score: number; h: Header } | null = null;
    for (let top = s; top >= Math.max(0, s - MAX_BAND_ROWS + 1); top--) {
      if (top < s && !ok(top)) break;
      let gap = -1;
      for (let bottom = s; bottom - top < MAX_BAND_ROWS && bottom < values.length; bottom++) {
        if (bottom > s && !ok(bottom)) {
          if (gap >= 0 || !innerBlank(bottom)) break;
          gap = bottom;
          continue;
        }
        const h = readHeader(values, top, bottom, width, merges);
        const score = bandScore(h);
        // Across a blank row a band must give more columns a meaning; beyond it, taller wins again.
        const taller = best && bottom - top > best.bottom - best.top && (gap < 0 || best.bottom > gap);
        if (!best || score > best.score || (score === best.score && taller)) best = { top, bottom, score, h };
      }
    }
    // A person's correction may give the band its Indikator column.
    if (best && fix) best.h = readHeader(values, best.top, best.bottom, width, merges, { fix });
    if (best?.h.blocks.some(hasIndikator)) return best;
    if (best) {
      first ??= best;
      s = Math.max(s, best.bottom);
    }
  }
  return first && { top: first.top, bottom: first.bottom, headerOnly: true };
}

export function correctedBand(
  header: { top: number; bottom: number },
  rows: number,
): { top: number; bottom: number } {
  const top = Math.max(0, Math.min(header.top, rows - 1));
  return { top, bottom: Math.max(top, Math.min(header.bottom, rows - 1)) };
}

/** The first data row: after the band, skipping blank rows only when a row of column numbers follows them. */
export function dataStartOf(values: CellValue[][], band: { top: number; bottom: number }): number {
  let dataStart = band.bottom + 1;
  while (dataStart < values.length && isEmptyRow(values[dataStart])) dataStart++;
  if (dataStart < values.length && isColumnNumberRow(values[dataStart])) return dataStart + 1;
  return band.bottom + 1;
}
