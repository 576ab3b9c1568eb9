/**
 * Verifikasi names the CELL that changed since Kirim untuk reviu (record version 6): its tab and
 * address, the indicator of its row, and the value sent beside the value now; at most three cells,
 * then "dan N sel lain", every cell in its Riwayat Reviu row; the statement is refused meanwhile.
 * Kirim and Verifikasi make as many Sheets calls for a large plan as for a small one.
 */
import { describe, expect, it } from "vitest";
import { statement, submitForReview, verify } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { columnLetter } from "../../src/core/a1";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { named } from "../../src/core/derived";
import { emulatedPort } from "../../src/emulator/session";
import { reviuDeps as deps } from "../fixtures/reviu";
import { opdWorkbook } from "../utils/opd";
import { REVIEWER, rowsOf, STAFF } from "../utils/reviu";

const EVAL = "Evaluasi TW II 2024";
const RINGKASAN = "Ringkasan TW II 2024";
const col = (header: string) => TEMPLATE_COLUMNS.findIndex((c) => c.header === header) + 1;
const REALISASI = col("Realisasi TW II");

/** An office of `n` indicators in three bidang tabs, TW II generated and sent. */
function sent(n = 12) {
  const wb = opdWorkbook(1, n, 3);
  const staff = emulatedPort(wb, { user: STAFF, owner: STAFF });
  generateTriwulan(staff.port, { tw: 2 });
  const reviewer = emulatedPort(wb, { user: REVIEWER, owner: STAFF });
  expect(submitForReview(staff.port, deps(STAFF), { tw: 2, force: true, reason: "uji" }).status).toBe(
    "dikirim",
  );
  return { wb, staff, reviewer, check: () => verify(reviewer.port, deps(REVIEWER), { tw: 2 }) };
}

/** The statement is refused, naming what Verifikasi named first. */
function refused(c: ReturnType<typeof sent>, first: string) {
  expect(() => statement(c.reviewer.port, deps(REVIEWER), { tw: 2 })).toThrow(
    `Pernyataan tidak dibuat karena data berubah sejak dikirim (${first}`,
  );
  expect(c.wb.tab("Pernyataan Reviu TW II 2024")).toBeUndefined();
}

describe("Verifikasi names the changed cell, its indicator, and the value before and after", () => {
  it("a doctored realisasi in a bidang tab", () => {
    const c = sent();
    const plan = c.wb.getTab("Bidang A");
    const before = c.wb.value(plan, 2, REALISASI);
    expect(typeof before).toBe("number");
    c.wb.write(plan, 2, REALISASI, [[70]]);
    const cell = `'Bidang A'!${columnLetter(REALISASI)}2 (indikator "Indikator 1.1 kantor 1"): Realisasi TW II ${named(before)} → 70`;
    expect(c.check()).toEqual({ changed: true, message: `Data berubah sejak dikirim: ${cell}.` });
    refused(c, cell);
  });

  it("a doctored Ringkasan count: its bidang and column, the count sent, the number typed over its formula", () => {
    const c = sent();
    const t = c.wb.getTab(RINGKASAN);
    const values = rowsOf(c.wb, RINGKASAN);
    const sangatTinggi = values[4].indexOf("Sangat Tinggi") + 1;
    const was = c.wb.value(t, 6, sangatTinggi) as number;
    c.wb.write(t, 6, sangatTinggi, [[was + 5]]);
    const cell = `'${RINGKASAN}'!${columnLetter(sangatTinggi)}6 ("Bidang A"): Sangat Tinggi ${was} (rumus) → ${was + 5} (diketik, bukan rumus)`;
    const { changed, message } = c.check();
    expect(changed).toBe(true);
    expect(message).toMatch(
      new RegExp(
        `^Data berubah sejak dikirim: ${cell.replace(/[()]/g, "\\$&")}\\. Ringkasan tidak sesuai: .*, seharusnya ${was}\\.$`,
      ),
    );
    refused(c, cell);
  });

  it("a note changed on the evaluation tab: named as the cell's note, its earlier wording not kept", () => {
    const wb = opdWorkbook(1, 12, 3);
    const staff = emulatedPort(wb, { user: STAFF, owner: STAFF });
    generateTriwulan(staff.port, { tw: 2 });
    const realisasi = rowsOf(wb, EVAL)[4].indexOf("Realisasi TW II") + 1;
    wb.getTab(EVAL).setNote(7, realisasi, "angka sementara");
    submitForReview(staff.port, deps(STAFF), { tw: 2, force: true, reason: "uji" });
    wb.getTab(EVAL).setNote(7, realisasi, "angka final BPS");
    const reviewer = emulatedPort(wb, { user: REVIEWER, owner: STAFF });
    const indikator = rowsOf(wb, EVAL)[6][rowsOf(wb, EVAL)[4].indexOf("Indikator")];
    const cell = `'${EVAL}'!${columnLetter(realisasi)}7 (indikator "${indikator}"): catatan (Realisasi TW II) kini "angka final BPS" (nilai sebelumnya tidak disimpan)`;
    expect(verify(reviewer.port, deps(REVIEWER), { tw: 2 }).message).toBe(
      `Data berubah sejak dikirim: ${cell}.`,
    );
    expect(() => statement(reviewer.port, deps(REVIEWER), { tw: 2 })).toThrow(`(${cell})`);
  });

  it("many realisasi doctored: one verdict, three cells, 'dan N sel lain'; the Riwayat row names every one", () => {
    const c = sent(30);
    const plan = c.wb.getTab("Bidang A");
    for (const row of [2, 3, 4, 5, 6, 7, 8]) c.wb.write(plan, row, REALISASI, [[999]]);
    const { message } = c.check();
    const history = rowsOf(c.wb, "Riwayat Reviu");
    const kept = String(history[history.length - 1][8]);
    const all = kept.match(/→ 999/g)?.length ?? 0;
    expect(all).toBe(7);
    expect(kept).not.toContain("sel lain");
    expect(message.match(/→ 999/g)).toHaveLength(3);
    expect(message).toMatch(
      new RegExp(
        `^Data berubah sejak dikirim: 'Bidang A'!T2 .*; 'Bidang A'!T\\d+ \\(.* → 999 dan ${all - 3} sel lain\\. Daftar lengkapnya di tab Riwayat Reviu baris ${history.length}\\.$`,
      ),
    );
  });
});

describe("Sheets calls do not grow with the plan", () => {
  // (A 12-indicator office has fewer kinds of Periksa finding, whose report links cost a call per tab.)
  it("Kirim untuk reviu and Verifikasi: the same count for 60 and for 240 indicators", () => {
    const calls = (n: number) => {
      const wb = opdWorkbook(2, n, 3);
      const staff = emulatedPort(wb, { user: STAFF, owner: STAFF });
      generateTriwulan(staff.port, { tw: 2 });
      staff.gas.calls.reset();
      submitForReview(staff.port, deps(STAFF), { tw: 2, force: true, reason: "uji" });
      const kirim = staff.gas.calls.total;
      const reviewer = emulatedPort(wb, { user: REVIEWER, owner: STAFF });
      wb.write(wb.getTab("Bidang B"), 3, REALISASI, [[1]]);
      reviewer.gas.calls.reset();
      expect(verify(reviewer.port, deps(REVIEWER), { tw: 2 }).message).toContain("'Bidang B'!");
      return [kirim, reviewer.gas.calls.total];
    };
    const small = calls(60);
    expect(calls(240)).toEqual(small);
  });
});

describe("the record's 'before' values cannot be rewritten", () => {
  it("the owner edits a kept value in the Rincian cell of the submission: Verifikasi says the history was edited", () => {
    const wb = opdWorkbook(1, 12, 3);
    const staff = emulatedPort(wb, { user: STAFF, owner: STAFF });
    generateTriwulan(staff.port, { tw: 2 });
    // The add-on's document properties, which no editor of the sheet can write.
    const store = new Map<string, string>();
    const anchor = {
      get: (k: string) => store.get(k) ?? null,
      set: (k: string, v: string) => void store.set(k, v),
    };
    const withAnchor = (user: string) => ({ ...deps(user), anchor });
    submitForReview(staff.port, withAnchor(STAFF), { tw: 2, force: true, reason: "uji" });
    const reviewer = emulatedPort(wb, { user: REVIEWER, owner: STAFF });
    const before = wb.value(wb.getTab("Bidang A"), 2, REALISASI);
    wb.write(wb.getTab("Bidang A"), 2, REALISASI, [[70]]);
    expect(verify(reviewer.port, withAnchor(REVIEWER), { tw: 2 }).message).toContain(
      `Realisasi TW II ${named(before)} → 70`,
    );
    // The kode data left alone, the value "sent" rewritten to look like 70 was sent.
    const history = wb.getTab("Riwayat Reviu");
    const packed = String(wb.value(history, 2, 12));
    const doctored = packed
      .split("\n")
      .map((line) => {
        const fields = line.split("\t");
        if (fields[0] !== "Bidang A") return line;
        fields[3] = fields[3]
          .split(",")
          .map((row) => (row.startsWith("2:") ? row.replace(/#[\d.]+/, "#70") : row))
          .join(",");
        return fields.join("\t");
      })
      .join("\n");
    wb.write(history, 2, 12, [[doctored]]);
    expect(wb.value(history, 2, 12)).not.toBe(packed);
    expect(verify(reviewer.port, withAnchor(REVIEWER), { tw: 2 }).message).toMatch(
      /^Riwayat tidak sesuai: kiriman TW II di tab Riwayat Reviu \(baris 2\) tidak sama dengan yang disimpan add-on saat dikirim/,
    );
    expect(() => statement(reviewer.port, withAnchor(REVIEWER), { tw: 2 })).toThrow(
      /^Pernyataan tidak dibuat karena/,
    );
  });
});
