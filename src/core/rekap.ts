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
  for (const plan of plans) {
    const figures = indicatorFigures([plan], { tw, scale });
    for (const f of figures) {
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
    // The Ringkasan's pagu and realisasi anggaran: the rows of the highest level with a pagu, summed as SUM does.
    for (const i of budgetRows(figures.map((f) => f.row))) {
      const p = summed(figures[i].pagu);
      if (p !== null) pagu = (pagu ?? 0) + p;
      if (figures[i].realisasiAnggaranSd === BELUM_DIISI) out.anggaranBelumDiisi = true;
      const s = summed(figures[i].realisasiAnggaranSd);
      if (s !== null) spent = (spent ?? 0) + s;
    }
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
  status: ReviewStatus | null;
  dikirimPada: string | null;
  dikirimOleh: string | null;
  /**
   * The fingerprint now differs from the one recorded when the TW was sent; null when never sent,
   * or when a record made by an older add-on cannot tell (then `sidikCatatan` says why).
   */
  sidikBerubah: boolean | null;
  /** Verifikasi's sentence when an older record was read beyond its hash (cells filled in later, an Excel save, rows it cannot judge). */
  sidikCatatan: string | null;
  /** Place by average capaian (1 = highest); null for a file without one. */
  peringkat: number | null;
  /** One Indonesian sentence when the file could not be read; null otherwise. */
  error: string | null;
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
    error,
  };
}

export interface RekapTotal {
  berkas: number;
  /** Files that could not be read. */
  gagal: number;
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
  /** Files whose data changed after they were sent. */
  berubahSetelahDikirim: number;
}

export interface Rekap {
  tw: Tw;
  /** Every kriteria label met, in scale order (the columns of the table). */
  labels: string[];
  files: RekapRow[];
  total: RekapTotal;
  /** Indexes into `files`, highest average capaian first; files without one are not ranked. */
  ranking: number[];
  findings: RekapFinding[];
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
  const labels = [...labelsInOrder];
  for (const f of files) for (const l of Object.keys(f.kriteria)) if (!labels.includes(l)) labels.push(l);
  // Highest average first; ties by OPD name, then file, so the order never depends on input order.
  const ranking = files
    .map((_, i) => i)
    .filter((i) => files[i].rataCapaian !== null)
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
  const capaian = results.flatMap((r) => r.capaian);
  const kriteria = Object.fromEntries(
    labels.map((l) => [l, files.reduce((n, f) => n + (f.kriteria[l] ?? 0), 0)]),
  );
  const pagu = sumOf(files, (f) => f.pagu);
  const spent = sumOf(files, (f) => f.realisasiAnggaran);
  const count = (s: ReviewStatus) => files.filter((f) => f.status === s).length;
  const total: RekapTotal = {
    berkas: files.length,
    gagal: files.filter((f) => f.error !== null).length,
    indikator: sumOf(files, (f) => f.indikator) ?? 0,
    kriteria,
    tanpaTarget: sumOf(files, (f) => f.tanpaTarget) ?? 0,
    belumDiisi: sumOf(files, (f) => f.belumDiisi) ?? 0,
    tidakDihitung: sumOf(files, (f) => f.tidakDihitung) ?? 0,
    rataCapaian: mean(capaian),
    medianCapaian: median(capaian),
    pagu,
    realisasiAnggaran: files.some((f) => f.anggaranBelumDiisi) ? null : spent,
    serapan: files.some((f) => f.anggaranBelumDiisi) ? null : share(spent, pagu),
    anggaranBelumDiisi: files.some((f) => f.anggaranBelumDiisi),
    galat: sumOf(files, (f) => f.galat) ?? 0,
    peringatan: sumOf(files, (f) => f.peringatan) ?? 0,
    // Over every galat and peringatan, not only each file's top three.
    aturanTeratas: findingCounts(
      results.flatMap((r) => r.findings),
      titles,
    ).aturanTeratas,
    dikirim: count("dikirim"),
    belumDikirim: count("belum dikirim"),
    dibukaKembali: count("dibuka kembali"),
    direviu: count("direviu"),
    berubahSetelahDikirim: files.filter((f) => f.sidikBerubah === true).length,
  };
  return { tw, labels, files, total, ranking, findings: results.flatMap((r) => r.findings) };
}

const OFFICE =
  /\b(dinas|badan|kantor|sekretariat|inspektorat|satuan polisi|rsud|rumah sakit|kecamatan|bappeda|bapenda|bkpsdm|dpmptsp|bpbd)\b/i;

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
        .split(/\s+(?:tahun\s+(?:anggaran\s+)?20\d\d|triwulan|tw\s+[ivx\d]+)\b/i)[0]
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
