/**
 * The sifat target read from the values when the plan does not write it (trial: "Persentase …"
 * indicators with TW targets 25, 50, 75, 100 or 80, 80, 80, 80 and no Target Tahunan were read
 * kumulatif, which summed targets and realisasi: target s.d. TW II 130 instead of 50). Cases are rows
 * of the reference documents; the properties use words never seen in them.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../src/core/cells";
import { agrees, isRate, readSifat, type SifatSource } from "../../src/core/sifat";

const row = (
  indikator: string,
  satuan: string,
  targetTahunan: CellValue,
  targetTw: CellValue[],
  sifat: CellValue = "",
): SifatSource => ({ indikator, satuan, targetTahunan, targetTw, sifat });

describe("readSifat: the reading and whether it is sure", () => {
  it.each([
    // DOMAIN.md's own examples.
    ["Jumlah dokumen perencanaan", "Dokumen", 2, [0, 1, 1, 0], "kumulatif", false],
    ["Persentase progres pembangunan", "%", 100, [10, 40, 70, 100], "akhir", false],
    ["Jumlah ASN yang digaji", "Orang", 25, [25, 25, 25, 25], "tetap", false],
    // Rencana Aksi Luwu Timur 2024: targets in TW IV only, percentages every TW, counts spread.
    ["Persentase Penyusunan Dokumen Perencanaan", "%", 63.57, ["", "", "", 63.57], "akhir", false],
    ["Persentase administrasi keuangan yang dilaksanakan", "%", 100, [100, 100, 100, 100], "tetap", false],
    ["Jumlah Batas Lahan Transmigran yang dibangun", "Unit", 93, [0, 0, 0, 93], "kumulatif", false],
    ["Jumlah laporan keuangan", "Laporan", 10, [4, 2, 2, 2], "kumulatif", false],
    ["Persentase pencari kerja yang ditempatkan", "%", 100, [25, 50, 75, 100], "akhir", false],
    ["Persentase lowongan yang terisi", "%", 80, [80, 80, 80, 80], "tetap", false],
    // A percentage whose TW targets add up to the annual target: a real choice, never summed silently.
    ["Persentase peserta pelatihan yang lulus", "%", 100, [25, 25, 25, 25], "akhir", true],
    ["Capaian realisasi fisik", "persen", 100, [20, 30, 30, 20], "akhir", true],
    // No Target Tahunan column (the trial): a percentage is never summed, whatever its targets.
    ["Persentase pencari kerja yang ditempatkan", "", "", [25, 50, 75, 100], "akhir", false],
    ["Persentase lowongan yang terisi", "", "", [80, 80, 80, 80], "tetap", false],
    ["Tingkat pengangguran terbuka", "", "", ["4,40%", "4,40%", "4,40%", "4,40%"], "tetap", false],
    // A count without an annual target: all equal or rising leaves the choice open.
    ["Jumlah ASN yang digaji", "Orang", "", [25, 25, 25, 25], "kumulatif", true],
    ["Jumlah peserta pelatihan", "Orang", "", [10, 20, 30, 40], "kumulatif", true],
    ["Jumlah laporan keuangan", "Laporan", "", [4, 2, 2, 2], "kumulatif", false],
    // Targets that fit nothing: tw-target's galat names the reading.
    ["Jumlah tamu yang difasilitasi", "Orang", 148, [38, 38, 38, 36], "kumulatif", true],
    ["Persentase lowongan yang terisi", "%", 85, [80, 80, 80, 80], "tetap", true],
  ] as const)("%s (%s) %s ← %j: %s, unsure %s", (indikator, satuan, annual, tw, sifat, unsure) => {
    const r = readSifat(row(indikator, satuan, annual, [...tw]));
    expect(r).toMatchObject({ sifat, unsure, source: "nilai" });
    expect(r.why).toMatch(/^[a-z]/);
  });

  it("a written sifat always wins, and is never unsure", () => {
    expect(
      readSifat(row("Persentase peserta pelatihan yang lulus", "%", 100, [25, 25, 25, 25], "Kumulatif")),
    ).toEqual({
      sifat: "kumulatif",
      source: "tertulis",
      unsure: false,
      why: 'tertulis "Kumulatif"',
    });
  });

  it("the tolerance: decimals agree to the rounding typed, whole numbers exactly", () => {
    // 33,33 × 3 = 99,99 against 100: within 3 × 0,005.
    expect(readSifat(row("Jumlah jam pelatihan", "Jam", 100, [33.33, 33.33, 33.33, 0])).sifat).toBe(
      "kumulatif",
    );
    expect(readSifat(row("Jumlah jam pelatihan", "Jam", 100, [33.33, 33.33, 33.33, 0])).unsure).toBe(false);
    // 33 × 3 = 99 against 100: whole numbers, no slack.
    expect(readSifat(row("Jumlah jam pelatihan", "Jam", 100, [33, 33, 33, 0])).unsure).toBe(true);
    expect(agrees(63.57, 63.6)).toBe(true);
    expect(agrees(63.5, 63.6)).toBe(false);
    expect(agrees(1199, 1200)).toBe(false);
  });
});

/** Words that are no SAKIP word: lowercase letters, never a rate word. */
const word = fc
  .stringMatching(/^[a-z]{3,9}$/)
  .filter((w) => !isRate({ satuan: w, indikator: w, targetTahunan: "", targetTw: [] }));
const name = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(" "));
const rateName = fc
  .tuple(fc.constantFrom("Persentase", "Tingkat", "Rasio", "Indeks", "Prosentase"), name)
  .map(([a, b]) => `${a} ${b}`);
const target = fc.integer({ min: 0, max: 5000 });
const quad = fc.tuple(target, target, target, target);

describe("readSifat over names and values never seen", () => {
  it("a percentage or a rate is never summed unless a person writes kumulatif", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(name, fc.constantFrom("%", "Persen", "persen (%)", "Indeks", "Rasio")),
          fc.tuple(rateName, fc.oneof(word, fc.constant(""))),
        ),
        fc.oneof(target, fc.constant("")),
        quad,
        ([indikator, satuan], annual, tw) => {
          expect(readSifat(row(indikator, satuan, annual, tw)).sifat).not.toBe("kumulatif");
          expect(readSifat(row(indikator, satuan, annual, tw, "kumulatif")).sifat).toBe("kumulatif");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a count whose TW targets add up to the annual one (and do not end on it) is kumulatif, sure", () => {
    fc.assert(
      fc.property(
        name,
        word,
        fc.tuple(fc.integer({ min: 1, max: 999 }), target, target, fc.integer({ min: 1, max: 999 })),
        (indikator, satuan, tw) => {
          const annual = tw.reduce((a, b) => a + b, 0);
          expect(readSifat(row(indikator, satuan, annual, tw))).toMatchObject({
            sifat: "kumulatif",
            unsure: false,
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("TW targets all equal to the annual one are tetap; ending on it and rising, akhir; for any name", () => {
    fc.assert(
      fc.property(
        fc.oneof(name, rateName),
        fc.oneof(word, fc.constant("%")),
        fc.integer({ min: 1, max: 5000 }),
        (indikator, satuan, t) => {
          expect(readSifat(row(indikator, satuan, t, [t, t, t, t])).sifat).toBe("tetap");
          const rising = [Math.floor(t / 4), Math.floor(t / 2), Math.floor((3 * t) / 4), t];
          if (rising.reduce((a, b) => a + b, 0) !== t)
            expect(readSifat(row(indikator, satuan, t, rising))).toMatchObject({
              sifat: "akhir",
              unsure: false,
            });
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** A decimal as offices type it: "6", "4,5", "12,25". */
const typed = fc
  .tuple(fc.integer({ min: 0, max: 999 }), fc.constantFrom("", ",5", ",25"))
  .map(([n, d]) => `${n}${d}`);
/** A target that is no number: a range, a bound, a qualitative word (known or never seen). */
const textTarget = fc.oneof(
  fc
    .tuple(typed, fc.constantFrom("-", " - ", "–", " s.d. ", " s/d ", " sampai "), typed)
    .map(([a, sep, b]) => `${a}${sep}${b}`),
  fc
    .tuple(
      fc.constantFrom("≤ ", "≥ ", "<= ", "maks. ", "minimal ", "paling sedikit "),
      typed,
      fc.constantFrom("", "%"),
    )
    .map(([w, n, p]) => `${w}${n}${p}`),
  fc.constantFrom("WTP", "Zona Hijau", "BB", "Paripurna", "Baik"),
  word.map((w) => w.toUpperCase()),
);

describe('readSifat: one target text in every TW (trial 8 #2: AvLOS "6-9" read kumulatif, summed)', () => {
  it.each([
    ["Average Length of Stay (AvLOS)", "Hari", "6-9", "6-9"],
    ["Average Length of Stay (AvLOS)", "Hari", "", "6 s.d. 9"],
    ["Net Death Rate (NDR)", "‰", "", "≤ 25"],
    ["Bed Occupancy Rate (BOR)", "%", "60–85 %", "60–85 %"],
    ["Opini BPK atas laporan keuangan", "Opini", "WTP", "WTP"],
    ["Nilai SAKIP", "Predikat", "-", "BB"],
    ["Jumlah dokter spesialis", "Orang", 12, 12],
  ] as const)("%s (%s) %j, every TW %j: tetap, sure", (indikator, satuan, annual, tw) => {
    expect(readSifat(row(indikator, satuan, annual, [tw, tw, tw, tw]))).toMatchObject({
      sifat: "tetap",
      unsure: false,
    });
  });

  it("a range, a bound or a word typed in every TW is tetap, with that annual target or none; for any name", () => {
    fc.assert(
      fc.property(
        fc.oneof(name, rateName),
        fc.oneof(word, fc.constant("%"), fc.constant("")),
        textTarget,
        fc.boolean(),
        (indikator, satuan, t, withAnnual) => {
          const tw = [t, t, t, t];
          expect(readSifat(row(indikator, satuan, withAnnual ? t : "", tw))).toEqual({
            sifat: "tetap",
            source: "nilai",
            unsure: false,
            why: `setiap target TW "${t}"`,
          });
          // A person's word still wins.
          expect(readSifat(row(indikator, satuan, t, tw, "Kumulatif")).sifat).toBe("kumulatif");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("not the same text in every TW, or another annual target: not read from the text", () => {
    fc.assert(
      fc.property(name, word, textTarget, textTarget, (indikator, satuan, t, other) => {
        fc.pre(t.toLowerCase() !== other.toLowerCase());
        const text = /^setiap target TW "/;
        expect(readSifat(row(indikator, satuan, "", ["", "", "", t])).why).not.toMatch(text);
        expect(readSifat(row(indikator, satuan, "", [t, t, t, other])).why).not.toMatch(text);
        expect(readSifat(row(indikator, satuan, other, [t, t, t, t])).why).not.toMatch(text);
      }),
      { numRuns: 200 },
    );
  });
});
