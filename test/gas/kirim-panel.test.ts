/**
 * Kirim untuk reviu through the built add-on, where Periksa's rules run in the panel: the server
 * records the panel's check only for the data it was run on, and a count a panel was made to send
 * (anyone can call google.script.run) is named by the reviewer's own Verifikasi and refuses the
 * Pernyataan.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFromInput } from "../../src/api";
import { HEADER_ROW } from "../../src/core/evaluasi";
import { createGas } from "../../src/emulator/facade";
import { bindCustomFunctions, loadBundle } from "../../src/emulator/gasRuntime";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { TEMPLATE_TRANSMIGRASI_TAB } from "../fixtures/plans";
import { EVAL, rowsOf } from "../utils/reviu";

const code = readFileSync(join(__dirname, "../../build/Code.js"), "utf8");
const STAFF = "staf@dinas.go.id";
const REVIEWER = "reviewer@inspektorat.go.id";

interface Reply {
  ok: boolean;
  code?: string;
  message?: string;
  data: { input: string; basis: string; message: string; status: string; changed: boolean; tab: string };
}

function addon(wb: MemoryWorkbook, user: string) {
  const gas = createGas(wb, { files: {}, user, owner: STAFF, editors: [STAFF, REVIEWER] });
  const g = loadBundle(code, gas);
  bindCustomFunctions(wb, g);
  return (name: string, args: unknown) =>
    (g as unknown as { api(n: string, a: unknown): Reply }).api(name, args);
}

/** A Dinas with its TW I evaluation tab, "Tinggi" typed over a Kriteria cell: one galat at least. */
function withGalat() {
  const wb = transmigrasiWorkbook({ bidang: [TEMPLATE_TRANSMIGRASI_TAB], reviewer: REVIEWER });
  const staff = addon(wb, STAFF);
  expect(staff("createTriwulan", { tw: 1 }).ok).toBe(true);
  const values = rowsOf(wb, EVAL);
  const kriteria = values[HEADER_ROW - 1].map(String).indexOf("Kriteria") + 1;
  wb.write(wb.getTab(EVAL), values.length, kriteria, [["Tinggi"]]);
  return { wb, staff, reviewer: addon(wb, REVIEWER) };
}

/** A realisasi typed in words in the plan's `header` column (a galat only the panel's rules find). */
function wordsIn(wb: MemoryWorkbook, header: string, words = "sepuluh") {
  const plan = rowsOf(wb, TEMPLATE_TRANSMIGRASI_TAB);
  const top = plan.findIndex((r) => r.map(String).includes(header));
  const col = plan[top].map(String).indexOf(header) + 1;
  const row = plan.findIndex((r, i) => i > top && typeof r[col - 2] === "number") + 1;
  expect(row).toBeGreaterThan(top + 1);
  wb.write(wb.getTab(TEMPLATE_TRANSMIGRASI_TAB), row, col, [[words]]);
}

const checkOf = (api: ReturnType<typeof addon>) => {
  const { input, basis } = api("checkInput", { tw: 1 }).data;
  return { check: checkFromInput(input), basis };
};

describe("Kirim untuk reviu with the panel's check", () => {
  it("stops on the galat the panel found, and records them when sent with a reason", () => {
    const { wb, staff, reviewer } = withGalat();
    const found = checkOf(staff);
    const galat = found.check.summary.error;
    expect(galat).toBeGreaterThan(0);
    expect(staff("submitReview", { tw: 1, ...found }).data).toEqual({
      status: "galat",
      message: `Pemeriksaan menemukan ${galat} galat: perbaiki dulu, atau kirim dengan galat dan tulis alasannya.`,
    });
    // What the panel found is in Hasil Pemeriksaan, as Periksa writes it.
    expect(rowsOf(wb, "Hasil Pemeriksaan").filter((r) => r[1] === "Galat")).toHaveLength(galat);
    const sent = staff("submitReview", { tw: 1, force: true, reason: "tenggat", ...found });
    expect(sent.data.status).toBe("dikirim");
    expect(rowsOf(wb, "Riwayat Reviu")[1][5]).toBe(galat);
    // The reviewer's own check finds the same: nothing to say about the count.
    const verified = reviewer("verifyReview", { tw: 1, galat: checkOf(reviewer).check.summary.error });
    expect(verified.data.message).not.toContain("Jumlah galat");
  });

  it("takes no check made before the data changed: the person presses again", () => {
    const { wb, staff } = withGalat();
    const found = checkOf(staff);
    wb.write(wb.getTab(TEMPLATE_TRANSMIGRASI_TAB), 3, 19, [[77]]);
    expect(staff("submitReview", { tw: 1, force: true, reason: "tenggat", ...found })).toEqual({
      ok: false,
      code: "terkunci",
      message:
        "Isi spreadsheet berubah selama pemeriksaan (misalnya sel yang sedang diketik): tekan tombolnya sekali lagi.",
    });
    expect(wb.tab("Riwayat Reviu")).toBeUndefined();
  });

  it("counts the galat its own rule finds whatever the panel claims: tabs, indicators and sentence are the server's (review 6-b #6)", () => {
    const { wb, staff } = withGalat();
    const { check, basis } = checkOf(staff);
    const galat = check.summary.error;
    // google.script.run called by hand: no findings, no tab read, a sentence of its own.
    const forged = {
      ...check,
      findings: [],
      summary: { error: 0, warning: 0, info: 0, tabs: 0, indicators: 0 },
      message: "Pemeriksaan selesai: tidak ada temuan.",
    };
    expect(staff("submitReview", { tw: 1, check: forged, basis }).data).toEqual({
      status: "galat",
      message: `Pemeriksaan menemukan ${galat} galat: perbaiki dulu, atau kirim dengan galat dan tulis alasannya.`,
    });
    // The Kriteria typed over its formula (the server's rule) is in Hasil Pemeriksaan, not "tidak ada temuan".
    const report = rowsOf(wb, "Hasil Pemeriksaan");
    expect(report.filter((r) => r[1] === "Galat").map((r) => r.join(" "))).toEqual([
      expect.stringMatching(/Evaluasi TW I 2024!P\d+ .*berisi 'Tinggi'/),
    ]);
  });

  it("names a count a panel was made to send (0 galat) in the reviewer's Verifikasi, and refuses the Pernyataan", () => {
    const wb = transmigrasiWorkbook({ bidang: [TEMPLATE_TRANSMIGRASI_TAB], reviewer: REVIEWER });
    const staff = addon(wb, STAFF);
    expect(staff("createTriwulan", { tw: 1 }).ok).toBe(true);
    const reviewer = addon(wb, REVIEWER);
    // A galat only the panel's rules find: the server cannot count it from the claim.
    wordsIn(wb, "Realisasi TW I");
    const { check, basis } = checkOf(staff);
    const galat = check.summary.error;
    // google.script.run called by hand: the findings dropped, the data the same (its basis is right).
    const forged = { ...check, findings: [], summary: { ...check.summary, error: 0, warning: 0, info: 0 } };
    expect(staff("submitReview", { tw: 1, check: forged, basis }).data.status).toBe("dikirim");
    expect(rowsOf(wb, "Riwayat Reviu")[1][5]).toBe(0);

    const now = checkOf(reviewer).check.summary.error;
    expect(now).toBe(galat);
    const verified = reviewer("verifyReview", { tw: 1, galat: now }).data;
    expect(verified.changed).toBe(true);
    expect(verified.message).toContain(
      `Jumlah galat tidak sesuai: saat dikirim tercatat 0 galat (Riwayat Reviu baris 2), tetapi Periksa konsistensi atas data yang sama kini menemukan ${galat} galat.`,
    );
    expect(reviewer("makeStatement", { tw: 1, confirm: true, galat: now })).toEqual({
      ok: false,
      code: "belum-siap",
      message: `Pernyataan tidak dibuat karena saat dikirim tercatat 0 galat (Riwayat Reviu baris 2), tetapi Periksa konsistensi atas data yang sama kini menemukan ${galat} galat: minta pengirim membuka kembali TW I dan mengirimnya lagi, lalu verifikasi lagi.`,
    });
    expect(wb.tab("Pernyataan Reviu TW I 2024")).toBeUndefined();
  });

  it("recounts the peringatan and info too: a claim that dropped them is named and refuses the Pernyataan (review 6-b #2)", () => {
    const { wb, staff, reviewer } = withGalat();
    const { check, basis } = checkOf(staff);
    const { error, warning, info } = check.summary;
    expect(warning + info).toBeGreaterThan(0);
    // Only the galat kept: the warnings and infos dropped from what Kirim records.
    const galatOnly = { ...check, findings: check.findings.filter((f) => f.severity === "error") };
    expect(
      staff("submitReview", { tw: 1, force: true, reason: "tenggat", check: galatOnly, basis }).data.status,
    ).toBe("dikirim");
    expect(rowsOf(wb, "Riwayat Reviu")[1].slice(5, 8)).toEqual([error, 0, 0]);
    const kinds = [warning && "peringatan", info && "info"].filter(Boolean);
    const sentWith = kinds.map((k) => `0 ${k}`).join(", ");
    const foundNow = [warning && `${warning} peringatan`, info && `${info} info`].filter(Boolean).join(", ");
    const counts = { galat: error, peringatan: warning, info };
    const verified = reviewer("verifyReview", { tw: 1, ...counts }).data;
    expect(verified.changed).toBe(true);
    expect(verified.message).toContain(
      `Jumlah ${kinds.join(" dan ")} tidak sesuai: saat dikirim tercatat ${sentWith} (Riwayat Reviu baris 2), tetapi Periksa konsistensi atas data yang sama kini menemukan ${foundNow}.`,
    );
    const made = reviewer("makeStatement", { tw: 1, confirm: true, ...counts });
    expect(made.message).toContain(`Pernyataan tidak dibuat karena saat dikirim tercatat ${sentWith}`);
    expect(wb.tab("Pernyataan Reviu TW I 2024")).toBeUndefined();
  });

  it("says, without refusing, when the counts differ because a later quarter was typed since (review 6: an honest TW I refused)", () => {
    const { wb, staff, reviewer } = withGalat();
    const found = checkOf(staff);
    const galat = found.check.summary.error;
    expect(staff("submitReview", { tw: 1, force: true, reason: "tenggat", ...found }).data.status).toBe(
      "dikirim",
    );
    // While TW I is reviewed the staff go on with TW II: a realisasi typed in words is one galat more.
    wordsIn(wb, "Realisasi TW II");
    const now = checkOf(reviewer).check.summary.error;
    expect(now).toBeGreaterThan(galat);
    const verified = reviewer("verifyReview", { tw: 1, galat: now }).data;
    expect(verified.message).not.toContain("Jumlah galat tidak sesuai");
    expect(verified.message).toContain(
      `Catatan: jumlah galat tidak dapat dibandingkan karena isian triwulan setelahnya sudah diisi sejak dikirim: saat dikirim tercatat ${galat} galat (Riwayat Reviu baris 2), Periksa konsistensi kini menemukan ${now} galat.`,
    );
    // The statement is refused for the Kriteria typed over the formula (the galat sent with), not for the count.
    const made = reviewer("makeStatement", { tw: 1, confirm: true, galat: now });
    expect(made.message).toMatch(
      /^Pernyataan tidak dibuat karena di tab 'Evaluasi TW I 2024' P\d+ berisi 'Tinggi'/,
    );
    expect(made.message).not.toContain("tercatat");
  });
});
