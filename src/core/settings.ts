import type { CellValue, WriteCell } from "./cells";

/** The Pengaturan tab: one setting per row, label in column A and value in column B. */
export const SETTINGS_TAB = "Pengaturan";
export const PK_TAB = "PK";

export interface Settings {
  opd: string;
  tahun: string;
  /** A named scale (permendagri86, lakip, akip) or "sendiri" for the range in D:E. */
  skala: string;
  /** Which tabs are bidang tabs; empty: every tab recognised as a plan. */
  bidang: string[];
  reviewer: string;
  proteksi: "ketat" | "peringatan";
}

const ROWS: { key: keyof Settings; label: string; help: string }[] = [
  { key: "opd", label: "OPD", help: "Nama perangkat daerah, misalnya Dinas Transmigrasi dan Tenaga Kerja" },
  { key: "tahun", label: "Tahun", help: "Tahun anggaran" },
  { key: "skala", label: "Skala kriteria", help: "permendagri86, lakip, akip, atau sendiri (isi kolom D:E)" },
  {
    key: "bidang",
    label: "Tab bidang",
    help: "Nama tab bidang, dipisah koma; kosong = semua tab Rencana Aksi",
  },
  { key: "reviewer", label: "Email reviewer", help: "Email reviewer Inspektorat" },
  { key: "proteksi", label: "Proteksi setelah kirim", help: "ketat atau peringatan" },
];

/** Where a custom kriteria scale lives: lower bound in D, label in E. */
export const CUSTOM_SCALE_RANGE = `${SETTINGS_TAB}!$D$2:$E$12`;

const normalise = (s: CellValue) => String(s).toLowerCase().replace(/\s+/g, " ").trim();

export function readSettings(values: CellValue[][] | null): Settings {
  const found = new Map<string, string>();
  for (const row of values ?? []) {
    const label = normalise(row[0] ?? "");
    const spec = ROWS.find((r) => normalise(r.label) === label);
    if (spec && !found.has(spec.key)) found.set(spec.key, String(row[1] ?? "").trim());
  }
  const tahun = found.get("tahun") ?? "";
  return {
    opd: found.get("opd") ?? "",
    tahun: /^\d+(\.0+)?$/.test(tahun) ? String(Number(tahun)) : tahun,
    skala: found.get("skala") || "permendagri86",
    bidang: (found.get("bidang") ?? "")
      .split(/[,;\n]/)
      .map((s) => s.trim())
      .filter(Boolean),
    reviewer: found.get("reviewer") ?? "",
    proteksi: normalise(found.get("proteksi") ?? "") === "ketat" ? "ketat" : "peringatan",
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
    return Array.isArray(v) ? v.join(", ") : v;
  };
  return [
    ["Pengaturan", "Nilai", "Keterangan", "Skala sendiri: batas bawah", "Label"],
    ...ROWS.map((r, i): WriteCell[] => [
      r.label,
      value(r.key),
      r.help,
      ...(CUSTOM_SCALE_EXAMPLE[i] ?? ["", ""]),
    ]),
  ];
}
