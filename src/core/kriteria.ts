import type { CellValue } from "./cells";
import { formatNumber, parseNumber, plainNumber } from "./numbers";
import { blank, type Computed, problem, value } from "./result";
import { wordTable } from "./text";

export interface Band {
  /** Lower bound of the band in percent points (or Nilai SAKIP for `akip`). */
  min: number;
  /** true: value > min (AKIP's "> 90"); false: value ≥ min. */
  strict: boolean;
  label: string;
  /** Background for conditional formatting (#rrggbb) and a readable font colour on it. */
  background: string;
  fontColor: string;
}

export interface Scale {
  id: string;
  name: string;
  /** Highest band first; the last band catches everything below (half-open bands, no gaps). */
  bands: Band[];
}

const band = (min: number, label: string, background: string, dark: boolean, strict = false): Band => ({
  min,
  strict,
  label,
  background,
  fontColor: dark ? "#ffffff" : "#000000",
});

export const SCALES: Record<"permendagri86" | "lakip" | "akip", Scale> = {
  permendagri86: {
    id: "permendagri86",
    name: "Skala Nilai Peringkat Kinerja (Permendagri 86/2017)",
    bands: [
      band(91, "Sangat Tinggi", "#1e7b34", true),
      band(76, "Tinggi", "#8bc34a", false),
      band(66, "Sedang", "#f9a825", false),
      band(51, "Rendah", "#fff176", false),
      band(-Infinity, "Sangat Rendah", "#c62828", true),
    ],
  },
  lakip: {
    id: "lakip",
    name: "Skala LAKIP",
    bands: [
      band(100, "Sangat Berhasil", "#1e7b34", true),
      band(75, "Berhasil", "#8bc34a", false),
      band(55, "Cukup Berhasil", "#f9a825", false),
      band(-Infinity, "Kurang Berhasil", "#c62828", true),
    ],
  },
  akip: {
    id: "akip",
    name: "Evaluasi AKIP (PermenPAN-RB 88/2021)",
    bands: [
      band(90, "AA", "#1e7b34", true, true),
      band(80, "A", "#43a047", true, true),
      band(70, "BB", "#8bc34a", false, true),
      band(60, "B", "#cddc39", false, true),
      band(50, "CC", "#f9a825", false, true),
      band(30, "C", "#fb8c00", false, true),
      band(-Infinity, "D", "#c62828", true),
    ],
  },
};

const SCALE_NAMES = wordTable<keyof typeof SCALES>({
  "": "permendagri86",
  permendagri86: "permendagri86",
  "permendagri 86": "permendagri86",
  permendagri: "permendagri86",
  "86": "permendagri86",
  lakip: "lakip",
  akip: "akip",
  sakip: "akip",
  "permenpan 88": "akip",
});

export const SCALE_HINT = "permendagri86, lakip, akip, atau rentang 2 kolom (batas bawah, label)";

/** A named scale, or null when the name is unknown. */
export function namedScale(name: CellValue): Scale | null {
  const key = String(name).toLowerCase().replace(/[-_]/g, " ").replace(/\s+/g, " ").trim();
  const id = SCALE_NAMES.get(key) ?? SCALE_NAMES.get(key.replace(/ /g, ""));
  return id ? SCALES[id] : null;
}

/**
 * A scale the user keeps in the sheet: rows of (lower bound, label), any order; rows whose bound
 * is not a number (a header) are skipped. Bands are ≥ their bound; a value below every bound has
 * no label.
 */
export function customScale(rows: CellValue[][]): Scale | { kind: "problem"; message: string } {
  const bands: Band[] = [];
  for (const row of rows) {
    const bound = parseNumber(row[0]);
    const label = String(row[1] ?? "").trim();
    if (bound.kind !== "number" || !label) continue;
    bands.push(band(bound.value, label, "#ffffff", false));
  }
  if (bands.length === 0) {
    return problem("Skala kriteria kosong: isi rentang 2 kolom berisi batas bawah (angka) dan label.");
  }
  bands.sort((a, b) => b.min - a.min);
  // Colours by rank, from the default scale's green (highest) to its red (lowest).
  const palette = SCALES.permendagri86.bands;
  const coloured = bands.map((b, i) => {
    const from =
      palette[bands.length === 1 ? 0 : Math.round((i * (palette.length - 1)) / (bands.length - 1))];
    return { ...b, background: from.background, fontColor: from.fontColor };
  });
  return { id: "custom", name: "Skala sendiri", bands: coloured };
}

/** A scale in percent points (its highest bound above 10), where 0,97 is not 97 %. */
const inPercentPoints = (scale: Scale): boolean => (scale.bands[0]?.min ?? 0) > 10;

/**
 * A column of capaian read from cells formatted as percent (97 % → 0,97): on a scale in percent
 * points, at least two non-zero numbers and every one of them a fraction (0 < c < 1,5). A small
 * value among points is a genuine small capaian; a single value is taken as written.
 */
export function fractionColumn(column: readonly CellValue[], scale: Scale): boolean {
  if (!inPercentPoints(scale)) return false;
  let fractions = 0;
  for (let i = 0; i < column.length; i++) {
    const v = column[i];
    if (typeof v !== "number" || v === 0) continue;
    if (!(v > 0 && v < 1.5)) return false;
    fractions++;
  }
  return fractions >= 2;
}

/** A row of a column of fractions: zero and blanks are read as they are, a fraction is asked to be fixed. */
export function kriteriaOfFraction(capaian: CellValue, scale: Scale): Computed<string> | string {
  if (typeof capaian !== "number" || capaian === 0)
    return kriteriaPlain(capaian, scale) ?? kriteria(capaian, scale);
  const pct = formatNumber(capaian * 100);
  return problem(
    `Kolom capaian ini berisi pecahan dari sel berformat persen (${formatNumber(capaian)} = ${pct}%) sedangkan skala dalam poin persen: isi capaian dalam persen (${pct}), misalnya hasil CAPAIAN.`,
  );
}

/** The label of the band `v` falls in; undefined below the lowest bound. */
function bandLabel(v: number, scale: Scale): string | undefined {
  const bands = scale.bands;
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i];
    if (b.strict ? v > b.min : v >= b.min) return b.label;
  }
  return undefined;
}

/** The label of a plain number (blank for a blank) without allocating; undefined when kriteria() must say more. */
export function kriteriaPlain(capaian: CellValue, scale: Scale): string | undefined {
  if (capaian === "") return "";
  const v = plainNumber(capaian);
  return v === undefined ? undefined : bandLabel(v, scale);
}

/** A capaian cell as a number, or the blank/problem a KRITERIA or EFISIENSI row answers instead. */
export function readCapaian(
  capaian: CellValue,
): number | typeof blank | { kind: "problem"; message: string } {
  const plain = plainNumber(capaian);
  if (plain !== undefined) return plain;
  const parsed = parseNumber(capaian);
  if (parsed.kind === "empty") return blank;
  if (parsed.kind === "invalid") return problem("Capaian bukan angka.");
  return parsed.value;
}

export function kriteria(capaian: CellValue, scale: Scale): Computed<string> {
  const v = readCapaian(capaian);
  if (typeof v !== "number") return v;
  const label = bandLabel(v, scale);
  return label === undefined
    ? problem(`Capaian ${formatNumber(v)} di bawah batas terendah skala.`)
    : value(label);
}
