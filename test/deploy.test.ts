/**
 * Deploy is gated: `npm run push` runs lint and the tests (`npm test`) before it builds and pushes,
 * and pushes nothing when they fail. The script is run by the shell as npm runs it, with an `npm`
 * on the PATH that records what it is asked and fails or passes the tests as told.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const scripts: Record<string, string> = JSON.parse(
  readFileSync(join(__dirname, "..", "package.json"), "utf8"),
).scripts;
const dir = mkdtempSync(join(tmpdir(), "sakip-push-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function push(testsPass: boolean): { status: number | null; asked: string[] } {
  const log = join(dir, `log-${testsPass}`);
  writeFileSync(log, "");
  const npm = join(dir, "npm");
  writeFileSync(
    npm,
    `#!/bin/sh\necho "$*" >> "${log}"\n[ "$1" = test ] && exit ${testsPass ? 0 : 1}\nexit 0\n`,
  );
  chmodSync(npm, 0o755);
  const run = spawnSync("sh", ["-c", scripts.push], {
    env: { ...process.env, PATH: `${dir}:${process.env.PATH}` },
  });
  return { status: run.status, asked: readFileSync(log, "utf8").trim().split("\n") };
}

describe("npm run push is gated on lint and tests", () => {
  it("`npm test` begins with the lint and runs the type checks and every test", () => {
    expect(scripts.test).toMatch(
      /^biome check \. && \{ tsc --noEmit && tsc --noEmit -p src\/core && tsc --noEmit -p src\/gas && tsc --noEmit -p sidebar & vitest run;/,
    );
  });

  it("failing tests push nothing", () => {
    expect(push(false)).toEqual({ status: 1, asked: ["test"] });
  });

  it("passing tests: build, then clasp push", () => {
    expect(push(true)).toEqual({ status: 0, asked: ["test", "run build", "run clasp -- push"] });
  });
});
