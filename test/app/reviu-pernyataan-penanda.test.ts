/**
 * Trial 2 (shot 72): the Pernyataan Reviu was signed with the login e-mail and "…………" for the
 * place. As the reference form: the reviewer's name and NIP under REVIEWER INSPEKTORAT and the
 * place before the date, from Pengaturan ("Nama reviewer", "NIP reviewer", "Tempat reviu"); a
 * dotted line for what is not given, never the e-mail as a name.
 */
import { describe, expect, it } from "vitest";
import { statement, submitForReview } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import type { Settings } from "../../src/core/settings";
import { emulatedPort } from "../../src/emulator/session";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { TEMPLATE_TRANSMIGRASI_TAB } from "../fixtures/plans";
import { reviuDeps } from "../fixtures/reviu";

const STAFF = "staf@dinas.go.id";
const REVIEWER = "reviewer@inspektorat.go.id";

/** Pengaturan as the template writes it (rows "Nama reviewer", "NIP reviewer", "Tempat reviu"), filled in. */
function signature(given: Partial<Settings>): string[] {
  const wb = transmigrasiWorkbook({ bidang: [TEMPLATE_TRANSMIGRASI_TAB], reviewer: REVIEWER, ...given });
  const { port } = emulatedPort(wb, { user: STAFF, owner: STAFF });
  generateTriwulan(port, { tw: 1 });
  submitForReview(port, reviuDeps(STAFF), { tw: 1 });
  const made = statement(emulatedPort(wb, { user: REVIEWER, owner: STAFF }).port, reviuDeps(REVIEWER), {
    tw: 1,
  });
  const text = rowsOf(wb, made.tab).map((r) => String(r[0]));
  return text.slice(text.indexOf("REVIEWER INSPEKTORAT") - 1).filter((l, i) => i < 2 || l !== "");
}

const rowsOf = (wb: MemoryWorkbook, tab: string) => {
  const t = wb.getTab(tab);
  const size = wb.usedSize(t);
  return wb.values(t, { row: 1, col: 1, rows: size.rows, cols: size.cols });
};

describe("the Pernyataan Reviu's signature", () => {
  it("prints the reviewer's place, name and NIP given in Pengaturan", () => {
    const lines = signature({
      namaReviewer: "Andi Baso, S.E.",
      nipReviewer: "19800101 200501 1 002",
      tempatReviu: "Malili",
    });
    expect(lines.slice(0, 2)).toEqual(["Malili, 5 April 2024", "REVIEWER INSPEKTORAT"]);
    expect(lines.slice(-2)).toEqual(["Andi Baso, S.E.", "NIP 19800101 200501 1 002"]);
  });

  it("leaves dotted lines for what is not given, never the login e-mail", () => {
    const lines = signature({});
    expect(lines[0]).toBe("…………, 5 April 2024");
    expect(lines.slice(-2)).toEqual(["……………………………", "NIP ……………………………"]);
    expect(lines.join("\n")).not.toContain("@");
  });
});
