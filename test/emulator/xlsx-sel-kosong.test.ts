/**
 * An .xlsx saved and opened again keeps the formats of its empty cells (found by the save engineer:
 * a group row's fill ran only under its text, the rest of the row came back white). `sakip
 * triwulan` run again on its own file, and npm start's open-and-save, go through this path.
 */
import { expect, it } from "vitest";
import { generateTriwulan } from "../../src/app/triwulan";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { loadXlsx, xlsxBuffer } from "../../src/emulator/xlsx";
import { transmigrasiWorkbook } from "../fixtures/dinas";

it("an empty cell's fill, bold and note survive a save and a load, twice", async () => {
  const wb = new MemoryWorkbook();
  const tab = wb.addTab("Catatan");
  wb.write(tab, 1, 1, [["BIDANG: Sekretariat", null, null]]);
  tab.patchStyle({ row: 1, col: 1, rows: 1, cols: 3 }, { background: "#eef2f7", fontWeight: "bold" });
  tab.setNote(1, 3, '{"grp":"Sekretariat"}');
  let again = wb;
  for (let i = 0; i < 2; i++) again = await loadXlsx(await xlsxBuffer(again));
  const t = again.getTab("Catatan");
  for (const c of [1, 2, 3])
    expect(t.style(1, c), `kolom ${c}`).toEqual({ background: "#eef2f7", fontWeight: "bold" });
  expect(t.note(1, 3)).toBe('{"grp":"Sekretariat"}');
});

it("the evaluation tab's BIDANG row keeps its fill across the whole row after a save and a load", async () => {
  const wb = transmigrasiWorkbook();
  const { port } = emulatedPort(wb);
  const name = generateTriwulan(port, { tw: 1 }).tab;
  const before = wb.getTab(name);
  const size = wb.usedSize(before);
  const values = wb.values(before, { row: 1, col: 1, rows: size.rows, cols: size.cols });
  const r = values.findIndex((row) => row.some((v) => String(v).startsWith("BIDANG: "))) + 1;
  const empty = values[r - 1].findIndex((v, c) => v === "" && c > 3) + 1;
  expect(before.style(r, empty).background).toBeTruthy();
  const after = (await loadXlsx(await xlsxBuffer(wb))).getTab(name);
  expect(after.style(r, empty).background).toBe(before.style(r, empty).background);
});
