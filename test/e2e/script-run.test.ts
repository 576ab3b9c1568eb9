/**
 * The panel's google.script.run in `npm start` fails a call whose arguments hold a Date (also inside
 * an object or an array), as Google documents it for Apps Script ("Requests fail if you attempt to
 * pass a Date, Function, DOM element besides a form…"): the local shim turned it into text through
 * JSON and the server ran, so a panel passing a Date worked here and failed in Sheets.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Local, openLocal, runBrowserTests, warnWithoutChromium } from "./helpers";

warnWithoutChromium("test/e2e/script-run.test.ts");

describe.skipIf(!runBrowserTests)("google.script.run's arguments in npm start", () => {
  let local: Local;

  beforeAll(async () => {
    local = await openLocal("script-run");
  });

  afterAll(async () => {
    await local?.close();
  });

  it("fails a call passing a Date, and the server is not called", async () => {
    const calls: string[] = [];
    local.page.on("request", (r) => {
      if (r.url().endsWith("/api/run")) calls.push(r.postData() ?? "");
    });
    await local.textOf(local.panel.locator("#plans")).toContain("Bidang Transmigrasi");
    const failed = await local.panel.evaluate(
      () =>
        new Promise<string>((resolve) => {
          type Run = {
            withSuccessHandler(f: () => void): Run;
            withFailureHandler(f: (e: Error) => void): Run;
            api(name: string, args: unknown): void;
          };
          const run = (window as unknown as { google: { script: { run: Run } } }).google.script.run;
          run
            .withSuccessHandler(() => resolve("berhasil"))
            .withFailureHandler((e) => resolve(e.message))
            .api("checkInput", { tw: 2, sejak: [new Date(0)] });
        }),
    );
    expect(failed).toBe(
      'Argumen fungsi server "api" berisi tanggal (Date), yang tidak dapat dikirim google.script.run (di Google Sheets panggilan ini gagal).',
    );
    expect(calls).toEqual([]);
  });
});
