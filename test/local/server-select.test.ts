/**
 * The `npm start` grid draws empty cells past a tab's last row and column (typing there adds them,
 * as Sheets' "add more"). Selecting such a cell is an ordinary click: the page gets 200 and the
 * active range is the nearest cell of the tab, as Sheets' grid stops at its last row and column.
 * Before, the facade's "coordinates of the range are outside the dimensions of the sheet" made
 * every such click an HTTP 500 with its English in the terminal.
 */
import { describe, expect, it, vi } from "vitest";
import { localServer } from "../utils/local-server";

const local = localServer();
const { post, view } = local;

const letters = (col: number): string =>
  col > 26
    ? letters(Math.floor((col - 1) / 26)) + letters(((col - 1) % 26) + 1)
    : String.fromCharCode(64 + col);

describe("selecting a cell the grid draws past the tab's end", () => {
  it("answers 200, prints nothing, and makes the tab's nearest cell active, leaving the tab's size alone", async () => {
    const tab = local.workbook.getTab("Sekretariat");
    // A tab shorter than the grid's margin of rows, too.
    local.workbook.getTab("Pengaturan").maxRows = 30;
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
      const active = local.server.gas.SpreadsheetApp.getActiveRange();
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
      const activeBelow = local.server.gas.SpreadsheetApp.getActiveRange();
      expect(activeBelow.getA1Notation()).toBe(`${letters(short.cols)}30`);
      expect(printed).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });
});
