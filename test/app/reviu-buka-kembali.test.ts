/**
 * A quarter reopened ("Buka kembali") and not sent again has no record to certify: the statement is
 * refused, and a statement made before says on its face that it no longer holds.
 */
import { describe, expect, it } from "vitest";
import { HISTORY_TAB, reopen, statement, submitForReview, verify } from "../../src/app/reviu";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, REVIEWER, rowsOf, STAFF, STATEMENT } from "../utils/reviu";

describe("Buat pernyataan after Buka kembali", () => {
  it("is refused until the quarter is sent again, naming when and by whom it was reopened", () => {
    const { wb, port, reviewerPort } = dinasTw1();
    submitForReview(port, deps(STAFF), { tw: 1 });
    reopen(port, deps(STAFF), { tw: 1, reason: "Realisasi TW I dikoreksi" });
    const reopenedRow = rowsOf(wb, HISTORY_TAB).findIndex((r) => r[3] === "Dibuka kembali") + 1;
    expect(() => statement(reviewerPort, deps(REVIEWER), { tw: 1 })).toThrow(
      new RegExp(
        `^Pernyataan tidak dibuat karena TW I dibuka kembali untuk perbaikan pada \\d{1,2} April 2024 pukul \\d\\d\\.\\d\\d oleh ${STAFF} \\(${HISTORY_TAB} baris ${reopenedRow}\\) dan belum dikirim lagi: pernyataan dibuat setelah pengirim mengirim ulang TW I dan Anda memverifikasinya\\.$`,
      ),
    );
    expect(wb.tab(STATEMENT)).toBeUndefined();
    // Verifikasi still compares with the last submission, and says the quarter is open.
    expect(verify(reviewerPort, deps(REVIEWER), { tw: 1 }).message).toMatch(
      new RegExp(
        `TW I dibuka kembali pada \\d{1,2} April 2024 pukul [\\d.]+ oleh ${STAFF} dan belum dikirim lagi\\.$`,
      ),
    );
    // Sent again: the statement is made.
    submitForReview(port, deps(STAFF), { tw: 1 });
    expect(statement(reviewerPort, deps(REVIEWER), { tw: 1 }).tab).toBe(STATEMENT);
  });
});

describe("a Pernyataan tab made before its quarter was reopened", () => {
  it("says visibly that it no longer holds, until a new statement replaces it", () => {
    const { wb, port, reviewerPort } = dinasTw1();
    submitForReview(port, deps(STAFF), { tw: 1 });
    statement(reviewerPort, deps(REVIEWER), { tw: 1 });
    expect(rowsOf(wb, STATEMENT)[3][0]).toBe("");

    const reopened = reopen(port, deps(STAFF), { tw: 1, reason: "Catatan reviewer diperbaiki" });
    expect(reopened.message).toBe(
      `TW I dibuka kembali untuk perbaikan; tercatat di tab ${HISTORY_TAB}. Tab '${STATEMENT}' ditandai tidak berlaku lagi. Kirim lagi setelah selesai.`,
    );
    const text = rowsOf(wb, STATEMENT).map((r) => r[0]);
    expect(text[0]).toBe("PERNYATAAN TELAH DIREVIU");
    expect(text[3]).toMatch(
      new RegExp(
        `^TIDAK BERLAKU LAGI: TW I dibuka kembali untuk perbaikan pada \\d{1,2} April 2024 pukul [\\d.]+ oleh ${STAFF} \\(alasan: Catatan reviewer diperbaiki\\)\\. Pernyataan baru dibuat setelah TW I dikirim ulang dan direviu lagi\\.$`,
      ),
    );
    const banner = wb.getTab(STATEMENT);
    expect(banner.style(4, 1)).toMatchObject({
      background: "#c62828",
      fontColor: "#ffffff",
      fontWeight: "bold",
    });

    submitForReview(port, deps(STAFF), { tw: 1 });
    statement(reviewerPort, deps(REVIEWER), { tw: 1 });
    expect(rowsOf(wb, STATEMENT)[3][0]).toBe("");
    expect(banner.style(4, 1)).toMatchObject({ background: "#ffffff" });
    expect(banner.style(4, 1).fontWeight ?? "normal").toBe("normal");
  });
});
