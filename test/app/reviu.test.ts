import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/app/plans";
import {
  addNote,
  fingerprintOf,
  HISTORY_TAB,
  NOTES_TAB,
  openNotes,
  type ReviuDeps,
  reopen,
  statement,
  submitForReview,
  verify,
} from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { main, sha256 } from "../../src/cli/sakip";
import { TEMPLATE_COLUMNS } from "../../src/core/columns";
import { createGas } from "../../src/emulator/facade";
import { emulatedPort } from "../../src/emulator/session";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { loadXlsx, saveXlsx } from "../../src/emulator/xlsx";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { TEMPLATE_TRANSMIGRASI_TAB } from "../fixtures/plans";

const STAFF = "staf@dinas.go.id";
const REVIEWER = "reviewer@inspektorat.go.id";
let clock = Date.parse("2024-04-05T02:00:00Z");
const tick = () => {
  clock += 60_000;
  return new Date(clock);
};
const deps = (user: string): ReviuDeps => ({
  digest: sha256,
  user: () => user,
  now: tick,
  timeZone: "Asia/Makassar",
});
const col = (header: string) => TEMPLATE_COLUMNS.findIndex((c) => c.header === header) + 1;

/** A Dinas whose plan has no galat-level mistakes, with its TW I evaluation tab generated. */
function dinas(proteksi: "ketat" | "peringatan" = "ketat") {
  const wb = transmigrasiWorkbook({ bidang: [TEMPLATE_TRANSMIGRASI_TAB], reviewer: REVIEWER, proteksi });
  const { port, gas } = emulatedPort(wb, { user: STAFF, owner: STAFF });
  generateTriwulan(port, { tw: 1 });
  return { wb, port, gas };
}

const rowsOf = (wb: MemoryWorkbook, tab: string) => {
  const t = wb.getTab(tab);
  const size = wb.usedSize(t);
  return wb.values(t, { row: 1, col: 1, rows: size.rows, cols: size.cols });
};

describe("fingerprint of the submitted data", () => {
  it("is stable across .xlsx save/load and recalculation, and the CLI prints the same one", async () => {
    const { port, wb } = dinas();
    const before = fingerprintOf(readWorkbook(port, { notes: true }), 1, sha256);
    const file = join(mkdtempSync(join(tmpdir(), "sakip-sidik-")), "tw1.xlsx");
    await saveXlsx(wb, file);
    const reloaded = emulatedPort(await loadXlsx(file)).port;
    expect(fingerprintOf(readWorkbook(reloaded, { notes: true }), 1, sha256).hash).toBe(before.hash);
    const printed: string[] = [];
    expect(await main(["sidik", file, "--tw", "1"], (s) => printed.push(s))).toBe(0);
    expect(printed.join("").trim()).toBe(before.hash);
  });

  it("changes on any edit of a covered value, and says where", () => {
    const { port, wb } = dinas();
    const before = fingerprintOf(readWorkbook(port, { notes: true }), 1, sha256);
    const plan = wb.getTab(TEMPLATE_TRANSMIGRASI_TAB);
    wb.write(plan, 5, col("Realisasi TW I"), [[1]]);
    const after = fingerprintOf(readWorkbook(port, { notes: true }), 1, sha256);
    expect(after.hash).not.toBe(before.hash);
    // The edit shows in the plan row, where it was typed; the evaluation tab's formulas are the same.
    const changed = after.tabs.filter((t, i) => t.hash !== before.tabs[i].hash).map((t) => t.tab);
    expect(changed).toEqual([TEMPLATE_TRANSMIGRASI_TAB]);
    wb.write(plan, 5, col("Realisasi TW I"), [[0]]);
    expect(fingerprintOf(readWorkbook(port, { notes: true }), 1, sha256).hash).toBe(before.hash);
  });
});

describe("Kirim untuk reviu, Verifikasi, Buka kembali", () => {
  it("records the submission, protects what was sent, and verifies it", () => {
    const { port, wb, gas } = dinas("ketat");
    const sent = submitForReview(port, deps(STAFF), { tw: 1 });
    expect(sent.status).toBe("dikirim");
    expect(sent.message).toContain(`Bagikan spreadsheet ini ke ${REVIEWER}`);
    const history = rowsOf(wb, HISTORY_TAB);
    expect(history[1].slice(0, 5)).toEqual([1, expect.any(Date), "TW I", "Dikirim", STAFF]);
    expect(history[1][9]).toMatch(/^[0-9a-f]{64}$/);
    expect(history[1][10]).toBe(
      `${TEMPLATE_TRANSMIGRASI_TAB}, Evaluasi TW I 2024, Ringkasan TW I 2024, Pengaturan`,
    );

    // Protected strictly: the reviewer (an editor of the file) cannot change submitted data.
    const reviewer = createGas(wb, { user: REVIEWER, owner: STAFF });
    const planSheet =
      reviewer.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(TEMPLATE_TRANSMIGRASI_TAB);
    expect(() => planSheet?.getRange(5, col("Realisasi TW I")).setValue(9)).toThrow(/protected/);

    const reviewerPort = emulatedPort(wb, { user: REVIEWER, owner: STAFF }).port;
    expect(verify(reviewerPort, deps(REVIEWER), { tw: 1 })).toEqual({
      changed: false,
      message: expect.stringMatching(/^Tidak ada perubahan sejak dikirim/),
    });
    // The owner changes a realisasi afterwards: the reviewer sees where.
    wb.write(wb.getTab(TEMPLATE_TRANSMIGRASI_TAB), 5, col("Realisasi TW I"), [[1]]);
    const check = verify(reviewerPort, deps(REVIEWER), { tw: 1 });
    expect(check.changed).toBe(true);
    // Named by its cell, its indicator, and the value sent beside the value now.
    expect(check.message).toBe(
      `Data berubah sejak dikirim: '${TEMPLATE_TRANSMIGRASI_TAB}'!S5 (indikator "Jumlah Kawasan Transmigrasi yang diidentifikasi"): Realisasi TW I 0 → 1.`,
    );
    expect(gas.calls.total).toBeGreaterThan(0);
  });

  it("requires an explicit reason to send with galat", () => {
    const { port, wb } = dinas();
    // A realisasi anggaran above the pagu is a galat.
    wb.write(wb.getTab(TEMPLATE_TRANSMIGRASI_TAB), 3, col("Realisasi Anggaran TW I"), [[999_999_999_999]]);
    const first = submitForReview(port, deps(STAFF), { tw: 1 });
    expect(first.status).toBe("galat");
    expect(first.message).toMatch(/^Pemeriksaan menemukan \d+ galat/);
    expect(wb.tab(HISTORY_TAB)).toBeUndefined();
    expect(() => submitForReview(port, deps(STAFF), { tw: 1, force: true, reason: " " })).toThrow(
      /Tulis alasan/,
    );
    const forced = submitForReview(port, deps(STAFF), {
      tw: 1,
      force: true,
      reason: "Realisasi menunggu SP2D",
    });
    expect(forced.status).toBe("dikirim");
    expect(rowsOf(wb, HISTORY_TAB)[1][8]).toBe(
      `Reviewer: ${REVIEWER}\nDikirim dengan galat: Realisasi menunggu SP2D`,
    );
  });

  it("never rewrites the history: reopening and resending only append", () => {
    const { port, wb } = dinas("peringatan");
    submitForReview(port, deps(STAFF), { tw: 1 });
    const snapshot = rowsOf(wb, HISTORY_TAB).map((r) => [...r]);
    verify(port, deps(REVIEWER), { tw: 1 });
    expect(() => reopen(port, deps(STAFF), { tw: 1, reason: "" })).toThrow(/Tulis alasan/);
    reopen(port, deps(STAFF), { tw: 1, reason: "Perbaikan catatan reviewer" });
    expect(wb.getTab(TEMPLATE_TRANSMIGRASI_TAB).protections).toEqual([]);
    submitForReview(port, deps(STAFF), { tw: 1 });
    const after = rowsOf(wb, HISTORY_TAB);
    expect(after.slice(0, snapshot.length)).toEqual(snapshot);
    expect(after.slice(1).map((r) => r[3])).toEqual(["Dikirim", "Diverifikasi", "Dibuka kembali", "Dikirim"]);
    expect(after.slice(1).map((r) => r[0])).toEqual([1, 2, 3, 4]);
    // Each appended block is protected for whoever wrote it.
    expect(wb.getTab(HISTORY_TAB).protections.map((p) => [p.type, p.range?.row, p.warningOnly])).toEqual([
      ["RANGE", 1, false],
      ["RANGE", 2, false],
      ["RANGE", 3, false],
      ["RANGE", 4, false],
      ["RANGE", 5, false],
    ]);
    expect(wb.getTab("Evaluasi TW I 2024").protections).toContainEqual(
      expect.objectContaining({
        type: "SHEET",
        description: "SAKIP: dikirim untuk reviu TW I",
        warningOnly: true,
      }),
    );
  });
});

describe("Catatan reviu and Pernyataan telah direviu", () => {
  it("records a note on the selected indicator and shows it to the submitter until accepted", () => {
    const { port, wb } = dinas();
    submitForReview(port, deps(STAFF), { tw: 1 });
    const reviewerPort = emulatedPort(wb, { user: REVIEWER, owner: STAFF }).port;
    expect(() =>
      addNote(reviewerPort, deps(REVIEWER), {
        tw: 1,
        sheet: TEMPLATE_TRANSMIGRASI_TAB,
        row: 1,
        col: 1,
        catatan: "x",
      }),
    ).toThrow(/bukan baris indikator/);
    const added = addNote(reviewerPort, deps(REVIEWER), {
      tw: 1,
      sheet: TEMPLATE_TRANSMIGRASI_TAB,
      row: 2,
      col: col("Realisasi TW I"),
      catatan: "Lampirkan data BPS sebagai sumber realisasi 61,68 %",
    });
    expect(added.message).toContain('"Persentase Warga Transmigran Mandiri"');
    const notes = openNotes(port);
    expect(notes).toEqual([
      {
        row: 2,
        tw: "TW I",
        sheet: TEMPLATE_TRANSMIGRASI_TAB,
        cell: `${String.fromCharCode(64 + col("Realisasi TW I"))}2`,
        indikator: "Persentase Warga Transmigran Mandiri",
        catatan: "Lampirkan data BPS sebagai sumber realisasi 61,68 %",
      },
    ]);
    expect(statement(reviewerPort, deps(REVIEWER), { tw: 1 }).message).toContain("dengan 1 catatan terbuka");
    wb.write(wb.getTab(NOTES_TAB), 2, 8, [["diterima"]]);
    expect(openNotes(port)).toEqual([]);
    const made = statement(reviewerPort, deps(REVIEWER), { tw: 1 });
    expect(made.tab).toBe("Pernyataan Reviu TW I 2024");
    const text = rowsOf(wb, made.tab).map((r) => r[0]);
    expect(text[0]).toBe("PERNYATAAN TELAH DIREVIU");
    expect(text).toContain(
      "Berdasarkan reviu kami, tidak terdapat kondisi atau hal-hal yang menimbulkan perbedaan dalam penyajian informasi yang dilaporkan.",
    );
  });
});
