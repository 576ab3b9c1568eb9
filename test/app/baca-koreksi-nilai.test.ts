/**
 * Trial 5 #9 as the panel and `sakip baca` show it: a new staff member points "Tunjukkan kolom" at
 * H–K of a tab with one row per TW (Rencana | Realisasi | Pagu | RAK) as Target TW I–IV. The
 * correction is kept and used; Cara dibaca marks one sentence saying that these columns hold rupiah.
 */
import { describe, expect, it } from "vitest";
import { correctReading, readings, readingText } from "../../src/app/baca";
import { emulatedPort } from "../../src/emulator/session";
import { MemoryWorkbook } from "../../src/emulator/workbook";
import { BARIS_PER_TW } from "../fixtures/layouts";

const TAB = "Cipta Karya";
const WARNING =
  "⚠ Kolom H–K dibaca sebagai Target TW karena koreksi di Pengaturan, tetapi berisi nilai rupiah; periksa koreksinya di Cara dibaca.";

describe("Tunjukkan kolom over columns whose values say otherwise", () => {
  it.each([
    ["H–K (Rencana, Realisasi, Pagu, RAK)", 7, [WARNING]],
    ["no correction: nothing to say", -1, []],
  ])("%s", (_, first, expected) => {
    const wb = new MemoryWorkbook({ name: "DPUPR" });
    // "Rencana" over the TW targets: a word the reader does not take for Target.
    wb.write(
      wb.addTab(TAB),
      1,
      1,
      BARIS_PER_TW.map((r, i) => (i === 2 ? r.map((v) => (v === "Target" ? "Rencana" : v)) : r)),
    );
    const { port } = emulatedPort(wb);
    if (first >= 0)
      correctReading(
        port,
        [0, 1, 2, 3].map((i) => ({ tab: TAB, col: first + i, field: `targetTw${i + 1}` as "targetTw1" })),
      );
    const r = readings(port).readings.find((x) => x.tab === TAB);
    if (!r) throw new Error("no reading");
    const text = readingText(r);
    expect(text.split("\n").filter((l) => l.includes("⚠ Kolom"))).toEqual(expected.map((l) => `  ${l}`));
    if (first >= 0) expect(text).toContain("H–K: Target TW I–IV (koreksi)");
  });
});
