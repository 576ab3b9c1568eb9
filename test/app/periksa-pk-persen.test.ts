/**
 * Trial 8 #8: the PK's target "72%" typed in Sheets id-ID is stored as 0,72 formatted 0.00 % (it
 * shows 72,00 %), the Rencana Aksi's target is 72 (points). Periksa said "Target PK … 0,72 tidak sama
 * dengan target Rencana Aksi 72", a false galat that made the office send with a reason. The PK's
 * percent-formatted target is read as the number a person sees, as the plan's cells are; a real
 * difference (97,5 % in the PK against 97) is still a galat, and an unformatted 0,72 beside 72 too.
 */
import { describe, expect, it } from "vitest";
import { periksa } from "../../src/app/periksa";
import { createGas } from "../../src/emulator/facade";
import { emulatedPort } from "../../src/emulator/session";
import { templateCol, typedPlan } from "../utils/typed-plan";

const APK = "Angka Partisipasi Kasar (APK) PAUD";
const APM = "Angka Partisipasi Murni (APM) SD";

/** A bidang tab with APK 72 and APM 97, and a PK tab whose targets are typed as `typed`. */
function office(typed: [string | number, string | number]) {
  const plan = (indikator: string, target: string) => ({
    kode: "1.01.02",
    indikator,
    satuan: "%",
    sifat: "tetap",
    targetTahunan: target,
    targetTw1: target,
    targetTw2: target,
    targetTw3: target,
    targetTw4: target,
  });
  const wb = typedPlan("Bid. PAUD", [plan(APK, "72"), plan(APM, "97")]);
  const pk = wb.addTab("PK 2026");
  wb.write(pk, 1, 1, [
    ["PERJANJIAN KINERJA TAHUN 2026", "", "", "", ""],
    ["", "", "", "", ""],
    ["No", "Sasaran", "Indikator", "Satuan", "Target"],
    [1, "Meningkatnya akses PAUD", APK, "%", ""],
    [2, "Meningkatnya akses SD", APM, "%", ""],
  ]);
  const sheet = createGas(wb).SpreadsheetApp.getActiveSpreadsheet().getSheetByName("PK 2026");
  typed.forEach((t, i) => {
    sheet?.getRange(4 + i, 5, 1, 1).setValue(t);
  });
  return wb;
}

const pkFindings = (wb: ReturnType<typeof office>) =>
  periksa(emulatedPort(wb).port, { tw: 2, writeReport: false })
    .findings.filter((f) => f.rule === "pk-renaksi")
    .map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.message}`);

describe("Periksa: a PK target typed as a percent", () => {
  it("'72%' (0,72 formatted 0.00 %) agrees with the Rencana Aksi's 72; '97,5%' against 97 is still a galat", () => {
    const wb = office(["72%", "97,5%"]);
    expect(wb.value(wb.getTab("PK 2026"), 4, 5)).toBe(0.72);
    expect(pkFindings(wb)).toEqual([
      `error PK 2026!E5 Target PK indikator "${APM}" 97,5 tidak sama dengan target Rencana Aksi 97 ('Bid. PAUD'!${String.fromCharCode(64 + templateCol("targetTahunan"))}3).`,
    ]);
  });

  it("0,72 typed in a plain cell beside 72 is still a galat", () => {
    expect(pkFindings(office([0.72, 97]))).toEqual([
      expect.stringMatching(
        /^error PK 2026!E4 Target PK indikator "Angka Partisipasi Kasar \(APK\) PAUD" 0,72 tidak sama/,
      ),
    ]);
  });
});
