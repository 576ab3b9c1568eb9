/**
 * The polaritas computed with, and the signs that lower is better (trial: a plan without a Polaritas
 * column had "Tingkat Pengangguran Terbuka" judged by the negative formula in Periksa while the
 * evaluation tab computed it positif). Rows of the reference documents; properties over unseen words.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../src/core/cells";
import { CAPAIAN } from "../../src/core/functions";
import type { PlanRow } from "../../src/core/plan";
import { POLARITAS_TEBAKAN, readPolaritas } from "../../src/core/polaritas";

type Source = Parameters<typeof readPolaritas>[0];
const row = (indikator: string, more: Partial<Source> = {}): Source => ({
  indikator,
  polaritas: "",
  satuan: "",
  sifat: "",
  targetTahunan: "",
  targetTw: ["", "", "", ""],
  realisasiTahunan: "",
  capaian: "",
  ...more,
});
const q = (...v: CellValue[]) => v as PlanRow["targetTw"];

describe("readPolaritas", () => {
  it.each([
    // Rencana Aksi (PermenPAN-RB 53/2014 form), LKjIP Kutai Kartanegara: TW targets 4,60 → 4,40.
    [
      "Tingkat Pengangguran Terbuka (%)",
      { targetTahunan: "4,40", targetTw: q("4,60", "4,55", "4,50", "4,40") },
      ['kata "tingkat pengangguran"', "target TW turun (4,6; 4,55; 4,5; 4,4)"],
    ],
    // PK tab with last year's figures: the printed capaian is the negative formula's.
    [
      "Tingkat Pengangguran Terbuka",
      { targetTahunan: "4,40", realisasiTahunan: "4,05", capaian: "107,95" },
      ['kata "tingkat pengangguran"', "capaian tertulis 107,95 memakai rumus negatif"],
    ],
    // Targets of earlier years falling: 5,1 (2022), 4,8 (2023), 4,4 (2024); words unseen.
    [
      "Angka ketidakhadiran pegawai",
      {
        targetTahunan: "4,4",
        tahunLain: [
          { tahun: 2022, target: "5,1", realisasi: "", persentase: "" },
          { tahun: 2023, target: "4,8", realisasi: "", persentase: "" },
        ],
      },
      ["target tahunan turun dari tahun ke tahun (5,1; 4,8; 4,4)"],
    ],
    // Two years only: a head count falling by retirements is no sign (trial 8 #9).
    [
      "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN",
      {
        targetTahunan: "2.390",
        tahunLain: [{ tahun: 2025, target: "2.415", realisasi: "", persentase: "" }],
      },
      [],
    ],
    // Handled cases and rising targets: nothing.
    [
      "Persentase kasus perselisihan hubungan industrial yang di fasilitasi",
      { targetTw: q(25, 50, 75, 100) },
      [],
    ],
    ["Persentase Pencari Kerja yang terdaftar Ditempatkan", { targetTw: q("2", "5", "8", "10,37") }, []],
    ["Jumlah Program Pengentasan Kemiskinan", {}, []],
    // Positive printed capaian (the LKjIP's 92): no sign from it, only the words.
    [
      "Tingkat Pengangguran Terbuka",
      { targetTahunan: "4,40", realisasiTahunan: "4,05", capaian: "92%" },
      ['kata "tingkat pengangguran"'],
    ],
  ] as const)("%s %j → %j", (indikator, more, signs) => {
    const r = readPolaritas(row(indikator, more as Partial<Source>));
    expect(r).toEqual({ polaritas: "positif", source: "tebakan", negativeSigns: signs });
  });

  it("a written polaritas is taken as written", () => {
    expect(readPolaritas(row("Tingkat Pengangguran Terbuka", { polaritas: "Negatif" }))).toMatchObject({
      polaritas: "negatif",
      source: "tertulis",
    });
    expect(readPolaritas(row("Tingkat Pengangguran Terbuka", { polaritas: "Positif" }))).toMatchObject({
      polaritas: "positif",
      source: "tertulis",
      negativeSigns: ['kata "tingkat pengangguran"'],
    });
  });

  it("CAPAIAN reads the evaluation tab's guess as positif", () => {
    expect(CAPAIAN(4.4, 4.05, POLARITAS_TEBAKAN)).toBeCloseTo(92.045, 3);
  });
});

const word = fc.stringMatching(/^[a-z]{3,9}$/);
const name = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(" "));
const value = fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.constant(""));

describe("readPolaritas over names and values never seen", () => {
  it("never flips an unwritten polaritas: whatever the words and values, it is computed positif", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          name,
          name.map((n) => `Tingkat pengangguran ${n}`),
          name.map((n) => `Jumlah kasus ${n}`),
        ),
        fc.tuple(value, value, value, value),
        value,
        value,
        (indikator, tw, t, r) => {
          const reading = readPolaritas(
            row(indikator, { targetTw: tw as PlanRow["targetTw"], targetTahunan: t, realisasiTahunan: r }),
          );
          expect(reading.polaritas).toBe("positif");
          expect(reading.source).toBe("tebakan");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a written polaritas wins over every sign", () => {
    fc.assert(
      fc.property(
        name,
        fc.constantFrom("negatif", "Negatif", "turun", "-", "positif", "Naik", "negatif-rasio"),
        (n, written) => {
          const r = readPolaritas(
            row(`Tingkat pengangguran ${n}`, { polaritas: written, targetTw: q(5, 4, 3, 2) }),
          );
          expect(r.source).toBe("tertulis");
          expect(r.polaritas).toBe(
            /^(negatif|turun|-)$/i.test(written)
              ? "negatif"
              : written === "negatif-rasio"
                ? "negatif-rasio"
                : "positif",
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it("falling quarterly targets of a flow (kumulatif: 3, 3, 2, 2 of 10) are no sign", () => {
    expect(
      readPolaritas(row("Jumlah pelatihan", { targetTahunan: 10, targetTw: q(3, 3, 2, 2) })).negativeSigns,
    ).toEqual([]);
    expect(
      readPolaritas(row("Jumlah pelatihan", { targetTahunan: 2, targetTw: q(3, 3, 2, 2) })).negativeSigns,
    ).toEqual(["target TW turun (3; 3; 2; 2)"]);
  });

  it("rising or level targets of unseen words give no sign; falling ones of a level always do", () => {
    fc.assert(
      fc.property(
        name,
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 4, maxLength: 4 }),
        (n, xs) => {
          const up = [...xs].sort((a, b) => a - b);
          const words = readPolaritas(row(n)).negativeSigns;
          expect(readPolaritas(row(n, { targetTw: q(...up) })).negativeSigns).toEqual(words);
          if (up[0] < up[3])
            expect(
              readPolaritas(row(n, { targetTahunan: up[0], targetTw: q(...[...up].reverse()) }))
                .negativeSigns,
            ).toContainEqual(expect.stringMatching(/^target TW turun/));
        },
      ),
      { numRuns: 300 },
    );
  });
});
