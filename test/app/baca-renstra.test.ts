/** Cara dibaca of a Renstra block (trial 5 #4): the end target shown, and chosen by a person in one action. */
import { describe, expect, it } from "vitest";
import { correctableFields, correctReading, readings, readingText } from "../../src/app/baca";
import { readWorkbook } from "../../src/app/plans";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { RENSTRA_PER_TAHUN } from "../fixtures/layouts";

function binaMarga() {
  const wb = new MemoryWorkbook();
  const width = Math.max(...RENSTRA_PER_TAHUN.map((r) => r.length));
  wb.write(
    wb.addTab("Bina Marga"),
    1,
    1,
    RENSTRA_PER_TAHUN.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? "")),
  );
  return { wb, ...emulatedPort(wb) };
}

describe("Cara dibaca of a Renstra block", () => {
  it("names each year's Renstra target and the end target, never the first year as the end", () => {
    const { port } = binaMarga();
    const text = readingText(readings(port).readings[0]);
    expect(text).toContain("H: Renstra: Target 2022");
    expect(text).toContain("M: Renstra: Target akhir (2026)");
    expect(text).not.toContain("Target akhir (2022)");
  });

  it("offers the Renstra meanings, and the end target a person picks is used by every command", () => {
    const { wb, port } = binaMarga();
    expect(correctableFields()).toContainEqual({ field: "renstra:akhir", label: "Renstra: Target akhir" });
    expect(correctReading(port, { tab: "Bina Marga", col: 11, field: "renstra:akhir" }).message).toBe(
      "Koreksi disimpan di tab Pengaturan: kolom L tab 'Bina Marga' dibaca sebagai Renstra: Target akhir. Semua perintah memakai pembacaan ini.",
    );
    expect(wb.values(wb.getTab("Pengaturan"), { row: 2, col: 7, rows: 1, cols: 3 })).toEqual([
      ["Bina Marga", "L", "Renstra: Target akhir"],
    ]);
    const plan = readWorkbook(port).plans[0];
    expect(plan.periodColumns?.renstra?.target).toBe(11);
    const l = readings(port).readings[0].columns.find((c) => c.letter === "L");
    expect(l).toMatchObject({ label: "Renstra: Target akhir (2026)", corrected: true });
  });
});
