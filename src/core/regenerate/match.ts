import { similarity } from "../checks/shared";
import { normalise } from "../text";
import type { RowInfo } from "./existing";
import type { FreshLine, Identity, Question } from "./types";

/** How sure a match must be to be taken without asking (Dice similarity of the names). */
const SURE = 0.8;
const UNSURE = 0.5;

export interface Match {
  /** existing row → line index */
  pairs: Map<number, number>;
  tabMap: Map<string, string>;
  questions: Question[];
}

export function matchRows(
  old: Extract<RowInfo, { kind: "indicator" }>[],
  lines: FreshLine[],
  answers: Record<string, string>,
): Match {
  const pairs = new Map<number, number>();
  const used = new Set<number>();
  const questions: Question[] = [];
  const candidates = lines.map((l, i) => ({ l, i })).filter((x) => x.l.identity);
  const id = (x: { l: FreshLine }) => x.l.identity as Identity;
  // The level of a row without kode comes from the rows above it: a tie-breaker, not a key.
  const same = (a: Identity, b: Identity) =>
    a.kode === b.kode && normalise(a.indikator) === normalise(b.indikator);
  const rank = (a: Identity, x: { l: FreshLine }) =>
    (id(x).level === a.level ? 2 : 0) + (id(x).pos === a.pos ? 1 : 0);
  const take = (row: number, i: number) => {
    pairs.set(row, i);
    used.add(i);
  };
  const free = () => candidates.filter((x) => !used.has(x.i));
  const pending = () => old.filter((o) => !pairs.has(o.row) && answers[o.key] !== "");
  // Answers first: a person said which plan row it is (or that it is none).
  for (const o of old) {
    const want = answers[o.key];
    const hit = want ? free().find((x) => x.l.key === want) : undefined;
    if (hit) take(o.row, hit.i);
  }
  const nameKey = (a: Identity) => `${a.tab}|${normalise(a.indikator)}`;
  // 1. Same tab, kode and name (level, then position break ties), rows in the table before rows that
  // had left the plan; then the same tab and name whatever the kode reads (a Kode column read
  // differently changes every kode, trial 7 #6/#9), paired in order when as many on both sides.
  for (const left of [false, true]) {
    const mine = (o: (typeof old)[number]) => !!o.memo.gone === left;
    for (const o of pending().filter(mine)) {
      const hits = free()
        .filter((x) => same(o.memo.id, id(x)) && id(x).tab === o.memo.id.tab)
        .sort((x, y) => rank(o.memo.id, y) - rank(o.memo.id, x));
      if (hits.length) take(o.row, hits[0].i);
    }
    const groups = new Map<string, typeof old>();
    for (const o of pending().filter(mine))
      groups.set(nameKey(o.memo.id), [...(groups.get(nameKey(o.memo.id)) ?? []), o]);
    for (const [k, os] of groups) {
      const ls = free().filter((x) => nameKey(id(x)) === k);
      if (ls.length === os.length) for (const [j, o] of os.entries()) take(o.row, ls[j].i);
    }
  }
  // 2. The same kode and name in another tab.
  for (const o of pending()) {
    const hits = free()
      .filter((x) => same(o.memo.id, id(x)))
      .sort((x, y) => rank(o.memo.id, y) - rank(o.memo.id, x));
    if (hits.length === 1 || (hits.length > 1 && rank(o.memo.id, hits[0]) > rank(o.memo.id, hits[1])))
      take(o.row, hits[0].i);
  }
  const tabMap = new Map<string, string>();
  for (const o of old) {
    const i = pairs.get(o.row);
    if (i !== undefined && id(candidates.find((x) => x.i === i) as { l: FreshLine }).tab !== o.memo.id.tab)
      tabMap.set(o.memo.id.tab, (lines[i].identity as Identity).tab);
  }
  // 3. A corrected name: the same place (tab, kode, level), a similar name.
  for (const o of pending()) {
    const tab = tabMap.get(o.memo.id.tab) ?? o.memo.id.tab;
    const name = normalise(o.memo.id.indikator);
    const scored = free()
      .filter((x) => id(x).tab === tab && id(x).kode === o.memo.id.kode)
      .map((x) => ({
        x,
        score: similarity(name, normalise(id(x).indikator)) + rank(o.memo.id, x) * 0.02,
      }))
      .filter((s) => s.score >= UNSURE)
      .sort((a, b) => b.score - a.score);
    if (!scored.length) continue;
    const [best, second] = scored;
    if (best.score >= SURE && (!second || best.score - second.score >= 0.1)) take(o.row, best.x.i);
    else
      questions.push({
        key: o.key,
        indikator: o.memo.id.indikator,
        tab: o.memo.id.tab,
        candidates: scored
          .slice(0, 3)
          .map((s) => ({ key: s.x.l.key, indikator: id(s.x).indikator, tab: id(s.x).tab })),
      });
  }
  return { pairs, tabMap, questions };
}

/** A key written before memos: "tab|kode|normalised indikator". */
export function legacyIdentity(key: string): Identity {
  const [tab = "", kode = "", ...rest] = key.split("|");
  return { tab, kode, level: "", pos: 0, indikator: rest.join("|").replace(/#\d+$/, "") };
}
