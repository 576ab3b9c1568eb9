/**
 * Trial 7 #18 (second half): plan tabs per eselon are one DPA at three levels. The sub kegiatan of
 * 'Eselon IV' (8.750.000.000 + 2.600.000.000) exceeded their kegiatan's 11.150.000.000 in 'Eselon III'
 * and Periksa said nothing (anggaran-induk looks inside one tab). Now the children's pagu across tabs,
 * each kode once, is held to the parent's.
 */
import { describe, expect, it } from "vitest";
import { anggaranIndukAntarTab } from "../../../../src/core/checks/rules/anggaran-induk-antar-tab";
import { col, type Row, templateTab } from "../../../fixtures/checks";
import { run } from "../../../utils/checks";

const kegiatan: Row = {
  kode: "1.03.02.2.01",
  uraian: "Penyelenggaraan Jalan Kabupaten/Kota",
  indikator: "Panjang jalan kabupaten yang ditangani",
  satuan: "Km",
  targetTahunan: 57.5,
  pagu: 11_150_000_000,
};
const sub = (kode: string, uraian: string, pagu: number): Row => ({
  kode,
  uraian,
  indikator: `Panjang jalan (${uraian})`,
  satuan: "Km",
  targetTahunan: 10,
  pagu,
});

function tabs(pemeliharaan: number) {
  return [
    templateTab("Eselon III", [kegiatan]),
    templateTab("Eselon IV", [
      sub("1.03.02.2.01.0011", "Rekonstruksi Jalan", 8_750_000_000),
      sub("1.03.02.2.01.0018", "Pemeliharaan Berkala Jalan", pemeliharaan),
    ]),
  ];
}

describe("anggaran-induk-antar-tab: children in another tab", () => {
  it("names a kegiatan whose sub kegiatan in 'Eselon IV' add up to more (11.350.000.000 of 11.150.000.000)", () => {
    const fs = run(anggaranIndukAntarTab, tabs(2_600_000_000));
    expect(fs.map((f) => [f.severity, f.sheet, f.cell])).toEqual([
      ["error", "Eselon III", `${col("pagu")}2`],
    ]);
    expect(fs[0].message).toBe(
      "Jumlah pagu 2 sub kegiatan di tab 'Eselon IV' Rp 11.350.000.000 melebihi pagu kegiatan \"Penyelenggaraan Jalan Kabupaten/Kota\" di tab 'Eselon III' Rp 11.150.000.000 (selisih Rp 200.000.000).",
    );
    expect(fs[0].related).toEqual([
      { sheet: "Eselon IV", cell: `${col("pagu")}2` },
      { sheet: "Eselon IV", cell: `${col("pagu")}3` },
    ]);
  });

  it("names them too when 'Eselon IV' repeats the kegiatan row above them without a pagu (review 7-a #1b)", () => {
    const [eselon3] = tabs(2_600_000_000);
    const repeated = templateTab("Eselon IV", [
      { ...kegiatan, pagu: undefined },
      sub("1.03.02.2.01.0011", "Rekonstruksi Jalan", 8_750_000_000),
      sub("1.03.02.2.01.0018", "Pemeliharaan Berkala Jalan", 2_600_000_000),
    ]);
    const fs = run(anggaranIndukAntarTab, [eselon3, repeated]);
    expect(fs.map((f) => [f.severity, f.sheet, f.cell])).toEqual([
      ["error", "Eselon III", `${col("pagu")}2`],
    ]);
  });

  it("is quiet when they fit (8.750.000.000 + 2.400.000.000), when fewer are listed, and inside one tab", () => {
    expect(run(anggaranIndukAntarTab, tabs(2_400_000_000))).toEqual([]);
    expect(
      run(anggaranIndukAntarTab, [
        tabs(0)[0],
        templateTab("Eselon IV", [sub("1.03.02.2.01.0011", "Rekonstruksi Jalan", 8_750_000_000)]),
      ]),
    ).toEqual([]);
    // The same children beside the parent, and again in a second tab: anggaran-induk's, not this rule's.
    const together = templateTab("Bidang Bina Marga", [
      kegiatan,
      sub("1.03.02.2.01.0011", "Rekonstruksi Jalan", 8_750_000_000),
      sub("1.03.02.2.01.0018", "Pemeliharaan Berkala Jalan", 2_600_000_000),
    ]);
    expect(run(anggaranIndukAntarTab, [together, tabs(2_600_000_000)[1]])).toEqual([]);
  });
});
