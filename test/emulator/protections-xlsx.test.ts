/**
 * The review locks survive "Simpan .xlsx" and opening the file again (npm start, the CLI): a quarter
 * sent for review stays protected with its description, level and editors, and Buka kembali works
 * on the reloaded file as on the original.
 */
import { describe, expect, it } from "vitest";
import { reopen, submitForReview } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { emulatedPort } from "../../src/emulator/session";
import { loadXlsx, xlsxBuffer } from "../../src/emulator/xlsx";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { TEMPLATE_TRANSMIGRASI_TAB } from "../fixtures/plans";
import { reviuDeps } from "../fixtures/reviu";

const OWNER = "kadis@dinas.go.id";
const STAFF = "staf@dinas.go.id";
const REVIEWER = "reviewer@inspektorat.go.id";
const options = { user: STAFF, owner: OWNER, editors: [STAFF, REVIEWER] };

describe("review locks in an .xlsx", () => {
  it("survive a save and reload, then open again with Buka kembali", async () => {
    const wb = transmigrasiWorkbook({
      bidang: [TEMPLATE_TRANSMIGRASI_TAB],
      reviewer: REVIEWER,
      proteksi: "ketat",
    });
    generateTriwulan(emulatedPort(wb, options).port, { tw: 1 });
    expect(submitForReview(emulatedPort(wb, options).port, reviuDeps(STAFF), { tw: 1 }).status).toBe(
      "dikirim",
    );
    const locked = wb.tabs().filter((t) => t.protections.length);
    expect(locked.length).toBeGreaterThan(0);

    const again = await loadXlsx(await xlsxBuffer(wb));
    // The very hidden sheet that carries them is no tab.
    expect(again.tabs().map((t) => t.name)).toEqual(wb.tabs().map((t) => t.name));
    for (const tab of locked) expect(again.getTab(tab.name).protections).toEqual(tab.protections);

    // Buka kembali lifts the same locks on the reloaded file as on the original.
    for (const book of [wb, again])
      reopen(emulatedPort(book, options).port, reviuDeps(STAFF), { tw: 1, reason: "perbaikan" });
    for (const tab of locked) {
      expect(again.getTab(tab.name).protections).toEqual(tab.protections);
      expect(tab.protections.some((p) => p.description === "SAKIP: dikirim untuk reviu TW I")).toBe(false);
    }
  });
});
