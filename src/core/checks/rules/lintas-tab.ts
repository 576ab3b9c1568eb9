import type { PlanField, PlanRow } from "../../plan";
import {
  cellOf,
  type Entity,
  entities,
  entityLabel,
  finding,
  isBlank,
  norm,
  normName,
  normSatuan,
  num,
  quote,
  rp,
  show,
  where,
} from "../shared";
import type { Finding, PlanTab, Rule, Severity } from "../types";

interface Member {
  plan: PlanTab;
  pr: PlanRow;
}

/** A value read in one tab; `key` decides equality. Plain data: there are many and most agree. */
interface Reading extends Member {
  key: string;
}

interface Disagreement {
  odd: Reading;
  ref: Reading[];
}

const MAX_RELATED = 5;

/**
 * Compares readings of one thing across tabs. The value most readings agree on (ties: the earliest
 * tab) is the reference; every reading that differs from it is reported, on its own cell.
 */
function disagreements(readings: Reading[]): Disagreement[] {
  if (readings.length < 2 || readings.every((r) => r.key === readings[0].key)) return [];
  if (readings.every((r) => r.plan === readings[0].plan)) return [];
  const counts = new Map<string, Reading[]>();
  for (const r of readings) push(counts, r.key, r);
  let best: Reading[] = [];
  for (const group of counts.values()) if (group.length > best.length) best = group;
  return readings
    .filter((r) => r.key !== best[0].key)
    .map((odd) => ({ odd, ref: best.slice(0, MAX_RELATED) }));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function twKey(pr: PlanRow): string | null {
  const values = pr.targetTw.map((v) => num(v));
  if (values.every((v) => v === null)) return null;
  return values.map((v) => (v === null ? "" : String(v))).join("|");
}

function twText(pr: PlanRow): string {
  return pr.targetTw.map((v) => (isBlank(v) ? "–" : show(v))).join("; ");
}

/** One attribute compared across tabs: where it sits, how it reads in a message, the galat level. */
interface Attribute {
  field: PlanField;
  severity: Severity;
  text: (pr: PlanRow) => string;
  message: (odd: string, ref: string, where: string) => string;
  suggestion: string;
}

/**
 * The same indicator, kegiatan or sub kegiatan in several tabs (eselon II/III/IV, bidang) carries the
 * same satuan, target, TW targets and pagu. Names are matched after normalising case, spacing and
 * punctuation (and, for kegiatan, the "Kegiatan"/"Program" prefix and numbering); kode when present.
 * Rows of one indicator under differently named kegiatan are different indicators. Satuan differences
 * are warnings; target and pagu differences are galat.
 */
export const lintasTab: Rule = {
  id: "lintas-tab",
  severity: "error",
  title: "Data sama di semua tab",
  run(ctx) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    const report = (attr: Attribute, found: Disagreement[]) => {
      for (const { odd, ref } of found) {
        const at = cellOf(odd.plan, odd.pr, attr.field);
        const id = `${at.sheet}!${at.cell}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const refs = ref.map((r) => cellOf(r.plan, r.pr, attr.field));
        const message = attr.message(attr.text(odd.pr), attr.text(ref[0].pr), where(refs[0], at.sheet));
        out.push(finding(lintasTab, at, message, attr.suggestion, refs, attr.severity));
      }
    };

    // Indicators, grouped by name, then by the kegiatan they belong to.
    const groups = new Map<string, Member[]>();
    for (const plan of ctx.plans) {
      for (const pr of plan.table.rows) {
        const key = norm(pr.indikator);
        if (key) push(groups, key, { plan, pr });
      }
    }
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      const byUraian = new Map<string, Member[]>();
      for (const m of members) push(byUraian, normName(m.pr.uraian), m);
      // Rows without a kegiatan name join the only named group, if there is one.
      const blank = byUraian.get("") ?? [];
      byUraian.delete("");
      const named = [...byUraian.values()];
      const sets = named.length === 0 ? [blank] : named.length === 1 ? [named[0].concat(blank)] : named;
      for (const set of sets) {
        if (set.length < 2) continue;
        const name = quote(set[0].pr.indikator);
        for (const attr of indicatorAttributes) report(attr(name), disagreements(readings(set, attr(name))));
      }
    }

    // Budget entities, by kode and by name.
    const byEntity = new Map<string, { reading: Reading; entity: Entity }[]>();
    for (const plan of ctx.plans) {
      for (const e of entities(plan.table)) {
        if (e.pagu === null || !e.level || e.level === "sasaran") continue;
        const item = { reading: { plan, pr: e.main, key: String(e.pagu) }, entity: e };
        if (e.kode?.canonical) push(byEntity, `k:${e.kode.canonical}`, item);
        if (e.name) push(byEntity, `n:${e.level}:${normName(e.name)}`, item);
      }
    }
    for (const items of byEntity.values()) {
      if (items.length < 2) continue;
      const found = disagreements(items.map((i) => i.reading));
      if (found.length === 0) continue;
      const label = entityLabel(items[0].entity);
      report(
        {
          field: "pagu",
          severity: "error",
          text: (pr) => rp(num(pr.pagu) ?? 0),
          message: (odd, ref, at) => `Pagu ${label} ${odd} berbeda dengan ${ref} di ${at}.`,
          suggestion:
            "Samakan pagu di semua tab dengan DPA; ubah di satu tempat lalu rujuk sel itu dari tab lain.",
        },
        found,
      );
    }
    return out;
  },
};

function readings(set: Member[], attr: Attribute): Reading[] {
  const out: Reading[] = [];
  for (const m of set) {
    const key = KEYS[attr.field as keyof typeof KEYS](m.pr);
    if (key) out.push({ ...m, key });
  }
  return out;
}

const KEYS = {
  satuan: (pr: PlanRow) => normSatuan(pr.satuan),
  targetTahunan: (pr: PlanRow) => {
    const n = num(pr.targetTahunan);
    return n !== null ? String(n) : norm(pr.targetTahunan);
  },
  targetTw1: twKey,
};

const indicatorAttributes: ((name: string) => Attribute)[] = [
  (name) => ({
    field: "satuan",
    severity: "warning",
    text: (pr) => quote(pr.satuan),
    message: (odd, ref, at) => `Satuan indikator ${name} ${odd} berbeda dengan ${ref} di ${at}.`,
    suggestion: "Pakai satuan yang sama untuk indikator ini di semua tab.",
  }),
  (name) => ({
    field: "targetTahunan",
    severity: "error",
    text: (pr) => show(pr.targetTahunan),
    message: (odd, ref, at) => `Target tahunan indikator ${name} ${odd} berbeda dengan ${ref} di ${at}.`,
    suggestion: "Samakan target tahunan di semua tab dengan Perjanjian Kinerja.",
  }),
  (name) => ({
    field: "targetTw1",
    severity: "error",
    text: twText,
    message: (odd, ref, at) => `Target TW I–IV indikator ${name} (${odd}) berbeda dengan (${ref}) di ${at}.`,
    suggestion:
      "Samakan target per triwulan di semua tab; ubah di satu tempat lalu rujuk sel itu dari tab lain.",
  }),
];
