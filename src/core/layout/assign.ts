/**
 * Gives each column of the band its field and groups the columns into level blocks. A person's
 * corrections are fixed before anything is guessed (a corrected field leaves every other column);
 * columns of other periods (earlier years, the Renstra) are set aside; each TW family takes one kind
 * as a whole, the assignment of kinds to families with the best total of word and value evidence.
 */
import { columnLetter } from "../a1";
import type { CellValue, RangeRef } from "../cells";
import { familyHeader } from "../columns";
import {
  type Level,
  MONTHS_NEED,
  NAME_FIELDS,
  type NameField,
  type PlanField,
  ROMAN,
  TWS,
  type Tw,
  twFields,
} from "../plan";
import { BULAN } from "../report/format";
import { type Period, periodOf, type Resolved, resolveColumn } from "./evidence";
import { columnPath, type Family, familiesOf, fillBand, isUnitRow, samePath } from "./families";
import { isColumnNumberRow } from "./rowkinds";
import type {
  Block,
  ColumnNote,
  Header,
  LayoutCorrection,
  PeriodRole,
  RenstraColumns,
  RenstraMeaning,
  YearColumns,
} from "./types";
import { hasIndikator, RENSTRA_LABEL } from "./types";
import {
  apart,
  familyValues,
  kindField,
  kindOf,
  runOf,
  TW_KINDS,
  type TwKind,
  textColumn,
  toDateField,
  type ValueContext,
} from "./values";
import { monthOf, normaliseHeader, splitTw, TO_DATE, UNIT_RE } from "./vocabulary";

export const isNameField = (f: string | null | undefined): f is NameField =>
  (NAME_FIELDS as readonly (string | null | undefined)[]).includes(f);
const LEVELS = NAME_FIELDS.slice(0, 4) as readonly Level[];
/** Fields each level of a side-by-side table has its own column for. */
export const PER_LEVEL = new Set<PlanField>([
  "indikator",
  "satuan",
  "polaritas",
  "sifat",
  "targetTahunan",
  ...twFields("targetTw"),
  ...twFields("realisasiTw"),
  ...twFields("realisasiSdTw"),
  ...twFields("capaianTw"),
  "realisasiTahunan",
  "capaian",
  "kriteria",
]);

export interface HeaderContext {
  /** A person's correction: fixed facts, never re-guessed. */
  fix?: LayoutCorrection;
  /** The first data row: when given, the values under each TW family are evidence too. */
  dataStart?: number;
  /** The year being measured (see ReadOptions.tahun). */
  tahun?: number;
}

/** How much a family's header word supports each kind (a "realisasi" word also fits its budget side). */
const SUPPORT: Record<TwKind, Partial<Record<TwKind, number>>> = {
  targetTw: { targetTw: 2, rakTw: 0.5 },
  rakTw: { rakTw: 2, realisasiAnggaranTw: 0.3 },
  realisasiTw: { realisasiTw: 2, realisasiAnggaranTw: 1 },
  realisasiAnggaranTw: { realisasiAnggaranTw: 2, realisasiTw: 0.3 },
};
/** A weak word (TW numbers under an unknown group, a capaian per TW) counts this share of a word. */
const WEAK = 0.35;
/** Group words of notes kept beside the plan. */
const NOTES_RE = /\b(?:catatan|keterangan|ket)\b/;
/** Leaf words of an outcome or output column ("Kinerja Keluaran", "Keluaran (Output)"): an Indikator when the values under it are text. */
const RESULT_RE =
  /^(?:(?:indikator|kinerja) )?(?:hasil|keluaran|output|outcome)(?: (?:program|kegiatan|sub kegiatan|output|outcome))*$/;
/** A Renstra target column that is the end target by its words ("Kondisi Akhir", "Target Akhir Renstra"). */
const AKHIR_RE = /\bakhir\b/;
/** A kind needs more than this to be given to a family at all. */
const MIN_SCORE = 0.25;
/** A choice closer than this to the next one is shown as unsure. */
const SURE_MARGIN = 1;
/** An unnamed column is a family's annual target when its TW values fit it on this share of rows (≥ 2). */
const ANNUAL_SHARE = 0.8;

/** The kind each family takes: the assignment (each kind once) with the best total score. */
export function chooseKinds(
  scores: Record<TwKind, number>[],
  allowed: (family: number, kind: TwKind) => boolean = () => true,
): (TwKind | null)[] {
  const n = scores.length;
  const used = new Set<TwKind>();
  const pick: (TwKind | null)[] = Array(n).fill(null);
  let best: (TwKind | null)[] = [...pick];
  let bestTotal = 0;
  if (n > 8) {
    // Greedy over many families: the strongest single choice first.
    const order = scores
      .flatMap((s, i) => TW_KINDS.map((k) => ({ i, k, v: s[k] })))
      .sort((a, b) => b.v - a.v);
    for (const { i, k, v } of order)
      if (v > MIN_SCORE && best[i] === null && !used.has(k) && allowed(i, k)) {
        best[i] = k;
        used.add(k);
      }
    return best;
  }
  const go = (i: number, total: number) => {
    if (i === n) {
      if (total > bestTotal + 1e-9) {
        bestTotal = total;
        best = [...pick];
      }
      return;
    }
    pick[i] = null;
    go(i + 1, total);
    for (const k of TW_KINDS) {
      if (used.has(k) || scores[i][k] <= MIN_SCORE || !allowed(i, k)) continue;
      used.add(k);
      pick[i] = k;
      go(i + 1, total + scores[i][k]);
      used.delete(k);
      pick[i] = null;
    }
  };
  go(0, 0);
  return best;
}

/** The word kind of a family: what most of its members' header words say, and whether only weakly. */
function familyWord(
  fam: Family,
  resolved: (Resolved | null)[],
): { kind: TwKind | null; weak: boolean; word: string } {
  const count = new Map<TwKind, number>();
  const members = TWS.map((t) => fam.members[t])
    .filter((c): c is number => c !== undefined)
    .map((c) => resolved[c])
    .filter((r): r is Resolved => r !== null && kindOf(r.field) !== null);
  // A member's own words outweigh TW numbers alone ("Anggaran Kas / TW I" beside bare "TW II").
  const strong = members.filter((r) => !r.weak);
  const weak = strong.length === 0;
  let word = "";
  for (const r of weak ? members : strong) {
    const k = kindOf(r.field) as TwKind;
    count.set(k, (count.get(k) ?? 0) + 1);
    word ||= r.word;
  }
  let kind: TwKind | null = null;
  for (const [k, n] of count) if (kind === null || n > (count.get(kind) ?? 0)) kind = k;
  return { kind, weak: kind === null || weak, word };
}

export function readHeader(
  values: CellValue[][],
  top: number,
  bottom: number,
  width: number,
  merges: readonly RangeRef[] = [],
  ctx: HeaderContext = {},
): Header {
  const grid = fillBand(values, top, bottom, width, merges);
  // Units as typed: merged headers above fill the unit row's other cells in the grid, and text
  // repeated down from the row above (a vertical merge pasted from Word) is not the row's own.
  const typed = values.slice(top, bottom + 1).map((row) => row.map(normaliseHeader));
  const unitRows = typed.map((row, k) =>
    isUnitRow(row.map((t, c) => (k > 0 && typed[k - 1][c] === t && !UNIT_RE.test(t) ? "" : t))),
  );
  const fixed = new Map<number, PlanField | null>();
  for (const { col, field } of ctx.fix?.columns ?? []) if (col < width) fixed.set(col, field);
  const fixedRenstra = new Map<number, RenstraMeaning>();
  for (const { col, meaning } of ctx.fix?.renstra ?? [])
    if (col < width && !fixed.has(col)) fixedRenstra.set(col, meaning);

  // 1. Header paths: a column with no header of its own, or only the groups over its left neighbour,
  // continues that neighbour (a merged or blank second column).
  const paths: (string[] | null)[] = [];
  let previous: string[] = [];
  for (let c = 0; c < width; c++) {
    const path = columnPath(grid, unitRows, c);
    const continues =
      path.length === 0 ||
      (c > 0 && (samePath(path, previous) || samePath(path, previous.slice(0, path.length))));
    previous = path;
    // A column a person gave a meaning has a path, "" when it has no header at all.
    paths.push(continues && !fixed.has(c) && !fixedRenstra.has(c) ? null : path.length ? path : [""]);
  }

  // 2. Periods: earlier years and the Renstra leave this year's fields.
  // A corrected column still says which years the header names; it is never set aside.
  const periods: (Period | null)[] = paths.map((p, c) => {
    const period = p ? periodOf(p) : null;
    const m = fixedRenstra.get(c);
    if (!m) return period;
    // An earlier year's: the year its header names, else last year's (once the measured year is known).
    if (m === "laluTarget" || m === "laluRealisasi")
      return {
        kind: "year",
        role: m === "laluTarget" ? "target" : "realisasi",
        year: period?.kind === "year" ? period.year : null,
      };
    const role = m === "akhir" || m === "tahunan" ? "target" : m;
    return { kind: "renstra", role, year: period?.year ?? null };
  });
  // The year set in Pengaturan (or the title) is measured; a header naming only earlier years then
  // holds earlier years' figures, as long as a target without a year is left for this one.
  const ownTarget = paths.some((p, c) => {
    const f = p && !periods[c] ? resolveColumn(p.slice(0, -1), p[p.length - 1]).field : null;
    return f === "targetTahunan" || kindOf(f) === "targetTw";
  });
  // Permendagri 86's Renstra table (trial 8 #7): "Target Kinerja Tahun" (or any group) over 2025 …
  // 2029 beside "Kondisi Kinerja pada Akhir Periode Renstra", no target of its own: the Renstra's years.
  const yearTargets = periods.filter(
    (p, c): p is Period =>
      p?.kind === "year" &&
      (p.role ?? (/^(?:19|20)\d\d$/.test(`${paths[c]?.slice(-1)}`) && "target")) === "target" &&
      !fixed.has(c) &&
      !fixedRenstra.has(c),
  );
  if (!ownTarget && yearTargets[2] && periods.some((p) => p?.kind === "renstra" && p.role === "target"))
    for (const p of yearTargets) Object.assign(p, { kind: "renstra", role: "target" });
  const yearsNamed = new Set<number>();
  periods.forEach((p, c) => {
    if (p?.kind === "year" && p.year !== null && !fixedRenstra.has(c)) yearsNamed.add(p.year);
  });
  const measured =
    ctx.tahun !== undefined &&
    (yearsNamed.has(ctx.tahun) ||
      (ownTarget && yearsNamed.size > 0 && [...yearsNamed].every((y) => y < (ctx.tahun as number))))
      ? ctx.tahun
      : yearsNamed.size
        ? Math.max(...yearsNamed)
        : null;
  const thisYear = measured ?? ctx.tahun ?? null;
  periods.forEach((p, c) => {
    if (p?.kind === "year" && fixedRenstra.has(c) && thisYear !== null && (p.year ?? thisYear) >= thisYear)
      p.year = thisYear - 1;
  });
  const aside = periods.map(
    (p, c) => p !== null && !fixed.has(c) && !(p.kind === "year" && p.year === measured),
  );
  const years = new Map<number, YearColumns>();
  let renstra: RenstraColumns | null = null;
  const targets: { c: number; year: number | null; akhir: boolean }[] = [];
  let sdYear: number | null = null;
  // A person's Renstra meanings first: they take their role before any guess.
  const order = periods.map((_, c) => c).sort((a, b) => +fixedRenstra.has(b) - +fixedRenstra.has(a));
  for (const c of order) {
    const p = periods[c];
    if (!p || !aside[c] || !p.role) continue;
    if (p.kind === "year" && thisYear !== null && p.year !== null && p.year < thisYear) {
      const y = years.get(p.year) ?? { tahun: p.year, cols: {} };
      // "Realisasi Kinerja 2025" over TW I … IV: the TW columns of the role, the year's value by
      // sifat; a column of the role naming no TW ("Realisasi 2025") is the year's own figure.
      const leaf = paths[c]?.[(paths[c]?.length ?? 1) - 1] ?? "";
      y.tw ??= {};
      if (splitTw(leaf, true).tw) y.tw[p.role] = [...(y.tw[p.role] ?? []), c];
      else if (y.cols[p.role] === undefined || y.tw[p.role]?.includes(y.cols[p.role] as number))
        y.cols[p.role] = c;
      y.cols[p.role] ??= c;
      years.set(p.year, y);
      continue;
    }
    if (p.kind === "renstra") {
      renstra ??= { tahunAkhir: null, cols: {}, tahunan: [] };
      if (p.role === "target")
        targets.push({ c, year: p.year, akhir: AKHIR_RE.test(paths[c]?.join(" ") ?? "") });
      else if (renstra.cols[p.role] === undefined) {
        renstra.cols[p.role] = c;
        if (p.role === "realisasi") sdYear = p.year;
      }
    }
  }
  // A Renstra block ("Target Renstra" over 2022 … 2026, "Kondisi Akhir"): the end target is the
  // column a person chose, else the one saying "akhir", else the last year; each other year's column
  // is that year's Renstra target, never the end target.
  if (renstra) {
    const r: RenstraColumns = renstra;
    const end =
      targets.find((t) => fixedRenstra.get(t.c) === "akhir") ??
      targets.find((t) => t.akhir && !fixedRenstra.has(t.c)) ??
      [...targets].filter((t) => !fixedRenstra.has(t.c)).sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
    const yearly = targets.filter((t) => t !== end && t.year !== null);
    r.tahunan = yearly.map((t) => ({ tahun: t.year as number, col: t.c }));
    if (end) {
      r.cols.target = end.c;
      r.tahunAkhir = end.year ?? (yearly.length ? Math.max(...yearly.map((t) => t.year as number)) : null);
    }
  }

  // 3. Words.
  const resolved: (Resolved | null)[] = paths.map((p, c) =>
    p && !aside[c] ? resolveColumn(p.slice(0, -1), p[p.length - 1]) : null,
  );
  const guessed = resolved.map((r) => r?.field ?? null);
  // "Hasil" / "Keluaran" (outcome, output) over text on the rows: the indicators of the rows.
  const below = ctx.dataStart ?? bottom + (isColumnNumberRow(values[bottom + 1] ?? []) ? 2 : 1);
  // Beside an Indikator column, only when filled on other rows (a remark "Hasil": "Tercapai" is not).
  const named = guessed.flatMap((f, c) => ((fixed.has(c) ? fixed.get(c) : f) === "indikator" ? [c] : []));
  paths.forEach((p, c) => {
    if (
      p &&
      !aside[c] &&
      !guessed[c] &&
      RESULT_RE.test(p[p.length - 1]) &&
      textColumn(values, below, c) &&
      named.every((k) => apart(values, below, c, k))
    ) {
      guessed[c] = "indikator";
      resolved[c] = {
        field: "indikator",
        levelGroup: null,
        bareRealisasi: false,
        bare: null,
        word: p[p.length - 1],
        weak: false,
      };
    }
  });
  // "Uraian" twice and no Indikator (its group word unknown): program names first, then the
  // indicators ("INDIKATOR KINERJA" over "URAIAN | SATUAN | TARGET" in an office's own words).
  const uraians = guessed.flatMap((f, c) => (f === "uraian" && !fixed.has(c) ? [c] : []));
  if (uraians.length === 2 && !guessed.includes("indikator") && ![...fixed.values()].includes("indikator")) {
    const c = uraians[1];
    guessed[c] = "indikator";
    resolved[c] = { ...(resolved[c] as Resolved), field: "indikator", weak: true };
  }
  const fixedFields = new Set([...fixed.values()].filter((f): f is PlanField => f !== null));
  const indicatorColumns =
    guessed.filter((f) => f === "indikator").length + (fixedFields.has("indikator") ? 1 : 0);
  const firstOf = (f: PlanField): number | undefined => {
    for (const [c, g] of fixed) if (g === f) return c;
    const c = guessed.indexOf(f);
    return c < 0 || fixed.has(c) ? undefined : c;
  };

  // 4. TW families, each given one kind from its words and the values under it.
  const fams = familiesOf(paths.map((p, c) => (p && !aside[c] && !fixed.has(c) ? p : null)));
  const vctx: ValueContext = {
    indikator: guessed.flatMap((f, c) => ((fixed.has(c) ? fixed.get(c) : f) === "indikator" ? [c] : [])),
    satuan: firstOf("satuan"),
    pagu: firstOf("pagu"),
    targetTahunan: firstOf("targetTahunan"),
  };
  // 4a. An annual target no word names ("Tahun 2025", the year measured): a column of numbers that a
  // TW family's values fit by sifat (sum, last, all equal) on most rows is that family's target.
  let annual: { col: number; fam: number; fit: number; of: number } | null = null;
  if (ctx.dataStart !== undefined && vctx.targetTahunan === undefined && !fixedFields.has("targetTahunan")) {
    const inFamily = new Set(fams.flatMap((f) => Object.values(f.members)));
    for (let c = 0; c < width; c++) {
      const p = paths[c];
      if (!p || aside[c] || fixed.has(c) || guessed[c] || resolved[c]?.bareRealisasi || inFamily.has(c))
        continue;
      if (NOTES_RE.test(p.join(" "))) continue;
      for (let i = 0; i < fams.length; i++) {
        if (TWS.some((t) => fams[i].members[t] === undefined)) continue;
        const a = familyValues(values, ctx.dataStart, fams[i].members, { ...vctx, targetTahunan: c });
        if (a.of >= 2 && a.fit >= ANNUAL_SHARE * a.of && a.fit > (annual?.fit ?? 0))
          annual = { col: c, fam: i, fit: a.fit, of: a.of };
      }
    }
    if (annual) vctx.targetTahunan = annual.col;
  }
  // 4b. A TW family a person gave keeps its meaning; its values still say when it looks like another.
  const fixNotes: string[] = [];
  for (const k of ctx.dataStart === undefined ? [] : TW_KINDS) {
    const members: Partial<Record<Tw, number>> = {};
    for (const [c, f] of fixed) if (f && kindOf(f) === k) members[Number(f.slice(-1)) as Tw] = c;
    const cols = Object.values(members);
    if (cols.length < 2) continue;
    const v = familyValues(values, ctx.dataStart as number, members, vctx);
    const money = k === "rakTw" || k === "realisasiAnggaranTw";
    const why =
      v.scores[k] < 0
        ? money
          ? "nilainya bukan rupiah"
          : "berisi nilai rupiah"
        : k === "targetTw" && v.of && v.fit * 2 < v.of
          ? `nilainya tidak cocok dengan target tahunan pada ${v.of - v.fit} dari ${v.of} baris`
          : "";
    const at = cols.map((c) => columnLetter(c + 1));
    if (why)
      fixNotes.push(
        `Kolom ${cols.length === 4 && cols[3] - cols[0] === 3 ? `${at[0]}–${at[3]}` : at.join(", ")} dibaca sebagai ${familyHeader(kindField(k, 1))} TW karena koreksi di Pengaturan, tetapi ${why}; periksa koreksinya di Cara dibaca.`,
      );
  }
  const famWords = fams.map((f) => familyWord(f, resolved));
  const famValues = fams.map((f) =>
    ctx.dataStart === undefined ? null : familyValues(values, ctx.dataStart, f.members, vctx),
  );
  const famScores = fams.map((fam, i) => {
    const s: Record<TwKind, number> = { targetTw: 0, rakTw: 0, realisasiTw: 0, realisasiAnggaranTw: 0 };
    // Under "Catatan" / "Keterangan" the office keeps notes: whatever the numbers, a person says what
    // they are (the panel shows them as unsure when they hold numbers).
    if (NOTES_RE.test(fam.key)) return s;
    const w = famWords[i];
    for (const k of TW_KINDS) {
      const support = w.kind ? (SUPPORT[w.kind][k] ?? 0) : 0;
      s[k] = support * (w.weak ? WEAK : 1) + (famValues[i]?.scores[k] ?? 0);
    }
    return s;
  });
  // A family may take a kind while a person has not put all of its TWs' fields elsewhere (the
  // fields a person put elsewhere leave the family's columns below).
  const kinds = chooseKinds(famScores, (i, k) =>
    TWS.some(
      (t) =>
        fams[i].members[t] !== undefined &&
        !fixedFields.has(kindField(k, t)) &&
        !fixedFields.has(toDateField(kindField(k, t))),
    ),
  );
  const decided = new Map<number, PlanField | null>();
  const famNote = new Map<number, { evidence: string; unsure: boolean; word: string; doubt: string }>();
  fams.forEach((fam, i) => {
    const kind = kinds[i];
    const s = famScores[i];
    const chosen = kind ? s[kind] : 0;
    const next = Math.max(0, ...TW_KINDS.filter((k) => k !== kind).map((k) => s[k]));
    const w = famWords[i];
    // "Realisasi Kumulatif / s.d. TW I": figures to date, unless most rows' values fall (per TW).
    const words =
      (kind === "realisasiTw" || kind === "realisasiAnggaranTw") &&
      TWS.some((t) => TO_DATE.test(paths[fam.members[t] ?? -1]?.join(" ") ?? ""));
    const run = words && ctx.dataStart !== undefined ? runOf(values, ctx.dataStart, fam.members) : null;
    const sd = words && (!run || run.fall <= run.rise);
    const toDate = words && !sd;
    const capaianFamily =
      kind === null &&
      TWS.every((t) => {
        const c = fam.members[t];
        return c === undefined || resolved[c]?.capaian;
      });
    const unsure =
      toDate ||
      (!sd &&
        !capaianFamily &&
        (kind !== null || w.kind !== null) &&
        (chosen - next < SURE_MARGIN || w.weak || kind !== w.kind));
    // Why, in one Indonesian phrase, the strongest reason first.
    const doubt = !unsure
      ? ""
      : toDate
        ? `judulnya menyebut s.d. triwulan (kumulatif), tetapi nilainya turun pada ${run?.fall} dari ${(run?.fall ?? 0) + (run?.rise ?? 0)} baris, jadi dibaca per triwulan`
        : w.weak
          ? w.word
            ? `kata "${w.word}" saja belum cukup; dibaca dari nilainya`
            : "tidak ada kata judul yang dikenal; dibaca dari nilainya"
          : kind !== w.kind
            ? `nilainya tidak sesuai dengan kata "${w.word}"`
            : "kata dan nilainya hampir sama kuat untuk arti lain";
    const evidence = [
      famValues[i]?.evidence ?? "",
      sd && run?.rise ? `tidak pernah turun pada ${run.rise} dari ${run.rise + run.fall} baris` : "",
    ]
      .filter(Boolean)
      .join("; ");
    for (const t of TWS) {
      const c = fam.members[t as Tw];
      if (c === undefined) continue;
      // A capaian family no TW kind took ("Capaian Fisik (%)" beside a realisasi): staff's capaian per TW.
      const f = kind ? kindField(kind, t) : capaianFamily ? (`capaianTw${t}` as PlanField) : null;
      decided.set(c, f && sd ? toDateField(f) : f);
      famNote.set(c, { evidence, unsure, word: w.word, doubt });
    }
  });

  // A lone "Capaian TW II" beside a Realisasi TW II read elsewhere is the staff's typed capaian.
  const taken = new Set([
    ...[...decided.values()].map((f) => (f ? f.replace("SdTw", "Tw") : f)),
    ...guessed.filter((_, c) => !resolved[c]?.weak),
  ]);
  resolved.forEach((r, c) => {
    if (
      r?.weak &&
      kindOf(r.field) === "realisasiTw" &&
      !decided.has(c) &&
      taken.has(r.field) &&
      !taken.has("capaian")
    ) {
      resolved[c] = { ...r, field: "capaian", weak: false };
      guessed[c] = "capaian";
      taken.add("capaian");
    }
  });

  if (annual && kinds[annual.fam] === "targetTw") {
    decided.set(annual.col, "targetTahunan");
    famNote.set(annual.col, {
      evidence: `sesuai target TW pada ${annual.fit} dari ${annual.of} baris`,
      unsure: false,
      word: "",
      doubt: "",
    });
  }

  // 5. The field of each column: corrected, else its family's kind, else its words. A field a person
  // fixed leaves every other column (per level fields only when the levels stand side by side).
  const fieldOf = (c: number): PlanField | null => {
    if (fixed.has(c)) return fixed.get(c) ?? null;
    const f = decided.has(c) ? (decided.get(c) ?? null) : guessed[c];
    if (f && fixedFields.has(f) && !(PER_LEVEL.has(f) && indicatorColumns > 1)) return null;
    // A person's realisasi to date leaves the same TW's per-TW realisasi guessed elsewhere.
    if (f && f !== toDateField(f) && fixedFields.has(toDateField(f))) return null;
    return f;
  };

  // 6. Level blocks: a name column (or a level group over columns) starts one.
  const fields: (PlanField | null)[] = [];
  const spanOf: (number | null)[] = [];
  const blocks: Block[] = [];
  const shared: Partial<Record<PlanField, number>> = {};
  const newBlock = (level: Level | null, nameField: NameField | null): Block => {
    const b: Block = { level, nameField, cols: {}, alt: [], bareRealisasi: null, long: null };
    blocks.push(b);
    return b;
  };
  let block: Block | null = null;
  for (let c = 0; c < width; c++) {
    if (paths[c] === null) {
      const root = c > 0 ? (spanOf[c - 1] ?? c - 1) : null;
      spanOf.push(root !== null && fields[root] !== null ? root : null);
      fields.push(null);
      continue;
    }
    spanOf.push(null);
    const f = fieldOf(c);
    fields.push(f);
    const r = resolved[c];
    const levelGroup = fixed.has(c) ? null : (r?.levelGroup ?? null);
    if (levelGroup && (!block || block.level !== levelGroup)) block = newBlock(levelGroup, levelGroup);
    if (isNameField(f)) {
      if (!(block && levelGroup && block.nameField === f && block.cols[f] === undefined)) {
        block = newBlock(f === "uraian" ? null : (f as Level), f);
      }
      block.cols[f] ??= c;
      continue;
    }
    if (!fixed.has(c) && r?.bareRealisasi && !fixedFields.has("realisasiTahunan")) {
      block ??= newBlock(null, null);
      block.bareRealisasi ??= c;
      continue;
    }
    if (!f) continue;
    if (PER_LEVEL.has(f)) {
      block ??= newBlock(null, null);
      const at = block.cols[f];
      // A person's column wins over a guessed one; a second Indikator column of the block (outcome
      // "Hasil" on program rows, output "Keluaran" on kegiatan rows) gives the rows where it is filled.
      const mine = at === undefined || (fixed.has(c) && !fixed.has(at));
      if (f === "indikator" && at !== undefined) block.alt.push(mine ? at : c);
      if (mine) block.cols[f] = c;
    } else shared[f] ??= c;
  }

  // 6a. Levels side by side under group words nobody knows (the LAKIP's Program | Kegiatan | Sub
  // Kegiatan in an office's own words): blocks that each start with an Uraian column and hold their
  // own Indikator are the levels, outermost on the left (sasaran only when there are four).
  const unnamed = blocks.filter(hasIndikator);
  if (unnamed.length > 1 && unnamed.every((b) => b.nameField === "uraian" && b.level === null)) {
    const levels = LEVELS.slice(unnamed.length > 3 ? 0 : 1);
    unnamed.forEach((b, i) => {
      const l = levels[i];
      const c = b.cols.uraian;
      if (!l || c === undefined) return;
      delete b.cols.uraian;
      b.level = l;
      b.nameField = l;
      b.cols[l] = c;
      fields[c] = l;
    });
  }

  // 7. One indicator column: every per level field belongs to its rows, wherever the column sits
  // (realisasi appended after Penanggung Jawab, the indikator left of the program column).
  const withIndikator = blocks.filter(hasIndikator);
  if (withIndikator.length === 1) {
    const home = withIndikator[0];
    for (const b of blocks) {
      if (b === home) continue;
      for (const [f, c] of Object.entries(b.cols) as [PlanField, number][]) {
        if (isNameField(f)) continue;
        if (home.cols[f] === undefined || fixed.has(c)) home.cols[f] = c;
        delete b.cols[f];
      }
      if (b.bareRealisasi !== null) {
        home.bareRealisasi ??= b.bareRealisasi;
        b.bareRealisasi = null;
      }
    }
  }

  // 7a. A cash plan by month ("Rencana Penarikan Dana" over Jan … Des, no realisasi word), when no
  // column is the RAK per TW: twelve columns in order, the RAK of each TW the sum of its three months.
  let months: number[] | null = null;
  const monthAt = (c: number) => {
    const p = paths[c];
    const leaf = p?.[p.length - 1] ?? "";
    return p && !fixed.has(c) && !aside[c] && !/\breal|\brlsi|serapan/.test(p.join(" ")) ? monthOf(leaf) : -1;
  };
  // The months a person gave (Cara dibaca "RAK per bulan"), in their order: they win.
  // Another count (typed by hand) is named, never used.
  const given = ctx.fix?.months?.sort((a, b) => a - b);
  if (given?.length) {
    if (given.length === 12) months = given;
    else fixNotes.push(MONTHS_NEED);
  } else if (!fields.some((f) => kindOf(f) === "rakTw"))
    for (let c = 0; c + 11 < width && !months; c++)
      if (BULAN.every((_, i) => monthAt(c + i) === i)) months = BULAN.map((_, i) => c + i);

  // 8. What each column was read from.
  const notes: ColumnNote[] = [];
  paths.forEach((p, c) => {
    if (p === null) return;
    const fam = famNote.get(c);
    const r = resolved[c];
    const period = periods[c];
    let role = "";
    if (period && aside[c] && period.role) {
      const what = { target: "Target", realisasi: "Realisasi", persentase: "Persentase" }[period.role];
      if (period.kind === "renstra") role = renstraRole(renstra, c, period.role);
      else if (period.kind === "year" && thisYear !== null && (period.year ?? 0) < thisYear)
        role = `Tahun ${period.year}: ${what}`;
    }
    const month = months?.indexOf(c) ?? -1;
    if (month >= 0) role = `RAK TW ${ROMAN[Math.floor(month / 3)]} (bulan ke-${month + 1})`;
    notes.push({
      col: c,
      header: p.join(" / "),
      word: fixed.has(c) ? "" : (fam?.word ?? r?.word ?? ""),
      evidence: fixed.has(c) ? "" : (fam?.evidence ?? ""),
      corrected: fixed.has(c) || fixedRenstra.has(c),
      unsure: !fixed.has(c) && (fam ? fam.unsure : Boolean(r?.weak && r.field)),
      doubt: fixed.has(c)
        ? ""
        : fam
          ? fam.doubt
          : r?.weak && r.field
            ? r.word
              ? `kata "${r.word}" saja belum cukup`
              : "hanya nomor TW, tanpa kata judul"
            : "",
      role,
    });
  });

  return {
    top,
    bottom,
    fields,
    spanOf,
    blocks,
    shared,
    notes,
    years: [...years.values()].sort((a, b) => a.tahun - b.tahun),
    renstra,
    tahun: measured ?? sdYear,
    fixNotes,
    months,
    bare: resolved.map((r, c) => (fixed.has(c) ? null : (r?.bare ?? null))),
  };
}

/** How the panel names a Renstra column: "Renstra: Target akhir (2026)", "Renstra: Target 2023", …. */
function renstraRole(r: RenstraColumns | null, c: number, role: PeriodRole): string {
  if (role === "realisasi") return `${RENSTRA_LABEL.realisasi}`;
  if (role === "persentase") return RENSTRA_LABEL.persentase;
  if (r?.cols.target === c) return `${RENSTRA_LABEL.akhir}${r.tahunAkhir ? ` (${r.tahunAkhir})` : ""}`;
  const y = r?.tahunan.find((t) => t.col === c);
  return y ? `Renstra: Target ${y.tahun}` : "";
}
