/**
 * The `npm start` grid draws empty cells past a tab's last row and column (typing there adds them,
 * as Sheets' "add more"). Selecting such a cell is an ordinary click: the page gets 200 and the
 * active range is the nearest cell of the tab, as Sheets' grid stops at its last row and column.
 * Before, the facade's "coordinates of the range are outside the dimensions of the sheet" made
 * every such click an HTTP 500 with its English in the terminal.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { demoWorkbook } from "../../src/emulator/demo";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { type LocalServer, startServer } from "../../src/local/server";
import type { SheetView } from "../../src/local/view";

let server: LocalServer;
let workbook: MemoryWorkbook;

beforeAll(async () => {
  workbook = demoWorkbook();
  server = await startServer({ workbook, port: 0 });
});
afterAll(() => server?.close());

async function post(path: string, body: Record<string, unknown>) {
  const response = await fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ seq: 0, ...body }),
  });
  return { status: response.status, body: (await response.json()) as { error?: string } };
}

async function view(tab: string): Promise<SheetView> {
  const response = await fetch(`${server.url}/api/view?tab=${encodeURIComponent(tab)}&seq=0`);
  return ((await response.json()) as { sheet: SheetView }).sheet;
}

const letters = (col: number): string =>
  col > 26
    ? letters(Math.floor((col - 1) / 26)) + letters(((col - 1) % 26) + 1)
    : String.fromCharCode(64 + col);

describe("selecting a cell the grid draws past the tab's end", () => {
  it("answers 200, prints nothing, and makes the tab's nearest cell active, leaving the tab's size alone", async () => {
    const tab = workbook.getTab("Sekretariat");
    // A tab shorter than the grid's margin of rows, too.
    workbook.getTab("Pengaturan").maxRows = 30;
    const printed: unknown[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((e: unknown) => void printed.push(e));
    try {
      const sheet = await view("Sekretariat");
      expect(sheet.cols).toBeGreaterThan(tab.maxCols);
      const size = [tab.maxRows, tab.maxCols];
      const beyond = `${letters(sheet.cols)}5`;
      const reply = await post("/api/select", { tab: "Sekretariat", cell: beyond });
      expect(reply).toEqual({ status: 200, body: { ok: true } });
      expect([tab.maxRows, tab.maxCols]).toEqual(size);
      const active = server.gas.SpreadsheetApp.getActiveRange();
      expect([active.getSheet().getName(), active.getA1Notation()]).toEqual([
        "Sekretariat",
        `${letters(size[1])}5`,
      ]);

      const short = await view("Pengaturan");
      expect(short.rows).toBeGreaterThan(30);
      const below = await post("/api/select", {
        tab: "Pengaturan",
        cell: `${letters(short.cols)}${short.rows}`,
      });
      expect(below.status).toBe(200);
      const activeBelow = server.gas.SpreadsheetApp.getActiveRange();
      expect(activeBelow.getA1Notation()).toBe(`${letters(short.cols)}30`);
      expect(printed).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });
});
