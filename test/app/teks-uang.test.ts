/**
 * Amounts typed as text money, as offices type them (trial 6 #2/#5/#9/#10): "Rp 1.450.000.000,00"
 * in a cell formatted as plain text, "Rp. 82.476.650", ". 16.750.000". The evaluation tab read them
 * as text: the Ringkasan summed the bidang's pagu and realisasi without them (Kesmas pagu 0, a
 * serapan over a pagu lacking the spending bidang), the LAKIP printed partial sums or was refused,
 * Verifikasi recomputed another figure. Now a plan cell holding text when the tab is built is read
 * as CAPAIAN and Periksa read it, and every figure is what the same amounts typed as numbers give:
 * the evaluation tab, the Ringkasan, the report; Periksa notes the cells as text it counted.
 */
import { describe, expect, it } from "vitest";
import { generateLaporan } from "../../src/app/laporan";
import { periksa } from "../../src/app/periksa";
import { generateTriwulan } from "../../src/app/triwulan";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";

const TAB = "Bidang Transmigrasi";
/** Program pagu, a sub kegiatan's RAK TW I and realisasi anggaran TW II, as text money. */
const TEXT: Record<string, [number, number, string]> = {
  N5: [5, 14, "Rp. 82.476.650"],
  O7: [7, 15, ". 16.750.000"],
  X7: [7, 24, "Rp 15.400.000,00"],
};

function office(asText: boolean) {
  const wb = demoWorkbook();
  const tab = wb.getTab(TAB);
  const numbers = Object.values(TEXT).map(([row, col]) => wb.value(tab, row, col));
  expect(numbers).toEqual([82_476_650, 16_750_000, 15_400_000]);
  if (asText) for (const [row, col, text] of Object.values(TEXT)) wb.write(tab, row, col, [[text]]);
  const { port } = emulatedPort(wb);
  const { tab: evaluasi } = generateTriwulan(port, { tw: 2, tahun: "2024" });
  const summary = port.read(evaluasi.replace("Evaluasi", "Ringkasan")).values;
  const laporan = generateLaporan(port, { tw: 2 });
  const report = port.read(laporan.tab).values;
  const findings = periksa(port, { tw: 2, writeReport: false }).findings.filter(
    (f) => f.sheet === TAB && Object.keys(TEXT).includes(f.cell ?? ""),
  );
  return { evaluation: port.read(evaluasi).values, summary, report, findings, wb };
}

describe("text money in the plan", () => {
  it("gives every figure the same amounts typed as numbers give: evaluation, Ringkasan, LAKIP", () => {
    const numbers = office(false);
    const text = office(true);
    expect(text.wb.value(text.wb.getTab(TAB), 7, 24)).toBe("Rp 15.400.000,00");
    const row = (values: unknown[][]) => values.find((r) => r[0] === "Bidang Transmigrasi");
    expect(row(text.summary)).toEqual(row(numbers.summary));
    expect(row(text.summary)?.slice(11, 13)).toEqual([924_007_650, 394_993_360]);
    expect(text.summary).toEqual(numbers.summary);
    // Hidden "Kata …" cells differ (text is read by a longer formula); every shown figure is the same.
    const shown = (values: unknown[][]) => values.map((r) => r.slice(0, 40));
    expect(shown(text.evaluation)).toEqual(shown(numbers.evaluation));
    expect(text.report).toEqual(numbers.report);
  });

  it("is noted by Periksa as text it counts, not as an unread galat", () => {
    const { findings } = office(true);
    expect(findings.map((f) => [f.cell, f.severity])).toEqual(
      expect.arrayContaining([
        ["N5", "info"],
        ["O7", "info"],
        ["X7", "info"],
      ]),
    );
    expect(findings.every((f) => f.severity === "info")).toBe(true);
    expect(findings.find((f) => f.cell === "X7")?.message).toContain("yang dihitung sebagai 15.400.000");
  });
});
