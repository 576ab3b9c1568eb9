/**
 * Which cells of an evaluation tab hold the add-on's own computation, in either of its two formula
 * dialects: the one spill formula per column that Sheets gets (CAPAIAN / KRITERIA / EFISIENSI over
 * the whole column) and the per-row standard formulas of a file for Excel / LibreOffice
 * (`sakip triwulan`, "Simpan .xlsx – untuk Excel / LibreOffice"). The review record treats both as
 * the same computation, so the add-on's own conversion never looks like tampering, while a value or
 * another formula in such a cell is still what it is.
 */
import { columnLetter } from "./a1";
import type { TabSnapshot } from "./cells";
import { computedColumns, evaluasiColumn, HEADER_ROW } from "./evaluasi";
import { spillFormulas } from "./evaluasi-formulas";
import { SCALES, type Scale } from "./kriteria";
import { CUSTOM_SCALE_RANGE } from "./settings";
import { standardFormulas } from "./standard";

export interface AddOnComputed {
  /** 0-based "row,col" of every cell holding the add-on's formula for its column. */
  cells: Set<string>;
  /** 0-based column → the computation it holds ("kriteria"), where the add-on's formula stands. */
  columns: Map<number, string>;
  /** Columns in the file's dialect (one formula per row): a cell there without a formula was typed, never spilled. */
  rowwise: Set<number>;
}

/** Formula text as compared: case and spaces do not matter (engines differ in both). */
const norm = (f: string) => f.replace(/\s+/g, "").toUpperCase();

/** The last row (1-based) of the first range a spill formula covers ("P6:P40" → 40). */
function spillEnd(formula: string): number | null {
  const m = /\$?[A-Z]+\$?(\d+):\$?[A-Z]+\$?(\d+)/.exec(formula);
  return m ? Number(m[2]) : null;
}

export function addOnComputed(tab: TabSnapshot, scale: Scale): AddOnComputed {
  const cells = new Set<string>();
  const columns = new Map<number, string>();
  const rowwise = new Set<number>();
  const first = HEADER_ROW; // 0-based first data row
  // The spill formula names its scale; the record says which (the scale chosen is Pengaturan's row).
  const skalaArgs = new Map<string, string>([
    ...Object.keys(SCALES).map((id): [string, string] => [`"${id}"`, id]),
    [CUSTOM_SCALE_RANGE, "custom"],
  ]);
  for (const c of computedColumns(tab)) {
    if (c.kind !== "spill") continue;
    const origin = tab.formulas[first]?.[c.col] ?? "";
    const end = spillEnd(origin);
    if (end !== null) {
      const range = (id: string) => {
        const letter = evaluasiColumn(id);
        return `${letter}${first + 1}:${letter}${end}`;
      };
      const arg = [...skalaArgs.keys()].find(
        (a) => norm(spillFormulas(range, a)[c.id] ?? "") === norm(origin),
      );
      if (arg !== undefined) {
        cells.add(`${first},${c.col}`);
        columns.set(c.col, c.id === "kriteria" ? `${c.id} ${skalaArgs.get(arg)}` : c.id);
        continue;
      }
    }
    // The file's dialect: one formula per row, at the column the add-on lays it out in.
    if (columnLetter(c.col + 1) !== evaluasiColumn(c.id)) continue;
    for (let r = first; r < tab.formulas.length; r++) {
      const f = tab.formulas[r]?.[c.col];
      if (f && norm(f) === norm(standardFormulas(r + 1, scale)[c.id] ?? "")) {
        cells.add(`${r},${c.col}`);
        columns.set(c.col, c.id === "kriteria" ? `${c.id} ${scale.id}` : c.id);
        rowwise.add(c.col);
      }
    }
  }
  return { cells, columns, rowwise };
}
