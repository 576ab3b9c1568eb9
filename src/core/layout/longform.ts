/** Per-TW rows ("Triwulan I … IV" down a column) and a lone "Realisasi" column. */
import type { CellValue } from "../cells";
import { type PlanField, type PlanRow, TWS, type Tw } from "../plan";
import type { TwFamily } from "./evidence";
import type { Block, Header, LongForm } from "./types";
import { normaliseHeader, TW_NUMBER, TW_RE, twLabel } from "./vocabulary";

/** The triwulan a title block names ("TRIWULAN I TAHUN 2024"), for a lone "Realisasi" column. */
export function titleTw(values: CellValue[][], top: number): Tw | null {
  for (let r = 0; r < top; r++) {
    for (const v of values[r]) {
      const m = TW_RE.exec(normaliseHeader(v));
      if (m) return TW_NUMBER[m[1]];
    }
  }
  return null;
}

/**
 * Per-TW rows: "Triwulan I … IV" down a column, each TW's figures on its label's row. Either the labels
 * sit under Target with the value in the merged cell's second column (sheets copied from the LAKIP
 * evaluation), or in a column of their own ("Triwulan | Target | Realisasi | RAK | Realisasi
 * Anggaran"): then each column whose words name a TW figure without a TW holds that figure per TW,
 * and a Target right of the labels is the TW's target (left of them, merged over the TW rows, the
 * year's).
 */
export function setupLongForm(
  b: Block,
  h: Header,
  values: CellValue[][],
  dataStart: number,
  twOfTitle: Tw | null,
): void {
  const used = Object.values(b.cols).filter((c): c is number => c !== undefined);
  const labelled = (c: number) => {
    let hits = 0;
    for (let r = dataStart; r < values.length && hits < 2; r++) if (twLabel(values[r][c])) hits++;
    return hits >= 2;
  };
  const labelCol = used.find(labelled) ?? h.fields.findIndex((f, c) => f === null && labelled(c));
  if (labelCol < 0) {
    if (b.bareRealisasi === null) return;
    // A lone "Realisasi" in a sheet titled "… TRIWULAN I …" is that triwulan's realisasi; in a table
    // without TW columns it is the realisasi of the year (PK measurement, LKjIP Bab III).
    if (twOfTitle) b.cols[`realisasiTw${twOfTitle}`] ??= b.bareRealisasi;
    else if (
      !TWS.some((i) => b.cols[`targetTw${i}`] !== undefined || b.cols[`realisasiTw${i}`] !== undefined)
    )
      b.cols.realisasiTahunan ??= b.bareRealisasi;
    return;
  }
  const cols: LongForm["cols"] = {};
  if (used.includes(labelCol)) {
    const next = labelCol + 1;
    if (h.spanOf[next] === labelCol) cols.targetTw = next;
    const real = b.bareRealisasi ?? b.cols.realisasiTw1;
    if (real !== undefined) cols.realisasiTw = real;
    // The rows read no annual target in this layout (the "Target" column holds the labels).
    delete b.cols.targetTahunan;
  } else {
    const taken = new Set([...used, ...Object.values(h.shared)]);
    h.bare.forEach((fam, c) => {
      if (fam && (!taken.has(c) || c === b.bareRealisasi)) cols[fam] ??= c;
    });
    const annual = b.cols.targetTahunan;
    if (cols.targetTw === undefined && annual !== undefined && annual > labelCol) {
      cols.targetTw = annual;
      delete b.cols.targetTahunan;
    }
  }
  b.long = { labelCol, cols };
  for (const [fam, c] of Object.entries(cols)) for (const i of TWS) b.cols[`${fam}${i}` as PlanField] = c;
}

/** Fills the TW figures of `pr` from a row labelled "TW II" (row `r` of the tab). */
export function applyLong(pr: PlanRow, long: LongForm, row: CellValue[], r: number): void {
  const k = twLabel(row[long.labelCol]);
  if (!k) return;
  for (const [fam, c] of Object.entries(long.cols) as [TwFamily, number][]) pr[fam][k - 1] = row[c] ?? "";
  if (pr.twRows) pr.twRows[k - 1] = r;
}
