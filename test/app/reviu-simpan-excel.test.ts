/**
 * Trial item 3: a file saved with "Simpan .xlsx – untuk Excel / LibreOffice" (the add-on's computed
 * columns rewritten into standard formulas) and opened again is the data that was sent: Verifikasi
 * finds no change. A computed cell replaced by a value or another formula is still caught.
 */
import { describe, expect, it } from "vitest";
import { submitForReview, verify } from "../../src/app/reviu";
import { HEADER_ROW } from "../../src/core/evaluasi";
import { emulatedPort } from "../../src/emulator/session";
import { loadXlsx, xlsxBuffer } from "../../src/emulator/xlsx";
import { standardExport } from "../../src/local/export";
import { reviuDeps as deps } from "../fixtures/reviu";
import { dinasTw1, EVAL, REVIEWER, rowsOf, STAFF } from "../utils/reviu";

async function sentAndSaved(rumus: "excel" | "sakip", settings = {}) {
  const { wb, port } = dinasTw1(settings);
  expect(submitForReview(port, deps(STAFF), { tw: 1 }).status).toBe("dikirim");
  const bytes = await xlsxBuffer(wb, rumus === "excel" ? { rewrite: standardExport(wb) } : {});
  const again = await loadXlsx(bytes);
  return { wb: again, port: emulatedPort(again, { user: REVIEWER, owner: STAFF }).port };
}

describe("a sent quarter saved as .xlsx and opened again", () => {
  it.each([["excel"], ["sakip"]] as const)("with %s formulas verifies unchanged", async (rumus) => {
    const { port } = await sentAndSaved(rumus);
    const result = verify(port, deps(REVIEWER), { tw: 1 });
    expect(result.message).toMatch(/^Tidak ada perubahan sejak dikirim/);
    expect(result.changed).toBe(false);
  });

  it("with the lakip scale verifies unchanged after the Excel save", async () => {
    const { port } = await sentAndSaved("excel", { skala: "lakip" });
    expect(verify(port, deps(REVIEWER), { tw: 1 }).changed).toBe(false);
  });

  it.each([
    ["a value", "Tinggi"],
    ["another formula", { formula: '="Sangat Tinggi"' }],
  ])("still names the computed cell replaced by %s", async (_, cell) => {
    const { wb, port } = await sentAndSaved("excel");
    const values = rowsOf(wb, EVAL);
    const kriteria = values[HEADER_ROW - 1].map(String).indexOf("Kriteria") + 1;
    const row = values.length;
    wb.write(wb.getTab(EVAL), row, kriteria, [[cell]]);
    const result = verify(port, deps(REVIEWER), { tw: 1 });
    expect(result.changed).toBe(true);
    expect(result.message).toContain(`'${EVAL}'!P${row} (indikator `);
  });
});
