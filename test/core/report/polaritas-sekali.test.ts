/**
 * Review 6-c #12: the evaluation form's polaritas request reads each row's polaritas signs once (the
 * words of the indicator and its targets), not twice per row; the request it prints is unchanged.
 */
import { expect, it } from "vitest";
import { readPolaritas } from "../../../src/core/polaritas";
import type { IndicatorFigures } from "../../../src/core/report/figures";
import { polaritasFormRequest } from "../../../src/core/report/narrative";

/** A figure whose row counts how often its TW targets are looked at (readPolaritas reads them). */
function counted(indikator: string, capaianSd: number) {
  const reads = { n: 0 };
  const targetTw: [number, number, number, number] = [90, 90, 90, 90];
  const row = {
    indikator,
    polaritas: "",
    satuan: "per 100.000 KH",
    sifat: "",
    targetTahunan: 90,
    realisasiTahunan: "",
    capaian: "",
    get targetTw() {
      reads.n++;
      return targetTw;
    },
  };
  return { f: { tab: "Kesmas", capaianSd, row } as unknown as IndicatorFigures, reads, row };
}

it("names Angka kematian ibu and the DBD incidence, reading each row's signs once", () => {
  const rows = [
    counted("Angka kematian ibu", 113.33),
    counted("Insiden kasus DBD per 100.000 penduduk", 96),
    counted("Cakupan imunisasi dasar lengkap", 98.89),
  ];
  const text = polaritasFormRequest(
    "Kesmas",
    rows.map((r) => r.f),
  );
  expect(text).toMatch(
    /^\[Periksa polaritas: capaian dan kriteria Angka kematian ibu \(kata "kematian"\); Insiden kasus DBD/,
  );
  expect(text).not.toContain("imunisasi");
  // As many looks as one reading of the row's polaritas, for each row.
  for (const r of rows) {
    const form = r.reads.n;
    r.reads.n = 0;
    readPolaritas(r.row);
    expect(form).toBe(r.reads.n);
  }
});
