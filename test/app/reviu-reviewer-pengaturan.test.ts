/**
 * Who may verify a submission is the reviewer Pengaturan named at Kirim (the Dikirim row records it):
 * a later change of "Email reviewer" must not move the review to another account behind the record's
 * back. That rule stays, but it is said: Verifikasi (and the refusal of the account Pengaturan names
 * now) names the reviewer recorded at Kirim and that the change takes effect after "Buka kembali" and
 * Kirim again. A cell naming no e-mail address lets any account but the sender's verify: Kirim says
 * so in one sentence, and how to set one (a peringatan, not a refusal).
 */
import { describe, expect, it } from "vitest";
import { reopen, statement, submitForReview, verify } from "../../src/app/reviu";
import { SETTINGS_TAB } from "../../src/core/settings";
import { emulatedPort } from "../../src/emulator/session";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, REVIEWER, rowsOf, STAFF, sendTw1 } from "../utils/reviu";

const OTHER = "pengganti@inspektorat.go.id";

/** Types `value` as Pengaturan's Email reviewer. */
function setReviewer(wb: MemoryWorkbook, value: string) {
  const row = rowsOf(wb, SETTINGS_TAB).findIndex((r) => r[0] === "Email reviewer") + 1;
  wb.write(wb.getTab(SETTINGS_TAB), row, 2, [[value]]);
}
const as = (wb: MemoryWorkbook, user: string) => emulatedPort(wb, { user, owner: STAFF }).port;
const verifyAs = (wb: MemoryWorkbook, user: string) => verify(as(wb, user), deps(user), { tw: 1 });

describe("Email reviewer changed in Pengaturan after Kirim", () => {
  it("the reviewer recorded at Kirim still decides, and Verifikasi and the refusal say so", () => {
    const { wb } = dinasTw1();
    sendTw1(wb);
    setReviewer(wb, OTHER);
    const said = ` Email reviewer di Pengaturan kini "${OTHER}", tetapi yang berlaku adalah yang tercatat saat TW I dikirim (${REVIEWER}) sampai TW I dibuka kembali dan dikirim lagi.`;
    // The account Pengaturan names now is refused, told why and what to do.
    expect(() => verifyAs(wb, OTHER)).toThrow(
      `Verifikasi tidak dilakukan karena TW I dikirim untuk direviu oleh ${REVIEWER} (tab Riwayat Reviu baris 2, Keterangan), bukan oleh akun Anda (${OTHER}): minta reviewer (${REVIEWER}) melakukannya dengan akun Google-nya sendiri.${said}`,
    );
    expect(() => statement(as(wb, OTHER), deps(OTHER), { tw: 1, confirm: true })).toThrow(said);
    // The recorded reviewer verifies, told that Pengaturan names another.
    const { changed, message } = verifyAs(wb, REVIEWER);
    expect(changed).toBe(false);
    expect(message).toMatch(/^Tidak ada perubahan sejak dikirim/);
    expect(message).toContain(`Catatan:${said}`);
  });

  it("after Buka kembali and Kirim again the new reviewer verifies, the former one no longer", () => {
    const { wb } = dinasTw1();
    sendTw1(wb);
    setReviewer(wb, OTHER);
    reopen(as(wb, STAFF), deps(STAFF), { tw: 1, reason: "reviewer diganti" });
    expect(
      submitForReview(as(wb, STAFF), deps(STAFF), { tw: 1, force: true, reason: "uji" }).message,
    ).toContain(`Bagikan spreadsheet ini ke ${OTHER} dengan peran Editor`);
    const { message } = verifyAs(wb, OTHER);
    expect(message).toMatch(/^Tidak ada perubahan sejak dikirim/);
    expect(message).not.toContain("Email reviewer di Pengaturan kini");
    expect(() => verifyAs(wb, REVIEWER)).toThrow(`bukan oleh akun Anda (${REVIEWER})`);
  });

  it("the same addresses written otherwise is no change", () => {
    const { wb } = dinasTw1();
    sendTw1(wb);
    setReviewer(wb, `Reviewer Inspektorat <${REVIEWER.toUpperCase()}>`);
    expect(verifyAs(wb, REVIEWER).message).not.toContain("Catatan:");
  });
});

describe("an Email reviewer naming no address", () => {
  const ANY = `tidak berisi alamat email, jadi akun mana pun selain pengirim dapat memverifikasi dan membuat pernyataan TW I: isi email Google reviewer Inspektorat di sana, lalu tekan "Buka kembali untuk perbaikan" dan kirim lagi.`;

  it.each([
    ["a name and an office", "Drs. Ahmad, Inspektorat", ANY],
    ["nothing", "", ANY],
  ])(
    "%s: Kirim says any account but the sender's may verify, and sends (a peringatan)",
    (_name, cell, said) => {
      const { wb } = dinasTw1({ reviewer: cell });
      const { sent } = sendTw1(wb);
      expect(sent.status).toBe("dikirim");
      expect(sent.message).toContain(` Peringatan: Email reviewer di tab Pengaturan ${said}`);
      expect(sent.message).not.toContain("Bagikan spreadsheet ini ke");
      // As said: a colleague verifies; the sender still may not.
      expect(verifyAs(wb, "staf2@dinas.go.id").message).toMatch(/^Tidak ada perubahan sejak dikirim/);
      expect(() => verifyAs(wb, STAFF)).toThrow(/^Verifikasi tidak dilakukan karena akun Anda/);
    },
  );

  it("a name with the address in angle brackets (as a mail program copies it) names that address", () => {
    const { wb } = dinasTw1({ reviewer: `Drs. Ahmad <${REVIEWER}>` });
    const { sent } = sendTw1(wb);
    expect(sent.message).toContain(`Bagikan spreadsheet ini ke ${REVIEWER} dengan peran Editor`);
    expect(sent.message).not.toContain("Peringatan: Email reviewer");
    expect(verifyAs(wb, REVIEWER).message).toMatch(/^Tidak ada perubahan sejak dikirim/);
    expect(() => verifyAs(wb, "staf2@dinas.go.id")).toThrow("bukan oleh akun Anda (staf2@dinas.go.id)");
  });
});
