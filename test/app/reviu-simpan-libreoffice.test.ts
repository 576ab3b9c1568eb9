/**
 * A sent quarter whose file is opened and saved again by LibreOffice Calc (as an office does with
 * the file it downloaded) is the data that was sent: LibreOffice writes the evaluation tab's
 * formulas back as they were (the short visible ones and the hidden cells reading each number
 * once), so Verifikasi finds no change, in either formula kind. A hidden number cell replaced by its
 * value before the save is still named by row.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { submitForReview, verify } from "../../src/app/reviu";
import { HEADER_ROW } from "../../src/core/evaluasi";
import { emulatedPort } from "../../src/emulator/session";
import { loadXlsx, xlsxBuffer } from "../../src/emulator/xlsx";
import { standardExport } from "../../src/local/export";
import { reviuDeps as deps } from "../fixtures/reviu";
import { convert, onCi, soffice, warnWithoutSoffice } from "../utils/libreoffice";
import { dinasTw1, EVAL, REVIEWER, rowsOf, STAFF } from "../utils/reviu";

warnWithoutSoffice("UJI LIBREOFFICE (test/app/reviu-simpan-libreoffice.test.ts)", "'libreoffice-calc-nogui'");

const dir = mkdtempSync(join(tmpdir(), "sakip-reviu-lo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** TW I sent, then `change` made, saved (for Excel or for Sheets), opened and saved by LibreOffice. */
async function sentThroughLibreOffice(
  rumus: "excel" | "sakip",
  name: string,
  change = (_: ReturnType<typeof dinasTw1>) => {},
) {
  const sent = dinasTw1();
  expect(submitForReview(sent.port, deps(STAFF), { tw: 1 }).status).toBe("dikirim");
  change(sent);
  const file = join(dir, `${name}.xlsx`);
  writeFileSync(
    file,
    await xlsxBuffer(sent.wb, rumus === "excel" ? { rewrite: standardExport(sent.wb) } : {}),
  );
  convert([file], "xlsx", join(dir, "out"), join(dir, "profile"));
  const again = await loadXlsx(readFileSync(join(dir, "out", `${name}.xlsx`)));
  return { sent, again, port: emulatedPort(again, { user: REVIEWER, owner: STAFF }).port };
}

describe.skipIf(!soffice && !onCi)("a sent quarter saved again by LibreOffice", () => {
  it.each(["excel", "sakip"] as const)(
    "with %s formulas verifies unchanged",
    async (rumus) => {
      const { sent, again, port } = await sentThroughLibreOffice(rumus, `tetap-${rumus}`);
      // The hidden cells reading the plan's numbers come back as they were written.
      const header = rowsOf(sent.wb, EVAL)[HEADER_ROW - 1].map(String);
      const hidden = header.flatMap((h, i) => (/^(Angka|Kata) /.test(h) ? [i + 1] : []));
      const formulasOf = (wb: typeof again) => {
        const tab = wb.getTab(EVAL);
        return hidden.map((c) => wb.formulas(tab, { row: 7, col: c, rows: 10, cols: 1 }).flat());
      };
      expect(formulasOf(again)).toEqual(formulasOf(sent.wb));
      expect(formulasOf(again).flat().filter(Boolean).length).toBeGreaterThan(50);
      const result = verify(port, deps(REVIEWER), { tw: 1 });
      expect(result.message).toMatch(/^Tidak ada perubahan sejak dikirim/);
      expect(result.changed).toBe(false);
    },
    120_000,
  );

  it("names a hidden number cell replaced by its value", async () => {
    const { port } = await sentThroughLibreOffice("excel", "diubah", ({ wb }) => {
      const tab = wb.getTab(EVAL);
      const col = rowsOf(wb, EVAL)[HEADER_ROW - 1].map(String).indexOf("Angka Realisasi TW I") + 1;
      wb.write(tab, 8, col, [[wb.value(tab, 8, col)]]);
    });
    const result = verify(port, deps(REVIEWER), { tw: 1 });
    expect(result.changed).toBe(true);
    expect(result.message).toMatch(
      new RegExp(
        `'${EVAL}'!AM8 \\(indikator .*\\): Angka Realisasi TW I (\\d+) \\(rumus\\) → \\1 \\(diketik, bukan rumus\\)`,
      ),
    );
  }, 120_000);
});
