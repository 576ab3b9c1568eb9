import type { CellValue } from "../cells";
import type { PlanTable, RenstraFigures, YearFigures } from "../plan";
import { lowerWords, normalise } from "../text";

/**
 * The PK tab's figures beyond this year's target: the target and realisasi of earlier years
 * ("Target 2023", "Realisasi 2023" …) and the Renstra end target with its year, by indicator. The
 * template writes these columns (src/app/template.ts, `pkHeaders`); an office's own PK tab is read
 * by the same header words. A year whose columns are absent is simply not in the list: the report
 * then says it is not filled, never 0.
 */
export interface PkFigures {
  tahunLain: YearFigures[];
  renstra?: RenstraFigures;
}

/** The PK columns after the agreement itself, for the year `tahun` (two earlier years). */
export function pkHistoryHeaders(tahun: number): string[] {
  return [
    `Target ${tahun - 1}`,
    `Realisasi ${tahun - 1}`,
    `Target ${tahun - 2}`,
    `Realisasi ${tahun - 2}`,
    "Target akhir Renstra",
    "Tahun akhir Renstra",
  ];
}

const HEADER_ROWS = 10;

export function readPkFigures(values: CellValue[][]): Map<string, PkFigures> {
  const out = new Map<string, PkFigures>();
  const headerAt = values
    .slice(0, HEADER_ROWS)
    .findIndex((r) => r.some((c) => /^indikator/.test(lowerWords(c))));
  if (headerAt < 0) return out;
  const header = values[headerAt].map((c) => lowerWords(c));
  const indikator = header.findIndex((h) => h.startsWith("indikator"));
  const years = new Map<number, { target?: number; realisasi?: number; persentase?: number }>();
  let targetAkhir = -1;
  let tahunAkhir = -1;
  let realisasiSd = -1;
  header.forEach((h, c) => {
    const year = /\b(20\d\d)\b/.exec(h);
    if (/renstra/.test(h)) {
      if (/^tahun/.test(h)) tahunAkhir = c;
      else if (/^target/.test(h)) targetAkhir = c;
      else if (/^realisasi/.test(h)) realisasiSd = c;
      return;
    }
    if (!year) return;
    const y = Number(year[1]);
    const entry = years.get(y) ?? {};
    if (/^target/.test(h)) entry.target = c;
    else if (/^realisasi/.test(h)) entry.realisasi = c;
    else if (/^(persentase|capaian)/.test(h)) entry.persentase = c;
    else return;
    years.set(y, entry);
  });
  const renstraYear = (cell: CellValue, text: string): number | null => {
    const m = /(20\d\d)/.exec(String(cell)) ?? /(20\d\d)\D*$/.exec(text);
    return m ? Number(m[1]) : null;
  };
  for (const row of values.slice(headerAt + 1)) {
    const name = String(row[indikator] ?? "").trim();
    if (!name) continue;
    const at = (c: number | undefined): CellValue => (c === undefined || c < 0 ? "" : (row[c] ?? ""));
    const tahunLain = [...years.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([tahun, c]) => ({
        tahun,
        target: at(c.target),
        realisasi: at(c.realisasi),
        persentase: at(c.persentase),
      }));
    const renstra: RenstraFigures | undefined =
      targetAkhir >= 0
        ? {
            tahunAkhir: renstraYear(at(tahunAkhir), header[targetAkhir]),
            targetAkhir: at(targetAkhir),
            realisasiSd: at(realisasiSd),
            persentase: "",
          }
        : undefined;
    out.set(normalise(name), { tahunLain, renstra });
  }
  return out;
}

/**
 * The PK's figures with the office's Renstra tables added (trial 6 #7): an indicator of the same name
 * takes its target akhir (and earlier years) from there where the PK has none.
 */
export function withRenstraTables(pk: Map<string, PkFigures> | undefined, tables: PlanTable[]) {
  const out = new Map(pk);
  for (const t of tables)
    for (const row of t.rows) {
      const key = normalise(row.indikator);
      const had = out.get(key);
      if (!key || (had?.renstra && had.renstra.targetAkhir !== "")) continue;
      // The table's Renstra figures where it has them, else the PK's own (earlier years) kept.
      const renstra = row.renstra ?? had?.renstra;
      out.set(key, {
        tahunLain: had?.tahunLain.length ? had.tahunLain : (row.tahunLain ?? []),
        ...(renstra ? { renstra } : {}),
      });
    }
  return out;
}
