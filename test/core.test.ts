import { describe, expect, it } from "vitest";
import { capaian, parsePolaritas } from "../src/core/capaian";
import { efisiensi, serapan } from "../src/core/efisiensi";
import { customScale, kriteria, namedScale, SCALES } from "../src/core/kriteria";
import { formatRupiah, parseNumber, toNumber } from "../src/core/numbers";
import { parseSifat, resolveSifat } from "../src/core/sifat";

const num = (r: ReturnType<typeof capaian>) => (r.kind === "value" ? r.value : r);

describe("numbers as people type them", () => {
  it.each([
    ["63,57", 63.57],
    ["1.852.283.616", 1852283616],
    ["89,335,000", 89335000],
    ["Rp 1.234.567,00", 1234567],
    ["Rp. 8.672.399.000,-", 8672399000],
    ["8.672.399.000,00", 8672399000],
    ["95%", 95],
    ["7,3T", 7.3e12],
    ["1,5 M", 1.5e9],
    ["1 UPT", 1],
    [". 6.535.000", 6535000],
    ["74.200.000,", 74200000],
    ["4.40", 4.4],
    ["−4,05", -4.05],
    ["(1.234.000)", -1234000],
    ["1 234 567", 1234567],
    [61.68, 61.68],
  ])("%j → %d", (text, expected) => {
    expect(toNumber(text)).toBeCloseTo(expected, 9);
  });

  it("reads -, -- and blanks as nothing, not zero", () => {
    for (const t of ["", "-", "--", "  ", "—"]) expect(parseNumber(t)).toEqual({ kind: "empty" });
  });

  it("says which cells were text and which separator they used", () => {
    expect(parseNumber(1852283616)).toMatchObject({ fromText: false });
    expect(parseNumber("1.852.283.616")).toMatchObject({ fromText: true, thousands: "." });
    expect(parseNumber("89,335,000")).toMatchObject({ fromText: true, thousands: "," });
    expect(parseNumber("95%")).toMatchObject({ percent: true, value: 95 });
    expect(parseNumber("6.535")).toMatchObject({ value: 6535, ambiguous: true });
  });

  it("refuses what is not one number", () => {
    for (const t of ["abc", "1.2.3", "80-90", "80 s.d. 90", "12,5,3", "5 m2 x"]) {
      expect(parseNumber(t).kind, t).toBe("invalid");
    }
  });

  it("formats rupiah the Indonesian way", () => {
    expect(formatRupiah(2869444960)).toBe("Rp 2.869.444.960");
  });
});

describe("CAPAIAN (DOMAIN.md worked examples and reference rows)", () => {
  it.each([
    // Persentase Warga Transmigran Mandiri, LAKIP Luwu Timur TW I (printed 97,02 %)
    ["63,57", "61,68", 97.03],
    // Jumlah Rapat Koordinasi dan Konsultasi SKPD, TW I (printed 72 %)
    [18, 13, 72.22],
    // Jumlah kesempatan kerja / penempatan, TW I
    [1290, 625, 48.45],
    // LKjIP Kutai Kartanegara Tabel 3.21: printed 111 %, 181 %, 99,18 % (the last is miscomputed)
    ["20,50", "22,77", 111.07],
    ["10,37", "18,86", 181.87],
    ["71,50", "70,92", 99.19],
    // PDRB per kapita (printed 122 %)
    ["197,62", "240,87", 121.89],
  ])("target %j, realisasi %j → %d", (t, r, expected) => {
    expect(num(capaian(t, r))).toBeCloseTo(expected, 2);
  });

  it("uses the negative formula for unemployment (the report printed 92 %, the positive one)", () => {
    expect(num(capaian("4,40", "4,05", { polaritas: "negatif" }))).toBeCloseTo(107.95, 2);
    expect(num(capaian("4,40", "4,05", { polaritas: "turun" }))).toBeCloseTo(107.95, 2);
    expect(num(capaian("4,40", "4,05", { polaritas: "negatif-rasio" }))).toBeCloseTo(108.64, 2);
    expect(num(capaian("4,40", "4,05"))).toBeCloseTo(92.05, 2);
  });

  it("reads the polarity words people use", () => {
    expect(parsePolaritas("Naik")).toBe("positif");
    expect(parsePolaritas("−")).toBe("negatif");
    expect(parsePolaritas("Negatif Rasio")).toBe("negatif-rasio");
    expect(parsePolaritas("kadang")).toBeNull();
    expect(capaian(1, 1, { polaritas: "kadang" })).toMatchObject({ kind: "problem" });
  });

  it("handles targets stated as a range", () => {
    expect(num(capaian("80-90", 85))).toBe(100);
    expect(num(capaian("80 – 90", 95))).toBeCloseTo((95 / 90) * 100, 9);
    expect(num(capaian("80 s.d. 90", 60))).toBe(75);
    // Negative polarity: above the range is worse, below is better.
    expect(num(capaian("80-90", 99, { polaritas: "negatif" }))).toBe(90);
    expect(num(capaian("80-90", 60, { polaritas: "negatif" }))).toBe(125);
  });

  it("maps qualitative targets through an explicit table and never guesses", () => {
    expect(num(capaian("WTP", "WTP"))).toBe(100);
    expect(num(capaian("WTP", "WDP"))).toBe(75);
    expect(num(capaian("Zona Hijau", "Kuning"))).toBeCloseTo(66.67, 2);
    expect(capaian("WTP", 4)).toMatchObject({ kind: "problem" });
    expect(capaian(100, "WTP")).toMatchObject({ kind: "problem" });
  });

  it("refuses only a fraction target against a realisasi in points (a capaian over 1.000 %)", () => {
    // A target of 95 % typed as text is points: a small realisasi against it is a small capaian.
    expect(num(capaian("95%", 0.94))).toBeCloseTo(0.99, 2);
    expect(capaian(0.95, "94%")).toMatchObject({ kind: "problem" });
    // The same scale on both sides is fine, and so is a real realisasi of 0.
    expect(num(capaian("95%", "94%"))).toBeCloseTo(98.95, 2);
    expect(num(capaian(0.95, 0.94))).toBeCloseTo(98.95, 2);
    expect(num(capaian("95%", 0))).toBe(0);
  });

  it("keeps empty realisasi empty and says why target 0 cannot be computed", () => {
    expect(capaian(18, "")).toEqual({ kind: "blank" });
    expect(capaian(18, "-")).toEqual({ kind: "blank" });
    expect(capaian(0, 5)).toEqual({ kind: "problem", message: "Target 0: capaian tidak dapat dihitung." });
    expect(num(capaian(0, 0, { polaritas: "negatif" }))).toBe(100);
    expect(capaian("", 5)).toMatchObject({ kind: "problem" });
  });

  it("caps at batas_atas (surat masuk/keluar: 327 of 312 printed as 100 %)", () => {
    expect(num(capaian(312, 327))).toBeCloseTo(104.81, 2);
    expect(num(capaian(312, 327, { batasAtas: 100 }))).toBe(100);
    expect(num(capaian(312, 300, { batasAtas: 100 }))).toBeCloseTo(96.15, 2);
    expect(capaian(312, 300, { batasAtas: "seratus" })).toMatchObject({ kind: "problem" });
  });
});

describe("KRITERIA", () => {
  const label = (c: unknown, scale = SCALES.permendagri86) => {
    const r = kriteria(c as number, scale);
    return r.kind === "value" ? r.value : r.kind;
  };

  it("uses half-open bands of Permendagri 86/2017 so nothing falls between bands", () => {
    expect(label(97.03)).toBe("Sangat Tinggi");
    expect(label(91)).toBe("Sangat Tinggi");
    expect(label(90.99)).toBe("Tinggi"); // the printed scale "76% ≤ 90%" leaves 90–91 uncovered
    expect(label(76)).toBe("Tinggi");
    expect(label(75.5)).toBe("Sedang");
    expect(label(72.22)).toBe("Sedang");
    expect(label(65.9)).toBe("Rendah");
    expect(label(51)).toBe("Rendah");
    expect(label(48.45)).toBe("Sangat Rendah");
    expect(label("107,95")).toBe("Sangat Tinggi");
    expect(label("")).toBe("blank");
  });

  it("knows the LAKIP and Evaluasi AKIP scales by name", () => {
    expect(label(100, SCALES.lakip)).toBe("Sangat Berhasil");
    expect(label(99.19, SCALES.lakip)).toBe("Berhasil");
    expect(label(55, SCALES.lakip)).toBe("Cukup Berhasil");
    expect(label(54.9, SCALES.lakip)).toBe("Kurang Berhasil");
    expect(label(70.92, SCALES.akip)).toBe("BB");
    expect(label(70, SCALES.akip)).toBe("B");
    expect(label(90.01, SCALES.akip)).toBe("AA");
    expect(label(30, SCALES.akip)).toBe("D");
    expect(namedScale("Permendagri 86")?.id).toBe("permendagri86");
    expect(namedScale("LAKIP")?.id).toBe("lakip");
    expect(namedScale("entah")).toBeNull();
  });

  it("reads a scale the user keeps in the sheet", () => {
    const scale = customScale([
      ["Batas bawah", "Label"],
      [0, "Kurang"],
      ["85", "Baik"],
      [100, "Istimewa"],
    ]);
    if ("kind" in scale) throw new Error(scale.message);
    expect(label(99, scale)).toBe("Baik");
    expect(label(100, scale)).toBe("Istimewa");
    expect(label(-1, scale)).toBe("problem");
  });
});

describe("EFISIENSI (LKjIP Tabel 3.20)", () => {
  const eff = (...a: Parameters<typeof efisiensi>) => {
    const r = efisiensi(...a);
    return r.kind === "value" ? r.value : r.kind;
  };

  it("computes min(capaian,100) − serapan when the target is met", () => {
    // Program Penempatan Tenaga Kerja: capaian 181 %, serapan 88,96 → 11,04
    expect(eff(181, "8.672.399.000", "7.715.264.852")).toBeCloseTo(11.04, 2);
    // Program Pelatihan Kerja: capaian 100 %, 11.567.169.818 of 16.052.340.000 → 27,94
    expect(eff(100, "16.052.340.000", "11.567.169.818")).toBeCloseTo(27.94, 2);
  });

  it("leaves it blank below 100 % capaian, never 0", () => {
    expect(eff(99.19, 15094099333, 12552570451)).toBe("blank");
  });

  it("offers selisih, kategori and rasio", () => {
    expect(eff(90, 100, 95, "selisih")).toBe(-5);
    expect(eff(90, 100, 95, "kategori")).toBe("Cukup efisien");
    expect(eff(90, 100, 80, "kategori")).toBe("Efisien");
    expect(eff(90, 100, 100, "kategori")).toBe("Tidak efisien");
    expect(eff(90, 100, 90, "rasio")).toBe(1);
  });

  it("reports pagu 0 instead of dividing by it", () => {
    expect(serapan(0, 10)).toMatchObject({ kind: "problem", message: expect.stringMatching(/^Pagu/) });
    expect(serapan(100, "")).toEqual({ kind: "blank" });
  });
});

describe("sifat target as offices write it", () => {
  it("reads the words and leaves unknown ones to the targets", () => {
    expect(parseSifat("Kumulatif")).toBe("kumulatif");
    expect(parseSifat("Akhir  Tahun")).toBe("akhir");
    expect(parseSifat("Tetap")).toBe("tetap");
    expect(parseSifat("Non Kumulatif")).toBeNull();
    // Not written: "4, 2, 2, 2" of 10 adds up; "0, 0, 0, 100" % is progress; "25 ×4" of 25 is a level.
    expect(resolveSifat("", 10, [4, 2, 2, 2], "Dokumen")).toBe("kumulatif");
    expect(resolveSifat("", 100, [0, 0, 0, 100], "%")).toBe("akhir");
    expect(resolveSifat("", 25, [25, 25, 25, 25], "Orang")).toBe("tetap");
  });
});
