/**
 * LibreOffice in the tests: where soffice is, one loud line when it is missing, one headless
 * conversion in a profile of the test's own (two test files may run soffice at once), and the CSV it
 * writes read back.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";

export const onCi = process.env.CI === "true";

export const soffice: string | null = (() => {
  try {
    return execFileSync("which", ["soffice"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
})();

/** Says loudly that a LibreOffice test is skipped (or, on CI, fails) and which packages it needs. */
export function warnWithoutSoffice(what: string, packages: string): void {
  if (soffice) return;
  const line = "=".repeat(78);
  console.warn(
    `\n${line}\n  ${what} ${onCi ? "GAGAL" : "DILEWATI"}: soffice tidak ditemukan.\n  Pasang paket Debian ${packages}.\n${line}\n`,
  );
}

/** A profile in `dir` that recalculates every formula of an .xlsx on load (else LibreOffice shows the saved values). */
function recalcProfile(dir: string): void {
  const user = join(dir, "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
}

/** UTF-8, comma separated, raw values (not as shown), every sheet to its own file. */
export const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** Converts the files to `format` into `outdir` with one soffice run in the profile folder `profile`. */
export function convert(
  files: string[],
  format: string,
  outdir: string,
  profile: string,
  options: { recalc?: boolean } = {},
): void {
  if (options.recalc) recalcProfile(profile);
  const run = spawnSync(
    soffice as string,
    [
      "--headless",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      format,
      "--outdir",
      outdir,
      ...files,
    ],
    { encoding: "utf8" },
  );
  expect(run.status, run.stderr).toBe(0);
}

/** RFC 4180 CSV, as LibreOffice writes it (quoted cells may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (ch !== "\r") cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** A LibreOffice CSV text and an emulator value say the same thing. */
export function same(lo: string, emu: unknown): boolean {
  if (typeof emu === "number")
    return lo !== "" && Math.abs(Number(lo) - emu) <= 1e-9 * Math.max(1, Math.abs(emu));
  return lo === String(emu);
}
