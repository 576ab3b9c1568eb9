/**
 * The Ringkasan tab is part of what a reviewer signs over: locked with the quarter, recomputed from
 * the evaluation tab by Verifikasi (which names the cells that differ), never sent or certified
 * when doctored.
 */
import { describe, expect, it } from "vitest";
import { HISTORY_TAB, statement, submitForReview, verify } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { formatNumber } from "../../src/core/numbers";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, EVAL, REVIEWER, RINGKASAN, STAFF, STATEMENT } from "../utils/reviu";

/** Row 6 is the first bidang's row; column B counts its "Sangat Tinggi" indicators. */
const COUNT = { row: 6, col: 2 };

describe("a Ringkasan doctored after Kirim untuk reviu", () => {
  it("is locked with the quarter, caught by Verifikasi cell by cell, and refused for the statement", () => {
    const { wb, port, reviewerPort } = dinasTw1({ proteksi: "ketat" });
    expect(submitForReview(port, deps(STAFF), { tw: 1 }).status).toBe("dikirim");
    expect(wb.getTab(RINGKASAN).protections).toContainEqual(
      expect.objectContaining({
        type: "SHEET",
        description: "SAKIP: dikirim untuk reviu TW I",
        warningOnly: false,
      }),
    );
    expect(verify(reviewerPort, deps(REVIEWER), { tw: 1 }).changed).toBe(false);

    // The owner (whom no protection stops) types over a count.
    const ringkasan = wb.getTab(RINGKASAN);
    expect(wb.formulas(ringkasan, { row: COUNT.row, col: COUNT.col, rows: 1, cols: 1 })[0][0]).toMatch(
      /^=COUNTIFS\('Evaluasi TW I 2024'!/,
    );
    wb.write(ringkasan, COUNT.row, COUNT.col, [[7]]);
    const checked = verify(reviewerPort, deps(REVIEWER), { tw: 1 });
    expect(checked).toEqual({
      changed: true,
      message: `Data berubah sejak dikirim: '${RINGKASAN}'!B6 ("Rencana Aksi Transmigrasi"): Sangat Tinggi 3 (rumus) → 7 (diketik, bukan rumus). Ringkasan tidak sesuai: tab '${RINGKASAN}' tidak sama dengan hitungan dari tab '${EVAL}': B6 tertulis 7, seharusnya 3.`,
    });
    expect(() => statement(reviewerPort, deps(REVIEWER), { tw: 1 })).toThrow(
      `Pernyataan tidak dibuat karena data berubah sejak dikirim ('${RINGKASAN}'!B6 ("Rencana Aksi Transmigrasi"): Sangat Tinggi 3 (rumus) → 7 (diketik, bukan rumus)): minta pengirim memperbaiki dan mengirim ulang TW I, lalu verifikasi lagi.`,
    );
    expect(wb.tab(STATEMENT)).toBeUndefined();
  });

  it("names a count replaced by another formula too", () => {
    const { wb, port, reviewerPort } = dinasTw1();
    submitForReview(port, deps(STAFF), { tw: 1 });
    wb.write(wb.getTab(RINGKASAN), COUNT.row, COUNT.col, [[{ formula: "=7" }]]);
    expect(verify(reviewerPort, deps(REVIEWER), { tw: 1 }).message).toContain(
      `tidak sama dengan hitungan dari tab '${EVAL}': B6 tertulis rumus "=7", seharusnya 3.`,
    );
  });
});

describe('Verifikasi says what each figure of the Ringkasan should be (trial: only "B7 tertulis 7")', () => {
  it("every figure of a bidang row and of the Jumlah row: the value its formula gives", () => {
    const { wb, port } = dinasTw1();
    const tab = wb.getTab(RINGKASAN);
    const total =
      wb.values(tab, { row: 1, col: 1, rows: 40, cols: 1 }).findIndex((r) => r[0] === "Jumlah") + 1;
    const width = wb.values(tab, { row: 5, col: 1, rows: 1, cols: 20 })[0].filter((h) => h !== "").length;
    const named = (v: unknown) => (v === "" ? "kosong" : formatNumber(Number(v)));
    let checked = 0;
    for (const row of [COUNT.row, total]) {
      for (let col = 2; col <= width; col++) {
        const rect = { row, col, rows: 1, cols: 1 };
        const [[formula]] = wb.formulas(tab, rect);
        const [[value]] = wb.values(tab, rect);
        wb.write(tab, row, col, [[123456]]);
        const cell = `${String.fromCharCode(64 + col)}${row}`;
        expect(() => submitForReview(port, deps(STAFF), { tw: 1 })).toThrow(
          `${cell} tertulis 123.456, seharusnya ${named(value)}: buat`,
        );
        wb.write(tab, row, col, [[formula ? { formula } : value]]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe("a Ringkasan doctored before Kirim untuk reviu", () => {
  it("is not sent; Buat tab Triwulan computes it again and then it is sent and certified", () => {
    const { wb, port, reviewerPort } = dinasTw1();
    wb.write(wb.getTab(RINGKASAN), COUNT.row, COUNT.col, [[7]]);
    wb.write(wb.getTab(RINGKASAN), 40, 9, [["catatan lepas"]]);
    expect(() => submitForReview(port, deps(STAFF), { tw: 1 })).toThrow(
      `TW I belum dikirim karena tab '${RINGKASAN}' tidak sama dengan hitungan dari tab '${EVAL}': B6 tertulis 7, seharusnya 3; I40 tertulis "catatan lepas", seharusnya kosong: buat ulang tab Triwulan agar ringkasannya dihitung lagi, lalu kirim.`,
    );
    expect(wb.tab(HISTORY_TAB)).toBeUndefined();
    generateTriwulan(port, { tw: 1 });
    expect(submitForReview(port, deps(STAFF), { tw: 1 }).status).toBe("dikirim");
    expect(statement(reviewerPort, deps(REVIEWER), { tw: 1 }).tab).toBe(STATEMENT);
  });

  it("a deleted Ringkasan is not sent either", () => {
    const { wb, port } = dinasTw1();
    wb.removeTab(RINGKASAN);
    expect(() => submitForReview(port, deps(STAFF), { tw: 1 })).toThrow(
      `TW I belum dikirim karena tab '${RINGKASAN}' tidak ada: buat ulang tab Triwulan agar ringkasannya dihitung lagi, lalu kirim.`,
    );
  });
});

describe("Verifikasi says what each cell of the five lowest should be (trial: names, capaian, kriteria and No reported without it)", () => {
  it("every cell of the five-lowest block, doctored after Kirim, is named with the value its formula gives", () => {
    const { wb, port, reviewerPort } = dinasTw1();
    // Realisasi that makes the five lowest differ (one tie at 0, in plan order).
    expect(submitForReview(port, deps(STAFF), { tw: 1 }).status).toBe("dikirim");
    const tab = wb.getTab(RINGKASAN);
    const title = wb
      .values(tab, { row: 1, col: 1, rows: 40, cols: 1 })
      .findIndex((r) => String(r[0]).startsWith("Indikator dengan capaian s.d. TW I terendah"));
    const first = title + 3;
    const named = (v: unknown) =>
      v === "" ? "kosong" : typeof v === "number" ? formatNumber(v) : `"${String(v)}"`;
    let checked = 0;
    for (let row = first; row < first + 5; row++) {
      for (let col = 1; col <= 4; col++) {
        const rect = { row, col, rows: 1, cols: 1 };
        const [[formula]] = wb.formulas(tab, rect);
        const [[value]] = wb.values(tab, rect);
        expect(formula).toMatch(/^=/);
        const doctored = col === 1 || col === 3 ? "Lain" : 55;
        wb.write(tab, row, col, [[doctored]]);
        const cell = `${"ABCD"[col - 1]}${row}`;
        const found = typeof doctored === "number" ? "55" : '"Lain"';
        const checkedNow = verify(reviewerPort, deps(REVIEWER), { tw: 1 });
        expect(checkedNow.changed).toBe(true);
        expect(checkedNow.message).toContain(`: ${cell} tertulis ${found}, seharusnya ${named(value)}.`);
        wb.write(tab, row, col, [[{ formula }]]);
        checked++;
      }
    }
    expect(checked).toBe(20);
    expect(verify(reviewerPort, deps(REVIEWER), { tw: 1 }).changed).toBe(false);
  });
});
