/** `sakip baca`: each plan tab's reading, as text and as JSON. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/sakip";
import { saveXlsx } from "../../src/emulator/xlsx";
import { transmigrasiWorkbook } from "../fixtures/dinas";
import { TEMPLATE_TRANSMIGRASI_TAB } from "../fixtures/plans";

const dir = mkdtempSync(join(tmpdir(), "sakip-baca-"));
const TAB = TEMPLATE_TRANSMIGRASI_TAB;

const cli = async (...args: string[]) => {
  const lines: string[] = [];
  const code = await main(args, (s) => lines.push(s));
  return { code, out: lines.join("") };
};

describe("sakip baca", () => {
  it("prints each plan tab's reading, and the same as JSON", async () => {
    const file = join(dir, "renaksi.xlsx");
    await saveXlsx(transmigrasiWorkbook(), file);
    const text = await cli("baca", file);
    expect(text.code).toBe(0);
    expect(text.out.split("\n").slice(0, 4)).toEqual([
      // Which year was read, and from where (trial 2 item 9).
      "Tahun 2024 dipakai (dari baris Tahun di tab Pengaturan).",
      `${TAB}: baris judul 1, data mulai baris 2, 12 indikator`,
      "  A: No",
      "  B: Kode",
    ]);
    expect(text.out).toContain("  J–M: Target TW I–IV\n  N: Pagu\n  O–R: Anggaran (RAK) TW I–IV\n");
    const json = JSON.parse((await cli("baca", file, "--json")).out);
    expect(json.readings[0]).toMatchObject({ tab: TAB, headerTop: 1, dataStart: 2, indicators: 12 });
    expect(json.readings[0].columns[9]).toEqual({
      col: 9,
      letter: "J",
      field: "targetTw1",
      label: "Target TW I",
      header: "Target TW I",
      // Every header cell above the column, top to bottom (one here).
      path: ["Target TW I"],
      corrected: false,
      // What the reader went by: the header word, then what the values showed.
      why: expect.stringMatching(/^kata "target"; bukan nilai rupiah; sesuai target tahunan/),
    });
  });
});
