import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const read = (file: string) => readFileSync(join(__dirname, "..", file), "utf8");

describe("the README says how the add-on is installed, as Google documents it", () => {
  it("lists every scope of the manifest in the scope table, with a reason", () => {
    const scopes: string[] = JSON.parse(read("appsscript.json")).oauthScopes;
    const section = read("README.md").split("## Izin OAuth")[1]?.split("\n## ")[0] ?? "";
    const rows = section.split("\n").filter((l) => /^\| `/.test(l));
    const listed = rows.map((r) => /^\| `([^`]+)`/.exec(r)?.[1]);
    expect(listed.sort()).toEqual(
      scopes.map((s) => s.replace("https://www.googleapis.com/auth/", "")).sort(),
    );
    for (const r of rows) expect(r.split("|")[2].trim().length).toBeGreaterThan(20);
  });

  it("names only npm scripts that exist, and clasp only through the pinned `npm run clasp`", () => {
    const readme = read("README.md");
    const scripts: Record<string, string> = JSON.parse(read("package.json")).scripts;
    const named = [...readme.matchAll(/npm run (?:--silent )?([a-z]+)/g)].map((m) => m[1]);
    expect(named).toEqual(expect.arrayContaining(["build", "push", "clasp", "sakip"]));
    for (const name of named) expect(scripts).toHaveProperty(name);
    // clasp is no dependency: a bare `npx clasp` would fetch whatever package is called "clasp".
    expect(readme).not.toMatch(/npx clasp/);
    expect(scripts.clasp).toMatch(/^npx --yes @google\/clasp@\d+\.\d+\.\d+$/);
    expect(scripts.push).toBe("npm test && npm run build && npm run clasp -- push");
  });

  it("installs a standalone project with a test deployment, and says what publishing needs", () => {
    const install = read("README.md").split("## Memasang di kantor")[1]?.split("\n## ")[0] ?? "";
    expect(install).toContain("mandiri");
    expect(install).not.toContain("Ekstensi → Apps Script");
    for (const step of ["Uji penerapan", "Add-on Editor", "Dokumen uji", "Google Cloud", "Layar izin OAuth"])
      expect(install).toContain(step);
    expect(install).toContain("Google Workspace Marketplace SDK");
  });
});
