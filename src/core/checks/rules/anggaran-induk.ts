import type { Level } from "../../plan";
import {
  cellOf,
  type Entity,
  entities,
  entityLabel,
  finding,
  fmt,
  LEVEL_NAME,
  levelRank,
  RUPIAH_TOLERANCE,
  rp,
  sum,
} from "../shared";
import type { Finding, Rule } from "../types";

const BUDGET_LEVELS: readonly Level[] = ["program", "kegiatan", "subkegiatan"];

/**
 * Children add up to their parent: sub kegiatan → kegiatan → program pagu. The parent is found by
 * kode prefix (2.07.01.2.01.0001 → 2.07.01.2.01 → 2.07.01) when the parent's kode is in the tab,
 * otherwise by layout: the nearest row one level up above it. Children adding up to more than the
 * parent is a galat; to less, a warning (a sub kegiatan may sit on another bidang's tab).
 */
export const anggaranInduk: Rule = {
  id: "anggaran-induk",
  severity: "error",
  title: "Jumlah pagu anak tidak sama dengan pagu induk",
  run(ctx) {
    const out: Finding[] = [];
    for (const plan of ctx.plans) {
      const list = entities(plan.table).filter((e) => e.level && BUDGET_LEVELS.includes(e.level));
      const byKode = new Map<string, Entity>();
      for (const e of list) if (e.kode?.canonical) byKode.set(e.kode.canonical, e);
      const children = new Map<Entity, Entity[]>();
      const open: (Entity | undefined)[] = [];
      for (const e of list) {
        const rank = levelRank(e.level as Level);
        const above = open[rank - 1];
        open[rank] = e;
        open.length = rank + 1;
        const byPrefix = e.kode?.parent ? byKode.get(e.kode.parent) : undefined;
        // A kode pointing elsewhere than the layout parent's kode: trust neither (the kode rule reports it).
        const conflict =
          !byPrefix && e.kode?.canonical && above?.kode?.canonical && e.kode.parent !== above.kode.canonical;
        const parent = byPrefix ?? (conflict ? undefined : above);
        if (!parent) continue;
        const kids = children.get(parent) ?? [];
        kids.push(e);
        children.set(parent, kids);
      }
      for (const [parent, kids] of children) {
        if (parent.pagu === null || kids.every((k) => k.pagu === null)) continue;
        const total = sum(kids.map((k) => k.pagu ?? 0));
        const diff = total - parent.pagu;
        if (Math.abs(diff) <= RUPIAH_TOLERANCE) continue;
        const kidLevel = LEVEL_NAME[kids[0].level as Level];
        // More than the parent is always wrong; less may be a child kept on another tab.
        const short = diff < 0;
        out.push(
          finding(
            anggaranInduk,
            cellOf(plan, parent.main, "pagu"),
            `Jumlah pagu ${fmt(kids.length)} ${kidLevel} ${rp(total)} ${short ? "kurang dari" : "melebihi"} pagu ${entityLabel(parent)} ${rp(parent.pagu)} (selisih ${rp(Math.abs(diff))}).`,
            short
              ? `Cantumkan ${kidLevel} yang belum ada di tab ini, atau perbaiki pagunya agar jumlahnya sama dengan pagu induk di DPA.`
              : `Periksa pagu setiap ${kidLevel} di bawahnya atau pagu induknya agar jumlahnya sama dengan DPA.`,
            kids.map((k) => cellOf(plan, k.main, "pagu")),
            short ? "warning" : "error",
          ),
        );
      }
    }
    return out;
  },
};
