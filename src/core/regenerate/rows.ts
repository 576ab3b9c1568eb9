/**
 * Sheet rows moved before a regenerated tab is written, so that what belongs to a row and cannot be
 * read in one call (its height: Apps Script has only `getRowHeight`, one row per call) goes where
 * the row goes. The most rows that keep their order (a longest increasing run of where they go) stay
 * as sheet rows; blank rows are inserted where the new layout needs more between two of them, and
 * rows deleted where it needs fewer (those hold nothing that is not written again). Every other row
 * is written at its new place as before, its height left behind: `moved` names them.
 */

/** A step on the sheet, top to bottom, 1-based: `count` > 0 inserts after `row`, < 0 deletes from `row`. */
export interface RowStep {
  row: number;
  count: number;
}

/**
 * The steps for `moves` (existing row → new row, 0-based), or null past `limit` steps (each is a few
 * Sheets calls); `moved`: the existing rows (0-based) that do not move with the steps.
 */
export function rowSteps(
  moves: readonly (readonly [number, number])[],
  limit: number,
): { steps: RowStep[]; moved: Set<number> } | null {
  const pairs = [...moves].sort((a, b) => a[0] - b[0]);
  // Longest strictly increasing run of targets (patience sorting, with links back).
  const tails: number[] = [];
  const back: number[] = [];
  pairs.forEach(([, to], i) => {
    let [lo, hi] = [0, tails.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]][1] < to) lo = mid + 1;
      else hi = mid;
    }
    back[i] = lo ? tails[lo - 1] : -1;
    tails[lo] = i;
  });
  const kept: number[] = [];
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = back[i]) kept.unshift(i);
  const steps: RowStep[] = [];
  let [from, to, offset] = [-1, -1, 0];
  for (const i of kept) {
    const [a, b] = pairs[i];
    const diff = b - to - (a - from);
    if (diff > 0) steps.push({ row: a + offset, count: diff });
    if (diff < 0) steps.push({ row: a + offset + diff + 1, count: diff });
    offset += diff;
    [from, to] = [a, b];
  }
  if (steps.length > limit) return null;
  const stay = new Set(kept.map((i) => pairs[i][0]));
  return { steps, moved: new Set(pairs.filter(([a]) => !stay.has(a)).map(([a]) => a)) };
}
