/**
 * Through the built add-on: only the reviewer verifies a submission and makes its Pernyataan. The
 * account that sent the quarter is refused (its own recount proves nothing: review 6-b #0, a sender
 * who forged "0 galat" at Kirim then signed "Pernyataan telah direviu" over it), and so is anyone but
 * the reviewer Pengaturan named when it was sent.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFromInput } from "../../src/api";
import { createGas } from "../../src/emulator/facade";
import { bindCustomFunctions, loadBundle } from "../../src/emulator/gasRuntime";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { TEMPLATE_TRANSMIGRASI_TAB } from "../fixtures/plans";
import { panelSubmit } from "../utils/panel";
import { rowsOf } from "../utils/reviu";

const code = readFileSync(join(__dirname, "../../build/Code.js"), "utf8");
const STAFF = "staf@dinas.go.id";
const REVIEWER = "reviewer@inspektorat.go.id";
const COLLEAGUE = "staf2@dinas.go.id";
const STATEMENT = "Pernyataan Reviu TW I 2024";

interface Reply {
  ok: boolean;
  code?: string;
  message?: string;
  data: { input: string; basis: string; message: string; status: string; changed: boolean; tab: string };
}

function addon(wb: MemoryWorkbook, user: string) {
  const gas = createGas(wb, { files: {}, user, owner: STAFF, editors: [STAFF, REVIEWER, COLLEAGUE] });
  const g = loadBundle(code, gas);
  bindCustomFunctions(wb, g);
  return (name: string, args: unknown) =>
    (g as unknown as { api(n: string, a: unknown): Reply }).api(name, args);
}

const galatOf = (api: ReturnType<typeof addon>) =>
  checkFromInput(api("checkInput", { tw: 1 }).data.input).summary.error;

/** TW I sent by the staff, Pengaturan naming `reviewer` (or none). */
function sent(reviewer = REVIEWER) {
  const wb = transmigrasiWorkbook({ bidang: [TEMPLATE_TRANSMIGRASI_TAB], reviewer });
  const staff = addon(wb, STAFF);
  expect(staff("createTriwulan", { tw: 1 }).ok).toBe(true);
  expect(panelSubmit(staff, { tw: 1, force: true, reason: "tenggat" })).toMatchObject({ ok: true });
  return { wb, staff };
}

describe("who verifies and states a submission", () => {
  it("records the reviewer named in Pengaturan in the Dikirim row's Keterangan", () => {
    const { wb } = sent();
    expect(rowsOf(wb, "Riwayat Reviu")[1][8]).toMatch(
      /^Reviewer: reviewer@inspektorat\.go\.id(\nDikirim dengan galat: tenggat)?$/,
    );
  });

  it("refuses the sender's own Verifikasi and Pernyataan, and lets the reviewer make them", () => {
    const { wb, staff } = sent();
    const refusal = `akun Anda (${STAFF}) yang mengirim TW I untuk reviu, padahal verifikasi dan pernyataan dibuat oleh reviewer Inspektorat: minta reviewer (${REVIEWER}) melakukannya dengan akun Google-nya sendiri.`;
    expect(staff("makeStatement", { tw: 1, confirm: true, galat: galatOf(staff) })).toEqual({
      ok: false,
      code: "belum-siap",
      message: `Pernyataan tidak dibuat karena ${refusal}`,
    });
    expect(staff("verifyReview", { tw: 1, galat: galatOf(staff) })).toEqual({
      ok: false,
      code: "belum-siap",
      message: `Verifikasi tidak dilakukan karena ${refusal}`,
    });
    expect(wb.tab(STATEMENT)).toBeUndefined();
    // Nothing written in the history by a refused call.
    expect(rowsOf(wb, "Riwayat Reviu")).toHaveLength(2);

    const reviewer = addon(wb, REVIEWER);
    expect(reviewer("verifyReview", { tw: 1, galat: galatOf(reviewer) }).ok).toBe(true);
    const made = reviewer("makeStatement", { tw: 1, confirm: true, galat: galatOf(reviewer) });
    expect(made.data?.tab ?? made.message).toBe(STATEMENT);
  });

  it("refuses a colleague when Pengaturan named another reviewer when sending", () => {
    const { wb } = sent();
    const colleague = addon(wb, COLLEAGUE);
    expect(colleague("makeStatement", { tw: 1, confirm: true, galat: galatOf(colleague) }).message).toBe(
      `Pernyataan tidak dibuat karena TW I dikirim untuk direviu oleh ${REVIEWER} (tab Riwayat Reviu baris 2, Keterangan), bukan oleh akun Anda (${COLLEAGUE}): minta reviewer (${REVIEWER}) melakukannya dengan akun Google-nya sendiri.`,
    );
  });

  it("with no reviewer named, refuses only the sender (and an unreadable account)", () => {
    const { wb, staff } = sent("");
    expect(staff("verifyReview", { tw: 1 }).message).toMatch(
      /^Verifikasi tidak dilakukan karena akun Anda \(staf@dinas\.go\.id\) yang mengirim TW I untuk reviu/,
    );
    expect(addon(wb, COLLEAGUE)("verifyReview", { tw: 1 }).ok).toBe(true);
    expect(addon(wb, "")("verifyReview", { tw: 1 }).message).toMatch(
      /^Verifikasi tidak dilakukan karena email akun Anda tidak terbaca oleh add-on/,
    );
  });

  it.each([REVIEWER, `Drs. Ahmad <${REVIEWER}>, ketua@inspektorat.go.id`])(
    'refuses the Kirim of the Email reviewer (%s), before anything is written (trial 8 #20a); the reviewer then verifies, also one named as "Name <address>"',
    (cell) => {
      const wb = transmigrasiWorkbook({ bidang: [TEMPLATE_TRANSMIGRASI_TAB], reviewer: cell });
      expect(addon(wb, STAFF)("createTriwulan", { tw: 1 }).ok).toBe(true);
      const reviewer = addon(wb, REVIEWER);
      expect(panelSubmit(reviewer, { tw: 1, force: true, reason: "tenggat" })).toEqual({
        ok: false,
        code: "belum-siap",
        message: `TW I tidak dikirim: akun Anda (${REVIEWER}) adalah Email reviewer di Pengaturan; Kirim dilakukan staf OPD dengan akunnya sendiri.`,
      });
      expect(wb.tab("Riwayat Reviu")).toBeUndefined();
      expect(wb.tab("Hasil Pemeriksaan")).toBeUndefined();
      // The staff send it, and the reviewer verifies it.
      expect(panelSubmit(addon(wb, STAFF), { tw: 1, force: true, reason: "tenggat" })).toMatchObject({
        ok: true,
      });
      expect(reviewer("verifyReview", { tw: 1, galat: galatOf(reviewer) }).ok).toBe(true);
    },
  );

  it("a sender who forged 0 galat at Kirim cannot sign the statement over it (review 6-b #0)", () => {
    const wb = transmigrasiWorkbook({ bidang: [TEMPLATE_TRANSMIGRASI_TAB], reviewer: REVIEWER });
    const staff = addon(wb, STAFF);
    expect(staff("createTriwulan", { tw: 1 }).ok).toBe(true);
    // A TW I realisasi typed in words: a galat only the panel's rules find.
    const plan = rowsOf(wb, TEMPLATE_TRANSMIGRASI_TAB);
    const top = plan.findIndex((r) => r.map(String).includes("Realisasi TW I"));
    const col = plan[top].map(String).indexOf("Realisasi TW I") + 1;
    wb.write(wb.getTab(TEMPLATE_TRANSMIGRASI_TAB), top + 2, col, [["sekitar lima"]]);
    const { input, basis } = staff("checkInput", { tw: 1 }).data;
    const check = checkFromInput(input);
    expect(check.summary.error).toBeGreaterThan(0);
    const forged = { ...check, findings: [], summary: { ...check.summary, error: 0, warning: 0, info: 0 } };
    expect(staff("submitReview", { tw: 1, check: forged, basis }).data.status).toBe("dikirim");
    expect(staff("makeStatement", { tw: 1, confirm: true, galat: 0 }).message).toMatch(
      /^Pernyataan tidak dibuat karena akun Anda \(staf@dinas\.go\.id\) yang mengirim TW I/,
    );
    expect(staff("makeStatement", { tw: 1, confirm: true }).ok).toBe(false);
    expect(wb.tab(STATEMENT)).toBeUndefined();
  });
});
