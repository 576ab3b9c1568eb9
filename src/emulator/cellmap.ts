/**
 * What a tab keeps per cell beside its contents (styles, notes, validations): a map from row to
 * that row's cells by column, both 1-based. A 50,000-row tab's formats are set, read and saved
 * cell by cell; with numbers for keys no "row:col" text is made or split for each of them, and a
 * row's cells come in one lookup when the tab is saved row by row.
 */
export class CellMap<T> {
  private rows = new Map<number, (T | undefined)[]>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(row: number, col: number): T | undefined {
    return this.rows.get(row)?.[col];
  }

  set(row: number, col: number, value: T): void {
    let line = this.rows.get(row);
    if (!line) {
      line = [];
      this.rows.set(row, line);
    }
    if (line[col] === undefined) this.count++;
    line[col] = value;
  }

  delete(row: number, col: number): void {
    const line = this.rows.get(row);
    if (line?.[col] === undefined) return;
    line[col] = undefined;
    this.count--;
  }

  clear(): void {
    this.rows.clear();
    this.count = 0;
  }

  /** The cells of one row, column and value, in column order. */
  row(row: number): [number, T][] {
    const out: [number, T][] = [];
    const line = this.rows.get(row);
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
    for (const [r, line] of this.rows) if (r > last && line.some((v) => v !== undefined)) last = r;
    return last;
  }

  /** Every cell as ["row:col", value], row by row, each row in column order. */
  entries(): [string, T][] {
    const out: [string, T][] = [];
    for (const r of [...this.rows.keys()].sort((a, b) => a - b))
      for (const [c, v] of this.row(r)) out.push([`${r}:${c}`, v]);
    return out;
  }

  [Symbol.iterator](): Iterator<[string, T]> {
    return this.entries()[Symbol.iterator]();
  }

  /** Removes the cells of a rectangle. */
  deleteIn(rect: { row: number; col: number; rows: number; cols: number }): void {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      if (!this.rows.has(r)) continue;
      for (let c = rect.col; c < rect.col + rect.cols; c++) this.delete(r, c);
    }
  }

  /**
   * Moves every cell at or after `at` (row or column) by `count`, as an insertion does; a negative
   * count deletes rows or columns at..at-count-1 first, and what follows moves up or left.
   */
  shift(axis: "row" | "col", at: number, count: number): void {
    const before = this.rows;
    this.rows = new Map();
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
