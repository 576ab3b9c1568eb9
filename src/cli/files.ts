/**
 * The CLI's files: what Node's file errors mean, said in one Indonesian sentence (never Node's
 * "EISDIR: illegal operation on a directory"), and the lock two runs writing one file share.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import { UserError } from "../core/result";
import type { MemoryWorkbook } from "../emulator/workbook";
import { loadXlsx } from "../emulator/xlsx";

const errno = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | null)?.code;

/** What is at `path`, undefined when nothing is (also when a part of the way is a file: ENOTDIR). */
function kindOf(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** Why a file cannot be written there, in one Indonesian sentence. `example`: a file name to suggest for a folder. */
export function writeError(path: string, e: unknown, example = "hasil.xlsx"): UserError {
  const code = errno(e);
  if (code === "EISDIR" || kindOf(path)?.isDirectory())
    return new UserError(`"${path}" adalah folder: sebutkan nama berkas, misalnya ${join(path, example)}.`);
  if (code === "ENOENT" || code === "ENOTDIR") {
    // Say what is really wrong: the folder is missing, is a file, or takes no new files (/proc).
    const folder = dirname(path);
    // A file on the way to the folder (ENOTDIR) is found below by walking up.
    if (kindOf(folder)?.isDirectory())
      return new UserError(
        `Folder "${folder}" tidak menerima berkas baru (folder sistem atau khusus): simpan "${basename(path)}" di folder lain.`,
      );
    const file = fileOnTheWay(folder);
    if (file)
      return new UserError(`"${file}" adalah berkas, bukan folder: "${path}" tidak dapat dibuat di sana.`);
    return new UserError(
      `Folder "${folder}" tidak ada: buat foldernya dulu atau pilih tempat lain untuk "${basename(path)}".`,
    );
  }
  if (code === "EACCES" || code === "EPERM")
    return new UserError(`Anda tidak punya izin menulis ke "${path}": pilih folder lain.`);
  if (code === "EROFS")
    return new UserError(`"${path}" ada di disk yang hanya dapat dibaca: simpan di folder lain.`);
  if (code === "ENOSPC" || code === "EDQUOT")
    return new UserError(
      `Disk penuh: "${path}" tidak dapat disimpan; kosongkan sebagian disk atau simpan di disk lain.`,
    );
  if (code === "ENAMETOOLONG")
    return new UserError(`Nama berkas "${basename(path)}" terlalu panjang: pilih nama yang lebih pendek.`);
  if (code === "EMFILE" || code === "ENFILE" || code === "EBUSY" || code === "ETXTBSY")
    return new UserError(
      `"${path}" sedang dipakai program lain: tutup program itu lalu jalankan lagi.`,
      "terkunci",
    );
  return new UserError(`"${path}" tidak dapat disimpan; periksa folder dan nama berkasnya.`);
}

/** The nearest part of `folder`'s path that is a file, not a folder; "" when none is. */
function fileOnTheWay(folder: string): string {
  for (let at = folder; at !== dirname(at); at = dirname(at)) {
    const kind = kindOf(at);
    if (kind) return kind.isDirectory() ? "" : at;
  }
  return "";
}

/**
 * The workbook in `path`, or one Indonesian sentence saying why not: missing, a folder, not a
 * workbook, damaged, protected by a password (loadXlsx's own sentences), or unreadable.
 */
export async function openXlsx(path: string): Promise<MemoryWorkbook> {
  let kind: ReturnType<typeof statSync>;
  try {
    kind = statSync(path, { throwIfNoEntry: false });
  } catch (e) {
    throw readError(path, e);
  }
  if (!kind) throw new UserError(`Berkas "${path}" tidak ditemukan.`, "tidak-ditemukan");
  if (kind.isDirectory())
    throw new UserError(
      `"${path}" adalah folder: sebutkan berkas .xlsx di dalamnya (hanya sakip rekap yang menerima folder).`,
    );
  try {
    return await loadXlsx(path);
  } catch (e) {
    if (e instanceof UserError) throw e;
    // loadXlsx says what a file is in Indonesian ("bukan spreadsheet", "dilindungi kata sandi",
    // "rusak"); anything else thrown while reading it is a library's English: never shown.
    if (e instanceof Error && e.message.startsWith(`Berkas "${path}"`)) throw new UserError(e.message);
    throw new UserError(
      `Berkas "${path}" tidak dapat dibaca sebagai .xlsx: buka di Excel atau LibreOffice lalu simpan ulang sebagai .xlsx.`,
    );
  }
}

/** Why a file or folder cannot be read, in one Indonesian sentence. */
export function readError(path: string, e: unknown): UserError {
  const code = errno(e);
  if (code === "ENOENT") return new UserError(`"${path}" tidak ditemukan.`, "tidak-ditemukan");
  if (code === "EACCES" || code === "EPERM")
    return new UserError(`Anda tidak punya izin membuka "${path}": minta izinnya atau salin ke folder Anda.`);
  if (code === "ENOTDIR")
    return new UserError(`"${path}" tidak ditemukan: salah satu foldernya adalah berkas.`);
  if (code === "EMFILE" || code === "ENFILE" || code === "EBUSY")
    return new UserError(
      `"${path}" sedang dipakai program lain: tutup program itu lalu jalankan lagi.`,
      "terkunci",
    );
  return new UserError(`"${path}" tidak dapat dibaca; periksa nama dan izin berkasnya.`);
}

/** How long a run waits for another run's lock before giving up, and when a live holder's lock counts as left behind. */
export interface LockTimes {
  /** Give up waiting (exit 75, "coba lagi") after this long. */
  waitMs?: number;
  /** A lock this old is taken over even if a process with its pid runs (the pid may have been reused). */
  staleMs?: number;
  /** A lock that names no process (empty or foreign content) is taken over after this long. */
  unknownMs?: number;
}

/** What a lock file holds: the pid of its run and the machine it runs on ("1234@host"). */
export const lockOwner = (pid = process.pid) => `${pid}@${hostname()}`;

/** True when the lock's run is gone: it names this machine and no process has its pid. */
function holderGone(owner: string): boolean | null {
  const m = /^(\d+)(?:@(.*))?$/.exec(owner.trim());
  if (!m) return null;
  // A lock from another machine (a shared folder): its process cannot be seen from here.
  if (m[2] !== undefined && m[2] !== hostname()) return null;
  try {
    process.kill(Number(m[1]), 0);
    return false;
  } catch (e) {
    // EPERM: the process exists but belongs to another user.
    return errno(e) === "ESRCH";
  }
}

/**
 * Runs `fn` holding `PATH.lock` (created exclusively, holding `lockOwner()`): a second run writing
 * the same file waits for its turn instead of overwriting the first run's result. A lock is taken
 * over only when the run that holds it is gone (its pid is no process on this machine), or when it
 * is older than `staleMs` (a run of 50.000 indicators takes minutes, never hours); a lock that
 * names no run after `unknownMs`. Another waiter may take over the same stale lock at the same
 * moment: the content is read again just before it is removed, which leaves that window at a few
 * microseconds.
 */
export async function withFileLock<T>(path: string, fn: () => Promise<T>, times: LockTimes = {}): Promise<T> {
  const { waitMs = 60_000, staleMs = 2 * 3_600_000, unknownMs = 10 * 60_000 } = times;
  const lock = `${path}.lock`;
  const start = Date.now();
  for (;;) {
    try {
      writeFileSync(lock, lockOwner(), { flag: "wx" });
      break;
    } catch (e) {
      if (errno(e) !== "EEXIST") throw writeError(path, e);
      let owner: string;
      let age: number;
      try {
        owner = readFileSync(lock, "utf8");
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue; // Released meanwhile: try again at once.
      }
      const gone = holderGone(owner);
      const stale = gone === true || age > staleMs || (gone === null && age > unknownMs);
      if (stale) {
        try {
          if (readFileSync(lock, "utf8") === owner) rmSync(lock, { force: true });
        } catch {
          // Released meanwhile.
        }
        continue;
      }
      if (Date.now() - start > waitMs)
        throw new UserError(
          `Berkas "${path}" sedang ditulis oleh proses lain: coba lagi sebentar lagi.`,
          "terkunci",
        );
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return await fn();
  } finally {
    // Ours still (a run of more than `staleMs` may have lost it): never remove another run's lock.
    try {
      if (readFileSync(lock, "utf8") === lockOwner()) rmSync(lock, { force: true });
    } catch {
      // Already gone.
    }
  }
}
