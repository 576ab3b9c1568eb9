/**
 * A pagu typed as text the evaluation tab's formulas cannot read ("1,45M", "7,3T": an amount with
 * its scale glued on) stays text in the tab: the row's serapan thd pagu is blank and the Ringkasan
 * sums the bidang's pagu without it, so its serapan reads higher (demo office: 924.007.650 →
 * 841.531.000). Periksa called it an info with no effect; it is a galat saying the effect, the
 * cell and what to type, as for RAK and realisasi anggaran. (Text money with "Rp" or a mark before
 * the number is read: test/app/teks-uang.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { periksa } from "../../../../src/app/periksa";
import { generateTriwulan } from "../../../../src/app/triwulan";
import { buildContext } from "../../../../src/core/checks";
import { formatAngka } from "../../../../src/core/checks/rules/format-angka";
import { demoWorkbook } from "../../../../src/emulator/demo";
import { emulatedPort } from "../../../../src/emulator/session";
import { col, templateTab, tw } from "../../../fixtures/checks";

describe("format-angka: a pagu the evaluation tab cannot read", () => {
  it("is a galat naming the cell, the number meant, what happens, and what to type", () => {
    const fs = formatAngka.run(
      buildContext([
        templateTab("Bidang Transmigrasi", [
          {
            indikator: "Persentase Penetapan Kawasan Transmigrasi",
            satuan: "%",
            targetTahunan: 100,
            pagu: "1,45M",
            ...tw("rakTw", [64_250_000, 18_226_650, 0, 0]),
          },
          {
            indikator: "Luas Kawasan Transmigrasi yang dicanangkan",
            satuan: "Ha",
            targetTahunan: 60,
            pagu: "7,3T",
            ...tw("rakTw", [6_535_000, 0, 0, 0]),
          },
        ]),
      ]).ctx,
    );
    const pagu = fs.filter((f) => f.cell?.startsWith(col("pagu")));
    expect(pagu.map((f) => [f.severity, f.cell, f.related?.map((r) => r.cell)])).toEqual([
      ["error", `${col("pagu")}2`, [`${col("pagu")}3`]],
    ]);
    expect(pagu[0].message).toBe(
      `Ada 2 sel di Pagu (kolom ${col("pagu")}) berisi angka dengan tulisan yang tidak terbaca oleh rumus tab evaluasi, mis. ${col("pagu")}2 "1,45M" (maksudnya 1.450.000.000), sehingga serapan thd pagu barisnya kosong dan pagu serta serapan bidangnya di Ringkasan dihitung tanpa angka ini.`,
    );
    expect(pagu[0].suggestion).toBe(
      "Ketik angkanya saja (mis. 1.450.000.000) tanpa satuan, Rp, atau %, lalu atur format angkanya.",
    );
  });

  it("says what the tab does: the demo office's program pagu typed so leaves the Ringkasan's pagu short", () => {
    const ringkasanPagu = (edit: boolean) => {
      const { port, gas } = emulatedPort(demoWorkbook());
      const sheet = gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Bidang Transmigrasi");
      if (!sheet) throw new Error("demo tab missing");
      expect(sheet.getRange("N5").getValue()).toBe(82_476_650);
      if (edit) sheet.getRange("N5").setValue("0,082476650M");
      const { tab } = generateTriwulan(port, { tw: 2, tahun: "2024" });
      const summary = port.read(tab.replace("Evaluasi", "Ringkasan")).values;
      const header = summary.find((r) => r[0] === "Bidang") ?? [];
      const row = summary.find((r) => r[0] === "Bidang Transmigrasi") ?? [];
      const found = edit ? periksa(port, { tw: 2, writeReport: false }).findings : [];
      return {
        pagu: row[header.indexOf("Pagu (Rp)")],
        galat: found.filter((f) => f.cell === "N5" && f.severity === "error"),
      };
    };
    const before = ringkasanPagu(false);
    const after = ringkasanPagu(true);
    expect(before.pagu).toBe(924_007_650);
    expect(after.pagu).toBe(924_007_650 - 82_476_650);
    expect(after.galat.map((f) => f.message)).toEqual([
      expect.stringContaining("di Ringkasan dihitung tanpa angka ini"),
    ]);
  });
});
