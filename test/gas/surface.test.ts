/**
 * The Sheets surface (src/gas/surface.ts) is what the port may call; the emulator's facade
 * `implements` it. A method added to the surface that the facade lacks fails the build.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "sakip-surface-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tsc(): { status: number; out: string } {
  try {
    return {
      status: 0,
      out: execFileSync(join(root, "node_modules", ".bin", "tsc"), ["--noEmit"], {
        cwd: dir,
        encoding: "utf8",
      }),
    };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return { status: err.status, out: err.stdout };
  }
}

describe("the emulator covers what the add-on calls", () => {
  it("a Sheets method the port would call but the facade lacks is a compile error in the facade", () => {
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
    cpSync(join(root, "src"), join(dir, "src"), { recursive: true });
    const config = JSON.parse(readFileSync(join(root, "tsconfig.json"), "utf8"));
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ ...config, include: ["src"] }));
    const surface = join(dir, "src", "gas", "surface.ts");
    const text = readFileSync(surface, "utf8");
    // Sheet.getBandings() exists in Apps Script; the facade does not emulate it.
    writeFileSync(
      surface,
      text.replace(
        "export interface SheetsSheet {",
        "export interface SheetsSheet {\n  getBandings(): unknown[];",
      ),
    );
    const { status, out } = tsc();
    expect(status).not.toBe(0);
    const errors = out.split("\n").filter((l) => /error TS\d+/.test(l));
    expect(errors.length).toBeGreaterThan(0);
    // Every error is in the emulator (its facade no longer implements the surface, so the session
    // cannot hand it to the port); Apps Script's own Sheet, passed in src/gas/, still does.
    for (const e of errors) expect(e).toMatch(/^src\/emulator\/.*TS(2345|2416|2420)/);
    expect(errors.some((e) => e.startsWith("src/emulator/facade/sheet.ts"))).toBe(true);
    expect(out).toMatch(
      /Property 'getBandings' is missing in type 'Sheet' but required in type 'SheetsSheet'/,
    );
  });

  it("the port and the emulator's session meet with no cast between them", () => {
    const port = readFileSync(join(root, "src", "gas", "sheetsPort.ts"), "utf8");
    const session = readFileSync(join(root, "src", "emulator", "session.ts"), "utf8");
    expect(port).not.toMatch(/GoogleAppsScript\./);
    expect(session).not.toMatch(/as unknown as/);
    expect(session).toMatch(/new SheetsPort\(gas\.SpreadsheetApp, gas\.LockService, gas\.Session\)/);
  });
});
