/**
 * `sakip rekap FILES… --tw 2 [-o rekap.xlsx] [--json]`: the Inspektorat's rekap of many OPD files.
 * Folders are searched for .xlsx files (with their subfolders); a name with * or ? is matched in its
 * folder (for shells that pass it as typed). The use case is src/app/rekap.ts.
 */
import { type Dirent, existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { rekapFiles } from "../app/rekap";
import type { Digest } from "../core/fingerprint";
import type { Tw } from "../core/plan";
import type { Rekap } from "../core/rekap";
import { rekapText } from "../core/rekap-table";
import { UserError } from "../core/result";
import { emulatedPort } from "../emulator/session";
import { rekapChartImage } from "../render/rekap-chart";
import { rekapXlsx } from "../render/rekap-xlsx";
import { openXlsx, readError, writeError } from "./files";

const isWorkbook = (name: string) => /\.xlsx$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".");

/** Every .xlsx under a folder, sorted by path. */
function walk(dir: string): string[] {
  const out: string[] = [];
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw readError(dir, e);
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
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
      // Every reason a file cannot be opened is the row's one Indonesian sentence.
      open: async () => emulatedPort(await openXlsx(file)).port,
    })),
    tw,
    digest,
  );
}

/** Writes next to the target and renames: a failed save leaves no half file. */
function writeAtomic(path: string, bytes: Buffer): void {
  if (existsSync(path) && statSync(path).isDirectory()) throw writeError(path, null, "rekap.xlsx");
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch (e) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Its folder is not a folder: no temporary file was made.
    }
    // Why, as triwulan says it: a missing folder, a file on the way, no permission, a full disk.
    throw writeError(path, e, "rekap.xlsx");
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

/** The JSON contract: `{"tw":2,"files":[…],"total":{…},"duplikat":[…]}`. */
export function rekapJson(rekap: Rekap) {
  return { tw: rekap.tw, files: rekap.files, total: rekap.total, duplikat: rekap.duplikat };
}
