import { describe, expect, it } from "vitest";
import { resolveColumn } from "../../../src/core/layout/evidence";

describe("what a header path says", () => {
  it.each<[string[], string, string | null]>([
    [[], "indikator", "indikator"],
    [["indikator kinerja"], "uraian", "indikator"],
    [["realisasi"], "tw ii", "realisasiTw2"],
    [["realisasi keuangan"], "tw iii", "realisasiAnggaranTw3"],
    [["anggaran"], "tw i", "rakTw1"],
    [["anggaran"], "jumlah", "pagu"],
    [["target"], "tw iv", "targetTw4"],
    [[], "target", "targetTahunan"],
    [[], "capaian %", "capaian"],
    [["2024"], "ii", "targetTw2"],
    [[], "catatan 1", null],
    // The abbreviations offices write (a Dinas PUPR, trial 5): "Tgt 2026", "Tgt Thn", "Rlsi", "Ang. (Rp)".
    [[], "tgt 2026", "targetTahunan"],
    [[], "tgt thn", "targetTahunan"],
    [["tgt"], "tw ii", "targetTw2"],
    [["rlsi"], "tw ii", "realisasiTw2"],
    [["real"], "tw i", "realisasiTw1"],
    [["rlsi ang"], "tw iii", "realisasiAnggaranTw3"],
    [[], "ang rp", "pagu"],
  ])("%j over %s: %s", (groups, leaf, field) => {
    expect(resolveColumn(groups, leaf).field).toBe(field);
  });

  it("a lone Realisasi has no TW: per-TW rows or the title say which", () => {
    expect(resolveColumn([], "realisasi")).toMatchObject({ field: null, bareRealisasi: true });
  });

  it("a level group over a name column", () => {
    expect(resolveColumn(["program"], "uraian")).toMatchObject({ field: "program", levelGroup: "program" });
  });
});
