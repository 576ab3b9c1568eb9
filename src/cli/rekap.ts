/**
 * `sakip rekap FILES… --tw 2 [-o rekap.xlsx] [--json]`: the Inspektorat's rekap of many OPD files.
 * Folders are searched for .xlsx files (with their subfolders); a name with * or ? is matched in its
 * folder (for shells that pass it as typed). The use case is src/app/rekap.ts.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { rekapFiles } from "../app/rekap";
import type { Digest } from "../core/fingerprint";
import type { Tw } from "../core/plan";
import type { Rekap } from "../core/rekap";
import { rekapText } from "../core/rekap-table";
import { UserError } from "../core/result";
import { emulatedPort } from "../emulator/session";
import { loadXlsx } from "../emulator/xlsx";
import { rekapChartImage } from "../render/rekap-chart";
import { rekapXlsx } from "../render/rekap-xlsx";

const isWorkbook = (name: string) => /\.xlsx$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".");

/** Every .xlsx under a folder, sorted by path. */
function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith(".")) out.push(...walk(path));
    else if (entry.isFile() && isWorkbook(entry.name)) out.push(path);
  }
  return out;
}

/** "*.xlsx", "OPD-??.xlsx": a pattern in its last part, matched in its folder. */
function glob(pattern: string): string[] {
  const dir = dirname(pattern);
  const re = new RegExp(
    `^${basename(pattern)
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")
      .replace(/\?/g, ".")}$`,
    "i",
  );
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((n) => re.test(n) && isWorkbook(n))
    .sort((a, b) => a.localeCompare(b))
    .map((n) => join(dir, n));
}

/** The files named, folders and patterns opened up, each once, in the order given. */
export function expandFiles(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const arg of args) {
    if (existsSync(arg) && statSync(arg).isDirectory()) {
      const found = walk(arg);
      if (!found.length) throw new UserError(`Folder "${arg}" tidak berisi berkas .xlsx.`);
      out.push(...found);
    } else if (!existsSync(arg) && /[*?]/.test(arg)) {
      const found = glob(arg);
      if (!found.length) throw new UserError(`Tidak ada berkas .xlsx yang cocok dengan "${arg}".`);
      out.push(...found);
    } else out.push(arg);
  }
  return [...new Set(out)];
}

/** The rekap of files on disk; a missing or unreadable file is a row saying why. */
export function rekapOfFiles(files: readonly string[], tw: Tw, digest: Digest): Promise<Rekap> {
  return rekapFiles(
    files.map((file) => ({
      file,
      open: async () => {
        if (!existsSync(file)) throw new Error(`Berkas "${file}" tidak ditemukan.`);
        return emulatedPort(await loadXlsx(file)).port;
      },
    })),
    tw,
    digest,
  );
}

/** Writes next to the target and renames: a failed save leaves no half file. */
function writeAtomic(path: string, bytes: Buffer): void {
  if (existsSync(path) && statSync(path).isDirectory())
    throw new UserError(
      `"${path}" adalah folder: sebutkan nama berkas, misalnya ${join(path, "rekap.xlsx")}.`,
    );
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch {
    rmSync(temp, { force: true });
    throw new UserError(`"${path}" tidak dapat disimpan; periksa folder dan nama berkasnya.`);
  }
}

export async function rekapCommand(
  args: readonly string[],
  options: { tw: Tw; output?: string; json?: boolean },
  digest: Digest,
  out: (s: string) => void,
): Promise<number> {
  if (!args.length)
    throw new UserError("Sebutkan berkas .xlsx atau foldernya: sakip rekap FOLDER --tw 2 [-o rekap.xlsx].");
  if (options.output && !/\.xlsx$/i.test(options.output))
    throw new UserError(`Berkas keluaran "${options.output}" harus berakhiran .xlsx.`);
  const files = expandFiles(args);
  if (options.output && files.some((f) => relative(f, options.output as string) === ""))
    throw new UserError(`Berkas keluaran "${options.output}" juga salah satu masukan: pilih nama lain.`);
  const rekap = await rekapOfFiles(files, options.tw, digest);
  if (options.output) writeAtomic(options.output, await rekapXlsx(rekap, await rekapChartImage(rekap)));
  if (options.json) out(`${JSON.stringify(rekapJson(rekap))}\n`);
  else {
    out(rekapText(rekap));
    if (options.output) out(`Disimpan di ${options.output}.\n`);
  }
  return 0;
}

/** The JSON contract: `{"tw":2,"files":[…],"total":{…}}`. */
export function rekapJson(rekap: Rekap) {
  return { tw: rekap.tw, files: rekap.files, total: rekap.total };
}
