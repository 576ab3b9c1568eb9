/**
 * `Range.getNumberFormat()` of a cell no one formatted. Google's reference
 * (developers.google.com/apps-script/reference/spreadsheet/range#getnumberformat) says only "Get
 * the number or date formatting of the top-left cell of the given range", in the patterns of the
 * Sheets API's Date and Number Formats guide, whose NumberFormat has no pattern when none is set ("a
 * default pattern based on the spreadsheet's locale will be used"): no value is documented. Sheets
 * is seen to report "General" or "0.###############". The emulator reports "General" unless told
 * otherwise (`unformattedNumberFormat`), either written back leaves the cell unformatted, and the
 * add-on (Periksa's percent checks, the evaluation tab, the report, the misleading-format check)
 * says the same under both.
 */
import { describe, expect, it } from "vitest";
import { laporanDocument } from "../../../src/app/laporan";
import { periksa } from "../../../src/app/periksa";
import { generateTriwulan } from "../../../src/app/triwulan";
import { misleadingFormats } from "../../../src/core/derived";
import { PERCENT_NOTE } from "../../../src/core/evaluasi";
import { demoWorkbook } from "../../../src/emulator/demo";
import { createGas } from "../../../src/emulator/facade";
import type { GasOptions } from "../../../src/emulator/facade/env";
import { emulatedPort } from "../../../src/emulator/session";
import { MemoryWorkbook } from "../../../src/emulator/workbook";
import { evaluationRows } from "../../utils/evaluasi";

const UNFORMATTED: NonNullable<GasOptions["unformattedNumberFormat"]>[] = ["General", "0.###############"];

describe("getNumberFormat of a never-formatted cell", () => {
  it('is "General" by default, and what the spreadsheet reports when told', () => {
    for (const [options, expected] of [
      [{}, "General"],
      [{ unformattedNumberFormat: "0.###############" }, "0.###############"],
    ] as const) {
      const wb = new MemoryWorkbook();
      wb.addTab("Sheet1");
      const sheet = createGas(wb, options).SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      sheet.getRange("A1").setValue(12.5);
      expect(sheet.getRange("A1").getNumberFormat()).toBe(expected);
      expect(sheet.getRange("A1:B1").getNumberFormats()).toEqual([[expected, expected]]);
      sheet.getRange("B1").setNumberFormat("0.00%");
      expect(sheet.getRange("A1:B1").getNumberFormats()).toEqual([[expected, "0.00%"]]);
    }
  });

  it.each(UNFORMATTED)("%s written back leaves the cell unformatted", (reported) => {
    const wb = new MemoryWorkbook();
    const tab = wb.addTab("Sheet1");
    const sheet = createGas(wb, { unformattedNumberFormat: reported })
      .SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()[0];
    sheet.getRange("A1:A2").setNumberFormats(sheet.getRange("A1:A2").getNumberFormats());
    sheet.getRange("A1").setNumberFormat(reported);
    expect(tab.style(1, 1).numberFormat).toBeUndefined();
    expect(tab.style(2, 1).numberFormat).toBeUndefined();
  });
});

/** The demo office with "61,68%" typed in a percent-formatted realisasi, as the trial did. */
function office(reported: (typeof UNFORMATTED)[number]) {
  const wb = demoWorkbook();
  const { port, gas } = emulatedPort(wb, { unformattedNumberFormat: reported });
  const sheet = gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Bidang Transmigrasi");
  if (!sheet) throw new Error("demo tab missing");
  const values = sheet.getDataRange().getValues();
  const row = values.findIndex((r) => r.includes("Persentase Warga Transmigran Mandiri")) + 1;
  const header = values.find((r) => r.some((h) => /^Realisasi TW I$/i.test(String(h)))) ?? [];
  const realisasi = header.findIndex((h) => /^Realisasi TW I$/i.test(String(h))) + 1;
  if (row < 1 || realisasi < 1) throw new Error("demo row missing");
  sheet.getRange(row, realisasi).setValue("61,68%");
  return { wb, port };
}

describe("the add-on reads a never-formatted cell the same whichever of the two Sheets reports", () => {
  const outcome = (reported: (typeof UNFORMATTED)[number]) => {
    const { port } = office(reported);
    const check = periksa(port, { tw: 1, writeReport: false });
    const { tab } = generateTriwulan(port, { tw: 1, tahun: "2024" });
    const rows = evaluationRows(port, tab);
    const read = port.read(tab, { formats: true });
    const doc = laporanDocument(port, { tw: 1, tahun: "2024" });
    return {
      findings: check.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`),
      rows,
      misleading: misleadingFormats(read.formats?.numberFormat ?? [], read.values),
      prose: doc.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : [])),
    };
  };

  it('Periksa, the evaluation tab, the report and the format check agree under "General" and "0.###############"', () => {
    const [general, hashes] = UNFORMATTED.map(outcome);
    expect(hashes).toEqual(general);
    // The percent-formatted cell is read as 61,68 points everywhere (Periksa no longer calls it a
    // mixed scale), the tab says where it was read from, and no unformatted cell is taken for a
    // misleading one.
    expect(general.findings.join("\n")).not.toMatch(/skala persen/);
    expect(general.misleading).toEqual([]);
    const row = general.rows.find((r) => r.Indikator === "Persentase Warga Transmigran Mandiri");
    expect(row?.["Realisasi TW I"]).toBeCloseTo(61.68, 9);
    expect(String(row?.Keterangan)).toContain(PERCENT_NOTE);
  });
});
