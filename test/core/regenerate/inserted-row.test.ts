/**
 * A row a person inserts inside the evaluation table (issue 18) stays directly under the indicator
 * above it, with everything in it, also when indicators above it are added; the Ringkasan counts
 * only the add-on's indicator rows. Where it cannot stay (it holds a value in a column the add-on
 * computes, or its indicator left the plan) it moves below the table, and the message says why.
 * In both ways the add-on writes its formulas: one spilling formula per column (Sheets) and
 * row-by-row standard formulas (Excel, LibreOffice).
 */
import { describe, expect, it } from "vitest";
import type { WorkbookPort } from "../../../src/app/port";
import { statement, submitForReview, verify } from "../../../src/app/reviu";
import { generateTriwulan, type TriwulanRequest } from "../../../src/app/triwulan";
import { TEMPLATE_COLUMNS } from "../../../src/core/columns";
import { standardFormulas } from "../../../src/core/standard";
import { emulatedPort } from "../../../src/emulator/session";
import type { MemoryWorkbook } from "../../../src/emulator/workbook";
import { transmigrasiWorkbook } from "../../fixtures/dinas";
import { TEMPLATE_TRANSMIGRASI_TAB } from "../../fixtures/plans";
import { reviuDeps as deps } from "../../fixtures/reviu";
import { rowsOf } from "../../utils/reviu";

const TAB = "Evaluasi TW I 2024";
const SUMMARY = "Ringkasan TW I 2024";
const INDIKATOR = "Persentase Warga Transmigran Mandiri";
const CATATAN = "Catatan rapat 3 Juli: data BPS menyusul";
const planCol = (header: string) => TEMPLATE_COLUMNS.findIndex((c) => c.header === header) + 1;

function view(wb: MemoryWorkbook) {
  const rows = rowsOf(wb, TAB);
  const header = rows[4].map(String);
  const col = (h: string) => header.findIndex((x) => x.startsWith(h)) + 1;
  const rowOf = (indikator: string) =>
    rows.findIndex((r, i) => i > 4 && r[col("Kunci") - 1] !== "" && r[col("Indikator") - 1] === indikator) +
    1;
  const rowWith = (text: string) => rows.findIndex((r) => r.includes(text)) + 1;
  return { rows, col, rowOf, rowWith };
}

/** The Ringkasan's table: one row per bidang and the Jumlah row. */
function summaryTable(port: WorkbookPort) {
  const values = port.read(SUMMARY).values;
  const end = values.findIndex((r) => r[0] === "Jumlah");
  return values.slice(5, end + 1);
}

describe.each([
  ["Sheets (spilling formulas)", {}],
  ["Excel and LibreOffice (row formulas)", { standard: standardFormulas }],
] as [string, Partial<TriwulanRequest>][])("a row a person inserted inside the table, %s", (_, options) => {
  it("stays under its indicator with its content, when indicators are added above too; the Ringkasan does not count it", () => {
    const fresh = emulatedPort(transmigrasiWorkbook());
    generateTriwulan(fresh.port, { tw: 1, ...options });
    const withoutPersonRows = summaryTable(fresh.port);

    const wb = transmigrasiWorkbook();
    const { port } = emulatedPort(wb);
    generateTriwulan(port, { tw: 1, ...options });
    let v = view(wb);
    const tab = wb.getTab(TAB);
    const at = v.rowOf(INDIKATOR) + 1;
    wb.insertRowsAfter(tab, at - 1, 1);
    wb.write(tab, at, v.col("Sasaran / Program / Kegiatan"), [[CATATAN]]);
    wb.write(tab, at, v.col("Faktor pendorong"), [["Pendampingan oleh UPT"]]);
    tab.setNote(at, v.col("Realisasi TW I"), "ditanyakan ke Bidang Transmigrasi");

    const report = generateTriwulan(port, { tw: 1, ...options });
    v = view(wb);
    expect(v.rowWith(CATATAN)).toBe(v.rowOf(INDIKATOR) + 1);
    expect(v.rows[v.rowWith(CATATAN) - 1][v.col("Faktor pendorong") - 1]).toBe("Pendampingan oleh UPT");
    expect(tab.note(v.rowWith(CATATAN), v.col("Realisasi TW I"))).toBe("ditanyakan ke Bidang Transmigrasi");
    expect(report).toMatchObject({ kept: 3, moved: 0, lost: [] });
    expect(report.message).toContain(
      `isian Anda: 3 tetap di tempatnya, 0 dipindah ke bagian indikator yang tidak ada lagi di rencana; 1 baris yang Anda sisipkan di dalam tabel tetap di bawah indikator (atau baris BIDANG) di atasnya (sekarang baris ${v.rowWith(CATATAN)});`,
    );
    expect(v.rows.flat().join(" ")).not.toMatch(/#REF!|#VALUE!|#N\/A/);
    expect(summaryTable(port)).toEqual(withoutPersonRows);
    // The rows below it still compute from their own plan rows.
    const next = v.rows[v.rowWith(CATATAN)];
    expect(next[v.col("Kunci") - 1]).not.toBe("");
    expect(next[v.col("Kriteria") - 1]).not.toBe("");

    // Idempotent.
    const before = port.read(TAB, { notes: true });
    expect(generateTriwulan(port, { tw: 1, ...options })).toMatchObject({ kept: 3, rewritten: 0 });
    expect(port.read(TAB, { notes: true })).toEqual(before);

    // An indicator added above it in the plan: the row goes down with its indicator.
    const plan = wb.getTab(TEMPLATE_TRANSMIGRASI_TAB);
    wb.insertRowsAfter(plan, 1, 1);
    wb.write(plan, 2, planCol("Indikator"), [["Jumlah MoU yang direalisasikan"]]);
    wb.write(plan, 2, planCol("Target Tahunan"), [[3]]);
    expect(generateTriwulan(port, { tw: 1, ...options })).toMatchObject({ added: 1, kept: 3, lost: [] });
    v = view(wb);
    expect(v.rowWith(CATATAN)).toBe(v.rowOf(INDIKATOR) + 1);
    expect(v.rows.flat().join(" ")).not.toMatch(/#REF!|#VALUE!|#N\/A/);
  });

  it("moves below the table when it holds a value in a column the add-on computes, or its indicator leaves the plan, and says why", () => {
    const wb = transmigrasiWorkbook();
    const { port } = emulatedPort(wb);
    generateTriwulan(port, { tw: 1, ...options });
    let v = view(wb);
    const tab = wb.getTab(TAB);
    // Under the Mandiri indicator: a breakdown with its own target (a computed column).
    const a = v.rowOf(INDIKATOR) + 1;
    wb.insertRowsAfter(wb.getTab(TAB), a - 1, 1);
    wb.write(tab, a, v.col("Sasaran / Program / Kegiatan"), [["Desa A"]]);
    wb.write(tab, a, v.col("Target TW I"), [[5]]);
    // Under another indicator, a note; then that indicator is deleted from the plan.
    v = view(wb);
    const other = String(v.rows[v.rowOf(INDIKATOR) + 1][v.col("Indikator") - 1]);
    const b = v.rowOf(other) + 1;
    wb.insertRowsAfter(wb.getTab(TAB), b - 1, 1);
    wb.write(tab, b, v.col("Tindak lanjut"), [["Koordinasi ulang"]]);
    const plan = wb.getTab(TEMPLATE_TRANSMIGRASI_TAB);
    const planRows = wb.values(plan, { row: 1, col: planCol("Indikator"), rows: 40, cols: 1 });
    wb.deleteRows(plan, planRows.findIndex((r) => r[0] === other) + 1, 1);

    const report = generateTriwulan(port, { tw: 1, ...options });
    v = view(wb);
    const [desa, koordinasi] = [v.rowWith("Desa A"), v.rowWith("Koordinasi ulang")];
    const keys = v.rows.map((r) => r[v.col("Kunci") - 1]);
    const lastOfOurs = keys.reduce<number>((last, k, i) => (k !== "" ? i + 1 : last), 0);
    expect(Math.min(desa, koordinasi)).toBeGreaterThan(lastOfOurs);
    expect(v.rows[desa - 1][v.col("Target TW I") - 1]).toBe(5);
    expect(report).toMatchObject({ removed: 1, lost: [] });
    expect(report.message).toContain(
      `2 baris yang Anda sisipkan di dalam tabel dipindah ke bawah tabel bersama 3 isiannya (sekarang baris ${desa}, karena berisi isian di kolom yang dihitung add-on (Target TW I); sekarang baris ${koordinasi}, karena indikator di atasnya tidak ada lagi di rencana)`,
    );
    // Below the table they are the person's, kept in place like a signature block.
    const again = generateTriwulan(port, { tw: 1, ...options });
    expect(again.message).not.toContain("baris yang Anda sisipkan");
    expect(view(wb).rowWith("Desa A")).toBe(desa);
  });

  it("is sent for review with the Ringkasan over the rows as they stand, verified and certified", () => {
    const wb = transmigrasiWorkbook({ reviewer: "reviewer@inspektorat.go.id" });
    const staff = emulatedPort(wb, { user: "staf@dinas.go.id", owner: "staf@dinas.go.id" }).port;
    generateTriwulan(staff, { tw: 1, ...options });
    const v = view(wb);
    const at = v.rowOf(INDIKATOR) + 1;
    wb.insertRowsAfter(wb.getTab(TAB), at - 1, 1);
    wb.write(wb.getTab(TAB), at, v.col("Tindak lanjut"), [["Koordinasi ulang"]]);
    generateTriwulan(staff, { tw: 1, ...options });
    const sent = submitForReview(staff, deps("staf@dinas.go.id"), { tw: 1, force: true, reason: "Uji" });
    expect(sent.status).toBe("dikirim");
    const reviewer = emulatedPort(wb, { user: "reviewer@inspektorat.go.id", owner: "staf@dinas.go.id" }).port;
    expect(verify(reviewer, deps("reviewer@inspektorat.go.id"), { tw: 1 }).changed).toBe(false);
    expect(statement(reviewer, deps("reviewer@inspektorat.go.id"), { tw: 1 }).tab).toBe(
      "Pernyataan Reviu TW I 2024",
    );
  });
});
