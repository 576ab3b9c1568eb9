/**
 * What the browser tests share: finding the system Chromium, starting `npm start`'s server on the
 * demo office with the page open in Chromium, and the few ways a person looks at and types into the
 * page (playwright-core has no web-first assertions: they poll with vitest).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Locator } from "playwright-core";
import { expect } from "vitest";
import { demoWorkbook } from "../../src/emulator/demo";
import type { MemoryWorkbook } from "../../src/emulator/workbook";
import { startServer } from "../../src/local/server";

/** CHROMIUM_PATH when set (only it), else the Debian package's binary, else `which chromium`. */
function findChromium(): string | null {
  const override = process.env.CHROMIUM_PATH;
  if (override) return existsSync(override) ? override : null;
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  try {
    return execFileSync("which", ["chromium"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

export const executable = findChromium();
export const onCi = process.env.CI === "true";
/** Run the browser tests unless Chromium is missing off CI (on CI a missing Chromium fails them). */
export const runBrowserTests = Boolean(executable) || onCi;

/** Says loudly that the browser tests of `file` are skipped (or fail, on CI) without Chromium. */
export function warnWithoutChromium(file: string): void {
  if (executable) return;
  const line = "=".repeat(78);
  console.warn(
    `\n${line}\n  UJI BROWSER ${onCi ? "GAGAL" : "DILEWATI"}: Chromium tidak ditemukan (/usr/bin/chromium, CHROMIUM_PATH).\n  Pasang paket Debian 'chromium' untuk menjalankan ${file}.\n${line}\n`,
  );
}

export const results = join(__dirname, "../../test-results");

/** The open page and how a test reads and types into it. */
export type Local = Awaited<ReturnType<typeof openLocal>>;

/** Starts the local server on the demo office (or `workbook`) and opens its page in Chromium. */
export async function openLocal(prefix: string, startTab = "Sekretariat", workbook?: MemoryWorkbook) {
  if (!executable) throw new Error("Chromium tidak ditemukan, padahal CI=true: pasang paket 'chromium'.");
  mkdirSync(results, { recursive: true });
  const server = await startServer({ workbook: workbook ?? demoWorkbook(), port: 0, startTab });
  const profile = mkdtempSync(join(tmpdir(), "sakip-chromium-"));
  let context: BrowserContext | undefined;
  const close = async (): Promise<void> => {
    await context?.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: executable,
      headless: true,
      acceptDownloads: true,
      viewport: { width: 1440, height: 900 },
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    // Playwright's own 30 s default fails a correct test when seven people share two cores; like
    // vitest's timeouts (vitest.config.ts) this guards against a hang, and a passing wait returns
    // as soon as its condition holds.
    context.setDefaultTimeout(120_000);
    const page = context.pages()[0] ?? (await context.newPage());
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(server.url);
    const panel = page.frame({ url: /\/sidebar$/ });
    if (!panel) throw new Error("Panel SAKIP tidak termuat.");

    const textOf = (l: Locator) => expect.poll(() => l.textContent());
    const cssOf = (l: Locator, property: string) =>
      expect.poll(() => l.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property));
    const cell = (a1: string) => page.locator(`#grid td[data-cell="${a1}"]`);
    const tab = (name: string) => page.locator("#tabs button").filter({ hasText: name });
    return {
      server,
      page,
      /** The real sidebar, in its iframe. */
      panel,
      /** Messages of alert/confirm dialogs (dismissed). */
      dialogs,
      /** Polls a locator's text (until the configured poll ceiling). */
      textOf,
      /** Polls a computed style property. */
      cssOf,
      /** A screenshot of the page to test-results/<prefix>-<name>.png. */
      shot: (name: string) => page.screenshot({ path: join(results, `${prefix}-${name}.png`) }),
      grid: () => page.locator("#grid"),
      cell,
      tab,
      /** The A1 address of the cell in `column` on the row whose Indikator (column E) is `indikator`. */
      async cellOf(indikator: string, column: string): Promise<string> {
        const row = await page
          .locator("#grid td")
          .filter({ hasText: indikator })
          .first()
          .getAttribute("data-r");
        return `${column}${row}`;
      },
      /** Clicks a tab in the tab bar and waits until it is shown. */
      async openTab(name: string): Promise<void> {
        await tab(name).click();
        await expect.poll(() => tab(name).getAttribute("aria-selected")).toBe("true");
      },
      /**
       * Types into a cell as a person does: select it and type (or double-click to edit), then Enter.
       * The first key pressed on the grid opens the cell's editor with that character; the rest is
       * the browser's own typing into that input, entered as text in one step (a key event per
       * character costs a browser round trip each and tests nothing of ours).
       */
      async type(a1: string, text: string, how: "type" | "dblclick" = "type"): Promise<void> {
        if (how === "dblclick") {
          await cell(a1).dblclick();
          await page.locator("#grid td.editing input").fill(text);
        } else {
          const [first, ...rest] = text;
          await cell(a1).click();
          await page.keyboard.type(first);
          // A key pressed while the page waits for an answer (a tab opening, a run's refresh) is held
          // and replayed as a key; the rest, inserted as text, goes to the editor only once it is open.
          if (rest.length) {
            const editor = page.locator("#grid td.editing input");
            await expect.poll(() => editor.inputValue({ timeout: 500 }).catch(() => "")).toBe(first);
            await page.keyboard.insertText(rest.join(""));
          }
        }
        await page.keyboard.press("Enter");
        // Wait for this write's answer before the next step.
        await textOf(page.locator("#status")).toMatch(new RegExp(`!${a1} diperbarui|ditolak`));
      },
      /**
       * "Pengguna" in the top bar: the page acts as the person whose label starts with `who` (the
       * sender, or the Inspektorat reviewer named in Pengaturan); the panel opens again for them.
       */
      async asUser(who: "Pengirim" | "Reviewer Inspektorat"): Promise<void> {
        const select = page.locator("#user");
        const value = await select.locator("option").filter({ hasText: who }).getAttribute("value");
        if (!value) throw new Error(`Pengguna "${who}" tidak ada di pilihan.`);
        const reopened = page.waitForEvent("framenavigated", (f) => f === panel);
        await select.selectOption(value);
        await reopened;
        await textOf(page.locator("#status")).toMatch(new RegExp(`^Sekarang bertindak sebagai ${who} `));
      },
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}
