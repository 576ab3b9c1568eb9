/** Per-TW rows ("Triwulan I … IV" down a column) and a lone "Realisasi" column. */
import type { CellValue } from "../cells";
import { type PlanRow, TWS, type Tw } from "../plan";
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

/** Per-TW rows: "Triwulan I … IV" in a column under Target (sheets copied from the LAKIP evaluation). */
export function setupLongForm(
  b: Block,
  h: Header,
  values: CellValue[][],
  dataStart: number,
  twOfTitle: Tw | null,
): void {
  const candidates = Object.values(b.cols).filter((c): c is number => c !== undefined);
  let labelCol: number | null = null;
  for (const c of candidates) {
    let hits = 0;
    for (let r = dataStart; r < values.length && hits < 2; r++) if (twLabel(values[r][c])) hits++;
    if (hits >= 2) {
      labelCol = c;
      break;
    }
  }
  if (labelCol === null) {
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
  const next = labelCol + 1;
  const valueCol = h.spanOf[next] === labelCol ? next : null;
  const realCol = b.bareRealisasi ?? b.cols.realisasiTw1 ?? null;
  b.long = { labelCol, valueCol, realCol };
  for (const i of TWS) {
    if (valueCol !== null) b.cols[`targetTw${i}`] = valueCol;
    if (realCol !== null) b.cols[`realisasiTw${i}`] = realCol;
  }
  // The rows read no annual target in this layout (the "Target" column holds the labels).
  delete b.cols.targetTahunan;
}

export function applyLong(pr: PlanRow, long: LongForm, row: CellValue[]): void {
  const k = twLabel(row[long.labelCol]);
  if (!k) return;
  if (long.valueCol !== null) pr.targetTw[k - 1] = row[long.valueCol] ?? "";
  if (long.realCol !== null) pr.realisasiTw[k - 1] = row[long.realCol] ?? "";
}
