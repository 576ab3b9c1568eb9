/**
 * Periksa konsistensi through the built add-on, where the rules run in the panel between the
 * server's read (checkInput) and its write (writeCheck): a cell typed meanwhile made Hasil
 * Pemeriksaan show findings of data that was no longer there (Kirim already refused such a check).
 * The findings are written only for the data they were found in; otherwise the person is told to
 * press again, and Hasil Pemeriksaan keeps what it had.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFromInput } from "../../src/api";
import { createGas } from "../../src/emulator/facade";
import { bindCustomFunctions, loadBundle } from "../../src/emulator/gasRuntime";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { TEMPLATE_TRANSMIGRASI_TAB } from "../fixtures/plans";
import { rowsOf } from "../utils/reviu";

const code = readFileSync(join(__dirname, "../../build/Code.js"), "utf8");
const STAFF = "staf@dinas.go.id";

interface Reply {
  ok: boolean;
  code?: string;
  message?: string;
  data: { input: string; basis: string; message: string };
}

function addon() {
  const wb = transmigrasiWorkbook({ bidang: [TEMPLATE_TRANSMIGRASI_TAB] });
  const gas = createGas(wb, { files: {}, user: STAFF });
  const g = loadBundle(code, gas);
  bindCustomFunctions(wb, g);
  const api = (name: string, args: unknown) =>
    (g as unknown as { api(n: string, a: unknown): Reply }).api(name, args);
  return { wb, api };
}

/** The plan's cell of the first indicator row under "Realisasi TW I" (1-based row, column). */
function realisasiTw1(rows: unknown[][]): [number, number] {
  const header = rows.findIndex((r) => r.map(String).includes("Realisasi TW I"));
  const col = rows[header].map(String).indexOf("Realisasi TW I");
  const row = rows.findIndex((r, i) => i > header && typeof r[col] === "number");
  return [row + 1, col + 1];
}

describe("Periksa konsistensi writes its findings only for the data it checked", () => {
  it("refuses, and keeps Hasil Pemeriksaan as it was, when a cell changed between the check and the write", () => {
    const { wb, api } = addon();
    const plan = wb.getTab(TEMPLATE_TRANSMIGRASI_TAB);
    const [row, col] = realisasiTw1(rowsOf(wb, TEMPLATE_TRANSMIGRASI_TAB));
    // A first check, written: the tab shows what the plan holds now.
    const first = api("checkInput", { tw: 1 }).data;
    const written = api("writeCheck", { tw: 1, check: checkFromInput(first.input), basis: first.basis });
    expect(written.ok).toBe(true);
    const before = rowsOf(wb, "Hasil Pemeriksaan");
    expect(before.some((r) => String(r[5]).includes("sepuluh"))).toBe(false);

    // The panel checks; meanwhile someone types a realisasi in words (one galat more, if written).
    const { input, basis } = api("checkInput", { tw: 1 }).data;
    const check = checkFromInput(input);
    wb.write(plan, row, col, [["sepuluh"]]);
    expect(api("writeCheck", { tw: 1, check, basis })).toEqual({
      ok: false,
      code: "terkunci",
      message:
        "Isi spreadsheet berubah selama pemeriksaan (misalnya sel yang sedang diketik): tekan tombolnya sekali lagi.",
    });
    expect(rowsOf(wb, "Hasil Pemeriksaan")).toEqual(before);

    // Pressed again: the findings of the data as it is now, the word named.
    const again = api("checkInput", { tw: 1 }).data;
    const now = checkFromInput(again.input);
    expect(api("writeCheck", { tw: 1, check: now, basis: again.basis }).ok).toBe(true);
    const after = rowsOf(wb, "Hasil Pemeriksaan");
    expect(after.some((r) => String(r[5]).includes("sepuluh"))).toBe(true);
    expect(after.filter((r) => r[1] === "Galat")).toHaveLength(now.summary.error);
  });
});
