/** What a column's header path says it holds: a field, a level group over it, or a bare "Realisasi". */
import type { HeaderWord } from "../columns";
import { type Level, NAME_FIELDS, type PlanField, type Tw } from "../plan";
import { matchWord, OTHER_PERIOD_RE, splitTw } from "./vocabulary";

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
}

/** Gives a column its field from its header path: group headers (top first), then its own header. */
export function resolveColumn(groups: string[], leaf: string): Resolved {
  let tw: Tw | null = null;
  let levelGroup: Level | null = null;
  const words = new Set<HeaderWord>();
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
    } else if (w) words.add(w);
  }
  const out = (field: PlanField | null, bareRealisasi = false): Resolved => ({
    field,
    levelGroup,
    bareRealisasi,
  });
  if (parts.some((p) => OTHER_PERIOD_RE.test(p))) return out(null);
  if (leafWord && SIMPLE_LEAF.has(leafWord)) {
    if (leafWord === "uraian" && levelGroup) return out(levelGroup);
    // "URAIAN | SATUAN | TARGET" under "INDIKATOR KINERJA": the uraian is the indicator's.
    if (leafWord === "uraian" && words.has("indikator")) return out("indikator");
    return out(leafWord as PlanField);
  }
  if (leafWord === "capaian") return out("capaian");
  if (
    words.has("realisasiAnggaran") ||
    (words.has("realisasi") && (words.has("anggaran") || words.has("pagu") || words.has("keuangan")))
  ) {
    return out(tw ? `realisasiAnggaranTw${tw}` : null);
  }
  if (words.has("realisasi")) return tw ? out(`realisasiTw${tw}`) : out(null, true);
  // "Keuangan" / "Rp" beside a target is the budget plan: RAK per TW, else the pagu.
  if (words.has("keuangan")) return out(tw ? `rakTw${tw}` : "pagu");
  if (words.has("pagu")) return out(tw ? `rakTw${tw}` : "pagu");
  if (words.has("anggaran")) {
    if (tw) return out(`rakTw${tw}`);
    // A lone "JUMLAH" means nothing; under "ANGGARAN" it is the pagu.
    return out(leafRest === "jumlah" && groups.length === 0 ? null : "pagu");
  }
  if (words.has("target")) return out(tw ? `targetTw${tw}` : "targetTahunan");
  if (words.has("capaian")) return out("capaian");
  // "I … IV" under a group nobody named as budget or realisasi (e.g. a year): quarterly targets.
  if (tw && !leafRest && leaf) return out(`targetTw${tw}`);
  return out(null);
}
