import type { CellValue, WriteCell } from "./cells";
import { tanggal } from "./report/format";
import { UserError } from "./result";
import { lowerWords as normalise, normalise as words } from "./text";

/** The Pengaturan tab: one setting per row, label in column A and value in column B. */
export const SETTINGS_TAB = "Pengaturan";
export const PK_TAB = "PK";

export interface Settings {
  opd: string;
  tahun: string;
  /** A named scale (permendagri86, lakip, akip) or "sendiri" for the range in D:E. */
  skala: string;
  /** The order of the bidang tabs; every other tab recognised as a plan follows (see chooseBidang). */
  bidang: string[];
  /** The full bidang names, in the order of `bidang` (a tab name may be shortened; see tabName). */
  namaBidang: string[];
  reviewer: string;
  proteksi: "ketat" | "peringatan";
  /** Who signs the report's "PERNYATAAN TELAH DIEVALUASI", where and when (Buat laporan). */
  evaluator?: string;
  nipEvaluator?: string;
  jabatanEvaluator?: string;
  pangkatEvaluator?: string;
  tempat?: string;
  tanggal?: string;
  /** Who signs the Pernyataan Reviu, and where (never the login e-mail as a name). */
  namaReviewer?: string;
  nipReviewer?: string;
  tempatReviu?: string;
}

/** What "Skala kriteria" takes: a named scale, or "sendiri" for the range in D:E. */
export const SKALA = ["permendagri86", "lakip", "akip", "sendiri"];
export const SKALA_TEXT = "permendagri86, lakip, akip, atau sendiri";

/** The rows of Pengaturan: [setting, label in column A, help in column C]. */
const ROWS: [key: keyof Settings, label: string, help: string][] = [
  ["opd", "OPD", "Nama perangkat daerah, misalnya Dinas Transmigrasi dan Tenaga Kerja"],
  ["tahun", "Tahun", "Tahun anggaran"],
  ["skala", "Skala kriteria", `${SKALA_TEXT} (isi kolom D:E)`],
  [
    "bidang",
    "Tab bidang",
    "Urutan tab bidang, dipisah koma; tab Rencana Aksi lain yang terbaca tetap ikut, di belakangnya",
  ],
  ["reviewer", "Email reviewer", "Email reviewer Inspektorat"],
  ["proteksi", "Proteksi setelah kirim", "ketat atau peringatan"],
  [
    "namaBidang",
    "Nama lengkap bidang",
    "Nama lengkap tiap tab bidang di atas, urutan sama, dipisah titik koma (untuk judul)",
  ],
  ["evaluator", "Nama evaluator", "Yang menandatangani Pernyataan Telah Dievaluasi di laporan"],
  ["nipEvaluator", "NIP evaluator", "NIP penanda tangan, misalnya 19810511 199912 1 001"],
  ["jabatanEvaluator", "Jabatan evaluator", "Misalnya Kepala Dinas"],
  ["pangkatEvaluator", "Pangkat evaluator", "Misalnya Pembina Utama Muda"],
  ["tempat", "Tempat laporan", "Kota tempat laporan ditandatangani, misalnya Malili"],
  ["tanggal", "Tanggal laporan", "Tanggal penandatanganan, misalnya 5 April 2024"],
  ["namaReviewer", "Nama reviewer", "Yang menandatangani Pernyataan Reviu"],
  ["nipReviewer", "NIP reviewer", "NIP reviewer"],
  ["tempatReviu", "Tempat reviu", "Kota tempat Pernyataan Reviu ditandatangani"],
];

/** Where a custom kriteria scale lives: lower bound in D, label in E. */
export const CUSTOM_SCALE_RANGE = `${SETTINGS_TAB}!$D$2:$E$12`;

export function readSettings(values: CellValue[][] | null): Settings {
  const found = new Map<string, string>();
  for (const row of values ?? []) {
    const label = normalise(row[0] ?? "");
    const key = ROWS.find((r) => normalise(r[1]) === label)?.[0];
    const v = row[1] ?? "";
    if (key && !found.has(key)) found.set(key, (v instanceof Date ? tanggal(v) : String(v)).trim());
  }
  const get = (key: keyof Settings) => found.get(key) ?? "";
  const list = (key: keyof Settings, separators: RegExp) =>
    get(key)
      .split(separators)
      .map((s) => s.trim())
      .filter(Boolean);
  const tahun = get("tahun");
  // Every row as written; the rows read as more than a text are set after.
  const plain = Object.fromEntries(ROWS.map(([key]) => [key, get(key)])) as Record<keyof Settings, string>;
  return {
    ...plain,
    tahun: /^\d+(\.0+)?$/.test(tahun) ? String(Number(tahun)) : tahun,
    skala: get("skala") || "permendagri86",
    bidang: list("bidang", /[,;\n]/),
    namaBidang: list("namaBidang", /;/),
    proteksi: normalise(get("proteksi")) === "ketat" ? "ketat" : "peringatan",
  };
}

/** A starting point for "sendiri": the default bands, for the office to edit. */
const CUSTOM_SCALE_EXAMPLE: WriteCell[][] = [
  [91, "Sangat Tinggi"],
  [76, "Tinggi"],
  [66, "Sedang"],
  [51, "Rendah"],
  [0, "Sangat Rendah"],
];

export function settingsCells(s: Settings): WriteCell[][] {
  const value = (key: keyof Settings): WriteCell => {
    const v = s[key];
    return Array.isArray(v) ? v.join(key === "namaBidang" ? "; " : ", ") : (v ?? "");
  };
  return [
    ["Pengaturan", "Nilai", "Keterangan", "Skala sendiri: batas bawah", "Label"],
    ...ROWS.map(([key, label, help], i): WriteCell[] => [
      label,
      value(key),
      help,
      ...(CUSTOM_SCALE_EXAMPLE[i] ?? ["", ""]),
    ]),
  ];
}

/** The full name of a bidang tab (Pengaturan's "Nama lengkap bidang"), else the tab name. */
export function fullBidangName(settings: Settings, tab: string): string {
  const i = settings.bidang.indexOf(tab);
  return (i >= 0 && settings.namaBidang.length === settings.bidang.length && settings.namaBidang[i]) || tab;
}

/**
 * A tab name that names the document, not a bidang ("RENAKSI 2026", "Rencana Aksi", "Renaksi",
 * "Sheet1"): an office's only plan tab named so is the office itself (trial 7 #12). A PK tab is no plan.
 */
const DOCUMENT_TAB = /^(renaksi|rencana (aksi|kerja|kinerja)|renja|rak|data|sheet|lembar)( tahun)? ?\d{0,4}$/;

/**
 * The unit each plan tab reports for, as the evaluation tab, its Ringkasan and the reports name it:
 * Pengaturan's full bidang name (`fullBidangName`), or `office` for its only tab named as the document.
 */
export function unitNames(settings: Settings, tabs: string[], office: string): Record<string, string> {
  return Object.fromEntries(
    tabs.map((tab) => {
      const name = fullBidangName(settings, tab);
      return [tab, !tabs[1] && name === tab && office && DOCUMENT_TAB.test(words(tab)) ? office : name];
    }),
  );
}

/** What Sheets and .xlsx both allow in a tab name: 31 characters, none of / \\ [ ] : * ?, no edge apostrophe. */
const TAB_MAX = 31;

/**
 * A tab name for each bidang, valid in Sheets and in .xlsx, predictable and unique: forbidden
 * characters become "-", a long name is cut at 30 characters with "…", a name taken already gets
 * " (2)", " (3)"…. Null for a name with nothing left to name a tab by.
 */
export function bidangTabNames(names: string[], taken: string[] = []): (string | null)[] {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  return names.map((full) => {
    const clean = full
      .replace(/[/\\[\]:*?]/g, "-")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^'+|'+$/g, "")
      .trim();
    if (!/[\p{L}\p{N}]/u.test(clean)) return null;
    const cut = (s: string, room: number) => (s.length > room ? `${s.slice(0, room - 1).trimEnd()}…` : s);
    let name = cut(clean, TAB_MAX);
    for (let n = 2; used.has(name.toLowerCase()); n++)
      name = `${cut(clean, TAB_MAX - ` (${n})`.length)} (${n})`;
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * A year a person typed (the template form, Pengaturan, `--tahun`), trimmed: four digits from 1900
 * to 2099, else one sentence naming the field. The one check every use case makes.
 */
export function checkTahun(typed: string): string {
  const tahun = typed.trim();
  if (!/^(19|20)\d\d$/.test(tahun))
    throw new UserError(
      `Tahun "${typed}" tidak valid: tulis empat angka, misalnya 2024.`,
      "masukan",
      "tahun",
    );
  return tahun;
}
