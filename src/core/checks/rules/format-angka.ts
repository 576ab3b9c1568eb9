import { isBound, isQualitative, unreadableTarget } from "../../capaian";
import { familyHeader, fieldHeader } from "../../columns";
import { MONEY_FIELD, sheetNumber, TEXT_IN_SUM } from "../../evaluasi-formulas";
import { isHeaderRow } from "../../layout";
import { nearlyEqual, type ParsedNumber, parseNumber } from "../../numbers";
import { isPercentFormat, mixedScale } from "../../persen";
import { NUMERIC_FIELDS, type PlanField, type PlanRow } from "../../plan";
import { readSifat } from "../../sifat";
import { finding, fmt, isLongForm, type Loc, loc, normSatuan, push, quote } from "../shared";
import type { Finding, PlanTab, Rule } from "../types";

const RUPIAH = MONEY_FIELD;
const REALISASI = /^realisasi(?:Tw\d|Tahunan)$/;
const TARGET = /^target(?:Tw\d|Tahunan)$/;
/** Target and realisasi per TW: the evaluation tab adds them up (sifat kumulatif). */
const SUMMED_TW = /^(?:targetTw\d|realisasiTw\d)$/;
/** Columns holding one indicator's quantity: a percentage on rows with satuan %. */
const QUANTITY_FIELD = /^(?:targetTahunan|targetTw\d|realisasiTw\d|realisasiTahunan)$/;
const MAX_RELATED = 10;
/** A row whose annual target is words ("Zona Hijau", "WTP"), not a number. */
const qualitativeTarget = (pr: PlanRow | undefined): boolean =>
  pr !== undefined && parseNumber(pr.targetTahunan).kind === "invalid";

interface Cell {
  at: Loc;
  raw: string;
  parsed: ParsedNumber;
  owner: PlanRow | undefined;
}

/**
 * How numbers are written, column by column: numbers stored as text (info), thousands separators
 * mixed in one column (warning: "89,335" next to "1.852.283" cannot both be read the same way),
 * percent scale mixed within one indicator's row (target 95 with TW targets 0,25 … 0,95) or in the
 * capaian column, text that is no number in a budget column (warning: it drops out of every sum),
 * and a realisasi that is neither a number nor a qualitative value (error: no capaian for it).
 * Different indicators in one column may well differ in scale (a 0,5 % rate beside a 63,57 % share).
 */
export const formatAngka: Rule = {
  id: "format-angka",
  severity: "warning",
  title: "Format angka tidak konsisten",
  run(ctx) {
    const out: Finding[] = [];
    for (const plan of ctx.plans) {
      const data = dataRows(plan);
      const quantities = new Map<PlanRow, Cell[]>();
      for (const [col, field] of numericColumns(plan)) {
        out.push(...checkColumn(formatAngka, plan, col, field, data));
        if (!QUANTITY_FIELD.test(field)) continue;
        for (const c of cellsOf(plan, col, data)) {
          if (!c.owner || normSatuan(c.owner.satuan) !== "%") continue;
          push(quantities, c.owner, c);
        }
      }
      for (const [pr, cells] of quantities) {
        const mixed = mixedCells(cells);
        if (!mixed) continue;
        const [fraction, point] = mixed;
        // A galat: a fraction in a cell that is not percent-formatted (one that is reads × 100, see
        // cellsOf) is computed as stored, so 0,6168 beside a target of 63,57 gives 0,97 % "Sangat
        // Rendah"; Kirim must not pass it.
        const f = numberOf(fraction);
        out.push(
          finding(
            formatAngka,
            fraction.at,
            `Indikator ${quote(pr.indikator)} mencampur skala persen dalam satu baris: ${fmt(f)} di ${fraction.at.cell} dan ${fmt(numberOf(point))} di ${point.at.cell}, sehingga capaiannya salah.`,
            `Ketik ${fmt(f * 100)} di ${fraction.at.cell}, agar skalanya sama dengan ${point.at.cell}.`,
            [point.at],
            "error",
          ),
        );
      }
    }
    return out;
  },
};

/**
 * Each numeric column once (per-TW rows map four fields to one column), with the field naming it;
 * the months of a monthly cash plan as the RAK of their TW.
 */
function numericColumns(plan: PlanTab): Map<number, PlanField> {
  const cols = new Map<number, PlanField>();
  for (const f of NUMERIC_FIELDS) {
    const c = plan.table.columns[f];
    if (c !== undefined && !cols.has(c)) cols.set(c, f);
  }
  for (const [m, c] of (plan.table.rakBulan ?? []).entries())
    cols.set(c, `rakTw${((m / 3) | 0) + 1}` as PlanField);
  return cols;
}

function columnName(plan: PlanTab, field: PlanField, col: number): string {
  const long = isLongForm(plan.table) && /Tw\d$/.test(field);
  const name = long ? familyHeader(field) : fieldHeader(field);
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
    let parsed = parseNumber(v);
    if (parsed.kind === "empty") continue;
    // A number in a percent-formatted cell: what a person sees (× 100), as the evaluation tab reads it.
    if (parsed.kind === "number" && isPercentFormat(snapshot.numberFormats?.[r]?.[col]))
      parsed = { ...parsed, value: parsed.value * 100, percent: true };
    out.push({
      at: loc(plan.name, r, col),
      raw: String(v),
      parsed,
      owner: rows[k].row <= r ? rows[k] : undefined,
    });
  }
  return out;
}

const numberOf = (c: Cell) => (c.parsed.kind === "number" ? c.parsed.value : 0);

/** A fraction (0,95 typed into a percent cell) and a percent point (95) among one quantity's cells. */
function mixedCells(cells: Cell[]): [Cell, Cell] | null {
  const numbers = cells.filter((c) => c.parsed.kind === "number" && !c.parsed.percent);
  const mixed = mixedScale(numbers.map(numberOf));
  return mixed && [numbers[mixed[0]], numbers[mixed[1]]];
}

function checkColumn(rule: Rule, plan: PlanTab, col: number, field: PlanField, data: number[]): Finding[] {
  const out: Finding[] = [];
  const cells = cellsOf(plan, col, data);
  const name = columnName(plan, field, col);
  const example = (c: Cell) => `${c.at.cell} ${quote(c.raw)}`;

  const text = cells.filter((c) => c.parsed.kind === "number" && c.parsed.fromText);
  // The evaluation tab's formulas read "1 UPT", "63,57 %", "89,335,000" as the numbers they are
  // (`sheetNumber`); "4.40", "Rp 5.000", "95%" they cannot, and the row shows no sum for them.
  const readByTab = (c: Cell) => {
    const n = sheetNumber(c.raw, RUPIAH.test(field));
    return typeof n === "number" && c.parsed.kind === "number" && nearlyEqual(n, c.parsed.value);
  };
  const read = text.filter(readByTab);
  const unread = text.filter((c) => !readByTab(c));
  if (read.length > 0) {
    out.push(
      finding(
        rule,
        read[0].at,
        `Ada ${fmt(read.length)} sel di ${name} yang berisi angka diketik sebagai teks, mis. ${example(read[0])}, yang dihitung sebagai ${fmt(numberOf(read[0]))}.`,
        "Tidak perlu diubah; agar rapi, ketik angkanya saja dan tulis satuannya di kolom Satuan.",
        read.slice(1, MAX_RELATED + 1).map((c) => c.at),
        "info",
      ),
    );
  }
  // What the evaluation tab does with each (issue 18: the message says what really happens): reads
  // another number ("12 500" as 12); sums it into “Ada angka tersimpan sebagai teks” (a kumulatif
  // row, every budget sum); or shows it as typed, which CAPAIAN in Sheets reads and the standard
  // formulas of an Excel file do not.
  const effectOf = (c: Cell): [string, "error" | "warning" | "info"] => {
    const misread = sheetNumber(c.raw, RUPIAH.test(field));
    if (typeof misread === "number") return [`tab evaluasi membacanya ${fmt(misread)}`, "error"];
    const summed =
      RUPIAH.test(field) && field !== "pagu"
        ? "realisasi anggaran, serapan dan efisiensi"
        : SUMMED_TW.test(field) && c.owner && readSifat(c.owner).sifat === "kumulatif"
          ? "realisasi s.d. TW dan capaian"
          : "";
    if (summed) return [`${summed} barisnya tertulis “${TEXT_IN_SUM}”`, "error"];
    // A pagu the tab cannot read stays text there: the row's serapan thd pagu is blank, and the
    // Ringkasan's pagu and serapan of the bidang leave it out (they read lower and higher).
    if (field === "pagu")
      return [
        "serapan thd pagu barisnya kosong dan pagu serta serapan bidangnya di Ringkasan dihitung tanpa angka ini",
        "error",
      ];
    return QUANTITY_FIELD.test(field)
      ? ["hanya CAPAIAN di Google Sheets yang menghitung capaiannya, rumus file Excel tidak", "warning"]
      : ["", "info"];
  };
  const byEffect = new Map<string, Cell[]>();
  for (const c of unread) push(byEffect, effectOf(c).join("|"), c);
  for (const group of byEffect.values()) {
    const [effect, severity] = effectOf(group[0]);
    out.push(
      finding(
        rule,
        group[0].at,
        `Ada ${fmt(group.length)} sel di ${name} berisi angka dengan tulisan yang tidak terbaca oleh rumus tab evaluasi, mis. ${example(group[0])} (maksudnya ${fmt(numberOf(group[0]))})${effect && `, sehingga ${effect}`}.`,
        `Ketik angkanya saja (mis. ${fmt(numberOf(group[0]))}) tanpa satuan, Rp, atau %, lalu atur format angkanya.`,
        group.slice(1, MAX_RELATED + 1).map((c) => c.at),
        severity,
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

  // The capaian column holds one quantity on every row: 0,97 (a percent-formatted fraction) next to 95.
  if (field === "capaian") {
    const mixed = mixedCells(cells);
    if (mixed) {
      const [fraction, point] = mixed;
      out.push(
        finding(
          rule,
          fraction.at,
          `${name} mencampur skala persen: ${fmt(numberOf(fraction))} di ${fraction.at.cell} dan ${fmt(numberOf(point))} di ${point.at.cell}.`,
          "Tulis semua persentase dengan skala yang sama: 95 untuk 95 %, bukan 0,95.",
          [point.at],
        ),
      );
    }
  }

  if (REALISASI.test(field)) {
    // Against a qualitative target ("Zona Hijau"), words that name no scale value ("Terbaik 2")
    // are compared by a person: a warning. Against a number, a realisasi that is none is a galat.
    const bad = cells.filter((c) => c.parsed.kind === "invalid" && !isQualitative(c.raw));
    const words = (c: Cell) => qualitativeTarget(c.owner);
    for (const [kind, group] of [
      ["error", bad.filter((c) => !words(c))],
      ["warning", bad.filter(words)],
    ] as const) {
      if (group.length === 0) continue;
      out.push(
        finding(
          rule,
          group[0].at,
          kind === "error"
            ? `Ada ${fmt(group.length)} sel di ${name} yang bukan angka, mis. ${example(group[0])}: capaiannya tidak dapat dihitung.`
            : `Ada ${fmt(group.length)} sel di ${name} berisi kata yang tidak dapat dibandingkan dengan skala kualitatif mana pun, mis. ${example(group[0])}: capaiannya tidak dihitung.`,
          "Isi realisasi dengan angka (atau nilai kualitatif seperti WTP bila targetnya kualitatif); keterangan ditulis di kolom Keterangan.",
          group.slice(1, MAX_RELATED + 1).map((c) => c.at),
          kind,
        ),
      );
    }
  }

  if (TARGET.test(field)) {
    // Trial 7 #26: a target no one can read leaves its row without capaian, so Kirim must not pass
    // it; a bound ("≥ 80%", "maks. 9") is read, and how is said once.
    const invalid = cells.filter((c) => c.parsed.kind === "invalid");
    const bad = invalid.filter((c) => unreadableTarget(c.raw));
    const all = invalid.filter((c) => isBound(c.raw));
    // A TW target of a kumulatif row is summed up to the TW: bounds add up to no target s.d. TW.
    const summed = (c: Cell) => SUMMED_TW.test(field) && c.owner && readSifat(c.owner).sifat === "kumulatif";
    const unsummed = all.filter(summed);
    const bounds = all.filter((c) => !summed(c));
    if (unsummed.length > 0)
      out.push(
        finding(
          rule,
          unsummed[0].at,
          `Ada ${fmt(unsummed.length)} sel di ${name} berisi batas pada indikator bersifat kumulatif, mis. ${example(unsummed[0])}: target s.d. TW tidak dapat dijumlah, sehingga capaian s.d. TW dan kriterianya tidak dihitung.`,
          "Tulis target TW sebagai angka (batasnya cukup di Target Tahunan), atau isi Sifat Target bila targetnya tidak dijumlah.",
          unsummed.slice(1, MAX_RELATED + 1).map((c) => c.at),
          "error",
        ),
      );
    if (bad.length > 0)
      out.push(
        finding(
          rule,
          bad[0].at,
          `Ada ${fmt(bad.length)} sel di ${name} yang tidak terbaca sebagai target, mis. ${example(bad[0])}: capaiannya tidak dapat dihitung.`,
          "Isi target dengan angka (80), rentang (80-90), batas (≥ 80, maks. 9) atau nilai kualitatif (WTP, Zona Hijau).",
          bad.slice(1, MAX_RELATED + 1).map((c) => c.at),
          "error",
        ),
      );
    if (bounds.length > 0)
      out.push(
        finding(
          rule,
          bounds[0].at,
          `Ada ${fmt(bounds.length)} sel di ${name} berisi target berupa batas, mis. ${example(bounds[0])}: capaiannya 100 bila batas itu tercapai, bila tidak realisasi dibandingkan dengan batasnya.`,
          "Tidak perlu diubah.",
          bounds.slice(1, MAX_RELATED + 1).map((c) => c.at),
          "info",
        ),
      );
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
