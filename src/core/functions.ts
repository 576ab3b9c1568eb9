import { capaianPlain, capaianRow, targetColumnInPoints } from "./capaian";
import type { CellValue } from "./cells";
import { efisiensi, efisiensiPlain, METODE_HINT, parseMetode } from "./efisiensi";
import {
  customScale,
  fractionColumn,
  kriteria,
  kriteriaOfFraction,
  kriteriaPlain,
  namedScale,
  SCALE_HINT,
  type Scale,
} from "./kriteria";
import { type Computed, quote } from "./result";

/**
 * The custom functions as Sheets calls them: each argument is a single value or a 2-D range
 * (empty cells as ""), and a range gives back an array of the same shape, so one formula serves
 * a whole column. A problem in one row becomes a short message in that row; a single-cell call
 * throws it instead (Sheets shows it on the #ERROR! cell).
 */
/**
 * A skipped argument (`=CAPAIAN(312; 327; ; 100)`) arrives as null, one left off the end as
 * undefined: both read as a blank cell.
 */
export type SheetArg = CellValue | CellValue[][] | null | undefined;
export type SheetResult = CellValue | CellValue[][];

export interface CustomFunctionDoc {
  name: string;
  summary: string;
  params: { name: string; doc: string; optional: boolean }[];
  returns: string;
}

export const CUSTOM_FUNCTION_DOCS: CustomFunctionDoc[] = [
  {
    name: "CAPAIAN",
    summary: "Menghitung capaian kinerja (%) dari target dan realisasi, sesuai polaritas indikator.",
    params: [
      {
        name: "target",
        doc: 'Target: angka, teks seperti "63,57", rentang "80-90", atau WTP/Zona Hijau.',
        optional: false,
      },
      {
        name: "realisasi",
        doc: "Realisasi pada periode yang sama. Kosong menghasilkan kosong.",
        optional: false,
      },
      {
        name: "polaritas",
        doc: '"positif" (bawaan), "negatif" = (2×target−realisasi)/target, atau "negatif-rasio" = target/realisasi.',
        optional: true,
      },
      {
        name: "batas_atas",
        doc: "Batas atas capaian, misalnya 100 atau 120. Kosong: tanpa batas.",
        optional: true,
      },
    ],
    returns: "Capaian dalam persen (97,03 berarti 97,03%).",
  },
  {
    name: "KRITERIA",
    summary: "Memberi kriteria capaian kinerja menurut skala yang dipilih.",
    params: [
      { name: "capaian", doc: "Capaian dalam persen, misalnya hasil CAPAIAN.", optional: false },
      {
        name: "skala",
        doc: `"permendagri86" (bawaan: Sangat Tinggi … Sangat Rendah), "lakip", "akip", atau rentang 2 kolom (batas bawah, label).`,
        optional: true,
      },
    ],
    returns: "Label kriteria, misalnya Sangat Tinggi.",
  },
  {
    name: "EFISIENSI",
    summary: "Menghitung efisiensi penggunaan sumber daya dari capaian dan serapan anggaran.",
    params: [
      { name: "capaian", doc: "Capaian kinerja dalam persen.", optional: false },
      { name: "pagu", doc: "Pagu anggaran (Rp).", optional: false },
      { name: "realisasi_anggaran", doc: "Realisasi anggaran (Rp).", optional: false },
      {
        name: "metode",
        doc: '"lkjip" (bawaan: hanya bila capaian ≥ 100, min(capaian;100) − serapan), "selisih", "rasio", atau "kategori".',
        optional: true,
      },
    ],
    returns: "Efisiensi dalam poin persen; kosong bila capaian di bawah 100 (metode lkjip).",
  },
];

const isRange = (a: SheetArg): a is CellValue[][] => Array.isArray(a);

/** A range of more than one cell (a one-cell range is a single value, as Sheets passes one). */
const isMany = (a: SheetArg): a is CellValue[][] => isRange(a) && !(a.length === 1 && a[0].length === 1);

/** Column j of a range argument. */
const columnOf = (m: CellValue[][], j: number): CellValue[] => m.map((row) => row[j]);

/** Applies `compute` row by row over the arguments, broadcasting single values over ranges. */
function overRows(
  args: { label: string; value: SheetArg }[],
  /**
   * A row's result; a bare number or text is a value (the allocation-free path of a long column).
   * `col` is the column of the range (0 for single values), for what is decided per column.
   */
  compute: (cells: CellValue[], col: number) => Computed<CellValue> | number | string,
): SheetResult {
  const ranges = args.filter((a) => isRange(a.value));
  if (ranges.length === 0) {
    const result = compute(
      args.map((a) => (a.value === undefined || a.value === null ? "" : (a.value as CellValue))),
      0,
    );
    if (typeof result !== "object") return result;
    if (result.kind === "problem") throw new Error(result.message);
    return cellOf(result);
  }
  const first = ranges[0];
  const shape = first.value as CellValue[][];
  const rows = shape.length;
  const cols = shape[0]?.length ?? 0;
  for (const r of ranges) {
    const m = r.value as CellValue[][];
    const single = m.length === 1 && m[0].length === 1;
    if (!single && (m.length !== rows || (m[0]?.length ?? 0) !== cols)) {
      throw new Error(
        `Ukuran rentang tidak sama: ${first.label} ${rows}×${cols}, ${r.label} ${m.length}×${m[0]?.length ?? 0}.`,
      );
    }
  }
  // Decided once per argument, not per cell: a range to index, or one value broadcast.
  const n = args.length;
  const matrices: (CellValue[][] | null)[] = new Array(n);
  const cells: CellValue[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const v = args[k].value;
    const single = isRange(v) && v.length === 1 && v[0].length === 1;
    matrices[k] = isRange(v) && !single ? v : null;
    cells[k] = single ? (v as CellValue[][])[0][0] : isRange(v) ? "" : (v ?? "");
  }
  const out: CellValue[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    // A one-cell literal for a column (the common case): it holds text and numbers alike, where
    // new Array(1) would change its element kind, and a pushed-to [] reserve 16 cells, per row.
    const row: CellValue[] = cols === 1 ? [""] : new Array(cols);
    for (let j = 0; j < cols; j++) {
      for (let k = 0; k < n; k++) {
        const m = matrices[k];
        if (m !== null) cells[k] = m[i][j];
      }
      const result = compute(cells, j);
      row[j] = typeof result !== "object" ? result : cellOf(result);
    }
    out[i] = row;
  }
  return out;
}

/** What a row's cell shows: its value, its problem sentence, or nothing. */
function cellOf(result: Computed<CellValue>): CellValue {
  return result.kind === "value" ? result.value : result.kind === "problem" ? result.message : "";
}

export function CAPAIAN(
  target: SheetArg,
  realisasi: SheetArg,
  polaritas?: SheetArg,
  batasAtas?: SheetArg,
): SheetResult {
  // Per column of targets: a small target among targets above 1,5 is a genuine small target.
  const inPoints = isMany(target)
    ? Array.from({ length: target[0]?.length ?? 0 }, (_, j) => targetColumnInPoints(columnOf(target, j)))
    : null;
  return overRows(
    [
      { label: "target", value: target },
      { label: "realisasi", value: realisasi },
      { label: "polaritas", value: polaritas },
      { label: "batas_atas", value: batasAtas },
    ],
    (c, j) =>
      capaianPlain(c[0], c[1], c[2], c[3]) ?? capaianRow(c[0], c[1], c[2], c[3], inPoints?.[j] ?? false),
  );
}

export function KRITERIA(capaianArg: SheetArg, skala?: SheetArg): SheetResult {
  let scale: Scale | null;
  if (isRange(skala) && !(skala.length === 1 && skala[0].length === 1)) {
    if ((skala[0]?.length ?? 0) < 2) throw new Error(`Skala harus rentang 2 kolom (batas bawah, label).`);
    const custom = customScale(skala);
    if ("kind" in custom) throw new Error(custom.message);
    scale = custom;
  } else {
    const name = isRange(skala) ? skala[0][0] : (skala ?? "");
    scale = namedScale(name);
    if (!scale) throw new Error(`Skala ${quote(name)} tidak dikenal: pakai ${SCALE_HINT}.`);
  }
  const s = scale;
  // Per column: one whose every non-zero capaian is a fraction is a percent-formatted column.
  const fractions = isMany(capaianArg)
    ? Array.from({ length: capaianArg[0]?.length ?? 0 }, (_, j) => fractionColumn(columnOf(capaianArg, j), s))
    : null;
  return overRows([{ label: "capaian", value: capaianArg }], (c, j) =>
    fractions?.[j] ? kriteriaOfFraction(c[0], s) : (kriteriaPlain(c[0], s) ?? kriteria(c[0], s)),
  );
}

export function EFISIENSI(
  capaianArg: SheetArg,
  pagu: SheetArg,
  realisasiAnggaran: SheetArg,
  metode?: SheetArg,
): SheetResult {
  return overRows(
    [
      { label: "capaian", value: capaianArg },
      { label: "pagu", value: pagu },
      { label: "realisasi_anggaran", value: realisasiAnggaran },
      { label: "metode", value: metode },
    ],
    // Indexed, not destructured: this runs once per cell of the column.
    (c) => {
      const parsed = parseMetode(c[3]);
      if (!parsed)
        return { kind: "problem", message: `Metode ${quote(c[3])} tidak dikenal: pakai ${METODE_HINT}.` };
      return efisiensiPlain(c[0], c[1], c[2], parsed) ?? efisiensi(c[0], c[1], c[2], parsed);
    },
  );
}
