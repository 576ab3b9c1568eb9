import { isRange } from "../../capaian";
import type { CellValue, TabSnapshot } from "../../cells";
import { fieldHeader } from "../../columns";
import { type ComputedColumn, computedColumns, HEADER_ROW, isOurEvaluasi } from "../../evaluasi";
import { MONEY_FIELD, sheetNumber } from "../../evaluasi-formulas";
import { idNumber } from "../../numbers";
import { indicatorKeys, type PlanField, type PlanRow, ROMAN } from "../../plan";
import { cellText } from "../../result";
import { cellOf, finding, loc, quote } from "../shared";
import type { Finding, PlanTab, Rule } from "../types";

/** The first data row of an evaluation tab, 0-based (sheet row 6). */
const FIRST = HEADER_ROW;
const EVALUASI_TAB = /^Evaluasi TW (I{1,3}|IV)\b/;
const isEvaluasiTab = (name: string) => EVALUASI_TAB.exec(name);
/** The suggestion for a computed cell left without its formula. */
const REBUILD = "Buat ulang tab Triwulan (Buka kembali dulu bila sudah dikirim).";
export const TYPED_OVER = "yang diketik di atas rumus";

/** What each error value means, said to staff. */
const ERRORS: Record<string, string> = {
  "#REF!": "rujukan hilang",
  "#N/A": "nilai tidak ada",
  "#VALUE!": "jenis nilai salah",
  "#DIV/0!": "bagi nol",
  "#NAME?": "nama tidak dikenal",
  "#NUM!": "angka di luar batas",
  "#ERROR!": "rumus galat",
};
const SPILL_MESSAGE = /^Hasil array tidak diperluas/;

/** The error a cell shows ("#REF!"), or null. */
export function errorValue(v: CellValue): string | null {
  if (typeof v !== "string") return null;
  const t = v.trim();
  if (t in ERRORS) return t;
  return SPILL_MESSAGE.test(t) ? "#REF!" : null;
}

function shown(v: CellValue, formula: string): string {
  if (formula) return `rumus '${formula}'`;
  const text = cellText(v);
  return `'${text.length > 40 ? `${text.slice(0, 40)}…` : text}'`;
}

/** The add-on's own formula of a column's spill origin: one formula over the whole column. */
const SPILL_FORMULA = /ARRAYFORMULA\(|^=\s*(CAPAIAN|KRITERIA|EFISIENSI)\(/i;

/** The last row (1-based) of the range a spill formula covers ("P6:P40" → 40). */
function spillEnd(formula: string, origin: number): number {
  let end = origin;
  for (const m of formula.matchAll(/\$?[A-Z]+\$?(\d+):\$?[A-Z]+\$?(\d+)/g)) end = Math.max(end, Number(m[2]));
  return end;
}

/**
 * The cells of one evaluation tab where the add-on's computation does not stand: an error value in a
 * computed column, or a value (or another formula) typed where the add-on wrote its formula — in
 * Sheets over one spilled column (the whole column stops), in the CLI's file over one row's formula.
 */
export function computedCellFindings(tab: TabSnapshot): Finding[] {
  if (!isOurEvaluasi(tab.values)) return [];
  const columns = computedColumns(tab);
  const spills = columns.filter((c) => c.kind === "spill");
  const formulaAt = (r: number, c: number) => tab.formulas[r]?.[c] ?? "";
  const valueAt = (r: number, c: number): CellValue => tab.values[r]?.[c] ?? "";
  // The Sheets dialect: one formula at the top of a computed column; the CLI's: one formula per row.
  const spillDialect = spills.some((c) => SPILL_FORMULA.test(formulaAt(FIRST, c.col)));
  const out: Finding[] = [];
  const add = (r: number, c: ComputedColumn, message: string, suggestion: string) =>
    out.push(finding(evaluasiHitungan, loc(tab.name, r, c.col), message, suggestion));
  const blocked = new Set<number>();

  for (const c of spills) {
    const again = spillDialect
      ? `hapus isinya agar kolom ${c.header} dihitung lagi`
      : `hapus isinya lalu buat ulang tab Triwulan agar rumus kolom ${c.header} ditulis lagi`;
    if (spillDialect) {
      const origin = formulaAt(FIRST, c.col);
      const originCell = loc(tab.name, FIRST, c.col).cell;
      if (!origin) {
        const v = valueAt(FIRST, c.col);
        const what = v === "" ? "kosong" : `berisi ${shown(v, "")} ${TYPED_OVER}`;
        add(
          FIRST,
          c,
          `${originCell} ${what}, sehingga kolom ${c.header} tidak dihitung: buat ulang tab Triwulan agar rumusnya ditulis lagi.`,
          REBUILD,
        );
        blocked.add(c.col);
        continue;
      }
      if (errorValue(valueAt(FIRST, c.col)) !== "#REF!") continue;
      // A blocked spill: whatever stands in its range below the origin is what blocks it.
      const end = spillEnd(origin, FIRST + 1);
      for (let r = FIRST + 1; r < Math.min(end, tab.values.length); r++) {
        const v = valueAt(r, c.col);
        const f = formulaAt(r, c.col);
        if (v === "" && !f) continue;
        const cell = loc(tab.name, r, c.col).cell;
        add(
          r,
          c,
          `${cell} berisi ${shown(v, f)} ${TYPED_OVER}, sehingga seluruh kolom ${c.header} tidak dihitung (${originCell} menampilkan #REF!): ${again}.`,
          `Hapus isi ${cell}.`,
        );
        blocked.add(c.col);
      }
    } else {
      // One formula per row: a row whose other computed cells hold formulas is a computed row.
      for (let r = FIRST; r < tab.values.length; r++) {
        if (formulaAt(r, c.col)) continue;
        if (!spills.some((o) => o !== c && formulaAt(r, o.col))) continue;
        const v = valueAt(r, c.col);
        const cell = loc(tab.name, r, c.col).cell;
        const what = v === "" ? "kosong" : `berisi ${shown(v, "")} ${TYPED_OVER}`;
        add(r, c, `${cell} ${what}, sehingga ${c.header} baris ${r + 1} tidak dihitung: ${again}.`, REBUILD);
      }
    }
  }

  // A row whose hidden cells read an error from its bidang tab only shows it: the bidang tab's cell
  // is the finding (planErrors), not each cell of the row that shows it.
  const read = columns.filter((c) => /^(Angka|Kata):/.test(c.id));
  const fromPlan = (r: number) => read.some((c) => errorValue(valueAt(r, c.col)));
  // Error values in any computed column, once per column (the first, and how many more).
  for (const c of columns) {
    if (blocked.has(c.col)) continue;
    const errors: number[] = [];
    for (let r = FIRST; r < tab.values.length; r++)
      if (errorValue(valueAt(r, c.col)) && !fromPlan(r)) errors.push(r);
    if (!errors.length) continue;
    const r = errors[0];
    const code = errorValue(valueAt(r, c.col)) as string;
    const cell = loc(tab.name, r, c.col).cell;
    const more = errors.length > 1 ? ` (dan ${errors.length - 1} sel lain di kolom itu)` : "";
    const fix = "periksa isian baris itu di tab bidang, lalu buat ulang tab Triwulan";
    add(
      r,
      c,
      `${cell} di kolom ${c.header} menampilkan ${code} (${ERRORS[code]})${more}, jadi angkanya tidak dilaporkan: ${fix}.`,
      `${fix}.`,
    );
  }
  return out;
}

/** Columns whose formula reads the plan row's own cell: the add-on writes it whenever the plan has that column. */
const FROM_PLAN = [
  "kode",
  "indikator",
  "satuan",
  "polaritas",
  "targetTahunan",
  "pagu",
  "targetTw",
  "realisasiTw",
];
/** Columns the add-on always computes on an indicator row. */
const ALWAYS = ["keterangan", "serapanPagu", "serapanRak"];

/** The plan rows by the key the evaluation tab's hidden "Kunci" column holds. */
function planRowsByKey(plans: PlanTab[]): Map<string, [PlanTab, PlanRow]> {
  const rows = new Map<string, [PlanTab, PlanRow]>();
  for (const plan of plans) {
    const keyOf = indicatorKeys();
    for (const pr of plan.table.rows) if (pr.indikator) rows.set(keyOf(plan.table, pr), [plan, pr]);
  }
  return rows;
}

/**
 * A plan cell that held a number when the evaluation tab was built and holds number text now
 * ("Rp 1.450.000.000,00", ". 6.535.000"): the tab's hidden "Kata" cell was made for a number (the
 * short `firstWord`, evaluasi.ts), so its "Angka" cell shows the text (or another number), and the
 * tab and its Ringkasan leave the figure out, while the report and the rekap (`sheetNumber`) read
 * its number. A galat until the tab is built again and reads what they read, so nothing is sent
 * with two different figures.
 */
function unreadText(tab: TabSnapshot, plans: PlanTab[]): Finding[] {
  const key = (tab.values[HEADER_ROW - 1] ?? []).indexOf("Kunci");
  const rows = planRowsByKey(plans);
  const angka = computedColumns(tab).filter((c) => c.id.startsWith("Angka:"));
  const out: Finding[] = [];
  for (let r = FIRST; r < tab.values.length; r++) {
    const [plan, pr] = rows.get(String(tab.values[r]?.[key] ?? "")) ?? [];
    if (!plan || !pr) continue;
    for (const c of angka) {
      const field = c.id.slice("Angka:".length) as PlanField;
      // Only the cells the tab reads (TW IV's are empty in TW I's tab).
      if (pr.columns[field] === undefined || !tab.formulas[r]?.[c.col]) continue;
      const at = cellOf(plan, pr, field);
      const typed = plan.snapshot.values[at.row - 1]?.[at.col - 1] ?? "";
      // A range target ("80 s.d. 90") is read whole, as text, on purpose.
      if (typeof typed !== "string" || isRange(typed)) continue;
      const n = sheetNumber(typed, MONEY_FIELD.test(field));
      const v = tab.values[r]?.[c.col] ?? "";
      if (
        typeof n !== "number" ||
        (typeof v === "number" && Math.abs(v - n) <= 1e-9 * Math.max(1, Math.abs(n)))
      )
        continue;
      const what = fieldHeader(field).replace(/^\w/, (ch) => ch.toLowerCase());
      const read = typeof v === "number" ? `membacanya ${idNumber(v, 2)}` : "belum membacanya";
      out.push(
        finding(
          evaluasiHitungan,
          at,
          `${at.cell} (${what}) berisi ${quote(typed)}, yang dibaca laporan sebagai ${idNumber(n, 2)}, tetapi tab '${tab.name}' dibuat ketika sel itu berisi angka dan ${read}: tab itu dan Ringkasan-nya menghitung tanpa angka ini.`,
          `Buat tab Triwulan lagi agar tab '${tab.name}' membaca isi baru ${at.cell} (Buka kembali dulu bila sudah dikirim).`,
        ),
      );
    }
  }
  return out;
}

/**
 * A value typed where the add-on wrote its formula on an indicator row (a corrected Indikator): the
 * next Buat tab Triwulan writes the formula again and keeps what was typed in the cell's note
 * (core/regenerate.ts); said before, with what comes back. Its indicator is found by the row's key.
 */
function typedOver(tab: TabSnapshot, plans: PlanTab[]): Finding[] {
  const key = (tab.values[HEADER_ROW - 1] ?? []).indexOf("Kunci");
  const tw = (ROMAN as readonly string[]).indexOf(isEvaluasiTab(tab.name)?.[1] ?? "") + 1;
  const rows = planRowsByKey(plans);
  const out: Finding[] = [];
  const columns = computedColumns(tab);
  for (let r = FIRST; r < tab.values.length; r++) {
    const [plan, pr] = rows.get(String(tab.values[r]?.[key] ?? "")) ?? [];
    if (!plan || !pr) continue;
    for (const c of columns) {
      const v = tab.values[r]?.[c.col] ?? "";
      if (v === "" || tab.formulas[r]?.[c.col]) continue;
      // "targetTw" → "targetTw2" of TW II; with one row per TW, the cell on that TW's row (cellOf).
      const field = (/Tw$/.test(c.id) ? `${c.id}${tw}` : c.id) as PlanField;
      const from = FROM_PLAN.includes(c.id) && pr.columns[field] !== undefined;
      if (!from && !ALWAYS.includes(c.id)) continue;
      const value = (pr as unknown as Record<string, CellValue | CellValue[]>)[c.id];
      const back = from
        ? ` (${quote(Array.isArray(value) ? value[tw - 1] : value)} dari ${cellOf(plan, pr, field).cell} tab '${plan.name}')`
        : "";
      const at = loc(tab.name, r, c.col);
      out.push(
        finding(
          evaluasiHitungan,
          at,
          `${at.cell} (${c.header}) berisi ${shown(v, "")} ${TYPED_OVER}: Buat tab Triwulan menulis lagi rumusnya${back} dan menyimpan isian itu di catatan sel.`,
          "Bila isian itu yang benar, ubah di tab bidang.",
          [],
          "warning",
        ),
      );
    }
  }
  return out;
}

/** A cell of a bidang tab that shows an error ("=1/0" typed in a realisasi): one galat on it. */
function planErrors(plans: PlanTab[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const plan of plans)
    for (const pr of plan.table.rows)
      for (const field of Object.keys(pr.columns) as PlanField[]) {
        const at = cellOf(plan, pr, field);
        const code = errorValue(plan.snapshot.values[at.row - 1]?.[at.col - 1] ?? "");
        if (!code || seen.has(`${plan.name}!${at.cell}`)) continue;
        seen.add(`${plan.name}!${at.cell}`);
        const what = fieldHeader(field).replace(/^\w/, (ch) => ch.toLowerCase());
        out.push({
          ...finding(
            evaluasiHitungan,
            at,
            `${at.cell}: ${what} berisi ${code} (${ERRORS[code]}), jadi barisnya tidak dihitung di tab Evaluasi.`,
            `Perbaiki rumus atau isi ${at.cell}, lalu buat ulang tab Triwulan.`,
          ),
          groupTitle: "Sel tab bidang berisi galat",
        });
      }
  return out;
}

/** The evaluation tabs of the quarter being checked (every one when no TW is given). */
function evaluasiTabs(tabs: TabSnapshot[], tw?: number): TabSnapshot[] {
  return tabs.filter((t) => {
    const m = isEvaluasiTab(t.name);
    return m && (tw === undefined || m[1] === ROMAN[tw - 1]);
  });
}

/**
 * The evaluation tab is what the reviewer signs: a value typed over a computed cell, or an error the
 * add-on's formula shows, is a galat (Kirim untuk reviu stops on it, the Pernyataan is refused).
 */
export const evaluasiHitungan: Rule = {
  id: "evaluasi-hitungan",
  severity: "error",
  title: "Sel hitungan tab Evaluasi tidak sesuai",
  run(ctx) {
    const tabs = evaluasiTabs(ctx.tabs, ctx.currentTw);
    return [
      ...planErrors(ctx.plans),
      ...tabs.flatMap(computedCellFindings),
      ...tabs.flatMap((t) => typedOver(t, ctx.plans)),
      ...tabs.flatMap((t) => unreadText(t, ctx.plans)),
    ];
  },
};

/** The galat of the quarter's evaluation tab(s), for the review steps. */
export function evaluasiProblems(tabs: TabSnapshot[], tw: number): Finding[] {
  return evaluasiTabs(tabs, tw).flatMap(computedCellFindings);
}
