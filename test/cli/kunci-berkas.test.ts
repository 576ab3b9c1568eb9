/**
 * The lock two `sakip` runs writing one file share (`BERKAS.lock`, src/cli/files.ts): a lock whose
 * run is alive is waited for however old it is (a 50.000-indicator triwulan runs for minutes); a
 * lock whose run is gone is taken over at once.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lockOwner, withFileLock } from "../../src/cli/files";
import { UserError } from "../../src/core/result";

const dir = mkdtempSync(join(tmpdir(), "sakip-kunci-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has ended (so no process has it now, until the pid is reused). */
const deadPid = (): number => {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
    encoding: "utf8",
  });
  const pid = Number(child.stdout);
  expect(() => process.kill(pid, 0)).toThrow();
  return pid;
};

/** A lock left next to `file` holding `owner`, last written `minutes` ago. */
function leftLock(file: string, owner: string, minutes: number): string {
  const lock = `${file}.lock`;
  writeFileSync(lock, owner);
  const then = new Date(Date.now() - minutes * 60_000);
  utimesSync(lock, then, then);
  return lock;
}

/** What withFileLock did with the lock: ran `fn` (taking it over) or gave up waiting. */
async function attempt(file: string): Promise<"ran" | "waited"> {
  try {
    return await withFileLock(
      file,
      async () => {
        // While it runs, the lock names this run.
        expect(readFileSync(`${file}.lock`, "utf8")).toBe(lockOwner());
        return "ran" as const;
      },
      { waitMs: 300 },
    );
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).code).toBe("terkunci");
    expect((e as UserError).message).toMatch(/sedang ditulis oleh proses lain: coba lagi sebentar lagi\.$/);
    return "waited";
  }
}

describe("the file lock of sakip", () => {
  // This test process stands for a run that is still writing.
  const alive = `${process.pid}@${hostname()}`;

  const cases: [string, () => string, number, "ran" | "waited"][] = [
    ["its run alive, written 2 minutes ago", () => alive, 2, "waited"],
    ["its run alive, written 59 minutes ago", () => alive, 59, "waited"],
    ["its run alive, an old lock holding the pid only", () => String(process.pid), 5, "waited"],
    ["its run gone, written a second ago", () => `${deadPid()}@${hostname()}`, 0, "ran"],
    ["its run gone, an old lock holding the pid only", () => String(deadPid()), 0, "ran"],
    [
      "a run alive on another computer (a shared folder), 5 minutes ago",
      () => "1@komputer-lain",
      5,
      "waited",
    ],
    ["a run on another computer, 3 hours ago", () => "1@komputer-lain", 180, "ran"],
    ["its run alive but 3 hours old (the pid reused)", () => alive, 180, "ran"],
    ["naming no run, just written", () => "", 0, "waited"],
    ["naming no run, 11 minutes ago", () => "", 11, "ran"],
  ];
  it.each(cases)("a lock %s", async (_, owner, minutes, expected) => {
    const file = join(dir, `hasil-${Math.random().toString(36).slice(2)}.xlsx`);
    const lock = leftLock(file, owner(), minutes);
    expect(await attempt(file)).toBe(expected);
    // Taken over and released, or left to its run.
    expect(existsSync(lock)).toBe(expected === "waited");
  });

  it("two runs in one process take turns, and the lock is gone after both", async () => {
    const file = join(dir, "bersama.xlsx");
    const order: string[] = [];
    const run = (name: string) =>
      withFileLock(file, async () => {
        order.push(`${name} mulai`);
        await new Promise((r) => setTimeout(r, 150));
        order.push(`${name} selesai`);
      });
    await Promise.all([run("a"), run("b")]);
    expect(order).toEqual(["a mulai", "a selesai", "b mulai", "b selesai"]);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it("a run never removes a lock that is no longer its own", async () => {
    const file = join(dir, "diambil.xlsx");
    await withFileLock(file, async () => {
      // Another run took the lock over meanwhile (this run took longer than the stale time).
      writeFileSync(`${file}.lock`, "1@komputer-lain");
    });
    expect(readFileSync(`${file}.lock`, "utf8")).toBe("1@komputer-lain");
  });
});
