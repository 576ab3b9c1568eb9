/**
 * Periksa in the Sheets panel: the server reads the workbook, finds its plans and runs the rules the
 * review needs (core/checks/input.ts); the panel runs the others over that input (panel.ts). What a
 * person sees must be what `checkWorkbook` finds in one process (the CLI), finding for finding.
 */
import { describe, expect, it } from "vitest";
import { dinas } from "../../../scripts/synthetic";
import { checkAndReport, checkInputOf, readForCheck } from "../../../src/app/periksa";
import { generateTriwulan } from "../../../src/app/triwulan";
import { checkWorkbook, RULES } from "../../../src/core/checks";
import { checkInput, SERVER_RULES } from "../../../src/core/checks/input";
import { checkFromInput, PANEL_RULES } from "../../../src/core/checks/panel";
import { HEADER_ROW } from "../../../src/core/evaluasi";
import { demoWorkbook } from "../../../src/emulator/demo";
import { emulatedPort } from "../../../src/emulator/session";
import { snapshot } from "../../fixtures/checks";
import { CORPUS } from "../../fixtures/layouts";

describe("Periksa split between the server and the panel", () => {
  it("runs every rule exactly once: the panel's and the server's together are RULES", () => {
    const ids = (rules: readonly { id: string }[]) => rules.map((r) => r.id).sort();
    expect(ids([...PANEL_RULES, ...SERVER_RULES])).toEqual(ids(RULES));
  });

  it("finds in the panel what one process finds, on every layout of the corpus and every TW", () => {
    let findings = 0;
    for (const l of CORPUS) {
      const tabs = [snapshot(l.tab, l.values)];
      const reading = new Map([[l.tab, { merges: l.merges ?? [] }]]);
      for (const currentTw of [undefined, 1, 2, 3, 4]) {
        const one = checkWorkbook(tabs, { currentTw, reading });
        const split = checkFromInput(checkInput(tabs, { currentTw, reading }));
        expect([split.findings, split.summary], `${l.id} TW ${currentTw}`).toEqual([
          one.findings,
          one.summary,
        ]);
        findings += one.findings.length;
      }
    }
    // Not a comparison of empty lists.
    expect(findings).toBeGreaterThan(100);
  });

  it("finds the same on the demo office with its evaluation tab typed over, and on a generated one", () => {
    const demo = demoWorkbook();
    const { port } = emulatedPort(demo);
    generateTriwulan(port, { tw: 2 });
    // "Tinggi" typed over the last Kriteria cell of the evaluation tab: the server's own rule finds it.
    const ev = demo.tabs().find((t) => t.name.startsWith("Evaluasi TW II")) ?? demo.tabs()[0];
    const header = demo.values(ev, { row: HEADER_ROW, col: 1, rows: 1, cols: 40 })[0].map(String);
    demo.write(ev, demo.usedSize(ev).rows, header.indexOf("Kriteria") + 1, [["Tinggi"]]);
    for (const wb of [demo, dinas(40, 4)]) {
      const read = readForCheck(emulatedPort(wb).port);
      for (const tw of [1, 2, 3, 4]) {
        const one = checkAndReport(emulatedPort(wb).port, read, { tw, writeReport: false });
        const split = checkFromInput(checkInputOf(read, tw));
        expect(split).toEqual(one);
      }
    }
    const read = readForCheck(emulatedPort(demo).port);
    const found = checkFromInput(checkInputOf(read, 2)).findings;
    expect(found.some((f) => f.rule === "evaluasi-hitungan")).toBe(true);
    expect(new Set(found.map((f) => f.rule)).size).toBeGreaterThan(3);
  });
});
