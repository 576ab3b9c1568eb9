import { fieldHeader } from "../../columns";
import type { Level, PlanField } from "../../plan";
import {
  cellOf,
  type Entity,
  entities,
  entityLabel,
  finding,
  fmt,
  LEVEL_NAME,
  levelRank,
  num,
  RUPIAH_TOLERANCE,
  rp,
  sum,
  TWS,
} from "../shared";
import type { Finding, Rule } from "../types";

const BUDGET_LEVELS: readonly Level[] = ["program", "kegiatan", "subkegiatan"];

/**
 * Children add up to their parent: sub kegiatan → kegiatan → program pagu. The parent is found by
 * kode prefix (2.07.01.2.01.0001 → 2.07.01.2.01 → 2.07.01) when the parent's kode is in the tab,
 * otherwise by layout: the nearest row one level up above it. Children adding up to more than the
 * parent is a galat; to less, a warning (a sub kegiatan may sit on another bidang's tab). The same
 * for the RAK and the realisasi anggaran of each TW, but only more is reported: a blank realisasi is
 * not reported yet (never 0), and a child may not be reported yet.
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
        const kidLevel = LEVEL_NAME[kids[0].level as Level];
        // 0: the pagu; 1…4: the RAK of TW I–IV; -1…-4: the realisasi anggaran of TW I–IV.
        for (const t of [0, ...TWS, ...TWS.map((t) => -t)]) {
          const tw = Math.abs(t) as 1;
          const family = t > 0 ? "rakTw" : "realisasiAnggaranTw";
          const field: PlanField = t ? `${family}${tw}` : "pagu";
          const value = (e: Entity) => num(t ? e.main[family][tw - 1] : e.main.pagu);
          const top = value(parent);
          // Empty is not zero: a blank realisasi is not reported yet.
          const filled = kids.filter((k) => value(k) !== null);
          if (top === null || !filled.length) continue;
          const total = sum(filled.map((k) => value(k) as number));
          const diff = total - top;
          // More than the parent is always wrong; less may be a child kept on another tab (a warning
          // for the pagu; for RAK and realisasi, nothing: a child may not be reported yet).
          const short = diff < 0 && field === "pagu";
          if (Math.abs(diff) <= RUPIAH_TOLERANCE || (diff < 0 && !short)) continue;
          const what = t ? fieldHeader(field) : field;
          out.push(
            finding(
              anggaranInduk,
              cellOf(plan, parent.main, field),
              `Jumlah ${what} ${fmt(filled.length)} ${kidLevel} ${rp(total)} ${short ? "kurang dari" : "melebihi"} ${what} ${entityLabel(parent)} ${rp(top)} (selisih ${rp(Math.abs(diff))}).`,
              short
                ? `Cantumkan ${kidLevel} yang belum ada di tab ini, atau perbaiki pagunya.`
                : `Periksa ${what} ${kidLevel} di bawahnya dan induknya.`,
              filled.map((k) => cellOf(plan, k.main, field)),
              short ? "warning" : "error",
            ),
          );
        }
      }
    }
    return out;
  },
};
