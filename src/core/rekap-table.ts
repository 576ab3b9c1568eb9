import { BELUM_DIISI } from "./evaluasi-formulas";
import { SCALES } from "./kriteria";
import { formatNumber, formatRupiah } from "./numbers";
import { ROMAN } from "./plan";
import { changedStatus, type Rekap, type RekapRow, type RekapTotal } from "./rekap";
import type { ReportChart } from "./report/model";

/**
 * The rekap as a document: the table every shell shows (the .xlsx, the page of `npm start`, the
 * text of `sakip rekap`), one list of columns with their kind, so they cannot disagree.
 */

/** How a column's numbers read: percent points, rupiah, a count, a date, or text. */
export type ColumnKind = "persen" | "rupiah" | "jumlah" | "tanggal" | "teks";

export interface RekapColumn {
  header: string;
  kind: ColumnKind;
  /** Width in characters in the .xlsx. */
  width: number;
}

export type RekapCell = string | number | Date | null;

export interface RekapTable {
  title: string;
  subtitle: string;
  columns: RekapColumn[];
  rows: RekapCell[][];
  total: RekapCell[];
  /** The ranking by average capaian: Peringkat | OPD | Rata-rata | Median | Jumlah indikator | Berkas. */
  ranking: { columns: RekapColumn[]; rows: RekapCell[][] };
  /** The findings tab: one row per finding of every file. */
  findings: { columns: RekapColumn[]; rows: RekapCell[][] };
  /** Sentences the Inspektorat must read before the figures: files of one OPD counted once. */
  warnings: string[];
}

export const SIDIK_BERUBAH = "berubah setelah dikirim";
export const SIDIK_SAMA = "sama dengan yang dikirim";

const SEVERITY: Record<string, string> = { error: "Galat", warning: "Peringatan", info: "Info" };

const col = (header: string, kind: ColumnKind, width = kind === "teks" ? 18 : 12): RekapColumn => ({
  header,
  kind,
  width,
});

export const SIDIK_TIDAK_PASTI = "tidak dapat dipastikan (rekaman versi lama)";

/** "berubah setelah dikirim", "sama dengan yang dikirim", "tidak dapat dipastikan …", or "" when never sent. */
export function sidikText(r: Pick<RekapRow, "sidikBerubah" | "status">): string {
  if (r.sidikBerubah === null) return r.status && r.status !== "belum dikirim" ? SIDIK_TIDAK_PASTI : "";
  return r.sidikBerubah ? SIDIK_BERUBAH : SIDIK_SAMA;
}

/** "Realisasi terisi … (12); Kode … (3)": a row's most frequent rules. */
export function rulesText(rules: RekapRow["aturanTeratas"]): string {
  return rules.map((t) => `${t.judul} (${t.jumlah})`).join("; ");
}

/** The ranking's mark on a file changed after it was sent or reviewed; "" otherwise. */
export function rankingNote(r: Pick<RekapRow, "status">): string {
  if (!changedStatus(r.status)) return "";
  return `${r.status}: angkanya bukan yang ${r.status === "berubah setelah direviu" ? "direviu" : "dikirim"}`;
}

export function rekapTable(rekap: Rekap): RekapTable {
  const tw = ROMAN[rekap.tw - 1];
  const columns: RekapColumn[] = [
    col("No", "jumlah", 5),
    col("OPD", "teks", 32),
    col("Tahun", "teks", 7),
    col("TW", "teks", 5),
    col("Jumlah indikator", "jumlah", 10),
    ...rekap.labels.map((l) => col(l, "jumlah", 9)),
    col(`Tanpa target TW ${tw}`, "jumlah", 9),
    col("Belum diisi", "jumlah", 9),
    col("Tidak dapat dihitung", "jumlah", 10),
    col(`Rata-rata capaian s.d. TW ${tw} (%)`, "persen", 11),
    col(`Median capaian s.d. TW ${tw} (%)`, "persen", 11),
    col("Pagu (Rp)", "rupiah", 17),
    col(`Realisasi anggaran s.d. TW ${tw} (Rp)`, "rupiah", 17),
    col("Serapan thd pagu (%)", "persen", 10),
    col("Galat", "jumlah", 8),
    col("Peringatan", "jumlah", 11),
    col("Aturan terbanyak", "teks", 36),
    col("Status reviu", "teks", 14),
    col("Dikirim pada", "tanggal", 17),
    col("Dikirim oleh", "teks", 20),
    col("Sidik jari", "teks", 16),
    col("Peringkat", "jumlah", 11),
    col("Berkas", "teks", 24),
    col("Keterangan", "teks", 40),
  ];
  const rows = rekap.files.map((f, i): RekapCell[] => [
    i + 1,
    f.opd || (f.indikator === null ? "(tidak terbaca)" : null),
    f.tahun === null ? null : String(f.tahun),
    tw,
    f.indikator,
    ...rekap.labels.map((l) => (f.error !== null && f.indikator === null ? null : (f.kriteria[l] ?? 0))),
    f.tanpaTarget,
    f.belumDiisi,
    f.tidakDihitung,
    f.rataCapaian,
    f.medianCapaian,
    f.pagu,
    f.anggaranBelumDiisi ? BELUM_DIISI : f.realisasiAnggaran,
    f.anggaranBelumDiisi ? BELUM_DIISI : f.serapan,
    f.galat,
    f.peringatan,
    rulesText(f.aturanTeratas) || null,
    f.status,
    f.dikirimPada ? new Date(f.dikirimPada) : null,
    f.dikirimOleh,
    sidikText(f) || null,
    f.peringkat,
    f.file,
    [f.error, f.tidakDijumlahkan, f.sidikCatatan].filter(Boolean).join(" ") || null,
  ]);
  const t: RekapTotal = rekap.total;
  const total: RekapCell[] = [
    null,
    `Jumlah (${t.berkas} berkas${t.gagal ? `, ${t.gagal} tidak terbaca` : ""}${t.tidakDijumlahkan ? `, ${t.tidakDijumlahkan} tidak dijumlahkan` : ""})`,
    null,
    tw,
    t.indikator,
    ...rekap.labels.map((l) => t.kriteria[l] ?? 0),
    t.tanpaTarget,
    t.belumDiisi,
    t.tidakDihitung,
    t.rataCapaian,
    t.medianCapaian,
    t.pagu,
    t.anggaranBelumDiisi ? BELUM_DIISI : t.realisasiAnggaran,
    t.anggaranBelumDiisi ? BELUM_DIISI : t.serapan,
    t.galat,
    t.peringatan,
    rulesText(t.aturanTeratas) || null,
    statusSummary(t),
    null,
    null,
    t.berubahSetelahDikirim ? `${t.berubahSetelahDikirim} ${SIDIK_BERUBAH}` : null,
    null,
    null,
    null,
  ];
  const ranking = {
    columns: [
      col("Peringkat", "jumlah", 11),
      col("OPD", "teks", 40),
      col(`Rata-rata capaian s.d. TW ${tw} (%)`, "persen", 11),
      col(`Median capaian s.d. TW ${tw} (%)`, "persen", 11),
      col("Jumlah indikator", "jumlah", 10),
      col("Berkas", "teks", 30),
      col("Catatan", "teks", 36),
    ],
    rows: rekap.ranking.map((i): RekapCell[] => {
      const f = rekap.files[i];
      return [
        f.peringkat,
        f.opd || null,
        f.rataCapaian,
        f.medianCapaian,
        f.indikator,
        f.file,
        rankingNote(f) || null,
      ];
    }),
  };
  const findings = {
    columns: [
      col("Berkas", "teks", 30),
      col("OPD", "teks", 32),
      col("Tab", "teks", 24),
      col("Sel", "teks", 7),
      col("Aturan", "teks", 20),
      col("Tingkat", "teks", 11),
      col("Pesan", "teks", 80),
      col("Saran", "teks", 60),
    ],
    rows: rekap.findings.map((f): RekapCell[] => [
      f.file,
      f.opd || null,
      f.tab,
      f.cell,
      f.rule,
      SEVERITY[f.severity] ?? f.severity,
      f.message,
      f.suggestion,
    ]),
  };
  return {
    title: `REKAP EVALUASI KINERJA OPD TRIWULAN ${tw}`,
    subtitle:
      `${t.berkas} berkas, ${t.indikator} indikator. Angka setiap baris dihitung seperti tab Evaluasi dan ` +
      `Ringkasan berkas itu; galat dan peringatan seperti Periksa konsistensi (rinciannya di tab Temuan).`,
    columns,
    rows,
    total,
    ranking,
    findings,
    warnings: rekap.duplikat.map((d) => d.kalimat),
  };
}

function statusSummary(t: RekapTotal): string {
  const parts = [
    [t.dikirim, "dikirim"],
    [t.direviu, "direviu"],
    [t.berubahSesudahDikirim, "berubah setelah dikirim"],
    [t.berubahSesudahDireviu, "berubah setelah direviu"],
    [t.dibukaKembali, "dibuka kembali"],
    [t.belumDikirim, "belum dikirim"],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, s]) => `${n} ${s}`)
    .join(", ");
}

/**
 * The time zone of the files a rekap reads: an .xlsx carries none, and the add-on reads it as the
 * spreadsheet it came from (the emulator's Asia/Jakarta, WIB), as the panel and Riwayat Reviu say it.
 */
export const FILE_TIME_ZONE = "Asia/Jakarta";
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d/;

/** A cell as a person reads it in id-ID ("95,85", "Rp 1.234.567", "5 April 2024 pukul 10.01"). */
export function cellText(v: RekapCell, kind: ColumnKind, timeZone = FILE_TIME_ZONE): string {
  if (v === null) return "";
  // A date comes as a Date, or as its ISO text when the table travelled as JSON (the rekap page).
  if (v instanceof Date || (kind === "tanggal" && typeof v === "string" && ISO.test(v))) {
    const date = new Date(v);
    const format = (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat("id-ID", { ...options, timeZone }).format(date);
    return `${format({ dateStyle: "long" })} pukul ${format({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" })}`;
  }
  if (typeof v === "string") return v;
  if (kind === "rupiah") return formatRupiah(v);
  if (kind === "persen") return formatNumber(v);
  return String(v);
}

/** The text `sakip rekap` prints: one paragraph per file, then the total. */
export function rekapText(rekap: Rekap, timeZone?: string): string {
  const lines: string[] = [];
  const tw = ROMAN[rekap.tw - 1];
  const pct = (v: number | null) => (v === null ? "–" : `${formatNumber(v)} %`);
  const rp = (v: number | null) => (v === null ? "–" : formatRupiah(v));
  // Spending of the TW not reported: "belum diisi", not "–" (nothing) nor a sum up to an earlier TW.
  const spent = (r: Pick<RekapRow, "anggaranBelumDiisi" | "realisasiAnggaran" | "serapan">) =>
    r.anggaranBelumDiisi
      ? { rp: BELUM_DIISI, pct: BELUM_DIISI }
      : { rp: rp(r.realisasiAnggaran), pct: pct(r.serapan) };
  for (const [i, f] of rekap.files.entries()) {
    lines.push(`${i + 1}. ${f.opd || "(OPD tidak disebut)"} — ${f.file}`);
    if (f.error !== null && f.indikator === null) {
      lines.push(`   Tidak terbaca: ${f.error}`);
      continue;
    }
    if (f.error !== null) lines.push(`   ${f.error}`);
    if (f.indikator !== null) {
      const bands = rekap.labels.map((l) => `${l} ${f.kriteria[l] ?? 0}`).join(", ");
      lines.push(
        `   ${f.indikator} indikator: ${bands}; tanpa target ${f.tanpaTarget}, belum diisi ${f.belumDiisi}` +
          `${f.tidakDihitung ? `, tidak dapat dihitung ${f.tidakDihitung}` : ""}.`,
      );
      lines.push(
        `   Capaian s.d. TW ${tw}: rata-rata ${pct(f.rataCapaian)}, median ${pct(f.medianCapaian)}` +
          `${f.peringkat ? ` (peringkat ${f.peringkat}${rankingNote(f) ? `, ${f.status}` : ""})` : ""}; pagu ${rp(f.pagu)}, realisasi ${spent(f).rp}, serapan ${spent(f).pct}.`,
      );
    }
    const rules = rulesText(f.aturanTeratas);
    lines.push(`   ${f.galat} galat, ${f.peringatan} peringatan${rules ? `: ${rules}` : ""}.`);
    const sent = f.dikirimPada ? cellText(new Date(f.dikirimPada), "tanggal", timeZone) : "";
    lines.push(
      `   Reviu: ${f.status}${sent ? ` (dikirim ${sent}${f.dikirimOleh ? ` oleh ${f.dikirimOleh}` : ""})` : ""}` +
        `${sidikText(f) ? `, ${sidikText(f)}` : ""}.`,
    );
    if (f.sidikCatatan) lines.push(`   ${f.sidikCatatan}`);
    if (f.tidakDijumlahkan) lines.push(`   ${f.tidakDijumlahkan}`);
  }
  for (const d of rekap.duplikat) lines.push(`Peringatan: ${d.kalimat}`);
  const t = rekap.total;
  lines.push(
    `Jumlah: ${t.berkas} berkas${t.gagal ? ` (${t.gagal} tidak terbaca)` : ""}` +
      `${t.tidakDijumlahkan ? `, ${t.tidakDijumlahkan} tidak dijumlahkan` : ""}, ${t.indikator} indikator, ` +
      `rata-rata capaian ${pct(t.rataCapaian)}, serapan ${spent(t).pct}, ${t.galat} galat, ${t.peringatan} peringatan; ` +
      `${statusSummary(t) || "tidak ada yang dikirim"}.`,
  );
  return `${lines.join("\n")}\n`;
}

/** Colours of the kriteria labels of every named scale, and of the rows without one. */
const COLOURS: Record<string, string> = {
  ...Object.fromEntries(Object.values(SCALES).flatMap((s) => s.bands.map((b) => [b.label, b.background]))),
  "Tanpa target": "#9e9e9e",
  "Belum diisi": "#cfd8dc",
  "Tidak dapat dihitung": "#6d4c41",
};
const SPARE = ["#3949ab", "#00897b", "#8e24aa", "#f4511e"];

/**
 * The chart of kriteria per OPD: one horizontal stacked bar per OPD (its indicators by kriteria,
 * then those without target, not reported, not computable), in the table's order. Of the copies of
 * one OPD, year and TW only the one counted has a bar (the sentence above the table names them
 * all); copies none of which is counted share one empty bar that says so. An OPD in two years'
 * files is named with the year.
 */
export function rekapChart(rekap: Rekap): ReportChart | null {
  const copiesOf = new Map(rekap.duplikat.flatMap((d) => d.berkas.map((b) => [b, d] as const)));
  const files = rekap.files.filter((f) => {
    const d = copiesOf.get(f.file);
    return f.indikator && (!d || (d.dihitung ?? d.berkas[0]) === f.file);
  });
  if (!files.length) return null;
  const uncounted = (f: RekapRow) => copiesOf.get(f.file)?.dihitung === null;
  const names = files.map((f) => f.opd || f.file);
  const categories = files.map((f, i) => {
    const name =
      names.indexOf(names[i]) !== names.lastIndexOf(names[i]) ? `${names[i]} (${f.tahun})` : names[i];
    return uncounted(f) ? `${name}: ${copiesOf.get(f.file)?.berkas.length} berkas, tidak dijumlahkan` : name;
  });
  const values = (pick: (f: RekapRow) => number | null) => files.map((f) => (uncounted(f) ? 0 : pick(f)));
  const tw = ROMAN[rekap.tw - 1];
  const series = [
    ...rekap.labels.map((l, i) => ({
      name: l,
      color: COLOURS[l] ?? SPARE[i % SPARE.length],
      values: values((f) => f.kriteria[l] ?? 0),
    })),
    { name: "Tanpa target", color: COLOURS["Tanpa target"], values: values((f) => f.tanpaTarget) },
    { name: "Belum diisi", color: COLOURS["Belum diisi"], values: values((f) => f.belumDiisi) },
    {
      name: "Tidak dapat dihitung",
      color: COLOURS["Tidak dapat dihitung"],
      values: values((f) => f.tidakDihitung),
    },
  ].filter((s) => s.values.some((v) => (v ?? 0) > 0));
  return {
    kind: "chart",
    id: "rekap-kriteria",
    title: `Kriteria capaian s.d. TW ${tw} per OPD (jumlah indikator)`,
    categories,
    series,
    stacked: true,
    horizontal: true,
    valueTitle: "Jumlah indikator",
    valueFormat: "integer",
  };
}
