/**
 * What a tab keeps per cell beside its contents (styles, notes, validations): a map from row to
 * that row's cells by column, both 1-based. A 50,000-row tab's formats are set, read and saved
 * cell by cell; with numbers for keys no "row:col" text is made or split for each of them, and a
 * row's cells come in one lookup when the tab is saved row by row.
 */
export class CellMap<T> {
  private byRow = new Map<number, (T | undefined)[]>();
  private count = 0;
  private changes = 0;

  get size(): number {
    return this.count;
  }

  /** A number that changes whenever a cell is set, deleted or moved. */
  get version(): number {
    return this.changes;
  }

  get(row: number, col: number): T | undefined {
    return this.byRow.get(row)?.[col];
  }

  set(row: number, col: number, value: T): void {
    this.changes++;
    let line = this.byRow.get(row);
    if (!line) {
      line = [];
      this.byRow.set(row, line);
    }
    if (line[col] === undefined) this.count++;
    line[col] = value;
  }

  delete(row: number, col: number): void {
    const line = this.byRow.get(row);
    if (line?.[col] === undefined) return;
    this.changes++;
    line[col] = undefined;
    this.count--;
  }

  clear(): void {
    this.changes++;
    this.byRow.clear();
    this.count = 0;
  }

  /** The cells of one row, column and value, in column order. */
  row(row: number): [number, T][] {
    const out: [number, T][] = [];
    const line = this.byRow.get(row);
    if (line)
      for (let c = 0; c < line.length; c++) {
        const v = line[c];
        if (v !== undefined) out.push([c, v]);
      }
    return out;
  }

  /** The last row holding a cell (0 when none does). */
  lastRow(): number {
    let last = 0;
    for (const [r, line] of this.byRow) if (r > last && line.some((v) => v !== undefined)) last = r;
    return last;
  }

  /** Every cell as ["row:col", value], row by row, each row in column order. */
  entries(): [string, T][] {
    const out: [string, T][] = [];
    for (const r of [...this.byRow.keys()].sort((a, b) => a - b))
      for (const [c, v] of this.row(r)) out.push([`${r}:${c}`, v]);
    return out;
  }

  [Symbol.iterator](): Iterator<[string, T]> {
    return this.entries()[Symbol.iterator]();
  }

  /** Removes the cells of a rectangle, calling `removed` for each cell that held something. */
  deleteIn(rect: { row: number; col: number; rows: number; cols: number }, removed?: () => void): void {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const line = this.byRow.get(r);
      if (!line) continue;
      for (let c = rect.col; c < rect.col + rect.cols && c < line.length; c++) {
        if (line[c] === undefined) continue;
        this.delete(r, c);
        removed?.();
      }
    }
  }

  /** The rows holding a cell, in order. */
  rows(): number[] {
    return [...this.byRow]
      .filter(([, line]) => line.some((v) => v !== undefined))
      .map(([r]) => r)
      .sort((a, b) => a - b);
  }

  /** The last column holding a cell (0 when none does). */
  lastCol(): number {
    let last = 0;
    for (const line of this.byRow.values())
      for (let c = line.length - 1; c > last; c--)
        if (line[c] !== undefined) {
          last = c;
          break;
        }
    return last;
  }

  /**
   * Moves every cell at or after `at` (row or column) by `count`, as an insertion does; a negative
   * count deletes rows or columns at..at-count-1 first, and what follows moves up or left.
   */
  shift(axis: "row" | "col", at: number, count: number): void {
    const before = this.byRow;
    this.changes++;
    this.byRow = new Map();
    this.count = 0;
    for (const [r, line] of before) {
      if (axis === "row") {
        if (count < 0 && r >= at && r < at - count) continue;
        const to = r >= at ? r + count : r;
        for (let c = 0; c < line.length; c++) {
          const v = line[c];
          if (v !== undefined) this.set(to, c, v);
        }
      } else {
        for (let c = 0; c < line.length; c++) {
          const v = line[c];
          if (v === undefined || (count < 0 && c >= at && c < at - count)) continue;
          this.set(r, c >= at ? c + count : c, v);
        }
      }
    }
  }
}
