import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { build } from "esbuild";
import { buildAll, writeWhole } from "../scripts/build";
import { CLI_BUNDLE } from "./sakip-process";

/**
 * Builds build/ once, so tests of the built bundle never run against a stale one, and the CLI once
 * into one plain-node file (its packages inlined), so the tests that run `sakip` as a separate
 * process start node on it instead of transpiling src/ with tsx at every start.
 */
export default async function setup(): Promise<void> {
  const [, cli] = await Promise.all([
    buildAll(),
    build({
      entryPoints: [join(__dirname, "../src/cli/sakip.ts")],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      outfile: CLI_BUNDLE,
      // Written below whole (scripts/build.ts), as build/ is: another run may be starting it now.
      write: false,
      // ExcelJS and its zip library are CommonJS and call require() for node's own modules.
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
      // resvg is a native addon (a prebuilt .node binary from npm): loaded from node_modules, not inlined.
      external: ["@resvg/resvg-js"],
      logLevel: "error",
    }),
  ]);
  mkdirSync(dirname(CLI_BUNDLE), { recursive: true });
  writeWhole(CLI_BUNDLE, cli.outputFiles[0].text);
}
