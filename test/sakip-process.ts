/**
 * The CLI as a person runs it: a separate process, its exit code and its output. The process is
 * plain node on src/cli/sakip.ts bundled once by test/setup-build.ts (the same source as
 * `npm run sakip`, without tsx transpiling it again at every start).
 */
import { spawn } from "node:child_process";
import { join } from "node:path";

export const CLI_BUNDLE = join(__dirname, "../node_modules/.cache/sakip-test/sakip.mjs");

/** Runs `sakip ARGS…` without blocking (independent runs may overlap): its exit code and output. */
export function sakip(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BUNDLE, ...args]);
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => {
      out += s;
    });
    child.stderr.setEncoding("utf8").on("data", (s: string) => {
      err += s;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out, err }));
  });
}
