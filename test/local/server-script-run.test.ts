/**
 * google.script.run in `npm start` carries what Apps Script carries, as Google documents it ("HTML
 * Service: Communicate with Server Functions", Parameters and return values): a Date, a function
 * or an object referring to itself fails the call, also inside objects and arrays, and the return
 * value has the same restrictions. The local run turned a returned Date into text through JSON,
 * so a server function that works here would fail in Sheets. Google documents no size limit: none
 * is enforced.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { localServer } from "../utils/local-server";

/** A bundle of a few server functions and a sidebar, built as Apps Script loads them. */
function buildDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "sakip-run-"));
  writeFileSync(
    join(dir, "Code.js"),
    [
      "function showSidebar() {",
      '  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("SAKIP"));',
      "}",
      "function tanggal() { return { dibuat: new Date(0) }; }",
      "function dalamDaftar() { return [1, [2, new Date(0)]]; }",
      "function melingkar() { var o = { a: 1 }; o.diri = o; return o; }",
      "function fungsi() { return { f: function () {} }; }",
      'function biasa() { return { a: [1, "x", null], b: { c: true } }; }',
      "function kembali(x) { return x; }",
    ].join("\n"),
  );
  writeFileSync(
    join(dir, "Sidebar.html"),
    "<!doctype html><html><head></head><body><p>SAKIP</p></body></html>",
  );
  return dir;
}

const local = localServer({ buildDir: buildDir() });

const run = (fn: string, args: unknown[] = []) => local.post("/api/run", { fn, args });

describe("google.script.run's values in npm start", () => {
  it("fails a call whose answer holds a Date, a function or a circular object, as Sheets does", async () => {
    const refused = (fn: string, what: string) => ({
      status: 200,
      body: {
        error: `Jawaban fungsi server "${fn}" berisi ${what}, yang tidak dapat dikirim google.script.run ke panel (di Google Sheets panggilan ini gagal).`,
      },
    });
    expect(await run("tanggal")).toEqual(refused("tanggal", "tanggal (Date)"));
    expect(await run("dalamDaftar")).toEqual(refused("dalamDaftar", "tanggal (Date)"));
    expect(await run("melingkar")).toEqual(refused("melingkar", "rujukan melingkar"));
    expect(await run("fungsi")).toEqual(refused("fungsi", "fungsi"));
  });

  it("carries numbers, text, true/false, null, arrays and objects both ways", async () => {
    expect(await run("biasa")).toEqual({
      status: 200,
      body: { value: { a: [1, "x", null], b: { c: true } } },
    });
    // A text the same object holds twice is no circle.
    const twice = { t: "sama" };
    expect((await run("kembali", [[twice, twice]])).body).toEqual({ value: [twice, twice] });
  });
});
