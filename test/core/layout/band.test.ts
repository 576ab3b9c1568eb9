import { describe, expect, it } from "vitest";
import type { CellValue, RangeRef } from "../../../src/core/cells";
import { detectPlan } from "../../../src/core/layout";
import { findBand } from "../../../src/core/layout/band";
import { widthOf } from "../../../src/core/layout/rowkinds";
import { CORPUS } from "../../fixtures/layouts";

const E = "";
const band = (values: CellValue[][], merges: RangeRef[] = []) => {
  const b = findBand(values, widthOf(values), merges);
  return b && typeof b === "object" ? { top: b.top, bottom: b.bottom } : b;
};
const dinkes = CORPUS.find((l) => l.id === "renaksi-dinkes-baris-kosong");
if (!dinkes) throw new Error("corpus layout renaksi-dinkes-baris-kosong missing");

describe("the header band over a blank row", () => {
  it.each<[string, RangeRef[]]>([
    ["with the merged ranges Sheets reports", dinkes.merges ?? []],
    ["from the values alone (merges not asked for)", []],
  ])("groups merged over a blank second row reach their TW I … IV sub-headers, %s", (_, merges) => {
    // Rows 3–5 of the sheet: "Target TW" over I … IV, REALISASI KINERJA over TR I … TR IV.
    expect(band(dinkes.values, merges)).toEqual({ top: 2, bottom: 4 });
    const d = detectPlan(dinkes.tab, dinkes.values, { merges });
    if (!d.ok) throw new Error(d.reason);
    expect(d.table.dataStart).toBe(5);
    expect(d.table.rows).toHaveLength(10);
    expect(d.table.columns).toMatchObject({ targetTw1: 5, targetTw4: 8, realisasiTw1: 16, realisasiTw4: 19 });
    expect(d.table.columns.realisasiTahunan).toBeUndefined();
    // "Cakupan imunisasi dasar lengkap": realisasi TW I and II as typed, TR III and IV still empty.
    expect(d.table.rows[2].realisasiTw).toEqual([21.4, "46,8", E, E]);
  });

  it.each<[string, CellValue[][], { top: number; bottom: number }]>([
    [
      "a blank row under a title stops the band at the header",
      [
        ["RENCANA AKSI 2024", "RENCANA AKSI 2024", "RENCANA AKSI 2024", "RENCANA AKSI 2024"],
        [E, E, E, E],
        ["Indikator", "Satuan", "Target", "Realisasi"],
        [E, "TW I", "TW II", E],
        ["Jumlah peserta", "orang", 10, 8],
      ],
      { top: 2, bottom: 3 },
    ],
    [
      "a blank row before a text-only first data row is not header",
      [
        ["No", "Indikator", "Satuan", "Target", "Realisasi"],
        [E, E, E, E, E],
        ["Program Pelayanan Kesehatan", E, E, E, E],
        [1, "Jumlah peserta", "orang", 10, 8],
      ],
      { top: 0, bottom: 0 },
    ],
    [
      "a second header row after a blank row is another table's, not this band's",
      [
        ["Indikator", "Satuan", "Target", "Realisasi"],
        [E, E, E, E],
        ["Indikator", "Satuan", "Target", "Realisasi"],
        ["Jumlah peserta", "orang", 10, 8],
      ],
      { top: 0, bottom: 0 },
    ],
  ])("%s", (_, values, expected) => {
    expect(band(values)).toEqual(expected);
  });
});
