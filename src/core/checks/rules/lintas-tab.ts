import type { PlanField, PlanRow } from "../../plan";
import {
  byIndicator,
  cellOf,
  type Entity,
  entities,
  entityLabel,
  finding,
  indicatorWords,
  isBlank,
  type Member,
  norm,
  normName,
  normSatuan,
  num,
  otherGroup,
  paguRp,
  push,
  quote,
  rp,
  sharedKode,
  show,
  where,
  wordOverlap,
} from "../shared";
import type { Finding, PlanTab, Rule, Severity } from "../types";

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

function twKey(pr: PlanRow): string | null {
  const values = pr.targetTw.map((v) => num(v));
  if (values.every((v) => v === null)) return null;
  return values.map((v) => (v === null ? "" : String(v))).join("|");
}

/** The TW targets as a message shows them: "(25; 50; –; 100)". */
function twText(pr: PlanRow): string {
  return `(${pr.targetTw.map((v) => (isBlank(v) ? "–" : show(v))).join("; ")})`;
}

/** One attribute compared across tabs: where it sits, how it reads in a message, the galat level. */
interface Attribute {
  field: PlanField;
  severity: Severity;
  text: (pr: PlanRow, plan: PlanTab) => string;
  /** What differs, as the message names it: `Satuan indikator "…"`. */
  what: string;
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
  title: "Data berbeda antar-tab",
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
        const message = `${attr.what} ${attr.text(odd.pr, odd.plan)} berbeda dengan ${attr.text(ref[0].pr, ref[0].plan)} di ${where(refs[0], at.sheet)}.`;
        out.push(finding(lintasTab, at, message, attr.suggestion, refs, attr.severity));
      }
    };

    // Indicators, grouped by name, then by the kegiatan they belong to.
    const groups = byIndicator(ctx.plans);
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

    out.push(...similarIndicators(ctx.plans, groups));

    // Budget entities, by kode and by name.
    // A kode whose tabs each list their share of its pagu (`paguShares`) is said so, not a galat.
    const byEntity = new Map<string, { reading: Reading; entity: Entity }[]>();
    const shared = sharedKode(ctx.plans);
    const parts = new Map<string, { plan: PlanTab; e: Entity }[]>();
    for (const plan of ctx.plans) {
      for (const e of entities(plan.table)) {
        if (e.pagu === null || !e.level || e.level === "sasaran") continue;
        if (shared.has(e.main.kode)) {
          push(parts, e.main.kode, { plan, e });
          continue;
        }
        const item = { reading: { plan, pr: e.main, key: String(paguRp(plan, e)) }, entity: e };
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
          what: `Pagu ${label}`,
          suggestion:
            "Samakan pagu di semua tab dengan DPA; ubah di satu tempat lalu rujuk sel itu dari tab lain.",
        },
        found,
      );
    }
    for (const [kode, list] of parts) {
      const whole = shared.get(kode)
        ? list.reduce((a, b) => (paguRp(b.plan, b.e) > paguRp(a.plan, a.e) ? b : a))
        : null;
      const each = list.filter((x) => x !== whole);
      const total = each.reduce((a, x) => a + paguRp(x.plan, x.e), 0);
      out.push(
        finding(
          lintasTab,
          cellOf(each[0].plan, each[0].e.main, "pagu"),
          `Pagu ${entityLabel(list[0].e)} ${each
            .map((x) => `di tab '${x.plan.name}' ${rp(paguRp(x.plan, x.e))}`)
            .join(", ")
            .replace(
              /, (?!.*, )/,
              " dan ",
            )} dibaca sebagai bagian tiap tab dan dijumlahkan: ${rp(total)}, ${whole ? `sama dengan pagunya di tab '${whole.plan.name}'` : "di tiap tab sama dengan jumlah pagu di bawahnya"}.`,
          "Tidak ada yang perlu diubah: tiap tab memuat bagiannya sendiri dari pagu itu.",
          list.slice(1).map((x) => cellOf(x.plan, x.e.main, "pagu")),
          "info",
        ),
      );
    }
    return out;
  },
};

/** How alike two names must be to be one indicator written twice (shared content words, Dice). */
const SAME_INDICATOR = 0.6;

/**
 * The same indicator worded differently in two tabs, under the same program / kegiatan / sub
 * kegiatan ("Jumlah ASN yang Gaji dan Tunjangannya terbayarkan" and "Jumlah Pegawai yang Menerima
 * Gaji dan Tunjangan ASN"): matched one to one by shared content words (stems, no stop words), only
 * rows without a same-named twin in the other tab. The match is a guess, so a difference is a
 * warning that says how sure it is.
 */
function similarIndicators(plans: PlanTab[], byName: Map<string, Member[]>): Finding[] {
  const out: Finding[] = [];
  const byUraian = new Map<string, Member[]>();
  for (const plan of plans)
    for (const pr of plan.table.rows) {
      const u = normName(pr.uraian);
      if (u && pr.indikator) push(byUraian, u, { plan, pr });
    }
  const twinIn = (m: Member, plan: PlanTab) =>
    (byName.get(norm(m.pr.indikator)) ?? []).some(
      (o) => o.plan === plan && normName(o.pr.uraian) === normName(m.pr.uraian),
    );
  for (const members of byUraian.values()) {
    if (members.length < 2 || members.every((m) => m.plan === members[0].plan)) continue;
    const words = new Map(members.map((m) => [m, indicatorWords(m.pr.indikator)]));
    const paired = new Set<Member>();
    for (let i = 0; i < members.length; i++) {
      const a = members[i];
      if (paired.has(a)) continue;
      let best: { b: Member; score: number } | null = null;
      for (let j = i + 1; j < members.length; j++) {
        const b = members[j];
        if (b.plan === a.plan || paired.has(b) || norm(a.pr.indikator) === norm(b.pr.indikator)) continue;
        if (twinIn(a, b.plan) || twinIn(b, a.plan) || otherGroup(a.pr.indikator, b.pr.indikator)) continue;
        const o = wordOverlap(words.get(a) as Set<string>, words.get(b) as Set<string>);
        if (o.score >= SAME_INDICATOR && o.shared >= 2 && (!best || o.score > best.score))
          best = { b, score: o.score };
      }
      if (!best) continue;
      paired.add(a);
      paired.add(best.b);
      const b = best.b;
      const sure = `kemiripan kata ${Math.round(best.score * 100)} %`;
      const same = `Indikator ${quote(b.pr.indikator)} tampaknya sama dengan ${quote(a.pr.indikator)} di ${where(cellOf(a.plan, a.pr, "indikator"), b.plan.name)} (${sure})`;
      const differs = (field: "satuan" | "targetTahunan", what: string) => {
        const ka = KEYS[field](a.pr);
        const kb = KEYS[field](b.pr);
        if (!ka || !kb || ka === kb) return;
        const text =
          field === "satuan" ? (pr: PlanRow) => quote(pr.satuan) : (pr: PlanRow) => show(pr.targetTahunan);
        out.push(
          finding(
            lintasTab,
            cellOf(b.plan, b.pr, field),
            `${same}, tetapi ${what}nya ${text(b.pr)} berbeda dengan ${text(a.pr)}.`,
            `Bila keduanya indikator yang sama, samakan nama, ${what}, dan targetnya di semua tab; bila berbeda, abaikan catatan ini.`,
            [cellOf(a.plan, a.pr, field)],
            "warning",
          ),
        );
      };
      differs("satuan", "satuan");
      differs("targetTahunan", "target tahunan");
    }
  }
  return out;
}

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
    what: `Satuan indikator ${name}`,
    suggestion: "Pakai satuan yang sama untuk indikator ini di semua tab.",
  }),
  (name) => ({
    field: "targetTahunan",
    severity: "error",
    text: (pr) => show(pr.targetTahunan),
    what: `Target tahunan indikator ${name}`,
    suggestion: "Samakan target tahunan di semua tab dengan Perjanjian Kinerja.",
  }),
  (name) => ({
    field: "targetTw1",
    severity: "error",
    text: twText,
    what: `Target TW I–IV indikator ${name}`,
    suggestion:
      "Samakan target per triwulan di semua tab; ubah di satu tempat lalu rujuk sel itu dari tab lain.",
  }),
];
