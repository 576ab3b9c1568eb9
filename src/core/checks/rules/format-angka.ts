import { fieldHeader } from "../../columns";
import { isHeaderRow } from "../../layout";
import { type ParsedNumber, parseNumber } from "../../numbers";
import type { PlanField, PlanRow } from "../../plan";
import { finding, fmt, isLongForm, type Loc, loc, normSatuan, quote } from "../shared";
import type { Finding, PlanTab, Rule } from "../types";

const NUMERIC: readonly PlanField[] = [
  "targetTahunan",
  "targetTw1",
  "targetTw2",
  "targetTw3",
  "targetTw4",
  "pagu",
  "rakTw1",
  "rakTw2",
  "rakTw3",
  "rakTw4",
  "realisasiTw1",
  "realisasiTw2",
  "realisasiTw3",
  "realisasiTw4",
  "realisasiAnggaranTw1",
  "realisasiAnggaranTw2",
  "realisasiAnggaranTw3",
  "realisasiAnggaranTw4",
  "capaian",
];
const RUPIAH = /^(?:pagu|rakTw\d|realisasiAnggaranTw\d)$/;
/** Columns whose numbers are percentages on rows with satuan % (capaian always). */
const PERCENT_FIELD = /^(?:targetTahunan|targetTw\d|realisasiTw\d|capaian)$/;
const MAX_RELATED = 10;

interface Cell {
  at: Loc;
  raw: string;
  parsed: ParsedNumber;
  owner: PlanRow | undefined;
}

/**
 * How numbers are written, column by column: numbers stored as text (info), thousands separators
 * mixed in one column (warning: "89,335" next to "1.852.283" cannot both be read the same way),
 * percent scale mixed in one column (0,95 next to 95) and text that is no number in a budget column
 * (warning: it drops out of every sum).
 */
export const formatAngka: Rule = {
  id: "format-angka",
  severity: "warning",
  title: "Format angka konsisten",
  run(ctx) {
    const out: Finding[] = [];
    for (const plan of ctx.plans) {
      const data = dataRows(plan);
      for (const [col, field] of numericColumns(plan))
        out.push(...checkColumn(formatAngka, plan, col, field, data));
    }
    return out;
  },
};

/** Each numeric column once (per-TW rows map four fields to one column), with the field naming it. */
function numericColumns(plan: PlanTab): Map<number, PlanField> {
  const cols = new Map<number, PlanField>();
  for (const f of NUMERIC) {
    const c = plan.table.columns[f];
    if (c !== undefined && !cols.has(c)) cols.set(c, f);
  }
  return cols;
}

function columnName(plan: PlanTab, field: PlanField, col: number): string {
  const long = isLongForm(plan.table) && /^(?:targetTw|realisasiTw)/.test(field);
  const name = long ? fieldHeader(field).replace(/ TW I$/, "") : fieldHeader(field);
  return `${name} (kolom ${loc(plan.name, 0, col).cell.replace(/\d+$/, "")})`;
}

/** Rows of the table's span that hold data: not the header repeated after a page break. */
function dataRows(plan: PlanTab): number[] {
  const { table, snapshot } = plan;
  const rows = table.rows;
  if (rows.length === 0) return [];
  const last = Math.min(rows[rows.length - 1].row + (isLongForm(table) ? 4 : 0), snapshot.values.length - 1);
  const indicator = new Set(rows.map((pr) => pr.row));
  const out: number[] = [];
  for (let r = table.dataStart; r <= last; r++)
    if (indicator.has(r) || !isHeaderRow(snapshot.values[r])) out.push(r);
  return out;
}

function cellsOf(plan: PlanTab, col: number, data: number[]): Cell[] {
  const { table, snapshot } = plan;
  const rows = table.rows;
  const out: Cell[] = [];
  let k = 0;
  for (const r of data) {
    while (k + 1 < rows.length && rows[k + 1].row <= r) k++;
    const v = snapshot.values[r][col];
    if (v === undefined || v === "" || snapshot.formulas[r]?.[col]) continue;
    const parsed = parseNumber(v);
    if (parsed.kind === "empty") continue;
    out.push({
      at: loc(plan.name, r, col),
      raw: String(v),
      parsed,
      owner: rows[k].row <= r ? rows[k] : undefined,
    });
  }
  return out;
}

function checkColumn(rule: Rule, plan: PlanTab, col: number, field: PlanField, data: number[]): Finding[] {
  const out: Finding[] = [];
  const cells = cellsOf(plan, col, data);
  const name = columnName(plan, field, col);
  const example = (c: Cell) => `${c.at.cell} ${quote(c.raw)}`;

  const text = cells.filter((c) => c.parsed.kind === "number" && c.parsed.fromText);
  if (text.length > 0) {
    out.push(
      finding(
        rule,
        text[0].at,
        `Ada ${fmt(text.length)} sel di ${name} yang berisi angka diketik sebagai teks, mis. ${example(text[0])}.`,
        "Ketik ulang sebagai angka (tanpa titik ribuan, Rp, atau %) dan atur format angkanya, agar bisa dijumlah dan dihitung rumus.",
        text.slice(1, MAX_RELATED + 1).map((c) => c.at),
        "info",
      ),
    );
  }

  // Thousands: "." and "," both used; an ambiguous "89,335" beside comma-thousands text is suspect too.
  const dot = text.filter((c) => c.parsed.kind === "number" && c.parsed.thousands === ".");
  const comma = text.filter(
    (c) =>
      c.parsed.kind === "number" &&
      (c.parsed.thousands === "," || (c.parsed.ambiguous && c.raw.includes(","))),
  );
  if (dot.length > 0 && comma.length > 0) {
    out.push(
      finding(
        rule,
        comma[0].at,
        `${name} memakai dua pemisah ribuan: titik (${example(dot[0])}) dan koma (${example(comma[0])}).`,
        "Pakai satu gaya (sebaiknya angka tanpa pemisah, diformat oleh Sheets); angka seperti 89,335 bisa terbaca desimal.",
        [...dot.slice(0, MAX_RELATED / 2), ...comma.slice(1, MAX_RELATED / 2)].map((c) => c.at),
      ),
    );
  }

  // Percent scale: 0,95 (a percent-formatted fraction) next to 95 in the same column.
  if (PERCENT_FIELD.test(field)) {
    const percentRow = (c: Cell) => field === "capaian" || normSatuan(c.owner?.satuan ?? "") === "%";
    const numbers = cells.filter((c) => c.parsed.kind === "number" && !c.parsed.percent && percentRow(c));
    const value = (c: Cell) => (c.parsed.kind === "number" ? c.parsed.value : 0);
    const fractions = numbers.filter((c) => value(c) > 0 && value(c) < 1);
    const points = numbers.filter((c) => value(c) > 1.5);
    if (fractions.length > 0 && points.length > 0) {
      out.push(
        finding(
          rule,
          fractions[0].at,
          `${name} mencampur skala persen: ${fmt(value(fractions[0]))} di ${fractions[0].at.cell} dan ${fmt(value(points[0]))} di ${points[0].at.cell}.`,
          "Tulis semua persentase dengan skala yang sama (95 untuk 95 %), lalu atur formatnya; 0,95 dan 95 tidak boleh bercampur.",
          [...fractions.slice(1, MAX_RELATED / 2), ...points.slice(0, MAX_RELATED / 2)].map((c) => c.at),
        ),
      );
    }
  }

  if (RUPIAH.test(field)) {
    const bad = cells.filter((c) => c.parsed.kind === "invalid");
    if (bad.length > 0) {
      out.push(
        finding(
          rule,
          bad[0].at,
          `Ada ${fmt(bad.length)} sel di ${name} yang tidak terbaca sebagai angka, mis. ${example(bad[0])}, sehingga tidak ikut dijumlah.`,
          "Isi dengan angka rupiah saja (keterangan ditulis di kolom Keterangan).",
          bad.slice(1, MAX_RELATED + 1).map((c) => c.at),
        ),
      );
    }
  }
  return out;
}
