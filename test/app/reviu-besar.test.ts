/**
 * Kirim untuk reviu and Verifikasi on a large office (300 indicators), on the emulated Sheets that
 * refuses a cell over 50.000 characters as Google Sheets does: the record keeps every row's cells
 * over as many Riwayat Reviu cells as it takes, all protected and all covered by the SHA-256 the
 * add-on keeps; Verifikasi names a changed cell of the evaluation tab far beyond 100 indicators
 * (it named only the row there), and Kirim and Verifikasi make as many Sheets calls as for 60.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { statement, submitForReview, verify } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { columnLetter } from "../../src/core/a1";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { named } from "../../src/core/derived";
import { emulatedPort } from "../../src/emulator/session";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { loadXlsx, xlsxBuffer } from "../../src/emulator/xlsx";
import { standardExport } from "../../src/local/export";
import { reviuDeps } from "../fixtures/reviu";
import { opdWorkbook } from "../utils/opd";
import { REVIEWER, rowsOf, STAFF } from "../utils/reviu";

const EVAL = "Evaluasi TW II 2024";
const REALISASI = TEMPLATE_COLUMNS.findIndex((c) => c.header === "Realisasi TW II") + 1;

/** An office of `n` indicators, TW II generated and sent, with the add-on's own store; the calls each use case made. */
function office(n: number) {
  const wb = opdWorkbook(2, n, 3);
  const store = new Map<string, string>();
  const anchor = {
    get: (k: string) => store.get(k) ?? null,
    set: (k: string, v: string) => void store.set(k, v),
  };
  const deps = (user: string) => ({ ...reviuDeps(user), anchor });
  const staff = emulatedPort(wb, { user: STAFF, owner: STAFF });
  generateTriwulan(staff.port, { tw: 2 });
  staff.gas.calls.reset();
  expect(submitForReview(staff.port, deps(STAFF), { tw: 2, force: true, reason: "uji" }).status).toBe(
    "dikirim",
  );
  const kirim = staff.gas.calls.total;
  const reviewer = emulatedPort(wb, { user: REVIEWER, owner: STAFF });
  const check = () => {
    reviewer.gas.calls.reset();
    const result = verify(reviewer.port, deps(REVIEWER), { tw: 2 });
    return { ...result, calls: reviewer.gas.calls.total };
  };
  return { wb, kirim, check, state: () => statement(reviewer.port, deps(REVIEWER), { tw: 2 }) };
}

const sentRow = (wb: MemoryWorkbook) => rowsOf(wb, "Riwayat Reviu")[1];

describe("a large office: 300 indicators", () => {
  let big: ReturnType<typeof office>;
  let small: ReturnType<typeof office>;
  beforeAll(() => {
    big = office(300);
    small = office(60);
  });

  it("Kirim records every row's cells over several Rincian cells, each within a cell's limit, all protected", () => {
    const row = sentRow(big.wb);
    const rincian = row.slice(11).filter((v) => v !== "");
    expect(rincian.length).toBeGreaterThan(2);
    for (const cell of rincian) expect(String(cell).length).toBeLessThanOrEqual(30_000);
    expect(String(rincian[0])).toMatch(/^#versi 8\n/);
    for (const cell of rincian.slice(1)) expect(String(cell)[0]).toBe("»");
    const guarded = big.wb.getTab("Riwayat Reviu").protections.find((p) => p.range?.row === 2);
    expect(guarded?.range).toEqual({ row: 2, col: 1, rows: 1, cols: 11 + rincian.length });
  });

  it("Verifikasi names a far bidang cell; Kirim and Verifikasi make as many Sheets calls as for 60 indicators", () => {
    const plan = big.wb.getTab("Bidang C");
    big.wb.write(plan, 90, REALISASI, [[777]]);
    const found = big.check();
    expect(found.message).toMatch(
      new RegExp(
        `^Data berubah sejak dikirim: 'Bidang C'!${columnLetter(REALISASI)}90 \\(indikator "[^"]+"\\): Realisasi TW II [^;]+ → 777\\.$`,
      ),
    );
    small.wb.write(small.wb.getTab("Bidang C"), 3, REALISASI, [[777]]);
    expect([big.kirim, found.calls]).toEqual([small.kirim, small.check().calls]);
  });

  it("Verifikasi names a cell of the evaluation tab's row 250 typed over, with what it showed and its indicator", () => {
    const t = big.wb.getTab(EVAL);
    const header = rowsOf(big.wb, EVAL)[4];
    const col = header.indexOf("Realisasi TW II") + 1;
    // A row near 250 whose realisasi shows a number (some quarters are not reported yet).
    const row =
      Array.from({ length: 50 }, (_, i) => 250 + i).find(
        (r) => typeof big.wb.value(t, r, col) === "number",
      ) ?? 0;
    const was = named(big.wb.value(t, row, col));
    const indikator = big.wb.value(t, row, header.indexOf("Indikator") + 1);
    big.wb.write(t, row, col, [[4242]]);
    const cell = `'${EVAL}'!${columnLetter(col)}${row} (indikator "${indikator}"): Realisasi TW II ${was} (rumus) → 4.242 (diketik, bukan rumus)`;
    const { changed, message } = big.check();
    expect(changed).toBe(true);
    expect(message).toMatch(/^Data berubah sejak dikirim: 'Bidang C'!T90 /);
    expect(message).toContain(`; ${cell}.`);
    expect(big.state).toThrow(`; ${cell})`);
  });

  it("saved as .xlsx for Excel (at most 32.767 characters a cell) and opened again, the record reads whole: the same cells are named", async () => {
    const before = big.check().message;
    const again = await loadXlsx(await xlsxBuffer(big.wb, { rewrite: standardExport(big.wb) }));
    const row = rowsOf(again, "Riwayat Reviu")[1];
    expect(row.slice(11).filter((v) => v !== "").length).toBe(
      sentRow(big.wb)
        .slice(11)
        .filter((v) => v !== "").length,
    );
    for (const cell of row) expect(String(cell).length).toBeLessThanOrEqual(32_767);
    const reviewer = emulatedPort(again, { user: REVIEWER, owner: STAFF });
    const { message } = verify(reviewer.port, reviuDeps(REVIEWER), { tw: 2 });
    expect(message.slice(0, message.indexOf(" Sel hitungan"))).toBe(
      before.slice(0, before.indexOf(" Sel hitungan")),
    );
  });

  it("an owner rewriting a Rincian cell after L (a value 'sent'): the history is said to be edited", () => {
    const history = big.wb.getTab("Riwayat Reviu");
    const last =
      11 +
      sentRow(big.wb)
        .slice(11)
        .filter((v) => v !== "").length;
    const text = String(big.wb.value(history, 2, last));
    big.wb.write(history, 2, last, [[text.replace(/#(\d)/, "#9$1")]]);
    expect(big.check().message).toMatch(
      /^Riwayat tidak sesuai: kiriman TW II di tab Riwayat Reviu \(baris 2\) tidak sama dengan yang disimpan add-on saat dikirim/,
    );
  });
});
