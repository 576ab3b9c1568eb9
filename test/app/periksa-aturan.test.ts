import { describe, expect, it } from "vitest";
import { periksa, REPORT_TAB } from "../../src/app/periksa";
import { ruleTitles } from "../../src/core/checks";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";

describe('the Aturan column of Hasil Pemeriksaan (trial: staff read "format-angka", "anggaran-induk")', () => {
  it("names each finding's rule in Indonesian; the result (the CLI's --json) keeps the rule's code", () => {
    const wb = demoWorkbook();
    const { port } = emulatedPort(wb);
    const result = periksa(port, { tw: 2, now: new Date("2024-07-05T03:00:00Z") });
    expect(result.findings.length).toBeGreaterThan(0);
    const tab = wb.getTab(REPORT_TAB);
    const rows = wb.values(tab, { row: 3, col: 1, rows: result.findings.length, cols: 7 });
    const titles = ruleTitles();
    const aturan = rows.map((r) => r[2]);
    expect(aturan).toEqual(result.findings.map((f) => titles[f.rule]));
    for (const name of aturan) {
      expect(name).toMatch(/^[A-Z][^-]* [a-z]/);
      expect(name).not.toMatch(/^[a-z]+(-[a-z]+)+$/);
    }
    expect(result.findings.map((f) => f.rule).every((r) => /^[a-z]+(-[a-z]+)*$/.test(r))).toBe(true);
  });
});
