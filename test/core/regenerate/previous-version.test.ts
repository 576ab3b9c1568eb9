/**
 * Regenerating over an evaluation tab made by a previous version (no "Pagu dijumlah" column, no
 * hidden "Angka …" / "Kata …" cells; the fixture is that version's own output): the new hidden
 * columns take the place right of Kunci, a column a person had added there moves right of them with
 * its header and values, and nothing typed is lost.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reopen } from "../../../src/app/reviu";
import { generateTriwulan } from "../../../src/app/triwulan";
import { emulatedPort } from "../../../src/emulator/session";
import { loadXlsx } from "../../../src/emulator/xlsx";
import { reviuDeps as deps } from "../../fixtures/reviu";
import { rowsOf } from "../../utils/reviu";

const FILE = join(__dirname, "../../fixtures/reviu-tw2-sebelum-pagu-dijumlah.xlsx");
const TAB = "Evaluasi TW II 2024";
const STAFF = "staf@dinas.go.id";

describe("regenerating over a tab of the previous version", () => {
  it("adds the hidden columns right of Kunci and moves a person's column beside them, losing nothing", async () => {
    const wb = await loadXlsx(FILE);
    const { port } = emulatedPort(wb, { user: STAFF, owner: STAFF });
    reopen(port, deps(STAFF), { tw: 2, reason: "Perbaikan" });
    const old = rowsOf(wb, TAB);
    const header = old[4].map(String);
    expect(header).not.toContain("Pagu dijumlah");
    const kunci = header.indexOf("Kunci");
    expect(kunci).toBe(header.length - 1);
    // A person's column right of Kunci (where the new column goes), and an analysis typed in a row.
    const tab = wb.getTab(TAB);
    const row = old.findIndex((r, i) => i > 4 && r[kunci] !== "") + 1;
    wb.write(tab, 5, kunci + 2, [["Verifikasi Inspektorat"]]);
    wb.write(tab, row, kunci + 2, [["sudah dicek"]]);
    wb.write(tab, row, header.indexOf("Tindak lanjut") + 1, [["Tambah pendamping"]]);

    const report = generateTriwulan(port, { tw: 2 });
    expect(report).toMatchObject({ kept: 3, moved: 0, lost: [] });
    const now = rowsOf(wb, TAB);
    const after = now[4].map(String);
    // Right of Kunci: the flag, then the hidden cells reading each number once (18 plan cells, two
    // each), the polaritas once, the five scale values of a qualitative target and the 12 months of a
    // monthly cash plan (two each), then the person's column with its header and values.
    const ours = 1 + 2 * 18 + 1 + 5 + 2 * 12;
    expect(after.slice(kunci, kunci + 4)).toEqual([
      "Kunci",
      "Pagu dijumlah",
      "Angka Target Tahunan",
      "Angka Target TW I",
    ]);
    expect(after[kunci + ours + 1]).toBe("Verifikasi Inspektorat");
    expect(now[row - 1][kunci + ours + 1]).toBe("sudah dicek");
    expect(now[row - 1][after.indexOf("Tindak lanjut")]).toBe("Tambah pendamping");
    expect(now.slice(5).filter((r) => r[kunci + 1] === 1).length).toBeGreaterThan(3);
    expect([...tab.hiddenCols].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 1 + ours }, (_, i) => kunci + 1 + i),
    );
    // Idempotent.
    const again = generateTriwulan(port, { tw: 2 });
    expect(again).toMatchObject({ kept: 3, rewritten: 0, lost: [] });
    expect(rowsOf(wb, TAB)).toEqual(now);
  });
});
