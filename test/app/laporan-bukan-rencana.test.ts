/**
 * The report tab the add-on writes ("Laporan TW II 2024") is never read as a bidang's plan: before,
 * making the report turned Periksa's 1 galat into 38 and made "Kirim untuk reviu" ask for a reason.
 */
import { expect, it } from "vitest";
import { generateLaporan } from "../../src/app/laporan";
import { periksa } from "../../src/app/periksa";
import { readWorkbook } from "../../src/app/plans";
import { generateTriwulan } from "../../src/app/triwulan";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";

it("leaves the plans and Periksa's findings as they were after Buat laporan", () => {
  const { port } = emulatedPort(demoWorkbook());
  generateTriwulan(port, { tw: 2 });
  const plansBefore = readWorkbook(port).plans.map((p) => p.tab);
  const before = periksa(port, { tw: 2, writeReport: false }).findings;
  const laporan = generateLaporan(port, { tw: 2 });
  expect(port.tabs().map((t) => t.name)).toContain(laporan.tab);
  expect(readWorkbook(port).plans.map((p) => p.tab)).toEqual(plansBefore);
  const after = periksa(port, { tw: 2, writeReport: false }).findings;
  expect(after.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual(
    before.map((f) => `${f.sheet}!${f.cell} ${f.rule}`),
  );
});
