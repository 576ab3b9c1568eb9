import type { CellValue, TabSnapshot, WriteCell } from "./cells";
import { similarity } from "./checks/shared";
import { type ExCell, Existing, ours, type RowInfo } from "./regenerate/existing";
import {
  cellName,
  contentOf,
  formulaOf,
  literal,
  literalText,
  moveRefs,
  plainShapeHash,
  unquoted,
} from "./regenerate/formulas";
import { matchRows } from "./regenerate/match";
import { goneMemo, lineMemo, Output, parseMemo, Shapes } from "./regenerate/memo";
import {
  type Counts,
  type Fresh,
  type FreshLine,
  type Memo,
  NOT_IN_PLAN,
  REMOVED_HEADER,
  type Regenerated,
  type RegenerateOptions,
} from "./regenerate/types";
import { normalise } from "./text";

/**
 * Regenerating a generated tab (the evaluation tab of a triwulan) without losing anything a
 * person did in it. The add-on lays the tab out afresh; this module puts back, cell by cell, what
 * a person typed in the tab as it is now: values, formulas and notes in any cell (title rows,
 * header cells of columns they added, indicator rows, BIDANG rows, rows under the table), in place
 * when its row still exists, else in the "no longer in the plan" section with its indicator named.
 *
 * What the add-on wrote last time is remembered in a note on the key cell of each row it owns (a
 * small JSON "memo"): the indicator's identity in its plan (tab, kode, level, position, name), a
 * fingerprint of each cell it wrote, and the plan's values of the row. Then "typed" is exact (a cell
 * differing from what the add-on wrote), a renamed bidang tab or a corrected indicator name finds
 * its row again, and a row deleted from the plan keeps its last values as plain text (its formulas
 * would show #REF!).
 */

export { moveRefs } from "./regenerate/formulas";
export { groupTabs, isMemo } from "./regenerate/memo";
export * from "./regenerate/types";

export function regenerate(
  fresh: Fresh,
  existing: TabSnapshot | null,
  options: RegenerateOptions,
): Regenerated {
  const ids = fresh.columns.map((c) => c.id);
  const keyCol = ids.indexOf("kunci");
  const width0 = fresh.columns.length;
  const H = options.headerRow - 1;
  const shapeHash = options.shapeHash ?? plainShapeHash;
  const counts: Counts = {
    added: 0,
    removed: 0,
    kept: 0,
    moved: 0,
    insertedRows: [],
    insertedWhy: [],
    insertedItems: 0,
    personRows: [],
    rewritten: 0,
    sifatTyped: 0,
    lost: [],
    restored: [],
  };
  const titleMemo: CellValue[][] = fresh.title.map((r) => r.map(literal));
  /**
   * The tab as the add-on lays it out: title rows, the header row, one row per line (at `rows`,
   * 0-based, when a person's rows stand between lines: theirs are left empty here).
   */
  const laidOut = (width: number, lines = fresh.lines, rows?: number[]) => {
    const out = new Output(width);
    for (const r of fresh.title) out.push(r);
    const header = out.rows.length;
    out.push(fresh.header);
    const shapes = new Shapes();
    lines.forEach((l, i) => {
      while (rows && out.rows.length < rows[i]) out.push([]);
      out.push(l.cells, lineMemo(l, ids, shapeHash, shapes), keyCol);
    });
    if (keyCol >= 0)
      out.setNote(header, keyCol, JSON.stringify({ v: 1, title: titleMemo, shapes: shapes.list() }));
    return out;
  };
  /** Indicator lines no existing row was matched to. */
  const added = (matched: Set<number>) => fresh.lines.filter((l, i) => l.identity && !matched.has(i)).length;

  if (!existing) return { ...counts, added: added(new Set()), ...laidOut(width0).result(), questions: [] };

  const ex = new Existing(existing, fresh.columns, H);
  const exKey = ex.colOf.get("kunci");
  if (exKey === undefined) throw new Error("regenerate: the existing tab has no key column");
  const rows = ex.classify(exKey);
  const tableEnd = rows.length ? rows[rows.length - 1].row : H;

  // ---- match existing indicator rows to plan rows
  const match = matchRows(
    rows.filter((r) => r.kind === "indicator"),
    fresh.lines,
    options.answers ?? {},
  );
  if (match.questions.length) return { ...counts, cells: [], notes: [], questions: match.questions };

  // ---- columns: ours by header; a person's columns after ours (in place when already beyond)
  const colMap = new Map<number, number>();
  for (const [id, c] of ex.colOf) colMap.set(c, ids.indexOf(id));
  const personCols = [...Array(ex.width).keys()].filter(
    (c) => !colMap.has(c) && ex.columnUsed(c, H, tableEnd),
  );
  const taken = new Set(personCols.filter((c) => c >= width0));
  let free = width0;
  for (const c of personCols) {
    if (taken.has(c)) colMap.set(c, c);
    else {
      while (taken.has(free)) free++;
      taken.add(free);
      colMap.set(c, free);
    }
  }
  const width = Math.max(width0, ex.width, ...[...colMap.values()].map((c) => c + 1));

  // ---- rows: title, header, lines (each with the rows a person inserted under it that can stay),
  // removed section, rows a person inserted that cannot stay, rows under the table
  const rowMap = new Map<number, number>();
  for (let r = 0; r <= H; r++) rowMap.set(r, r);
  const lineOf = new Map<number, number>(match.pairs);
  const groupLine = new Map<string, number>();
  fresh.lines.forEach((l, i) => {
    if (l.group !== undefined) groupLine.set(l.group, i);
  });
  for (const r of rows) {
    if (r.kind === "group" && r.memo.grp) {
      const i =
        groupLine.get(match.tabMap.get(r.memo.grp) ?? r.memo.grp) ??
        (r.legacy ? groupByText(`BIDANG: ${r.memo.grp}`, fresh, ids.indexOf("uraian"), lineOf) : undefined);
      if (i !== undefined && ![...lineOf.values()].includes(i)) lineOf.set(r.row, i);
    }
  }
  // A row that left the plan whose indicator (tab and name) is there again, held by another row (a
  // Kode column read differently and back, trial 7 #9): its typed cells join that row, unless both
  // rows hold something different in one column (then it stays, nothing lost).
  const sectionStart = rows.find((r) => r.kind === "group" && r.memo.grp === "")?.row ?? tableEnd + 1;
  const typedIn = (r: RowInfo, i: number) =>
    [...Array(ex.width).keys()].filter((c) => {
      const cell = ex.cell(r.row, c);
      const id = ex.idAt.get(c);
      return (
        c !== exKey &&
        (!!cell.note ||
          (!!cell.content && !(id && ours(ex, r, c, id, fresh.lines[i], cell, sectionStart, shapeHash))))
      );
    });
  const merged = new Set<number>();
  for (const r of rows) {
    if (r.kind !== "indicator" || lineOf.has(r.row)) continue;
    const k = `${r.memo.id.tab}|${normalise(r.memo.id.indikator)}`;
    const held = [...lineOf].find(([, i]) => {
      const l = fresh.lines[i].identity;
      return l && `${l.tab}|${normalise(l.indikator)}` === k;
    });
    // The same plan row: its satuan, targets and pagu as they were (another row of that name has its own).
    if (!held) continue;
    const was = r.memo.last ?? {};
    const now = fresh.lines[held[1]].last ?? {};
    if (PLAN_KEYS.some((k) => k in was && k in now && String(was[k]) !== String(now[k]))) continue;
    const other = rows.find((x) => x.row === held[0]) as RowInfo;
    const mine = typedIn(r, held[1]);
    const theirs = new Set(typedIn(other, held[1]));
    const differs = (c: number) => {
      const [x, y] = [ex.cell(r.row, c), ex.cell(other.row, c)];
      return x.content !== y.content || x.note !== y.note;
    };
    if (mine.some((c) => theirs.has(c) && differs(c))) continue;
    lineOf.set(r.row, held[1]);
    merged.add(r.row);
  }
  const isGone = (r: RowInfo) =>
    (r.kind === "indicator" || (r.kind === "group" && !!r.memo.grp)) && !lineOf.has(r.row);
  const { staying, why } = personRows(rows, lineOf, ex, fresh, isGone);
  for (const r of merged)
    for (const p of staying.get(r) ?? []) why.set(p, `berada di bagian indikator yang ${NOT_IN_PLAN}`);
  const lineAt = new Map<number, number>();
  for (const [r, i] of lineOf) if (!merged.has(r)) lineAt.set(i, r);
  let at = H + 1;
  const lineRows = fresh.lines.map((_, i) => {
    const row = at++;
    for (const p of staying.get(lineAt.get(i) ?? -1) ?? []) rowMap.set(p, at++);
    return row;
  });
  const lineRow = (i: number) => lineRows[i];
  for (const [r, i] of lineOf) rowMap.set(r, lineRow(i));
  // The lines' formulas refer to their own rows: laid out again where a person's rows shift them.
  const shifted = lineRows.some((row, i) => row !== H + 1 + i);
  const lines = shifted && fresh.relayout ? fresh.relayout(lineRows.map((r) => r + 1)) : fresh.lines;
  const gone = rows.filter(isGone);
  const oldSection = rows.find((r) => r.kind === "group" && r.memo.grp === "");
  const sectionAt = gone.length || (oldSection && ex.rowTyped(oldSection.row, exKey)) ? at++ : -1;
  if (oldSection && sectionAt >= 0) rowMap.set(oldSection.row, sectionAt);
  for (const r of gone) rowMap.set(r.row, at++);
  for (const r of rows) if (r.kind === "plain" && why.has(r.row)) rowMap.set(r.row, at++);
  at += Math.max(0, ex.firstFilled(tableEnd + 1) - tableEnd - 1);
  for (let r = ex.firstFilled(tableEnd + 1); r < ex.height; r++) rowMap.set(r, at++);

  const out = laidOut(width, lines, lineRows);
  /** A row of our columns holding the given cells by column id. */
  const ourRow = (byId: Record<string, CellValue>) => {
    const cells = new Array<WriteCell>(width0).fill("");
    for (const [id, v] of Object.entries(byId)) if (ids.includes(id)) cells[ids.indexOf(id)] = v;
    return cells;
  };
  if (sectionAt >= 0) out.push(ourRow({ uraian: REMOVED_HEADER }), { v: 1, grp: "" }, keyCol);
  const goneAt: [number, Memo][] = [];
  for (const r of gone) {
    const memo = goneMemo(r, options.today);
    goneAt.push([out.rows.length, memo]);
    const cells = ourRow(memo.g ?? {});
    if (r.kind === "indicator") cells[keyCol] = r.key;
    out.push(cells, memo, keyCol);
  }
  counts.removed = gone.filter((r) => r.kind === "indicator").length;
  while (out.rows.length < Math.max(at, ex.height)) out.push([]);
  // Computed cells that change, before typed items are laid over them.
  const changed = new Set<string>();
  lines.forEach((_, i) => {
    const row = lineRow(i);
    fresh.columns.forEach((column, c) => {
      if (column.kind === "manual" || (column.kind === "spill" && i !== 0)) return;
      if (unquoted(contentOf(out.rows[row][c])) !== unquoted(ex.cell(row, c).content))
        changed.add(`${row}:${c}`);
    });
  });

  // ---- put back what a person typed
  /** Puts an existing cell's value, note or both where its row and column are now. */
  const place = (
    r: number,
    c: number,
    cell: ExCell,
    what: "value" | "note" | "both",
    moved: boolean | "inserted",
  ) => {
    const row = rowMap.get(r);
    // Columns move as the table's do (a column a person inserted goes right of ours); a column
    // only the title or the rows under the table use stays where it is.
    const col = colMap.get(c) ?? (r < H || r > tableEnd ? c : undefined);
    if (row === undefined || col === undefined || col < 0) {
      counts.lost.push(`isian di ${cellName(r, c)}`);
      return;
    }
    let n = 0;
    if (what !== "note") {
      const f = formulaOf(cell.write);
      out.set(row, col, f ? { formula: moveRefs(f, rowMap, colMap) } : cell.write);
      changed.delete(`${row}:${col}`);
      n++;
    }
    if (what !== "value") {
      out.setNote(row, col, cell.note);
      n++;
    }
    if (moved === "inserted") counts.insertedItems += n;
    else if (moved) counts.moved += n;
    else counts.kept += n;
  };
  // Title rows and the header row.
  for (let r = 0; r <= H; r++) {
    for (let c = 0; c < ex.width; c++) {
      if (r === H && c === exKey) continue;
      const cell = ex.cell(r, c);
      if (cell.note) place(r, c, cell, "note", false);
      if (!cell.content) continue;
      if (r < H) {
        const generated = literalText(literal(fresh.title[r]?.[c] ?? ""));
        const written = rows.headerMemo?.title ? literalText(rows.headerMemo.title[r]?.[c] ?? "") : generated;
        if (cell.content !== written && cell.content !== generated) place(r, c, cell, "value", false);
      } else if (!ex.ours.has(c)) place(r, c, cell, "value", false);
    }
  }
  /**
   * A value or formula typed over the add-on's formula in a column it computes from the bidang tab
   * (Indikator, Target, Realisasi…) makes the tab say what the plan and the report do not: the
   * formula is written again, and what was typed is kept in the cell's note and named in the message.
   */
  const restore = (r: number, c: number, id: string, line: FreshLine, cell: ExCell): boolean => {
    const i = ids.indexOf(id);
    const [row, col = -1] = [rowMap.get(r), colMap.get(c)];
    if (fresh.columns[i].kind !== "formula" || !formulaOf(line.cells[i]) || row === undefined || col < 0)
      return false;
    const note = `Diketik di atas rumus${options.today && ` sebelum ${options.today}`}: “${cell.content}”.`;
    out.setNote(row, col, cell.note ? `${cell.note}\n\n${note}` : note);
    counts.restored.push({ cell: cellName(row, col), header: fresh.header[i], text: cell.content });
    return true;
  };
  for (const r of rows) {
    const line = lineOf.has(r.row) ? lines[lineOf.get(r.row) as number] : undefined;
    // A row a person inserted inside the table stays under the row of ours above it, unless it
    // cannot (see personRows): then it goes below the table, and is said so.
    const moved = r.kind === "plain" ? (why.has(r.row) ? "inserted" : false) : isGone(r) && !r.memo.gone;
    for (let c = 0; c < ex.width; c++) {
      const cell = ex.cell(r.row, c);
      if (c === exKey) {
        if (cell.note && !parseMemo(cell.note))
          counts.lost.push(`catatan pada kolom Kunci ${cellName(r.row, c)}`);
        continue;
      }
      if (cell.note) place(r.row, c, cell, "note", moved);
      if (!cell.content) continue;
      const id = ex.idAt.get(c);
      if (id && r.kind !== "plain" && ours(ex, r, c, id, line, cell, sectionStart, shapeHash)) continue;
      if (id && line && r.kind === "indicator" && restore(r.row, c, id, line, cell)) continue;
      if (id === "sifat" && r.kind === "indicator") counts.sifatTyped++;
      place(r.row, c, cell, "value", moved);
    }
  }
  for (let r = tableEnd + 1; r < ex.height; r++) {
    for (let c = 0; c < ex.width; c++) {
      const cell = ex.cell(r, c);
      if (cell.content || cell.note)
        place(r, c, cell, cell.content ? (cell.note ? "both" : "value") : "note", false);
    }
  }
  // The date a row left the plan stays in view: beside a uraian the person typed over it.
  const [uraian, no] = [ids.indexOf("uraian"), ids.indexOf("no")];
  for (const [row, memo] of goneAt) {
    const label = memo.g?.uraian;
    if (!label || out.rows[row][uraian] === label || !memo.id || out.rows[row][no] !== "") continue;
    out.rows[row][no] = label;
    memo.g = { ...memo.g, no: label };
    out.notes[row][keyCol] = JSON.stringify(memo);
  }
  const filled = rows.filter((r) => r.kind === "plain" && ex.firstFilled(r.row) === r.row);
  const movedRows = filled.filter((r) => why.has(r.row));
  counts.insertedRows = movedRows.map((r) => (rowMap.get(r.row) as number) + 1);
  counts.insertedWhy = movedRows.map((r) => why.get(r.row) as string);
  counts.personRows = filled.filter((r) => !why.has(r.row)).map((r) => (rowMap.get(r.row) as number) + 1);
  counts.rewritten = changed.size;
  counts.added = added(new Set(match.pairs.values()));
  counts.moves = {
    rows: [...rowMap].filter(([r]) => !merged.has(r)),
    cols: [...colMap].filter(([, c]) => c >= 0),
  };
  return { ...counts, ...out.result(), questions: [] };
}

const PLAN_KEYS = ["satuan", "targetTahunan", "targetTw", "pagu"];

/**
 * The rows a person inserted inside the table (plain rows between rows of ours). Each belongs to
 * the row of ours above it (its indicator, or its BIDANG row) and stays directly under it, in
 * order, wherever that row goes, as long as it holds nothing in a column the add-on computes (its
 * formulas, a spill, No, the hidden keys: the Ringkasan reads those) and that row is still in the
 * table. `staying`: existing row of ours → the person's rows under it; `why`: each row that moves
 * below the table, with the reason in words.
 */
function personRows(
  rows: RowInfo[],
  lineOf: Map<number, number>,
  ex: Existing,
  fresh: Fresh,
  isGone: (r: RowInfo) => boolean,
): { staying: Map<number, number[]>; why: Map<number, string> } {
  const staying = new Map<number, number[]>();
  const why = new Map<number, string>();
  const computed = fresh.columns.flatMap((c) => {
    const col = c.computed ? ex.colOf.get(c.id) : undefined;
    return col === undefined ? [] : [col];
  });
  const headerOf = (c: number) => String(ex.snap.values[ex.H]?.[c] ?? "");
  let anchor: RowInfo | undefined;
  for (const r of rows) {
    if (r.kind !== "plain") {
      anchor = r;
      continue;
    }
    const typed = computed.filter((c) => ex.cell(r.row, c).content !== "");
    if (!fresh.relayout) why.set(r.row, "baris tabel disusun ulang setiap kali dibuat");
    else if (!anchor) why.set(r.row, "berada di atas baris BIDANG pertama");
    else if (anchor.kind === "group" && anchor.memo.grp === "")
      why.set(r.row, `berada di bagian indikator yang ${NOT_IN_PLAN}`);
    else if (isGone(anchor) || !lineOf.has(anchor.row))
      why.set(
        r.row,
        anchor.kind === "indicator"
          ? `indikator di atasnya ${NOT_IN_PLAN}`
          : `bidang di atasnya ${NOT_IN_PLAN}`,
      );
    else if (typed.length)
      why.set(r.row, `berisi isian di kolom yang dihitung add-on (${typed.map(headerOf).join(", ")})`);
    else staying.set(anchor.row, [...(staying.get(anchor.row) ?? []), r.row]);
  }
  return { staying, why };
}

/**
 * A BIDANG row known only by its text, which a person may have edited ("BIDANG: Sekretariat
 * (Sekretariat Dinas)"): the group line whose heading it begins with (the longest), else the one
 * whose heading it most resembles; never one already matched.
 */
function groupByText(
  text: string,
  fresh: Fresh,
  uraian: number,
  taken: Map<number, number>,
): number | undefined {
  const used = new Set(taken.values());
  const groups = fresh.lines
    .map((l, i) => ({ i, heading: l.group !== undefined ? literalText(literal(l.cells[uraian] ?? "")) : "" }))
    .filter((g) => g.heading && !used.has(g.i));
  const prefix = groups
    .filter((g) => text.startsWith(g.heading))
    .sort((a, b) => b.heading.length - a.heading.length)[0];
  if (prefix) return prefix.i;
  const scored = groups
    .map((g) => ({ i: g.i, score: similarity(normalise(text), normalise(g.heading)) }))
    .filter((g) => g.score >= 0.5)
    .sort((a, b) => b.score - a.score);
  return scored[0]?.i;
}
