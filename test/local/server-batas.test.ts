/**
 * Typing or pasting past a tab's end in `npm start` adds rows and columns as Sheets does, within
 * Google's limits ("Files you can store in Google Drive", support.google.com/drive/answer/37603:
 * up to 10 million cells or 18,278 columns) and the local engine's 200.000 rows a tab. Past them:
 * one Indonesian sentence, nothing added (before, the engine's English "Sheet size limit exceeded"
 * reached the page, and a cell typed in column ZZZ made the server run out of memory).
 */
import { describe, expect, it, vi } from "vitest";
import { UNEXPECTED } from "../../src/local/server";
import { localServer } from "../utils/local-server";

const local = localServer({}, { tab: "Pengaturan", seq: 0 });
const { post } = local;

describe("growing a tab from the npm start grid", () => {
  it("refuses a cell past Sheets' 10 million cells or column ZZZ, and past 200.000 rows, in Indonesian", async () => {
    const tab = local.workbook.getTab("Pengaturan");
    const size = () => [tab.maxRows, tab.maxCols];
    const before = size();
    const cases: [string, Record<string, unknown>, string][] = [
      [
        "/api/edit",
        { cell: "ZZZ5", text: "x" },
        `Sel ZZZ5 tidak dapat ditambahkan: spreadsheet Google Sheets menampung paling banyak 10.000.000 sel, dan tab ini akan menjadi ${before[0].toLocaleString("id-ID")} baris × 18.278 kolom.`,
      ],
      [
        "/api/paste",
        { cell: "ZZY1", rows: [["a", "b", "c"]] },
        "Sel AAAA1 di luar batas Google Sheets: paling banyak 18.278 kolom (sampai kolom ZZZ).",
      ],
      [
        "/api/edit",
        { cell: "A250000", text: "x" },
        "Sel A250000 tidak dapat ditambahkan: spreadsheet lokal npm start menampung paling banyak 200.000 baris per tab.",
      ],
      [
        "/api/paste",
        { cell: "A199999", rows: [["a"], ["b"], ["c"]] },
        "Sel A200001 tidak dapat ditambahkan: spreadsheet lokal npm start menampung paling banyak 200.000 baris per tab.",
      ],
    ];
    for (const [path, body, message] of cases) {
      const reply = await post(path, body);
      expect(reply.status).toBe(422);
      expect(reply.body.error).toBe(message);
      expect(size()).toEqual(before);
    }
    // Within the limits, the tab grows to the cell typed.
    const ok = await post("/api/edit", { cell: "AB1200", text: "x" });
    expect(ok.status).toBe(200);
    expect(size()).toEqual([1200, 28]);
  });

  it("an error nobody foresaw is one Indonesian sentence on the page, its English only in the terminal", async () => {
    const printed: unknown[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((e: unknown) => void printed.push(e));
    try {
      // Apps Script's English from a facade call nobody expected to fail.
      const broken = vi
        .spyOn(local.server.gas.SpreadsheetApp, "getActiveSpreadsheet")
        .mockImplementation(() => {
          throw new Error("Service Spreadsheets failed while accessing document.");
        });
      const reply = await post("/api/select", { cell: "A1" });
      broken.mockRestore();
      expect(reply.status).toBe(500);
      expect(reply.body.error).toBe(UNEXPECTED);
      expect(String(printed[0])).toMatch(/Service Spreadsheets failed/);
    } finally {
      spy.mockRestore();
    }
  });
});
