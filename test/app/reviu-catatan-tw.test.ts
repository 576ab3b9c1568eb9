/**
 * A review note is filed under the TW of the evaluation tab its cell is in, not under the TW the
 * panel's Triwulan select shows (trial 3 item 16: a note on 'Evaluasi TW II' was filed under TW III).
 * A note on a bidang tab keeps the panel's TW.
 */
import { describe, expect, it } from "vitest";
import { addNote, openNotes } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { emulatedPort } from "../../src/emulator/session";
import { reviuDeps as deps } from "../fixtures/reviu";
import { opdWorkbook } from "../utils/opd";
import { REVIEWER, rowsOf, STAFF } from "../utils/reviu";

describe("Tambah catatan: the note's TW", () => {
  const wb = opdWorkbook(1, 4, 1);
  const staff = emulatedPort(wb, { user: STAFF, owner: STAFF });
  generateTriwulan(staff.port, { tw: 2 });
  generateTriwulan(staff.port, { tw: 3 });
  const reviewer = emulatedPort(wb, { user: REVIEWER, owner: STAFF });
  /** The 1-based row of the first indicator of a tab. */
  const rowOf = (tab: string) => rowsOf(wb, tab).findIndex((r) => r.includes("Indikator 1.1 kantor 1")) + 1;

  it.each([
    { sheet: "Evaluasi TW II 2024", panel: 3, filed: "TW II" },
    { sheet: "Evaluasi TW III 2024", panel: 2, filed: "TW III" },
    { sheet: "Evaluasi TW II 2024", panel: 2, filed: "TW II" },
    { sheet: "Bidang A", panel: 3, filed: "TW III" },
  ])("a note on '$sheet' with the panel on TW $panel is filed under $filed", ({ sheet, panel, filed }) => {
    const row = rowOf(sheet);
    expect(row).toBeGreaterThan(1);
    const catatan = `Periksa sumber data (${sheet}, panel ${panel})`;
    addNote(reviewer.port, deps(REVIEWER), { tw: panel, sheet, row, col: 4, catatan });
    const note = openNotes(staff.port).find((n) => n.catatan === catatan);
    expect(note).toMatchObject({ tw: filed, sheet, cell: `D${row}` });
  });
});
