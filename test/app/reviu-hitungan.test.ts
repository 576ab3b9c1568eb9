/**
 * Trial item 1: "Tinggi" typed over a Kriteria cell blocks the column's spill. Kirim untuk reviu stops
 * on it, and when sent anyway (with a reason) Verifikasi names it and no Pernyataan is issued over it.
 */
import { describe, expect, it } from "vitest";
import { statement, submitForReview, verify } from "../../src/app/reviu";
import { HEADER_ROW } from "../../src/core/evaluasi";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, EVAL, REVIEWER, rowsOf, STAFF } from "../utils/reviu";

describe("a value typed over a computed cell of the evaluation tab", () => {
  it("stops Kirim untuk reviu, is named by Verifikasi and refuses the Pernyataan", () => {
    const { wb, port, reviewerPort } = dinasTw1();
    const values = rowsOf(wb, EVAL);
    const header = values[HEADER_ROW - 1].map(String);
    const kriteria = header.indexOf("Kriteria") + 1;
    const last = values.length;
    wb.write(wb.getTab(EVAL), last, kriteria, [["Tinggi"]]);
    const cell = `P${last}`;
    expect(kriteria).toBe(16);

    const refused = submitForReview(port, deps(STAFF), { tw: 1 });
    expect(refused.status).toBe("galat");
    if (refused.status !== "galat") return;
    expect(refused.check.findings).toContainEqual(
      expect.objectContaining({ rule: "evaluasi-hitungan", severity: "error", sheet: EVAL, cell }),
    );

    const sent = submitForReview(port, deps(STAFF), { tw: 1, force: true, reason: "dikejar tenggat" });
    expect(sent.status).toBe("dikirim");
    const check = verify(reviewerPort, deps(REVIEWER), { tw: 1 });
    expect(check.changed).toBe(true);
    expect(check.message).toContain(`${cell} berisi 'Tinggi' yang diketik di atas rumus`);
    expect(() => statement(reviewerPort, deps(REVIEWER), { tw: 1 })).toThrow(
      new RegExp(
        `^Pernyataan tidak dibuat karena di tab '${EVAL}' ${cell} berisi 'Tinggi' yang diketik di atas rumus, sehingga seluruh kolom Kriteria tidak dihitung \\(P6 menampilkan #REF!\\): minta pengirim`,
      ),
    );
  });
});
