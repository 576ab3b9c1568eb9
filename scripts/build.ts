/**
 * Builds the add-on into build/ (clasp's rootDir):
 * - Code.js: the server bundle (esbuild, IIFE) followed by a real top-level `function` for every
 *   export of src/gas/main.ts. Apps Script only sees top-level declarations, and Sheets only
 *   autocompletes custom functions from their JSDoc, which esbuild drops: so we write them here.
 * - Sidebar.html: the sidebar with its CSS and JS inlined (HtmlService cannot load local assets).
 * - appsscript.json: the manifest.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Metafile } from "esbuild";
import { CUSTOM_FUNCTION_DOCS, type CustomFunctionDoc } from "../src/core/functions";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "build");
const GLOBAL = "SAKIP_";

/**
 * The most the server script may weigh (bytes of the UTF-8 Code.js clasp pushes): Apps Script loads
 * it whole on every custom-function call. test/bundle.test.ts holds the build to it.
 */
export const SERVER_LIMIT = 250_000;

/**
 * Every argument is a value or a range, every result a value or an array of the range's shape: a
 * union type, as "JSDoc in Apps Script" documents for such functions (the types show only in the
 * script editor, never in Sheets' formula help: "Array" for a range, the shortest to load). An optional parameter is
 * written `[name]` (JSDoc's syntax) and its help starts with "(opsional)", so the Indonesian help
 * Sheets shows says it even where the brackets are not shown.
 */
export const VALUE_OR_RANGE = "number|string|Array";

export function jsdoc(doc: CustomFunctionDoc): string {
  const params = doc.params.map((p) =>
    p.optional
      ? ` * @param {${VALUE_OR_RANGE}} [${p.name}] (opsional) ${p.doc}`
      : ` * @param {${VALUE_OR_RANGE}} ${p.name} ${p.doc}`,
  );
  return [
    "/**",
    ` * ${doc.summary}`,
    " *",
    ...params,
    ` * @return {${VALUE_OR_RANGE}} ${doc.returns}`,
    " * @customfunction",
    " */",
  ].join("\n");
}

export async function buildServer(): Promise<string> {
  return (await bundleServer()).code;
}

/** The server script, and esbuild's record of which module put how many bytes into it. */
async function bundleServer(): Promise<{ code: string; metafile: Metafile }> {
  const entry: Record<string, unknown> = await import("../src/gas/main");
  const names = Object.keys(entry)
    .filter((name) => typeof entry[name] === "function")
    .sort();
  const result = await build({
    // The entry's functions as one plain object in a global the wrappers below call through
    // (esbuild's globalName would build a CommonJS-style namespace of getters: 0.5 KB more).
    stdin: {
      contents: `import { ${names.join(", ")} } from "./src/gas/main";\n${GLOBAL} = { ${names.join(", ")} };`,
      resolveDir: root,
      loader: "ts",
      sourcefile: "server-entry.ts",
    },
    banner: { js: `var ${GLOBAL};` },
    bundle: true,
    format: "iife",
    target: "es2020",
    minify: true,
    legalComments: "none",
    // Every custom-function call loads this script (<= 250 KB, test/bundle.test.ts): text as
    // UTF-8 rather than \u escapes, and class fields as plain assignments in the constructor
    // (our classes have no accessors, so it means the same) instead of esbuild's helpers.
    charset: "utf8",
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
    write: false,
    logLevel: "error",
    metafile: true,
  });
  const bundle = result.outputFiles[0].text;
  const docs = new Map(CUSTOM_FUNCTION_DOCS.map((d) => [d.name, d]));
  const wrappers = names.map((name) => {
    const doc = docs.get(name);
    if (!doc) return `function ${name}(...args) {\n  return ${GLOBAL}.${name}(...args);\n}`;
    const params = doc.params.map((p) => p.name).join(", ");
    return `${jsdoc(doc)}\nfunction ${name}(${params}) {\n  return ${GLOBAL}.${name}(...arguments);\n}`;
  });
  return { code: `${bundle}\n${wrappers.join("\n\n")}\n`, metafile: result.metafile };
}

/**
 * `npm run build -- --analyze`: the server script's bytes by source module, largest first (what
 * each module leaves after minifying and tree shaking), so a change to the server shows what it
 * costs the script every custom-function call loads.
 */
export async function serverModules(): Promise<{ bytes: number; modules: [string, number][] }> {
  const { code, metafile } = await bundleServer();
  const [output] = Object.values(metafile.outputs);
  const modules = Object.entries(output.inputs)
    .map(([path, input]): [string, number] => [path, input.bytesInOutput])
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1]);
  return { bytes: Buffer.byteLength(code), modules };
}

export async function buildSidebar(): Promise<string> {
  const result = await build({
    entryPoints: [join(root, "sidebar/main.ts")],
    bundle: true,
    format: "iife",
    target: "es2020",
    minify: true,
    legalComments: "none",
    write: false,
    logLevel: "error",
  });
  // A literal "</script" inside the bundle would end the inline script early.
  const js = result.outputFiles[0].text.replace(/<\/(script)/gi, "<\\/$1");
  const css = readFileSync(join(root, "sidebar/style.css"), "utf8");
  const html = readFileSync(join(root, "sidebar/index.html"), "utf8");
  return html
    .replace("</head>", () => `<style>${css}</style>\n  </head>`)
    .replace("</body>", () => `<script>${js}</script>\n  </body>`);
}

/**
 * Writes a file whole or not at all (a temporary file renamed over it): a test reading build/ while
 * another vitest or bench run in the same checkout rebuilds it sees the old file or the new one,
 * never half of one.
 */
export function writeWhole(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/** Writes build/ and returns the sizes; the tests' global setup calls it too. */
export async function buildAll(): Promise<{ server: number; sidebar: number }> {
  mkdirSync(out, { recursive: true });
  const [server, sidebar] = await Promise.all([buildServer(), buildSidebar()]);
  writeWhole(join(out, "Code.js"), server);
  writeWhole(join(out, "Sidebar.html"), sidebar);
  writeWhole(join(out, "appsscript.json"), readFileSync(join(root, "appsscript.json"), "utf8"));
  return { server: Buffer.byteLength(server), sidebar: Buffer.byteLength(sidebar) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = await buildAll();
  console.log(`build/: Code.js ${sizes.server} B, Sidebar.html ${sizes.sidebar} B`);
  if (process.argv.includes("--analyze")) {
    const { modules } = await serverModules();
    const width = String(modules[0]?.[1] ?? 0).length;
    const lines = modules.map(([path, bytes]) => `${String(bytes).padStart(width)}  ${path}`);
    console.log(
      `${lines.join("\n")}\n${SERVER_LIMIT - sizes.server} B left under the ${SERVER_LIMIT} B limit.`,
    );
  }
}
