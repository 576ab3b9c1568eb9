import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dinas } from "../../scripts/synthetic";
import { periksa, REPORT_TAB } from "../../src/app/periksa";
import { groupFindings } from "../../src/core/checks";
import { demoWorkbook } from "../../src/emulator/demo";
import { emulatedPort } from "../../src/emulator/session";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { saveXlsx } from "../../src/emulator/xlsx";
import { sakip } from "../sakip-process";

/** Every tab's values and formulas, to prove what a use case did not touch. */
function contents(wb: MemoryWorkbook) {
  return wb.tabs().map((t) => {
    const size = wb.usedSize(t);
    const rect = { row: 1, col: 1, rows: Math.max(1, size.rows), cols: Math.max(1, size.cols) };
    return {
      name: t.name,
      values: wb.values(t, rect),
      formulas: wb.formulas(t, rect),
      styles: [...t.styles.entries()],
    };
  });
}

describe("Sheets calls of Periksa konsistensi", () => {
  const calls = (n: number, tabs: number) => {
    // Each run is a new request, with a new port, as a sidebar call is.
    const first = emulatedPort(dinas(n, tabs));
    first.gas.calls.reset();
    periksa(first.port, { tw: 2, now: new Date("2024-07-05T03:00:00Z") });
    const again = emulatedPort(first.gas.workbook);
    again.gas.calls.reset();
    periksa(again.port, { tw: 2, now: new Date("2024-07-05T04:00:00Z") });
    return [first.gas.calls.total, again.gas.calls.total];
  };

  it("are a fixed number whatever the rows, within 20 + 6 per plan tab for 6, 10 and 12 tabs", () => {
    // Per plan tab 5: its name, data range, values, formulas and number formats (a percent-formatted
    // cell is read as the evaluation tab reads it; merged header cells need no call), and its id
    // where a finding links to it. The first run gives the new report tab
    // its frozen rows and widths; a second run keeps them (a person's widths stay) and reads the
    // report's size, grid and formats instead.
    expect(calls(300, 6)).toEqual([46, 44]);
    expect(calls(60, 6)).toEqual([46, 44]);
    expect(calls(200, 10)).toEqual([68, 67]);
    expect(calls(240, 12)).toEqual([80, 79]);
    for (const tabs of [6, 10, 12])
      expect(Math.max(...calls(20 * tabs, tabs))).toBeLessThanOrEqual(20 + 6 * tabs);
  });

  it("give the new report tab its widths once, and keep a person's widths afterwards", () => {
    const { port, gas } = emulatedPort(dinas(60, 6));
    periksa(port, { tw: 2, now: new Date("2024-07-05T03:00:00Z") });
    const tab = gas.workbook.getTab(REPORT_TAB);
    const widths = () => [1, 2, 3, 4, 5, 6, 7].map((c) => tab.columnWidths.get(c) ?? 100);
    expect(widths()).toEqual([120, 100, 150, 150, 150, 420, 300]);
    expect(tab.frozenRows).toBe(2);
    tab.columnWidths.set(6, 600);
    periksa(emulatedPort(gas.workbook).port, { tw: 2, now: new Date("2024-07-05T04:00:00Z") });
    expect(widths()).toEqual([120, 100, 150, 150, 150, 600, 300]);
    expect(tab.frozenRows).toBe(2);
  });
});

describe("Periksa konsistensi on the demo Dinas", () => {
  it("never writes outside its report tab, and refreshes that tab in place", () => {
    const wb = demoWorkbook();
    const { port } = emulatedPort(wb);
    const before = contents(wb);
    const first = periksa(port, { tw: 2, now: new Date("2024-07-05T03:00:00Z") });
    expect(first.findings.length).toBeGreaterThan(0);
    const after = contents(wb);
    expect(after.filter((t) => t.name !== REPORT_TAB)).toEqual(before);
    const report = after.find((t) => t.name === REPORT_TAB);
    expect(report?.values[1]).toEqual(["Waktu", "Tingkat", "Aturan", "Tab", "Sel", "Pesan", "Saran"]);
    expect(report?.values.length).toBe(first.findings.length + 2);
    // The RAK split that does not add up is a galat with the numbers in one sentence.
    const rak = first.findings.find((f) => f.rule === "anggaran-tw");
    expect(rak?.severity).toBe("error");
    expect(rak?.message).toMatch(
      /^Jumlah anggaran TW I–IV Rp 164.710.800 tidak sama dengan pagu Rp 218.710.800 \(selisih Rp 54.000.000\)/,
    );
    expect(report?.formulas.flat().some((f) => f.startsWith(`=HYPERLINK("#gid=`))).toBe(true);

    const again = periksa(port, { tw: 2, now: new Date("2024-07-05T04:00:00Z") });
    expect(again.findings).toEqual(first.findings);
    expect(contents(wb).filter((t) => t.name !== REPORT_TAB)).toEqual(before);
    expect(wb.tabs().filter((t) => t.name === REPORT_TAB)).toHaveLength(1);
  });
});

describe("sakip periksa", () => {
  const run = (...args: string[]) => sakip("periksa", ...args);

  it("prints only JSON with --json, exits 1 on galat and 2 on an unreadable file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sakip-periksa-"));
    const file = join(dir, "dinas.xlsx");
    await saveXlsx(demoWorkbook(), file);
    const broken = join(dir, "rusak.xlsx");
    writeFileSync(broken, "bukan xlsx");
    const [json, unreadable] = await Promise.all([run(file, "--tw", "2", "--json"), run(file, broken)]);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.out);
    expect(parsed.summary.error).toBeGreaterThan(0);
    expect(parsed.findings[0]).toEqual({
      rule: expect.any(String),
      severity: "error",
      sheet: expect.any(String),
      cell: expect.stringMatching(/^[A-Z]+\d+$/),
      row: expect.any(Number),
      message: expect.any(String),
      suggestion: expect.any(String),
      related: expect.any(Array),
    });
    expect(unreadable.code).toBe(2);
    expect(unreadable.err).toMatch(/bukan spreadsheet \.xlsx \(isinya bukan workbook Excel\)/);
  });
});

describe("findings a person can act on", () => {
  it("reads repeated findings of one kind on one tab and TW as one, listing the rows, with the suggestion", async () => {
    const { port } = emulatedPort(demoWorkbook());
    const result = periksa(port, { tw: 4, writeReport: false });
    // The panel and the CLI group what the server sends: the findings and the rules' titles.
    const groups = groupFindings(result.findings, result.titles);
    const missing = groups.filter((g) => g.rule === "realisasi-kosong" && g.sheet === "Sekretariat");
    // Output realisasi and realisasi anggaran are two kinds, each one group for the tab.
    expect(missing).toHaveLength(2);
    const output = missing.find((g) =>
      g.suggestion.startsWith("Isi realisasi triwulan"),
    ) as (typeof missing)[number];
    expect(output.findings.length).toBe(12);
    expect(output.findings.every((f) => f.sheet === "Sekretariat" && f.rule === "realisasi-kosong")).toBe(
      true,
    );
    expect(output.title).toMatch(
      /^Realisasi fisik terisi sampai triwulan berjalan: 12 temuan di tab Sekretariat \(TW III, TW IV\), baris \d/,
    );
    // The other group says it is the budget one (issue 18).
    expect(missing.find((g) => g !== output)?.title).toMatch(/^Realisasi anggaran /);
    // Every finding is in exactly one group.
    expect(groups.reduce((n, g) => n + g.findings.length, 0)).toBe(result.findings.length);
    expect(groups.length).toBeLessThan(result.findings.length / 5);

    const dir = mkdtempSync(join(tmpdir(), "sakip-grup-"));
    const file = join(dir, "demo.xlsx");
    await saveXlsx(demoWorkbook(), file);
    const run = await sakip("periksa", file, "--tw", "4");
    expect(run.out).toContain("12 temuan di tab Sekretariat (TW III, TW IV)");
    expect(run.out).toContain(
      "      Saran: Isi realisasi triwulan tersebut; tulis 0 bila memang belum ada hasil (kosong berarti belum dilaporkan).",
    );
  });
});
