/**
 * One word for one idea in everything a user reads (trial 3: "berubah sesudah dikirim" in the
 * rekap's status beside "berubah setelah dikirim" in its Sidik jari column): "setelah", never
 * "sesudah", in the messages and documents of src/ and sidebar/ and in the README. The rekap's JSON
 * keys (berubahSesudahDikirim …) are names of the contract, not text, and stay.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";

const root = join(__dirname, "../..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|html|md)$/.test(name) ? [path] : [];
  });
}

it("says 'setelah', never 'sesudah', wherever a user reads it", () => {
  const found = [
    ...files(join(root, "src")),
    ...files(join(root, "sidebar")),
    join(root, "README.md"),
  ].flatMap((path) =>
    readFileSync(path, "utf8")
      .split("\n")
      .flatMap((line, i) =>
        /\bsesudah/i.test(line.replace(/berubahSesudah\w+/g, ""))
          ? [`${path.slice(root.length + 1)}:${i + 1}`]
          : [],
      ),
  );
  expect(found).toEqual([]);
});
