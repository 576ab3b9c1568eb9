/**
 * A BIDANG heading row a person edited ("BIDANG: Sekretariat (Sekretariat Dinas)") stays where it is
 * with the person's words, run after run, with or without the add-on's memo on it (an .xlsx made
 * before empty cells' notes were kept lost it), and is counted once, as kept.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateTriwulan } from "../../../src/app/triwulan";
import { REMOVED_HEADER } from "../../../src/core/regenerate";
import { emulatedPort } from "../../../src/emulator/session";
import type { MemoryWorkbook } from "../../../src/emulator/workbook";
import { loadXlsx, saveXlsx } from "../../../src/emulator/xlsx";
import { transmigrasiWorkbook } from "../../fixtures/dinas";
import { TEMPLATE_TRANSMIGRASI_TAB } from "../../fixtures/plans";
import { rowsOf } from "../../utils/reviu";

const TAB = "Evaluasi TW I 2024";
const FULL = "Bidang Transmigrasi";
const EDITED = `BIDANG: ${FULL} (Dinas Transmigrasi dan Tenaga Kerja)`;

function made() {
  const wb = transmigrasiWorkbook({ bidang: [TEMPLATE_TRANSMIGRASI_TAB], namaBidang: [FULL] });
  generateTriwulan(emulatedPort(wb).port, { tw: 1 });
  const header = rowsOf(wb, TAB)[4];
  const uraian = header.indexOf("Sasaran / Program / Kegiatan / Sub Kegiatan") + 1;
  const key = header.indexOf("Kunci") + 1;
  const heading = rowsOf(wb, TAB).findIndex((r) => r[uraian - 1] === `BIDANG: ${FULL}`) + 1;
  return { wb, uraian, key, heading };
}

const run = (wb: MemoryWorkbook) => generateTriwulan(emulatedPort(wb).port, { tw: 1 }).message;
const headings = (wb: MemoryWorkbook, uraian: number) =>
  rowsOf(wb, TAB)
    .map((r, i) => [i + 1, String(r[uraian - 1])] as const)
    .filter(([, t]) => t.startsWith("BIDANG") || t === REMOVED_HEADER);

describe("a BIDANG heading row", () => {
  it("whose bidang has a full name is the add-on's: regenerating counts nothing typed", () => {
    const { wb } = made();
    expect(run(wb)).toContain("isian Anda: 0 tetap di tempatnya, 0 dipindah");
    expect(run(wb)).toContain("; 0 sel hitungan ditulis ulang;");
  });

  for (const memo of ["with its memo", "without its memo"] as const) {
    it(`edited by a person stays in place with their words, counted once as kept (${memo})`, () => {
      const { wb, uraian, key, heading } = made();
      wb.write(wb.getTab(TAB), heading, uraian, [[EDITED]]);
      if (memo === "without its memo") wb.getTab(TAB).setNote(heading, key, "");
      for (let i = 0; i < 3; i++) {
        const message = run(wb);
        expect(message).toContain("(0 baru, 0 tidak ada lagi di rencana)");
        expect(message).toContain(
          "isian Anda: 1 tetap di tempatnya, 0 dipindah ke bagian indikator yang tidak ada lagi di rencana; 0 sel hitungan ditulis ulang",
        );
        expect(headings(wb, uraian)).toEqual([[heading, EDITED]]);
      }
    });
  }

  it("keeps the add-on's memo through an .xlsx save and load (a note on an empty cell)", async () => {
    const { wb, uraian, key, heading } = made();
    wb.write(wb.getTab(TAB), heading, uraian, [[EDITED]]);
    const memo = wb.getTab(TAB).note(heading, key);
    expect(memo).toMatch(/^\{"v":1,"grp":/);
    const file = join(mkdtempSync(join(tmpdir(), "sakip-bidang-")), "tw1.xlsx");
    await saveXlsx(wb, file);
    const again = await loadXlsx(file);
    expect(again.getTab(TAB).note(heading, key)).toBe(memo);
    expect(run(again)).toContain("isian Anda: 1 tetap di tempatnya");
    expect(headings(again, uraian)).toEqual([[heading, EDITED]]);
  });
});
