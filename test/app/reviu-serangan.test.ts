/**
 * The review record attacked as an auditor would, after Kirim untuk reviu: each change is caught by
 * Verifikasi (said where, in Indonesian), refused for the statement and marked changed in the rekap.
 */
import { describe, expect, it } from "vitest";
import { generateLaporan } from "../../src/app/laporan";
import { readWorkbook } from "../../src/app/plans";
import { rekapFile } from "../../src/app/rekap";
import { fingerprintOf, reopen, statement, submitForReview, verify } from "../../src/app/reviu";
import { generateTriwulan } from "../../src/app/triwulan";
import { sha256 } from "../../src/cli/sakip";
import { columnLetter } from "../../src/core/a1";
import { named } from "../../src/core/derived";
import { packRows } from "../../src/core/fingerprint";
import { emulatedPort } from "../../src/emulator/session";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, EVAL, PLAN, REVIEWER, RINGKASAN, rowsOf, STAFF, STATEMENT } from "../utils/reviu";

function sent() {
  const c = dinasTw1();
  expect(submitForReview(c.port, deps(STAFF), { tw: 1 }).status).toBe("dikirim");
  return c;
}

/** Verifikasi's message, the statement refused, the rekap's flag. */
function caught(c: ReturnType<typeof dinasTw1>, where: string) {
  const checked = verify(c.reviewerPort, deps(REVIEWER), { tw: 1 });
  expect(checked.changed).toBe(true);
  expect(() => statement(c.reviewerPort, deps(REVIEWER), { tw: 1 })).toThrow(
    new RegExp(
      `^Pernyataan tidak dibuat karena data berubah sejak dikirim \\(${where.replace(/[()]/g, "\\$&")}.*\\): minta pengirim memperbaiki dan mengirim ulang TW I, lalu verifikasi lagi\\.$`,
    ),
  );
  expect(c.wb.tab(STATEMENT)).toBeUndefined();
  expect(rekapFile(c.reviewerPort, "dinas.xlsx", 1, sha256).row.sidikBerubah).toBe(true);
  return checked.message;
}

describe("a tab that was sent is renamed or deleted (trial: Verifikasi stopped with 'buat tab Triwulan dulu, lalu kirim')", () => {
  it.each([
    [
      "the evaluation tab renamed",
      EVAL,
      (c: ReturnType<typeof dinasTw1>) => c.wb.renameTab(EVAL, `${EVAL} (lama)`),
    ],
    ["the evaluation tab deleted", EVAL, (c: ReturnType<typeof dinasTw1>) => c.wb.removeTab(EVAL)],
    ["the bidang tab renamed", PLAN, (c: ReturnType<typeof dinasTw1>) => c.wb.renameTab(PLAN, `${PLAN} 2`)],
    ["the Ringkasan deleted", RINGKASAN, (c: ReturnType<typeof dinasTw1>) => c.wb.removeTab(RINGKASAN)],
  ])("%s: said gone, never 'buat tab Triwulan'", (_name, tab, attack) => {
    const c = sent();
    attack(c);
    const where = `tab '${tab}' hilang (dihapus atau diganti namanya)`;
    const message = caught(c, where);
    expect(message).toMatch(new RegExp(`^Data berubah sejak dikirim: ${where.replace(/[()]/g, "\\$&")}`));
    expect(message).not.toContain("buat tab Triwulan");
  });
});

describe("a formula replaced by the value it showed (trial: 'B6 tertulis 3, seharusnya 3')", () => {
  it.each([
    [RINGKASAN, 6, 2, "B6 tertulis 3 (diketik, bukan rumus), seharusnya rumus yang menghasilkan 3"],
    [
      RINGKASAN,
      11,
      1,
      'A11 tertulis "Jumlah Calon Warga Transmigrasi yang di…" (diketik, bukan rumus), seharusnya rumus yang menghasilkan "Jumlah Calon Warga Transmigrasi yang diseleksi"',
    ],
  ])("in %s row %i column %i is named as typed over its formula", (tab, row, col, said) => {
    const c = sent();
    const t = c.wb.getTab(tab);
    expect(c.wb.formula(t, row, col)).toMatch(/^=/);
    c.wb.write(t, row, col, [[c.wb.value(t, row, col)]]);
    const cell = `'${tab}'!${said.split(" ")[0]}`;
    const message = caught(c, cell);
    expect(message).toMatch(
      new RegExp(`^Data berubah sejak dikirim: ${cell}.*: .*rumus\\)? → .* \\(diketik, bukan rumus\\)\\. `),
    );
    expect(message).toContain(`'${EVAL}': ${said}.`);
  });

  // The realisasi shown (K7 "=AM7") and the hidden cell reading it from the bidang tab (AM7).
  it.each([
    ["the realisasi shown", 11, "K7", "Realisasi TW I"],
    ["the hidden cell reading its number", 39, "AM7", "Angka Realisasi TW I"],
  ])("in the evaluation tab (%s) is named by its cell, as typed over its formula", (_, col, cell, header) => {
    const c = sent();
    const t = c.wb.getTab(EVAL);
    expect(c.wb.formula(t, 7, 11)).toBe("=AM7");
    expect(c.wb.formula(t, 7, 39)).toMatch(
      /^=IF\(ISNUMBER\('Rencana Aksi Transmigrasi'!S2\),'Rencana Aksi Transmigrasi'!S2,/,
    );
    c.wb.write(t, 7, col, [[c.wb.value(t, 7, col)]]);
    expect(caught(c, `'${EVAL}'!${cell}`)).toBe(
      `Data berubah sejak dikirim: '${EVAL}'!${cell} (indikator "Persentase Warga Transmigran Mandiri"): ${header} 61,68 (rumus) → 61,68 (diketik, bukan rumus).`,
    );
  });
});

describe("two quarters: a record covers the bidang tabs it locks, but the later quarters' realisasi (record version 8)", () => {
  /**
   * Plan columns of the template: what the TW I evaluation reads, the plan of later quarters it does
   * not read but locks as sent (trial 5 #10: locked, yet not recorded), and what only later quarters report.
   */
  const READ_BY_TW1 = [
    ["Target Tahunan", 9],
    ["Target TW I", 10],
    ["Pagu", 14],
    ["Anggaran (RAK) TW I", 15],
    ["Realisasi TW I", 19],
    ["Realisasi Anggaran TW I", 23],
    ["Target TW II", 11],
    ["Anggaran (RAK) TW II", 16],
  ] as const;
  const LATER = [
    ["Realisasi TW II", 20],
    ["Realisasi Anggaran TW IV", 26],
  ] as const;

  it.each(READ_BY_TW1)(
    "%s changed after TW I was sent is named by its plan cell, with the value sent",
    (header, col) => {
      const c = sent();
      const plan = c.wb.getTab(PLAN);
      expect(c.wb.value(plan, 1, col)).toBe(header);
      const was = c.wb.value(plan, 3, col);
      c.wb.write(plan, 3, col, [[123]]);
      const cell = `'${PLAN}'!${columnLetter(col)}3`;
      expect(caught(c, cell)).toBe(
        `Data berubah sejak dikirim: ${cell} (indikator "Persentase Penetapan Kawasan Transmigrasi"): ${header} ${named(was)} → 123.`,
      );
    },
  );

  it.each(LATER)("%s typed after TW I was sent leaves TW I as sent (trial: 'berubah')", (header, col) => {
    const c = sent();
    const plan = c.wb.getTab(PLAN);
    expect(c.wb.value(plan, 1, col)).toBe(header);
    c.wb.write(plan, 3, col, [[123]]);
    c.wb.getTab(PLAN).setNote(3, col, "angka TW berikutnya");
    expect(verify(c.reviewerPort, deps(REVIEWER), { tw: 1 }).changed).toBe(false);
    expect(rekapFile(c.reviewerPort, "dinas.xlsx", 1, sha256).row.sidikBerubah).toBe(false);
  });

  it("TW II reported, generated and sent: TW I is still as sent and certified, TW II verifies too; a TW I realisasi changed later shows in both", () => {
    const c = sent();
    const plan = c.wb.getTab(PLAN);
    for (let row = 2; row <= 13; row++) c.wb.write(plan, row, 20, [[row]]);
    generateTriwulan(c.port, { tw: 2 });
    expect(submitForReview(c.port, deps(STAFF), { tw: 2 }).status).toBe("dikirim");
    expect(verify(c.reviewerPort, deps(REVIEWER), { tw: 1 }).changed).toBe(false);
    expect(statement(c.reviewerPort, deps(REVIEWER), { tw: 1 }).tab).toBe(STATEMENT);
    expect(verify(c.reviewerPort, deps(REVIEWER), { tw: 2 }).changed).toBe(false);
    c.wb.write(plan, 2, 19, [[1]]);
    expect(verify(c.reviewerPort, deps(REVIEWER), { tw: 1 }).message).toBe(
      `Data berubah sejak dikirim: '${PLAN}'!S2 (indikator "Persentase Warga Transmigran Mandiri"): Realisasi TW I "61,68" → 1.`,
    );
    expect(verify(c.reviewerPort, deps(REVIEWER), { tw: 2 }).changed).toBe(true);
  });
});

describe("what version 2 did not see (trial: 'Tidak ada perubahan' and the statement made)", () => {
  it("a note written on a Ringkasan figure", () => {
    const c = sent();
    c.wb.getTab(RINGKASAN).setNote(6, 2, "angka sementara");
    expect(caught(c, `'${RINGKASAN}'!B6`)).toBe(
      `Data berubah sejak dikirim: '${RINGKASAN}'!B6 ("${PLAN}"): catatan (Sangat Tinggi) kosong → "angka sementara".`,
    );
  });

  it("a capaian typed below the table in a result column", () => {
    const c = sent();
    c.wb.write(c.wb.getTab(EVAL), 30, 15, [["capaian sebenarnya 40"]]);
    expect(caught(c, `'${EVAL}'!O30`)).toBe(
      `Data berubah sejak dikirim: '${EVAL}'!O30: Capaian thd target tahunan (%) kosong → "capaian sebenarnya 40".`,
    );
  });
});

describe("the Pernyataan tab (trial: edited, or its TIDAK BERLAKU notice removed, and Verifikasi said nothing)", () => {
  function certified() {
    const c = sent();
    statement(c.reviewerPort, deps(REVIEWER), { tw: 1 });
    const clean = verify(c.reviewerPort, deps(REVIEWER), { tw: 1 });
    expect(clean.changed).toBe(false);
    expect(clean.message).not.toContain("Pernyataan");
    return c;
  }
  const said = (c: ReturnType<typeof dinasTw1>) => {
    const checked = verify(c.reviewerPort, deps(REVIEWER), { tw: 1 });
    expect(checked.changed).toBe(true);
    // The rekap does not show it as a clean record either.
    expect(rekapFile(c.reviewerPort, "dinas.xlsx", 1, sha256).row.sidikBerubah).toBe(true);
    return checked.message;
  };

  it("a sentence edited after it was made", () => {
    const c = certified();
    const tab = c.wb.getTab(STATEMENT);
    const row = c.wb
      .values(tab, { row: 1, col: 1, rows: 20, cols: 1 })
      .findIndex((r) => String(r[0]).startsWith("Berdasarkan reviu kami"));
    c.wb.write(tab, row + 1, 1, [["Berdasarkan reviu kami, laporan ini sempurna."]]);
    expect(said(c)).toMatch(
      new RegExp(
        `^Ada yang tidak sesuai: Pernyataan tidak sesuai: tab '${STATEMENT}' diubah setelah pernyataan dibuat pada .* oleh ${REVIEWER} \\(Riwayat Reviu baris \\d+\\)\\. Selain itu, isi yang dicatat tidak berubah sejak dikirim .*\\.$`,
      ),
    );
  });

  it("a word typed beside it", () => {
    const c = certified();
    c.wb.write(c.wb.getTab(STATEMENT), 8, 2, [["disetujui"]]);
    expect(said(c)).toContain(`Pernyataan tidak sesuai: tab '${STATEMENT}' diubah setelah pernyataan dibuat`);
  });

  it("its TIDAK BERLAKU notice removed after Buka kembali, and after the TW was sent again", () => {
    const c = certified();
    reopen(c.port, deps(STAFF), { tw: 1, reason: "Realisasi dikoreksi" });
    const tab = c.wb.getTab(STATEMENT);
    expect(String(c.wb.value(tab, 4, 1))).toMatch(/^TIDAK BERLAKU LAGI: TW I dibuka kembali/);
    expect(verify(c.reviewerPort, deps(REVIEWER), { tw: 1 }).message).not.toContain(
      "Pernyataan tidak sesuai",
    );
    c.wb.write(tab, 4, 1, [[""]]);
    expect(said(c)).toMatch(
      new RegExp(
        `Pernyataan tidak sesuai: tab '${STATEMENT}' tidak berlaku lagi karena TW I dibuka kembali pada .* oleh ${STAFF}, tetapi tanda "TIDAK BERLAKU LAGI" di baris 4 tidak ada\\. `,
      ),
    );
    // Sent again: the old statement is history, said so (its notice gone too), no finding against the new submission.
    submitForReview(c.port, deps(STAFF), { tw: 1 });
    const again = verify(c.reviewerPort, deps(REVIEWER), { tw: 1 });
    expect(again.changed).toBe(false);
    expect(again.message).toContain(
      `Tab '${STATEMENT}' memuat pernyataan lama (Riwayat Reviu baris 3), tidak berlaku untuk kiriman ini: Buat pernyataan menggantinya.`,
    );
    // A new statement over the data sent again holds.
    statement(c.reviewerPort, deps(REVIEWER), { tw: 1 });
    expect(verify(c.reviewerPort, deps(REVIEWER), { tw: 1 }).changed).toBe(false);
  });

  it("one written by hand, never recorded", () => {
    const c = sent();
    c.wb.write(c.wb.addTab(STATEMENT), 1, 1, [["PERNYATAAN TELAH DIREVIU"], ["ATAS LAPORAN KINERJA"]]);
    expect(said(c)).toContain(
      `Pernyataan tidak sesuai: tab '${STATEMENT}' tidak tercatat di Riwayat Reviu, jadi bukan pernyataan yang dibuat reviewer dengan add-on.`,
    );
  });
});

describe("Kirim untuk reviu again without Buka kembali (trial: a doctored quarter sent again replaced the record, and Verifikasi said 'Tidak ada perubahan')", () => {
  it("is refused with when and by whom it was sent; after Buka kembali it is sent again", () => {
    const c = sent();
    c.wb.write(c.wb.getTab(PLAN), 2, 19, [[99]]);
    expect(() => submitForReview(c.port, deps(STAFF), { tw: 1 })).toThrow(
      /^TW I sudah dikirim untuk reviu pada .* oleh staf@dinas\.go\.id \(Riwayat Reviu baris 2\), jadi tidak dikirim lagi agar catatan yang direviu tidak tergantikan: tekan "Buka kembali untuk perbaikan" dulu, perbaiki, lalu kirim lagi\.$/,
    );
    expect(verify(c.reviewerPort, deps(REVIEWER), { tw: 1 }).message).toMatch(
      new RegExp(
        `^Data berubah sejak dikirim: '${PLAN}'!S2 \\(indikator .*\\): Realisasi TW I "61,68" → 99\\.`,
      ),
    );
    reopen(c.port, deps(STAFF), { tw: 1, reason: "Realisasi dikoreksi" });
    expect(submitForReview(c.port, deps(STAFF), { tw: 1 }).status).toBe("dikirim");
    expect(verify(c.reviewerPort, deps(REVIEWER), { tw: 1 }).changed).toBe(false);
  });
});

describe("a number format that shows a figure the cell does not hold (trial: Ringkasan B6 formatted '\"7\"' showed 7 over 3, and Verifikasi said 'Tidak ada perubahan')", () => {
  const lie = (c: ReturnType<typeof dinasTw1>, tab: string, row: number, col: number, numberFormat: string) =>
    c.wb.getTab(tab).patchStyle({ row, col, rows: 1, cols: 1 }, { numberFormat });

  it("after Kirim: named by Verifikasi and refused for the statement", () => {
    const c = sent();
    lie(c, RINGKASAN, 6, 2, '"7"');
    const checked = verify(c.reviewerPort, deps(REVIEWER), { tw: 1 });
    expect(checked.changed).toBe(true);
    expect(rekapFile(c.reviewerPort, "dinas.xlsx", 1, sha256).row.sidikBerubah).toBe(true);
    expect(checked.message).toContain(
      `Tampilan tidak sesuai isi: di tab '${RINGKASAN}' B6 memakai format angka "7" yang menampilkan angka tetap, bukan isinya.`,
    );
    expect(() => statement(c.reviewerPort, deps(REVIEWER), { tw: 1 })).toThrow(
      `Pernyataan tidak dibuat karena di tab '${RINGKASAN}' B6 memakai format angka "7" yang menampilkan angka tetap, bukan isinya: minta pengirim mengembalikan format angkanya ke Otomatis (Format → Angka → Otomatis), lalu verifikasi lagi.`,
    );
  });

  it("a capaian hidden on the evaluation tab, before Kirim: not sent", () => {
    const c = dinasTw1();
    lie(c, EVAL, 7, 15, ";;;");
    expect(() => submitForReview(c.port, deps(STAFF), { tw: 1 })).toThrow(
      `TW I belum dikirim karena di tab '${EVAL}' O7 memakai format angka yang menyembunyikan isinya: kembalikan format angkanya ke Otomatis (Format → Angka → Otomatis), lalu kirim.`,
    );
  });

  it("more decimals or a unit only dress the value: nothing to say", () => {
    const c = sent();
    lie(c, RINGKASAN, 6, 11, '0.000" %"');
    expect(verify(c.reviewerPort, deps(REVIEWER), { tw: 1 }).changed).toBe(false);
  });
});

describe("the report tab made by Buat laporan (trial: a capaian edited in 'Laporan TW I 2024' after Kirim, and Verifikasi said 'Tidak ada perubahan')", () => {
  const LAPORAN = "Laporan TW I 2024";
  function sentWithReport() {
    const c = dinasTw1();
    generateLaporan(c.port, { tw: 1 });
    const sentNow = submitForReview(c.port, deps(STAFF), { tw: 1 });
    expect(sentNow.message).toContain("4 tab dikunci");
    expect(c.wb.getTab(LAPORAN).protections.map((p) => p.description)).toContain(
      "SAKIP: dikirim untuk reviu TW I",
    );
    return c;
  }

  it("made before Kirim, a sentence edited after: named by cell, refused, changed in the rekap", () => {
    const c = sentWithReport();
    const values = rowsOf(c.wb, LAPORAN);
    const row = values.findIndex((r) => String(r[0]).startsWith("Capaian ")) + 1;
    expect(row).toBeGreaterThan(0);
    c.wb.write(c.wb.getTab(LAPORAN), row, 1, [["Capaian 100 %, Sangat Tinggi"]]);
    // A long sentence: the record kept its hash, not its wording.
    expect(caught(c, `'${LAPORAN}'!A${row}`)).toBe(
      `Data berubah sejak dikirim: '${LAPORAN}'!A${row}: isi kini "Capaian 100 %, Sangat Tinggi" (nilai sebelumnya tidak disimpan).`,
    );
  });

  it("made again by Buat laporan over the same data: still as sent", () => {
    const c = sentWithReport();
    generateLaporan(c.port, { tw: 1 });
    expect(verify(c.reviewerPort, deps(REVIEWER), { tw: 1 }).changed).toBe(false);
  });

  it("made after Kirim: Verifikasi says it is not part of what was recorded", () => {
    const c = sent();
    generateLaporan(c.port, { tw: 1 });
    const checked = verify(c.reviewerPort, deps(REVIEWER), { tw: 1 });
    expect(checked.changed).toBe(false);
    expect(checked.message).toMatch(/^Tidak ada perubahan sejak dikirim/);
    expect(checked.message).toContain(
      `Tab '${LAPORAN}' tidak termasuk yang dicatat saat TW I dikirim (dibuat setelahnya, atau oleh versi add-on yang belum mencatatnya), jadi isinya tidak dijamin sama dengan yang dikirim.`,
    );
  });
});

describe("a number format that changes the figure a cell shows (trial: capaian 97,03 formatted '0%' showed 9703 %, a pagu formatted '#,##0,' showed a thousandth; Verifikasi said 'Tidak ada perubahan')", () => {
  const format = (
    c: ReturnType<typeof dinasTw1>,
    tab: string,
    row: number,
    col: number,
    numberFormat: string,
  ) => c.wb.getTab(tab).patchStyle({ row, col, rows: 1, cols: 1 }, { numberFormat });

  it.each([
    [EVAL, 7, 15, "0%", `O7 memakai format persen "0%" yang menampilkan isinya dikali 100`],
    [RINGKASAN, 6, 11, "0.00%", `K6 memakai format persen "0.00%" yang menampilkan isinya dikali 100`],
    [RINGKASAN, 11, 2, "0%", `B11 memakai format persen "0%" yang menampilkan isinya dikali 100`],
    [EVAL, 8, 18, "#,##0,", `R8 memakai format angka "#,##0," yang menampilkan isinya dibagi seribu`],
  ])(
    "%s row %i col %i formatted %s: named, refused, changed in the rekap",
    (tab, row, col, numberFormat, said) => {
      const c = sent();
      format(c, tab, row, col, numberFormat);
      const checked = verify(c.reviewerPort, deps(REVIEWER), { tw: 1 });
      expect(checked.changed).toBe(true);
      expect(checked.message).toContain(`Tampilan tidak sesuai isi: di tab '${tab}' ${said}.`);
      expect(() => statement(c.reviewerPort, deps(REVIEWER), { tw: 1 })).toThrow(said);
      expect(rekapFile(c.reviewerPort, "dinas.xlsx", 1, sha256).row.sidikBerubah).toBe(true);
    },
  );

  it("a count formatted as percent is named too; a thousands unit written out is no lie", () => {
    const c = sent();
    format(c, RINGKASAN, 6, 2, "0%");
    expect(verify(c.reviewerPort, deps(REVIEWER), { tw: 1 }).message).toContain(
      `di tab '${RINGKASAN}' B6 memakai format persen "0%" yang menampilkan isinya dikali 100`,
    );
    format(c, RINGKASAN, 6, 2, "General");
    format(c, EVAL, 8, 18, '#,##0,"rb"');
    expect(verify(c.reviewerPort, deps(REVIEWER), { tw: 1 }).changed).toBe(false);
  });
});

describe("the history row of the submission edited (trial: data changed, the owner wrote the new kode data and rows over 'Dikirim', and Verifikasi said 'Tidak ada perubahan')", () => {
  /** Sheets' document properties of the add-on: a store no editor of the sheet can write. */
  const store = new Map<string, string>();
  const withAnchor = (user: string) => ({
    ...deps(user),
    anchor: { get: (k: string) => store.get(k) ?? null, set: (k: string, v: string) => void store.set(k, v) },
  });

  it("is named by Verifikasi and refused for the statement", () => {
    const c = dinasTw1();
    expect(submitForReview(c.port, withAnchor(STAFF), { tw: 1 }).status).toBe("dikirim");
    expect(verify(c.reviewerPort, withAnchor(REVIEWER), { tw: 1 }).changed).toBe(false);
    c.wb.write(c.wb.getTab(PLAN), 3, 19, [[77]]);
    const print = fingerprintOf(readWorkbook(emulatedPort(c.wb).port, { notes: true }), 1, sha256);
    c.wb.write(c.wb.getTab("Riwayat Reviu"), 2, 10, [[print.hash, "", packRows(print)]]);
    // Without the add-on's own copy, the history's own Diverifikasi row (kode data … sama) gives it away.
    expect(verify(c.reviewerPort, deps(REVIEWER), { tw: 1 }).message).toMatch(
      /^Riwayat tidak sesuai: baris 3 \(Diverifikasi\) mencatat kode data [0-9a-f]{12}…, baris Dikirim \(2\) kini /,
    );
    const checked = verify(c.reviewerPort, withAnchor(REVIEWER), { tw: 1 });
    expect(checked.changed).toBe(true);
    const said = `kiriman TW I di tab Riwayat Reviu (baris 2) tidak sama dengan yang disimpan add-on saat dikirim (kode data ${store.get("sakip.dikirim.1")?.slice(0, 12)}…), jadi catatan kiriman diubah atau dihapus setelahnya dan perbandingan ini tidak dapat dipercaya`;
    expect(checked.message).toMatch(
      new RegExp(`^Riwayat tidak sesuai: ${said.replace(/[()….]/g, "\\$&")}\\.`),
    );
    expect(() => statement(c.reviewerPort, withAnchor(REVIEWER), { tw: 1 })).toThrow(
      `Pernyataan tidak dibuat karena ${said}.`,
    );
  });
});
