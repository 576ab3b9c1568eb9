/**
 * Trial 7 #6/#9: the Kode column read differently (a Cara dibaca correction, or kode cells rewritten)
 * changes every indicator's kode. The same indicator (same tab, same name) is still the same row of
 * the evaluation tab: "0 baru, 0 tidak ada lagi di rencana", what a person typed stays on its row. A
 * row in the "tidak ada lagi di rencana" section whose indicator is in the plan again comes back into
 * place, also when an earlier version already made a new row for it (the trial's broken tab).
 */
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { REMOVED_HEADER } from "../../src/core/regenerate";
import { emulatedPort } from "../../src/emulator/session";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { TEMPLATE_TRANSMIGRASI_TAB } from "../fixtures/plans";
import { rowsOf } from "../utils/reviu";

const TAB = "Evaluasi TW I 2024";

function office() {
  const wb = transmigrasiWorkbook();
  const { port, gas } = emulatedPort(wb);
  generateTriwulan(port, { tw: 1 });
  const sheet = gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(TAB);
  if (!sheet) throw new Error("no tab");
  const header = () => rowsOf(wb, TAB)[4].map(String);
  const col = (h: string) => header().findIndex((x) => x.startsWith(h)) + 1;
  const rowsNamed = (name: string) =>
    rowsOf(wb, TAB).flatMap((r, i) => (i > 4 && r[col("Indikator") - 1] === name ? [i + 1] : []));
  const names = rowsOf(wb, TAB)
    .map((r) => String(r[col("Indikator") - 1] ?? ""))
    .filter((n, i) => i > 4 && n !== "");
  const plan = wb.getTab(TEMPLATE_TRANSMIGRASI_TAB);
  const planCol = (h: string) => TEMPLATE_COLUMNS.findIndex((c) => c.header === h) + 1;
  const planRows = () => rowsOf(wb, TEMPLATE_TRANSMIGRASI_TAB);
  const hasSection = () => rowsOf(wb, TAB).some((r) => r.includes(REMOVED_HEADER));
  return { wb, port, sheet, col, rowsNamed, names, plan, planCol, planRows, hasSection };
}

describe("the Kode column read differently", () => {
  it("keeps every indicator on its row: 0 baru, 0 tidak ada lagi, typed notes stay", () => {
    const { wb, port, sheet, col, rowsNamed, names, plan, planCol, planRows, hasSection } = office();
    const name = names[3];
    const [row] = rowsNamed(name);
    sheet.getRange(row, col("Faktor pendorong")).setValue("Cuaca baik");
    // Every kode reads differently (as after "Cara dibaca: kolom A → Kode" on a split code).
    const k = planCol("Kode");
    planRows().forEach((r, i) => {
      if (i > 0 && String(r[k - 1] ?? "") !== "") wb.write(plan, i + 1, k, [["1"]]);
    });
    const changed = generateTriwulan(port, { tw: 1 });
    expect(changed.message).toContain("(0 baru, 0 tidak ada lagi di rencana)");
    expect(hasSection()).toBe(false);
    expect(rowsNamed(name)).toEqual([row]);
    expect(sheet.getRange(row, col("Faktor pendorong")).getValue()).toBe("Cuaca baik");
  });

  it("takes a row that had left the plan back into place when its indicator is there again", () => {
    const { wb, port, sheet, col, rowsNamed, names, plan, planCol, planRows, hasSection } = office();
    const name = names[4];
    const [row] = rowsNamed(name);
    sheet.getRange(row, col("Faktor pendorong")).setValue("Lahan belum bersertifikat");
    const planRow = planRows().findIndex((r) => r[planCol("Indikator") - 1] === name) + 1;
    const saved = planRows()[planRow - 1];
    wb.deleteRows(plan, planRow, 1);
    expect(generateTriwulan(port, { tw: 1 }).message).toContain("(0 baru, 1 tidak ada lagi di rencana)");
    expect(hasSection()).toBe(true);
    // Back in the plan, with another kode reading.
    wb.insertRowsAfter(plan, planRow - 1, 1);
    wb.write(plan, planRow, 1, [saved.map((v, c) => (c === planCol("Kode") - 1 && v !== "" ? "1" : v))]);
    const back = generateTriwulan(port, { tw: 1 });
    expect(back.message).toContain("(0 baru, 0 tidak ada lagi di rencana)");
    expect(hasSection()).toBe(false);
    expect(rowsNamed(name)).toEqual([row]);
    expect(sheet.getRange(row, col("Faktor pendorong")).getValue()).toBe("Lahan belum bersertifikat");
  });

  it("heals a tab that already holds the indicator twice (a new row and one 'tidak ada lagi')", () => {
    const { wb, port, sheet, col, rowsNamed, names, plan, planCol, planRows, hasSection } = office();
    const name = names[4];
    const [row] = rowsNamed(name);
    sheet.getRange(row, col("Faktor pendorong")).setValue("Lahan belum bersertifikat");
    const planRow = planRows().findIndex((r) => r[planCol("Indikator") - 1] === name) + 1;
    const saved = planRows()[planRow - 1];
    wb.deleteRows(plan, planRow, 1);
    generateTriwulan(port, { tw: 1 });
    // The broken tab of trial 7 #9, as an earlier version left it: the gone row's memo names another
    // name while the indicator comes back, so a new row is made for it; then the memo is as it was.
    const [gone] = rowsNamed(name);
    const memoCell = sheet.getRange(gone, col("Kunci"));
    const memo = memoCell.getNote();
    memoCell.setNote(memo.replace(`"indikator":"${name}"`, '"indikator":"Zzz"'));
    wb.insertRowsAfter(plan, planRow - 1, 1);
    wb.write(plan, planRow, 1, [saved]);
    expect(generateTriwulan(port, { tw: 1 }).message).toContain("(1 baru, 1 tidak ada lagi di rencana)");
    const [fresh, phantom] = rowsNamed(name);
    expect(phantom).toBeGreaterThan(fresh);
    sheet.getRange(fresh, col("Faktor penghambat")).setValue("Hujan");
    // The same text typed in both rows is one isian, not a clash.
    for (const r of [fresh, phantom]) sheet.getRange(r, col("Tindak lanjut")).setValue("Koordinasi BPN");
    sheet.getRange(phantom, col("Kunci")).setNote(memo);
    // "Buat ulang tab Triwulan", as Kirim advises: one row, both isian on it, no section.
    const healed = generateTriwulan(port, { tw: 1 });
    expect(healed.message).toContain("(0 baru, 0 tidak ada lagi di rencana)");
    expect(hasSection()).toBe(false);
    expect(rowsNamed(name)).toEqual([fresh]);
    expect(sheet.getRange(fresh, col("Faktor pendorong")).getValue()).toBe("Lahan belum bersertifikat");
    expect(sheet.getRange(fresh, col("Faktor penghambat")).getValue()).toBe("Hujan");
    expect(sheet.getRange(fresh, col("Tindak lanjut")).getValue()).toBe("Koordinasi BPN");
  });

  it("keeps apart a 'tidak ada lagi' row of the same name with other targets (another plan row)", () => {
    const { wb, port, sheet, col, rowsNamed, names, plan, planCol, planRows } = office();
    const name = names[4];
    const [row] = rowsNamed(name);
    sheet.getRange(row, col("Faktor pendorong")).setValue("Lahan belum bersertifikat");
    const planRow = planRows().findIndex((r) => r[planCol("Indikator") - 1] === name) + 1;
    const saved = planRows()[planRow - 1];
    wb.deleteRows(plan, planRow, 1);
    generateTriwulan(port, { tw: 1 });
    const [gone] = rowsNamed(name);
    const memoCell = sheet.getRange(gone, col("Kunci"));
    const memo = memoCell.getNote();
    memoCell.setNote(memo.replace(`"indikator":"${name}"`, '"indikator":"Zzz"'));
    wb.insertRowsAfter(plan, planRow - 1, 1);
    const t = planCol("Target Tahunan") - 1;
    wb.write(plan, planRow, 1, [saved.map((v, c) => (c === t ? Number(v) + 7 : v))]);
    generateTriwulan(port, { tw: 1 });
    const [, phantom] = rowsNamed(name);
    sheet.getRange(phantom, col("Kunci")).setNote(memo);
    expect(generateTriwulan(port, { tw: 1 }).message).toContain("(0 baru, 1 tidak ada lagi di rencana)");
    expect(rowsNamed(name)).toHaveLength(2);
  });

  it("keeps the 'tidak ada lagi' row when it and the row in the table hold different isian in one column", () => {
    const { wb, port, sheet, col, rowsNamed, names, plan, planCol, planRows } = office();
    const name = names[4];
    const [row] = rowsNamed(name);
    sheet.getRange(row, col("Faktor pendorong")).setValue("Lahan belum bersertifikat");
    const planRow = planRows().findIndex((r) => r[planCol("Indikator") - 1] === name) + 1;
    const saved = planRows()[planRow - 1];
    wb.deleteRows(plan, planRow, 1);
    generateTriwulan(port, { tw: 1 });
    const [gone] = rowsNamed(name);
    const memoCell = sheet.getRange(gone, col("Kunci"));
    const memo = memoCell.getNote();
    memoCell.setNote(memo.replace(`"indikator":"${name}"`, '"indikator":"Zzz"'));
    wb.insertRowsAfter(plan, planRow - 1, 1);
    wb.write(plan, planRow, 1, [saved]);
    generateTriwulan(port, { tw: 1 });
    const [fresh, phantom] = rowsNamed(name);
    sheet.getRange(fresh, col("Faktor pendorong")).setValue("Sudah bersertifikat");
    sheet.getRange(phantom, col("Kunci")).setNote(memo);
    expect(generateTriwulan(port, { tw: 1 }).message).toContain("(0 baru, 1 tidak ada lagi di rencana)");
    const values = rowsNamed(name).map((r) => sheet.getRange(r, col("Faktor pendorong")).getValue());
    expect(values).toEqual(["Sudah bersertifikat", "Lahan belum bersertifikat"]);
  });
});
