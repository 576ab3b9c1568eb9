/**
 * Builds a plan tab from a list of column parts (single columns and TW families under a group
 * header) and a set of indicators, the way offices add columns to their own sheets: any order,
 * families appended after the last column or put before the first, group text merged, repeated in
 * every cell or left in the first cell only. The expected mapping follows from where each part lands.
 */
import type { CellValue, RangeRef } from "../../src/core/cells";
import type { PlanField, Tw } from "../../src/core/plan";

type Row = CellValue[];
export type TwKind = "targetTw" | "rakTw" | "realisasiTw" | "realisasiAnggaranTw";
type Single =
  | "no"
  | "kode"
  | "uraian"
  | "sasaran"
  | "indikator"
  | "satuan"
  | "targetTahunan"
  | "pagu"
  | "penanggungJawab";

export type Part =
  | { field: Single; header: string }
  | { family: TwKind; group: string; leaves: readonly [string, string, string, string] };

export interface Indicator {
  kode: string;
  uraian: string;
  sasaran: string;
  indikator: string;
  satuan: string;
  target: CellValue;
  targetTw: CellValue[];
  pagu: CellValue;
  rakTw: CellValue[];
  realisasiTw: CellValue[];
  realisasiAnggaranTw: CellValue[];
  pj: string;
}

export type GroupStyle = "merged" | "repeated" | "first";

export interface Built {
  values: Row[];
  merges: RangeRef[];
  columns: Partial<Record<PlanField, number>>;
  dataStart: number;
  indicators: number;
}

/** Indicators of the Luwu Timur Rencana Aksi, reported up to TW I or II (budget splits add up). */
export const INDICATORS: readonly Indicator[] = [
  {
    kode: "2.07.03",
    uraian: "Program Penempatan Tenaga Kerja",
    sasaran: "Meningkatnya Penempatan tenaga kerja",
    indikator: "Persentase pencari kerja yang ditempatkan",
    satuan: "%",
    target: 100,
    targetTw: [25, 50, 75, 100],
    pagu: 8_672_399_000,
    rakTw: [2_168_099_750, 2_168_099_750, 2_168_099_750, 2_168_099_750],
    realisasiTw: [27, 41, "", ""],
    realisasiAnggaranTw: [1_900_000_000, 2_050_000_000, "", ""],
    pj: "Kepala Bidang Penempatan",
  },
  {
    kode: "2.07.03.2.01",
    uraian: "Kegiatan Pelayanan Antarkerja",
    sasaran: "",
    indikator: "Jumlah pencari kerja yang mendapat layanan",
    satuan: "Orang",
    target: 1200,
    targetTw: [300, 300, 300, 300],
    pagu: "1.250.000.000",
    rakTw: ["250.000.000", "400.000.000", "350.000.000", "250.000.000"],
    realisasiTw: [280, "", "", ""],
    realisasiAnggaranTw: ["310.500.000", "", "", ""],
    pj: "Seksi Penempatan",
  },
  {
    kode: "3.32.03.2.01.0004",
    uraian: "Penyuluhan Transmigrasi",
    sasaran: "",
    indikator: "Jumlah Calon Warga Transmigrasi yang diseleksi",
    satuan: "KK",
    target: 38,
    targetTw: [38, 0, 0, 0],
    pagu: 30_580_000,
    rakTw: [30_580_000, 0, 0, 0],
    realisasiTw: [38, "", "", ""],
    realisasiAnggaranTw: [5_500_000, "", "", ""],
    pj: "Kepala Bidang Penyiapan Kawasan",
  },
  {
    kode: "3.32.04",
    uraian: "Program Pengembangan Kawasan Transmigrasi",
    sasaran: "Meningkatnya Kemandirian Warga Transmigran",
    indikator: "Persentase Masyarakat Transmigran yang dibina",
    satuan: "%",
    target: 100,
    targetTw: [100, 100, 100, 100],
    pagu: 508_889_650,
    rakTw: [66_436_572, 200_000_000, 200_000_000, 42_453_078],
    realisasiTw: [100, 100, "", ""],
    realisasiAnggaranTw: [10_045_000, 98_500_000, "", ""],
    pj: "Kepala Bidang Pengembangan Kawasan",
  },
  {
    kode: "3.32.02.2.01",
    uraian: "Kegiatan Pencadangan Tanah untuk Kawasan Transmigrasi",
    sasaran: "",
    indikator: "Luas Kawasan Transmigrasi yang dicanangkan",
    satuan: "Ha",
    target: 60,
    targetTw: [0, 0, 0, 60],
    pagu: 82_476_650,
    rakTw: [64_250_000, 18_226_650, 0, 0],
    realisasiTw: [0, "", "", ""],
    realisasiAnggaranTw: [770_000, "", "", ""],
    pj: "Kepala Bidang Penyiapan Kawasan",
  },
  {
    kode: "3.32.02.2.01.0001",
    uraian: "Identifikasi Potensi Kawasan Transmigrasi",
    sasaran: "",
    indikator: "Jumlah Kawasan Transmigrasi yang diidentifikasi",
    satuan: "Dokumen",
    target: 1,
    targetTw: [0, 0, 0, 1],
    pagu: "28.336.000",
    rakTw: ["16.750.000", "11.586.000", 0, 0],
    realisasiTw: [0, "", "", ""],
    realisasiAnggaranTw: ["770.000", "", "", ""],
    pj: "Kepala Bidang Penyiapan Kawasan",
  },
];

const TWS: readonly Tw[] = [1, 2, 3, 4];

function cellOf(ind: Indicator, i: number, field: Single): CellValue {
  switch (field) {
    case "no":
      return i + 1;
    case "targetTahunan":
      return ind.target;
    case "penanggungJawab":
      return ind.pj;
    default:
      return ind[field];
  }
}

/**
 * Two header rows: single columns merged over both, each family's group over its four leaves. The
 * rows above hold the title (`title` rows).
 */
export function buildLayout(
  parts: readonly Part[],
  opts: { style?: GroupStyle; title?: string[]; indicators?: readonly Indicator[] } = {},
): Built {
  const style = opts.style ?? "merged";
  const inds = opts.indicators ?? INDICATORS;
  const title = opts.title ?? ["RENCANA AKSI TAHUN 2024"];
  const top = title.length + 1;
  const r0: Row = [];
  const r1: Row = [];
  const merges: RangeRef[] = [];
  const columns: Partial<Record<PlanField, number>> = {};
  const data: Row[] = inds.map(() => []);
  for (const p of parts) {
    const c = r0.length;
    if ("field" in p) {
      r0.push(p.header);
      r1.push("");
      merges.push({ row: top + 1, col: c + 1, rows: 2, cols: 1 });
      columns[p.field] = c;
      inds.forEach((ind, i) => {
        data[i].push(cellOf(ind, i, p.field));
      });
      continue;
    }
    TWS.forEach((t, k) => {
      r0.push(k === 0 || style === "repeated" ? p.group : "");
      r1.push(p.leaves[k]);
      columns[`${p.family}${t}`] = c + k;
      inds.forEach((ind, i) => {
        data[i].push(ind[p.family][k]);
      });
    });
    if (style === "merged") merges.push({ row: top + 1, col: c + 1, rows: 1, cols: 4 });
  }
  const width = r0.length;
  const blank = () => Array<CellValue>(width).fill("");
  const values: Row[] = [
    ...title.map((t) => [t, ...Array<CellValue>(width - 1).fill("")]),
    blank(),
    r0,
    r1,
    ...data,
  ];
  return { values, merges, columns, dataStart: top + 2, indicators: inds.length };
}

export const TW_LEAVES = {
  tw: ["TW I", "TW II", "TW III", "TW IV"],
  tr: ["TR I", "TR II", "TR III", "TR IV"],
  roman: ["I", "II", "III", "IV"],
  dash: ["TW-I", "TW-II", "TW-III", "TW-IV"],
} as const;

/** Group words no reader has seen: the values must decide. */
export const UNSEEN_WORDS = [
  "Proyeksi Belanja",
  "Kolom Isian Bidang",
  "Data Dukung",
  "Monev Internal",
  "Isian Operator",
  "Hasil Pantauan",
  "Laporan Seksi",
  "Kolom Tambahan",
  "Lembar Kerja",
  "Isian Verifikator",
] as const;
