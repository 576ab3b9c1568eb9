import { columnLetter } from "./a1";
import type { CellValue, TabSnapshot, WriteCell } from "./cells";
import { formatNumber } from "./numbers";
import { literalText } from "./regenerate/formulas";
import { cellText, quote } from "./result";

/**
 * A tab the add-on derives from others (the Ringkasan over the evaluation tab) is part of what a
 * reviewer signs over: it must be exactly what the add-on would write now. Cell by cell, a formula
 * must be the formula (its result then follows from the tabs it reads, which the fingerprint
 * covers), a text or number the same text or number, and nothing else may be typed in the tab.
 */
export interface CellDifference {
  /** "B6" */
  cell: string;
  /** Its sheet row (1-based). */
  row: number;
  /** What the cell holds, as a message names it: `7`, `rumus =5`, `kosong`. */
  found: string;
  /** What it should show, as a message names it (`5`, `kosong`), when the add-on can compute it. */
  expected?: string;
}

export function derivedDifferences(
  expected: WriteCell[][],
  actual: TabSnapshot,
  values: readonly (readonly (CellValue | undefined)[])[] = [],
): CellDifference[] {
  const out: CellDifference[] = [];
  const height = Math.max(expected.length, actual.values.length);
  for (let r = 0; r < height; r++) {
    const want = expected[r] ?? [];
    const width = Math.max(want.length, actual.values[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const formula = actual.formulas[r]?.[c] ?? "";
      const value = actual.values[r]?.[c] ?? "";
      const found = formula ? formula : literalText(value);
      if (same(content(want[c] ?? ""), found)) continue;
      const literal = want[c] ?? "";
      const wantsFormula = typeof literal === "object" && !(literal instanceof Date);
      const should = values[r]?.[c] ?? (wantsFormula ? undefined : literal);
      // A formula replaced by the value it showed: the same figure, but it no longer follows the data.
      const typedOver =
        wantsFormula && !formula && value !== "" && should !== undefined && named(should) === named(value);
      const shown = formula
        ? `rumus ${quote(formula, 40)}`
        : value === ""
          ? "kosong"
          : typeof value === "number"
            ? cellText(value)
            : quote(value, 40);
      out.push({
        ...(should === undefined
          ? {}
          : { expected: typedOver ? `rumus yang menghasilkan ${named(should)}` : named(should) }),
        cell: `${columnLetter(c + 1)}${r + 1}`,
        row: r + 1,
        found: typedOver ? `${shown} (diketik, bukan rumus)` : shown,
      });
    }
  }
  return out;
}

/**
 * A value as a message names it: `5`, `12,5`, `kosong`, `"Tinggi"`; a text whole up to 120
 * characters (an indicator's name is what the reviewer must retype), not cut at 40 as what is found.
 */
export function named(v: CellValue): string {
  if (v === "" || v === null) return "kosong";
  if (typeof v === "number") return formatNumber(v);
  return quote(literalText(v), 120);
}

function content(cell: WriteCell): string {
  return typeof cell === "object" && !(cell instanceof Date) ? cell.formula : literalText(cell);
}

/** Equal, allowing what Sheets does to a formula it stores: spaces, quotes a tab name does not need. */
function same(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a.startsWith("=") || !b.startsWith("=")) return false;
  return normalFormula(a) === normalFormula(b);
}

function normalFormula(f: string): string {
  let out = "";
  // Outside string literals: no spaces, tab names unquoted, upper case.
  for (const [i, part] of f.split(/("(?:[^"]|"")*")/).entries())
    out +=
      i % 2
        ? part
        : part
            .replace(/\s+/g, "")
            .replace(/'((?:[^']|'')*)'!/g, (_m, name: string) => `${name.replace(/''/g, "'")}!`)
            .toUpperCase();
  return out;
}

/** "a; b; c dan 4 sel lain": the first `max` of a list, and how many more. */
export function firstOf(items: string[], max: number, sep = "; ", unit = "sel"): string {
  const more = items.length - max;
  return items.slice(0, max).join(sep) + (more > 0 ? ` dan ${more} ${unit} lain` : "");
}

/** "B6 tertulis 7, C6 tertulis rumus "=5"" (the first few). */
export function differencesText(diffs: CellDifference[], max = 6): string {
  return firstOf(
    diffs.map(
      (d) => `${d.cell} tertulis ${d.found}${d.expected === undefined ? "" : `, seharusnya ${d.expected}`}`,
    ),
    max,
  );
}

/**
 * Whether a number format shows something other than the cell's value: a digit written into the
 * format as text (`"7"`, `\7`, `0;0;"3"`, `[=3]"7"`), so that the cell shows a figure it does not
 * hold; every section empty (`;;;`), so that it shows nothing; a scaling comma with no unit after it
 * (`#,##0,` shows 1.500.000 as 1.500); and, on a cell holding percent points (`points`: 97,03),
 * a percent sign, which shows it multiplied by 100 (9.703 %). "-" for zero, units (`0" %"`,
 * `"Rp "#,##0`, `#,##0,"rb"`) and locale codes (`[$-421]`) only dress the value and are not.
 */
export function misleadingFormat(
  format: string,
  points = false,
): "angka tetap" | "tersembunyi" | "persen" | "skala" | null {
  if (!format || format === "General") return null;
  // Outside brackets ([$-421], [Red], [=3]) and with quoted and escaped literals kept as literals.
  let literal = "";
  let rest = "";
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      literal += format.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? format.length : end;
    } else if (ch === "\\") {
      literal += format[i + 1] ?? "";
      i++;
    } else if (ch === "[") {
      const end = format.indexOf("]", i + 1);
      i = end < 0 ? format.length : end;
    } else rest += ch;
  }
  if (/\d/.test(literal)) return "angka tetap";
  if (/^;+$/.test(rest.trim()) && !literal.trim()) return "tersembunyi";
  if (points && rest.includes("%")) return "persen";
  if (/[0#?],+(?![0#?])/.test(rest) && !/\p{L}/u.test(literal)) return "skala";
  return null;
}

/** How each kind of misleading format is named: "format angka "7" yang menampilkan angka tetap, bukan isinya". */
const SHOWN: Record<string, [string, string]> = {
  "angka tetap": ["angka", "angka tetap, bukan isinya"],
  tersembunyi: ["angka", ""],
  persen: ["persen", "isinya dikali 100"],
  skala: ["angka", "isinya dibagi seribu"],
};
const shownAs = (kind: string, f: string) => {
  const [what, shows] = SHOWN[kind];
  return shows
    ? `format ${what} ${quote(f.replace(/"/g, ""), 30)} yang menampilkan ${shows}`
    : "format angka yang menyembunyikan isinya";
};
/**
 * Cells of a tab whose number format shows something other than their value ("B6 (format "7")");
 * `values` tells the cells holding percent points: under a header ending "(%)" (the nearest row
 * above that has one), or a number above 1,5 (no fraction a percent format is meant for).
 */
export function misleadingFormats(
  numberFormats: readonly (readonly string[])[],
  values: readonly (readonly CellValue[])[] = [],
): CellDifference[] {
  const out: CellDifference[] = [];
  let header: readonly CellValue[] = [];
  numberFormats.forEach((row, r) => {
    row.forEach((format, c) => {
      // Percent points by their header, or a number no fraction is (a count of 3 would show 300 %).
      const v = values[r]?.[c];
      const points =
        /\(%\)\s*$/.test(String(header[c] ?? "")) || (typeof v === "number" && Math.abs(v) > 1.5);
      const kind = misleadingFormat(format, points);
      if (kind)
        out.push({ cell: `${columnLetter(c + 1)}${r + 1}`, row: r + 1, found: shownAs(kind, format) });
    });
    if (values[r]?.some((v) => /\(%\)\s*$/.test(String(v)))) header = values[r];
  });
  return out;
}
