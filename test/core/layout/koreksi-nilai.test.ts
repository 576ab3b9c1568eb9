/**
 * "Tunjukkan kolom" (trial 5 #9): a person may give any four columns a TW family. The correction wins,
 * but the values under it still speak: a Pagu of 2.000.000.000 taken as "Target TW III", realisasi
 * taken as realisasi anggaran, or TW targets that fit the annual target by no sifat give one sentence
 * in the reading (the panel's Cara dibaca and `sakip baca`). A correction that fits says nothing.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cells";
import { detectPlan } from "../../../src/core/layout";
import { type PlanField, TWS } from "../../../src/core/plan";
import { BARIS_PER_TW, RENSTRA_PER_TAHUN } from "../../fixtures/layouts";

type Kind = "targetTw" | "rakTw" | "realisasiTw" | "realisasiAnggaranTw";
const family = (kind: Kind, first: number) =>
  TWS.map((t, i) => ({ col: first + i, field: `${kind}${t}` as PlanField }));

function notes(values: CellValue[][], kind: Kind, first: number) {
  const d = detectPlan("Tab", values, { correction: { columns: family(kind, first) } });
  if (!d.ok) throw new Error(d.reason);
  // The correction wins: the four columns are read as the family.
  for (const t of TWS) expect(d.table.columns[`${kind}${t}` as PlanField]).toBe(first + t - 1);
  return d.table.koreksiHilang ?? [];
}

describe("a TW family a person gave, against its values", () => {
  it.each<[string, CellValue[][], Kind, number, string[]]>([
    [
      "Cipta Karya (one row per TW): H–K = Target, Realisasi, Pagu, RAK as Target TW I–IV",
      BARIS_PER_TW,
      "targetTw",
      7,
      [
        "Kolom H–K dibaca sebagai Target TW karena koreksi di Pengaturan, tetapi berisi nilai rupiah; periksa koreksinya di Cara dibaca.",
      ],
    ],
    [
      "Bina Marga: S–V (Pagu and RAK TW I–III) as Target TW I–IV",
      RENSTRA_PER_TAHUN,
      "targetTw",
      18,
      [
        "Kolom S–V dibaca sebagai Target TW karena koreksi di Pengaturan, tetapi berisi nilai rupiah; periksa koreksinya di Cara dibaca.",
      ],
    ],
    [
      "Bina Marga: the Renstra years 2022–2025 (H–K) as Target TW I–IV",
      RENSTRA_PER_TAHUN,
      "targetTw",
      7,
      [
        "Kolom H–K dibaca sebagai Target TW karena koreksi di Pengaturan, tetapi nilainya tidak cocok dengan target tahunan pada 2 dari 2 baris; periksa koreksinya di Cara dibaca.",
      ],
    ],
    [
      "Bina Marga: Realisasi kinerja (Y–AB) as Realisasi Anggaran TW I–IV",
      RENSTRA_PER_TAHUN,
      "realisasiAnggaranTw",
      24,
      [
        "Kolom Y–AB dibaca sebagai Realisasi Anggaran TW karena koreksi di Pengaturan, tetapi nilainya bukan rupiah; periksa koreksinya di Cara dibaca.",
      ],
    ],
    ["Bina Marga: the TW targets O–R, as read", RENSTRA_PER_TAHUN, "targetTw", 14, []],
    ["Bina Marga: the RAK T–W, as read", RENSTRA_PER_TAHUN, "rakTw", 19, []],
    ["Bina Marga: the realisasi Y–AB, as read", RENSTRA_PER_TAHUN, "realisasiTw", 24, []],
  ])("%s", (_, values, kind, first, expected) => {
    expect(notes(values, kind, first)).toEqual(expected);
  });
});
