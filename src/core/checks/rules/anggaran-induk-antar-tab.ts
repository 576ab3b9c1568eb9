import type { Level } from "../../plan";
import {
  cellOf,
  type Entity,
  entities,
  entityLabel,
  finding,
  fmt,
  LEVEL_NAME,
  paguRp,
  RUPIAH_TOLERANCE,
  rp,
  sharedKode,
  sum,
} from "../shared";
import type { Finding, PlanTab, Rule } from "../types";

interface Placed {
  plan: PlanTab;
  e: Entity;
}

/**
 * Plan tabs per eselon are one DPA at three levels (trial 7 #18): a kegiatan in 'Eselon III', its sub
 * kegiatan in 'Eselon IV'. Where a parent's kode is in one tab and children with its kode prefix are
 * only in others (not beside it: anggaran-induk checks a tab's own), their pagu — each kode once —
 * must not exceed the parent's. Less is said nowhere: a child may sit on a tab not chosen.
 */
export const anggaranIndukAntarTab: Rule = {
  id: "anggaran-induk-antar-tab",
  severity: "error",
  title: "Pagu anak di tab lain melebihi pagu induk",
  run(ctx) {
    const out: Finding[] = [];
    if (ctx.plans.length < 2) return out;
    // Each kode's first place with a pagu, and the tabs that hold each kode with a pagu (a parent
    // repeated there without one is checked by no rule inside that tab).
    // Pagu in rupiah (each tab's unit); a kode whose tabs each list their share: the whole, or the
    // shares added (`paguShares`).
    const first = new Map<string, Placed>();
    const tabsOf = new Map<string, Set<string>>();
    const places = new Map<string, number[]>();
    for (const plan of ctx.plans)
      for (const e of entities(plan.table)) {
        const k = e.kode?.canonical;
        if (!k || !e.level || e.level === "sasaran" || e.pagu === null) continue;
        tabsOf.set(k, (tabsOf.get(k) ?? new Set()).add(plan.name));
        places.set(k, [...(places.get(k) ?? []), paguRp(plan, e)]);
        if (!first.has(k)) first.set(k, { plan, e });
      }
    const shared = sharedKode(ctx.plans);
    const paguOf = ({ plan, e }: Placed) => {
      const whole = shared.get(e.main.kode);
      const all = places.get(e.kode?.canonical ?? "") ?? [];
      return whole ? Math.max(...all) : whole === false ? sum(all) : paguRp(plan, e);
    };
    const children = new Map<string, Placed[]>();
    for (const child of first.values()) {
      const parent = child.e.kode?.parent;
      // A child beside its parent is its own tab's business (anggaran-induk).
      if (!parent || !first.has(parent) || tabsOf.get(parent)?.has(child.plan.name)) continue;
      children.set(parent, [...(children.get(parent) ?? []), child]);
    }
    for (const [k, kids] of children) {
      const { plan, e: parent } = first.get(k) as Placed;
      const top = paguOf({ plan, e: parent });
      const total = sum(kids.map(paguOf));
      if (total - top <= RUPIAH_TOLERANCE) continue;
      const tabs = [...new Set(kids.map((c) => `'${c.plan.name}'`))].join(", ");
      const kidLevel = LEVEL_NAME[kids[0].e.level as Level];
      out.push(
        finding(
          anggaranIndukAntarTab,
          cellOf(plan, parent.main, "pagu"),
          `Jumlah pagu ${fmt(kids.length)} ${kidLevel} di tab ${tabs} ${rp(total)} melebihi pagu ${entityLabel(parent)} di tab '${plan.name}' ${rp(top)} (selisih ${rp(total - top)}).`,
          `Periksa pagu ${kidLevel} di tab ${tabs} dan pagu induknya: satu anggaran harus sama di setiap tab.`,
          kids.map((c) => cellOf(c.plan, c.e.main, "pagu")),
        ),
      );
    }
    return out;
  },
};
