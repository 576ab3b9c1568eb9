/**
 * Trial item 10: after Skala kriteria is switched in Pengaturan, Verifikasi says plainly that the
 * scale changed, instead of listing the Ringkasan's kriteria columns against the wrong ones.
 */
import { describe, expect, it } from "vitest";
import { submitForReview, verify } from "../../src/app/reviu";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, REVIEWER, rowsOf, STAFF } from "../utils/reviu";

describe("Verifikasi after the kriteria scale was switched", () => {
  it("says the scale changed since the Ringkasan was made, and lists no misaligned cell", () => {
    const { wb, port, reviewerPort } = dinasTw1();
    expect(submitForReview(port, deps(STAFF), { tw: 1 }).status).toBe("dikirim");
    const row = rowsOf(wb, "Pengaturan").findIndex((r) => String(r[0]).trim() === "Skala kriteria") + 1;
    expect(row).toBeGreaterThan(0);
    wb.write(wb.getTab("Pengaturan"), row, 2, [["lakip"]]);
    const { changed, message } = verify(reviewerPort, deps(REVIEWER), { tw: 1 });
    expect(changed).toBe(true);
    expect(message).toContain(
      `Data berubah sejak dikirim: 'Pengaturan'!B${row} ("Skala kriteria"): isi "permendagri86" → "lakip".`,
    );
    expect(message).toMatch(
      /Ringkasan tidak sesuai: tab 'Ringkasan TW I 2024' dibuat dengan skala kriteria lain \(kolom [^)]+\), bukan skala "lakip" di Pengaturan \(kolom [^)]+\): skala kriteria diganti sejak tab itu dibuat/,
    );
    expect(message).not.toMatch(/tertulis/);
  });
});
