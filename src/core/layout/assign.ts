/** Gives each column of the band its field and groups the columns into level blocks; corrections win. */
import type { CellValue, RangeRef } from "../cells";
import { type Level, NAME_FIELDS, type NameField, type PlanField, twFields } from "../plan";
import { resolveColumn } from "./evidence";
import { columnPath, fillBand, isUnitRow, samePath } from "./families";
import type { Block, Header, LayoutCorrection } from "./types";
import { normaliseHeader, UNIT_RE } from "./vocabulary";

export const isNameField = (f: string | null | undefined): f is NameField =>
  (NAME_FIELDS as readonly (string | null | undefined)[]).includes(f);
/** Fields each level of a side-by-side table has its own column for. */
export const PER_LEVEL = new Set<PlanField>([
  "indikator",
  "satuan",
  "polaritas",
  "sifat",
  "targetTahunan",
  ...twFields("targetTw"),
  ...twFields("realisasiTw"),
  "realisasiTahunan",
  "capaian",
  "kriteria",
]);

export function readHeader(
  values: CellValue[][],
  top: number,
  bottom: number,
  width: number,
  merges: readonly RangeRef[] = [],
): Header {
  const grid = fillBand(values, top, bottom, width, merges);
  const fields: (PlanField | null)[] = [];
  const spanOf: (number | null)[] = [];
  const blocks: Block[] = [];
  const shared: Partial<Record<PlanField, number>> = {};
  const newBlock = (level: Level | null, nameField: NameField | null): Block => {
    const b: Block = { level, nameField, cols: {}, bareRealisasi: null, long: null };
    blocks.push(b);
    return b;
  };
  let block: Block | null = null;
  let previous: string[] = [];
  // Units as typed: merged headers above fill the unit row's other cells in the grid, and text
  // repeated down from the row above (a vertical merge pasted from Word) is not the row's own.
  const typed = values.slice(top, bottom + 1).map((row) => row.map(normaliseHeader));
  const unitRows = typed.map((row, k) =>
    isUnitRow(row.map((t, c) => (k > 0 && typed[k - 1][c] === t && !UNIT_RE.test(t) ? "" : t))),
  );

  for (let c = 0; c < width; c++) {
    const path = columnPath(grid, unitRows, c);
    // No header of its own, or only the groups over its left neighbour: a merged or blank second column.
    const continues =
      path.length === 0 ||
      (c > 0 && (samePath(path, previous) || samePath(path, previous.slice(0, path.length))));
    previous = path;
    if (continues) {
      const root = c > 0 ? (spanOf[c - 1] ?? c - 1) : null;
      spanOf.push(root !== null && fields[root] !== null ? root : null);
      fields.push(null);
      continue;
    }
    spanOf.push(null);
    const r = resolveColumn(path.slice(0, -1), path[path.length - 1]);
    fields.push(r.field);
    const f = r.field;
    if (r.levelGroup && (!block || block.level !== r.levelGroup)) {
      block = newBlock(r.levelGroup, r.levelGroup);
    }
    if (isNameField(f)) {
      const nf = f;
      if (!(block && r.levelGroup && block.nameField === nf && block.cols[nf] === undefined)) {
        block = newBlock(nf === "uraian" ? null : (nf as Level), nf);
      }
      block.cols[nf] ??= c;
      continue;
    }
    if (r.bareRealisasi) {
      block ??= newBlock(null, null);
      block.bareRealisasi ??= c;
      continue;
    }
    if (!f) continue;
    if (PER_LEVEL.has(f)) {
      block ??= newBlock(null, null);
      block.cols[f] ??= c;
    } else shared[f] ??= c;
  }
  return { top, bottom, fields, spanOf, blocks, shared };
}

/**
 * A person's correction wins over the guess: each corrected column loses what it was read as, and
 * the field it is given moves there (from wherever it was read before).
 */
export function applyCorrection(h: Header, columns: LayoutCorrection["columns"]): void {
  const maps = [h.shared, ...h.blocks.map((b) => b.cols)];
  for (const { col, field } of columns) {
    for (const m of maps) {
      for (const [f, c] of Object.entries(m)) if (c === col || f === field) delete m[f as PlanField];
    }
    for (const b of h.blocks) if (b.bareRealisasi === col) b.bareRealisasi = null;
    h.fields[col] = field;
    h.spanOf[col] = null;
    if (!field) continue;
    const perLevel = PER_LEVEL.has(field) || isNameField(field);
    if (!perLevel) {
      h.shared[field] = col;
      continue;
    }
    // The block the column sits in: the last one starting at or left of it.
    const start = (b: Block) => Math.min(...Object.values(b.cols).filter((c) => c !== undefined));
    const home = [...h.blocks].reverse().find((b) => start(b) <= col) ?? h.blocks[0];
    if (home) home.cols[field] = col;
    else
      h.blocks.push({
        level: null,
        nameField: null,
        cols: { [field]: col },
        bareRealisasi: null,
        long: null,
      });
  }
}
