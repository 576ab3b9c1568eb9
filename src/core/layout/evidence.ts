/** What a column's header path says it holds: a field, a level group over it, or a bare "Realisasi". */
import type { HeaderWord } from "../columns";
import { type Level, NAME_FIELDS, type PlanField, type Tw } from "../plan";
import type { PeriodRole } from "./types";
import { ABBREVIATIONS, matchWord, monthOf, OTHER_PERIOD_RE, splitTw, TO_DATE } from "./vocabulary";

const SIMPLE_LEAF = new Set<HeaderWord>([
  "no",
  "kode",
  ...NAME_FIELDS,
  "indikator",
  "satuan",
  "polaritas",
  "sifat",
  "penanggungJawab",
  "keterangan",
  "kriteria",
]);

export interface Resolved {
  field: PlanField | null;
  /** A level named by a group header above ("Program" over "Uraian | Indikator | …"). */
  levelGroup: Level | null;
  /** "Realisasi" without a TW: per-TW rows, or the triwulan named in the title block. */
  bareRealisasi: boolean;
  /** The header text that decided ("realisasi keuangan"), "" when none did. */
  word: string;
  /** Decided by a weak sign only (TW numbers under an unknown group, a capaian per TW): values may overrule. */
  weak: boolean;
  /** The TW family its words name when it names no TW ("Target", "RAK (Rp)"): per-TW rows read it so. */
  bare: TwFamily | null;
  /** A capaian per TW ("Capaian Fisik / TW I"): staff's typed capaian when its family is no realisasi. */
  capaian?: true;
}

export type TwFamily = "targetTw" | "rakTw" | "realisasiTw" | "realisasiAnggaranTw";

/** Gives a column its field from its header path: group headers (top first), then its own header. */
export function resolveColumn(groups: string[], leaf: string): Resolved {
  let tw: Tw | null = null;
  let levelGroup: Level | null = null;
  const words = new Set<HeaderWord>();
  const said = new Map<HeaderWord, string>();
  let leafWord: HeaderWord | null = null;
  let leafRest = "";
  const parts = [...groups, leaf];
  // The leaf's own TW wins over a group's, so read the leaf first.
  for (let i = parts.length - 1; i >= 0; i--) {
    const isLeaf = i === parts.length - 1;
    const { tw: t, rest } = splitTw(parts[i], groups.length > 0 || !isLeaf);
    if (t && tw === null) tw = t;
    const w = matchWord(rest);
    if (isLeaf) {
      leafWord = w;
      leafRest = rest;
    }
    if (!isLeaf && (w === "sasaran" || w === "program" || w === "kegiatan" || w === "subkegiatan")) {
      levelGroup ??= w;
    } else if (w) {
      words.add(w);
      if (!said.has(w)) said.set(w, rest);
    }
  }
  let bare: TwFamily | null = null;
  const out = (field: PlanField | null, bareRealisasi = false, by?: HeaderWord, weak = false): Resolved => ({
    field,
    levelGroup,
    bareRealisasi,
    word: by ? (said.get(by) ?? by) : "",
    weak,
    bare: tw ? null : bare,
  });
  // Months ("Rencana Penarikan Dana / Jan … Des") are never a pagu nor a TW: a person says what they are.
  if (parts.some((p) => OTHER_PERIOD_RE.test(p)) || monthOf(leafRest) >= 0) return out(null);
  if (leafWord && SIMPLE_LEAF.has(leafWord)) {
    if (leafWord === "uraian" && levelGroup) return out(levelGroup, false, "uraian");
    // "URAIAN | SATUAN | TARGET" under "INDIKATOR KINERJA": the uraian is the indicator's.
    if (leafWord === "uraian" && words.has("indikator")) return out("indikator", false, "indikator");
    return out(leafWord as PlanField, false, leafWord);
  }
  // A capaian per TW ("Capaian Fisik TW I") is the realisasi of that TW when its values are on the
  // target's scale: a weak word, the values decide. "Capaian s.d. TW II" is a capaian.
  const perTw = (): Resolved =>
    tw && !TO_DATE.test(parts.join(" "))
      ? { ...out(`realisasiTw${tw}`, false, "capaian", true), capaian: true }
      : out("capaian", false, "capaian");
  if (leafWord === "capaian") return perTw();
  if (
    words.has("realisasiAnggaran") ||
    (words.has("realisasi") && (words.has("anggaran") || words.has("pagu") || words.has("keuangan")))
  ) {
    const by = words.has("realisasiAnggaran") ? "realisasiAnggaran" : "realisasi";
    bare = "realisasiAnggaranTw";
    return out(tw ? `realisasiAnggaranTw${tw}` : null, false, by);
  }
  bare = "realisasiTw";
  if (words.has("realisasi"))
    return tw ? out(`realisasiTw${tw}`, false, "realisasi") : out(null, true, "realisasi");
  // "Keuangan" / "Rp" beside a target is the budget plan: RAK per TW, else the pagu.
  bare = "rakTw";
  if (words.has("keuangan")) return out(tw ? `rakTw${tw}` : "pagu", false, "keuangan");
  if (words.has("pagu")) return out(tw ? `rakTw${tw}` : "pagu", false, "pagu");
  if (words.has("anggaran")) {
    if (tw) return out(`rakTw${tw}`, false, "anggaran");
    // A lone "JUMLAH" means nothing; under "ANGGARAN" it is the pagu.
    return leafRest === "jumlah" && groups.length === 0 ? out(null) : out("pagu", false, "anggaran");
  }
  bare = "targetTw";
  if (words.has("target")) return out(tw ? `targetTw${tw}` : "targetTahunan", false, "target");
  bare = null;
  if (words.has("capaian")) return perTw();
  // "I … IV" under a group nobody named as budget or realisasi (e.g. a year): quarterly targets.
  if (tw && !leafRest && leaf) return out(`targetTw${tw}`, false, undefined, true);
  return out(null);
}

const RENSTRA_RE = /\b(?:renstra|rpjmd|akhir periode|kondisi akhir|jangka menengah)\b/;
const PAST_RE = /\b(?:tahun lalu|tahun sebelumnya|periode lalu|sebelumnya)\b/;
const YEAR_RE = /\b(?:19|20)\d\d\b/g;
const MONEY_RE = /\b(?:keuangan|rp|rupiah|anggaran|pagu|dana)\b/;

/** A column of another period: an earlier (or later) year, the Renstra, or "tahun lalu". */
export interface Period {
  kind: "year" | "renstra" | "past";
  /** What the column holds for that period; null: nothing the model keeps. */
  role: PeriodRole | null;
  /** The year the header names (the Renstra's last year for its target), null when none. */
  year: number | null;
}

/** What a period's column holds, from its words: persentase before realisasi before target. */
export function roleOf(words: string): PeriodRole | null {
  // Short forms as their words ("Tahun 2025 / Tgt | Real.").
  const text = words.replace(/[a-z]+/g, (w) => ABBREVIATIONS[w] ?? w);
  if (/\b(?:persentase|persen|tingkat capaian)\b|%/.test(text)) return "persentase";
  if (/\b(?:realisasi|capaian)\b/.test(text)) return "realisasi";
  if (/\b(?:target|kondisi (?:\w+ ){0,2}akhir|sasaran)\b/.test(text)) return "target";
  return null;
}

/**
 * The period a header path names, or null for this year's plan: "Target Akhir Renstra (2026)",
 * "Realisasi … s.d. Tahun 2024" next to Renstra words, "Tahun 2023" over Target | Realisasi |
 * Persentase, "Realisasi 2023". Budget (Rp) columns of a period and "tahun lalu" are kept by nobody.
 */
export function periodOf(path: readonly string[]): Period | null {
  const text = path.join(" / ");
  const years = (text.match(YEAR_RE) ?? []).map(Number);
  if (RENSTRA_RE.test(text)) {
    const past = PAST_RE.test(text) || MONEY_RE.test(text);
    const role = past ? null : roleOf(text);
    // The Renstra's last year: named beside its words ("Akhir Renstra (2026)"); a "s.d. 2024" is the
    // measured year, not the Renstra's end.
    const end = role === "target" ? (years[0] ?? null) : null;
    return { kind: past ? "past" : "renstra", role, year: end ?? years[0] ?? null };
  }
  if (PAST_RE.test(text)) return { kind: "past", role: null, year: null };
  if (years.length === 0) return null;
  return { kind: "year", role: roleOf(text.replace(YEAR_RE, " ")), year: years[years.length - 1] };
}
