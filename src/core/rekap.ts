import { budgetRows } from "./budget";
import type { CellValue } from "./cells";
import type { Finding } from "./checks/types";
import { BELUM_DIISI, NO_TARGET } from "./evaluasi";
import type { Scale } from "./kriteria";
import type { PlanTable, Tw } from "./plan";
import { type IndicatorFigures, indicatorFigures } from "./report/figures";

/**
 * The Inspektorat's rekap: one row per OPD file of a quarter, computed from the file's plan tabs by
 * the same rules as its own evaluation tab and Ringkasan (sifat, "–" where the TW has no target,
 * CAPAIAN, KRITERIA on the office's scale, the pagu rows the Ringkasan sums) and from the same
 * findings as `periksa`. Pure: the use case (src/app/rekap.ts) reads each file once and passes
 * what it read.
 */

export type ReviewStatus = "dikirim" | "belum dikirim" | "dibuka kembali" | "direviu";

/**
 * What the rekap's Status reviu says: the review state, except that a file whose data changed after
 * it was sent (its fingerprint, as Verifikasi compares it) is never "dikirim" or "direviu": what the
 * Inspektorat holds is not what was sent or reviewed.
 */
export type RekapStatus = ReviewStatus | "berubah setelah dikirim" | "berubah setelah direviu";

export function rekapStatus(status: ReviewStatus, changed: boolean | null): RekapStatus {
  if (changed !== true) return status;
  if (status === "direviu") return "berubah setelah direviu";
  if (status === "dikirim") return "berubah setelah dikirim";
  // Reopened: the office is correcting it, as it was asked to.
  return status;
}

/** "berubah setelah …": the file is not what was sent or reviewed. */
export const changedStatus = (s: RekapStatus | null): boolean => s?.startsWith("berubah") ?? false;

/** What became of one indicator in the quarter, as its evaluation-tab row shows it. */
export type Outcome =
  /** Rated: its capaian s.d. TW and the kriteria label. */
  | { kind: "dinilai"; capaian: number; label: string }
  /** The TW has no target (blank, or 0 for a positive indicator): "–". */
  | { kind: "tanpaTarget" }
  /** A target, but this TW's realisasi is not reported yet: "belum diisi", never rated. */
  | { kind: "belumDiisi" }
  /** A capaian that cannot be computed or rated (target 0, text, mixed scales); `capaian` when it is a number. */
  | { kind: "tidakDihitung"; capaian: number | null; message: string };

/**
 * What became of one indicator in the quarter, read from its figures as the reports compute them
 * (core/report/figures.ts: the evaluation tab's own functions and rules), so the rekap, the report
 * and the tab never disagree. A TW whose realisasi is not reported yet is "belum diisi", never rated.
 */
export function outcomeOf(f: IndicatorFigures, scale: Scale): Outcome {
  if (f.capaianSd === NO_TARGET) return { kind: "tanpaTarget" };
  // As the evaluation tab's Kriteria: a TW without its own target is rated on the earlier TWs.
  if (f.kriteria === BELUM_DIISI || f.capaianSd === "") return { kind: "belumDiisi" };
  if (typeof f.capaianSd !== "number")
    return { kind: "tidakDihitung", capaian: null, message: String(f.capaianSd) };
  const label = typeof f.kriteria === "string" ? f.kriteria : "";
  if (!scale.bands.some((b) => b.label === label))
    return { kind: "tidakDihitung", capaian: f.capaianSd, message: label };
  return { kind: "dinilai", capaian: f.capaianSd, label };
}

/** A file's figures for the quarter (one row of the rekap without its review and findings). */
export interface Figures {
  indikator: number;
  /** Indicators per kriteria label, every label of the scale present (0 when none). */
  kriteria: Record<string, number>;
  tanpaTarget: number;
  belumDiisi: number;
  tidakDihitung: number;
  /** Mean and median of the capaian s.d. TW that are numbers (percent points); null when none. */
  rataCapaian: number | null;
  medianCapaian: number | null;
  /** Rupiah over the rows the Ringkasan sums; null when the file has no pagu at all. */
  pagu: number | null;
  realisasiAnggaran: number | null;
  /** realisasi anggaran / pagu × 100; null when either is missing or the pagu is 0. */
  serapan: number | null;
  /**
   * A budget line's spending of the TW is not reported: realisasi anggaran and serapan are
   * "belum diisi" (both null), as in the Ringkasan, never the sum up to an earlier TW.
   */
  anggaranBelumDiisi: boolean;
  /** Every capaian s.d. TW that is a number, in plan order: the total row pools them. */
  capaian: number[];
}

/** A number the sheet's SUM adds: numbers only (SUM skips text and blanks). */
const summed = (v: CellValue): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

export function mean(xs: readonly number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

export function median(xs: readonly number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const share = (part: number | null, whole: number | null): number | null =>
  part === null || whole === null || whole === 0 ? null : (part / whole) * 100;

/** The quarter's figures of the chosen bidang plans (the tabs the evaluation tab is made of). */
export function figuresOf(plans: readonly PlanTable[], tw: Tw, scale: Scale): Figures {
  const kriteria: Record<string, number> = Object.fromEntries(scale.bands.map((b) => [b.label, 0]));
  const out: Figures = {
    indikator: 0,
    kriteria,
    tanpaTarget: 0,
    belumDiisi: 0,
    tidakDihitung: 0,
    rataCapaian: null,
    medianCapaian: null,
    pagu: null,
    realisasiAnggaran: null,
    serapan: null,
    anggaranBelumDiisi: false,
    capaian: [],
  };
  let pagu: number | null = null;
  let spent: number | null = null;
  // All plans at once: a line's child lines may be in another bidang tab (per eselon).
  const all = indicatorFigures([...plans], { tw, scale });
  for (const f of all) {
    out.indikator++;
    const o = outcomeOf(f, scale);
    if (o.kind === "dinilai") {
      kriteria[o.label] = (kriteria[o.label] ?? 0) + 1;
      out.capaian.push(o.capaian);
    } else if (o.kind === "tidakDihitung") {
      out.tidakDihitung++;
      if (o.capaian !== null) out.capaian.push(o.capaian);
    } else out[o.kind]++;
  }
  // The Ringkasan's Jumlah pagu and realisasi anggaran: each budget line once over the bidang tabs (a
  // kegiatan whose program another tab lists is inside that program's pagu), summed as SUM does.
  for (const i of budgetRows(all.map((f) => ({ ...f.row, tab: f.tab })))) {
    const p = summed(all[i].pagu);
    if (p !== null) pagu = (pagu ?? 0) + p;
    if (all[i].realisasiAnggaranSd === BELUM_DIISI) out.anggaranBelumDiisi = true;
    const s = summed(all[i].realisasiAnggaranSd);
    if (s !== null) spent = (spent ?? 0) + s;
  }
  out.rataCapaian = mean(out.capaian);
  out.medianCapaian = median(out.capaian);
  out.pagu = pagu;
  out.realisasiAnggaran = out.anggaranBelumDiisi ? null : spent;
  out.serapan = out.anggaranBelumDiisi ? null : share(spent, pagu);
  return out;
}

export interface TopRule {
  aturan: string;
  judul: string;
  jumlah: number;
}

/** Galat and peringatan counts and the three rules that gave most of them (ties: the graver, then the earlier). */
export function findingCounts(
  findings: readonly Pick<Finding, "rule" | "severity">[],
  titles: Readonly<Record<string, string>>,
  top = 3,
): { galat: number; peringatan: number; aturanTeratas: TopRule[] } {
  const counts = new Map<string, number>();
  let galat = 0;
  let peringatan = 0;
  for (const f of findings) {
    if (f.severity === "info") continue;
    if (f.severity === "error") galat++;
    else peringatan++;
    counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  }
  // Map order is first appearance; findings come sorted by severity, so a stable sort keeps the graver first.
  const aturanTeratas = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([aturan, jumlah]) => ({ aturan, judul: titles[aturan] ?? aturan, jumlah }));
  return { galat, peringatan, aturanTeratas };
}

/** One file of the rekap: its figures, findings and review status, or why it could not be read. */
export interface RekapRow {
  file: string;
  opd: string;
  tahun: number | null;
  tw: Tw;
  indikator: number | null;
  kriteria: Record<string, number>;
  tanpaTarget: number | null;
  belumDiisi: number | null;
  tidakDihitung: number | null;
  rataCapaian: number | null;
  medianCapaian: number | null;
  pagu: number | null;
  realisasiAnggaran: number | null;
  serapan: number | null;
  /** Spending of the TW not reported on a budget line: realisasi anggaran and serapan "belum diisi". */
  anggaranBelumDiisi: boolean;
  galat: number | null;
  peringatan: number | null;
  aturanTeratas: TopRule[];
  status: RekapStatus | null;
  dikirimPada: string | null;
  dikirimOleh: string | null;
  /**
   * The fingerprint now differs from the one recorded when the TW was sent; null when never sent,
   * or when a record made by an older add-on cannot tell (then `sidikCatatan` says why).
   */
  sidikBerubah: boolean | null;
  /** Verifikasi's sentence when an older record was read beyond its hash (cells filled in later, an Excel save, rows it cannot judge). */
  sidikCatatan: string | null;
  /** Place by average capaian (1 = highest); null for a file without one, or not counted. */
  peringkat: number | null;
  /**
   * Why the file is left out of the total and the ranking (another file of the same OPD, year and
   * TW is counted, or none of them can be), in one Indonesian sentence; null when it counts.
   */
  tidakDijumlahkan: string | null;
  /** One Indonesian sentence when the file could not be read; null otherwise. */
  error: string | null;
}

/** Files of one OPD, year and TW: which one the total counts, and the sentence that says so. */
export interface Duplicate {
  opd: string;
  tahun: number;
  berkas: string[];
  /** The file counted (the last sent whose data is unchanged), or null when none can be. */
  dihitung: string | null;
  kalimat: string;
}

export interface RekapFinding {
  file: string;
  opd: string;
  tab: string;
  cell: string;
  rule: string;
  severity: Finding["severity"];
  message: string;
  suggestion: string;
}

/** What the use case found in one file. */
export interface FileResult {
  row: RekapRow;
  /** The pooled capaian of the file, for the total row. */
  capaian: number[];
  findings: RekapFinding[];
}

/** A row for a file that could not be read: every figure empty, the reason in `error`. */
export function failedRow(file: string, tw: Tw, error: string, opd = ""): RekapRow {
  return {
    file,
    opd,
    tahun: null,
    tw,
    indikator: null,
    kriteria: {},
    tanpaTarget: null,
    belumDiisi: null,
    tidakDihitung: null,
    rataCapaian: null,
    medianCapaian: null,
    pagu: null,
    realisasiAnggaran: null,
    serapan: null,
    anggaranBelumDiisi: false,
    galat: null,
    peringatan: null,
    aturanTeratas: [],
    status: null,
    dikirimPada: null,
    dikirimOleh: null,
    sidikBerubah: null,
    sidikCatatan: null,
    peringkat: null,
    tidakDijumlahkan: null,
    error,
  };
}

/**
 * The figures below are over the files counted: a file left out as a duplicate (`tidakDijumlahkan`)
 * is in `berkas` and `tidakDijumlahkan` only.
 */
export interface RekapTotal {
  berkas: number;
  /** Files that could not be read. */
  gagal: number;
  /** Files left out because another file of the same OPD, year and TW is counted (or none can be). */
  tidakDijumlahkan: number;
  indikator: number;
  kriteria: Record<string, number>;
  tanpaTarget: number;
  belumDiisi: number;
  tidakDihitung: number;
  /** Over every indicator of every file (not a mean of the files' means). */
  rataCapaian: number | null;
  medianCapaian: number | null;
  pagu: number | null;
  realisasiAnggaran: number | null;
  serapan: number | null;
  /** A file's spending of the TW is not reported: the total realisasi anggaran is "belum diisi". */
  anggaranBelumDiisi: boolean;
  galat: number;
  peringatan: number;
  aturanTeratas: TopRule[];
  dikirim: number;
  belumDikirim: number;
  dibukaKembali: number;
  direviu: number;
  /** Sent, then changed: neither "dikirim" nor "direviu". */
  berubahSesudahDikirim: number;
  berubahSesudahDireviu: number;
  /** Files whose data changed after they were sent (reopened ones too). */
  berubahSetelahDikirim: number;
}

export interface Rekap {
  tw: Tw;
  /** Every kriteria label met, in scale order (the columns of the table). */
  labels: string[];
  files: RekapRow[];
  total: RekapTotal;
  /** Indexes into `files`, highest average capaian first; files without one, or not counted, are not ranked. */
  ranking: number[];
  findings: RekapFinding[];
  /** Files of the same OPD, year and TW, each group with its sentence. */
  duplikat: Duplicate[];
}

/** "a", "a dan b", "a, b dan c". */
const listed = (xs: readonly string[]) =>
  xs.length < 2 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} dan ${xs[xs.length - 1]}`;

/** The figures two copies of one file share: equal, it does not matter which one is counted. */
const figuresKey = (f: RekapRow) =>
  JSON.stringify([
    f.indikator,
    f.kriteria,
    f.tanpaTarget,
    f.belumDiisi,
    f.tidakDihitung,
    f.rataCapaian,
    f.pagu,
    f.realisasiAnggaran,
    f.galat,
    f.peringatan,
  ]);

/**
 * Files that carry the same OPD and year (a rekap is of one TW): an office that sent a corrected
 * file, the same file saved twice, a doctored copy. Summing them would count the office twice, so
 * one is counted: the one sent last whose data is still what was sent (as Verifikasi says), else,
 * when all have the same figures (one file saved twice), the first. When none was sent unchanged
 * and their figures differ, or two such differ and were sent at the same moment, the Inspektorat
 * cannot know which one the office stands by, and none is counted: the sentence says to keep one.
 * Sets `tidakDijumlahkan` on the files left out.
 */
export function markDuplicates(files: RekapRow[], tw: Tw): Duplicate[] {
  const groups = new Map<string, number[]>();
  files.forEach((f, i) => {
    if (f.indikator === null || !f.opd || f.tahun === null) return;
    const key = `${f.opd.toLocaleLowerCase("id").replace(/\s+/g, " ").trim()}|${f.tahun}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const out: Duplicate[] = [];
  const roman = ["I", "II", "III", "IV"][tw - 1];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const sentUnchanged = members.filter(
      (i) =>
        (files[i].status === "dikirim" || files[i].status === "direviu") &&
        files[i].sidikBerubah === false &&
        files[i].dikirimPada !== null,
    );
    const last = sentUnchanged.reduce(
      (m, i) => ((files[i].dikirimPada as string) > m ? (files[i].dikirimPada as string) : m),
      "",
    );
    const top = sentUnchanged.filter((i) => files[i].dikirimPada === last);
    const sameAs = (i: number, j: number) => figuresKey(files[i]) === figuresKey(files[j]);
    const trusted = top.length > 0 && top.every((i) => sameAs(i, top[0])) ? top[0] : null;
    // Copies with the same figures (one file saved twice): which one is counted changes nothing.
    const copies = members.every((i) => sameAs(i, members[0]));
    const counted = trusted ?? (copies ? members[0] : null);
    const { opd, tahun } = files[members[0]];
    const names = members.map((i) => `"${files[i].file}"`);
    const same = `berisi OPD, tahun dan TW yang sama (${opd}, tahun ${tahun}, TW ${roman})`;
    const kalimat =
      counted === null
        ? `Berkas ${listed(names)} ${same} dan tidak satu pun dapat dipastikan sebagai kiriman terakhir yang datanya tidak berubah, jadi tidak satu pun dijumlahkan atau diberi peringkat: sisakan satu berkas untuk OPD ini lalu rekap lagi.`
        : trusted === null
          ? `Berkas ${listed(names)} ${same} dengan angka yang sama: hanya "${files[counted].file}" dijumlahkan dan diberi peringkat; yang lain tidak.`
          : `Berkas ${listed(names)} ${same}: hanya "${files[counted].file}", yang terakhir dikirim dan datanya masih sama dengan yang dikirim, dijumlahkan dan diberi peringkat; yang lain tidak.`;
    for (const i of members)
      if (i !== counted)
        files[i].tidakDijumlahkan =
          counted === null
            ? "Tidak dijumlahkan: berkas lain berisi OPD, tahun dan TW yang sama, dan tidak satu pun dapat dipastikan sebagai kiriman terakhir."
            : trusted === null
              ? `Tidak dijumlahkan: angkanya sama dengan "${files[counted].file}", yang dijumlahkan.`
              : `Tidak dijumlahkan: "${files[counted].file}" berisi OPD, tahun dan TW yang sama dan dikirim terakhir.`;
    out.push({
      opd,
      tahun: tahun as number,
      berkas: members.map((i) => files[i].file),
      dihitung: counted === null ? null : files[counted].file,
      kalimat,
    });
  }
  return out;
}

const sumOf = (rows: readonly RekapRow[], pick: (r: RekapRow) => number | null): number | null => {
  const xs = rows.map(pick).filter((v): v is number => v !== null);
  return xs.length ? xs.reduce((a, b) => a + b, 0) : null;
};

/** The rekap of files already read: rows in the order given, the total, the ranking. */
export function buildRekap(
  tw: Tw,
  results: readonly FileResult[],
  labelsInOrder: readonly string[],
  titles: Readonly<Record<string, string>>,
): Rekap {
  const files = results.map((r) => ({ ...r.row }));
  const duplikat = markDuplicates(files, tw);
  const counts = (i: number) => files[i].tidakDijumlahkan === null;
  const counted = files.filter((_, i) => counts(i));
  const labels = [...labelsInOrder];
  for (const f of files) for (const l of Object.keys(f.kriteria)) if (!labels.includes(l)) labels.push(l);
  // Highest average first; ties by OPD name, then file, so the order never depends on input order.
  const ranking = files
    .map((_, i) => i)
    .filter((i) => files[i].rataCapaian !== null && counts(i))
    .sort(
      (a, b) =>
        (files[b].rataCapaian as number) - (files[a].rataCapaian as number) ||
        files[a].opd.localeCompare(files[b].opd, "id") ||
        files[a].file.localeCompare(files[b].file, "id"),
    );
  // The average as the table shows it (two decimals).
  const shown = (x: number | null) => Math.round((x ?? 0) * 100);
  // Equal averages share a place and the next takes its count (1, 1, 3), as an Indonesian ranking table.
  ranking.forEach((i, place) => {
    const before = place > 0 ? files[ranking[place - 1]] : null;
    files[i].peringkat =
      before && shown(before.rataCapaian) === shown(files[i].rataCapaian)
        ? (before.peringkat as number)
        : place + 1;
  });
  // The total is over the files counted: a duplicate left out adds nothing to it.
  const capaian = results.flatMap((r, i) => (counts(i) ? r.capaian : []));
  const kriteria = Object.fromEntries(
    labels.map((l) => [l, counted.reduce((n, f) => n + (f.kriteria[l] ?? 0), 0)]),
  );
  const pagu = sumOf(counted, (f) => f.pagu);
  const spent = sumOf(counted, (f) => f.realisasiAnggaran);
  const count = (s: RekapStatus) => counted.filter((f) => f.status === s).length;
  const total: RekapTotal = {
    berkas: files.length,
    gagal: files.filter((f) => f.error !== null).length,
    tidakDijumlahkan: files.length - counted.length,
    indikator: sumOf(counted, (f) => f.indikator) ?? 0,
    kriteria,
    tanpaTarget: sumOf(counted, (f) => f.tanpaTarget) ?? 0,
    belumDiisi: sumOf(counted, (f) => f.belumDiisi) ?? 0,
    tidakDihitung: sumOf(counted, (f) => f.tidakDihitung) ?? 0,
    rataCapaian: mean(capaian),
    medianCapaian: median(capaian),
    pagu,
    realisasiAnggaran: counted.some((f) => f.anggaranBelumDiisi) ? null : spent,
    serapan: counted.some((f) => f.anggaranBelumDiisi) ? null : share(spent, pagu),
    anggaranBelumDiisi: counted.some((f) => f.anggaranBelumDiisi),
    galat: sumOf(counted, (f) => f.galat) ?? 0,
    peringatan: sumOf(counted, (f) => f.peringatan) ?? 0,
    // Over every galat and peringatan, not only each file's top three.
    aturanTeratas: findingCounts(
      results.flatMap((r, i) => (counts(i) ? r.findings : [])),
      titles,
    ).aturanTeratas,
    dikirim: count("dikirim"),
    belumDikirim: count("belum dikirim"),
    dibukaKembali: count("dibuka kembali"),
    direviu: count("direviu"),
    berubahSesudahDikirim: count("berubah setelah dikirim"),
    berubahSesudahDireviu: count("berubah setelah direviu"),
    berubahSetelahDikirim: counted.filter((f) => f.sidikBerubah === true).length,
  };
  return { tw, labels, files, total, ranking, findings: results.flatMap((r) => r.findings), duplikat };
}

const OFFICE =
  /\b(dinas|badan|kantor|sekretariat (?:daerah|dprd|dewan)|inspektorat|satuan polisi|rsud|rumah sakit|kecamatan|bappeda|bapenda|bkpsdm|dpmptsp|bpbd)\b/i;

/** The office: the one named in Pengaturan, else the title rows of its plan tabs, else "". */
export function opdOfWorkbook(
  opd: string,
  plans: readonly PlanTable[],
  values: (tab: string) => readonly (readonly CellValue[])[] | undefined,
): string {
  if (opd) return opd;
  for (const plan of plans) {
    const name = opdFromTitles(values(plan.tab)?.slice(0, plan.headerTop) ?? []);
    if (name) return name;
  }
  return "";
}

/** Small words kept lower case when a title in capitals is written as a name. */
const SMALL = new Set(["dan", "dari", "di", "ke", "atau", "untuk", "pada", "yang"]);

/**
 * The office named in a plan's title rows ("RENCANA AKSI DINAS TRANSMIGRASI DAN TENAGA KERJA
 * KABUPATEN LUWU TIMUR TAHUN 2024" → "Dinas Transmigrasi dan Tenaga Kerja Kabupaten Luwu Timur"),
 * "" when no title names one.
 */
export function opdFromTitles(rows: readonly (readonly CellValue[])[]): string {
  for (const row of rows) {
    for (const cell of row) {
      if (typeof cell !== "string" || cell.length > 300) continue;
      const m = OFFICE.exec(cell);
      if (!m) continue;
      const name = cell
        .slice(m.index)
        .split(/\s+(?:(?:tahun\s+(?:anggaran\s+)?|t\.a\.\s*)20\d\d|triwulan|tw\s+[ivx\d]+)\b/i)[0]
        .replace(/[\s.,:;–-]+$/, "")
        .trim();
      if (!name) continue;
      const shouting = name === name.toUpperCase();
      return shouting
        ? name
            .toLowerCase()
            .split(/\s+/)
            .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
            .join(" ")
        : name;
    }
  }
  return "";
}
