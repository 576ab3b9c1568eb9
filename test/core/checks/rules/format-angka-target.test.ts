/**
 * Trial 7 #26: targets written as in the PK ("≥ 80%", "min. 80", "maks. 9") are read as bounds, and
 * Periksa says so once (info); a target nobody can read is a galat naming the cell, so Kirim does
 * not pass a quarter whose row has no capaian (the trial saw "0 galat" beside "Target … bukan angka").
 */
import { describe, expect, it } from "vitest";
import { buildContext, checkWorkbook } from "../../../../src/core/checks";
import { formatAngka } from "../../../../src/core/checks/rules/format-angka";
import { col, templateTab, tw } from "../../../fixtures/checks";

const rows = [
  {
    // The trial's row ('Eselon III' J9:N9).
    indikator: "Persentase jembatan kabupaten dalam kondisi baik",
    satuan: "%",
    targetTahunan: "≥ 80%",
    ...tw("targetTw", ["≥ 78%", "≥ 78%", "≥ 79%", "≥ 80%"]),
    ...tw("realisasiTw", [78.5, 78.5, "", ""]),
  },
  {
    indikator: "Indeks kepuasan masyarakat",
    satuan: "nilai",
    targetTahunan: "min. 80",
    ...tw("targetTw", ["paling sedikit 80", "minimal 80", 80, 80]),
    ...tw("realisasiTw", [83.1, 83.1, "", ""]),
  },
  {
    indikator: "Jumlah kawasan kumuh",
    satuan: "kawasan",
    polaritas: "negatif",
    targetTahunan: "≤ 9",
    ...tw("targetTw", ["maks. 9", "paling banyak 9", "≤ 9", "≤ 9"]),
    ...tw("realisasiTw", [9, 10, "", ""]),
  },
  {
    indikator: "Persentase rumah layak huni",
    satuan: "%",
    targetTahunan: "delapan puluh",
    ...tw("targetTw", ["≥ 80 dan ≤ 90", 80, 80, 80]),
    ...tw("realisasiTw", [81, 82, "", ""]),
  },
];

describe("format-angka: bounds per TW of a kumulatif indicator", () => {
  it("are a galat: the target s.d. TW is their sum, which no one can compute", () => {
    const fs = formatAngka.run(
      buildContext([
        templateTab("Bidang Cipta Karya", [
          {
            indikator: "Jumlah dokumen perencanaan yang disusun",
            satuan: "dokumen",
            sifat: "kumulatif",
            targetTahunan: "min. 4",
            ...tw("targetTw", ["min. 1", "min. 1", "min. 1", "min. 1"]),
          },
        ]),
      ]).ctx,
    );
    const errors = fs.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.cell)).toEqual(
      ["targetTw1", "targetTw2", "targetTw3", "targetTw4"].map((f) => `${col(f as "targetTw1")}2`),
    );
    expect(errors[0].message).toBe(
      `Ada 1 sel di Target TW I (kolom ${col("targetTw1")}) berisi batas pada indikator bersifat kumulatif, mis. ${col("targetTw1")}2 "min. 1": target s.d. TW tidak dapat dijumlah, sehingga capaian s.d. TW dan kriterianya tidak dihitung.`,
    );
    // The annual bound is read: an info.
    expect(fs.find((f) => f.cell === `${col("targetTahunan")}2`)?.severity).toBe("info");
  });
});

describe("format-angka: targets (trial 7 #26)", () => {
  const findings = formatAngka.run(buildContext([templateTab("Bidang Bina Marga", rows)]).ctx);
  const targetFindings = findings.filter((f) => /target/i.test(f.message));

  it("a target no one can read is a galat naming its cell and what it costs", () => {
    const errors = targetFindings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.cell, f.message])).toEqual([
      [
        `${col("targetTahunan")}5`,
        `Ada 1 sel di Target Tahunan (kolom ${col("targetTahunan")}) yang tidak terbaca sebagai target, mis. ${col("targetTahunan")}5 "delapan puluh": capaiannya tidak dapat dihitung.`,
      ],
      [`${col("targetTw1")}5`, expect.stringContaining(`${col("targetTw1")}5 "≥ 80 dan ≤ 90"`)],
    ]);
  });

  it("bounds are read, never a galat; an info says once how they are compared", () => {
    const infos = targetFindings.filter((f) => f.severity === "info" && f.message.includes("batas"));
    expect(infos.map((f) => f.cell)).toEqual([
      `${col("targetTahunan")}2`,
      `${col("targetTw1")}2`,
      `${col("targetTw2")}2`,
      `${col("targetTw3")}2`,
      `${col("targetTw4")}2`,
    ]);
    expect(infos[0].message).toBe(
      `Ada 3 sel di Target Tahunan (kolom ${col("targetTahunan")}) berisi target berupa batas, mis. ${col("targetTahunan")}2 "≥ 80%": capaiannya 100 bila batas itu tercapai, bila tidak realisasi dibandingkan dengan batasnya.`,
    );
  });

  it("the whole Periksa counts the unreadable targets as galat (the trial saw 0 galat)", () => {
    const all = checkWorkbook([templateTab("Bidang Bina Marga", rows)], { currentTw: 2 });
    const galat = all.findings.filter((f) => f.severity === "error" && /target/.test(f.message));
    expect(galat.length).toBe(2);
  });
});
