import type { CellFormats, TabFormat } from "../cells";
import { rect } from "../cells";
import type { Moves } from "./types";

type Style = NonNullable<TabFormat["styles"]>[number];
type Property = keyof CellFormats;

/**
 * A person's cell formats (fill, number format, font colour and size) kept through a rewrite: a
 * cell whose format is neither Sheets' default nor what the add-on gives that cell now is the
 * person's, and goes where its row and column went, after the add-on's styles so that it wins.
 * Text cells' plain-text format ("@") is the add-on's own way of writing text, not a person's, nor
 * its figure format "#,##0…" with other decimals in a column whose decimals follow its figures
 * (`followsFigures`, by 0-based column of the new tab); elsewhere "#,##0" is a person's choice.
 */
export function keptFormats(
  existing: CellFormats,
  addOn: TabFormat,
  moves: Moves,
  followsFigures: (col: number) => boolean = () => false,
): { styles: Style[]; cells: number } {
  const rows = new Map(moves.rows);
  const cols = new Map(moves.cols);
  const styles: Style[] = [];
  const kept = new Set<string>();
  for (const property of Object.keys(DEFAULTS) as Property[]) {
    const ours = raster(addOn, property);
    existing[property].forEach((line, r) => {
      line.forEach((value, c) => {
        const v = meaningful(property, value);
        if (v === undefined) return;
        const [R, C] = [rows.get(r) ?? r, cols.get(c) ?? c];
        const mine = meaningful(property, ours.get(`${R}:${C}`));
        // The add-on's own figure format with the decimals of an earlier run ("#,##0.0" before a
        // "61,68" came) is not a person's: the decimals follow the figures.
        if (mine === v || (followsFigures(C) && FIGURES.test(`${v}`) && FIGURES.test(`${mine}`))) return;
        styles.push({ range: rect(R + 1, C + 1), [property]: v });
        kept.add(`${R}:${C}`);
      });
    });
  }
  return { styles, cells: kept.size };
}

/** The add-on's number format of figures: thousands dots and the decimals the figures have. */
const FIGURES = /^#,##0(?:\.0+)?$/;

const DEFAULTS: Record<Property, (string | number)[]> = {
  background: ["#ffffff", "white"],
  numberFormat: ["General", "@", "0.###############"],
  fontColor: ["#000000", "black"],
  fontSize: [10],
};

function meaningful(property: Property, value: unknown): string | number | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const v = typeof value === "string" ? value.toLowerCase() : value;
  if (DEFAULTS[property].some((d) => (typeof d === "string" ? d.toLowerCase() : d) === v)) return undefined;
  return property === "fontSize" ? Number(value) : String(value);
}

/** What the add-on's styles give each cell ("row:col", 0-based) for one property, later styles winning. */
function raster(format: TabFormat, property: Property): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const s of format.styles ?? []) {
    const v = s[property];
    if (v === undefined) continue;
    for (let r = s.range.row - 1; r < s.range.row - 1 + s.range.rows; r++)
      for (let c = s.range.col - 1; c < s.range.col - 1 + s.range.cols; c++) out.set(`${r}:${c}`, v);
  }
  return out;
}
