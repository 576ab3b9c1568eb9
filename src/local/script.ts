import { build } from "esbuild";

/** A browser script of the local run (the page's or the rekap page's), bundled into one IIFE in memory. */
export async function browserScript(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    target: "es2020",
    write: false,
    logLevel: "error",
  });
  return result.outputFiles[0].text;
}
