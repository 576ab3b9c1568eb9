/**
 * Through the built bundle on the SpreadsheetApp facade: Kirim untuk reviu keeps its own copy of the
 * kode data in the add-on's document properties, which no editor of the sheet can write, so a
 * history row the owner rewrote after changing the data is named by Verifikasi (it said "Tidak ada
 * perubahan" before).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { readWorkbook } from "../../src/app/plans";
import { fingerprintOf } from "../../src/app/reviu";
import { sha256 } from "../../src/cli/sakip";
import { packRows } from "../../src/core/fingerprint";
import { createGas } from "../../src/emulator/facade";
import { loadBundle } from "../../src/emulator/gasRuntime";
import { emulatedPort } from "../../src/emulator/session";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { TEMPLATE_TRANSMIGRASI_TAB } from "../fixtures/plans";
import { panelSubmit } from "../utils/panel";

const code = readFileSync(join(__dirname, "../../build/Code.js"), "utf8");
const STAFF = "staf@dinas.go.id";

function addon(wb: MemoryWorkbook, user: string) {
  const gas = createGas(wb, {
    files: {},
    user,
    owner: STAFF,
    editors: [STAFF, "reviewer@inspektorat.go.id"],
  });
  const g = loadBundle(code, gas) as unknown as { api(name: string, args: unknown): unknown };
  return (name: string, args: unknown) =>
    g.api(name, args) as { ok: boolean; data: { message: string; changed: boolean } };
}

it("a rewritten history row of the submission is named by Verifikasi", () => {
  const wb = transmigrasiWorkbook({ bidang: [TEMPLATE_TRANSMIGRASI_TAB] });
  const staff = addon(wb, STAFF);
  expect(staff("createTriwulan", { tw: 1 }).ok).toBe(true);
  const sent = panelSubmit(staff, { tw: 1, force: true, reason: "uji" }) as { data: { message: string } };
  expect(sent.data.message).toMatch(/^TW I dikirim untuk reviu/);
  const reviewer = addon(wb, "reviewer@inspektorat.go.id");
  // (The bare workbook has no CAPAIAN in its engine: its computed cells read #NAME?, the one finding.)
  expect(reviewer("verifyReview", { tw: 1 }).data.message).toMatch(
    /^Ada yang tidak sesuai: Sel hitungan tidak sesuai: .* Selain itu, isi yang dicatat tidak berubah sejak dikirim/,
  );
  wb.write(wb.getTab(TEMPLATE_TRANSMIGRASI_TAB), 3, 19, [[77]]);
  const print = fingerprintOf(readWorkbook(emulatedPort(wb).port, { notes: true }), 1, sha256);
  wb.write(wb.getTab("Riwayat Reviu"), 2, 10, [[print.hash, "", packRows(print)]]);
  const checked = reviewer("verifyReview", { tw: 1 }).data;
  expect(checked.message).toMatch(
    /^Riwayat tidak sesuai: kiriman TW I di tab Riwayat Reviu \(baris 2\) tidak sama dengan yang disimpan add-on saat dikirim/,
  );
});
