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
import { computedColumns, evaluasiColumn, HEADER_ROW, NO_TARGET } from "./evaluasi";
import { beforeBelumDiisi, efisiensiSpill, spillFormulas } from "./evaluasi-formulas";
import { SCALES, type Scale } from "./kriteria";
import { CUSTOM_SCALE_RANGE } from "./settings";
import { standardFormulas } from "./standard";
import { fnv1a } from "./text";

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
/** `found` is the add-on's formula `ours`, in its current form or the one before "belum diisi". */
const same = (ours: string, found: string) =>
  [ours, beforeBelumDiisi(ours)].some((f) => norm(f) === norm(found));

/**
 * A formula of sheet row `row` as compared with another row's: its references to that row written
 * "#" ("M8" → "M#"); a reference to another row stays as it is.
 */
export const rowShape = (f: string, row: number): string =>
  norm(f).replace(/([A-Z])(\d+)/g, (m, l, d) => (d === String(row) ? `${l}#` : m));

/**
 * `fnv1a(rowShape(…))` of the capaian formulas written before the "Arah polaritas" cell
 * (`earlierFormulas` of ./standard-earlier.ts, test/core/standard-arah.test.ts): a file saved then
 * holds the add-on's own formulas without this bundle carrying their text.
 */
export const EARLIER_CAPAIAN: Record<string, number> = {
  capaianTw: 3674393511,
  capaianSd: 433255214,
  capaianTahunan: 1614762833,
};

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
      // Either form of the capaian thd target tahunan (TW I–III guard a negative kumulatif row), and
      // that guard as written before it said "belum diisi".
      const arg = [...skalaArgs.keys()].find(
        (a) =>
          [false, true].some((part) => same(spillFormulas(range, a, part)[c.id] ?? "", origin)) ||
          (c.id === "efisiensi" && norm(efisiensiSpill(range)) === norm(origin)),
      );
      if (arg !== undefined) {
        cells.add(`${first},${c.col}`);
        columns.set(c.col, c.id === "kriteria" ? `${c.id} ${skalaArgs.get(arg)}` : c.id);
        continue;
      }
    }
    // The file's dialect: one formula per row, at the column the add-on lays it out in, in its
    // current form or the one before the "Arah polaritas" cell (a file saved then).
    if (columnLetter(c.col + 1) !== evaluasiColumn(c.id)) continue;
    for (let r = first; r < tab.formulas.length; r++) {
      const f = tab.formulas[r]?.[c.col];
      if (
        f &&
        ([false, true].some((part) => same(standardFormulas(r + 1, scale, false, part)[c.id] ?? "", f)) ||
          EARLIER_CAPAIAN[c.id] === fnv1a(rowShape(f, r + 1)))
      ) {
        cells.add(`${r},${c.col}`);
        columns.set(c.col, c.id === "kriteria" ? `${c.id} ${scale.id}` : c.id);
        rowwise.add(c.col);
      }
    }
  }
  return { cells, columns, rowwise };
}

/**
 * The evaluation tab as Sheets held it before its computed columns were saved for Excel /
 * LibreOffice: each column of the add-on's standard formulas emptied and its one spill formula put
 * back in its first row, once for each way the spill may have named the scale. A record made before
 * version 4 hashes formula text, so the file is proven to be the tab that was sent when one of
 * these gives the recorded hash; [] when no column is in the file's dialect.
 */
export function sheetsForms(tab: TabSnapshot, scale: Scale): TabSnapshot[] {
  const { cells, rowwise } = addOnComputed(tab, scale);
  if (!rowwise.size) return [];
  const columns = computedColumns(tab);
  const at = new Map(columns.map((c) => [c.id, columnLetter(c.col + 1)]));
  const first = HEADER_ROW;
  const forms: TabSnapshot[] = [];
  const args = [...Object.keys(SCALES).map((id) => `"${id}"`), CUSTOM_SCALE_RANGE];
  // The spills of earlier add-ons: KRITERIA before "belum diisi" (7cb803b), EFISIENSI before it too (cc233cf).
  for (const [arg, era] of args.flatMap((a) => [0, 1, 2].map((e) => [a, e] as const))) {
    const values = tab.values.map((row) => [...row]);
    const formulas = tab.formulas.map((row) => [...row]);
    for (const c of columns) {
      if (!rowwise.has(c.col)) continue;
      let end = first;
      for (let r = first; r < formulas.length; r++) if (cells.has(`${r},${c.col}`)) end = r + 1;
      for (let r = first; r < end; r++) {
        const v = values[r]?.[c.col];
        if (cells.has(`${r},${c.col}`)) [values[r][c.col], formulas[r][c.col]] = ["", ""];
        // A value typed where the add-on's formula stood is no spilled result: it stays a change.
        else if (!formulas[r][c.col] && v !== "" && v !== null && v !== undefined)
          formulas[r][c.col] = `diketik ${String(v)}`;
      }
      const range = (id: string) => `${at.get(id)}${first + 1}:${at.get(id)}${end}`;
      const [capaian, anggaran] = [range("capaianSd"), range("realisasiAnggaranSd")];
      const older: Record<string, string> = {
        efisiensi: `=EFISIENSI(${capaian},${range("rakSd")},${anggaran})`,
        kriteria: `=ARRAYFORMULA(IF(${capaian}="${NO_TARGET}","${NO_TARGET}",KRITERIA(${capaian},${arg})))`,
      };
      // Records made before version 4 (the only ones rebuilt here) predate the efisiensi's RAK test.
      const spill = c.id === "efisiensi" ? efisiensiSpill(range) : spillFormulas(range, arg)[c.id];
      const earlier = c.id === "efisiensi" ? era > 0 : c.id === "kriteria" && era > 1;
      if (formulas[first]) formulas[first][c.col] = (earlier ? older[c.id] : spill) ?? "";
    }
    forms.push({ ...tab, values, formulas });
  }
  return forms;
}
