/**
 * The layers are enforced by the build, not by memory: a deliberate violation of each rule, written
 * into a temporary copy of the tree, fails the very tool `npm test` runs, with the expected rule.
 */
import { execFileSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, normalize, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(__dirname, "..");
const bin = (name: string) => join(root, "node_modules", ".bin", name);
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A temporary tree holding the project's configs, node_modules and the given folders of src/. */
function copyOfTree(folders: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "sakip-layers-"));
  made.push(dir);
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  for (const f of ["tsconfig.json", "biome.json", ".gitignore", ...folders])
    cpSync(join(root, f), join(dir, f), { recursive: true });
  return dir;
}

function write(dir: string, file: string, text: string) {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

/** Runs a tool and returns its exit status and what it printed. */
function run(dir: string, tool: string, args: string[]): { status: number; out: string } {
  try {
    const out = execFileSync(bin(tool), args, { cwd: dir, encoding: "utf8", stdio: "pipe" });
    return { status: 0, out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { status: err.status, out: `${err.stdout}${err.stderr}` };
  }
}

describe("core/ compiles with no DOM, Node or Apps Script types (src/core/tsconfig.json)", () => {
  it("the core program fails on `document`, `console`, `process`, `node:fs` and `SpreadsheetApp`, and only there", () => {
    const dir = copyOfTree(["src/core"]);
    write(
      dir,
      "src/core/checks/violation.ts",
      [
        'import { readFileSync } from "node:fs";',
        "export const title = document.title;",
        'console.log("x");',
        "export const env = process.env;",
        "export const app = SpreadsheetApp.getActive();",
        "export const read = readFileSync;",
        "",
      ].join("\n"),
    );
    const { status, out } = run(dir, "tsc", ["--noEmit", "-p", "src/core"]);
    expect(status).not.toBe(0);
    const errors = out.split("\n").filter((l) => /error TS\d+/.test(l));
    // Every error is in the violating file: the real core, copied beside it, compiles alone.
    expect(errors.length).toBeGreaterThanOrEqual(5);
    for (const e of errors) expect(e).toMatch(/^src\/core\/checks\/violation\.ts\(/);
    const at = (line: number) => errors.filter((e) => e.startsWith(`src/core/checks/violation.ts(${line},`));
    expect(at(1).join()).toMatch(/TS2307|TS2591/); // node:fs: no Node types
    expect(at(2).join()).toMatch(/Cannot find name 'document'/);
    expect(at(3).join()).toMatch(/Cannot find name 'console'/);
    expect(at(4).join()).toMatch(/Cannot find name 'process'/);
    expect(at(5).join()).toMatch(/Cannot find name 'SpreadsheetApp'/);
  });

  it("`npm test` runs it, the server bundle's and the sidebar's programs beside the whole project's", () => {
    const script: string = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts.test;
    expect(script).toMatch(
      /tsc --noEmit -p src\/core && tsc --noEmit -p src\/gas && tsc --noEmit -p sidebar &/,
    );
    expect(script).toMatch(/tsc --noEmit(?! -p)/);
    expect(script).toMatch(/^biome check \./);
  });
});

describe("one program per target: the server bundle has no DOM or Node, the sidebar no Node or Apps Script", () => {
  it("src/gas/tsconfig.json (main.ts and all it imports) fails on Node and DOM in app/, and only there", () => {
    const dir = copyOfTree(["src"]);
    write(
      dir,
      "src/app/violation.ts",
      [
        "export const env = process.env;",
        "export const title = document.title;",
        'export const bytes = Buffer.from("x");',
        "",
      ].join("\n"),
    );
    // The entry imports it, as a use case would be imported.
    const main = join(dir, "src/gas/main.ts");
    writeFileSync(main, `import "../app/violation";\n${readFileSync(main, "utf8")}`);
    const { status, out } = run(dir, "tsc", ["--noEmit", "-p", "src/gas"]);
    expect(status).not.toBe(0);
    const errors = out.split("\n").filter((l) => /error TS\d+/.test(l));
    expect(errors.map((e) => e.replace(/\(.*/, ""))).toEqual([
      "src/app/violation.ts",
      "src/app/violation.ts",
      "src/app/violation.ts",
    ]);
    expect(out).toMatch(/Cannot find name 'process'/);
    expect(out).toMatch(/Cannot find name 'document'/);
    expect(out).toMatch(/Cannot find name 'Buffer'/);
  });

  it("sidebar/tsconfig.json fails on Node and Apps Script globals, and only there", () => {
    const dir = copyOfTree(["src", "sidebar"]);
    write(
      dir,
      "sidebar/violation.ts",
      "export const env = process.env;\nexport const app = SpreadsheetApp.getActive();\n",
    );
    const { status, out } = run(dir, "tsc", ["--noEmit", "-p", "sidebar"]);
    expect(status).not.toBe(0);
    const errors = out.split("\n").filter((l) => /error TS\d+/.test(l));
    expect(errors.map((e) => e.replace(/\(.*/, ""))).toEqual([
      "sidebar/violation.ts",
      "sidebar/violation.ts",
    ]);
    expect(out).toMatch(/Cannot find name 'process'/);
    expect(out).toMatch(/Cannot find name 'SpreadsheetApp'/);
  });
});

describe("imports point inward (biome.json, style/noRestrictedImports per folder)", () => {
  const dir = copyOfTree(["src/core", "src/app", "src/gas", "src/emulator", "src/render"]);
  const core = ["app/baca", "gas/main", "emulator/facade", "cli/sakip", "local/server", "render/docx", "api"];
  write(
    dir,
    "src/core/checks/rules/violation.ts",
    `${core.map((m, i) => `import { v${i} } from "../../../${m}";`).join("\n")}\nexport const all = [${core.map((_, i) => `v${i}`).join(", ")}];\n`,
  );
  const app = ["gas/sheetsPort", "emulator/session", "cli/sakip", "local/server", "render/chart"];
  write(
    dir,
    "src/app/violation.ts",
    `${app.map((m, i) => `import { v${i} } from "../${m}";`).join("\n")}\n` +
      'import { ok } from "../core/plan";\nimport { port } from "./port";\n' +
      `export const all = [ok, port, ${app.map((_, i) => `v${i}`).join(", ")}];\n`,
  );
  const gas = ["emulator/session", "cli/sakip", "local/server", "render/chart"];
  write(
    dir,
    "src/gas/violation.ts",
    `${gas.map((m, i) => `import { v${i} } from "../${m}";`).join("\n")}\n` +
      'import { ok } from "../app/plans";\nimport type { SheetsApp } from "./surface";\n' +
      `export const all: unknown[] = [ok, ${gas.map((_, i) => `v${i}`).join(", ")}];\nexport type A = SheetsApp;\n`,
  );
  const emulator = ["cli/sakip", "local/server", "render/chart"];
  write(
    dir,
    "src/emulator/violation.ts",
    `${emulator.map((m, i) => `import { v${i} } from "../${m}";`).join("\n")}\n` +
      'import { ok } from "../app/plans";\nimport { port } from "../gas/sheetsPort";\n' +
      `export const all: unknown[] = [ok, port, ${emulator.map((_, i) => `v${i}`).join(", ")}];\n`,
  );
  const render = ["app/plans", "gas/sheetsPort", "emulator/session", "cli/sakip", "local/server"];
  write(
    dir,
    "src/render/violation.ts",
    `${render.map((m, i) => `import { v${i} } from "../${m}";`).join("\n")}\n` +
      'import { ok } from "../core/plan";\n' +
      `export const all: unknown[] = [ok, ${render.map((_, i) => `v${i}`).join(", ")}];\n`,
  );
  const { status, out } = run(dir, "biome", ["lint", "--reporter=github", "--max-diagnostics=none", "src"]);
  const flagged = (file: string) =>
    out
      .split("\n")
      .filter((l) => l.startsWith("::error") && l.includes(`file=${join(dir, file)},`))
      .map((l) => ({ rule: /title=([^,]+)/.exec(l)?.[1], line: Number(/,line=(\d+)/.exec(l)?.[1]) }));

  it("fails the lint", () => {
    expect(status).not.toBe(0);
  });

  it("core/ importing app/, gas/, emulator/, cli/, local/, render/ or the sidebar contract is an error", () => {
    const found = flagged("src/core/checks/rules/violation.ts");
    expect(found).toEqual(core.map((_, i) => ({ rule: "lint/style/noRestrictedImports", line: i + 1 })));
  });

  it("app/ importing gas/, emulator/, cli/, local/ or render/ is an error; core/ and app/ itself are not", () => {
    const found = flagged("src/app/violation.ts");
    expect(found).toEqual(app.map((_, i) => ({ rule: "lint/style/noRestrictedImports", line: i + 1 })));
  });

  it("gas/ (the server bundle) importing emulator/, cli/, local/ or render/ is an error; app/ is not", () => {
    const found = flagged("src/gas/violation.ts");
    expect(found).toEqual(gas.map((_, i) => ({ rule: "lint/style/noRestrictedImports", line: i + 1 })));
  });

  it("emulator/ importing cli/, local/ or render/ is an error; app/ and gas/ are not", () => {
    const found = flagged("src/emulator/violation.ts");
    expect(found).toEqual(emulator.map((_, i) => ({ rule: "lint/style/noRestrictedImports", line: i + 1 })));
  });

  it("render/ importing app/, gas/, emulator/, cli/ or local/ is an error; core/ is not", () => {
    const found = flagged("src/render/violation.ts");
    expect(found).toEqual(render.map((_, i) => ({ rule: "lint/style/noRestrictedImports", line: i + 1 })));
  });

  it("the real core/, app/, gas/, emulator/ and render/, copied beside the violations, break no import rule", () => {
    const others = out
      .split("\n")
      .filter((l) => l.includes("noRestrictedImports") && !l.includes("violation.ts"));
    expect(others).toEqual([]);
  });
});

describe("the house as the README draws it", () => {
  /** The layer a file or import target is in: a folder of src/ (api.ts for the contract), or sidebar/. */
  const layer = (path: string) => {
    const [top, second] = relative(root, path).split("/");
    if (top !== "src") return `${top}/`;
    return /^api(\.ts)?$/.test(second) ? "api.ts" : `${second}/`;
  };
  const files = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith(".ts"))
      .map((e) => join(e.parentPath, e.name));

  /** Every arrow between layers, read from the imports of src/ and sidebar/. */
  const actual = new Set<string>();
  for (const file of [...files("src"), ...files("sidebar")]) {
    for (const m of readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) {
      const from = layer(file);
      const to = layer(normalize(join(dirname(file), m[1])));
      if (from !== to) actual.add(`${from} → ${to}`);
    }
  }
  const drawing = readFileSync(join(root, "README.md"), "utf8").split("The arrows of the house")[1] ?? "";
  const block = /```\n([\s\S]*?)```/.exec(drawing)?.[1] ?? "";
  const drawn = new Set(
    block
      .split("\n")
      .map((l) => l.trim().split(/\s+→\s+/))
      .filter((p) => p.length === 2 && p[1] !== "(nothing)")
      .flatMap(([from, to]) => to.split(/\s+/).map((t) => `${from} → ${t}`)),
  );
  /** How low each layer sits: an arrow may only point to a lower one. */
  const level: Record<string, number> = {
    "core/": 0,
    "api.ts": 1,
    "app/": 2,
    "render/": 2,
    "gas/": 3,
    "emulator/": 4,
    "cli/": 5,
    "local/": 5,
    "sidebar/": 5,
  };

  it("every import between folders is an arrow the README draws", () => {
    expect([...actual].filter((a) => !drawn.has(a)).sort()).toEqual([]);
    expect(actual.size).toBeGreaterThan(10);
  });

  it("every arrow drawn points down, none up", () => {
    const up = [...drawn].filter((a) => {
      const [from, to] = a.split(" → ");
      return !(from in level) || !(to in level) || level[to] >= level[from];
    });
    expect(up).toEqual([]);
  });
});
