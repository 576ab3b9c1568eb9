/**
 * A record sent with the add-on of before the "Pagu dijumlah" column (issue 18): its evaluation
 * tab has no flag column and its Ringkasan sums each budget row's cell and counts with COUNTIF.
 * The fixture is that version's own output (the demo office, TW II, built and sent by the add-on
 * at commit e2f7591, saved as .xlsx). It still verifies and can be certified; reopened, regenerated
 * and sent again it carries the current Ringkasan, which verifies too.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reopen, statement, submitForReview, verify } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { emulatedPort } from "../../src/emulator/session";
import { loadXlsx } from "../../src/emulator/xlsx";
import { reviuDeps as deps } from "../fixtures/reviu";

const FILE = join(__dirname, "../fixtures/reviu-tw2-sebelum-pagu-dijumlah.xlsx");
const STAFF = "staf@dinas.go.id";
const REVIEWER = "reviewer@inspektorat.go.id";
const RINGKASAN = "Ringkasan TW II 2024";

describe("a record sent before the Ringkasan summed the pagu with SUMIFS", () => {
  it("verifies unchanged and is certified; regenerated after Buka kembali it verifies in the new form", async () => {
    const wb = await loadXlsx(FILE);
    const ringkasan = wb.getTab(RINGKASAN);
    const size = wb.usedSize(ringkasan);
    const before = wb.formulas(ringkasan, { row: 1, col: 1, ...size }).flat();
    // The previous form, as that version wrote it.
    expect(before.some((f) => /^=SUM\('Evaluasi TW II 2024'!R\d+,'Evaluasi TW II 2024'!R\d+/.test(f))).toBe(
      true,
    );
    expect(before.some((f) => f.startsWith("=COUNTIF('Evaluasi TW II 2024'!P"))).toBe(true);

    const reviewer = emulatedPort(wb, { user: REVIEWER, owner: STAFF }).port;
    const checked = verify(reviewer, deps(REVIEWER), { tw: 2 });
    expect(checked.changed).toBe(false);
    expect(checked.message).not.toContain("Ringkasan tidak sesuai");
    expect(statement(reviewer, deps(REVIEWER), { tw: 2 }).tab).toBe("Pernyataan Reviu TW II 2024");

    // Doctored, it is still caught in the previous form.
    const pagu = before.findIndex((f) => f.startsWith("=SUM('Evaluasi"));
    const cell = { row: Math.floor(pagu / size.cols) + 1, col: (pagu % size.cols) + 1 };
    wb.write(ringkasan, cell.row, cell.col, [[1]]);
    expect(verify(reviewer, deps(REVIEWER), { tw: 2 }).message).toContain("Ringkasan tidak sesuai");
    wb.write(ringkasan, cell.row, cell.col, [[{ formula: before[pagu] }]]);

    const staff = emulatedPort(wb, { user: STAFF, owner: STAFF }).port;
    reopen(staff, deps(STAFF), { tw: 2, reason: "Perbaikan catatan reviewer" });
    const regenerated = generateTriwulan(staff, { tw: 2 });
    expect(regenerated.lost).toEqual([]);
    const evaluasi = staff.read("Evaluasi TW II 2024");
    expect(evaluasi.values[4]).toContain("Pagu dijumlah");
    const now = staff.read(RINGKASAN).formulas.flat();
    expect(now.some((f) => f.startsWith("=SUMIFS('Evaluasi TW II 2024'!R"))).toBe(true);
    expect(submitForReview(staff, deps(STAFF), { tw: 2, force: true, reason: "Data demo" }).status).toBe(
      "dikirim",
    );
    expect(verify(reviewer, deps(REVIEWER), { tw: 2 }).changed).toBe(false);
  });
});
