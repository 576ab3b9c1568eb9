/**
 * Trial 2 of the review record: the plan an evaluation was computed from changed after sending
 * (an indicator added or deleted), a tab the record covers left unlocked, and Verifikasi's verdict
 * buried under its findings.
 */
import { describe, expect, it } from "vitest";
import { rekapFile } from "../../src/app/rekap";
import { HISTORY_TAB, statement, submitForReview, verify } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { sha256 } from "../../src/cli/sakip";
import { emulatedPort } from "../../src/emulator/session";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, EVAL, NEW_ROW, PLAN, REVIEWER, RINGKASAN, rowsOf, STAFF } from "../utils/reviu";

function sent() {
  const c = dinasTw1();
  expect(submitForReview(c.port, deps(STAFF), { tw: 1 }).status).toBe("dikirim");
  return c;
}

describe("the plan changed after sending, though no sent figure did (trial 2 #4: 'Tidak ada perubahan' and a statement)", () => {
  it("an indicator row added below the plan: named by tab, row and name, refused for the statement", () => {
    const c = sent();
    c.wb.write(c.wb.getTab(PLAN), 14, 1, [NEW_ROW]);
    const checked = verify(c.reviewerPort, deps(REVIEWER), { tw: 1 });
    expect(checked.changed).toBe(true);
    // Typed into the locked bidang tab: its cells are named (its figures first), and the plan gap beside them.
    expect(checked.message).toMatch(
      new RegExp(
        `^Data berubah sejak dikirim: '${PLAN}'!G14 \\(indikator "Jumlah KK transmigran yang dipindahkan"\\): Polaritas kosong → "Positif"; .*'${PLAN}'!B14 \\(indikator "Jumlah KK transmigran yang dipindahkan"\\): Kode kosong → .* Rencana aksi berubah: `,
      ),
    );
    expect(checked.message).toContain(
      `tab '${PLAN}' baris 14: indikator baru 'Jumlah KK transmigran yang dipindahkan' setelah dikirim, belum ada di tab '${EVAL}' yang dikirim`,
    );
    expect(checked.message).not.toMatch(/^Tidak ada perubahan/);
    expect(() => statement(c.reviewerPort, deps(REVIEWER), { tw: 1 })).toThrow(
      /^Pernyataan tidak dibuat karena data berubah sejak dikirim \('.*'!G14 \(indikator "Jumlah KK transmigran yang dipindahkan"\)/,
    );
    expect(rekapFile(c.reviewerPort, "dinas.xlsx", 1, sha256).row.sidikBerubah).toBe(true);
  });

  it("an indicator row deleted: the evaluation's indicator named as gone from its tab", () => {
    const c = sent();
    const name = String(rowsOf(c.wb, PLAN)[12][4]);
    c.wb.deleteRows(c.wb.getTab(PLAN), 13, 1);
    const checked = verify(c.reviewerPort, deps(REVIEWER), { tw: 1 });
    expect(checked.changed).toBe(true);
    expect(checked.message).toMatch(
      new RegExp(
        `indikator '${name.slice(0, 40)}.*' tidak ada lagi di tab '${PLAN}' \\(dihapus setelah dikirim\\)`,
        "i",
      ),
    );
    expect(() => statement(c.reviewerPort, deps(REVIEWER), { tw: 1 })).toThrow(/^Pernyataan tidak dibuat/);
  });

  it("the plan as sent: nothing said", () => {
    const c = sent();
    const checked = verify(c.reviewerPort, deps(REVIEWER), { tw: 1 });
    expect(checked.changed).toBe(false);
    expect(checked.message).toMatch(/^Tidak ada perubahan sejak dikirim/);
    expect(checked.message).not.toContain("indikator");
  });
});

describe("Kirim locks every tab the record covers (trial 2 #10: '4 tab dikunci' while more were sent)", () => {
  it("a PK tab the record holds is locked and counted", () => {
    const wb = transmigrasiWorkbook({ bidang: [PLAN], reviewer: REVIEWER });
    wb.write(wb.addTab("PK 2024"), 1, 1, [["Perjanjian Kinerja"], ["Target 63,57 %"]]);
    const { port } = emulatedPort(wb, { user: STAFF, owner: STAFF });
    generateTriwulan(port, { tw: 1 });
    const done = submitForReview(port, deps(STAFF), { tw: 1 });
    const locked = wb
      .tabs()
      .filter((t) => t.protections.some((p) => p.description === "SAKIP: dikirim untuk reviu TW I"));
    // Pengaturan too, in part (the rows that change the figures), not counted as a tab.
    expect(locked.map((t) => t.name).sort()).toEqual([EVAL, "PK 2024", "Pengaturan", PLAN, RINGKASAN].sort());
    expect(done.message).toContain("4 tab dikunci");
  });
});

describe("Verifikasi leads with one verdict (trial 2 D9: 'Tidak ada perubahan' then 12 format clauses)", () => {
  it("misleading formats on many cells: 'Ada yang tidak sesuai', three cells, the rest counted and kept in Riwayat", () => {
    const c = sent();
    const ring = c.wb.getTab(RINGKASAN);
    for (let col = 2; col <= 7; col++)
      ring.patchStyle({ row: 6, col, rows: 2, cols: 1 }, { numberFormat: '"97,03"' });
    const checked = verify(c.reviewerPort, deps(REVIEWER), { tw: 1 });
    expect(checked.changed).toBe(true);
    expect(checked.message).toMatch(
      new RegExp(
        `^Ada yang tidak sesuai: Tampilan tidak sesuai isi: di tab '${RINGKASAN}' B6 memakai format angka "97,03" yang menampilkan angka tetap, bukan isinya; .* dan 9 sel lain\\. Selain itu, isi yang dicatat tidak berubah sejak dikirim`,
      ),
    );
    expect(checked.message).not.toContain('""');
    expect(checked.message.length).toBeLessThan(700);
    const history = rowsOf(c.wb, HISTORY_TAB);
    const row = history[history.length - 1].map(String);
    expect(row[3]).toBe("Diverifikasi");
    const kept = row.find((v) => v.startsWith("Ada yang tidak sesuai")) ?? "";
    expect(kept).toContain("G7 memakai");
    expect(kept).not.toContain("sel lain");
  });
});

describe("Kirim over a plan the evaluation tab does not hold yet", () => {
  it("an indicator typed after Buat tab Triwulan: not sent, said where, until the tab is made again", () => {
    const c = dinasTw1();
    c.wb.write(c.wb.getTab(PLAN), 14, 1, [NEW_ROW]);
    expect(() => submitForReview(c.port, deps(STAFF), { tw: 1 })).toThrow(
      `TW I belum dikirim karena tab '${PLAN}' baris 14: indikator baru 'Jumlah KK transmigran yang dipindahkan', belum ada di tab '${EVAL}': buat ulang tab Triwulan agar semua indikator dievaluasi, lalu kirim.`,
    );
    generateTriwulan(c.port, { tw: 1 });
    expect(submitForReview(c.port, deps(STAFF), { tw: 1, force: true, reason: "uji" }).status).toBe(
      "dikirim",
    );
  });
});
