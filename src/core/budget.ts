import type { CellValue } from "./cells";
import { idNumber, toNumber } from "./numbers";
import type { Level } from "./plan";
import { normalise } from "./text";

/** What a budget line needs of a plan row: its kode, its level and its pagu (and its bidang tab). */
export interface BudgetSource {
  kode: string;
  level: Level | null;
  pagu: CellValue;
  /**
   * The bidang tab the row comes from. Each tab adds up from its own highest level: one tab lists
   * programs, another only kegiatan, and both budgets count. Rows without a tab are one plan.
   */
  tab?: string;
  /** Its name, program and kegiatan as read: without a kode, the same name is the same line. */
  uraian?: string;
  program?: string;
  kegiatan?: string;
}

/** A row's pagu as a number of rupiah, or its text when it is no number. */
const rupiah = (r: BudgetSource): number | string => toNumber(r.pagu) ?? String(r.pagu);

export type BudgetLevel = Exclude<Level, "sasaran">;

const LEVELS: readonly BudgetLevel[] = ["program", "kegiatan", "subkegiatan"];

/**
 * The budget level of a row: its level as read (program / kegiatan / sub kegiatan), else the
 * kode's depth (6 parts sub kegiatan, 5 kegiatan, fewer program); a row with neither is a program.
 */
export function budgetLevel(row: { kode: string; level: Level | null }): BudgetLevel {
  if (row.level && row.level !== "sasaran") return row.level;
  const parts = row.kode ? row.kode.split(".").length : 0;
  return parts >= 6 ? "subkegiatan" : parts >= 5 ? "kegiatan" : "program";
}

/** 0 program, 1 kegiatan, 2 sub kegiatan. */
export function budgetDepth(row: { kode: string; level: Level | null }): number {
  return LEVELS.indexOf(budgetLevel(row));
}

function hasPagu(v: CellValue): boolean {
  return v !== "" && v !== null && v !== undefined;
}

/**
 * A row's budget line: its kode, one nomenclature over the workbook (the same kode in two bidang
 * tabs is one budget line, DOMAIN: "the same kegiatan … wherever it appears"); without one, in its
 * tab, its level and name under its program and kegiatan (the second row of a program merged over
 * two indicators is that program again, whatever pagu it carries); a row with neither is its own line.
 */
const lineKey = (r: BudgetSource, i: number) =>
  r.kode
    ? `|${r.kode}`
    : `${r.tab ?? ""}|${r.uraian ? `${budgetLevel(r)}|${r.program}|${r.kegiatan}|${r.uraian}` : `#${i}`}`;

/**
 * The budget lines of a plan (indexes into `rows`): every row with a pagu, each line once, the
 * first row with a pagu standing for it (`key` names a line; the default is `lineKey`).
 */
export function budgetLines(
  rows: readonly BudgetSource[],
  key?: (row: BudgetSource, index: number) => string,
): number[] {
  const seen = new Set<string>();
  // Each tab's share of a kode is a line of its own (`paguShares`); so is a second item of a tab
  // given the same kode (a copied kode, trial 8 #11: Periksa names the kode, the line stays).
  const shares = key ? null : paguShares(rows);
  const named = new Map<string, string>();
  return rows.flatMap((r, i) => {
    if (!hasPagu(r.pagu)) return [];
    let k = key ? key(r, i) : shares?.size && shares.has(shareKey(r)) ? shareKey(r) : lineKey(r, i);
    if (!key && r.kode && r.uraian) {
      const item = `${r.tab}|${normalise(r.uraian)}`;
      const first = named.get(k) ?? item;
      named.set(k, first);
      if (first !== item && first.startsWith(`${r.tab}|`)) k += item;
    }
    if (seen.has(k)) return [];
    seen.add(k);
    return [i];
  });
}

/**
 * The highest budget level with a pagu in each bidang tab (`tab` of the rows, "" for rows without
 * one): 0 program, 1 kegiatan, 2 sub kegiatan.
 */
export function topDepths(rows: readonly BudgetSource[], lines: readonly number[]): Map<string, number> {
  const top = new Map<string, number>();
  for (const i of lines) {
    const tab = rows[i].tab ?? "";
    const depth = budgetDepth(rows[i]);
    top.set(tab, Math.min(depth, top.get(tab) ?? depth));
  }
  return top;
}

const shareKey = (r: BudgetSource) => `${r.tab}|${r.kode}`;
const SHARES = new WeakMap<readonly BudgetSource[], Map<string, number>>();

/**
 * A kode listed with a different pagu in several tabs, where each tab shows its SHARE of it (trial 8:
 * two bidang each run some sub kegiatan of one kegiatan), decided from the values in rupiah: one tab's
 * pagu is the sum of the others' (it holds the whole, the others are its parts), or each tab's pagu
 * is what its own lines under it add up to (the parts add up to the whole). Each share ("tab|kode") → the line holding the whole, -1 when the shares add up to it.
 */
export function paguShares(rows: readonly BudgetSource[]): Map<string, number> {
  // Every budget function asks for the same rows' shares: computed once per rows array.
  const known = SHARES.get(rows);
  if (known) return known;
  const out = new Map<string, number>();
  SHARES.set(rows, out);
  const lines = budgetLines(rows, (r, n) => (r.tab === undefined || !r.kode ? `#${n}` : shareKey(r)));
  const rp = (i: number) => +rupiah(rows[i]);
  const add = (xs: number[]) => xs.reduce((a, i) => a + rp(i), 0);
  const byKode = new Map<string, number[]>();
  for (const i of lines)
    if (rows[i].tab !== undefined) byKode.set(rows[i].kode, [...(byKode.get(rows[i].kode) ?? []), i]);
  for (const [kode, list] of byKode) {
    // Rupiah are whole numbers: the sums are exact.
    const total = list[1] && add(list);
    if (!kode || !(total > 0) || new Set(list.map(rp)).size < 2) continue;
    const whole = list.find((i) => 2 * rp(i) === total);
    // Each tab's own lines: the same child kode in two tabs is one plan typed twice, no shares.
    const mine: string[] = [];
    const parts =
      list.every((i) => {
        const kids = lines.filter(
          (j) =>
            rows[j].tab === rows[i].tab &&
            rows[j].kode.startsWith(`${kode}.`) &&
            budgetDepth(rows[j]) === budgetDepth(rows[i]) + 1,
        );
        mine.push(...kids.map((j) => rows[j].kode));
        return add(kids) === rp(i);
      }) && new Set(mine).size === mine.length;
    if (whole !== undefined || parts)
      for (const i of list) if (i !== whole) out.set(shareKey(rows[i]), whole ?? -1);
  }
  return out;
}

/**
 * Each budget line's parent line (indexes into `rows`, -1 for none), whatever the row order: by
 * kode, the line at a higher level whose kode it extends, the longest, in any bidang tab
 * (2.07.03.2.02 typed at the bottom of the tab belongs to program 2.07.03, not to the program above
 * it; kegiatan 1.02.02.2.01 of tab 'P2P' to program 1.02.02 of tab 'Kesmas', trial 6 #18); without a
 * kode (or no such line), the nearest line above it in its tab at a higher level, unless that one
 * has a kode it does not extend: then its program (or kegiatan) is not in the tab, and it has none.
 */
export function budgetParents(
  rows: readonly BudgetSource[],
  lines: readonly number[],
  shares = paguShares(rows),
): Map<number, number> {
  const byKode = new Map<string, number>();
  // A tab's share of a kode is the parent of that tab's lines under the kode (trial 8 #28).
  for (const i of lines) {
    const k = shares.has(shareKey(rows[i])) ? shareKey(rows[i]) : rows[i].kode;
    if (rows[i].kode && !byKode.has(k)) byKode.set(k, i);
  }
  const stacks = new Map<string | undefined, number[]>();
  const parents = new Map<number, number>();
  const depth = (i: number) => budgetDepth(rows[i]);
  for (const i of lines) {
    const { kode, tab } = rows[i];
    const stack = stacks.get(tab) ?? [];
    stacks.set(tab, stack);
    while (stack.length && depth(stack[stack.length - 1]) >= depth(i)) stack.pop();
    const above = stack[stack.length - 1];
    let parent = -1;
    for (let k = kode; parent < 0 && k.includes("."); ) {
      k = k.slice(0, k.lastIndexOf("."));
      const p = byKode.get(`${tab}|${k}`) ?? byKode.get(k) ?? i;
      if (depth(p) < depth(i)) parent = p;
    }
    if (parent < 0 && above !== undefined && !(kode && rows[above].kode)) parent = above;
    // A share is part of the line holding the whole.
    const whole = shares.size ? (shares.get(shareKey(rows[i])) ?? -1) : -1;
    parents.set(i, whole >= 0 ? whole : parent);
    stack.push(i);
  }
  return parents;
}

/**
 * The child lines of each budget line that has any (indexes into `rows`, by `budgetParents`): a line
 * whose spending of the TW is not reported is the sum of theirs when each has one (offices fill the
 * realisasi anggaran on sub kegiatan rows only, trial 8 #3, #10, #15): the evaluation tab's formula of
 * that line, the reports' and the rekap's figures (./report/figures.ts). Only when they are all its
 * lines (their pagu make its pagu, within Rp 1): a part of them is no sum, the line stays 'belum diisi'.
 */
export function budgetChildren(rows: readonly BudgetSource[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const [i, p] of budgetParents(rows, budgetLines(rows)))
    if (p >= 0) out.set(p, [...(out.get(p) ?? []), i]);
  const rp = (i: number) => +rupiah(rows[i]); // a pagu in words: NaN, no sum
  for (const [p, kids] of out) if (!(Math.abs(kids.reduce((a, k) => a + rp(k), -rp(p))) <= 1)) out.delete(p);
  return out;
}

/**
 * The lines that add up to the budget, each counted once (indexes into `rows`): the lines without a
 * parent line (`budgetParents`): in each bidang tab those of the highest level present there
 * (program above kegiatan above sub kegiatan, by level as read or by kode), and a line whose
 * program (or kegiatan) is not in the tab, whose pagu is in no line above it — unless another tab
 * lists that program (its pagu holds the kegiatan's) or the same kode (one budget line, counted
 * where it first appears). A kegiatan's pagu is already inside its program's, so a tab that lists
 * only kegiatan adds its kegiatan, of programs no tab lists. The report's TOTAL row, the
 * Ringkasan's pagu (per bidang over the bidang's rows, the Jumlah over all) and the rekap all sum
 * these lines.
 */
export function budgetRows(
  rows: readonly BudgetSource[],
  key?: (row: BudgetSource, index: number) => string,
): number[] {
  const lines = budgetLines(rows, key);
  const parents = budgetParents(rows, lines);
  return lines.filter((i) => parents.get(i) === -1);
}

/** A kode whose pagu differs between the bidang tabs that list it (the first tab's pagu is summed). */
export interface PaguDiffers {
  kode: string;
  level: BudgetLevel;
  /** Each tab listing the kode with a pagu, in plan order, with the pagu as read there. */
  tabs: { tab: string; pagu: CellValue }[];
}

/**
 * The kode listed with a pagu in more than one bidang tab whose pagu is not the same in all of them:
 * the budget counts it once, at the first tab's figure, and the report says where they differ.
 */
export function paguDiffers(rows: readonly BudgetSource[]): PaguDiffers[] {
  const byKode = new Map<string, PaguDiffers>();
  const shares = paguShares(rows);
  for (const i of budgetLines(rows, (r, n) => `${r.tab ?? ""}|${r.kode || `#${n}`}`)) {
    const r = rows[i];
    if (!r.kode || r.tab === undefined || shares.has(shareKey(r))) continue;
    const seen = byKode.get(r.kode) ?? { kode: r.kode, level: budgetLevel(r), tabs: [] };
    byKode.set(r.kode, seen);
    seen.tabs.push({ tab: r.tab, pagu: rupiah(r) });
  }
  return [...byKode.values()].filter((d) => d.tabs.length > 1 && new Set(d.tabs.map((t) => t.pagu)).size > 1);
}

const LEVEL_WORD: Record<BudgetLevel, string> = {
  program: "program",
  kegiatan: "kegiatan",
  subkegiatan: "sub kegiatan",
};

const paguText = (v: CellValue) =>
  typeof v === "number" ? `Rp ${idNumber(Math.round(v), 0)}` : `"${String(v)}"`;

/**
 * Why the workbook's Jumlah is less than its bidang's pagu added up, one sentence per line a bidang
 * counts that the Jumlah does not add again (by index into `rows`): a kegiatan whose program another
 * tab lists ("kegiatan 1.02.02.2.01 (tab 'P2P') sudah termasuk dalam pagu program 1.02.02 (tab
 * 'Kesmas')"), a kode another tab lists first, with both pagu where they differ.
 */
export function budgetOverlaps(rows: readonly BudgetSource[]): Map<number, string> {
  const tabs = [...new Set(rows.map((r) => r.tab ?? ""))];
  const own = tabs.flatMap((tab) => {
    const mine = rows.flatMap((r, i) => ((r.tab ?? "") === tab ? [i] : []));
    return budgetRows(mine.map((i) => rows[i])).map((n) => mine[n]);
  });
  const counted = new Set(budgetRows(rows));
  const lines = budgetLines(rows);
  const shares = paguShares(rows);
  const parents = budgetParents(rows, lines, shares);
  const byKode = new Map(lines.map((i) => [rows[i].kode, i]));
  const out = new Map<number, string>();
  for (const i of own) {
    if (counted.has(i)) continue;
    const r = rows[i];
    const name = (x: BudgetSource) => `${LEVEL_WORD[budgetLevel(x)]} ${x.kode} (tab '${x.tab ?? ""}')`;
    const twin = byKode.get(r.kode);
    if (twin !== undefined && twin !== i && !shares.has(shareKey(r))) {
      const t = rows[twin];
      out.set(
        i,
        `${name(r)} juga tercantum di tab '${t.tab ?? ""}' dan dihitung sekali${
          rupiah(t) !== rupiah(r)
            ? `, dengan pagu tab '${t.tab ?? ""}' ${paguText(rupiah(t))}; pagunya di tab '${r.tab ?? ""}' ${paguText(rupiah(r))}: samakan pagunya`
            : ""
        }`,
      );
      continue;
    }
    const p = parents.get(i) ?? -1;
    if (p >= 0) out.set(i, `${name(r)} sudah termasuk dalam pagu ${name(rows[p])}`);
  }
  return out;
}
